"""Event mentions of one article: triggers, arguments, status, time, in-article coreference."""

from eventline.analyse.events.extract import find_event_mentions
from eventline.lexicon.events import EVENT_TYPES, SALIENT_TYPES

__all__ = ["EVENT_TYPES", "SALIENT_TYPES", "find_event_mentions"]
