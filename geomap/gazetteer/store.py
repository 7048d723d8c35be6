"""The gazetteer on disk: an indexed SQLite file, and the :class:`Gazetteer` that reads it.

Tables: ``place`` (one row per place), ``name`` and ``loose`` (exact and
transliteration-blind keys → geonameid, primary-keyed so lookups are index
seeks), ``admin`` (admin code → display name), ``common_word`` (English words
that are also names of small places) and ``meta``. The file is opened read-only
and immutable, so opening costs a few milliseconds and many processes can share it.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import GazetteerError
from geomap.names import adjective_stem, loose_key, normalize, parse_query

if TYPE_CHECKING:
    from geomap.gazetteer.build import PlaceRecord

__all__ = ["Place", "Gazetteer", "write_database", "SCHEMA_VERSION", "DEFAULT_DIRECTORY", "DATABASE_NAME"]

SCHEMA_VERSION = 1
DATABASE_NAME = "gazetteer.sqlite"
DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
ENVIRONMENT_VARIABLE = "GEOMAP_GAZETTEER"
_SUGGESTION_MIN_POPULATION = 1000
_LOOSE_MIN_POPULATION = 1000
"""A name spelled in another romanisation counts as a place name from this size (villages are too many)."""
_LOOSE_MIN_LENGTH = 5  # shorter words match some place in another romanisation too easily
_LOOSE_DISTINCTIVE_LENGTH = 10
_PROMINENT_POPULATION = 100_000
# a district centre's endings after its adjective's stem, in loose keys: Kur-sk, Belhorod, Klimov-o,
# Shostk-a, Sum-i, Bilozer-ka; after a stem this short only the ones keeping a whole name ("Kursky" is not
# Kur'ya)
_TOWN_ENDINGS = ("sk", "", "o", "a", "i", "ka")
_WHOLE_NAME_ENDINGS = ("sk", "")
_SHORT_STEM = 4
_CACHE_SIZE = 20_000  # answers kept per question kind: a 20,000-article news corpus asks about 1,700 names
_GRID_DEGREES = 1.0

_SCHEMA = """
CREATE TABLE place (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country_code TEXT NOT NULL, kind TEXT NOT NULL, feature_class TEXT, feature_code TEXT,
    admin1 TEXT, admin2 TEXT, population INTEGER NOT NULL, parent INTEGER
);
CREATE TABLE name (key TEXT, geonameid INTEGER, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE loose (key TEXT, geonameid INTEGER, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE admin (
    country_code TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (country_code, admin1, admin2)
) WITHOUT ROWID;
CREATE TABLE common_word (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
_PLACE_COLUMNS = (
    "geonameid, name, lat, lon, country_code, kind, feature_class, feature_code, "
    "admin1, admin2, population, parent"
)
_JOINED_PLACE_COLUMNS = ", ".join("p." + column.strip() for column in _PLACE_COLUMNS.split(","))
"""The place columns qualified for a query that joins ``place p`` to a name table."""


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    ``kind`` is ``"country"``, ``"region"`` (oblast, krai, republic), ``"raion"``
    (second-level unit), ``"district"`` (a city district or section) or ``"city"``
    (any populated place, from village to capital).
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    kind: str
    feature_class: str
    feature_code: str
    admin1: str
    admin2: str
    population: int
    parent: int | None = None


def write_database(
    path: Path,
    records: Iterable[PlaceRecord],
    *,
    admin1_names: Mapping[tuple[str, str], str],
    common_words: Iterable[str],
    meta: Mapping[str, str],
    loose_countries: Collection[str] | None = None,
) -> dict[str, int]:
    """Write the gazetteer SQLite file (replacing it atomically).

    Parameters
    ----------
    path : Path
        Destination ``.sqlite`` file.
    records : iterable of PlaceRecord
        Places with their aliases.
    admin1_names : mapping
        ``(country_code, admin1 code)`` → region name.
    common_words : iterable of str
        Exact keys of common English words.
    meta : mapping
        Build metadata stored in the ``meta`` table.
    loose_countries : collection of str, optional
        Countries whose populated places also get transliteration-blind keys (default:
        every country). Countries, regions, raions and districts always get them.

    Returns
    -------
    dict
        Row counts: places per kind and names.
    """
    from geomap.atomic import atomic_path
    from geomap.gazetteer.build import index_keys

    records = sorted(records, key=lambda r: r.geonameid)
    counts: dict[str, int] = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as temporary:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript(_SCHEMA)
            exact_rows, loose_rows = set(), set()
            for r in records:
                connection.execute(
                    f"INSERT INTO place ({_PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        r.geonameid,
                        r.name,
                        r.lat,
                        r.lon,
                        r.country_code,
                        r.kind,
                        r.feature_class,
                        r.feature_code,
                        r.admin1,
                        r.admin2,
                        r.population,
                        r.parent,
                    ),
                )
                counts[r.kind] = counts.get(r.kind, 0) + 1
                exact, loose = index_keys(r)
                exact_rows.update((k, r.geonameid) for k in exact)
                if loose_countries is None or r.kind != "city" or r.country_code in loose_countries:
                    loose_rows.update((k, r.geonameid) for k in loose)
            connection.executemany("INSERT INTO name VALUES (?, ?)", sorted(exact_rows))
            connection.executemany("INSERT INTO loose VALUES (?, ?)", sorted(loose_rows))
            admin_rows = {(cc, a1, "", name) for (cc, a1), name in admin1_names.items()}
            admin_rows |= {
                (r.country_code, r.admin1, r.admin2, r.name)
                for r in records
                if r.kind in ("raion", "district") and r.feature_class == "A" and r.admin2
            }
            connection.executemany("INSERT OR IGNORE INTO admin VALUES (?, ?, ?, ?)", sorted(admin_rows))
            connection.executemany(
                "INSERT INTO common_word VALUES (?)", sorted((w,) for w in set(common_words))
            )
            connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            connection.commit()
            connection.execute("VACUUM")
        finally:
            connection.close()
    counts["names"] = len(exact_rows)
    counts["loose_names"] = len(loose_rows)
    return counts


def _database_path(path: str | os.PathLike | None) -> Path:
    if path is None:
        path = os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT_DIRECTORY
    path = Path(path)
    return path / DATABASE_NAME if path.is_dir() or not path.suffix else path


class Gazetteer:
    """Read-only access to a gazetteer built by ``geomap gazetteer build``.

    Parameters
    ----------
    path : Path
        The ``gazetteer.sqlite`` file.

    Examples
    --------
    >>> gazetteer = Gazetteer.default()
    >>> [p.name for p in gazetteer.lookup("Kiev") if p.kind == "city"][:1]
    ['Kyiv']
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(
                f"gazetteer file {self.path} not found; build one with "
                f"'geomap gazetteer build --sources DIR -o DIR' or set {ENVIRONMENT_VARIABLE}"
            )
        try:
            self._db = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self.meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as error:
            raise GazetteerError(f"{self.path} is not a geomap gazetteer ({error}); rebuild it") from None
        if self.meta.get("schema_version") != str(SCHEMA_VERSION):
            raise GazetteerError(
                f"{self.path} has schema {self.meta.get('schema_version')}, this geomap reads "
                f"{SCHEMA_VERSION}; rebuild it with 'geomap gazetteer build'"
            )
        self._common = frozenset(k for (k,) in self._db.execute("SELECT key FROM common_word"))
        self._near = frozenset(self.meta.get("near_countries", "").split(","))
        self._focus = frozenset(self.meta.get("focus_countries", "").split(","))
        self._admin = {(cc, a1, a2): name for cc, a1, a2, name in self._db.execute("SELECT * FROM admin")}
        self._exact = lru_cache(maxsize=_CACHE_SIZE)(partial(self._query_names, "name"))
        self._loose = lru_cache(maxsize=_CACHE_SIZE)(partial(self._query_names, "loose"))
        self._places: dict[int, Place] = {}
        self._contains: dict[tuple, bool] = {}
        self._grid: dict[tuple[int, int], list[tuple[float, float, int]]] | None = None
        self._suggestion_keys: list[str] | None = None
        self._suggestion_names: list[str] = []

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> Gazetteer:
        """Open a gazetteer file or directory.

        Parameters
        ----------
        path : str or path-like, optional
            A ``gazetteer.sqlite`` file or the directory holding it. Default: the
            ``GEOMAP_GAZETTEER`` environment variable, else the repository's
            ``data/gazetteer/``.

        Returns
        -------
        Gazetteer
        """
        return cls(_database_path(path))

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the default gazetteer, opened once per process."""
        return _default_gazetteer(str(_database_path(None)))

    def __reduce__(self):
        """Pickle as a reference to the file, so gazetteers travel to worker processes."""
        return (Gazetteer.open, (str(self.path),))

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    @property
    def directory(self) -> Path:
        """The directory holding the database (and the ``boundaries/`` layers)."""
        return self.path.parent

    def _rows_to_places(self, rows: Iterable[tuple]) -> tuple[Place, ...]:
        places = []
        for row in rows:
            place = self._places.get(row[0])
            if place is None:
                place = self._places.setdefault(row[0], Place(*row))
            places.append(place)
        return tuple(places)

    def _query_names(self, table: str, key: str) -> tuple[Place, ...]:
        rows = self._db.execute(
            f"SELECT {_JOINED_PLACE_COLUMNS} FROM {table} n "
            "JOIN place p USING (geonameid) WHERE n.key = ? ORDER BY p.population DESC, p.geonameid",
            (key,),
        )
        return self._rows_to_places(rows)

    def lookup(self, name: str, *, loose: bool = False) -> tuple[Place, ...]:
        """Return the places a name (or its qualifier-free core) denotes, most populous first.

        Parameters
        ----------
        name : str
            A place name in any case, spelling or script; qualifiers such as
            ``"region"`` or ``"district"`` and possessives are ignored here (the
            resolver uses them to rank).
        loose : bool
            Also match across transliteration systems (``"Solomianskyi"`` finds
            ``"Solomyanskyi"``).

        Returns
        -------
        tuple of Place
            Possibly empty.
        """
        core = parse_query(name).core
        found = self._exact(core) or self._exact(normalize(name))
        if loose:
            extra = self._loose(loose_key(core))
            found = found + tuple(p for p in extra if p not in found)
        return found

    def contains(self, name: str, *, min_population: int = 0, common_words: bool = False) -> bool:
        """Tell cheaply whether ``name`` is a known place name (exact match only).

        Parameters
        ----------
        name : str
            Candidate text, e.g. a capitalised span of an article.
        min_population : int
            Count populated places only from this size (countries, and the regions of
            the focus countries and Ukraine's neighbours, always count).
            Places outside the focus countries and Ukraine's neighbours count from
            100,000 inhabitants ("Fleet", "Mission" and "Union" are small towns abroad),
            and so do neighbours' towns matched through a foreign alias ("Center" for Ózd).
        common_words : bool
            If False (default), a common English word ("Many", "Friday") counts only
            when it names a country, region or a place of 100,000 or more.

        Returns
        -------
        bool
        """
        key = (name, min_population, common_words)
        known = self._contains.get(key)
        if known is None:
            if len(self._contains) > _CACHE_SIZE:
                self._contains.clear()
            known = self._contains[key] = self._check(name, min_population, common_words)
        return known

    def _check(self, name: str, min_population: int, common_words: bool) -> bool:
        core = parse_query(name).core
        places = self._exact(core) or self._exact(normalize(name))
        if not common_words and core in self._common:
            min_population = max(min_population, _PROMINENT_POPULATION)
        if not places and core not in self._common and len(core) >= _LOOSE_MIN_LENGTH:
            # another romanisation of a town of the focus countries ("Afipsky" for Afipskiy)
            loose = self._loose(loose_key(core))
            # a long or two-word name ("Kamensky Khutor" for Kamenskiy Khutor) is rarely another word's
            # accident, so villages count too
            distinctive = len(core) >= _LOOSE_DISTINCTIVE_LENGTH or " " in core
            floor = max(min_population, 0 if distinctive else _LOOSE_MIN_POPULATION)
            return any(
                p.country_code in self._focus and (p.kind == "region" or p.population >= floor) for p in loose
            )
        return any(self._counts(p, core, min_population) for p in places)

    def _counts(self, place: Place, core: str, min_population: int) -> bool:
        """Whether a match is strong enough for :meth:`contains` (see its docstring)."""
        if place.kind == "country":
            return True
        if place.country_code not in self._near:
            return place.population >= max(min_population, _PROMINENT_POPULATION)
        if place.kind == "region":
            return True
        if place.country_code not in self._focus and normalize(place.name) != core:
            # a neighbour's town matched through a foreign alias ("Center" for Ózd): only if large
            return place.population >= max(min_population, _PROMINENT_POPULATION)
        return place.population >= min_population

    def is_common_word(self, name: str) -> bool:
        """Tell whether ``name`` is also an everyday English word (``"Many"``, ``"May"``)."""
        return self.is_common_key(normalize(name))

    def is_common_key(self, key: str) -> bool:
        """Tell whether an already normalised name is also an everyday English word."""
        return key in self._common

    def places_by_key(self, key: str) -> tuple[Place, ...]:
        """Return the places indexed under an exact key (:func:`geomap.names.normalize`), cached."""
        return self._exact(key)

    def district_centres(self, name: str) -> tuple[Place, ...]:
        """Return the towns an adjectival district name may be formed from: "Klimovsky" from Klimovo.

        Parameters
        ----------
        name : str
            The district's name without "district" ("Klimovsky", "Bilozerskyi").

        Returns
        -------
        tuple of Place
            Populated places whose name is the adjective's stem with a town's ending.
        """
        stem = adjective_stem(loose_key(name))
        if stem is None:
            return ()
        endings = _WHOLE_NAME_ENDINGS if len(stem) <= _SHORT_STEM else _TOWN_ENDINGS
        return tuple(p for ending in endings for p in self._loose(stem + ending) if p.kind == "city")

    def places_by_loose_key(self, key: str) -> tuple[Place, ...]:
        """Return the places indexed under a transliteration-blind key (:func:`geomap.names.loose_key`)."""
        return self._loose(key)

    def get(self, geonameid: int) -> Place | None:
        """Return the place with this geonameid, or None."""
        place = self._places.get(geonameid)
        if place is None:
            rows = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM place WHERE geonameid = ?", (geonameid,))
            found = self._rows_to_places(rows)
            place = found[0] if found else None
        return place

    def countries(self) -> tuple[Place, ...]:
        """Return every country the gazetteer holds, in geonameid order."""
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place WHERE kind = 'country' ORDER BY geonameid"
        )
        return self._rows_to_places(rows)

    def _first(self, condition: str, order: str, parameters: tuple[str, ...]) -> Place | None:
        """Return the first place meeting an SQL ``condition`` in ``order``, or None."""
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM place WHERE {condition} ORDER BY {order} LIMIT 1", parameters
        )
        found = self._rows_to_places(rows)
        return found[0] if found else None

    def capital_of(self, country_code: str) -> Place | None:
        """Return a country's capital (GeoNames feature PPLC), or None if the gazetteer holds none."""
        return self._first(
            "feature_code = 'PPLC' AND country_code = ?", "population DESC, geonameid", (country_code,)
        )

    def centre_of(self, region: Place) -> Place | None:
        """Return a first-level region's administrative centre (GeoNames feature PPLA), or None if none."""
        return self._first(
            "feature_code = 'PPLA' AND country_code = ? AND admin1 = ?",
            "population DESC, geonameid",
            (region.country_code, region.admin1),
        )

    def region_of(self, place: Place) -> Place | None:
        """Return the first-level region (oblast) a place lies in, from its admin1 code."""
        if not place.admin1:
            return None
        condition = "kind = 'region' AND country_code = ? AND admin1 = ?"
        return self._first(condition, "geonameid", (place.country_code, place.admin1))

    def admin1_name(self, country_code: str, admin1: str) -> str | None:
        """Return the name of a first-level region from its GeoNames code (``"UA"``, ``"12"``)."""
        return self._admin.get((country_code, admin1, ""))

    def admin2_name(self, country_code: str, admin1: str, admin2: str) -> str | None:
        """Return the name of a second-level unit (raion) from its GeoNames codes."""
        return self._admin.get((country_code, admin1, admin2)) if admin2 else None

    def nearby(
        self, lat: float, lon: float, *, radius_km: float = 25.0, kinds: Iterable[str] | None = None
    ) -> list[tuple[float, Place]]:
        """Return the places within ``radius_km`` of a point, nearest first.

        Parameters
        ----------
        lat, lon : float
            The point, in degrees.
        radius_km : float
            Search radius.
        kinds : iterable of str, optional
            Restrict to these kinds (``"city"``, ``"district"``...).

        Returns
        -------
        list of (float, Place)
            Distance in kilometres and place.
        """
        d_lat = radius_km / 111.2
        d_lon = radius_km / (111.2 * max(0.05, math.cos(math.radians(lat))))
        grid = self._point_grid()
        close = []
        for row in range(_cell(lat - d_lat), _cell(lat + d_lat) + 1):
            for column in range(_cell(lon - d_lon), _cell(lon + d_lon) + 1):
                for p_lat, p_lon, geonameid in grid.get((row, column), ()):
                    distance = distance_km(lat, lon, p_lat, p_lon)
                    if distance <= radius_km:
                        close.append((distance, geonameid))
        wanted = set(kinds) if kinds is not None else None
        found = []
        for distance, geonameid in close:
            place = self.get(geonameid)
            if place is not None and (wanted is None or place.kind in wanted):
                found.append((distance, place))
        found.sort(key=lambda pair: (pair[0], pair[1].geonameid))
        return found

    def _point_grid(self) -> dict[tuple[int, int], list[tuple[float, float, int]]]:
        """Every place's position in 1° cells, read once on the first :meth:`nearby` (tens of ms)."""
        if self._grid is None:
            grid: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
            for geonameid, lat, lon in self._db.execute("SELECT geonameid, lat, lon FROM place"):
                grid.setdefault((_cell(lat), _cell(lon)), []).append((lat, lon, geonameid))
            self._grid = grid
        return self._grid

    def suggestions(self, name: str, *, limit: int = 5) -> list[str]:
        """Return the known place names closest to ``name``, best first (fuzzy match).

        Parameters
        ----------
        name : str
            An unknown name.
        limit : int
            Maximum number of suggestions.

        Returns
        -------
        list of str
        """
        from rapidfuzz import fuzz, process

        key = parse_query(name).core
        if not key:
            return []
        choices = self._suggestion_choices()
        matches = process.extract(key, choices, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=75)
        names: list[str] = []
        for _, _, index in matches:
            display = self._suggestion_names[index]
            if display not in names:
                names.append(display)
        return names[:limit]

    def _suggestion_choices(self) -> list[str]:
        if self._suggestion_keys is None:
            rows = self._db.execute(
                "SELECT name FROM place WHERE population >= ? OR kind != 'city' "
                "ORDER BY population DESC, geonameid",
                (_SUGGESTION_MIN_POPULATION,),
            ).fetchall()
            names = list(dict.fromkeys(name for (name,) in rows))
            self._suggestion_keys = [normalize(name) for name in names]
            self._suggestion_names = names
        return self._suggestion_keys

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM place").fetchone()[0]


def _cell(degrees: float) -> int:
    return math.floor(degrees / _GRID_DEGREES)


@lru_cache(maxsize=4)
def _default_gazetteer(path: str) -> Gazetteer:
    return Gazetteer(Path(path))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points, in kilometres.

    Parameters
    ----------
    lat1, lon1, lat2, lon2 : float
        Coordinates in degrees.

    Returns
    -------
    float
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(min(1.0, a)))
