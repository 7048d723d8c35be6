"""Hand-kept gate words admit every weapon pattern.

A sentence is searched for a weapon only when one of its words starts like that weapon's pattern: a
pattern alternative the list misses would silently never match.
"""

import re
from re import _constants as sre
from re import _parser as sre_parse

import pytest

from geomap.extraction import weapons

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _heads(items, prefix=""):
    """Yield the literal text a match starts with, one string per path, cut at the first non-literal."""
    if not items:
        yield prefix
        return
    (op, value), rest = items[0], list(items[1:])
    if op in _ZERO_WIDTH:
        yield from _heads(rest, prefix)
    elif op is sre.LITERAL:
        yield from _heads(rest, prefix + chr(value))
    elif op is sre.BRANCH:
        for alternative in value[1]:
            yield from _heads(list(alternative) + rest, prefix)
    elif op is sre.SUBPATTERN:
        yield from _heads(list(value[3]) + rest, prefix)
    elif op is sre.MAX_REPEAT and (value[0], value[1]) == (0, 1):
        yield from _heads(list(value[2]) + rest, prefix)
        yield from _heads(rest, prefix)
    else:
        yield prefix


def _first_words(pattern: str, flags: int = 0) -> set[str]:
    """Return the lower-cased first words a match can start with (as far as the pattern spells them)."""
    return {re.match(r"\w*", head.lower()).group() for head in _heads(list(sre_parse.parse(pattern, flags)))}


@pytest.mark.parametrize(
    ("weapon", "pattern"), weapons._PATTERNS, ids=[weapon.value for weapon, _ in weapons._PATTERNS]
)
def test_every_weapon_pattern_starts_with_one_of_its_gate_words(weapon, pattern):
    firsts = weapons._FIRST_WORDS[weapon]
    for word in _first_words(pattern.pattern, pattern.flags):
        assert word.startswith(firsts), f"{weapon}: a match starting {word!r} is not admitted by {firsts}"


def test_first_words_are_read_from_the_pattern():
    assert _first_words(r"\b(?:drones?|UAVs?|air-dropped\s+bombs?|Kh-\d+)\b") == {
        "drone",
        "drones",
        "uav",
        "uavs",
        "air",
        "kh",
    }
