"""Events covering every property type, for the export tests and benchmark."""

from shapely.geometry import MultiPolygon, Point, Polygon

from geomap.model import Event, make_event_id

# Wound the wrong way on purpose (clockwise exteriors, counter-clockwise hole):
# exports must rewind them (RFC 7946 right-hand rule).
KHARKIV_BORDER_CW = Polygon([(36.0, 50.2), (36.9, 50.45), (37.2, 50.3), (36.3, 50.05), (36.0, 50.2)])
HOLED_REGION = Polygon(
    [(30.0, 50.0), (30.0, 51.0), (31.5, 51.0), (31.5, 50.0)],
    holes=[[(30.4, 50.3), (30.8, 50.3), (30.8, 50.6), (30.4, 50.6)]],
)
TWO_ISLANDS = MultiPolygon([
    Polygon([(33.0, 44.5), (33.5, 44.5), (33.5, 45.0), (33.0, 45.0)]),
    Polygon([(34.0, 45.0), (34.2, 45.0), (34.2, 45.2), (34.0, 45.2)]),
])


def sample_events():
    """Return events exercising points, wound polygons, nulls, unicode and awkward text."""
    source = "2025-05-24_kyiv.txt"
    kyiv = Event(
        id=make_event_id(source, "attack", 120, "Kyiv"),
        event_type="attack",
        geometry=Point(30.5234, 50.4501),
        lon=30.5234,
        lat=50.4501,
        precision="city",
        location_reason="city named in the text; matched 'Kyiv' (P, PPLC, 2 797 553 inhabitants)",
        quote='a major missile and drone attack on Kyiv injured "at least 15" people, officials said',
        place_name="Kyiv",
        place="Kyiv",
        admin1="Kyiv City",
        country_code="UA",
        geonameid=703448,
        uncertainty_km=10.0,
        weapon="missile_and_drone",
        injured=15,
        missiles=14,
        drones=250,
        count_qualifier="at_least",
        date="2025-05-24",
        date_precision="relative",
        published="2025-05-24",
        quote_start=120,
        quote_end=205,
        source=source,
        title="Russia and Ukraine Exchange Hundreds of Prisoners",
        actor="Russia",
        claimed_by="Ukrainian Air Force",
        confidence=0.9,
        sources=(source, "https://example.org/kyiv?a=1&b=2"),
        quotes=("injured at least 15", "Києві пролунали вибухи, 15 поранених"),
        notes="line one\nline two, with a comma; and a tab\t",
    )
    border = Event(
        id=make_event_id(source, "damage", 400, "Kharkiv border area"),
        event_type="damage",
        geometry=KHARKIV_BORDER_CW,
        lon=36.6,
        lat=0.1 + 50.2,  # 50.300000000000004: must not be rounded on the way
        precision="border_area",
        location_reason="border area of Kharkiv Oblast with Russia",
        quote="villages along the border in Kharkivshchyna were shelled",
        place_name="Kharkiv Oblast border",
        country_code="UA",
        uncertainty_km=50.0,
        weapon="artillery",
        date_precision="publication",
        published="2025-05-24",
        confidence=0.35,
    )
    region = Event(
        id="region-holes",
        event_type="interception",
        geometry=HOLED_REGION,
        lon=30.2,
        lat=50.8,
        precision="region",
        location_reason="region named in the text",
        quote="air defence shot down 6 drones over the region",
        place_name="Київська область",
        admin1="Kyiv Oblast",
        country_code="UA",
        drones=6,
        count_qualifier="exact",
        date="2025-05-23",
        date_precision="day",
    )
    crimea = Event(
        id="crimea-multi",
        event_type="casualties",
        geometry=TWO_ISLANDS,
        lon=33.25,
        lat=44.75,
        precision="region",
        location_reason="",
        quote="",
        killed=0,
        prisoners=None,
    )
    talks = Event(
        id="talks-istanbul",
        event_type="talks",
        geometry=Point(28.97953, 41.015137),
        lon=28.97953,
        lat=41.015137,
        precision="city",
        location_reason="city named in the text",
        quote="delegations met in Istanbul",
        place_name="Istanbul",
        country_code="TR",
        geonameid=745044,
        date="2025-05-16",
        date_precision="day",
        confidence=1.0,
    )
    exchange = Event(
        id="exchange",
        event_type="prisoner_exchange",
        geometry=Point(-0.0001, 1e-7),
        lon=-0.0001,
        lat=1e-7,
        precision="country",
        location_reason="no place given",
        quote="each side brought home 307 soldiers",
        prisoners=307,
        count_qualifier="exact",
    )
    return [kyiv, border, region, crimea, talks, exchange]


def test_sample_gives_every_column_a_value_and_a_null_somewhere():
    from geomap.export.schema import COLUMNS

    records = [event.properties for event in sample_events()]
    for column in COLUMNS:
        values = [record[column.name] for record in records]
        assert any(value not in (None, [], "") for value in values), column.name
        if column.nullable:
            assert any(value is None for value in values), column.name


def test_sample_covers_points_clockwise_polygons_holes_and_multipolygons():
    geometries = [event.geometry for event in sample_events()]
    kinds = {geometry.geom_type for geometry in geometries}
    assert kinds == {"Point", "Polygon", "MultiPolygon"}
    assert any(g.geom_type == "Polygon" and not g.exterior.is_ccw for g in geometries)
    assert any(g.geom_type == "Polygon" and len(g.interiors) for g in geometries)
