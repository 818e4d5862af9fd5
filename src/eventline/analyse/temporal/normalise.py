"""From a recognised expression to its TIMEX3 type, value and interval."""

from __future__ import annotations

from collections.abc import Callable

from eventline.analyse.temporal import (
    absolute,
    amounts,
    decades,
    finance,
    holidays,
    month_weeks,
    numeric_dates,
    relative,
    stamps,
    weeks,
)
from eventline.analyse.temporal.context import Context, Normalised

Handler = Callable[[str, Context], "Normalised | None"]

HANDLERS: dict[str, Handler] = {
    "iso": absolute.iso_date,
    "slash": numeric_dates.numeric_date,
    "dotted": numeric_dates.numeric_date,
    "fy": absolute.fiscal_year,
    "month_day": absolute.month_day,
    "day_month": absolute.month_day,
    "month_year": absolute.month_only,
    "month_rel": absolute.month_only,
    "month": absolute.month_only,
    "year": absolute.year,
    "decade": decades.decade,
    "decade_word": decades.decade,
    "century": decades.century,
    "quarter": finance.quarter,
    "quarter_adj": finance.quarter,
    "quarter_code": finance.quarter_code,
    "period": finance.period,
    "year_ago": finance.year_ago,
    "ago": amounts.ago,
    "later": amounts.ago,
    "later_short": amounts.later_short,
    "duration": amounts.duration,
    "duration_adj": amounts.duration,
    "vague_units": amounts.vague_units,
    "bare_units": amounts.vague_units,
    "relative": relative.relative,
    "edge_the": relative.edge_the,
    "year_end": relative.year_end,
    "edge_unit": relative.relative,
    "deictic_day": relative.deictic_day,
    "part_of_day": relative.part_day,
    "after_day": relative.after_day,
    "that_unit": relative.that_unit,
    "weekday": weeks.weekday,
    "conj_day": relative.conjoined_day,
    "clock": amounts.clock,
    "clock_in": amounts.clock,
    "season": absolute.season,
    "weekend": weeks.weekend,
    "the_unit": relative.the_unit,
    "year_ended": relative.year_ended,
    "year_of": relative.year_of,
    "week_of": weeks.week_of,
    "week_in_month": month_weeks.week_in_month,
    "ahead": amounts.vague_units,
    "set_adverb": amounts.set_expression,
    "set_every": stamps.every_part,
    "set_per": amounts.set_expression,
    "ref": amounts.reference,
    "holiday": holidays.holiday,
    "clock_stamp": stamps.clock_stamp,
    "clock_duration": stamps.clock_duration,
    "year_to": stamps.year_to,
    "name_to": stamps.name_to,
    "date_to": absolute.month_day,
    "frequency": stamps.frequency,
    "set_season": stamps.set_season,
    "turn": stamps.turn_of,
    "at_the_time": stamps.at_the_time,
    "at_present": stamps.at_present,
    "some_day": stamps.some_day,
    "quarter_pair": finance.quarter_of_pair,
    "in_the_part": relative.part_day,
    "the_years": amounts.vague_units,
}


def normalise(kind: str, text: str, ctx: Context) -> Normalised | None:
    """Type, value and interval of one expression (None when it cannot be read)."""
    return HANDLERS[kind](text, ctx)
