"""City districts in a sentence, settled against the city the sentence or the article is about.

The gazetteer knows districts of a few cities (Kyiv's, some others). A district
name written in an article about another city ("Odesa's Prymorskyi district",
"in the Shevchenkivskyi district" of an article about Zaporizhzhia) often
matches a district elsewhere: such an answer is replaced by the city the text is
about, and the event's reason says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geomap.extraction.locate import Place
from geomap.model import Precision

__all__ = ["Located", "is_district", "settle_districts", "unknown_districts"]

_CITY, _DISTRICT, _REGION = Precision.CITY.value, Precision.DISTRICT.value, Precision.REGION.value
_DISTRICT_WRITTEN = re.compile(r"\b(?:district|raion)$", re.IGNORECASE)
_NAMED_DISTRICT = re.compile(
    r"['’]s?\s+(?P<district>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)?\s+(?:district|raion|microdistrict))\b"
)


@dataclass
class Located:
    """A place usable as an event location in a sentence."""

    place: Place
    start: int
    end: int
    origin: str


def is_district(place: Place) -> bool:
    """Return True for a city district, or for any answer to a name written as one ("Prymorskyi district")."""
    return place.precision == _DISTRICT or _DISTRICT_WRITTEN.search(place.written) is not None


def unknown_districts(text: str, containers: list[Located], found: list[Located]) -> list[Located]:
    """Return the holding city for each "Kharkiv's Saltivskyi district" whose district the gazetteer lacks."""
    located: list[Located] = []
    for holder in containers:
        if holder.place.precision != _CITY:
            continue
        named = _NAMED_DISTRICT.match(text, holder.end)
        if named is None or any(holder.end <= item.start < named.end() for item in found):
            continue
        written = named.group("district")
        reason = f"the gazetteer knows no '{written}', so the city that holds it: {holder.place.reason}"
        city = replace(holder.place, written=written, reason=reason)
        located.append(Located(city, holder.start, named.end(), holder.origin))
    return located


def _holds_district(city: Place, district: Place) -> bool:
    """Return True if ``district`` is one the gazetteer lists in ``city`` (Kyiv's Obolonskyi district)."""
    return district.precision == _DISTRICT and (city.country_code, city.admin1) == (
        district.country_code,
        district.admin1,
    )


def settle_districts(
    found: list[Located],
    containers: list[Located],
    article_cities: list[Place],
    article_places: Sequence[Place] = (),
    named_cities: Sequence[Place] = (),
) -> list[Located]:
    """Keep a district only when it lies in the region of a city the sentence, or else the text, is about.

    "In Odesa, ... in the Kyivskyi district": when the gazetteer only knows a
    Kyivskyi district of another city, the event belongs to Odesa, not there;
    the same for a rural district of another country the name happens to match.
    "Kharkiv's Kyivskyi district", when the gazetteer knows no Kyivskyi district
    in Kharkiv, is placed at Kharkiv, the city that holds it, and says so; "In
    the Shevchenkivskyi district" of an article about Zaporizhzhia, at
    Zaporizhzhia, the latest city it reported (``article_cities``, in reading order). A district that a
    region of the sentence or of the text's reports holds ("In Odesa Oblast, ... in Berezivka district",
    ``article_places``) is kept: the text has said where it is; so is one of a city the text names
    (``named_cities``: "The week in Kyiv ... In the Dniprovskyi district", after a strike on Vyshhorod).
    """
    if not any(is_district(f.place) for f in found):
        return found
    # a town the district's name matched ("Kievsky district" → Kievskiy, Russia) holds no district itself
    cities = [
        f.place for f in (*found, *containers) if f.place.precision == _CITY and not is_district(f.place)
    ]
    if not (cities or article_cities):
        return found
    settled = []
    holders = cities or article_cities
    regions = [p for p in (*(f.place for f in found), *article_places) if p.precision == _REGION]
    for item in found:
        if (
            not is_district(item.place)
            or any(c.admin1 == item.place.admin1 for c in holders)
            or any(region.contains(item.place) for region in regions)
            or any(_holds_district(city, item.place) for city in named_cities)
        ):
            settled.append(item)
            continue
        if not cities and not _DISTRICT_WRITTEN.search(item.place.written):
            settled.append(item)  # "Shchukino came under attack": a place of its own, not a city district
            continue
        # "Kharkiv's Kyivskyi district", "the Kievsky district of the city"
        adjacent = (
            c
            for c in containers
            if c.place.precision == _CITY and (0 <= item.start - c.end <= 4 or 0 <= c.start - item.end <= 4)
        )
        holder = next(adjacent, None)
        held_by = holder.place if holder is not None else None if cities else article_cities[-1]
        if held_by is not None:
            reason = (
                f"the gazetteer knows no '{item.place.written}' in {held_by.name} (only in other "
                f"cities), so the city that holds it: {held_by.reason}"
            )
            city = replace(held_by, written=item.place.written, reason=reason)
            settled.append(Located(city, item.start, item.end, item.origin))
    return settled
