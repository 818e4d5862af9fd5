"""A batch of analyses as the resolver reads it: small summaries in memory, the rest on disk."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventline.models import ArticleAnalysis, DocumentInfo
from eventline.resolve.ranking import ArticleSignals, article_signals
from eventline.resolve.spill import Spill

EntityRow = tuple[str, str, str, tuple[str, ...]]
"""An article entity as the batch-wide merge needs it: (local id, name, type, aliases)."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What resolving needs of an article before reading its mentions."""

    document: DocumentInfo
    text_sha256: str
    entities: tuple[EntityRow, ...]
    number: int
    """Where the whole analysis is in the batch's spill."""
    signals: ArticleSignals | None = None
    """Its lead and the days it refers to, for ranking."""


class ArticleBatch:
    """Analyses consumed once (a list or a stream), kept on disk, summarised in memory and
    sorted by (document id, text hash), so that the result does not depend on input order."""

    def __init__(self, analyses: Iterable[ArticleAnalysis]) -> None:
        self._spill = Spill()
        summaries = []
        for analysis in analyses:
            number = self._spill.append_bytes(analysis.model_dump_json().encode())
            summaries.append(_summary(analysis, number))
        self._spill.freeze()
        summaries.sort(key=lambda s: (s.document.id, s.text_sha256))
        self.summaries: list[ArticleSummary] = summaries

    def analyses(self) -> Iterator[ArticleAnalysis]:
        """The analyses in batch order, read back one at a time."""
        for summary in self.summaries:
            yield ArticleAnalysis.model_validate_json(self._spill.read_bytes(summary.number))

    def close(self) -> None:
        self._spill.close()


def _summary(analysis: ArticleAnalysis, number: int) -> ArticleSummary:
    # names repeat across a batch's articles: one string object each
    entities = tuple(
        (
            e.id,
            sys.intern(e.name),
            sys.intern(e.type),
            tuple(sys.intern(alias) for alias in e.aliases),
        )
        for e in analysis.entities
    )
    signals = article_signals(analysis)
    return ArticleSummary(analysis.document, analysis.text_sha256, entities, number, signals)
