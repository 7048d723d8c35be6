"""A resolver reused across many texts must answer exactly as a fresh one: its caches never leak context."""

import pytest

from geomap.gazetteer import Gazetteer
from geomap.resolver import Resolver


def _answer(location):
    return location.address, location.point, location.raw


@pytest.fixture(scope="module")
def places():
    fresh = Resolver(Gazetteer.default())
    return {name: fresh.geocode(name) for name in ("Lviv", "Kharkiv", "Moscow", "Odesa", "Bryansk")}


def test_reused_resolver_answers_like_a_fresh_one_whatever_the_context(places):
    contexts = [
        (),
        (places["Lviv"],),
        (places["Kharkiv"], places["Moscow"]),
        (places["Lviv"],),  # the same Location objects again: remembered points must still fit
        ("Odesa", places["Bryansk"]),
        ("Sosnivka", places["Lviv"]),  # a plain name equal to the query is not context for itself
        (),
    ]
    reused = Resolver(Gazetteer.default())
    for context in contexts:
        for query in ("Sosnivka", "Tula", "Mykolaivka", "Podil district", "Kyiv's Obolon district"):
            expected = Resolver(Gazetteer.default()).geocode(query, context=context)
            assert _answer(reused.geocode(query, context=context)) == _answer(expected), (query, context)


def test_ranked_lists_do_not_depend_on_earlier_calls(places):
    reused = Resolver(Gazetteer.default())
    reused.geocode("Sosnivka", context=(places["Lviv"],), exactly_one=False)
    ranked = reused.geocode("Sosnivka", context=(places["Kharkiv"],), exactly_one=False, limit=5)
    fresh = Resolver(Gazetteer.default()).geocode(
        "Sosnivka", context=(places["Kharkiv"],), exactly_one=False, limit=5
    )
    assert [_answer(location) for location in ranked] == [_answer(location) for location in fresh]
    assert ranked[0].raw["admin1"] != "Lviv Oblast"


def test_a_whole_country_in_the_context_is_part_of_what_is_remembered(places):
    # A country counts towards its share of the context but gives no point: two contexts with the same
    # points and different countries must not share an answer.
    russia = Resolver(Gazetteer.default()).geocode("Russia")
    reused = Resolver(Gazetteer.default())
    reused.geocode("Kharkiv", context=(places["Odesa"],))
    answer = reused.geocode("Kharkiv", context=(places["Odesa"], russia))
    fresh = Resolver(Gazetteer.default()).geocode("Kharkiv", context=(places["Odesa"], russia))
    assert _answer(answer) == _answer(fresh)
