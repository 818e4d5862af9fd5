"""HTML pages -> main text, title and publication date, through trafilatura (offline only)."""

from __future__ import annotations

import codecs
import re
from typing import Any

from eventline.load.common import Metadata, Refusal
from eventline.load.dates import parse_metadata_date
from eventline.load.decode import decode_bytes

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]{1,40})""", re.I)
# browsers read pages labelled Latin-1 or ASCII as windows-1252; a page whose bytes we can
# scan for `<meta` is not UTF-16, whatever it says
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1"}
# htmldate's extensive search guesses from free text (copyright lines, "2022" in a footer);
# only the page's own date markup may date the article
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page rather than plain text (for stdin and unknown suffixes)."""
    return bool(_HTML_START.match(text[:2000]))


def decode_html(data: bytes) -> str:
    """Page bytes to text: BOM or valid UTF-8 first, then the charset the page declares."""
    declared = _CHARSET.search(data[:4096])
    fallback = "cp1252"
    if declared:
        try:
            fallback = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            pass  # an unknown charset name: cp1252, as for plain text
    if fallback in _AS_CP1252 or fallback.startswith(("utf-16", "utf-32")):
        fallback = "cp1252"
    return decode_bytes(data, fallback=fallback)


def extract_html(page: str) -> tuple[str, Metadata]:
    """The main text of a page (no menus, no comments) and its metadata; `Refusal` if none."""
    import trafilatura  # slow to import: only when a page is actually read
    from trafilatura.utils import load_html

    # parse here so that no library ever sees a string it could take for a URL to fetch;
    # nothing below gets a URL, so nothing is downloaded
    try:
        tree = load_html(page)
        document = None if tree is None else _bare_extraction(trafilatura, tree)
        if not getattr(document, "text", None) and tree is not None and _cut_deep(tree):
            document = _deep_extraction(trafilatura, page) or document
    # a third-party parser on arbitrary markup: whatever it raises, this page is refused
    # with the reason and the batch goes on (a loader never ends in a traceback)
    except Exception as error:  # noqa: BLE001
        raise Refusal(f"HTML extraction failed ({type(error).__name__}: {error})") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise Refusal("no article text found in the HTML page")
    meta = Metadata(
        published=_date(getattr(document, "date", None)),
        title=_clean(getattr(document, "title", None)),
        source=_clean(getattr(document, "sitename", None)),
        url=_clean(getattr(document, "url", None)),
    )
    return text, meta


_LIBXML2_DEPTH = 255
"""libxml2 stops descending there unless told otherwise (`huge_tree`)."""


def _cut_deep(tree: Any) -> bool:
    """Whether the parsed tree reaches libxml2's depth limit (its text may be cut there)."""
    stack = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        if depth >= _LIBXML2_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in element)
    return False


def _deep_extraction(trafilatura: Any, page: str) -> Any:
    """The extraction of a page nested deeper than libxml2's default limit of 255 levels,
    which cuts the tree (and the text) there: parsed again without that limit."""
    from lxml.html import HTMLParser, fromstring

    parser = HTMLParser(
        huge_tree=True,
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
    )
    tree = fromstring(page.encode("utf-8", "surrogatepass"), parser=parser)
    return _bare_extraction(trafilatura, tree) if tree is not None else None


def _bare_extraction(trafilatura: Any, tree: Any) -> Any:
    """trafilatura's main-text and metadata extraction, without comments or any fetching."""
    return trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def _date(value: object) -> str | None:
    """The page date as `YYYY-MM-DD`, if it has one."""
    return parse_metadata_date(value) if isinstance(value, str) else None


def _clean(value: object) -> str | None:
    """A stripped metadata string, or None."""
    return (value.strip() or None) if isinstance(value, str) else None
