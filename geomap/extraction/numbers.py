"""Counts written in words or digits, with the hedges news reports put on them.

"three", "twenty-five", "1,000", "a dozen", "at least 15", "over 300",
"more than 100", "nearly 30" all become a :class:`Count`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.extraction.openings import compile_opening
from geomap.model import CountQualifier

__all__ = [
    "Count",
    "NUMBER_PATTERN",
    "ORDINALS",
    "NTH_BODY_PATTERN",
    "HAS_WOUNDS_PATTERN",
    "MEDICAL_HELP_PATTERN",
    "parse_count",
    "find_counts",
    "hedged_count",
]

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_ORDINAL_WORDS = "second third fourth fifth sixth seventh eighth ninth tenth".split()
ORDINALS = {word: value for value, word in enumerate(_ORDINAL_WORDS, start=2)}
"""Ordinal words from "second", the figure a toll reaches when "the body of a fourth victim" is found."""
_ORDINAL = "(?:" + "|".join(ORDINALS) + ")"
NTH_BODY_PATTERN = (
    rf"bod(?:y|ies)\s+of\s+(?:a|the)\s+(?P<nth>{_ORDINAL})\s+(?:victim|person|resident)\b"
    rf"|(?<=\ba\s)(?P<nth2>{_ORDINAL})\s+body\b(?!\s+parts?\b)"
)
"""A body found that brings a toll to its ordinal: "the body of a fourth victim", "a second body"."""
HAS_WOUNDS_PATTERN = (
    r"(?:has|have|had)\s+(?:an?\s+)?(?:(?:shrapnel|gunshot|blast|mine-blast|minor|light|severe|serious)\s+)?"
    r"(?:concussions?|wounds?|injur(?:y|ies)|burns)"
)
"""An injury told as what someone has: "the driver has a shrapnel wound", "a port worker has a concussion"."""
SUSTAINED_INJURY_PATTERN = (
    r"(?:suffered|sustained|received|escaped\s+with|(?:crawled|walked|climbed)\s+out\s+with)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:cuts?|burns?|concussions?|injur(?:y|ies)|wounds?|shrapnel\s+(?:in|to)\s+(?:his|her|the))"
)
"""An injury told as what someone suffered: "sustained a concussion", "an acute stress reaction and cuts",
"crawled out with shrapnel in his arm"."""
MEDICAL_HELP_PATTERN = (
    r"(?:needed|sought)\s+medical\s+(?:care|help|assistance|attention)"
    r"|treated\s+(?:\w+\s+){0,3}?for\s+(?:\w+\s+)?(?:cuts?|injur(?:y|ies)|wounds?|burns?|concussions?|bruises)"
)
"""Treatment that tells of an injury: "sought medical assistance with cuts", "was treated for cuts"."""
_QUALIFIERS = {
    "at least": CountQualifier.AT_LEAST,
    "no fewer than": CountQualifier.AT_LEAST,
    "a minimum of": CountQualifier.AT_LEAST,
    "more than": CountQualifier.MORE_THAN,
    "over": CountQualifier.MORE_THAN,
    "upwards of": CountQualifier.MORE_THAN,
    "about": CountQualifier.ABOUT,
    "around": CountQualifier.ABOUT,
    "nearly": CountQualifier.ABOUT,
    "almost": CountQualifier.ABOUT,
    "approximately": CountQualifier.ABOUT,
    "roughly": CountQualifier.ABOUT,
    "some": CountQualifier.ABOUT,
    "up to": CountQualifier.ABOUT,
    "an estimated": CountQualifier.ABOUT,
}

_EXACT = CountQualifier.EXACT.value  # read for every count
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_WORD_NUMBER = (  # (dozens before single words: "two dozen" is 24, not 2)
    rf"(?:(?:a|one|{_WORD})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD})(?:-(?:{_WORD}))?)?"
    r"|(?:a|one|two|three|half\s+a)\s+dozen"
    rf"|(?:{_WORD})(?:-(?:{_WORD}))?)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_QUALIFIER = "|".join(sorted(_QUALIFIERS, key=len, reverse=True))
# (a number is read whole: "seventy-one-year-old" is an age, not "seventy")
NUMBER_PATTERN = (
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?(?P<number>(?>{_DIGITS}|{_WORD_NUMBER}))"
    r"(?!-year|-storey|-story|-floor|-kilomet|-mile|-meter|-metre|\d|,\d|\.\d)"
)
_NUMBER = re.compile(rf"\b{NUMBER_PATTERN}\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(
    rf"(?P<number>(?>{_DIGITS}|{_WORD_NUMBER}))(?!-year|-storey|-story|-floor|-kilomet|-mile|-meter|-metre|\d|,\d|\.\d)\b",
    re.IGNORECASE,
)
# "a village of about 4,000 people", "a population of 30,000": how many live there
_POPULATION_BEFORE = compile_opening(
    r"\b(?:an?\s+(?:[\w-]+\s+)?(?:village|town|city|settlement|community|hamlet)|population)\s+of\s+"
    r"(?-i:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_ONE_OF_THE_MOST = re.compile(
    r"one\s+of\s+(?:the|its|their|his|her|our|Russia['’]s|Ukraine['’]s)\s+(?:\w+est|most)\b", re.IGNORECASE
)
# "aged 67 and 64", "aged from 15 to 81", "a man of sixty-two"
_MODEL_BEFORE = re.compile(r"[^\W\d]-\d+/$")  # "Kh-59/" before a model's second number
_AGED = compile_opening(
    r"\b(?:aged\s+(?:(?:from|between)\s+)?(?:\d+(?:\s*,\s*|,?\s+and\s+|\s+to\s+|\s*[-–]\s*))*"
    r"|(?:man|woman|boy|girl|person|pensioner|resident)\s+of\s+)$",
    re.IGNORECASE,
)
# "said on June 17 that its drones", "on 12 August, killing": a day of the month, not a count
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# not "In March 12 people were killed", where the month is a period; not "20 May Day marchers"
# (also in capitals: "MAY 22 - A drone hit a substation", a factbox's item)
_MONTH_BEFORE = compile_opening(
    rf"(?<!\bin\s)(?<!\bIn\s)(?<!\bby\s)(?<!\bsince\s)\b(?:{_MONTH_NAME}|{_MONTH_NAME.upper()})\.?\s+$"
)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+{_MONTH_NAME}\b(?!\s+Day)")
# "on New Year's night 2023 killed dozens", "in March 2024", "Aug. 23, 2023 - Ukrainian drones destroy": a
# year after a word or a day that dates, not a count
_YEAR_AFTER = compile_opening(
    r"\b(?:in|since|of|until|by|from|night|day|year|early|late|mid|spring|summer|autumn|fall|winter"
    rf"|{_MONTH_NAME}(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)?)\.?,?\s+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEDGE_BEFORE = compile_opening(rf"\b(?P<qualifier>{_QUALIFIER})\s+$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)", re.IGNORECASE)
# First words a count can start with; "a" only before "dozen", "hundred" or "thousand".
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "a", "half"])
# Words that show a sentence holds a count at all (cheap test before find_counts).
COUNT_MARKERS = frozenset([*_UNITS, *_TENS, "dozen", "hundred", "thousand"])
# Words a count can start with, found in one pass instead of testing every word of the sentence. The
# lookahead on their first letters lets the search skip other words without trying every alternative;
# "a" and "half" are only taken where a count can follow them.
_COUNT_START = compile_opening(
    r"(?:\d\w*|(?:" + "|".join(sorted(NUMBER_WORDS - {"a", "half"}, key=len, reverse=True)) + r")\b"
    r"|a\b(?=\s+(?:dozen|hundred|thousand)\b)|half\b(?=\s+a\s+dozen\b))",
    re.IGNORECASE,
    before=r"\b",
)
# In a sentence without number words only digits can start a count: one digit not after a word character.
_DIGITS_START = re.compile(r"\d(?<!\w\d)\w*")
_NUMBER_WORD_CUES = (NUMBER_WORDS - {"a", "half"}) | {"dozen", "hundred", "thousand"}


@dataclass(frozen=True)
class Count:
    """A number found in a text, its hedge and its position.

    Attributes
    ----------
    value : int
        The number.
    qualifier : str
        A :class:`~geomap.model.CountQualifier` value.
    start, end : int
        Offsets of the whole expression (hedge included) in the searched text.
    reaches : int or None
        For one more victim told by an ordinal ("A second woman died in hospital"), the figure that victim
        brings an earlier toll of one fewer to.
    """

    value: int
    qualifier: str
    start: int
    end: int
    reaches: int | None = None


def _words_to_int(words: str) -> int | None:
    words = words.lower().replace("-", " ").replace(" and ", " ")
    if words.endswith("dozen"):
        head = words[: -len("dozen")].strip()
        factor = {"a": 1, "one": 1, "two": 2, "three": 3, "half a": 0.5}.get(head)
        return None if factor is None else int(12 * factor)
    total = 0
    current = 0
    for word in words.split():
        if word in ("a", "one") and current == 0:
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] == 1000:
                total += current
                current = 0
        else:
            return None
    return total + current


def parse_count(text: str) -> Count | None:
    """Parse a count expression such as "at least 15" or "twenty-five".

    Parameters
    ----------
    text : str
        The expression, nothing else.

    Returns
    -------
    Count or None
        None when ``text`` is not a count.

    Examples
    --------
    >>> parse_count("more than 1,000").value
    1000
    >>> parse_count("at least fifteen").qualifier
    'at_least'
    >>> parse_count("a dozen").value
    12
    """
    match = _NUMBER.fullmatch(text.strip())
    return _count_from_match(match, 0) if match else None


def _count_from_match(match: re.Match[str], offset: int) -> Count | None:
    value = _number_value(match.group("number"))
    if value is None:
        return None
    hedge = (match.group("qualifier") or "").lower()
    hedge = _SPACES.sub(" ", hedge)
    qualifier = _QUALIFIERS.get(hedge, CountQualifier.EXACT)
    return Count(value, qualifier.value, match.start() + offset, match.end() + offset)


def find_counts(
    text: str, *, start: int = 0, end: int | None = None, words: frozenset[str] | None = None
) -> list[Count]:
    """Find every count in ``text[start:end]``; offsets index ``text``.

    Ages ("28-year-old"), sizes ("five-storey"), distances and times of day ("13:10") are not counts.
    Only words that can start a number are tried, so text without numbers is cheap.

    Parameters
    ----------
    text : str
        Text to search.
    start, end : int, optional
        Bounds of the search.
    words : frozenset of str, optional
        The lower-cased words of ``text[start:end]``; without a number word among them only digits are
        looked for.

    Returns
    -------
    list of Count
        In reading order.
    """
    end = len(text) if end is None else end
    found: list[Count] = []
    covered = start
    starts = _COUNT_START if words is None or not words.isdisjoint(_NUMBER_WORD_CUES) else _DIGITS_START
    for token in starts.finditer(text, start, end):
        word = token.group()
        if token.start() < covered or not (word[0].isdigit() or word.lower() in NUMBER_WORDS):
            continue
        match = _BARE_NUMBER.match(text, token.start(), end)
        if match is None or (token.start() > 0 and text[token.start() - 1] in "-,.:"):
            continue
        slash = text[token.start() - 1 : token.start()] == "/"
        if slash and _MODEL_BEFORE.search(text, start, token.start()):
            continue  # a model's other number: "Kh-59/69" (not "downed 25/30 drones")
        if text.startswith(":", match.end()) and text[match.end() + 1 : match.end() + 2].isdigit():
            continue  # a time of day ("13:10 - Ukrainian drones attacked")
        if _CLOCK_AFTER.match(text, match.end(), end):
            continue  # "Shortly before 2 a.m. a Shahed hit", "at two o'clock"
        if _AGED.search(text, max(start, token.start() - 24), token.start()):
            continue  # an age: "a woman aged 58 died"
        if _POPULATION_BEFORE.search(text, max(start, token.start() - 40), token.start()):
            continue
        if _ONE_OF_THE_MOST.match(text, token.start(), end):
            continue  # "one of its largest drone attacks": a rank, not one drone
        if word.isdigit() and len(word) <= 2 and _day_of_month(text, start, token.start(), match.end()):
            continue
        if _YEAR.fullmatch(match.group("number")) and _YEAR_AFTER.search(
            text, max(start, token.start() - 24), token.start()
        ):
            continue  # a year: "in March 2024"
        value = _number_value(match.group("number"))
        if value is None:
            continue
        found.append(hedged_count(text, value, token.start(), match.end(), start=start))
        covered = match.end()
    return found


def hedged_count(text: str, value: int, begin: int, end: int, *, start: int = 0) -> Count:
    """Return the count ``value`` written at ``text[begin:end]``, with the hedge written before it.

    Parameters
    ----------
    text : str
        The article.
    value : int
        The number.
    begin, end : int
        Offsets of the number as written ("one" of "at least one person").
    start : int
        Where the sentence starts: no hedge is looked for before it.

    Returns
    -------
    Count
        Its qualifier and start include the hedge, if there is one.

    Examples
    --------
    >>> text = "At least one person was killed."
    >>> hedged_count(text, 1, 9, 12)
    Count(value=1, qualifier='at_least', start=0, end=12)
    """
    hedge = _HEDGE_BEFORE.search(text, max(start, begin - 20), begin)
    if hedge is None:
        return Count(value, _EXACT, begin, end)
    qualifier = _QUALIFIERS[_SPACES.sub(" ", hedge.group("qualifier").lower())].value
    return Count(value, qualifier, hedge.start(), end)


def _day_of_month(text: str, start: int, begin: int, end: int) -> bool:
    """Return True if the number at ``text[begin:end]`` is a day of a month ("June 17", "12 August")."""
    return (
        _MONTH_BEFORE.search(text, max(start, begin - 11), begin) is not None
        or _MONTH_AFTER.match(text, end) is not None
    )


def _number_value(number: str) -> int | None:
    if number[0].isdigit():
        return int(number.replace(",", ""))
    return _words_to_int(number)
