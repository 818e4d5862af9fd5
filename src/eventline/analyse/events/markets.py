"""Event triggers for markets and products: price moves, trading halts, product milestones.

Business news reports an index, a currency or a product as the one that acts: `the Hang
Seng fell 2%`, `the euro rose`, `trading was halted`, `Boeing delayed deliveries of the
737 MAX`. The general taxonomy (`lexicon.py`) leaves these verbs untyped; this table gives
them types of their own, and makes the few nouns that report such events triggers.
"""

from __future__ import annotations

from eventline.lexicon.events import Trigger

_MARKET_TAXONOMY: dict[str, dict[str, str]] = {
    "market_move": {
        "rise": "rise",
        "fall": "fall",
        "gain": "gain",
        "drop": "drop",
        "climb": "climb",
        "slip": "slip",
        "plunge": "plunge",
        "surge": "surge",
        "tumble": "tumble",
        "slump": "slump",
        "jump": "jump",
        "soar": "surge",
        "edge": "move",
        "decline": "decline",
        "advance": "advance",
        "retreat": "retreat",
        "rebound": "rebound",
        "weaken": "fall",
        "strengthen": "rise",
        "selloff": "sell-off",
        "sell-off": "sell-off",
    },
    "trading_halt": {
        "halt": "trading halt",
        "suspend": "suspension",
        "suspension": "suspension",
        "delist": "delisting",
    },
    "product": {
        "delay": "delay",
        "deliver": "delivery",
        "delivery": "delivery",
        "recall": "recall",
        "discontinue": "discontinuation",
        "ground": "grounding",
        "grounding": "grounding",
        "certify": "certification",
        "certification": "certification",
        "preorder": "pre-orders",
        "pre-order": "pre-orders",
    },
}

MARKET_TRIGGERS: dict[str, Trigger] = {
    lemma: Trigger(kind, noun)
    for kind, lemmas in _MARKET_TAXONOMY.items()
    for lemma, noun in lemmas.items()
}
MARKET_TYPES = tuple(_MARKET_TAXONOMY)
# Nouns that report such an event in every use (`fall`, `ground`, `edge` do not).
_EVENT_NOUNS = frozenset(
    "delay delivery recall grounding certification suspension selloff sell-off preorder "
    "pre-order plunge slump rebound delisting".split()
)


def market_trigger(lemma: str, pos: str = "VERB") -> Trigger | None:
    """The market or product trigger entry for a lemma the general taxonomy lacks."""
    lemma = lemma.lower()
    if pos != "VERB" and lemma not in _EVENT_NOUNS:
        return None
    return MARKET_TRIGGERS.get(lemma)
