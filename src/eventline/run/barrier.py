"""The per-article barrier: an unexpected error while parsing or analysing one article
costs that article only. It becomes an `InputProblem` naming the article ("internal
error ...; please report"), the rest of the batch goes on, and the run exits with 1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from eventline.load.guard import internal_problem
from eventline.models import Article, InputProblem
from eventline.nlp.long_texts import parse_any
from eventline.nlp.punctuation_runs import neutralised

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _analysing(article: Article, error: BaseException) -> InputProblem:
    return internal_problem(f"analysing {article.id}", article.origin, error)


def guarded(work: Callable[[Article, Doc, str], Any], article: Article, doc: Doc, model: str):
    """`work(article, doc, model)`, or the problem naming the article if it fails."""
    try:
        return work(article, doc, model)
    except Exception as error:  # noqa: BLE001 - reported as a problem line, never hidden
        return _analysing(article, error)


def parse_and_work(
    nlp, model: str, work: Callable, articles: list[Article], batch_size: int
) -> Iterator:
    """`work` over each article's Doc, parsed in bulk; an article whose parse or work fails
    becomes a problem. A failed bulk parse does not say which text broke it, so the
    articles not yet done are then parsed one by one."""
    done = 0
    try:
        texts = [neutralised(a.text) for a in articles]
        docs = parse_any(nlp, texts, batch_size)
        for article, doc in zip(articles, docs, strict=True):
            yield guarded(work, article, doc, model)
            done += 1
        return
    except Exception:  # noqa: BLE001, S110 - each remaining article is retried below
        pass
    for article in articles[done:]:
        try:
            doc = next(parse_any(nlp, [neutralised(article.text)], batch_size))
        except Exception as error:  # noqa: BLE001 - reported as a problem line
            yield _analysing(article, error)
            continue
        yield guarded(work, article, doc, model)
