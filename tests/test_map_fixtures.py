"""Events and a boundaries stand-in shared by the map tests (helpers only, no tests)."""

from __future__ import annotations

from types import SimpleNamespace

from shapely.geometry import LineString, Point, Polygon, box, mapping

from geomap.model import Event, make_event_id

HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_TEMPLATE = "{{ 7*7 }} {% if true %}jinja{% endif %}"

KYIV = (30.5234, 50.4501)
OBOLON = (30.4983, 50.5194)
ODESA = (30.7233, 46.4825)
TULA = (37.6173, 54.1961)
CHERNIHIV_REGION = box(30.4, 50.6, 33.5, 52.3)
BORDER_AREA = box(29.0, 51.0, 32.5, 51.6)


def event(event_type: str, lonlat: tuple[float, float] | None = None, *, geometry=None, **fields) -> Event:
    """Build an event; ``geometry`` (a polygon) wins over ``lonlat``."""
    geometry = geometry if geometry is not None else Point(*lonlat)
    point = geometry.representative_point()
    quote = fields.pop("quote", f"A {event_type} was reported.")
    place_name = fields.pop("place_name", "somewhere")
    defaults = dict(
        precision="point",
        location_reason="named in the sentence",
        place_name=place_name,
        source="https://example.org/news/1",
        date="2025-05-24",
        date_precision="day",
    )
    defaults.update(fields)
    return Event(
        id=make_event_id(defaults["source"], event_type, fields.get("quote_start"), place_name + quote),
        event_type=event_type,
        geometry=geometry,
        lon=point.x,
        lat=point.y,
        quote=quote,
        **defaults,
    )


def sample_events() -> list[Event]:
    """Every event type, Points and Polygons, several dates, hostile text in one quote."""
    return [
        event("attack", KYIV, weapon="missile_and_drone", precision="city", place_name="Kyiv", place="Kyiv",
              admin1="Kyiv City", country_code="UA", missiles=14, drones=250, date="2025-05-24"),
        event("attack", ODESA, weapon="missile", precision="city", place_name="Odesa", place="Odesa",
              country_code="UA", date="2025-05-23",
              quote="A missile struck port infrastructure " + HOSTILE_SCRIPT),
        event("attack", TULA, weapon="drone", precision="city", place_name="Tula", place="Tula",
              country_code="RU", date="2025-05-24", quote=HOSTILE_IMG + " drone hit a chemical plant"),
        event("casualties", OBOLON, precision="point", place_name="Obolon", injured=5, killed=None,
              count_qualifier="exact", quote="Five residents were injured. " + HOSTILE_TEMPLATE),
        event("casualties", ODESA, precision="city", place_name="Odesa", killed=3, injured=2,
              date="2025-05-23"),
        event("casualties", (30.46, 50.43), precision="district", place_name="Solomianskyi district",
              injured=1),
        event("interception", KYIV, precision="city", place_name="Kyiv", missiles=6, drones=245),
        event("damage", OBOLON, precision="district", place_name="Obolon",
              quote="A residential building sustained heavy damage."),
        event("damage", (30.55, 50.40), precision="point", place_name="shopping mall",
              source="file:///articles/local.txt"),
        event("prisoner_exchange", geometry=BORDER_AREA, precision="border_area",
              place_name="near the Belarus border", prisoners=307, count_qualifier="exact"),
        event("prisoner_exchange", geometry=CHERNIHIV_REGION, precision="region",
              place_name="Chernihiv region", prisoners=390, date="2025-05-23"),
        event("talks", (28.9784, 41.0082), precision="city", place_name="Istanbul", date="2025-05-16",
              source="javascript:window.__pwned=1"),
    ]


def _square(lon: float, lat: float, size: float) -> dict:
    return mapping(box(lon - size, lat - size, lon + size, lat + size))


def fake_boundaries() -> SimpleNamespace:
    """A stand-in for geomap.boundaries with tiny layers, so map tests need no shipped data."""
    layers = {
        "countries": [("Ukraine", Polygon([(22, 44.4), (40.2, 44.4), (40.2, 52.4), (22, 52.4)]))],
        "regions": [("Kyiv Oblast", box(29.3, 49.2, 32.2, 51.6))],
        "kyiv_districts": [("Obolonskyi", box(30.38, 50.48, 30.56, 50.58))],
    }

    def load_layer(name: str) -> dict:
        if name == "cities":
            cities = [("Kyiv", KYIV, 2_900_000), ("Odesa", ODESA, 1_000_000), ("<b>Tula</b>", TULA, 470_000)]
            features = [
                {"type": "Feature", "geometry": mapping(Point(*lonlat)),
                 "properties": {"name": name, "population": population}}
                for name, lonlat, population in cities
            ]
        else:
            features = [
                {"type": "Feature", "geometry": mapping(geometry), "properties": {"name": label}}
                for label, geometry in layers[name]
            ]
        return {"type": "FeatureCollection", "features": features}

    def border_line(a: str, b: str) -> LineString:
        assert {a, b} == {"UA", "BY"}
        return LineString([(23.6, 51.6), (27.0, 51.5), (30.6, 51.3), (31.8, 52.1)])

    return SimpleNamespace(load_layer=load_layer, border_line=border_line)
