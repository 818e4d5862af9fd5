"""Pydantic models for every record that crosses a stage: articles, analyses, timelines.

Offsets are always character offsets into `Article.text` exactly as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_serializer

FORMAT_VERSION = 1
"""Version of the `ArticleAnalysis` record (cache entries, `extract` output)."""

PLACEHOLDER_YEAR = 1200
"""Year used for calendar arithmetic when the real year is unknown (a leap year, so that
February 29 survives). It never reaches output: intervals carry `year_known=False`."""

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century"
]
NonAssertedStatus = Literal[
    "negated",
    "cancelled",
    "conditional",
    "demanded",
    "threatened",
    "denied",
    "claimed",
    "generic",
]
EventStatus = Literal["occurred", "ongoing", "planned", "possible", NonAssertedStatus]
"""What the text says of an event: asserted (`occurred`, `ongoing`), intended (`planned`),
hedged (`possible`), or one of the non-assertions that never count as happening."""
NON_ASSERTED = frozenset(get_args(NonAssertedStatus))
"""Statuses that say an event is not (or not known to be) real: never key, never merged
with an occurrence."""


class Record(BaseModel):
    """Base for all records: strict about unknown fields, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A half-open character range `[start, end)` into an article's text."""

    start: int
    end: int


class Origin(Record):
    """Where an article came from: a path (or `-` for stdin) and, for JSON Lines, the line."""

    path: str
    line: int | None = None


class DocumentInfo(Record):
    """Article metadata as it appears in outputs and analyses (the text itself stays out)."""

    id: str
    published: str | None = None
    """TIMEX3-style date, possibly partial: `2023-10-19`, `XXXX-10-19`, or None."""
    published_source: Literal["metadata", "stamp", "updated", "dateline", "reference"] | None = None
    """Where `published` came from: metadata, a `Published:` stamp or a date line under the
    headline, an `Updated:` stamp (the publication is no later), the dateline, or the
    reference date."""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: Origin | None = None


class Article(DocumentInfo):
    """One input article: its metadata, its text exactly as given, and what the loader
    learned about it."""

    text: str
    dateline: Span | None = None
    """The dateline (`PYONGYANG, October 19. /TASS/.`) when one opens the text."""
    ignored: list[Span] = Field(default_factory=list)
    """Boilerplate (menus, bylines, copyright footers): marked, never cut out."""


class InputProblem(Record):
    """An input that could not be read; reported and counted, never fatal to the batch."""

    path: str
    line: int | None = None
    message: str
    setting: str | None = None
    """The setting (a `LoadOptions` field) that would let the input through, if any: the
    command line names its option."""

    def describe(self) -> str:
        """One line naming the file (and line) and the problem."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class Interval(Record):
    """The calendar interval `[start, end)` a time expression denotes, and its granularity.

    When the year is unknown the dates use `PLACEHOLDER_YEAR` (possibly ±1 after relative
    arithmetic) and `year_known` is False; such dates order among themselves only.
    """

    start: date
    end: date
    granularity: Granularity
    year_known: bool = True


class TimexFields(Record):
    """What a temporal expression is: its span, its words, its TIMEX3 type, value and mod."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    """TIMEX3 `mod` (BEFORE, AFTER, START, MID, END, APPROX, ...) when the text implies one."""


class Timex(TimexFields):
    """One temporal expression with its TIMEX3 type and value."""

    interval: Interval | None = None
    """For points (DATE/TIME): the interval meant, if it can be placed on a calendar."""


class EntityMention(Record):
    """One mention of an entity in the text."""

    start: int
    end: int
    text: str
    label: str
    """spaCy's label before clean-up (kept for diagnostics)."""


class ArticleEntity(Record):
    """An entity of one article after clean-up: surnames and aliases joined to full names."""

    id: str
    """Local to the article (`e0`, `e1`, ...); the resolver assigns batch-wide ids."""
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[EntityMention] = Field(default_factory=list)


class ArgumentRef(Record):
    """A participant or place of an event mention: an article entity and its role."""

    entity: str
    role: str


class EventMention(Record):
    """One event mention: a trigger with its type, arguments, governing time and status."""

    start: int
    end: int
    text: str
    lemma: str
    type: str
    status: EventStatus
    sentence: Span
    participants: list[ArgumentRef] = Field(default_factory=list)
    places: list[ArgumentRef] = Field(default_factory=list)
    timex: int | None = None
    """Index into `ArticleAnalysis.timexes` of the expression that dates this mention."""
    time_scope: (
        Literal["clause", "sentence", "discourse", "document", "publication", "background", "near"]
        | None
    ) = None
    """Where the date comes from: the trigger's clause, its sentence, an earlier sentence,
    the article's day because the text says the event is current (`document`), or only the
    article's day as the latest it can have happened, for reported events with no date of
    their own (`publication`, a weak claim that never blocks a merge), or no date at all for
    a past fact told as background (`background`: `had died`), which lies before the article,
    or no date shown for a verb without a tense of its own (`near`: `conducting drills`),
    which still lies in the week before the article when reports are matched."""
    corefers_with: int | None = None
    """Index of an earlier mention in the same article that reports the same event."""
    noun: str | None = None
    """The event as a noun for titles (`met` -> `meeting`)."""
    nominal: bool = False
    """The trigger is a noun (`the visit`), which may refer back to an earlier mention."""
    definite: bool = False
    """A definite or possessed noun (`the visit`, `his trip`): a candidate anaphor."""
    status_cue: bool = True
    """False when the status is only a default, so an antecedent's status may replace it."""
    complement: str | None = None
    """What a participant-less nominal event is of (`the intergovernmental commission`)."""


