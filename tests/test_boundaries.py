import pytest
from pyproj import Geod
from shapely.geometry import Point

from geomap import boundaries
from geomap.resolver import Resolver

GEOD = Geod(ellps="WGS84")


def test_ukraine_includes_crimea_and_sevastopol():
    ukraine, russia = boundaries.country("UA"), boundaries.country("RU")
    for lon, lat in [(33.52, 44.61), (34.10, 44.95), (36.47, 45.36)]:  # Sevastopol, Simferopol, Kerch
        assert ukraine.contains(Point(lon, lat))
        assert not russia.contains(Point(lon, lat))
    assert russia.contains(Point(37.62, 55.76))


def test_countries_do_not_overlap():
    ukraine = boundaries.country("UA")
    for code in ("RU", "BY", "PL", "MD", "RO"):
        assert ukraine.intersection(boundaries.country(code)).area < 1e-3, code


@pytest.mark.parametrize(
    ("lon", "lat", "country", "admin1_code"),
    [
        (30.52, 50.45, "UA", "12"),
        (33.52, 44.61, "UA", "20"),
        (34.10, 44.95, "UA", "11"),
        (36.23, 49.99, "UA", "07"),
        (37.62, 54.19, "RU", "76"),
        (27.56, 53.90, "BY", "04"),
    ],
)
def test_locate(lon, lat, country, admin1_code):
    found = boundaries.locate(lon, lat)
    assert found["country_code"] == country
    assert found["admin1_code"] == admin1_code


def test_locate_kyiv_district():
    assert boundaries.locate(30.50, 50.51)["district"].startswith("Obolon")
    assert boundaries.locate(36.23, 49.99)["district"] is None


def test_locate_in_the_sea_finds_nothing():
    assert boundaries.locate(34.0, 43.0) == {
        "country_code": None,
        "admin1": None,
        "admin1_code": None,
        "iso_3166_2": None,
        "district": None,
    }


def test_ukraine_belarus_border_length_is_close_to_the_official_1084_km():
    line = boundaries.border_line("UA", "BY")
    assert line == boundaries.border_line("by", "ua")
    length_km = GEOD.geometry_length(line) / 1000
    assert 1000 < length_km < 1120


def test_no_border_between_countries_that_do_not_touch():
    assert boundaries.border_line("UA", "LT") is None


def test_border_area_is_a_strip_on_one_side():
    strip = boundaries.border_area("UA", "BY", width_km=30)
    assert boundaries.country("UA").buffer(1e-6).contains(strip)
    assert strip.contains(Point(30.22, 51.27))  # Chornobyl, ~15 km from the border
    assert not strip.contains(Point(30.52, 50.45))  # Kyiv, ~100 km away
    wider = boundaries.border_area("UA", "BY", width_km=60)
    assert wider.area > strip.area * 1.7


def test_border_area_of_unknown_pair_raises():
    from geomap.errors import GazetteerError

    with pytest.raises(GazetteerError):
        boundaries.border_area("UA", "LT")


@pytest.mark.parametrize(
    "name", ["Kharkiv Oblast", "UA-63", "UA.07", "Харківська область", "Kharkiv region", "Kharkivska oblast"]
)
def test_region_by_name_or_code(name):
    geometry = boundaries.region(name)
    assert geometry is not None and geometry.contains(Point(36.23, 49.99))


def test_region_tula_and_crimea():
    assert boundaries.region("Tula region").contains(Point(37.62, 54.19))
    assert boundaries.region("Crimea").contains(Point(34.10, 44.95))
    assert boundaries.region("Atlantis") is None


def test_region_for_a_resolved_location():
    location = Resolver.default().geocode("Bakhmut")
    assert boundaries.region_for(location).contains(Point(location.longitude, location.latitude))
    assert boundaries.region_for("UA", "12").contains(Point(30.52, 50.45))
    place = Resolver.default().gazetteer.lookup("Kursk")[0]
    assert boundaries.region_for(place).contains(Point(36.19, 51.73))


@pytest.mark.parametrize(
    "name",
    [
        "Obolon",
        "Obolonskyi raion",
        "Solom'yanskyi",
        "Solomianskyi district",
        "Оболонський район",
        "Podilskyi",
        "Pechersk",
        "Holosiivskyi",
        "Darnytskyi",
        "Desnianskyi",
        "Dniprovskyi",
        "Sviatoshynskyi",
        "Shevchenkivskyi",
    ],
)
def test_kyiv_district(name):
    geometry = boundaries.kyiv_district(name)
    assert geometry is not None
    assert geometry.within(boundaries.country("UA").buffer(0.01))


def test_kyiv_district_unknown():
    assert boundaries.kyiv_district("Manhattan") is None


def test_kyiv_districts_cover_about_822_square_km():
    layer = boundaries.load_layer("kyiv_districts")
    assert len(layer["features"]) == 10
    from shapely.geometry import shape

    area = sum(abs(GEOD.geometry_area_perimeter(shape(f["geometry"]))[0]) for f in layer["features"]) / 1e6
    assert area == pytest.approx(821.7, rel=0.03)


@pytest.mark.parametrize("name", ["countries", "regions", "kyiv_districts", "cities", "borders"])
def test_load_layer_is_a_feature_collection(name):
    layer = boundaries.load_layer(name)
    assert layer["type"] == "FeatureCollection" and layer["features"]
    layer["features"].clear()  # a fresh copy each call: callers may modify it
    assert boundaries.load_layer(name)["features"]


def test_cities_layer_has_labels():
    cities = boundaries.load_layer("cities")["features"]
    names = {f["properties"]["name"] for f in cities}
    assert {"Kyiv", "Kharkiv", "Moscow", "Minsk"} <= names
    assert all(f["properties"]["population"] > 0 for f in cities)


def test_regions_layer_covers_the_three_countries():
    regions = boundaries.load_layer("regions")["features"]
    ukraine = [f for f in regions if f["properties"]["country_code"] == "UA"]
    assert len(ukraine) == 27
    assert {f["properties"]["country_code"] for f in regions} == {"UA", "RU", "BY"}
    assert not [
        f
        for f in regions
        if f["properties"]["iso_3166_2"] in ("UA-43", "UA-40") and f["properties"]["country_code"] != "UA"
    ]


def test_unknown_layer_lists_the_valid_ones():
    with pytest.raises(ValueError, match="countries"):
        boundaries.load_layer("rivers")


def test_district_for_a_resolved_kyiv_district():
    resolver = Resolver.default()
    for name in ("Obolon", "Solomianskyi district", "Kyiv's Pechersk district"):
        location = resolver.geocode(name)
        outline = boundaries.district_for(location)
        assert outline is not None and outline.contains(Point(location.longitude, location.latitude)), name
    assert boundaries.district_for(resolver.geocode("Kharkiv")) is None
    assert boundaries.district_for((30.50, 50.51)) == boundaries.kyiv_district("Obolon")
