"""The load stage's public entry point (the implementation lives in `eventline.load`)."""

from __future__ import annotations

from eventline.load import LoadOptions, iter_articles

__all__ = ["LoadOptions", "iter_articles"]
