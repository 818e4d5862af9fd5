"""The HTML page's one script: filter events by name or text (also from the link:
`#q=words`, `#all`), and its Content Security Policy hash, so that the page runs this
script and nothing else (no network, no other script, inline or fetched)."""

from __future__ import annotations

import base64
import hashlib

FILTER_SCRIPT = """
(() => {
  const box = document.getElementById("filter");
  const all = document.getElementById("show-all");
  const shown = document.getElementById("shown");
  const events = [...document.querySelectorAll("article.event")];
  const sections = [...document.querySelectorAll("section.day")];
  function apply() {
    const words = box.value.trim().toLowerCase();
    const everything = words !== "" || (all !== null && all.checked);
    let count = 0;
    for (const event of events) {
      const visible = (everything || !event.classList.contains("minor"))
        && (words === "" || event.dataset.text.includes(words));
      event.hidden = !visible;
      count += visible;
    }
    for (const section of sections) {
      section.hidden = !section.querySelector("article.event:not([hidden])");
    }
    shown.textContent = count + " of " + events.length + " events shown";
  }
  // a link can open the page filtered (#q=words) or with every event shown (#all)
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("q=")) box.value = hash.slice(2);
  if (hash === "all" && all !== null) all.checked = true;
  box.addEventListener("input", apply);
  if (all !== null) all.addEventListener("change", apply);
  apply();
})();
"""


def script_hash(script: str = FILTER_SCRIPT) -> str:
    """The CSP source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
