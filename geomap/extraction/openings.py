"""Lookaheads on the characters a pattern's matches can start with, derived from the pattern itself.

A search tries a pattern at every position of a text; a pattern of many
alternatives ("in|across|throughout|...") tries each of them there. Opening it
with a lookahead on the alternatives' first characters (``(?=[ait...])``) lets
the search pass over every other position after one test. Derived here from
the pattern, the set cannot miss an alternative added later: a hand-kept set
that did would silently lose its matches.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the stdlib's regex parser, not in typeshed
from re import _parser as sre_parse  # type: ignore[attr-defined]

__all__ = ["first_characters", "opening_lookahead", "compile_opening"]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # a lookbehind or lookahead is passed over
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LEADING_ASSERTIONS = re.compile(r"(?:\\b|\(\?<[!=][^()]*\))*")  # "\b", "(?<!-)" opening a pattern


def first_characters(pattern: str, flags: int = 0) -> str:
    r"""Return the body of a character class of the characters a match of ``pattern`` can start with.

    Assertions (``\b``, lookbehinds, lookaheads) are passed over, so the class may admit more than
    the pattern does, never less. Under ``re.IGNORECASE`` letters are given in lower case: the class
    is meant to be compiled with the same flags.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int
        The flags it is compiled with.

    Returns
    -------
    str
        Sorted characters, ranges and categories (``\d``), escaped for a character class.

    Raises
    ------
    ValueError
        If a match can be empty or start with any character (``.``, ``[^...]``): no lookahead helps.

    Examples
    --------
    >>> first_characters(r"(?:the\s+)?(?:city|town)|\d+", re.IGNORECASE)
    '\\dct'
    """
    found: set[int | tuple[int, int] | str] = set()  # characters, ranges and categories
    if _add_first(sre_parse.parse(pattern, flags), found):
        raise ValueError(f"a match of {pattern!r} can be empty: it has no first character")
    ranges = sorted(item for item in found if isinstance(item, tuple))
    categories = sorted(item for item in found if isinstance(item, str))
    characters = {chr(item) for item in found if isinstance(item, int)}
    if flags & re.IGNORECASE:
        characters = {
            character.lower() if len(character.lower()) == 1 else character for character in characters
        }
    characters = {
        character
        for character in characters
        if not any(low <= ord(character) <= high for low, high in ranges)
        and not (r"\d" in categories and character in "0123456789")
    }
    return (
        "".join(categories)
        + "".join(f"{_escaped(low)}-{_escaped(high)}" for low, high in ranges)
        + "".join(_escaped(ord(character)) for character in sorted(characters))
    )


def opening_lookahead(pattern: str, flags: int = 0) -> str:
    """Return ``(?=[...])`` on the characters a match of ``pattern`` can start with.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int
        The flags it is compiled with.

    Returns
    -------
    str
        The lookahead, to put just before ``pattern``.
    """
    return f"(?=[{first_characters(pattern, flags)}])"


def compile_opening(pattern: str, flags: int = 0, *, before: str = "") -> re.Pattern[str]:
    r"""Compile ``before`` and ``pattern`` with a lookahead on the first characters of ``pattern``.

    The lookahead comes first when the pattern is case-sensitive (a plain class is the cheapest test);
    under ``re.IGNORECASE`` it comes after the assertions ``pattern`` opens with (``\b``, lookbehinds),
    which rule out most positions more cheaply than a case-insensitive class. A pattern of alternatives
    at its top level ("...$|\bno reports of $") is grouped behind the lookahead, so the lookahead guards
    every alternative, not only the first.

    Parameters
    ----------
    pattern : str
        The regular expression, usually a group of alternatives.
    flags : int
        Its flags.
    before : str
        Assertions tested ahead of the lookahead, e.g. ``\b``.

    Returns
    -------
    re.Pattern
        Matches exactly what ``before + pattern`` matches.

    Examples
    --------
    >>> compile_opening(r"(?:in|at|near)\s+$", re.IGNORECASE, before=r"\b").pattern
    '\\b(?=[ain])(?:in|at|near)\\s+$'
    """
    lookahead = opening_lookahead(pattern, flags)
    if sre_parse.parse(lookahead + pattern, flags)[0][0] is not sre.ASSERT:
        # the lookahead went to the first of the pattern's top-level alternatives only
        return re.compile(f"{lookahead}(?:{before}{pattern})", flags)
    if flags & re.IGNORECASE:
        # A case-insensitive class costs more to test than the assertions the pattern opens with, which
        # fail at most positions: those are tested first. A case-sensitive class is the cheaper test.
        leading = _LEADING_ASSERTIONS.match(pattern)
        assert leading is not None  # the pattern can match empty: it matches every text
        split = leading.end()
        return re.compile(before + pattern[:split] + lookahead + pattern[split:], flags)
    return re.compile(before + lookahead + pattern, flags)


def _add_first(items: sre_parse.SubPattern | list, found: set) -> bool:
    """Add the first characters of a parsed sequence to ``found``; return whether it can match empty."""
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found.add(value)
            return False
        if op is sre.IN:
            for item_op, item in value:
                if item_op is sre.LITERAL:
                    found.add(item)
                elif item_op is sre.RANGE:
                    found.add(tuple(item))
                elif item_op is sre.CATEGORY and item in _CATEGORIES:
                    found.add(_CATEGORIES[item])
                else:
                    raise ValueError(f"no first-character class for {item_op} {item}")
            return False
        if op is sre.BRANCH:
            empty = [_add_first(alternative, found) for alternative in value[1]]
            if not any(empty):
                return False
        elif op is sre.SUBPATTERN:
            if value[1] or value[2]:
                raise ValueError("no first-character class across inline flags")
            if not _add_first(value[3], found):
                return False
        elif op in _REPEATS:
            if not _add_first(value[2], found) and value[0] > 0:
                return False
        else:
            raise ValueError(f"no first-character class for {op}")
    return True


def _escaped(code: int) -> str:
    character = chr(code)
    if character in "\\]^-[":
        return "\\" + character
    if character.isspace() or not character.isprintable():
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return character
