"""eventline: turn a batch of news articles into one ordered, sourced timeline of events.

The library's calls, models and errors are importable from here (see `__all__` and the
README's "Python" section); they load on first use, so `import eventline` stays cheap.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    # build a timeline, from paths or from texts; the map and reduce steps apart; dates
    "BuildOptions": "eventline.api",
    "build_timeline": "eventline.api",
    "build_timeline_from_texts": "eventline.api",
    "extract_analyses": "eventline.api",
    "resolve_analyses": "eventline.api",
    "extract_dates": "eventline.api",
    "write_report": "eventline.api",
    # the models that cross the stages
    "Article": "eventline.models",
    "ArticleAnalysis": "eventline.models",
    "DatesReport": "eventline.models",
    "DocumentInfo": "eventline.models",
    "Event": "eventline.models",
    "EventArgument": "eventline.models",
    "InputProblem": "eventline.models",
    "Mention": "eventline.models",
    "Timeline": "eventline.models",
    "TimelineEntity": "eventline.models",
    "When": "eventline.models",
    # the errors
    "EventlineError": "eventline.errors",
    "InputError": "eventline.errors",
    "StrictInputError": "eventline.errors",
    "ModelNotFoundError": "eventline.errors",
    "OutputError": "eventline.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    """Import an exported name on first use (PEP 562)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'eventline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
