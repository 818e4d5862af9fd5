"""The load stage: files, folders, JSON Lines, HTML and stdin -> `Article`s and problems.

The only place that reads input. Offsets in an `Article` count characters of `Article.text`
exactly as decoded (a BOM dropped, line endings kept). For a text or Markdown file with
front matter, `Article.text` is the body after the closing `---`, and offsets count from
there; for an HTML page it is the text trafilatura extracted.
"""

from __future__ import annotations

from eventline.load.common import LoadOptions
from eventline.load.sources import iter_articles

__all__ = ["LoadOptions", "iter_articles"]
