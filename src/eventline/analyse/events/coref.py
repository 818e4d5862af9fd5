"""Event coreference inside one article (`the visit`, `his trip`), and dates from the
discourse: an antecedent's date, or the date of the previous sentence's past event."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from eventline.lexicon.events import same_event_words
from eventline.lexicon.gazetteer import country_of_place
from eventline.models import NON_ASSERTED, EventMention, Span, Timex

# An assertion never joins a hedge or a non-assertion of the same words: a demanded
# resignation is not the resignation, a denied attack not the attack (a claim may be).
_STATUS_CLASH = frozenset(
    frozenset({asserted, other})
    for asserted in ("occurred", "ongoing")
    for other in (NON_ASSERTED | {"possible"}) - {"cancelled", "claimed"}
)
# Within one article a plan never takes up an event the article tells as past.
_IN_ARTICLE_CLASH = _STATUS_CLASH | {frozenset({"planned", "occurred"})}
_LOOKBACK = 40
_AGENT_ROLES = frozenset({"agent"})
_REPORTED = frozenset({"occurred", "ongoing"})
# Headline, dateline and lead: where an article states the day of its news.
_LEAD_SENTENCES = 3
# ... counted as the first two sentences that tell an event, among the first five.
_LEAD_TELLING = 2
_LEAD_SEARCH = 5
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_YEAR = re.compile(r"\b\d{4}\b")
# Dates fine enough to be the occasion a story narrates over several sentences.
_OCCASION_GRANULARITIES = frozenset({"time", "day", "week"})


def _ids(refs) -> set[str]:
    return {ref.entity for ref in refs}


def _place_keys(refs, names: Mapping[str, str]) -> set[str]:
    keys = set()
    for ref in refs:
        keys.add(ref.entity)
        country = country_of_place(names.get(ref.entity, ""))
        if country:
            keys.add("country:" + country)
    return keys


def _anaphor_allowed(later: EventMention, earlier: EventMention) -> bool:
    """`the visit` takes up `visited` or `trip`; other repeats need the very same word."""
    if not _may_be_anaphor(later) or later.type != earlier.type:
        return False
    if later.definite and later.type != "other":
        return same_event_words(later.lemma, earlier.lemma)
    return later.lemma == earlier.lemma


def _roles_disagree(later: EventMention, earlier: EventMention) -> bool:
    """Both name who acted (or who was acted on) and the names differ."""
    for roles in (_AGENT_ROLES, None):
        a = {
            r.entity for r in later.participants if (r.role in _AGENT_ROLES) == (roles is not None)
        }
        b = {
            r.entity
            for r in earlier.participants
            if (r.role in _AGENT_ROLES) == (roles is not None)
        }
        if a and b and not a & b:
            return True
    return False


def _compatible(
    later: EventMention, earlier: EventMention, timexes: Sequence[Timex], names: Mapping[str, str]
) -> bool:
    """Whether a later mention reports the same event as an earlier one in the article."""
    if not _anaphor_allowed(later, earlier):
        return False
    if later.complement and earlier.complement != later.complement:
        return False
    if later.status_cue and frozenset({later.status, earlier.status}) in _IN_ARTICLE_CLASH:
        return False
    a, b = _ids(later.participants), _ids(earlier.participants)
    if (a and b and not a & b) or _roles_disagree(later, earlier):
        return False
    if (later.type == "other" or not later.nominal) and not (a and b):
        return False  # a repeated verb is the same event only with the same actors
    if a and not b and later.definite:
        return False  # a named event does not join an anonymous one
    pa, pb = _place_keys(later.places, names), _place_keys(earlier.places, names)
    if pa and pb and not pa & pb:
        return False
    return _times_compatible(later, earlier, timexes)


def _times_compatible(a: EventMention, b: EventMention, timexes: Sequence[Timex]) -> bool:
    """`a` (later) and `b` (earlier) may be one event as far as their dates go."""
    if a.timex is not None and b.timex is None:
        # `The storm made landfall ... The 1987 storm was worse`: a year of its own names
        # another event, not the one the article tells undated
        return not _YEAR.search(timexes[a.timex].text)
    if a.timex is None or b.timex is None:
        return True
    ia, ib = timexes[a.timex].interval, timexes[b.timex].interval
    if ia is None or ib is None or ia.year_known != ib.year_known:
        return True
    return ia.start < ib.end and ib.start < ia.end


def _previous_sentence_date(
    mention: EventMention,
    previous: Mapping[int, Span],
    last_dated: Mapping[tuple[int, int], EventMention],
    timexes: Sequence[Timex],
) -> int | None:
    """`Earlier this week, X visited Beijing. There, he met Y.`: the met is dated too.

    Only a day or a week carries over: it is the occasion a story narrates, while a month or
    a year before a sentence is usually history the next sentence leaves (`In April, a
    prototype leaked. Jobs called the software ...`). A verb told as background (`had
    undergone`) lies before the previous sentence's time, not at it.

    `previous`: sentence start -> the sentence before it; `last_dated`: (start, end) of a
    sentence -> its last clause-dated past event so far."""
    if mention.nominal or mention.status != "occurred" or mention.time_scope is not None:
        return None
    sentence = previous.get(mention.sentence.start)
    if sentence is None:
        return None
    candidate = last_dated.get((sentence.start, sentence.end))
    if candidate is None:
        return None
    interval = timexes[candidate.timex].interval
    # Only a narrated day or week carries on (`On Monday he flew in. He met Y.`); a year or a
    # month is background (`X, founded in 1987, ... The plan was shelved.`), and the next
    # sentence is as likely to be about another time.
    if interval is None or interval.granularity not in _OCCASION_GRANULARITIES:
        return None
    return candidate.timex


def link_coreferent_mentions(
    mentions: list[EventMention],
    timexes: Sequence[Timex],
    sentences: Sequence[Span],
    names: Mapping[str, str] | None = None,
) -> list[EventMention]:
    """Link each anaphoric mention to the nearest earlier mention of the same event.

    The mentions are updated in place (fresh records of one article: copying each costs
    more than finding its antecedent)."""
    names = names or {}
    previous = {after.start: before for before, after in pairwise(sentences)}
    # Filled as the mentions are settled (each loop changes only its own), so a lookup
    # finds what scanning back would: linear even in one endless sentence.
    last_dated: dict[tuple[int, int], EventMention] = {}
    for position, mention in enumerate(mentions):
        inherited = False
        if _may_be_anaphor(mention):
            for back in range(position - 1, max(-1, position - _LOOKBACK), -1):
                antecedent = mentions[back]
                if _compatible(mention, antecedent, timexes, names):
                    mention.corefers_with = back
                    if not mention.status_cue:
                        mention.status = antecedent.status
                    if mention.timex is None and antecedent.timex is not None:
                        mention.timex, mention.time_scope = antecedent.timex, "discourse"
                        inherited = True
                    break
        if mention.timex is None and not inherited:
            timex = _previous_sentence_date(mention, previous, last_dated, timexes)
            if timex is not None:
                mention.timex, mention.time_scope = timex, "discourse"
        if mention.status == "occurred" and mention.time_scope == "clause":
            last_dated[mention.sentence.start, mention.sentence.end] = mention
    news_day = _lead_news_day(mentions, timexes, sentences)
    for mention in mentions:
        if news_day is not None and _takes_news_day(mention):
            mention.timex, mention.time_scope = news_day, "discourse"
        elif _publication_fallback(mention):
            mention.time_scope = "publication"
        elif _near_publication(mention):
            mention.time_scope = "near"
    return mentions


def _may_be_anaphor(mention: EventMention) -> bool:
    """Only nouns take up an earlier mention; reports never do."""
    return mention.nominal and mention.type not in {"report", "statement"}


def _near_publication(mention: EventMention) -> bool:
    """An undated verb whose tense says nothing (`conducting drills`): not dated, but no
    report of it joins a report from another time."""
    return (
        mention.timex is None
        and mention.time_scope is None
        and not mention.nominal
        and mention.status in _REPORTED
    )


def _publication_fallback(mention: EventMention) -> bool:
    """A reported, undated event happened by the article's day: a weak date claim."""
    return (
        mention.timex is None
        and mention.time_scope is None
        and mention.status_cue
        and mention.status in _REPORTED
    )


