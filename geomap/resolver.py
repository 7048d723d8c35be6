"""Resolve place names to coordinates with geopy's call shape, using context to disambiguate.

``Resolver.geocode(query)`` returns geopy :class:`~geopy.location.Location` objects,
so a resolver plugs into ``geopy.extra.rate_limiter.RateLimiter`` and
``geopandas.tools.geocode(names, provider=Resolver)``.

How candidates are ranked (every factor is written into ``raw["reason"]``):

* the *qualifier* in the query: "Tula region" wants the oblast, "Obolon district" a
  district, "the city of Dnipro" a populated place;
* a *parent* place: "Kyiv's Obolon district", "Obolon district of Kyiv";
* ``country_codes`` restricts the answer to those countries (as in geopy);
* ``context``: the other places of the same text (resolved ``Location`` objects or
  plain names). Candidates in the same countries and near those places win, so
  Tula next to Moscow is Tula, Russia;
* prominence: population, capitals and regional centres, the main name rather than
  an obscure alias, and geomap's focus countries (Ukraine, Russia, Belarus);
* common English words ("Many", "May", "Friday") that are also names of small places
  are heavily penalised and flagged with ``raw["common_word"] = True``.

Callers scanning text for place names should use :meth:`Resolver.is_place_name`
first (cheap, exact names only), then :meth:`Resolver.geocode` with context, and
judge small places by ``raw["population"]``, ``raw["kind"]`` and ``raw["score"]``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from geopy.location import Location

from geomap.errors import PlaceNotFound
from geomap.gazetteer import Gazetteer, Place
from geomap.gazetteer.store import distance_km
from geomap.names import ParsedName, loose_key, normalize, parse_query

if TYPE_CHECKING:
    from geomap.model import Precision

__all__ = ["Resolver", "precision_of", "FOCUS_COUNTRIES"]

FOCUS_COUNTRIES = ("UA", "RU", "BY")
_COMMON_WORD_MIN_POPULATION = 100_000
_UNKNOWN_POPULATION = 500  # cities500 lists places of more than 500 people (or seats of an administration)
_REVERSE_RADIUS_KM = 15.0
_NAMESAKE_MIN_POPULATION = 20_000
_PARENT_FALLBACK_BONUS = 4.0
_CACHE_SIZE = 100_000  # answers kept per resolver cache unless sized below
# Answers asked with a text's context are rarely asked again and each holds a Location: kept few, so
# that memory stops growing after a few thousand articles (benchmarks/bench_corpus.py).
_RESULTS_SIZE = 8_000
_RANKED_SIZE = 2_000  # ranked candidates are asked again only for plain-string context items
_ENTRIES_SIZE = 8_000
_T = TypeVar("_T")
_FEATURE_BONUS = {"PPLC": 2.0, "PPLA": 1.5, "PPLA2": 0.7, "PPLA3": 0.3}
_KIND_WORDS = {
    "country": "country",
    "region": "region",
    "raion": "raion (district of a region)",
    "district": "city district",
    "city": "populated place",
}
_QUALIFIER_FIT = {
    "region": {"region": 6.0, "raion": 3.0, "country": -2.0, "city": -3.0, "district": -4.0},
    "district": {"district": 6.0, "raion": 5.0, "city": -2.0, "region": -4.0, "country": -6.0},
    "city": {"city": 3.0, "district": 1.0, "region": -4.0, "raion": -4.0, "country": -6.0},
}
_NO_QUALIFIER_FIT = {"raion": -1.5, "region": -1.5}
_LATLON_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*$")


def _place_entry(place: Place) -> tuple[str, float, float, str, str, bool, bool, str | None]:
    """Return a gazetteer place as a context point (see ``_Context.points``)."""
    return (
        place.name,
        place.lat,
        place.lon,
        place.country_code,
        place.admin1,
        place.kind == "country",
        place.kind == "region",
        place.admin2 if place.kind == "raion" else None,
    )


# Precision values (geomap.model.Precision) per gazetteer kind; plain strings keep
# geomap.model (and with it shapely) out of the CLI's start-up.
_PRECISION_BY_KIND = {
    "country": "country",
    "region": "region",
    "raion": "region",
    "district": "district",
    "city": "city",
}


def precision_of(place: Place) -> Precision:
    """Return how precisely a gazetteer entry locates an event.

    Parameters
    ----------
    place : Place
        A gazetteer entry.

    Returns
    -------
    Precision
        ``country``, ``region`` (oblasts and rural raions), ``district`` (city
        districts and sections) or ``city`` (every populated place).
    """
    from geomap.model import Precision

    return Precision(_PRECISION_BY_KIND[place.kind])


@dataclass
class _Candidate:
    place: Place
    match: str
    score: float = 0.0
    factors: list[str] = field(default_factory=list)
    inside_parent: bool = False


@dataclass(frozen=True)
class _Scored:
    """A candidate scored on everything but the context: the part of a ranking reused across texts."""

    place: Place
    match: str
    score: float  # unrounded, before the context and the common-word penalty
    factors: tuple[str, ...]
    inside_parent: bool
    common_word: bool  # penalised as a common English word after the context is weighed
    fallback: str | None = None  # a parent fallback's note (its bonus comes after rounding)


@dataclass(frozen=True)
class _Context:
    countries: dict[str, int]  # country code -> number of points in it
    # name, lat, lon, country, admin1, whether it is a whole country (counted, not measured from),
    # whether it is a first-level region (what lies in it is near it, however far from its point), and the
    # admin2 code of a second-level unit (a raion: what lies in it is the namesake meant)
    points: tuple[tuple[str, float, float, str, str, bool, bool, str | None], ...]
    total: int = 0  # number of points with a country
    areas: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) of every point
    regions: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) of every first-level region
    raions: frozenset[tuple[str, str, str]] = frozenset()  # (country, admin1, admin2) of every raion

    @property
    def empty(self) -> bool:
        return not self.points

    @property
    def key(self) -> tuple:
        """What a ranking depends on: the points, and the countries (a whole country counts, unmeasured)."""
        return self.points, tuple(sorted(self.countries.items()))


class Resolver:
    """Resolve place names offline with the embedded gazetteer (and optionally online).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Default: :meth:`Gazetteer.default`.
    online : geomap.online.OnlineGeocoder, optional
        Fallback for names the gazetteer lacks; off unless given.
    focus_countries : sequence of str
        Countries preferred when nothing else decides (default Ukraine, Russia, Belarus).

    Examples
    --------
    >>> resolver = Resolver.default()
    >>> location = resolver.geocode("Kiev")
    >>> location.address, location.raw["precision"]
    ('Kyiv, Kyiv City, Ukraine', 'city')
    >>> resolver.geocode("Tula", context=["Moscow"]).raw["country_code"]
    'RU'
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        online: Any = None,
        focus_countries: Sequence[str] = FOCUS_COUNTRIES,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.online = online
        self.focus_countries = tuple(c.upper() for c in focus_countries)
        self._countries = {p.country_code: p.name for p in self.gazetteer.countries()}
        self._memo: dict[tuple, tuple[_Candidate, ...]] = {}
        self._prescored: dict[tuple, tuple[_Scored, ...]] = {}
        self._results: dict[tuple, Any] = {}
        self._entries: dict[int, tuple[Any, tuple[str | None, tuple | None]]] = {}
        self._distances: dict[tuple, float] = {}
        self._descriptions: dict[int, tuple[Place, tuple[str, dict[str, Any]]]] = {}

    @classmethod
    def default(cls) -> Resolver:
        """Return a shared offline resolver over the default gazetteer."""
        global _DEFAULT
        if _DEFAULT is None or _DEFAULT.gazetteer is not Gazetteer.default():
            _DEFAULT = cls()
        return _DEFAULT

    def __reduce__(self):
        """Pickle by reference to the gazetteer file, so resolvers travel to worker processes."""
        return (_rebuild, (self.gazetteer, self.online, self.focus_countries))

    # -- public API -------------------------------------------------------------------------

    def is_place_name(self, name: str, *, min_population: int = 0) -> bool:
        """Tell cheaply whether ``name`` is a known place name (exact spelling, any case).

        Possessives and qualifiers are understood (``"Russia's"``, ``"Tula region"``).
        Common English words count only when they name a country, a region or a
        place of 100,000 people or more.

        Parameters
        ----------
        name : str
            A candidate span of text.
        min_population : int
            Ignore populated places smaller than this (regions and countries always count).

        Returns
        -------
        bool
        """
        return self.gazetteer.contains(name, min_population=min_population)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        context: Iterable[Any] = (),
        limit: int | None = None,
        **_geopy_options: Any,
    ) -> Location | list[Location]:
        """Resolve a place name.

        Parameters
        ----------
        query : str
            A place name in any spelling or script, optionally qualified
            (``"Tula region"``, ``"Kyiv's Obolon district"``).
        exactly_one : bool
            Return the best ``Location`` (default) or the ranked list of candidates.
        country_codes : str or iterable of str, optional
            Only answer with places in these countries (ISO alpha-2).
        context : iterable
            Other places named in the same text: ``Location`` objects returned by this
            resolver, gazetteer ``Place`` objects or plain names.
        limit : int, optional
            Maximum number of candidates when ``exactly_one`` is False.
        **_geopy_options
            Options other geocoders take (``timeout``, ``language``...); ignored.

        Returns
        -------
        Location or list of Location
            Answers are cached and shared between calls: treat them as read-only.
            ``raw`` holds geonameid, name, feature_class, feature_code, country_code,
            admin1, admin1_code, admin2, population, kind, precision, reason, source,
            qualifier, match, score, common_word.

        Raises
        ------
        PlaceNotFound
            If nothing matches; its ``suggestions`` lists close names.
        """
        if not isinstance(query, str):  # pandas hands over NaN for empty cells
            raise PlaceNotFound(repr(query), ())
        codes = _country_codes(country_codes)
        context_points = self._context(context, exclude=query) if context else _NO_CONTEXT
        result_key = (query, codes, context_points.key, exactly_one, limit)
        result = self._results.get(result_key)
        if isinstance(result, PlaceNotFound):
            raise PlaceNotFound(result.query, result.suggestions)
        if result is not None:
            return result if exactly_one else list(result)
        ranked = self._ranked(query, codes, context_points)
        if not ranked:
            try:
                return self._fallback(query, codes, exactly_one=exactly_one)
            except PlaceNotFound as error:
                _remember(self._results, result_key, error, _RESULTS_SIZE)
                raise
        parsed = parse_query(query)
        if exactly_one:
            result = self._location(ranked[0], query, parsed.qualifier, len(ranked))
        else:
            result = tuple(self._location(c, query, parsed.qualifier, len(ranked)) for c in ranked[:limit])
        _remember(self._results, result_key, result, _RESULTS_SIZE)
        return result if exactly_one else list(result)

    def reverse(
        self, query: Any, *, exactly_one: bool = True, **_geopy_options: Any
    ) -> Location | list[Location]:
        """Return the populated place nearest to a point (or its region or country).

        Parameters
        ----------
        query : tuple of (lat, lon), str ``"lat, lon"``, geopy Point or shapely Point
            The point. Tuples and strings are latitude first, as in geopy; a shapely
            point is (x=lon, y=lat).
        exactly_one : bool
            Return one ``Location`` or a list of nearby places, nearest first.

        Returns
        -------
        Location or list of Location

        Raises
        ------
        PlaceNotFound
            If the point is in no shipped country and no place is near it.
        """
        lat, lon = _lat_lon(query)
        nearby = self.gazetteer.nearby(lat, lon, radius_km=_REVERSE_RADIUS_KM, kinds=("city", "district"))
        locations = []
        for distance, place in nearby[:10]:
            reason = f"nearest populated place to {lat:.5f}, {lon:.5f}: {distance:.1f} km away"
            locations.append(self._location(_Candidate(place, "reverse", factors=[reason]), "", None, 1))
        if not locations:
            locations = [self._area_location(lat, lon)]
        return locations[0] if exactly_one else locations

    def capital(self, country_code: str) -> Location | None:
        """Return a country's capital, for "the capital" of a text that names only the country.

        Parameters
        ----------
        country_code : str
            ISO 3166-1 alpha-2 code.

        Returns
        -------
        Location or None
            None when the gazetteer holds no capital for the country.
        """
        place = self.gazetteer.capital_of(country_code)
        if place is None:
            return None
        country = self._countries.get(country_code, country_code)
        return self._location(
            _Candidate(place, "capital", factors=[f"the capital of {country}"]), "", None, 1
        )

    # -- ranking ----------------------------------------------------------------------------

    def regional_centre(self, region_id: int) -> Location | None:
        """Return a first-level region's centre, for "the regional centre" of a text about the region.

        Parameters
        ----------
        region_id : int
            GeoNames id of the region.

        Returns
        -------
        Location or None
            None when the id is no region or the gazetteer holds no centre for it.
        """
        region = self.gazetteer.get(region_id)
        if region is None or region.kind != "region":
            return None
        place = self.gazetteer.centre_of(region)
        if place is None:
            return None
        candidate = _Candidate(place, "centre", factors=[f"the centre of {region.name}"])
        return self._location(candidate, "", None, 1)

    def candidates(self, query: str, *, loose: bool = True) -> list[Place]:
        """Return every gazetteer entry a query could mean, unranked (most populous first)."""
        return [c.place for c in self._gather(query, loose=loose)]

    def _gather(self, query: str, *, loose: bool) -> list[_Candidate]:
        parsed = parse_query(query)
        found = [_Candidate(p, "exact") for p in self.gazetteer.places_by_key(parsed.core)]
        full = normalize(query)
        if full != parsed.core:  # "Union City", "Mission District": the qualifier may be part of the name
            seen = {c.place.geonameid for c in found}
            found += [
                _Candidate(p, "exact") for p in self.gazetteer.places_by_key(full) if p.geonameid not in seen
            ]
        if loose and parsed.core:
            seen = {c.place.geonameid for c in found}
            found += [
                _Candidate(p, "transliteration")
                for p in self.gazetteer.places_by_loose_key(loose_key(parsed.core))
                if p.geonameid not in seen
            ]
        return found

    def _ranked(self, query: str, codes: tuple[str, ...], context: _Context) -> tuple[_Candidate, ...]:
        memo_key = (query, codes, context.key)
        cached = self._memo.get(memo_key)
        if cached is not None:
            return cached
        candidates = [self._with_context(scored, context) for scored in self._scored(query, codes)]
        ranked = tuple(sorted(candidates, key=lambda c: (-c.score, -c.place.population, c.place.geonameid)))
        return _remember(self._memo, memo_key, ranked, _RANKED_SIZE)

    def _scored(self, query: str, codes: tuple[str, ...]) -> tuple[_Scored, ...]:
        """Score every candidate on what does not depend on the context, once per query."""
        key = (query, codes)
        cached = self._prescored.get(key)
        if cached is not None:
            return cached
        parsed = parse_query(query)
        candidates = [
            c for c in self._gather(query, loose=True) if not codes or c.place.country_code in codes
        ]
        if parsed.qualifier == "region":
            candidates += self._regions_of_centres(candidates, codes)
        elif parsed.qualifier == "district" and not parsed.parent:  # (a city's district is no rural one)
            candidates += self._district_centres(parsed, query, candidates, codes)
        parents = self._parents(parsed.parent) if parsed.parent else ()
        common = self.gazetteer.is_common_key(parsed.core)
        scored = [self._score(candidate, parsed, candidates, parents, common) for candidate in candidates]
        if parents and not any(c.inside_parent for c in candidates):
            scored += self._parent_fallbacks(parsed, parents, codes)
        return _remember(self._prescored, key, tuple(scored))

    def _with_context(self, scored: _Scored, context: _Context) -> _Candidate:
        """Finish a candidate's score with the places named around it."""
        score, factors = scored.score, list(scored.factors)
        if not context.empty:
            score += self._context_fit(scored.place, context, factors)
        if scored.common_word:
            score -= 4.0
            factors.append("also a common English word, so unlikely")
        candidate = _Candidate(scored.place, scored.match, round(score, 3), factors, scored.inside_parent)
        if scored.fallback:
            candidate.score += _PARENT_FALLBACK_BONUS
            candidate.factors.insert(0, scored.fallback)
        return candidate

    def _regions_of_centres(self, candidates: list[_Candidate], codes: tuple[str, ...]) -> list[_Candidate]:
        """Find the region whose centre is the query ("Dnipro region" is Dnipropetrovsk Oblast)."""
        seen = {c.place.geonameid for c in candidates}
        extra = []
        for candidate in candidates:
            place = candidate.place
            if (
                place.kind != "city"
                or place.feature_code not in ("PPLA", "PPLC")
                or candidate.match != "exact"
            ):
                continue
            region = self.gazetteer.region_of(place)
            if (
                region is not None
                and region.geonameid not in seen
                and (not codes or region.country_code in codes)
            ):
                seen.add(region.geonameid)
                extra.append(
                    _Candidate(region, "regional centre", factors=[f"the region around {place.name}"])
                )
        return extra

    def _district_centres(
        self, parsed: ParsedName, query: str, candidates: list[_Candidate], codes: tuple[str, ...]
    ) -> list[_Candidate]:
        """Find the town an adjectival district is named after ("Klimovsky district": Klimovo).

        A rural district the gazetteer has no entry for is known by its centre, whose name is the
        adjective's stem with a town's ending.
        """
        seen = {c.place.geonameid for c in candidates}
        extra = []
        for place in self.gazetteer.district_centres(parsed.core):
            if place.geonameid in seen or (codes and place.country_code not in codes):
                continue
            seen.add(place.geonameid)
            factors = [f"the town {query!r} is named after"]
            extra.append(_Candidate(place, "district centre", factors=factors))
        return extra

    def _parent_fallbacks(self, parsed, parents, codes) -> list[_Scored]:
        """Locate "Kharkiv's Kyivskyi district" at Kharkiv when the gazetteer lacks that district."""
        fallbacks = []
        plain = parsed._replace(qualifier=None, parent=None)
        for parent in parents:
            if codes and parent.country_code not in codes:
                continue
            candidate = _Candidate(parent, "parent")
            own_name = plain._replace(core=normalize(parent.name))
            scored = self._score(candidate, own_name, [candidate], (), False)
            what = f"{parsed.core!r} {parsed.qualifier or 'place'}"
            note = f"no {what} known in {parent.name}: located at {parent.name}"
            fallbacks.append(replace(scored, fallback=note))
        return fallbacks

    def _parents(self, parent: str) -> tuple[Place, ...]:
        return tuple(c.place for c in self._gather(parent, loose=True)[:5])

    def _score(self, candidate: _Candidate, parsed, candidates, parents, common) -> _Scored:
        place, factors = candidate.place, candidate.factors
        # GeoNames writes 0 for a population it does not know: a village of cities500 is counted as its floor
        known = place.population or (_UNKNOWN_POPULATION if place.kind == "city" else 0)
        score = math.log10(known + 1)
        if place.kind == "region":
            score -= 0.5
        elif place.kind == "district":
            score += self._city_prominence(place)
        score += _FEATURE_BONUS.get(place.feature_code, 0.0) if place.kind == "city" else 0.0
        if place.feature_code == "PPLC":
            factors.append("national capital")
        elif place.feature_code == "PPLA":
            factors.append("regional centre")
        if place.country_code in self.focus_countries:
            score += 2.0
        main_name = parse_query(place.name).core
        if main_name == parsed.core or _same_spoken(loose_key(main_name), loose_key(parsed.core)):
            # a town called so outweighs a much bigger place written so only in another spelling (Samar,
            # renamed from Novomoskovsk, not Samara); a village does not (Artemovsk is Bakhmut's old name)
            score += 1.5 if known >= _NAMESAKE_MIN_POPULATION else 1.0
        else:
            score -= 1.0
        if candidate.match == "transliteration":
            score -= 1.5
            factors.append("matched across transliterations")
        elif candidate.match in ("regional centre", "district centre"):
            score += 1.0
        if parsed.qualifier:
            fit = _QUALIFIER_FIT[parsed.qualifier][place.kind]
            if place.kind == "region" and _is_city_region(place, candidates):
                fit -= 3.0
            score += fit
            if fit > 0:
                factors.append(f"the query asks for a {parsed.qualifier}")
        else:
            score += _NO_QUALIFIER_FIT.get(place.kind, 0.0)
            if place.kind == "region" and not _has_namesake_centre(place, candidates):
                score += 2.5  # "Chechnya", "Volyn": the region, not a village or a city section so named
        if parents:
            score += self._parent_fit(candidate, parents)
        common_word = (
            common and place.kind in ("city", "district") and place.population < _COMMON_WORD_MIN_POPULATION
        )
        return _Scored(place, candidate.match, score, tuple(factors), candidate.inside_parent, common_word)

    def _city_prominence(self, district: Place) -> float:
        """Sections of big cities are the ones reported: Kyiv's Podil before Poltava's."""
        city = self.gazetteer.get(district.parent) if district.parent else None
        bonus = 0.5 * (math.log10(city.population + 1) - 5.0) if city else 0.0
        if district.feature_class == "A":
            bonus += 1.0  # an administrative city district (Kyiv's raions)
        return bonus

    def _parent_fit(self, candidate: _Candidate, parents: Sequence[Place]) -> float:
        place, factors = candidate.place, candidate.factors
        for parent in parents:
            inside = (
                place.parent == parent.geonameid
                or (
                    parent.kind in ("region", "raion")
                    and (place.country_code, place.admin1) == (parent.country_code, parent.admin1)
                )
                or (parent.kind == "country" and place.country_code == parent.country_code)
                or distance_km(place.lat, place.lon, parent.lat, parent.lon) <= 30
            )
            if inside and place.geonameid != parent.geonameid:
                factors.append(f"in {parent.name}, as the query says")
                candidate.inside_parent = True
                return 5.0
        return -5.0

    def _context_fit(self, place: Place, context: _Context, factors: list[str]) -> float:
        bonus = 0.0
        total = context.total
        share = context.countries.get(place.country_code, 0) / total if total else 0.0
        if share:
            bonus += 3.0 * share
            factors.append(f"same country as other places in the text ({place.country_code})")
        distance, nearest = math.inf, None
        known, geonameid = self._distances, place.geonameid
        for point in context.points:
            here = known.get((geonameid, point[1], point[2]))
            if here is None:
                here = self._distance(place, point)
            if here < distance:  # the first of equally near points, as min() would pick
                distance, nearest = here, point
        area = (place.country_code, place.admin1)
        inside = area in context.regions and place.kind not in ("country", "region")
        if inside:
            # "Sumy region. ... shelled Druzhba": in the region named, however far from the region's own point
            region = next(p for p in context.points if p[6] and (p[3], p[4]) == area)
            factors.append(f"in {region[0]}, also named in the text")
            bonus += 4.0
        elif distance < 50:
            bonus += 4.0
        elif distance < 150:
            bonus += 3.0
        elif distance < 400:
            bonus += 1.5
        elif distance > 1500:
            bonus -= 2.0
        if distance < 400 and not inside:
            factors.append(f"{distance:.0f} km from {nearest[0]}, also named in the text")
        if area in context.areas:
            bonus += 1.0
        if context.raions and place.kind not in _AREA_KINDS and (*area, place.admin2) in context.raions:
            # "Novooleksandrivka, Beryslav district": the namesake in the raion named, not a bigger one
            factors.append("in a district also named in the text")
            bonus += 4.0
        return bonus

    def _distance(self, place: Place, point: tuple) -> float:
        """Return the distance from a candidate to a context point, remembered per pair."""
        key = (place.geonameid, point[1], point[2])
        distance = self._distances.get(key)
        if distance is None:
            distance = _remember(self._distances, key, distance_km(place.lat, place.lon, point[1], point[2]))
        return distance

    def _context(self, context: Iterable[Any], *, exclude: str) -> _Context:
        countries: dict[str, int] = {}
        points = []
        excluded = None
        for item in context:
            core, entry = self._context_entry(item)
            if core is not None:
                if excluded is None:
                    excluded = parse_query(exclude).core
                if core == excluded:
                    continue
            if entry is None:
                continue
            if entry[3]:
                countries[entry[3]] = countries.get(entry[3], 0) + 1
            if not entry[5]:  # a whole country says which country, not how near: its point is arbitrary
                points.append(entry)
        areas = frozenset((p[3], p[4]) for p in points)
        regions = frozenset((p[3], p[4]) for p in points if p[6])
        raions = frozenset((p[3], p[4], p[7]) for p in points if p[7])
        return _Context(countries, tuple(points), sum(countries.values()), areas, regions, raions)

    def _context_entry(self, item: Any) -> tuple[str | None, tuple | None]:
        """Return (the name core of a plain-name item, its context point) for one context item.

        Remembered by the item's identity (the item is kept alive with the answer, so its id
        cannot be reused): a text's context is the same few ``Location`` objects, passed again
        with every name.
        """
        cached = self._entries.get(id(item))
        if cached is not None and cached[0] is item:
            return cached[1]
        core = entry = None
        if isinstance(item, Location):
            raw = item.raw or {}
            entry = (
                raw.get("name") or item.address,
                item.latitude,
                item.longitude,
                raw.get("country_code"),
                raw.get("admin1_code"),
                raw.get("precision") == _PRECISION_BY_KIND["country"],
                raw.get("kind") == "region",
                raw.get("admin2_code") if raw.get("kind") == "raion" else None,
            )
        elif isinstance(item, Place):
            entry = _place_entry(item)
        elif isinstance(item, str):
            core = parse_query(item).core
            ranked = self._ranked(item, (), _NO_CONTEXT)
            if ranked:
                place = ranked[0].place
                entry = _place_entry(place)
        return _remember(self._entries, id(item), (item, (core, entry)), _ENTRIES_SIZE)[1]

    # -- results ----------------------------------------------------------------------------

    def _location(self, candidate: _Candidate, query: str, qualifier: str | None, total: int) -> Location:
        place = candidate.place
        address, described = self._described(place)
        raw = {
            **described,
            "reason": self._reason(candidate, query, total),
            "source": "gazetteer",
            "qualifier": qualifier,
            "match": candidate.match,
            "score": candidate.score,
            "common_word": bool(query) and self.gazetteer.is_common_word(parse_query(query).core),
        }
        return Location(address, (place.lat, place.lon), raw)

    def _described(self, place: Place) -> tuple[str, dict[str, Any]]:
        """Return a place's address and the ``raw`` fields that depend on the place alone, once per place."""
        cached = self._descriptions.get(place.geonameid)
        if cached is not None and cached[0] == place:
            return cached[1]
        admin1 = (
            self.gazetteer.admin1_name(place.country_code, place.admin1) if place.kind != "country" else None
        )
        admin2 = self.gazetteer.admin2_name(place.country_code, place.admin1, place.admin2)
        parent = self.gazetteer.get(place.parent) if place.parent else None
        country = self._countries.get(place.country_code, place.country_code)
        parts = [place.name]
        for part in (parent.name if parent else None, admin1, country):
            if part and part not in parts and place.kind != "country":
                parts.append(part)
        described = {
            "geonameid": place.geonameid,
            "name": place.name,
            "lat": place.lat,
            "lon": place.lon,
            "feature_class": place.feature_class,
            "feature_code": place.feature_code,
            "country_code": place.country_code,
            "admin1": admin1,
            "admin1_code": place.admin1 or None,
            "admin2": admin2,
            "admin2_code": place.admin2 or None,
            "parent": parent.name if parent else None,
            "population": place.population,
            "kind": place.kind,
            "precision": _PRECISION_BY_KIND[place.kind],
        }
        return _remember(self._descriptions, place.geonameid, (place, (", ".join(parts), described)))[1]

    def _reason(self, candidate: _Candidate, query: str, total: int) -> str:
        place = candidate.place
        what = _KIND_WORDS[place.kind]
        if candidate.match in ("reverse", "capital", "centre"):
            return f"{place.name} ({what}): " + "; ".join(candidate.factors)
        population = f", pop. {place.population:,}" if place.population else ""
        head = f"{query!r} → {place.name} ({what}, {place.country_code}{population})"
        factors = list(dict.fromkeys(candidate.factors))
        if total > 1:
            factors.append(f"best of {total} places with this name")
        else:
            factors.append("the only place with this name")
        return head + ": " + "; ".join(factors)

    def _area_location(self, lat: float, lon: float) -> Location:
        from geomap import boundaries

        found = boundaries.locate(lon, lat)
        if found["country_code"] is None:
            raise PlaceNotFound(f"{lat:.5f}, {lon:.5f}", ())
        region = None
        if found["admin1_code"]:
            region = next(
                (
                    p
                    for p in self.gazetteer.lookup(found["admin1"] or "")
                    if p.kind == "region"
                    and p.admin1 == found["admin1_code"]
                    and p.country_code == found["country_code"]
                ),
                None,
            )
        place = region or next(
            (p for p in self.gazetteer.countries() if p.country_code == found["country_code"]), None
        )
        if place is None:
            raise PlaceNotFound(f"{lat:.5f}, {lon:.5f}", ())
        reason = (
            f"no populated place within {_REVERSE_RADIUS_KM:.0f} km of {lat:.5f}, {lon:.5f}; "
            f"inside {place.name}"
        )
        location = self._location(_Candidate(place, "reverse", factors=[reason]), "", None, 1)
        return Location(location.address, (lat, lon), {**location.raw, "lat": lat, "lon": lon})

    def _fallback(
        self, query: str, codes: tuple[str, ...], *, exactly_one: bool
    ) -> Location | list[Location]:
        if self.online is not None:
            found = self.online.geocode(query, exactly_one=exactly_one, country_codes=codes or None)
            if found:
                return found
        suggestions = self.gazetteer.suggestions(query)
        if codes:
            elsewhere = [c.place for c in self._gather(query, loose=True)]
            suggestions = [f"{p.name} ({p.country_code})" for p in elsewhere[:3]] + suggestions
        raise PlaceNotFound(query, suggestions[:5])


