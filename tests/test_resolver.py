import pickle
from pathlib import Path

import pytest
from geopy.location import Location

from geomap.errors import PlaceNotFound
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.build import PlaceRecord
from geomap.gazetteer.sources import read_dump
from geomap.gazetteer.store import SCHEMA_VERSION, write_database
from geomap.model import Precision
from geomap.resolver import Resolver, precision_of

TULA_PLACES = Path(__file__).parent / "data" / "foundation" / "tula" / "places.txt"
RAW_KEYS = {
    "geonameid",
    "name",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1",
    "admin2",
    "population",
    "precision",
    "reason",
    "source",
    "qualifier",
}


@pytest.fixture(scope="module")
def resolver():
    return Resolver.default()


@pytest.fixture(scope="module")
def tula_resolver(tmp_path_factory):
    """A resolver over a tiny gazetteer with the competing Tulas (Russia and Mexico) and their neighbours.

    The shipped gazetteer keeps only Mexico's larger towns, so the context tests run against
    this one, written by the store's own writer from GeoNames rows in ``tests/data/foundation/tula/``.
    """
    rows = list(read_dump(TULA_PLACES))
    records = []
    for row in rows:
        record = PlaceRecord(
            geonameid=row.geonameid,
            name=row.name,
            lat=row.lat,
            lon=row.lon,
            country_code=row.country_code,
            kind="region" if row.feature_code == "ADM1" else "city",
            feature_class=row.feature_class,
            feature_code=row.feature_code,
            admin1=row.admin1,
            population=row.population,
        )
        record.add_names([row.name, *row.alternatenames])
        records.append(record)
    path = tmp_path_factory.mktemp("tula") / "gazetteer.sqlite"
    write_database(
        path,
        records,
        admin1_names={(r.country_code, r.admin1): r.name for r in rows if r.feature_code == "ADM1"},
        common_words=(),
        meta={"schema_version": str(SCHEMA_VERSION), "focus_countries": "RU,UA", "near_countries": "RU,UA"},
    )
    return Resolver(Gazetteer.open(path))


def test_geocode_returns_a_geopy_location_with_the_contract_raw_keys(resolver):
    location = resolver.geocode("Kiev")
    assert isinstance(location, Location)
    assert location.address == "Kyiv, Kyiv City, Ukraine"
    address, (lat, lon) = location
    assert address == location.address and lat == pytest.approx(50.45, abs=0.05)
    assert RAW_KEYS <= set(location.raw)
    assert location.raw["source"] == "gazetteer"
    assert Precision(location.raw["precision"]) is Precision.CITY
    assert "Kyiv" in location.raw["reason"]


def test_every_answer_carries_precision_and_reason(resolver):
    for location in resolver.geocode("Sosnivka", exactly_one=False):
        assert location.raw["precision"] in {p.value for p in Precision}
        assert location.raw["reason"]


def test_exactly_one_false_ranks_candidates(tula_resolver):
    locations = tula_resolver.geocode("Tula", exactly_one=False)
    assert {loc.raw["country_code"] for loc in locations} == {"RU", "MX"}
    assert locations[0].raw["country_code"] == "RU"
    scores = [loc.raw["score"] for loc in locations]
    assert scores == sorted(scores, reverse=True)
    assert len(tula_resolver.geocode("Tula", exactly_one=False, limit=2)) == 2


@pytest.mark.parametrize(
    ("query", "name_part", "country"),
    [
        ("Tula region", "Tula", "RU"),
        ("Kharkiv Oblast", "Kharkiv", "UA"),
        ("Kherson region", "Kherson", "UA"),
        ("Kyiv region", "Kyiv Oblast", "UA"),
        ("Kyiv Oblast", "Kyiv Oblast", "UA"),
        ("Chernihiv oblast", "Chernihiv", "UA"),
        ("Донецька область", "Donetsk", "UA"),
        ("Belgorod region", "Belgorod", "RU"),
        ("Kursk Oblast", "Kursk", "RU"),
        ("Moscow region", "Moscow Oblast", "RU"),
        ("Gomel region", "Gomel Region", "BY"),
    ],
)
def test_region_qualifier_gives_the_oblast_not_the_city(resolver, query, name_part, country):
    location = resolver.geocode(query)
    assert location.raw["kind"] == "region", location.raw["reason"]
    assert location.raw["precision"] == "region"
    assert location.raw["qualifier"] == "region"
    assert name_part in location.raw["name"] and location.raw["country_code"] == country


