"""Resolver under stress: time and peak memory of `resolve()` on synthetic batches with
big stories and popular entities (the blocks that grow with the batch).

.venv/bin/python bench/resolve_stress.py [--sizes 1000,10000] [--mentions 10]
    [--events key|all] [--profile N] [--jobs N]

Each size runs in a fresh subprocess (so peak RSS is its own). The batches are
deterministic: stories of Zipf-like popularity sharing entities, entities of Zipf-like
frequency, trigger lemmas with the type and lemma mix measured on the ECB+ dev analyses,
publication dates over six years (some year-less or undated) and a few explicit dates.
`bench/resolve_scale.py` measures the gentler case of many unrelated copies of real ones.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import datetime
import gc
import itertools
import json
import pstats
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from eventline.models import (
    ArgumentRef,
    ArticleAnalysis,
    ArticleEntity,
    DocumentInfo,
    EventMention,
    Interval,
    Span,
    Timex,
)

# Shares measured on the ECB+ dev analyses (31,919 mentions): most are `other` or `statement`.
TYPE_WEIGHTS = {
    "other": 21366, "statement": 3826, "conflict": 1340, "death_injury": 1233, "legal": 958,
    "meeting": 669, "business": 560, "agreement": 443, "disaster": 323, "protest": 308,
    "cooperation": 226, "personnel": 218, "visit": 200, "election": 194,
}  # fmt: skip
OTHER_LEMMAS = (
    "make go take tell see come know run give find leave play call include host report use "
    "try release hold show win lose build open close move start end raise bring send keep"
).split()
# A few trigger lemmas per type, fixed here so that lexicon edits don't change the batches.
TYPED_LEMMAS = {
    "personnel": "absence appoint appointment farewell hire inaugurate inauguration leave",
    "disaster": "accident blast blaze collapse crash derail drought earthquake",
    "visit": "accompany arrival arrive depart fly journey stay tour",
    "statement": "acknowledge address announce announcement ask call condemn confirm",
    "business": "acquire acquisition bankruptcy bid buy close cut earnings",
    "legal": "acquit appeal arrest charge convict conviction detain detention",
    "agreement": "agree agreement ceasefire deal memorandum pact ratify sign",
    "cooperation": "aid alliance assist cooperate cooperation join partnership support",
    "death_injury": "assassinate assassination casualty death die execute execution funeral",
    "conflict": "assault attack bomb bombing capture clash explode fight",
    "election": "ballot elect election poll primary reelect referendum vote",
    "protest": "boycott demonstrate demonstration march protest rally riot unrest",
    "meeting": "conference congress consultation convene dialogue discuss discussion forum",
}
STATUSES = ("occurred", "ongoing", "possible", "negated", "planned")
STATUS_WEIGHTS = (17917, 11347, 1058, 946, 650)
SCOPES = ("publication", None, "clause", "discourse", "document", "sentence")
SCOPE_WEIGHTS = (23480, 5241, 1374, 1090, 378, 356)
PARTICIPANT_COUNTS = ((0, 0.6), (1, 0.31), (2, 0.06), (3, 0.03))
ROLES = ("agent", "patient", "partner")
FIRST_DAY = datetime.date(2018, 1, 1)
DAYS = 6 * 365


class Zipf:
    """Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, n: int, s: float = 1.1) -> None:
        self.cumulative = list(itertools.accumulate(1 / (r + 1) ** s for r in range(n)))

    def draw(self, rng: random.Random) -> int:
        point = rng.random() * self.cumulative[-1]
        return min(bisect.bisect_left(self.cumulative, point), len(self.cumulative) - 1)


def _lemmas_by_type() -> dict[str, list[str]]:
    return {"other": OTHER_LEMMAS} | {kind: words.split() for kind, words in TYPED_LEMMAS.items()}


def _entity(rng: random.Random, rank: int) -> tuple[str, str]:
    """(name, type) of the entity of a given popularity rank; a few are surnames only."""
    kind = ("PERSON", "ORG", "GPE")[rank % 3]
    if kind == "PERSON":
        surname = f"Family{rank}"
        return (surname if rng.random() < 0.15 else f"Given{rank} {surname}"), kind
    return (f"Org{rank} Group" if kind == "ORG" else f"Place{rank}"), kind