_DEFAULT: Resolver | None = None
_NO_CONTEXT = _Context({}, ())
_AREA_KINDS = frozenset({"country", "region", "raion"})


def _remember(cache: dict, key: Any, value: _T, size: int = _CACHE_SIZE) -> _T:
    """Store ``value`` under ``key`` in a resolver's cache, dropping its older half first when full."""
    if len(cache) >= size:
        for old in list(itertools.islice(cache, len(cache) // 2)):
            del cache[old]
    cache[key] = value
    return value


def _rebuild(gazetteer: Gazetteer, online: Any, focus_countries: tuple[str, ...]) -> Resolver:
    return Resolver(gazetteer, online=online, focus_countries=focus_countries)


def _has_namesake_centre(region: Place, candidates: Sequence[_Candidate]) -> bool:
    """Tell whether a sizeable city in the region shares its name ("Kharkiv" for Kharkiv Oblast)."""
    return any(
        c.place.kind == "city"
        and c.place.country_code == region.country_code
        and c.place.admin1 == region.admin1
        and c.place.population >= _NAMESAKE_MIN_POPULATION
        for c in candidates
    )


_IOTATED = re.compile(r"i(?=[aeou])")


def _same_spoken(a: str, b: str) -> bool:
    """Return True for loose keys that differ only in how a soft vowel was romanised.

    "Balakliia" (the official Ukrainian romanisation) is GeoNames' "Balakliya": their
    loose keys keep an "i" before the vowel in one and not in the other.
    """
    return a == b or _IOTATED.sub("", a) == _IOTATED.sub("", b)


def _is_city_region(region: Place, candidates: Sequence[_Candidate]) -> bool:
    """Tell whether a region is a city itself (Kyiv City, Moscow): it says so, or a city has its very name."""
    if "city" in normalize(region.name).split():
        return True
    return any(
        c.place.kind == "city"
        and normalize(c.place.name) == normalize(region.name)
        and c.place.country_code == region.country_code
        and c.place.admin1 == region.admin1
        for c in candidates
    )


def _country_codes(country_codes: str | Iterable[str] | None) -> tuple[str, ...]:
    if not country_codes:
        return ()
    if isinstance(country_codes, str):
        country_codes = country_codes.replace(";", ",").split(",")
    return tuple(sorted({c.strip().upper() for c in country_codes if c.strip()}))


def _lat_lon(query: Any) -> tuple[float, float]:
    if hasattr(query, "geom_type"):  # shapely point: x is longitude
        return float(query.y), float(query.x)
    if isinstance(query, str):
        match = _LATLON_RE.match(query)
        if not match:
            raise ValueError(f"cannot read {query!r} as 'lat, lon'")
        return float(match.group(1)), float(match.group(2))
    lat, lon = query[0], query[1]
    return float(lat), float(lon)