@pytest.mark.parametrize(
    ("query", "region"),
    [("Dnipro region", "Dnipropetrovsk Oblast"), ("Kropyvnytskyi region", "Kirovohrad Oblast")],
)
def test_region_named_after_its_centre(resolver, query, region):
    location = resolver.geocode(query)
    assert location.raw["name"] == region, location.raw["reason"]
    assert "region around" in location.raw["reason"]


@pytest.mark.parametrize(("name", "country"), [("Chechnya", "RU"), ("Volyn", "UA"), ("Zakarpattia", "UA")])
def test_a_region_name_alone_gives_the_region(resolver, name, country):
    location = resolver.geocode(name)
    assert location.raw["kind"] == "region" and location.raw["country_code"] == country, location.raw[
        "reason"
    ]


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Luhansk People's Republic", "Luhansk Oblast"),
        ("LPR", "Luhansk Oblast"),
        ("Donetsk People’s Republic", "Donetsk Oblast"),
        ("DNR", "Donetsk Oblast"),
    ],
)
def test_the_names_occupation_authorities_use_give_the_oblast(resolver, name, region):
    assert resolver.geocode(name).raw["name"] == region


def test_tula_region_is_not_the_city(resolver):
    region = resolver.geocode("Tula region")
    city = resolver.geocode("Tula")
    assert city.raw["kind"] == "city" and region.raw["kind"] == "region"
    assert region.raw["geonameid"] != city.raw["geonameid"]


def test_unqualified_name_prefers_the_city_over_its_region(resolver):
    for name in ("Kharkiv", "Kherson", "Sumy", "Tula", "Lviv", "Kyiv", "Moscow"):
        assert resolver.geocode(name).raw["kind"] == "city", name


@pytest.mark.parametrize("context", [["Moscow"], ["Moscow", "Bryansk region"], ["Kaluga", "Bryansk"]])
def test_tula_next_to_russian_places_is_in_russia(tula_resolver, context):
    location = tula_resolver.geocode("Tula", context=context)
    assert location.raw["country_code"] == "RU"
    assert location.latitude == pytest.approx(54.19, abs=0.1)
    assert "also named in the text" in location.raw["reason"]


def test_shipped_gazetteer_puts_tula_in_russia(resolver):
    location = resolver.geocode("Tula", context=["Moscow"])
    assert location.raw["country_code"] == "RU"
    assert location.latitude == pytest.approx(54.19, abs=0.1)


def test_context_can_move_an_answer_abroad(tula_resolver):
    location = tula_resolver.geocode("Tula", context=["Pachuca", "Mexico City"])
    assert location.raw["country_code"] == "MX"
    assert "also named in the text" in location.raw["reason"]


def test_context_accepts_locations(resolver):
    lviv = resolver.geocode("Lviv")
    near_lviv = resolver.geocode("Sosnivka", context=[lviv])
    alone = resolver.geocode("Sosnivka")
    assert near_lviv.raw["admin1"] == "Lviv Oblast"
    assert near_lviv.raw["geonameid"] != alone.raw["geonameid"] or alone.raw["admin1"] == "Lviv Oblast"


def test_a_country_in_the_context_counts_its_country_but_not_its_distance(resolver):
    # Ukraine's point lies nearer the centre of Izmail Raion than the town of Izmail: distance to a whole
    # country says nothing about which Izmail the text means.
    ukraine, turkey = resolver.geocode("Ukraine"), resolver.geocode("Turkey")
    location = resolver.geocode("Izmail", context=[turkey, ukraine])
    assert location.raw["precision"] == "city" and location.raw["admin1"] == "Odesa Oblast"
    assert "km from Ukraine" not in location.raw["reason"]


def test_country_codes_restrict_the_answer(resolver, tula_resolver):
    assert tula_resolver.geocode("Tula", country_codes="MX").raw["country_code"] == "MX"
    assert tula_resolver.geocode("Tula", country_codes=["mx"]).raw["country_code"] == "MX"
    assert resolver.geocode("Istanbul", country_codes="TR").raw["country_code"] == "TR"
    with pytest.raises(PlaceNotFound) as caught:
        resolver.geocode("Kharkiv", country_codes="BY")
    assert any("(UA)" in s for s in caught.value.suggestions)


def test_the_official_romanisation_of_a_town_finds_the_town_not_a_village_spelled_so(resolver):
    location = resolver.geocode("Balakliia")  # GeoNames: Balakliya (Kharkiv Oblast, 26,000 people)
    assert (location.raw["name"], location.raw["admin1"]) == ("Balakliya", "Kharkiv Oblast")
    assert resolver.is_place_name("Afipsky")  # GeoNames: Afipskiy


