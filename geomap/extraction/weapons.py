"""The means of an attack, as far as the sentence says."""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.extraction.openings import compile_opening
from geomap.model import Weapon

__all__ = ["find_weapons", "combine_weapons"]

_I = re.IGNORECASE
# Each pattern opens with one word boundary and a lookahead on its words' first letters (compile_opening).
_PATTERNS = (
    (Weapon.BALLISTIC_MISSILE, compile_opening(r"\b(?:ballistic\b|Iskander\w*|KN-23\b|Kinzhal\w*)", _I)),
    (
        Weapon.CRUISE_MISSILE,
        compile_opening(r"\b(?:cruise\s+missiles?\b|Kalibr\w*|Kh-\d+|Storm\s+Shadow)", _I),
    ),
    (
        Weapon.GLIDE_BOMB,
        compile_opening(r"\b(?:(?:glide|guided(?:\s+aerial)?|aerial|air-dropped)\s+bombs?\b|KABs?\b)", _I),
    ),
    (Weapon.MISSILE, compile_opening(r"\b(?:missiles?\b|rockets?\b(?!\s+fuel))", _I)),
    (
        Weapon.DRONE,
        compile_opening(r"\b(?:drones?\b|UAVs?\b|Shaheds?\b|Gerans?\b|kamikaze\b|unmanned\s+aerial\b)", _I),
    ),
    (
        Weapon.ARTILLERY,
        compile_opening(r"\b(?:shell(?:ed|ing|s)?\b|artillery\b|mortars?\b|MLRS\b|Grad\b|howitzers?\b)", _I),
    ),
    (
        Weapon.AIRCRAFT,
        compile_opening(r"\b(?:air\s*strikes?\b|warplanes?\b|bombers?\b|fighter\s+jets?\b|aircraft\b)", _I),
    ),
)
# How the words each pattern can start with begin (lower-cased): a sentence without one is not searched.
_FIRST_WORDS = {
    Weapon.BALLISTIC_MISSILE: ("ballistic", "iskander", "kn", "kinzhal"),
    Weapon.CRUISE_MISSILE: ("cruise", "kalibr", "kh", "storm"),
    Weapon.GLIDE_BOMB: ("glide", "guided", "aerial", "air", "kab"),
    Weapon.MISSILE: ("missile", "rocket"),
    Weapon.DRONE: ("drone", "uav", "shahed", "geran", "kamikaze", "unmanned"),
    Weapon.ARTILLERY: ("shell", "artillery", "mortar", "mlrs", "grad", "howitzer"),
    Weapon.AIRCRAFT: ("air", "warplane", "bomber", "fighter", "aircraft"),
}
_MISSILES = {Weapon.MISSILE, Weapon.BALLISTIC_MISSILE, Weapon.CRUISE_MISSILE}
_NONE: frozenset[Weapon] = frozenset()


@lru_cache(maxsize=65536)
def _word_weapons(word: str) -> frozenset[Weapon]:
    """Return the weapons whose pattern can start at ``word`` (words recur: worked out once each)."""
    return frozenset(weapon for weapon, firsts in _FIRST_WORDS.items() if word.startswith(firsts))


def find_weapons(
    text: str, *, start: int, end: int, words: frozenset[str] | None = None
) -> list[tuple[int, Weapon]]:
    """Find weapon words in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the search.
    words : frozenset of str, optional
        The sentence's lower-cased words; only the weapons that can be named with them are looked for.

    Returns
    -------
    list of (int, Weapon)
        Offset and kind, in reading order; a missile named "ballistic" is not also a plain missile.
    """
    wanted = _NONE.union(*map(_word_weapons, words)) if words is not None else _FIRST_WORDS.keys()
    found: list[tuple[int, int, Weapon]] = []
    for weapon, pattern in _PATTERNS:
        if weapon not in wanted:
            continue
        for match in pattern.finditer(text, start, end):
            if weapon is Weapon.MISSILE and any(
                a <= match.start() <= b + 12 for a, b, w in found if w in _MISSILES
            ):
                continue
            if weapon is Weapon.AIRCRAFT and re.search(
                r"anti-\s*$", text[max(0, match.start() - 6) : match.start()]
            ):
                continue
            found.append((match.start(), match.end(), weapon))
    ordered: list[tuple[int, Weapon]] = []
    last_end = -10
    for a, b, weapon in sorted(found):
        if not (ordered and ordered[-1][1] is weapon and a - last_end <= 2):  # "Shahed drones" is one drone
            ordered.append((a, weapon))
        last_end = b
    return ordered


def combine_weapons(weapons: list[Weapon] | set[Weapon]) -> Weapon | None:
    """Return the single weapon value describing all of ``weapons``.

    Missiles and drones together are ``missile_and_drone``; several kinds of
    missile are ``missile``; other mixtures keep the first one named.

    Parameters
    ----------
    weapons : list or set of Weapon
        In the order they were named.

    Returns
    -------
    Weapon or None
    """
    unique = list(dict.fromkeys(weapons))
    if not unique:
        return None
    kinds = set(unique) - {Weapon.UNKNOWN}
    if Weapon.MISSILE_AND_DRONE in kinds or (kinds & _MISSILES and Weapon.DRONE in kinds):
        return Weapon.MISSILE_AND_DRONE
    missiles = kinds & _MISSILES
    if len(missiles) > 1:
        return Weapon.MISSILE
    return next((w for w in unique if w is not Weapon.UNKNOWN), Weapon.UNKNOWN)