def synthetic_batch(articles: int, mentions: int = 10, seed: int = 7) -> list[ArticleAnalysis]:
    """A deterministic batch of `articles` analyses with `mentions` event mentions each."""
    rng = random.Random(seed)
    lemmas = _lemmas_by_type()
    types, type_weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    stories = max(10, articles // 20)
    story_zipf, entity_zipf = Zipf(stories), Zipf(max(50, articles // 2))
    story_core = [[rng.randrange(articles) for _ in range(4)] for _ in range(stories)]
    story_day = [rng.randrange(DAYS) for _ in range(stories)]
    out = []
    for index in range(articles):
        story = story_zipf.draw(rng)
        day = FIRST_DAY + datetime.timedelta(days=story_day[story] + int(rng.expovariate(1 / 20)))
        roll = rng.random()
        published = (
            None if roll < 0.05 else day.strftime("XXXX-%m-%d" if roll < 0.1 else "%Y-%m-%d")
        )
        ranks = rng.sample(story_core[story], 3) + [entity_zipf.draw(rng) for _ in range(3)]
        entities, kinds = [], {}
        for rank in dict.fromkeys(ranks):
            name, kind = _entity(rng, rank)
            kinds[f"e{len(entities)}"] = kind
            entities.append(
                ArticleEntity.model_construct(
                    id=f"e{len(entities)}", name=name, type=kind, aliases=[], mentions=[]
                )
            )
        people = [e for e, kind in kinds.items() if kind != "GPE"]
        places = [e for e, kind in kinds.items() if kind == "GPE"]
        timexes, events = [], []
        for m in range(mentions):
            kind = rng.choices(types, type_weights)[0]
            lemma = rng.choice(lemmas[kind]) if kind != "other" or rng.random() < 0.5 else "say"
            count = rng.choices(*zip(*PARTICIPANT_COUNTS, strict=True))[0]
            chosen = rng.sample(people, min(count, len(people)))
            where = rng.sample(places, 1) if places and rng.random() < 0.07 else []
            scope = rng.choices(SCOPES, SCOPE_WEIGHTS)[0]
            timex = None
            if scope in {"clause", "discourse", "sentence"}:
                timex = len(timexes)
                timexes.append(_timex(rng, day, m))
            events.append(
                EventMention.model_construct(
                    start=100 * m + 10,
                    end=100 * m + 16,
                    text=lemma,
                    lemma=lemma,
                    type=kind,
                    status=rng.choices(STATUSES, STATUS_WEIGHTS)[0],
                    sentence=Span.model_construct(start=100 * m, end=100 * m + 90),
                    participants=[
                        ArgumentRef.model_construct(entity=e, role=r)
                        for e, r in zip(chosen, ROLES, strict=False)
                    ],
                    places=[ArgumentRef.model_construct(entity=e, role="location") for e in where],
                    timex=timex,
                    time_scope=scope,
                    corefers_with=rng.randrange(m) if m and rng.random() < 0.05 else None,
                    noun=None,
                    nominal=False,
                    definite=False,
                    status_cue=rng.random() < 0.7,
                    complement=None,
                )  # fmt: skip
            )
        sentences = [Span.model_construct(start=100 * m, end=100 * m + 90) for m in range(mentions)]
        out.append(
            ArticleAnalysis.model_construct(
                format_version=1,
                eventline_version="bench",
                model="synthetic",
                document=DocumentInfo.model_construct(
                    id=f"a{index:07d}",
                    published=published,
                    published_source="metadata",
                    title=None,
                    source=None,
                    url=None,
                    origin=None,
                ),
                text_sha256=f"{index:064x}",
                sentences=sentences,
                sentence_texts=[f"Sentence {m} of article {index}." for m in range(mentions)],
                ignored=[],
                entities=entities,
                timexes=timexes,
                events=events,
            )  # fmt: skip
        )
    return out


def _timex(rng: random.Random, day: datetime.date, m: int) -> Timex:
    """An explicit date near the article's day: a day (most) or a month."""
    target = day - datetime.timedelta(days=int(rng.expovariate(1 / 10)))
    if rng.random() < 0.7:
        value, end = target.isoformat(), target + datetime.timedelta(days=1)
        start, granularity = target, "day"
    else:
        start = target.replace(day=1)
        end = (start + datetime.timedelta(days=32)).replace(day=1)
        value, granularity = start.strftime("%Y-%m"), "month"
    interval = Interval.model_construct(
        start=start, end=end, granularity=granularity, year_known=True
    )
    return Timex.model_construct(
        start=100 * m + 40, end=100 * m + 50, text=value, type="DATE", value=value, mod=None,
        interval=interval,
    )  # fmt: skip


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(articles: int, mentions: int, events: str, profile: int, jobs: int = 1) -> dict:
    """Generate one batch and resolve it in this process (in `2 * jobs` partitions on a
    pool of `jobs` processes when `jobs` > 1); the numbers as a dict."""
    from concurrent.futures import ProcessPoolExecutor

    from eventline.resolve import ResolveOptions, resolve

    start = time.perf_counter()
    batch = synthetic_batch(articles, mentions)
    generated = time.perf_counter() - start
    gc.collect()
    before = _peak_rss_mb()
    profiler = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            options = ResolveOptions(events=events)
            timeline = resolve(batch, options, mapper=pool.map, partitions=2 * jobs)
    else:
        timeline = resolve(batch, ResolveOptions(events=events))
    if profiler:
        profiler.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime")
        stats.print_stats(profile)
    return {
        "articles": articles,
        "mentions": sum(len(a.events) for a in batch),
        "generate_s": generated,
        "resolve_s": seconds,
        "cpu_s": cpu,
        "rss_before_mb": before,
        "peak_rss_mb": _peak_rss_mb(),
        "events": len(timeline.events),
        "multi_source": sum(len(e.sources) > 1 for e in timeline.events),
        "largest": max((len(e.mentions) for e in timeline.events), default=0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="articles per batch, comma-separated")
    parser.add_argument("--mentions", type=int, default=10, help="event mentions per article")
    parser.add_argument("--events", default="key", choices=["key", "all"])
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions")
    parser.add_argument("--jobs", type=int, default=1, help="partitioned, on N processes")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.mentions, args.events, args.profile, args.jobs)))
        return
    header = f"{'articles':>9} {'mentions':>9} {'resolve s':>10} {'CPU s':>6} {'batch MB':>9}"
    print(f"{header} {'peak MB':>8} {'events':>8} {'multi-src':>9} {'largest':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        command = [sys.executable, str(Path(__file__).resolve()), "--one", str(size)]
        command += ["--mentions", str(args.mentions), "--events", args.events]
        command += ["--profile", str(args.profile), "--jobs", str(args.jobs)]
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        sys.stderr.write(result.stderr)
        r = json.loads(result.stdout)
        print(
            f"{r['articles']:>9,} {r['mentions']:>9,} {r['resolve_s']:>10.2f} {r['cpu_s']:>6.1f}"
            f" {r['rss_before_mb']:>9.0f} {r['peak_rss_mb']:>8.0f} {r['events']:>8,}"
            f" {r['multi_source']:>9,} {r['largest']:>8,}",
            flush=True,
        )


if __name__ == "__main__":
    main()
