"""A small, deterministic stand-in for geomap.extraction.extract, shared by the corpus tests.

It recognises sentences like "attack in Kyiv on 2025-05-24 killing 3" so the
corpus machinery (parallel runs, merging, stores, the CLI) can be tested on
exactly known events. Functions are module-level so worker processes can
unpickle them.
"""

from __future__ import annotations

import re

from shapely.geometry import Point, box

from geomap.errors import PlaceNotFound
from geomap.model import Event, make_event_id

PLACES = {
    "Kyiv": (30.5234, 50.4501, 703448),
    "Odesa": (30.7326, 46.4775, 698740),
    "Kharkiv": (36.2304, 49.9935, 706483),
}
AREAS = {"Belgorod-border": box(36.0, 50.2, 37.5, 50.6)}
_SENTENCE = re.compile(
    r"(?P<type>attack|casualties|interception|damage) in (?P<place>[\w-]+)"
    r"(?: on (?P<date>\d{4}-\d\d-\d\d))?(?: killing (?P<killed>\d+))?"
)


def fake_extract(text, *, published=None, source=None, title=None, resolver=None):
    """Return one event per recognised sentence; raise on the word EXPLODE."""
    if "EXPLODE" in text:
        raise RuntimeError("the fake extractor was told to fail")
    events = []
    for match in _SENTENCE.finditer(text):
        place = match["place"]
        if place in AREAS:
            geometry = AREAS[place]
            point, geonameid, precision = geometry.representative_point(), None, "border_area"
        else:
            lon, lat, geonameid = PLACES[place]
            geometry = point = Point(lon, lat)
            precision = "city"
        events.append(
            Event(
                id=make_event_id(source, match["type"], match.start(), place),
                event_type=match["type"],
                geometry=geometry,
                lon=point.x,
                lat=point.y,
                precision=precision,
                location_reason=f"fake gazetteer: {place}",
                quote=match.group(0),
                place_name=place,
                place=place,
                geonameid=geonameid,
                uncertainty_km=10.0,
                killed=int(match["killed"]) if match["killed"] else None,
                date=match["date"] or published,
                published=published,
                quote_start=match.start(),
                quote_end=match.end(),
                source=source,
                title=title,
                confidence=0.6,
                notes=f"resolver: {resolver}" if resolver is not None else None,
            )
        )
    return events


def corpus_texts(count):
    """Return ``count`` distinct article texts with known events."""
    places = list(PLACES)
    return [
        f"Report {index}. attack in {places[index % 3]} on 2025-05-{1 + index % 28:02d} killing {index % 7}."
        for index in range(count)
    ]


class FakeResolver:
    """Knows the places of PLACES and nothing else, like a tiny gazetteer."""

    def geocode(self, query, **kwargs):
        if query in PLACES:
            return query
        raise PlaceNotFound(query)

    def __str__(self):
        return "fake-resolver"


def resolving_extract(text, *, resolver=None, **options):
    """Like fake_extract, but first asks the resolver about every capitalised word, as the real one does."""
    for name in re.findall(r"\b[A-Z][a-z]+\b", text):
        try:
            resolver.geocode(name)
        except PlaceNotFound:
            pass
    return fake_extract(text, resolver=resolver, **options)
