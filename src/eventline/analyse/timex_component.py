"""`eventline_timex`: eventline's date tagger as a spaCy pipeline component.

Registered through the `spacy_factories` entry point, so `nlp.add_pipe("eventline_timex")`
works in any pipeline once eventline is installed. It writes `doc.spans["timex"]` (label =
TIMEX3 type, `span._.timex` = `{"type", "value", "mod"}`) and never touches `doc.ents`.
"""

from __future__ import annotations

import datetime

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventline.analyse.temporal import find_timexes
from eventline.load.article import build_article
from eventline.load.common import LoadOptions, Metadata, Refusal
from eventline.load.dates import parse_metadata_date
from eventline.models import Origin, Timex

__all__ = ["TimexComponent", "make_timex_component"]

# Extensions are process-wide; another library (or a second import) may have set them first.
if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


@Language.factory(
    "eventline_timex",
    default_config={"reference_date": None, "spans_key": "timex"},
    assigns=["doc.spans"],
    requires=["token.tag", "token.pos", "token.dep", "token.lemma"],
)
def make_timex_component(
    nlp: Language, name: str, reference_date: str | None, spans_key: str
) -> TimexComponent:
    """spaCy factory for `eventline_timex` (config: `reference_date`, `spans_key`)."""
    reference = datetime.date.fromisoformat(reference_date) if reference_date else None
    return TimexComponent(reference_date=reference, spans_key=spans_key)


class TimexComponent:
    """Tags temporal expressions exactly as `eventline dates` does, relative to `doc._.dct`."""

    def __init__(self, reference_date: datetime.date | None = None, spans_key: str = "timex"):
        self.options = LoadOptions(reference_date=reference_date)
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc.spans[spans_key]`; `doc._.dct`, when set, is the article date."""
        doc.spans[self.spans_key] = [_span(doc, timex) for timex in self.timexes(doc)]
        return doc

    def timexes(self, doc: Doc) -> list[Timex]:
        """The eventline `Timex` records of a parsed Doc (offsets into `doc.text`)."""
        if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
            raise ValueError("eventline_timex needs sentences and a parse: add it after the parser")
        # The loader's own rules pick the article date (metadata, a time stamp, the dateline, the
        # reference date) and the boilerplate to skip, so the values match `eventline dates`.
        meta = Metadata(published=_dct_text(doc._.dct))
        text = doc.text  # built once: `Doc.text` joins every token on each access
        options = LoadOptions(
            reference_date=self.options.reference_date, max_chars=max(len(text), 1)
        )
        try:
            article = build_article("doc", text, meta, Origin(path="<spacy>"), options)
        except Refusal:  # an empty text has no dates
            return []
        return find_timexes(doc, article.published, article.ignored, text)


def _dct_text(dct: object) -> str | None:
    """`doc._.dct` (a date, datetime or string such as `2023-10-19`, `XXXX-10-19`) as TIMEX3."""
    if dct is None:
        return None
    if isinstance(dct, datetime.date):  # datetime is a date too
        return dct.isoformat()[:10]
    if isinstance(dct, str):
        parsed = parse_metadata_date(dct)
        if parsed is None:
            raise ValueError(f"doc._.dct {dct!r} is not a date such as 2023-10-19")
        return parsed
    raise TypeError(f"doc._.dct must be a date or a string, not {type(dct).__name__}")


def _span(doc: Doc, timex: Timex) -> Span:
    """A labelled span for a timex; its value rides along as a plain (serialisable) dict."""
    span = doc.char_span(timex.start, timex.end, label=timex.type)
    if span is None:  # not on token boundaries: widen to the tokens that hold it
        span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
    span._.timex = {"type": timex.type, "value": timex.value, "mod": timex.mod}
    return span
