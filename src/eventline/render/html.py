"""HTML: one self-contained page (inline CSS, no scripts, no network), all text escaped."""

from __future__ import annotations

from html import escape
from typing import TextIO

from eventline.models import DocumentInfo, Event, Mention, Timeline
from eventline.render.common import date_groups, mention_ref
from eventline.render.readable import readable_date

# The policy forbids every fetch and script, so the page never touches the network.
HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
  color: #1d1d1f; background: #fff; }}
h2 {{ border-bottom: 1px solid #ddd; margin-top: 2rem; }}
.event {{ margin: 1rem 0 1.5rem; }}
.event h3 {{ margin: 0 0 .25rem; font-size: 1.1rem; }}
.meta {{ color: #555; margin: 0; }}
.status {{ padding: 0 .4rem; border-radius: .3rem; background: #eee; }}
.occurred {{ background: #d8f5d8; }} .ongoing {{ background: #d5f1f7; }}
.planned {{ background: #fbf0c8; }} .possible {{ background: #f2dcf5; }}
.negated, .cancelled {{ background: #f8d7d7; }}
dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .4rem 0; }}
dt {{ color: #555; }} dd {{ margin: 0; }}
details li {{ margin: .3rem 0; }} mark {{ background: #fff2a8; }}
@media (prefers-color-scheme: dark) {{ body {{ color: #eee; background: #161618; }}
  .meta, dt {{ color: #aaa; }} .status {{ color: #111; }} }}
</style>
</head>
<body>
"""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _source(doc_id: str, documents: dict[str, DocumentInfo]) -> str:
    """A source: its id, its title, and a link when its URL is a web address."""
    info = documents.get(doc_id) or DocumentInfo(id=doc_id)
    label = f"<code>{escape(doc_id)}</code>"
    if info.title:
        label += f" {escape(info.title)}"
    if info.url and info.url.startswith(("http://", "https://")):
        label = f'<a href="{escape(info.url)}">{label}</a>'
    if info.published:
        label += f" ({escape(info.published)})"
    return f"<li>{label}</li>"


def _evidence(mention: Mention) -> str:
    """A mention's sentence with its trigger marked, or the trigger alone."""
    sentence, offset = mention.sentence, mention.sentence_start
    ref = f"<code>{escape(mention_ref(mention))}</code> "
    if sentence is None or offset is None:
        return f"<li>{ref}{escape(mention.text)}</li>"
    start, end = mention.start - offset, mention.end - offset
    if not (0 <= start <= end <= len(sentence)) or sentence[start:end] != mention.text:
        return f"<li>{ref}{escape(sentence)}</li>"
    marked = f"<mark>{escape(sentence[start:end])}</mark>"
    return f"<li>{ref}{escape(sentence[:start])}{marked}{escape(sentence[end:])}</li>"


def _details(event: Event, documents: dict[str, DocumentInfo]) -> str:
    rows = [
        ("Who", ", ".join(escape(p.name) for p in event.participants)),
        ("Where", ", ".join(escape(p.name) for p in event.places)),
        ("When", escape(f"“{event.when.text}”") if event.when and event.when.text else ""),
        ("Sources", "<ul>" + "".join(_source(d, documents) for d in event.sources) + "</ul>"),
    ]
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _event(event: Event, documents: dict[str, DocumentInfo]) -> str:
    status = escape(event.status)
    date = escape(event.when.value or "?") if event.when else "undated"
    if event.when and event.when.start:
        date = f'<time datetime="{escape(event.when.start)}">{date}</time>'
    mentions = "".join(_evidence(m) for m in event.mentions)
    return (
        f'<article class="event" id="{escape(event.id)}">\n'
        f"<h3>{escape(event.title)}</h3>\n"
        f'<p class="meta">{date} · <span class="status {status}">{status}</span>'
        f" · {escape(event.type)}</p>\n"
        f"{_details(event, documents)}\n"
        f"<details><summary>{_count(len(event.mentions), 'mention')}</summary>"
        f"<ul>{mentions}</ul></details>\n</article>\n"
    )


def render_html(timeline: Timeline, out: TextIO) -> None:
    """The timeline as one standalone HTML page, one section per date."""
    documents = {doc.id: doc for doc in timeline.documents}
    count = (
        f"{_count(len(timeline.events), 'event')} from {_count(len(timeline.documents), 'article')}"
    )
    out.write(HEAD.format(title="Timeline"))
    out.write(f"<h1>Timeline</h1>\n<p>{count}</p>\n")
    for _, events in date_groups(timeline.events):
        # the date as people read it; the TIMEX3 value stays on each event's line
        out.write(f"<section>\n<h2>{escape(readable_date(events[0].when))}</h2>\n")
        out.writelines(_event(event, documents) for event in events)
        out.write("</section>\n")
    out.write("</body>\n</html>\n")
