"""A tiny resolver and boundary set standing in for the gazetteer in extraction tests.

Places have the raw keys the real resolver returns, so the extractor sees the
same shapes; boundaries are boxes so vague-area geometry can be checked exactly.
"""

from __future__ import annotations

from geopy.location import Location
from shapely.geometry import box

from geomap.errors import PlaceNotFound

# name: (lat, lon, precision, country, admin1, feature_code, geonameid)
PLACES = {
    "kyiv": (50.4547, 30.5238, "city", "UA", "12", "PPLC", 703448),
    "odesa": (46.4857, 30.7438, "city", "UA", "17", "PPLA", 698740),
    "kharkiv": (49.9808, 36.2527, "city", "UA", "07", "PPLA", 706483),
    "obolon": (50.5132, 30.5055, "district", "UA", "12", "PPLX", 8519916),
    "obolon district": (50.5132, 30.5055, "district", "UA", "12", "PPLX", 8519916),
    "tula": (54.1961, 37.6182, "city", "RU", "76", "PPLA", 480562),
    "tula region": (53.90, 37.40, "region", "RU", "76", "ADM1", 480041),
    "istanbul": (41.0138, 28.9497, "city", "TR", "34", "PPLA", 745044),
    "ukraine": (49.0, 32.0, "country", "UA", None, "PCLI", 690791),
    "russia": (60.0, 100.0, "country", "RU", None, "PCLI", 2017370),
    "belarus": (53.0, 28.0, "country", "BY", None, "PCLI", 630336),
    "moscow": (55.7522, 37.6156, "city", "RU", "48", "PPLC", 524901),
    "novomoskovsk": (54.0105, 38.2846, "city", "RU", "76", "PPL", 524294),
    "kamensk-shakhtinsky": (48.3178, 40.2595, "city", "RU", "61", "PPL", 553766),
    "kamensk": (56.0, 61.9, "city", "RU", "71", "PPL", 1504000),  # a namesake far away
    "kalmykia": (46.5, 45.3, "region", "RU", "24", "ADM1", 553972),
    # a rural district of Arkhangelsk Oblast, the gazetteer's only "Prymorskyi district"
    "prymorskyi district": (64.7, 40.3, "region", "RU", "06", "ADM2", 507811),
    # a Russian village (Kievskiy) the only match for a Ukrainian city's district written the Russian way
    "kievsky district": (44.94, 34.10, "city", "RU", "82", "PPL", 548652),
    "sumy region": (50.9, 34.8, "region", "UA", "21", "ADM1", 692196),
    "saratov": (51.5406, 46.0086, "city", "RU", "Saratov Oblast", "PPLA", 498677),
    "saratov oblast": (51.67, 46.64, "region", "RU", "Saratov Oblast", "ADM1", 498671),
    "odesa oblast": (46.7, 30.3, "region", "UA", "17", "ADM1", 698738),
    "dnipro": (48.4666, 35.0407, "city", "UA", "04", "PPLA", 709930),  # also the river's name
    "azov": (47.1078, 39.4165, "city", "RU", "61", "PPL", 582956),  # also the sea's
    # a raion of Odesa Oblast, written as a district
    "berezivka district": (47.19, 30.59, "region", "UA", "17", "ADM2", 712160),
}
COUNTRIES = {
    "UA": box(22.0, 44.0, 40.0, 52.4),
    "RU": box(27.0, 41.0, 180.0, 82.0),
    "BY": box(23.0, 51.3, 33.0, 56.2),
}
REGIONS = {"tula region": box(35.8, 52.9, 38.9, 54.9), "saratov region": box(42.5, 49.8, 50.8, 53.2)}
BORDER_UA_BY = box(23.5, 51.0, 31.8, 51.9)


class FakeResolver:
    """Resolves the names in PLACES; counts lookups so tests can check the per-article cache."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def geocode(self, query, *, exactly_one=True, country_codes=None, context=()):
        self.calls.append(query)
        key = query.lower().replace("the ", "")
        if key not in PLACES:
            raise PlaceNotFound(query)
        lat, lon, precision, cc, admin1, code, gid = PLACES[key]
        raw = {
            "geonameid": gid, "name": "Tula Oblast" if key == "tula region" else query.title(),
            "feature_class": "P" if code.startswith("PPL") else "A", "feature_code": code,
            "country_code": cc, "admin1": admin1, "admin2": None, "population": 1000,
            "precision": precision, "reason": f"fake gazetteer entry for {query}", "source": "gazetteer",
            "qualifier": "region" if precision == "region" else None,
        }  # fmt: skip
        return Location(raw["name"], (lat, lon), raw)


class FakeBoundaries:
    """Box-shaped countries, one region and the Ukraine–Belarus border strip."""

    @staticmethod
    def country(cc):
        return COUNTRIES.get(cc)

    @staticmethod
    def region_for(location):
        return REGIONS.get(location.raw["name"].lower().replace(" oblast", " region"))

    @staticmethod
    def border_area(side, other, width_km=50):
        return BORDER_UA_BY if (side, other) == ("UA", "BY") else None
