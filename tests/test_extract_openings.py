"""The lookaheads on first characters are derived from the patterns, so no alternative is left out."""

import re

import pytest

from geomap.extraction.openings import compile_opening, first_characters, opening_lookahead


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?:in|across|near)\s+$", re.IGNORECASE, "ain"),
        (r"(?:the\s+)?(?:city|town)", 0, "ct"),  # an optional opening adds what follows it
        (r"(?:(?:shot|shoots?)\s+down|downed)", 0, "ds"),  # nested groups
        (r"(?:(?<!under\s)fires?|blaze)", 0, "bf"),  # a lookbehind is passed over
        (r"(?:\d\w*|one|two)", 0, r"\dot"),
        (r"[x-z]+|Kyiv", re.IGNORECASE, "x-zk"),  # letters in lower case under IGNORECASE
        (r"Kyiv|kharkiv", 0, "Kk"),
        (r"(?:[.!?]\s+|[ \t]*\n)", 0, r"\x09\x0a\x20!.?"),
        (r"(?:a-b|\]x|\^y)", 0, r"\]\^a"),  # characters special in a class are escaped
        (r"[A-Z]\w*|Kyiv|\d|7", 0, r"\dA-Z"),  # characters a range or category admits are left out
    ],
)
def test_first_characters(pattern, flags, expected):
    assert first_characters(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [r"(?:in|on)?", r"\b", r".foo", r"[^a]bc", r"(?i:kyiv)"])
def test_no_first_characters(pattern):
    with pytest.raises(ValueError):
        first_characters(pattern)


def test_an_alternative_added_later_is_admitted():
    pattern = compile_opening(r"(?:in|across|zaporizhzhia-bound)\s+$", re.IGNORECASE, before=r"\b")
    assert pattern.search("drones flew Zaporizhzhia-bound ") is not None
    assert opening_lookahead(r"(?:in|across|zaporizhzhia-bound)", re.IGNORECASE) == "(?=[aiz])"


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:attack(?:s|ed)?|struck|hit|(?:missiles?|drones?)(?=\s+\w+ed\b))\b",
        r"(?:(?:north|south)(?:-?east)?\s+of\s+$|from\s+$)",
        r"(?:\d\w*|(?:twenty|two|a)\b(?=\s+dozen))",
        r"(?:north|south)(?:-?east)?\s+of\s+$|from\s+$|dozen",  # alternatives at the top level
    ],
)
def test_compiled_opening_matches_what_the_pattern_matches(pattern):
    text = (
        "Missiles struck Kyiv and drones hit Odesa; two attacks followed a drone launched north of Sumy. "
        "Twenty dozen, 15 killed, a dozen from \n south-east of town, 2025-05-24: attacked"
    )
    plain = re.compile(r"\b" + pattern, re.IGNORECASE)
    opened = compile_opening(pattern, re.IGNORECASE, before=r"\b")
    for start in range(len(text)):
        assert _spans(opened.finditer(text, start)) == _spans(plain.finditer(text, start))
        assert _spans([opened.search(text, 0, start)]) == _spans([plain.search(text, 0, start)])


def _spans(matches):
    return [match and match.span() for match in matches]


def test_lookahead_placement():
    # case-insensitive: after the assertions the pattern opens with, which are cheaper to test
    opened = compile_opening(r"\b(?<!-)(?:attack|strike)", re.IGNORECASE)
    assert opened.pattern == r"\b(?<!-)(?=[as])(?:attack|strike)"
    # case-sensitive: first, a plain class being the cheapest test
    assert compile_opening(r"\b(?:Russia|Ukraine)").pattern == r"(?=[RU])\b(?:Russia|Ukraine)"


def test_lookahead_guards_every_top_level_alternative():
    # added in front of "no...|without..." as text, a lookahead would guard the first alternative only
    opened = compile_opening(r"\bno\s+$|\bwithout\s+$", re.IGNORECASE)
    assert opened.pattern == r"(?=[nw])(?:\bno\s+$|\bwithout\s+$)"
    assert opened.search("they left without ") is not None
