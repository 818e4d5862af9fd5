"""A generated batch of many ranked events (no spaCy), for views that must hold up at size."""

from __future__ import annotations

import datetime
import random

from eventline.models import DocumentInfo, Event, EventArgument, Mention, Timeline, When

PEOPLE = ("Amal Haddad", "Bruno Keller", "Chen Wei", "Dara Osei", "Elif Kaya", "Farid Nasser")
PLACES = ("Tripoli", "Benghazi", "Misrata", "Sirte", "Zawiya")
VERBS = ("visits", "meets", "addresses", "leaves", "tours")


def big_timeline(count: int, seed: int = 17) -> Timeline:
    """`count` dated events over a year, each reported by 1-40 of 200 articles, ranked."""
    rnd = random.Random(seed)
    documents = [
        DocumentInfo(id=f"doc-{n:03d}", published="2011-06-01", title=f"Report {n}")
        for n in range(200)
    ]
    events = []
    for n in range(count):
        day = datetime.date(2011, 1, 1) + datetime.timedelta(days=n * 365 // count)
        person, place = rnd.choice(PEOPLE), rnd.choice(PLACES)
        sources = sorted(rnd.sample([d.id for d in documents], rnd.randint(1, 40)))
        sentence = f"{person} {rnd.choice(VERBS)} {place} on {day:%B} {day.day}, officials said."
        events.append(
            Event(
                id=f"ev-{n:05d}",
                type="visit",
                title=f"{person} {rnd.choice(VERBS)} {place}",
                status="occurred",
                when=When(
                    value=day.isoformat(),
                    start=day.isoformat(),
                    end=day.isoformat(),
                    granularity="day",
                    text=f"{day:%B} {day.day}",
                ),
                participants=[EventArgument(name=person, type="PERSON", entity=person.lower())],
                places=[EventArgument(name=place, type="GPE", entity=place.lower())],
                mentions=[
                    Mention(document=d, start=0, end=len(person), text=person, sentence=sentence)
                    for d in sources
                ],
                sources=sources,
                summary=sentence,
            )
        )
    order = list(range(count))
    rnd.shuffle(order)
    events = [
        e.model_copy(update={"rank": order[i] + 1, "salience": round(1 - order[i] / count, 4)})
        for i, e in enumerate(events)
    ]
    return Timeline(eventline_version="test", documents=documents, entities=[], events=events)