def test_crimea_is_ukraine(resolver):
    for name in ("Sevastopol", "Simferopol", "Crimea", "Kerch", "Yalta"):
        assert resolver.geocode(name).raw["country_code"] == "UA", name


def test_kyiv_districts_resolve_to_kyiv_not_other_cities(resolver):
    for name in ("Podil", "Obolon", "Pechersk", "Darnytsia", "Sviatoshyn"):
        location = resolver.geocode(name)
        assert location.raw["admin1"] == "Kyiv City", (name, location.raw["reason"])
        assert location.raw["precision"] == "district"


def test_parent_in_the_query_is_used(resolver):
    location = resolver.geocode("Kyiv's Obolon district")
    assert location.raw["admin1"] == "Kyiv City"
    assert "as the query says" in location.raw["reason"]


@pytest.mark.parametrize(
    ("query", "city"),
    [
        ("Kharkiv's Kyivskyi district", "Kharkiv"),
        ("Industrialnyi district of Kharkiv", "Kharkiv"),
        ("Zaporizhzhia's Dniprovskyi district", "Zaporizhzhya"),
    ],
)
def test_unknown_district_of_a_known_city_falls_back_to_the_city(resolver, query, city):
    location = resolver.geocode(query)
    assert location.raw["name"] == city and location.raw["precision"] == "city", location.raw["reason"]
    assert "located at" in location.raw["reason"]


def test_unknown_name_raises_place_not_found_with_suggestions(resolver):
    with pytest.raises(PlaceNotFound) as caught:
        resolver.geocode("Zaporizhzhiaxyz")
    error = caught.value
    assert isinstance(error, LookupError)
    assert "Zaporizhzhya" in error.suggestions or any("Zapor" in s for s in error.suggestions)


def test_non_text_queries_raise_place_not_found(resolver):
    for query in (None, float("nan"), 42):
        with pytest.raises(PlaceNotFound):
            resolver.geocode(query)


def test_gibberish_raises(resolver):
    with pytest.raises(PlaceNotFound):
        resolver.geocode("Qwxzv Blorp")
    with pytest.raises(PlaceNotFound):
        resolver.geocode("   ")


@pytest.mark.parametrize("word", ["Many", "Friday", "Read", "Governor", "May", "Will", "The", "After"])
def test_common_words_are_not_place_names(resolver, word):
    assert not resolver.is_place_name(word)


NEWS_WORDS = (
    "President Ministry Defense Air Force Sunday General Staff Security Service State Emergency Mayor "
    "Governor "
    "Head Military Reuters Telegram Shahed Iskander Kinzhal Patriot NATO European Union White House Trump "
    "Zelensky Putin Kremlin Red Cross Black Sea Fleet Victory Day Western Eastern Ukrainian Russian Yermak "
    "Bridge Airport Port Station Plant Mission UN Bradley Su Tu Center"
).split()


def test_news_vocabulary_is_not_taken_for_places(resolver):
    assert [word for word in NEWS_WORDS if resolver.is_place_name(word)] == []


@pytest.mark.parametrize("name", ["Rzeszow", "Przemysl", "Chisinau", "Iasi", "Uzhhorod", "Tiraspol"])
def test_neighbours_towns_are_place_names(resolver, name):
    assert resolver.is_place_name(name)


@pytest.mark.parametrize("name", ["Kyiv", "Russia's", "Kharkiv", "Tula region", "Obolon", "Ukraine", "Київ"])
def test_is_place_name(resolver, name):
    assert resolver.is_place_name(name)


def test_common_word_answers_are_flagged_and_rank_low(resolver):
    location = resolver.geocode("Never")
    assert location.raw["common_word"] is True
    assert "common English word" in location.raw["reason"]
    assert location.raw["score"] < resolver.geocode("Irpin").raw["score"]


def test_possessive_is_stripped(resolver):
    assert resolver.geocode("Russia's").raw["kind"] == "country"
    assert resolver.geocode("Ukraine’s").raw["country_code"] == "UA"


def test_world_cities_resolve(resolver):
    assert resolver.geocode("Istanbul").raw["country_code"] == "TR"
    assert resolver.geocode("Abu Dhabi").raw["country_code"] == "AE"


