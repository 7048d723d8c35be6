"""Turn place names and vague areas into located :class:`Place` records.

Wraps the resolver (``geocode`` with geopy's call shape) with a per-article
cache, and builds honest geometry from the shipped boundaries: the region
polygon for a region, the country for a country-level mention, a strip along
the border for "near the Belarus border".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from types import ModuleType
from typing import Any
from weakref import WeakKeyDictionary

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geomap.errors import GeomapError
from geomap.extraction.memo import LRU
from geomap.extraction.vague import COUNTRY_NAMES
from geomap.gazetteer.store import distance_km
from geomap.model import Precision

__all__ = ["Place", "Locator", "PRECISION_RANK"]

_CONTEXT_SIZE = 8  # the places named most recently are the ones that disambiguate the next name
_MEMO_SIZE = 20_000  # distinct names (or resolved places) remembered across the articles of a run
PRECISION_RANK = {p.value: rank for rank, p in enumerate(Precision)}
_PRECISIONS = {p.value: p.value for p in Precision}
_BEARING_SLACK_DEGREES = 60.0  # "south of": anywhere from south-west to south-east, as people write it
_SETTLEMENTS = frozenset({Precision.CITY.value, Precision.DISTRICT.value, Precision.POINT.value})
_CITY, _REGION, _COUNTRY = Precision.CITY.value, Precision.REGION.value, Precision.COUNTRY.value
_BORDER_AREA = Precision.BORDER_AREA.value


@dataclass(frozen=True)
class Place:
    """A located place (or area) an event can be put on.

    Attributes
    ----------
    written : str
        The name or phrase as written in the article.
    name : str
        The resolved name.
    precision : str
        A :class:`~geomap.model.Precision` value.
    lon, lat : float
        Representative point.
    geometry : shapely geometry
        Point for points, districts and cities; the area for regions, countries and border areas.
    country_code, admin1 : str or None
        Where it lies.
    geonameid : int or None
        GeoNames id when resolved from the gazetteer.
    feature_code : str or None
        GeoNames feature code (PPLC for a capital...).
    reason : str
        Why the resolver chose it.
    unnamed_site : str
        The kind of one site the phrase does not name that lies in the area ("village" in "a front-line
        village in eastern Ukraine"), or "": a finer place reported for the same happening may be that site.
    named_site : str
        The name of a town or city district the text puts in the area but the gazetteer does not know there
        ("Kamianske" of "Kamianske, Vasylivka district", "the Ternivskyi district" of Kryvyi Rih), or "": the
        happening is at that place, not at another in the area.
    """

    written: str
    name: str
    precision: str
    lon: float
    lat: float
    geometry: BaseGeometry
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    reason: str = ""
    unnamed_site: str = field(default="", compare=False)
    named_site: str = field(default="", compare=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @cached_property
    def key(self) -> str:
        """Identity for merging: the same key means the same place (worked out once: merging asks often)."""
        if self.precision == _COUNTRY:
            return f"country:{self.country_code}"
        # a town or district the gazetteer lacks, placed on the area holding it, is a place of its own there
        site = f"|{self.named_site.lower()}" if self.named_site else ""
        if self.geonameid is not None:
            return f"gn:{self.geonameid}{site}"
        return f"{self.precision}:{self.country_code}:{self.name}{site}"

    @property
    def host_key(self) -> str:
        """Key of the place a named site lies on ("Odesa" for Odesa's Kyivskyi district); else its own key."""
        return self.key.split("|", 1)[0]

    @property
    def rank(self) -> int:
        """0 for a point, growing with coarseness."""
        return PRECISION_RANK[self.precision]

    def holds(self, other: Place) -> bool:
        """Return True if ``other`` is this place or lies inside it."""
        return self.key == other.key or self.contains(other)

    def contains(self, other: Place) -> bool:
        """Return True if ``other`` is a finer place inside this one (same region or country).

        A first-level region (an oblast) holds the second-level ones (its raions), of the same precision; a
        place holds a town or district the gazetteer lacks that the text puts in it.
        """
        if other.named_site and not self.named_site and other.host_key == self.key:
            return True
        if PRECISION_RANK[other.precision] >= PRECISION_RANK[self.precision]:
            return (
                self.feature_code == "ADM1"
                and other.feature_code == "ADM2"
                and self.admin1 is not None
                and (other.admin1, other.country_code) == (self.admin1, self.country_code)
            )
        if other.country_code != self.country_code:
            return False
        if self.precision == _COUNTRY:
            return True
        if (self.precision == _REGION or self.precision == _CITY) and self.admin1:
            return other.admin1 == self.admin1
        if self.precision == _BORDER_AREA:  # "at Belarus border crossing" holds Novi Yarylovychi
            return bool(self.geometry.covers(Point(other.lon, other.lat)))
        return False


class Locator:
    """Resolve names to :class:`Place` records for one article, asking the resolver once per name.

    Parameters
    ----------
    resolver : object
        Has ``geocode(query, *, exactly_one=True, country_codes=None, context=())`` returning a geopy
        ``Location`` and raising :class:`~geomap.errors.PlaceNotFound` (see :mod:`geomap.resolver`);
        its ``is_place_name(name)``, if any, is asked first.
    boundaries : module or object, optional
        Provides ``country(cc)``, ``region_for(location)`` and ``border_area(side_cc, other_cc)``;
        :mod:`geomap.boundaries` by default.
    """

    def __init__(self, resolver: Any, *, boundaries: ModuleType | Any | None = None) -> None:
        if boundaries is None:
            from geomap import boundaries as default_boundaries

            boundaries = default_boundaries
        self.resolver = resolver
        self.boundaries = boundaries
        self._names: dict[str, Place | None] = {}
        # A country's or a border strip's geometry and representative point, shared with later articles:
        # finding the point inside a large polygon costs more than the rest of placing a vague phrase.
        self._areas = _shared(_KNOWN_AREA_POINTS, boundaries)
        self.context: list[Any] = []
        self._by_first_part: dict[str, Any] = {}  # "slavyansk" -> Slavyansk-na-Kubani, named in this article
        # Names the text gives further on, asked with the ones read so far: a headline comes before the
        # places that tell which of several namesakes it means ("Glide bombs hit Zolochiv" before "KHARKIV").
        self.hints: tuple[str, ...] = ()
        # The region the text says a town lies in, wherever it says so ("Natalivka, a village in the
        # Zaporizhzhia district"): a headline naming the town before that is resolved with it too.
        self.regions_of: dict[str, str] = {}
        # A cheap exact-name test, when the resolver offers one, spares the costly "did you mean" search
        # for the many capitalised words that are not places.
        self._is_place_name = getattr(resolver, "is_place_name", None)
        self._known = _shared(_KNOWN_NAMES, resolver)
        self._known_here: dict[str, bool] = {}  # the article's names, asked again and again
        self._bare = _shared(_KNOWN_BARE, resolver)
        self._shapes = _shared(_KNOWN_SHAPES, boundaries)

    def knows(self, name: str) -> bool:
        """Return True if ``name`` may be a place (always True when the resolver has no cheap test).

        Parameters
        ----------
        name : str
            A candidate name.

        Returns
        -------
        bool
        """
        if self._is_place_name is None:
            return True
        known = self._known_here.get(name)
        if known is None:
            known = self._known.get(name)
            if known is None:
                known = self._known[name] = bool(self._is_place_name(name))
            self._known_here[name] = known
        return known

    def resolve(self, query: str, *, written: str | None = None, within: str | None = None) -> Place | None:
        """Resolve a place name, or return None if the gazetteer does not know it.

        Parameters
        ----------
        query : str
            The name to look up.
        written : str, optional
            The name as written (defaults to ``query``).
        within : str, optional
            The area the text says the place lies in ("Shostka district" of "Druzhba in the Shostka
            district"): the only context it is asked with, instead of the article's other places.

        Returns
        -------
        Place or None
        """
        if query not in self._names:
            location = None
            shortened = self._full_name_of(query)
            if shortened is not None:
                location = shortened
            elif self.knows(query):
                location = self.answer_without_context(query)
                if location is None or not _context_free(location):
                    # a country, or a region asked for as such, is the same answer in every article, whatever
                    # else it names ("Moldova" is the country, not a village of that name near Odesa), so
                    # which article asked first changes nothing; other names are asked with this one's places
                    try:
                        context = (*self.context[-_CONTEXT_SIZE:], *self.hints)
                        if within is not None:
                            context = (within,)
                        elif query in self.regions_of:
                            context = (*context, self.regions_of[query])
                        location = self.resolver.geocode(query, exactly_one=True, context=context)
                    except (GeomapError, LookupError, ValueError):
                        location = None
            place = self._from_location(location, written or query) if location is not None else None
            if place is not None and shortened is not None:
                reason = f"'{query}' is short for {place.name}, named earlier; {place.reason}"
                place = replace(place, reason=reason)
            self._names[query] = place
            if location is not None:
                self._remember(location)
        found = self._names[query]
        return None if found is None else _rewritten(found, written or query)

    def resolve_near(
        self,
        query: str,
        anchor: Place,
        *,
        written: str,
        within_km: float,
        beyond_km: float | None = None,
        bearing: float | None = None,
    ) -> Place | None:
        """Resolve a name the text says lies near ``anchor``: its namesake nearest to that place.

        "Mykolaivka outside Sumy" is the village 15 km from Sumy, not the larger town in Donetsk Oblast.

        Parameters
        ----------
        query : str
            The name to look up.
        anchor : Place
            The place the text says it is near.
        written : str
            The name as written.
        within_km : float
            How far from ``anchor`` a namesake may lie and still be the one meant.
        beyond_km : float, optional
            How far from ``anchor`` a namesake must lie at least, when the text gives a distance ("about
            200 km south-east of Moscow"): the resolver's best namesake between that and ``within_km`` is
            meant, not the nearest one.
        bearing : float, optional
            The compass direction from ``anchor`` the text gives, in degrees ("south of" is 180): namesakes
            lying that way (within 60 degrees) come first.

        Returns
        -------
        Place or None
            None when the gazetteer knows no namesake that near.
        """
        try:
            answers = self.resolver.geocode(query, exactly_one=False)
        except (GeomapError, LookupError, ValueError):
            return None
        if not isinstance(answers, list):
            answers = [answers]  # a resolver that only ever gives its best answer
        towns = [answer for answer in answers if (answer.raw or {}).get("precision") in _SETTLEMENTS]

        def distance(location: Any) -> float:
            return distance_km(location.latitude, location.longitude, anchor.lat, anchor.lon)

        # (a district of the town itself lies in it, not near it: "Ryazan, south-east of Moscow" is not
        # Moscow's Ryazansky district)
        towns = [
            town
            for town in towns
            if distance(town) <= within_km and (town.raw or {}).get("parent") != anchor.name
        ]
        if bearing is not None:
            # "Kamianske, about 40 km south of Zaporizhzhia": not the namesake as far to the west
            towns = [t for t in towns if _off_bearing(anchor, t, bearing) <= _BEARING_SLACK_DEGREES] or towns
        if beyond_km is None:
            nearest = min(towns, key=distance, default=None)
        else:
            nearest = next((town for town in towns if distance(town) >= beyond_km), None)
        if nearest is None:
            return None
        place = self._from_location(nearest, written)
        if place is None:
            return None
        self._remember(nearest)
        reason = f"{distance(nearest):.0f} km from {anchor.name}, as the text says; {place.reason}"
        return replace(place, reason=reason)

    def answer_without_context(self, query: str) -> Any | None:
        """Return the resolver's answer for ``query`` asked without any article's places.

        Remembered across articles: it does not depend on them.

        Parameters
        ----------
        query : str
            The name to look up.

        Returns
        -------
        geopy Location or None
            None when the resolver knows no such place.
        """
        answer = self._bare.get(query, _UNASKED)
        if answer is _UNASKED:
            try:
                answer = self.resolver.geocode(query, exactly_one=True)
            except (GeomapError, LookupError, ValueError):
                answer = None
            self._bare[query] = answer
        return answer

    def _full_name_of(self, query: str) -> Any | None:
        """Return the place named earlier that ``query`` shortens: "Slavyansk" for "Slavyansk-na-Kubani"."""
        return self._by_first_part.get(query.casefold())

    def _remember(self, location: Any) -> None:
        """Add a resolved place to the article's context, and a hyphenated name under its first part."""
        self.context.append(location)
        name = (getattr(location, "raw", None) or {}).get("name") or ""
        if "-" in name:
            self._by_first_part[name.split("-", 1)[0].casefold()] = location

    def _from_location(self, location: Any, written: str) -> Place | None:
        raw = dict(getattr(location, "raw", None) or {})
        precision = _PRECISIONS.get(raw.get("precision") or _CITY, _CITY)  # unknown precisions: city
        country_code = raw.get("country_code")
        lon, lat = float(location.longitude), float(location.latitude)
        lon, lat, geometry, note = self._shape(location, raw, precision, lon, lat, written)
        geonameid = raw.get("geonameid")
        return Place(
            written=written,
            name=raw.get("name") or getattr(location, "address", written).split(",")[0],
            precision=precision,
            lon=lon,
            lat=lat,
            geometry=geometry,
            country_code=country_code,
            admin1=raw.get("admin1"),
            geonameid=int(geonameid) if geonameid not in (None, "") else None,
            feature_code=raw.get("feature_code"),
            reason=(raw.get("reason") or "") + note,
            extra=raw,
        )

    def _shape(
        self, location: Any, raw: dict[str, Any], precision: str, lon: float, lat: float, written: str
    ) -> tuple[float, float, BaseGeometry, str]:
        """Return the representative point, geometry and a note on the point for a resolved place.

        Remembered across articles: the same region polygon or district centre is asked for
        again and again, and looking it up in the boundary layers is costlier than the rest.
        """
        key = (
            precision,
            raw.get("geonameid"),
            raw.get("name"),
            raw.get("country_code"),
            raw.get("admin1_code"),
            lon,
            lat,
            written if precision == Precision.DISTRICT.value else None,
        )
        found = self._shapes.get(key)
        if found is not None:
            return found
        geometry: BaseGeometry | None = None
        note = ""
        if precision == Precision.REGION.value:
            geometry = self._safe(self.boundaries.region_for, location)
        elif precision == Precision.COUNTRY.value and raw.get("country_code"):
            geometry = self._safe(self.boundaries.country, raw["country_code"])
        if precision == Precision.DISTRICT.value:
            centre = self._district_centre(written, raw.get("name"))
            if centre is not None:
                lon, lat = centre.x, centre.y
                note = "; point at the centre of the district's boundary"
        if geometry is None or geometry.is_empty:
            geometry = Point(lon, lat)
        elif precision == Precision.COUNTRY.value or not geometry.covers(Point(lon, lat)):
            # a country sits at one point however the text names it ("in Ukraine", "across the country")
            point = geometry.representative_point()
            lon, lat = point.x, point.y
        found = self._shapes[key] = (lon, lat, geometry, note)
        return found

    def _district_centre(self, *names: str | None) -> Point | None:
        lookup = getattr(self.boundaries, "kyiv_district", None)
        if lookup is None:
            return None
        for name in names:
            outline = self._safe(lookup, name) if name else None
            if outline is not None and not outline.is_empty:
                centre = outline.centroid
                return centre if outline.contains(centre) else outline.representative_point()
        return None

    @staticmethod
    def _safe(function: Any, *args: Any) -> BaseGeometry | None:
        try:
            hash(args)
        except TypeError:
            cached = function  # a Location: cached per article by the caller instead
        else:
            cached = partial(_area, function)
        try:
            return cached(*args)
        except (GeomapError, LookupError, ValueError):
            return None

    def _area_and_point(self, function: Any, *args: str) -> tuple[Any, Any] | None:
        """Return an area from the boundaries (``function(*args)``) and its representative point, or None."""
        key = (function.__name__, *args)
        if key not in self._areas:
            geometry = self._safe(function, *args)
            if geometry is None or geometry.is_empty:
                self._areas[key] = None
            else:
                self._areas[key] = (geometry, geometry.representative_point())
        return self._areas.get(key)

    def capital(self, country_code: str, *, written: str) -> Place | None:
        """Return a country's capital, or None when the resolver cannot name one.

        Parameters
        ----------
        country_code : str
            ISO 3166-1 alpha-2 code.
        written : str
            The phrase that refers to it ("the capital").

        Returns
        -------
        Place or None
        """
        return self._asked("capital", country_code, written)

    def regional_centre(self, region: Place, *, written: str) -> Place | None:
        """Return a first-level region's administrative centre, or None when the resolver cannot name one.

        Parameters
        ----------
        region : Place
            The region.
        written : str
            The phrase that refers to it ("the regional centre").

        Returns
        -------
        Place or None
        """
        if region.geonameid is None:
            return None
        return self._asked("regional_centre", region.geonameid, written)

    def _asked(self, method: str, argument: Any, written: str) -> Place | None:
        """Return what a resolver's optional ``method`` answers for ``argument`` (None without the method)."""
        find = getattr(self.resolver, method, None)
        location = find(argument) if find is not None else None
        return self._from_location(location, written) if location is not None else None

    def country(self, country_code: str, *, written: str) -> Place | None:
        """Return a country-level place for ``country_code`` (its whole territory).

        Parameters
        ----------
        country_code : str
            ISO 3166-1 alpha-2 code.
        written : str
            The phrase that names it vaguely.

        Returns
        -------
        Place or None
            None when no boundary is shipped for that country.
        """
        found = self._area_and_point(self.boundaries.country, country_code)
        if found is None:
            return None
        geometry, point = found
        return Place(
            written,
            COUNTRY_NAMES.get(country_code, (country_code,))[0],
            Precision.COUNTRY.value,
            point.x,
            point.y,
            geometry,
            country_code,
            reason="country-level: the text names no finer place",
        )

    def border_area(self, side: str, other: str, *, written: str) -> Place | None:
        """Return the strip of ``side`` along its border with ``other``.

        Parameters
        ----------
        side, other : str
            ISO codes of the country the area lies in and of its neighbour.
        written : str
            The phrase as written ("near the Belarus border").

        Returns
        -------
        Place or None
            None when the two countries share no shipped border.
        """
        found = self._area_and_point(self.boundaries.border_area, side, other)
        if found is None:
            return None
        geometry, point = found
        names = COUNTRY_NAMES.get(side, (side,))[0], COUNTRY_NAMES.get(other, (other,))[0]
        return Place(
            written,
            f"{names[0]}–{names[1]} border area",
            Precision.BORDER_AREA.value,
            point.x,
            point.y,
            geometry,
            side,
            reason=f"'{written}': the {names[0]} side of the border with {names[1]}",
        )


# Answers shared by every article read with the same resolver (or boundaries), bounded.
_KNOWN_NAMES: WeakKeyDictionary[Any, LRU] = WeakKeyDictionary()  # name -> is it a place at all
_KNOWN_BARE: WeakKeyDictionary[Any, LRU] = WeakKeyDictionary()  # name -> Location asked without context
_UNASKED = object()
_KNOWN_SHAPES: WeakKeyDictionary[Any, LRU] = WeakKeyDictionary()  # resolved place -> point and geometry
_KNOWN_AREA_POINTS: WeakKeyDictionary[Any, LRU] = WeakKeyDictionary()  # country, border -> area and point


def _context_free(location: Any) -> bool:
    """Return True for answers other places cannot change: countries, and regions asked for as such."""
    raw = getattr(location, "raw", None) or {}
    if raw.get("precision") == Precision.COUNTRY.value:
        return True
    return raw.get("precision") == Precision.REGION.value and bool(raw.get("qualifier"))


def _shared(memos: WeakKeyDictionary[Any, LRU], owner: Any) -> LRU:
    """Return the memo kept for ``owner`` across articles (a fresh one if it cannot be weakly referenced)."""
    try:
        return memos.setdefault(owner, LRU(_MEMO_SIZE))
    except TypeError:
        return LRU(_MEMO_SIZE)


@lru_cache(maxsize=512)
def _area(function: Any, *args: Any) -> BaseGeometry | None:
    """Call a boundary function once per argument set: buffering a border line takes a noticeable time."""
    return function(*args)


def _rewritten(place: Place, written: str) -> Place:
    return place if place.written == written else replace(place, written=written)


def _off_bearing(anchor: Place, location: Any, bearing: float) -> float:
    """Return how many degrees the direction from ``anchor`` to ``location`` is off ``bearing``."""
    north = location.latitude - anchor.lat
    east = (location.longitude - anchor.lon) * math.cos(math.radians(anchor.lat))
    off = abs(math.degrees(math.atan2(east, north)) % 360 - bearing)
    return min(off, 360 - off)
