"""Vague place phrases that name an area rather than a place.

"near the Belarus border", "six western and southern Russian provinces",
"the southern, eastern and northern regions", "across the country": each
becomes a :class:`VagueArea` that the locator turns into honest, coarse
geometry (a border strip or a whole country) instead of a falsely precise point.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from geomap.extraction.openings import compile_opening

__all__ = ["VagueArea", "find_vague_areas", "COUNTRY_NAMES", "country_code_for"]

# Countries that appear in reports of this war, by name and adjective.
COUNTRY_NAMES = {
    "UA": ("Ukraine", "Ukrainian"),
    "RU": ("Russia", "Russian"),
    "BY": ("Belarus", "Belarusian", "Belarussian"),
    "PL": ("Poland", "Polish"),
    "MD": ("Moldova", "Moldovan"),
    "RO": ("Romania", "Romanian"),
    "HU": ("Hungary", "Hungarian"),
    "SK": ("Slovakia", "Slovak", "Slovakian"),
    "GE": ("Georgia", "Georgian"),
    "LT": ("Lithuania", "Lithuanian"),
    "LV": ("Latvia", "Latvian"),
    "EE": ("Estonia", "Estonian"),
    "FI": ("Finland", "Finnish"),
    "KZ": ("Kazakhstan", "Kazakh"),
    "TR": ("Turkey", "Turkish", "Türkiye"),
}
_BY_WORD = {word.lower(): cc for cc, words in COUNTRY_NAMES.items() for word in words}
_COUNTRY_NOUNS = frozenset(words[0].lower() for words in COUNTRY_NAMES.values())
_COUNTRY_WORD = "|".join(sorted((w for ws in COUNTRY_NAMES.values() for w in ws), key=len, reverse=True))
_COMPASS = r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?"

_BORDER = compile_opening(
    # (a headline drops the article: "swap prisoners at Belarus border crossing")
    rf"\b(?:near|along|on|at|close\s+to|by|across)\s+(?:the\s+)?(?P<other>{_COUNTRY_WORD})(?:n)?\s+border\b"
    rf"|\b(?:near|along|on|at|close\s+to)\s+(?:the|(?:{_COUNTRY_WORD})['’]s)\s+border\s+with\s+"
    rf"(?P<other2>{_COUNTRY_WORD})\b"
    # both countries named, neither side said: "on the border between Ukraine and Belarus"
    rf"|\b(?:near|along|on|at|close\s+to|across)\s+the\s+border\s+between\s+(?P<first>{_COUNTRY_WORD})\s+and\s+"
    rf"(?P<second>{_COUNTRY_WORD})\b"
    rf"|\b(?:near|along|on|at|close\s+to|across)\s+the\s+(?P<first2>{_COUNTRY_WORD})n?\s*[-–—/]\s*"
    rf"(?P<second2>{_COUNTRY_WORD})n?\s+border\b",
    re.IGNORECASE,
)
_SIDE = compile_opening(
    # "in northern Ukraine", "on the Ukrainian side", "on Ukraine's border with Belarus"
    rf"\bin\s+(?:{_COMPASS}\s+)?(?P<side>{_COUNTRY_WORD})\b|(?P<adj>{_COUNTRY_WORD})\s+side\b"
    rf"|(?P<owner>{_COUNTRY_WORD})['’]s\s+border\b",
    re.I,
)
_REGION_LIST = compile_opening(
    rf"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|a\s+number\s+of)\s+)?"
    rf"(?:{_COMPASS}(?:,?\s+(?:and\s+)?{_COMPASS})*\s+)(?:(?P<adj>{_COUNTRY_WORD})\s+)?"
    r"(?:regions|provinces|oblasts|areas|parts)\b"
    rf"|\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+)"
    rf"(?:(?P<adj2>{_COUNTRY_WORD})\s+)?(?:regions|provinces|oblasts)\b"
    # "over Russian regions", "over the territory of Russian regions": a country's regions, no number
    rf"|(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bterritory\sof\s))(?P<adj3>{_COUNTRY_WORD})\s+"
    r"(?:regions|provinces|oblasts|territory)\b",
    re.IGNORECASE,
)
_WHOLE_COUNTRY = compile_opening(
    r"\b(?:across|throughout|all\s+over|around)\s+the\s+country\b|\bnationwide\b|\bcountrywide\b", re.I
)
_COMPASS_COUNTRY = compile_opening(
    rf"\b(?:in|across|over)\s+{_COMPASS}\s+(?P<country>{_COUNTRY_WORD})\b", re.I
)
# One place the text does not name (yet): "a front-line village in eastern Ukraine", "an oil refinery in
# southern Russia", "in central Ukrainian industrial town".
_SITE = (
    r"(?P<site>village|town|city|settlement|hamlet|refinery|plant|factory|depot|airfield|air\s+base|airbase"
    r"|port|terminal|substation|station|warehouse)"
)
# (a headline drops the article: "Russian missiles hit village in southern Ukraine")
_ONE_SITE_BEFORE = re.compile(rf"(?:\b(?:an?|one|the)\s+(?:[\w-]+\s+){{0,3}}?|\b){_SITE}\s+$", re.I)
_ONE_SITE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_SITE}\b(?!-)", re.I)

_VAGUE_WORDS = frozenset(
    "border regions provinces oblasts areas parts territory country nationwide countrywide northern southern "
    "eastern western central".split()
)


# The word each pattern ends on (the compass-and-country one: the country): a sentence without it is not
# searched with that pattern.
_BORDER_WORDS = frozenset({"border"})
_AREA_WORDS = frozenset("regions provinces oblasts areas parts territory".split())
_WHOLE_COUNTRY_WORDS = frozenset("country nationwide countrywide".split())


def _may_name(words: frozenset[str] | None, needed: Collection[str]) -> bool:
    return words is None or not words.isdisjoint(needed)


@dataclass(frozen=True)
class VagueArea:
    """An area named vaguely in a sentence.

    Attributes
    ----------
    kind : str
        "border_area" or "country".
    text : str
        The phrase as written.
    start, end : int
        Offsets in the article.
    country_code : str or None
        The country the area lies in, when the phrase says so.
    other_country_code : str or None
        For a border area, the neighbour on the other side.
    either_side : bool
        A border named by both its countries without saying which side ("the border between
        Ukraine and Belarus"): ``country_code`` and ``other_country_code`` are the two, in the
        order written.
    site : str
        The kind of one unnamed site the phrase says lies there ("village" in "a front-line village in
        eastern Ukraine"), or "": a finer place the article names may be that site.
    """

    kind: str
    text: str
    start: int
    end: int
    country_code: str | None = None
    other_country_code: str | None = None
    either_side: bool = False
    site: str = ""


def country_code_for(word: str) -> str | None:
    """Return the ISO code for a country name or adjective ("Russian" -> "RU")."""
    return _BY_WORD.get(word.lower())


def find_vague_areas(
    text: str, *, start: int, end: int, words: frozenset[str] | None = None
) -> list[VagueArea]:
    """Find vague area phrases in the sentence ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article (offsets index it).
    start, end : int
        Bounds of the sentence.
    words : frozenset of str, optional
        The sentence's lower-cased words; without a vague-area word among them nothing is searched.

    Returns
    -------
    list of VagueArea
        In reading order.
    """
    if words is not None and not words & _VAGUE_WORDS:
        return []
    found = []
    borders = list(_BORDER.finditer(text, start, end)) if _may_name(words, _BORDER_WORDS) else []
    side_match = _SIDE.search(text, start, end) if borders else None  # the sentence's side, once
    sentence_side = None
    if side_match:
        sentence_side = country_code_for(
            side_match.group("side") or side_match.group("adj") or side_match.group("owner")
        )
    for match in borders:
        first = match.group("first") or match.group("first2")
        if first:
            second = country_code_for(match.group("second") or match.group("second2"))
            pair = (country_code_for(first), second)
            found.append(VagueArea("border_area", match.group(), match.start(), match.end(), *pair, True))
            continue
        other = country_code_for(match.group("other") or match.group("other2"))
        side = None if sentence_side == other else sentence_side
        found.append(VagueArea("border_area", match.group(), match.start(), match.end(), side, other))
    for match in _REGION_LIST.finditer(text, start, end) if _may_name(words, _AREA_WORDS) else ():
        adjective = match.group("adj") or match.group("adj2") or match.group("adj3")
        cc = country_code_for(adjective) if adjective else None
        found.append(VagueArea("country", match.group(), match.start(), match.end(), cc))
    for match in _COMPASS_COUNTRY.finditer(text, start, end) if _may_name(words, _BY_WORD.keys()) else ():
        if any(v.start <= match.start() < v.end for v in found):
            continue
        cc = country_code_for(match.group("country"))
        adjective = match.group("country").lower() not in _COUNTRY_NOUNS
        site = _ONE_SITE_BEFORE.search(text, max(start, match.start() - 60), match.start())
        if site is None and adjective:
            site = _ONE_SITE_AFTER.match(text, match.end(), end)
        kind = site.group("site").lower() if site is not None else ""
        found.append(VagueArea("country", match.group(), match.start(), match.end(), cc, site=kind))
    for match in _WHOLE_COUNTRY.finditer(text, start, end) if _may_name(words, _WHOLE_COUNTRY_WORDS) else ():
        found.append(VagueArea("country", match.group(), match.start(), match.end()))
    found.sort(key=lambda v: v.start)
    return found
