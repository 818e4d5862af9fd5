"""The map step: parse articles in bulk with spaCy and analyse each, through the cache."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from eventline.analyse.article import document_info
from eventline.models import Article, ArticleAnalysis, DateRecord, DocumentInfo, TimexFields
from eventline.nlp.pipeline import model_name
from eventline.run.options import RunOptions

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyse_articles(
    articles: Iterable[Article], options: RunOptions, exclude: tuple[str, ...] = ()
) -> Iterator[ArticleAnalysis]:
    """Parse articles in bulk with spaCy and analyse each one; Docs are not kept."""
    from eventline.analyse.article import analyse
    from eventline.run.parallel import map_parsed

    name = model_name(options.model)
    cache = None
    if options.cache_dir is not None:
        from eventline.run.cache import AnalysisCache

        cache = AnalysisCache(options.cache_dir, name, exclude)
    yield from map_parsed(
        articles,
        analyse,
        name,
        exclude,
        jobs=options.jobs,
        batch_size=options.batch_size,
        lookup=cache.get if cache else None,
        store=cache.put if cache else None,
    )


def article_dates(article: Article, doc: Doc, model: str) -> tuple[DocumentInfo, list[DateRecord]]:
    """The metadata and dated expressions of one parsed article (a `dates` work unit)."""
    from eventline.analyse.temporal import find_timexes

    # a dates record is the timex minus its calendar interval, plus the document
    records = [
        DateRecord(document=article.id, **timex.model_dump(include=set(TimexFields.model_fields)))
        for timex in find_timexes(doc, article.published, article.ignored, article.text)
    ]
    return document_info(article), records
