"""eventline: turn a batch of news articles into one ordered, sourced timeline of events."""

__version__ = "0.1.0"