def test_reverse_finds_the_nearest_place(resolver):
    location = resolver.reverse((50.4501, 30.5234))
    assert location.raw["admin1"] == "Kyiv City"
    assert "km away" in location.raw["reason"]
    assert resolver.reverse("49.99, 36.23").raw["admin1"] == "Kharkiv Oblast"
    assert len(resolver.reverse((49.99, 36.23), exactly_one=False)) > 1


def test_reverse_far_from_places_falls_back_to_the_region(resolver):
    location = resolver.reverse((62.0, 95.0))  # Siberian taiga, far from any town
    assert location.raw["country_code"] == "RU"
    assert location.raw["precision"] == "region"
    assert (location.latitude, location.longitude) == (62.0, 95.0)


def test_reverse_in_the_open_sea_raises(resolver):
    with pytest.raises(PlaceNotFound):
        resolver.reverse((43.0, 34.0))  # the middle of the Black Sea


def test_precision_of_returns_the_model_enum(resolver):
    place = resolver.gazetteer.lookup("Tula region")[0]
    assert isinstance(precision_of(place), Precision)


def test_resolver_pickles_for_worker_processes(resolver):
    clone = pickle.loads(pickle.dumps(resolver))
    assert clone.geocode("Odessa").raw["geonameid"] == resolver.geocode("Odessa").raw["geonameid"]


def test_works_inside_geopy_rate_limiter(resolver):
    from geopy.extra.rate_limiter import RateLimiter

    limited = RateLimiter(resolver.geocode, min_delay_seconds=0)
    assert limited("Kharkov").raw["name"] == "Kharkiv"
    limited_reverse = RateLimiter(resolver.reverse, min_delay_seconds=0)
    assert limited_reverse((50.45, 30.52)).raw["country_code"] == "UA"


def test_works_in_geopandas_tools_geocode():
    geopandas = pytest.importorskip("geopandas")
    frame = geopandas.tools.geocode(["Kiev", "Odessa", "Nowhereville Qx"], provider=Resolver)
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.iloc[0].x == pytest.approx(30.52, abs=0.05)
    assert frame.address.iloc[1].startswith("Odesa")
    assert frame.geometry.iloc[2].is_empty
    back = geopandas.tools.reverse_geocode(frame.geometry.iloc[:1], provider=Resolver)
    assert "Kyiv" in back.address.iloc[0]


def test_a_region_in_the_context_holds_its_places_however_far_from_its_point(resolver):
    # Sumy Oblast's Druzhba lies near the Russian border, further from the oblast's point than Chernihiv
    # Oblast's Druzhba is: the region named says which one, not the distance to its point.
    location = resolver.geocode("Druzhba", context=["Sumy region"])
    assert location.raw["admin1"] == "Sumy Oblast"
    assert "in Sumy Oblast, also named in the text" in location.raw["reason"]
    assert "km from Sumy Oblast" not in location.raw["reason"]


def test_an_adjectival_district_the_gazetteer_lacks_is_its_centre(resolver):
    location = resolver.geocode("Klimovsky district")  # not Klimovsk, Moscow Oblast
    assert (location.raw["name"], location.raw["admin1"]) == ("Klimovo", "Bryansk Oblast")
    assert "the town 'Klimovsky district' is named after" in location.raw["reason"]


@pytest.mark.parametrize(
    ("query", "centre"),
    [("Kursky district", ("Kursk", "Kursk Oblast")), ("Rylsky district", ("Ryl’sk", "Kursk Oblast"))],
)
def test_a_district_named_after_a_town_keeps_the_whole_name(resolver, query, centre):
    location = resolver.geocode(query)  # "Kursky" is Kursk's district, not Kur'ya with the stem "Kur"
    assert (location.raw["name"], location.raw["admin1"]) == centre


def test_capital_answers_a_countrys_capital_and_says_so(resolver, tula_resolver):
    kyiv = resolver.capital("UA")
    assert (kyiv.raw["name"], kyiv.raw["feature_code"]) == ("Kyiv", "PPLC")
    assert kyiv.raw["reason"].endswith("the capital of Ukraine")
    assert tula_resolver.capital("UA") is None  # a gazetteer without one says nothing


def test_regional_centre_answers_a_regions_centre_and_says_so(resolver):
    region = resolver.geocode("Zaporizhzhia Oblast")
    centre = resolver.regional_centre(region.raw["geonameid"])
    assert (centre.raw["name"], centre.raw["feature_code"]) == ("Zaporizhzhya", "PPLA")
    assert centre.raw["reason"].endswith("the centre of " + region.raw["name"])
    city = resolver.geocode("Melitopol")
    assert resolver.regional_centre(city.raw["geonameid"]) is None  # no region, no centre
