"""The bounded memo shared by the articles of a run."""

from __future__ import annotations

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
