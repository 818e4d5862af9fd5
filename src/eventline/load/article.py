"""Text plus metadata -> `Article`: size checks, boilerplate, dateline, date and title."""

from __future__ import annotations

import datetime
import logging
import re
from typing import Literal

from eventline.load.boilerplate import find_boilerplate
from eventline.load.common import LoadOptions, Metadata, Refusal
from eventline.load.dateline import Dateline, find_dateline
from eventline.load.dates import closest_year, day_not_after, timex_date
from eventline.load.stamps import Stamp, best_stamp, find_stamps
from eventline.models import Article, Origin, Span

PublishedSource = Literal["metadata", "stamp", "updated", "dateline", "reference"]
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 20


def check_size(length: int, options: LoadOptions, unit: str = "characters") -> None:
    """Refuse an article over `max_chars`, naming its size and the setting that allows it."""
    if length > options.max_chars:
        raise Refusal(
            f"article is {length:,} {unit}, more than the limit of {options.max_chars:,} "
            "characters",
            setting="max_chars",
        )


def build_article(
    article_id: str,
    text: str,
    meta: Metadata,
    origin: Origin,
    options: LoadOptions,
    guess_title: bool = False,
) -> Article:
    """An `Article` for `text` (kept exactly), or raise `Refusal` if it is empty or too long."""
    # JSON escapes (and file names that are not UTF-8) bring lone surrogates, which no
    # encoder (nor spaCy) accepts: each becomes U+FFFD, one character for one, so offsets hold
    text, article_id = without_surrogates(text), without_surrogates(article_id)
    origin = origin.model_copy(update={"path": without_surrogates(origin.path)})
    if meta.unusable_published is not None:
        _warn_unusable_date(meta.unusable_published, origin)
    meta = Metadata(
        published=meta.published,
        **{name: without_surrogates(getattr(meta, name)) for name in ("title", "source", "url")},
    )
    if not text.strip():
        raise Refusal("empty article (no text)")
    check_size(len(text), options)
    ignored = find_boilerplate(text)
    dateline = find_dateline(text, ignored)
    stamps = [] if meta.published else find_stamps(text, ignored)
    published, published_source = _published(meta, stamps, dateline, options)
    title = meta.title or (_title_line(text, ignored, dateline) if guess_title else None)
    return Article(
        id=article_id,
        text=text,
        published=published,
        published_source=published_source,
        title=title,
        source=meta.source,
        url=meta.url,
        origin=origin,
        dateline=dateline.span if dateline else None,
        ignored=ignored,
    )


def _warn_unusable_date(value: object, origin: Origin) -> None:
    """A metadata date we cannot read is dropped, with a warning (silenced by --quiet)."""
    where = origin.path if origin.line is None else f"{origin.path}:{origin.line}"
    shown = without_surrogates(repr(value)[:80])
    logging.getLogger("eventline").warning(
        "eventline: %s: `published` %s is not a YYYY-MM-DD date; ignored (strict mode refuses it)",
        where,
        shown,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str | None) -> str | None:
    """The text with each lone surrogate replaced by U+FFFD (None stays None)."""
    return _SURROGATE.sub("\ufffd", text) if text else text


def _published(
    meta: Metadata, stamps: list[Stamp], dateline: Dateline | None, options: LoadOptions
) -> tuple[str | None, PublishedSource | None]:
    """Metadata first, then a `Published`/`Posted` stamp or a date line, then an `Updated`
    stamp (with a dateline's day before it, if any), then the dateline (its year completed
    from the reference), then the reference date itself. The year is never guessed."""
    if meta.published:
        return meta.published, "metadata"
    stamp = best_stamp(stamps, ("published", "dated"))
    if stamp is not None:
        return stamp.date.isoformat(), "stamp"
    update = best_stamp(stamps, ("updated",))
    if update is not None:
        return _before_update(update.date, dateline)
    if dateline and dateline.month and dateline.day:
        year = dateline.year
        if year is None and options.reference_date:
            year = closest_year(dateline.month, dateline.day, options.reference_date)
        return timex_date(dateline.month, dateline.day, year), "dateline"
    if options.reference_date:
        return options.reference_date.isoformat(), "reference"
    return None, None


def _before_update(update: datetime.date, dateline: Dateline | None) -> tuple[str, PublishedSource]:
    """The dateline's day (its year nearest the update) if it is not after the update (a
    story is filed before it is updated), else the update's day: the publication is no later."""
    if dateline and dateline.month and dateline.day:
        day = day_not_after(dateline.month, dateline.day, dateline.year, update)
        if day is not None:
            return day.isoformat(), "dateline"
    return update.isoformat(), "updated"


def _title_line(text: str, ignored: list[Span], dateline: Dateline | None) -> str | None:
    """The first non-boilerplate line, if short and headline-like and followed by more text."""
    skipped = {(span.start, span.end) for span in ignored}
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group().strip()
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if not line or (start, start + len(line)) in skipped:
            continue
        if dateline and match.start() <= dateline.span.start < match.end():
            return None
        line = re.sub(r"^#{1,6}\s+", "", line)  # a Markdown heading
        headline = (
            len(line) <= _TITLE_MAX_CHARS
            and len(line.split()) <= _TITLE_MAX_WORDS
            and not line.endswith((".", ",", ";", ":"))
            and bool(text[match.end() :].strip())
        )
        return line if headline else None
    return None
