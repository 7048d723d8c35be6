import pickle
import sqlite3

import pytest

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer, Place
from geomap.gazetteer.build import PlaceRecord, usable_alias
from geomap.gazetteer.store import DATABASE_NAME, write_database


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def test_default_is_opened_once(gazetteer):
    assert Gazetteer.default() is gazetteer
    assert len(gazetteer) > 15_000


def test_open_accepts_the_directory_or_the_file(gazetteer):
    assert Gazetteer.open(gazetteer.directory).path == gazetteer.path
    assert Gazetteer.open(gazetteer.path).path == gazetteer.path


def test_environment_variable_chooses_the_gazetteer(gazetteer, monkeypatch, tmp_path):
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gazetteer.directory))
    assert Gazetteer.open().path == gazetteer.path
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path))
    with pytest.raises(GazetteerError, match="geomap gazetteer build"):
        Gazetteer.open()


def test_missing_file_says_how_to_build_one(tmp_path):
    with pytest.raises(GazetteerError, match="geomap gazetteer build"):
        Gazetteer.open(tmp_path / "missing")


def test_a_file_that_is_not_a_gazetteer_is_rejected(tmp_path):
    path = tmp_path / DATABASE_NAME
    path.write_text("not a database")
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer.open(path)
    assert isinstance(GazetteerError("x"), OSError)


def test_an_old_schema_is_rejected(tmp_path):
    path = tmp_path / DATABASE_NAME
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '0');"
    )
    connection.commit()
    connection.close()
    with pytest.raises(GazetteerError, match="schema"):
        Gazetteer.open(path)


def test_lookup_exact_and_across_transliterations(gazetteer):
    cities = [p for p in gazetteer.lookup("Kiev") if p.kind == "city"]
    assert cities and cities[0].name == "Kyiv" and isinstance(cities[0], Place)
    assert not any(p.name.startswith("Solomianskyi") for p in gazetteer.lookup("Solomyanskyi"))
    assert any(
        p.kind == "district" and p.feature_class == "A" for p in gazetteer.lookup("Solomyanskyi", loose=True)
    )


def test_lookup_orders_by_population(gazetteer):
    places = gazetteer.lookup("Mykolaivka")
    populations = [p.population for p in places]
    assert len(places) > 5 and populations == sorted(populations, reverse=True)


def test_every_alias_script_finds_the_place(gazetteer):
    for name in ("Kyiv", "Kiev", "Київ", "Киев", "KYIV", "kyiv"):
        assert 703448 in {p.geonameid for p in gazetteer.lookup(name)}, name


def test_contains_takes_exact_names_other_romanisations_of_towns_and_skips_common_words(gazetteer):
    assert gazetteer.contains("Kharkiv")
    assert gazetteer.contains("Russia's")
    assert gazetteer.contains("Afipsky")  # GeoNames spells the Krasnodar town Afipskiy
    assert gazetteer.contains("Kharkovv") and not gazetteer.contains("Blorvakino")  # romanised, or nowhere
    assert not gazetteer.contains("Sea")  # an English word that is Zeya in another romanisation
    assert not gazetteer.contains("Never")  # a Russian village, and an English word
    assert gazetteer.contains("Never", common_words=True)
    assert gazetteer.is_common_word("Many") and not gazetteer.is_common_word("Kyiv")


def test_contains_takes_a_village_in_another_romanisation_when_its_name_is_long(gazetteer):
    assert gazetteer.contains("Kamensky Khutor")  # GeoNames: Kamenskiy Khutor, a Bryansk village
    assert not gazetteer.contains("Blorvakino Khutor")  # still only names that are somewhere


def test_contains_with_a_minimum_population(gazetteer):
    assert gazetteer.contains("Irpin", min_population=50_000)
    assert not gazetteer.contains("Irpin", min_population=500_000)
    assert gazetteer.contains("Kherson region", min_population=10_000_000)  # regions always count


def test_get_and_admin_names(gazetteer):
    kyiv = gazetteer.get(703448)
    assert kyiv.kind == "city" and kyiv.feature_code == "PPLC"
    assert gazetteer.get(-1) is None
    assert gazetteer.admin1_name("UA", "12") == "Kyiv City"
    assert gazetteer.admin1_name("RU", "76") == "Tula Oblast"
    assert gazetteer.admin2_name("UA", "12", "") is None


def test_obolon_is_a_district_of_kyiv(gazetteer):
    obolon = gazetteer.get(8519916)
    assert obolon.kind == "district" and obolon.parent == 703448


def test_nearby(gazetteer):
    found = gazetteer.nearby(50.4501, 30.5234, radius_km=5)
    assert found and found[0][0] < 2
    distances = [d for d, _ in found]
    assert distances == sorted(distances) and max(distances) <= 5
    assert all(p.kind == "city" for _, p in gazetteer.nearby(50.45, 30.52, radius_km=5, kinds=["city"]))


def test_nearby_crosses_grid_cells(gazetteer):
    kyiv = gazetteer.get(703448)
    found = {p.geonameid for _, p in gazetteer.nearby(50.0, 30.5234, radius_km=60)}  # the 50th parallel
    assert kyiv.geonameid in found
    assert gazetteer.nearby(0.0, -160.0, radius_km=50) == []


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Valletta", "MT"),  # a capital under 100,000
        ("Doha", "QA"),
        ("Narva", "EE"),  # a neighbour's town of 10,000+
        ("Siret", "RO"),  # neighbours' towns on Ukraine's border, whatever their size
        ("Medyka", "PL"),
        ("Giurgiulesti", "MD"),
    ],
)
def test_coverage_abroad(gazetteer, name, country):
    assert any(p.country_code == country for p in gazetteer.lookup(name))


def test_small_towns_far_away_are_left_out(gazetteer):
    assert {p.country_code for p in gazetteer.lookup("Tula")} == {"RU"}  # Tula de Allende, Mexico: 28,000


def test_suggestions(gazetteer):
    assert "Kharkiv" in gazetteer.suggestions("Kharkivz")
    assert gazetteer.suggestions("") == []


def test_pickles_by_path(gazetteer):
    assert pickle.loads(pickle.dumps(gazetteer)).path == gazetteer.path


@pytest.mark.parametrize(
    ("alias", "usable"),
    [
        ("Kyiv", True),
        ("Київ", True),
        ("IEV", False),
        ("awdsa", False),
        ("キエフ", False),
        ("Kiev 1", False),
        ("K", False),
        ("Sant'Agata", True),
    ],
)
def test_usable_alias(alias, usable):
    assert usable_alias(alias) is usable


def test_write_database_is_deterministic(tmp_path):
    def records():
        first = PlaceRecord(2, "Beta", 50.0, 30.0, "UA", "city", population=10)
        second = PlaceRecord(1, "Alpha", 51.0, 31.0, "UA", "city", population=20)
        first.add_names(["Beta", "Бета"])
        second.add_names(["Alpha", "Альфа"])
        return [first, second]

    options = {
        "admin1_names": {("UA", "12"): "Kyiv City"},
        "common_words": ["many"],
        "meta": {"schema_version": "1"},
    }
    write_database(tmp_path / "a.sqlite", records(), **options)
    write_database(tmp_path / "b.sqlite", reversed(records()), **options)
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()
    small = Gazetteer.open(tmp_path / "a.sqlite")
    assert [p.name for p in small.lookup("бета")] == ["Beta"]
    assert small.is_common_word("Many")