def _lead_news_day(
    mentions: Sequence[EventMention], timexes: Sequence[Timex], sentences: Sequence[Span]
) -> int | None:
    """`Yesterday, Apple unveiled ...`: the day the lead gives its news, when it names it
    relative to the article's date (words, no digits: a past day told in full is history)."""
    if not sentences:
        return None
    lead_end = _lead_end(mentions, sentences)
    for mention in mentions:
        if mention.sentence.start >= lead_end:
            break
        if mention.status != "occurred" or mention.time_scope != "clause":
            continue
        timex = timexes[mention.timex]
        if _DAY_VALUE.match(timex.value) and not any(ch.isdigit() for ch in timex.text):
            return mention.timex
    return None


def _lead_end(mentions: Sequence[EventMention], sentences: Sequence[Span]) -> int:
    """Where the lead ends: with the headline, the first two sentences that tell an event
    (a dateline, or a fragment the splitter broke off at `Inc.`, tells none)."""
    limit = sentences[min(_LEAD_SEARCH, len(sentences)) - 1].end
    telling: set[int] = set()
    for mention in mentions:
        if mention.sentence.start >= limit:
            break
        if not mention.nominal:
            telling.add(mention.sentence.start)
            if len(telling) == _LEAD_TELLING:
                return mention.sentence.end
    return sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end


def _takes_news_day(mention: EventMention) -> bool:
    """A later past event with no date of its own happened on the news day, not merely
    by the article's day: `Jobs showed off the video calls` after `Yesterday Jobs unveiled`."""
    return _publication_fallback(mention) and mention.status == "occurred"
