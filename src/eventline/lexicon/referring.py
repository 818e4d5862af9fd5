"""Words that refer back to a named entity: pronouns and the descriptions news uses for a
company, a product or a market index once it has named it (`the carmaker`, `the jet`)."""

from __future__ import annotations

PERSONAL_PRONOUNS = frozenset("he she his her him it".split())
COMPANY_NOUNS = frozenset(
    "company firm corporation group carmaker automaker retailer bank lender insurer airline "
    "carrier planemaker chipmaker drugmaker manufacturer conglomerate".split()
)
PRODUCT_NOUNS = frozenset(
    "phone smartphone handset device tablet player computer laptop console plane jet "
    "aircraft airliner jetliner car vehicle model drug vaccine chip".split()
)
"""`the phone`, `the jet`: a thing the article has named by its product name."""
INDEX_NOUNS = frozenset("index benchmark gauge".split())
REFERRING_WORDS = (
    PERSONAL_PRONOUNS | COMPANY_NOUNS | PRODUCT_NOUNS | INDEX_NOUNS | frozenset({"its"})
)
"""Any word by which a sentence may speak of an entity it does not name."""
