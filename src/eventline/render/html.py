"""HTML: one self-contained page (inline CSS, one inline filter script, no network), all
article text escaped. It opens on the key events, with a filter by name or text and a way
to show every event; sources are counted, the full list behind a fold."""

from __future__ import annotations

from html import escape
from typing import TextIO

from eventline.models import DocumentInfo, Event, Mention, Timeline
from eventline.render.choose import VIEW_LIMIT, VIEW_TOP
from eventline.render.common import SOURCES_SHOWN, date_groups, mention_ref, when_line
from eventline.render.guard import rendered
from eventline.render.html_filter import FILTER_SCRIPT, script_hash
from eventline.render.readable import day_words

# The policy forbids every fetch and every script but the filter, so the page never
# touches the network and article text can never run.
HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
  color: #1d1d1f; background: #fff; }}
h2 {{ border-bottom: 1px solid #ddd; margin-top: 2rem; }}
.event {{ margin: 1rem 0 1.5rem; }}
.event h3 {{ margin: 0 0 .25rem; font-size: 1.1rem; }}
.summary {{ margin: .2rem 0; }}
.meta {{ color: #555; margin: 0; }}
.status {{ padding: 0 .4rem; border-radius: .3rem; background: #eee; }}
.occurred {{ background: #d8f5d8; }} .ongoing {{ background: #d5f1f7; }}
.planned {{ background: #fbf0c8; }} .possible {{ background: #f2dcf5; }}
.negated, .cancelled {{ background: #f8d7d7; }}
.controls {{ display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }}
#filter {{ font: inherit; padding: .2rem .4rem; min-width: 16rem; }}
.minor {{ display: none; }}
#show-all:checked ~ main .minor {{ display: block; }}
[hidden] {{ display: none !important; }}
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
    if published := day_words(info.published, weekday=False):
        label += f" ({escape(published)})"
    return f"<li>{label}</li>"


def _sources(event: Event, documents: dict[str, DocumentInfo]) -> str:
    """The count and the first few sources; every one behind a fold."""
    count = len(event.sources)
    first = ", ".join(f"<code>{escape(d)}</code>" for d in event.sources[:SOURCES_SHOWN])
    more = f" and {count - SOURCES_SHOWN} more" if count > SOURCES_SHOWN else ""
    every = "".join(_source(d, documents) for d in event.sources)
    return (
        f"<details><summary>{_count(count, 'source')}: {first}{more}</summary>"
        f"<ul>{every}</ul></details>"
    )


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


def _details(event: Event, documents: dict[str, DocumentInfo], when: str | None) -> str:
    rows = [
        ("Who", ", ".join(escape(p.name) for p in event.participants)),
        ("Where", ", ".join(escape(p.name) for p in event.places)),
        ("When", escape(when or "")),
        ("Sources", _sources(event, documents)),
    ]
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _searchable(event: Event) -> str:
    """What the filter matches: title, summary, names (aliases are in the entity list)."""
    names = [a.name for a in event.participants + event.places]
    return " ".join([event.title, event.summary or "", *names]).lower()


def _event(event: Event, documents: dict[str, DocumentInfo], published: dict, minor: bool) -> str:
    status = escape(event.status)
    rank = f" · rank {event.rank}" if event.rank is not None else ""
    summary = f'<p class="summary">{escape(event.summary)}</p>\n' if event.summary else ""
    mentions = "".join(_evidence(m) for m in event.mentions)
    return (
        f'<article class="event{" minor" if minor else ""}" id="{escape(event.id)}"'
        f' data-text="{escape(_searchable(event))}">\n'
        f"<h3>{escape(event.title)}</h3>\n{summary}"
        f'<p class="meta"><span class="status {status}">{status}</span>'
        f" · {escape(event.type)}{rank}</p>\n"
        f"{_details(event, documents, when_line(event, published))}\n"
        f"<details><summary>{_count(len(event.mentions), 'mention')}</summary>"
        f"<ul>{mentions}</ul></details>\n</article>\n"
    )


def _controls(total: int, cut: bool, names: list[str]) -> str:
    options = "".join(f'<option value="{escape(n)}">' for n in names)
    show_all = (
        f'<input type="checkbox" id="show-all"><label for="show-all">Show all {total} events'
        f" (the {VIEW_TOP} most important are shown)</label>\n"
        if cut
        else ""
    )
    return (
        f'{show_all}<p class="controls"><label>Filter by name or text '
        '<input type="search" id="filter" list="names" autocomplete="off"></label>'
        f'<span id="shown" aria-live="polite"></span></p>\n'
        f'<datalist id="names">{options}</datalist>\n'
    )


def render_html(timeline: Timeline, out: TextIO, more: str | None = None) -> None:
    """The timeline as one standalone HTML page, one section per day. A batch of more than
    `VIEW_LIMIT` events opens on the `VIEW_TOP` most important; every event is on the page."""
    documents = {doc.id: doc for doc in timeline.documents}
    published = {doc.id: doc.published for doc in timeline.documents}
    total = len(timeline.events)
    cut = total > VIEW_LIMIT
    count = f"{_count(total, 'event')} from {_count(len(timeline.documents), 'article')}"
    names = sorted({e.name for e in timeline.entities})
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash()}"
    out.write(HEAD.format(title="Timeline", policy=policy))
    out.write(f"<h1>Timeline</h1>\n<p>{count}</p>\n{_controls(total, cut, names)}<main>\n")
    for label, events in date_groups(timeline.events, timeline.documents):
        minor = [cut and (e.rank or total) > VIEW_TOP for e in events]
        out.write(f'<section class="day{" minor" if all(minor) else ""}">\n')
        out.write(f"<h2>{escape(label)}</h2>\n")
        out.writelines(
            rendered(e, _event, documents, published, m) or ""
            for e, m in zip(events, minor, strict=True)
        )
        out.write("</section>\n")
    out.write("</main>\n")
    if more:
        out.write(f'<p class="more">{escape(more)}</p>\n')
    out.write(f"<script>{FILTER_SCRIPT}</script>\n</body>\n</html>\n")
