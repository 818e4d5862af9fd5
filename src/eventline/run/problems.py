"""Input problems met while a batch streams by, and the two ways they can end a run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from eventline.errors import InputError, StrictInputError
from eventline.models import Article, ArticleAnalysis, InputProblem

T = TypeVar("T")


@dataclass
class Problems:
    """Input problems met while streaming a batch, in input order."""

    items: list[InputProblem] = field(default_factory=list)

    def split(
        self, items: Iterable[Article | ArticleAnalysis | InputProblem]
    ) -> Iterator[Article | ArticleAnalysis]:
        """Pass articles (or analyses) through, keeping problems aside."""
        for item in items:
            if isinstance(item, InputProblem):
                self.items.append(item)
            else:
                yield item

    def kept(self, results: Iterable[T | InputProblem]) -> Iterator[T]:
        """Pass results through, keeping aside the articles that failed (`run.barrier`)."""
        for result in results:
            if isinstance(result, InputProblem):
                self.items.append(result)
            else:
                yield result

    def check_strict(self, strict: bool) -> None:
        """With `strict`, any input problem fails the run before anything is produced."""
        if strict and self.items:
            count = len(self.items)
            message = f"{count} input{'s' if count > 1 else ''} could not be read"
            raise StrictInputError(message, self.items)

    def raise_nothing_readable(self) -> None:
        """No article could be read: a usage-level failure."""
        detail = self.items[0].describe() if self.items else "no articles found"
        count = len(self.items)
        more = f" (and {count - 1} more problems)" if count > 1 else ""
        raise InputError(f"nothing could be read: {detail}{more}")
