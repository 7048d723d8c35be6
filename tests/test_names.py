import doctest

import pytest

from geomap.names import ParsedName, adjective_stem, loose_key, normalize, parse_query, script_of


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Kyiv", "kyiv"),
        ("  KYIV  ", "kyiv"),
        ("Solom’yanskyi", "solomyanskyi"),
        ("Solom'yanskyi", "solomyanskyi"),
        ("Solomʼyanskyi", "solomyanskyi"),
        ("Ivano-Frankivsk", "ivano frankivsk"),
        ("Rzeszów", "rzeszow"),
        ("Київ", "київ"),
        ("Орёл", "орел"),
        ("Солом'янський", "соломянський"),
    ],
)
def test_normalize_folds_case_marks_and_apostrophes(written, key):
    assert normalize(written) == key


def test_normalize_keeps_cyrillic_short_i_distinct():
    assert normalize("Київ") != normalize("Кииів")
    assert normalize("й") == "й"


@pytest.mark.parametrize(
    "spellings",
    [
        ("Solomianskyi", "Solom'yanskyi", "Solomyanskyi", "Соломянский"),
        ("Kharkiv", "Харків"),
        ("Zaporizhzhia", "Zaporizhia", "Zaporizhzhya"),
        ("Kyiv", "Київ"),
        ("Obolonskyi", "Obolonskyy", "Obolonskiy", "Оболонский"),
    ],
)
def test_loose_key_merges_transliterations(spellings):
    assert len({loose_key(s) for s in spellings}) == 1


def test_loose_key_keeps_different_places_apart():
    assert loose_key("Kharkiv") != loose_key("Kherson")
    assert loose_key("Sumy") != loose_key("Sambir")


def test_adjective_stem_finds_the_town_in_a_raion_name():
    assert adjective_stem(loose_key("Obolonskyi")) == loose_key("Obolon")
    assert adjective_stem(loose_key("Tul'skaya")) == loose_key("Tula")[:-1]
    assert adjective_stem(loose_key("Kyiv")) is None


@pytest.mark.parametrize(
    ("mention", "parsed"),
    [
        ("Tula region", ParsedName("tula", "region", None)),
        ("Chernihiv oblast", ParsedName("chernihiv", "region", None)),
        ("Kharkiv Oblast", ParsedName("kharkiv", "region", None)),
        ("Obolonskyi raion", ParsedName("obolonskyi", "district", None)),
        ("Solomyanskyi district", ParsedName("solomyanskyi", "district", None)),
        ("Kyiv's Obolon district", ParsedName("obolon", "district", "kyiv")),
        ("Kyiv’s Obolon district", ParsedName("obolon", "district", "kyiv")),
        ("Obolon district of Kyiv", ParsedName("obolon", "district", "kyiv")),
        ("the city of Dnipro", ParsedName("dnipro", "city", None)),
        ("the Kherson region", ParsedName("kherson", "region", None)),
        ("Russia's", ParsedName("russia", None, None)),
        ("Ukraine’s", ParsedName("ukraine", None, None)),
        ("Київська область", ParsedName("київська", "region", None)),
        ("Донецька обл.", ParsedName("донецька", "region", None)),
        ("м. Київ", ParsedName("київ", "city", None)),
        ("Rostov-on-Don", ParsedName("rostov on don", None, None)),
        ("Oblast", ParsedName("oblast", None, None)),
        ("Obolon raion district", ParsedName("obolon", "district", None)),
        ("In Ukraine’s Chernihiv", ParsedName("chernihiv", None, "ukraine")),
        ("near Kharkiv", ParsedName("kharkiv", None, None)),
        ("Luhansk People's Republic", ParsedName("luhansk peoples", "region", None)),  # no possessive
    ],
)
def test_parse_query(mention, parsed):
    assert parse_query(mention) == parsed


@pytest.mark.parametrize(
    ("text", "script"),
    [("Kyiv", "latin"), ("Київ", "cyrillic"), ("Kyiv Київ", "mixed"), ("東京", "other"), ("123", "other")],
)
def test_script_of(text, script):
    assert script_of(text) == script


def test_docstring_examples_run():
    import geomap.boundaries
    import geomap.gazetteer.store
    import geomap.names
    import geomap.resolver

    for module in (geomap.names, geomap.gazetteer.store, geomap.resolver, geomap.boundaries):
        assert doctest.testmod(module).failed == 0, module.__name__
