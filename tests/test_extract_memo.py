"""The bounded memo shared by the articles of a run."""

from __future__ import annotations

from test_extract_fakes import FakeBoundaries, FakeResolver

from geomap.extraction.locate import Locator
from geomap.extraction.memo import LRU


def test_lru_keeps_at_most_size_entries_and_drops_the_least_recently_used():
    memo = LRU(2)
    memo["a"] = 1
    memo["b"] = 2
    assert memo.get("a") == 1  # "a" is now more recent than "b"
    memo["c"] = 3
    assert len(memo) == 2
    assert "b" not in memo
    assert (memo.get("a"), memo.get("c"), memo.get("b", "gone")) == (1, 3, "gone")


def test_lru_stores_falsy_answers():
    memo = LRU(4)
    memo["Back"] = False
    assert "Back" in memo and memo.get("Back", True) is False


def test_country_areas_and_points_are_worked_out_once_for_all_articles():
    boundaries, resolver = FakeBoundaries(), FakeResolver()
    first = Locator(resolver, boundaries=boundaries).country("UA", written="Ukraine")
    shared = Locator(resolver, boundaries=boundaries)._area_and_point(boundaries.country, "UA")
    again = Locator(resolver, boundaries=boundaries)._area_and_point(boundaries.country, "UA")
    assert shared is again  # the second article reuses the first one's area and point
    assert (first.lon, first.lat) == (shared[1].x, shared[1].y)
    assert Locator(resolver, boundaries=boundaries).border_area("UA", "RU", written="the border") is None