class ArticleAnalysis(Record):
    """Everything the resolver needs from one article; the unit that is cached and shipped."""

    format_version: int = FORMAT_VERSION
    eventline_version: str
    model: str
    document: DocumentInfo
    text_sha256: str
    sentences: list[Span] = Field(default_factory=list)
    sentence_texts: list[str] = Field(default_factory=list)
    ignored: list[Span] = Field(default_factory=list)
    entities: list[ArticleEntity] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)


# ---- output contract (../shared/eval/CONTRACT.md): fields may be added, never renamed ----


class When(Record):
    """When an event happened or is expected: TIMEX3 value and its calendar interval."""

    value: str | None
    start: str | None
    end: str | None
    granularity: str | None
    text: str | None
    year_known: bool = True
    conflicts: list[str] = Field(default_factory=list)
    """Other dates reported for the same event that are incompatible with `value`."""
    basis: Literal["stated", "article", "inferred"] | None = None
    """How the date is known: a time expression governs the event (`stated`), taken from
    another report of the same event (`inferred`), or the report's own day (`article`)."""


class EventArgument(Record):
    """A participant or place of an event, pointing at a timeline entity."""

    name: str
    type: str
    entity: str
    role: str | None = None


class Mention(Record):
    """Provenance of one event report: trigger span, its sentence, and its document."""

    document: str
    start: int
    end: int
    text: str
    sentence: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    status: str | None = None
    date_text: str | None = None
    lemma: str | None = None
    """The trigger's lemma (`visited` -> `visit`): what `build --merge` matches new reports by."""
    noun: str | None = None
    """The event as a noun for titles (`met` -> `meeting`), as the analysis found it."""
    complement: str | None = None
    """What a participant-less nominal event is of (`the intergovernmental commission`)."""


class Event(Record):
    """One event of the timeline, merged across every article that reports it."""

    id: str
    type: str
    title: str
    status: str
    when: When | None
    participants: list[EventArgument] = Field(default_factory=list)
    places: list[EventArgument] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    salience: float | None = None
    """How important the event is to the batch's story, 0 to 1 (`resolve.ranking`)."""
    rank: int | None = None
    """1 for the batch's most important event, 2 for the next, ..."""
    summary: str | None = None
    """One sentence from the report that states the event best."""


class TimelineEntity(Record):
    """An entity merged across the batch."""

    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)


class Timeline(Record):
    """The output of `eventline build`: documents, entities and ordered events."""

    eventline_version: str
    documents: list[DocumentInfo]
    entities: list[TimelineEntity]
    events: Sequence[Event]
    """In timeline order: a list, or, from `resolve`, a read-only sequence read back from disk
    as it is used (`resolve.spill.SpilledEvents`), so that a big timeline need not fit in
    memory. Copy it with `list()` to change it."""
    _entity_pick: object = PrivateAttr(default=None)
    """What `--entity` picked (`resolve.entity_pick.EntityPick`), for the CLI's note; not
    output."""

    @field_serializer("events")
    def _events_as_list(self, events: Sequence[Event]) -> list[Event]:
        # `resolve` hands back a sequence read from disk as it is used (`resolve.spill`)
        return events if isinstance(events, list) else list(events)


class InDocument(Record):
    """A record that names the document it comes from."""

    document: str


class DateRecord(TimexFields, InDocument):
    """One temporal expression as printed by `eventline dates`."""

    # `InDocument` is the last base because pydantic gathers fields walking the MRO from its
    # end: so `document` comes first in the output, before the expression's own fields.


class DatesReport(Record):
    """The output of `eventline dates`."""

    eventline_version: str
    documents: list[DocumentInfo]
    dates: list[DateRecord]


class EntityRow(Record):
    """One entity of the batch as `eventline entities` lists it."""

    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    """Other names the articles use that `--entity` resolves to this entity."""
    events: int
    articles: int
    """Articles that report at least one of its events."""


class MatchRow(Record):
    """One entity a `--match` query names, with the score and the reason."""

    id: str
    name: str
    type: str
    score: float
    reason: str
    events: int
    picked: bool


class EntitiesReport(Record):
    """The output of `eventline entities`: the entities, most frequent first, or a match."""

    entities: list[EntityRow] = Field(default_factory=list)
    query: str | None = None
    matches: list[MatchRow] = Field(default_factory=list)
    nearest: list[str] = Field(default_factory=list)
