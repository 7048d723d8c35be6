"""The cheap word gates in front of the extraction patterns never change what the patterns find."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geomap.extraction.attribution import find_actor, find_claim_source, find_parties
from geomap.extraction.dates import find_dates
from geomap.extraction.numbers import find_counts
from geomap.extraction.places import find_anaphors
from geomap.extraction.text import split_sentences
from geomap.extraction.triggers import find_triggers
from geomap.extraction.weapons import find_weapons

GOLD = Path(__file__).parent / "gold"
SENTENCES = [
    (text, sentence)
    for text in (path.read_text(encoding="utf-8") for path in sorted(GOLD.rglob("*.txt")))
    for sentence in split_sentences(text)
]


def test_gold_sentences_are_many():
    assert len(SENTENCES) > 200


@pytest.mark.parametrize("context", [False, True])
def test_triggers_with_and_without_word_gates_agree(context):
    for text, s in SENTENCES:
        options = {"start": s.start, "end": s.end, "prisoner_context": context, "exchange_context": context}
        assert find_triggers(text, words=s.words, **options) == find_triggers(text, **options), s.text


def test_weapons_with_and_without_word_gates_agree():
    for text, s in SENTENCES:
        gated = find_weapons(text, start=s.start, end=s.end, words=s.words)
        assert gated == find_weapons(text, start=s.start, end=s.end), s.text


def test_parties_with_and_without_word_gates_agree():
    for text, s in SENTENCES:
        gated = find_parties(text, start=s.start, end=s.end, words=s.words)
        assert gated == find_parties(text, start=s.start, end=s.end), s.text


def test_claim_sources_and_anaphors_with_and_without_word_gates_agree():
    for text, s in SENTENCES:
        bounds = {"start": s.start, "end": s.end}
        assert find_claim_source(text, words=s.words, **bounds) == find_claim_source(text, **bounds), s.text
        assert find_anaphors(text, words=s.words, **bounds) == find_anaphors(text, **bounds), s.text


def test_dates_with_and_without_word_gates_agree():
    published = dt.date(2025, 5, 24)
    for text, s in SENTENCES:
        bounds = {"start": s.start, "end": s.end}
        assert find_dates(text, published, words=s.words, **bounds) == find_dates(text, published, **bounds)


def test_counts_with_and_without_word_gates_agree():
    for text, s in SENTENCES:
        bounds = {"start": s.start, "end": s.end}
        assert find_counts(text, words=s.words, **bounds) == find_counts(text, **bounds), s.text
    text = "Over 300, 12 drones and a dozen missiles; x5 is no count."
    assert [c.value for c in find_counts(text, words=frozenset({"over", "drones"}))] == [300, 12]


def test_a_plan_cut_by_the_search_window_still_blocks():
    # The 60-character window before "attacked" starts inside "zzzzzzzzzzwill" and reads "will ...": the
    # sentence has no word "will", yet the gate must not skip the search.
    text = "Q " + "z" * 10 + "will " + "x" * 27 + " " + "y" * 26 + " attacked Kyiv."
    sentence = split_sentences(text)[0]
    assert "will" not in sentence.words
    options = {"start": sentence.start, "end": sentence.end}
    assert find_triggers(text, words=sentence.words, **options) == find_triggers(text, **options) == []


def test_actor_is_the_party_nearest_the_trigger():
    text = "A Russian missile struck a port in Ukraine, Ukrainian officials said."
    parties = find_parties(text, start=0, end=len(text))
    assert [party for _, party in parties] == ["Russia", "Ukraine"]  # "in Ukraine" is a place
    assert find_actor(parties, trigger_start=text.index("struck")) == "Russia"
    assert find_actor([], trigger_start=0) is None
