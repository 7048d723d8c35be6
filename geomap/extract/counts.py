"""Counts tied to what they count: killed, injured, prisoners, missiles and drones.

Each finder returns :class:`Tally` items carrying the position of the word
that reports them, so the pipeline can hand each count to the event trigger
it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.extract.numbers import NUMBER_PATTERN, Count, parse_count

__all__ = ["Tally", "casualty_tallies", "weapon_tallies", "prisoner_tallies"]

_I = re.IGNORECASE
_NUM = NUMBER_PATTERN.replace("?P<qualifier>", "?:").replace("?P<number>", "?:")
_PEOPLE = (
    r"(?:people|persons|civilians|residents|children|others|adults|women|men|soldiers|servicemen|workers"
    r"|employees|passengers|pensioners|teenagers|villagers|rescuers|firefighters|medics|officers|staff|minors)"
)
_PERSON = (
    r"(?:man|woman|child|boy|girl|person|civilian|resident|driver|pensioner|teenager|worker|soldier|rescuer"
    r"|firefighter|medic|officer|passenger|infant|baby|volunteer)"
)
_KILL = r"(?:killed|killing|kills?|died|dead|deaths?|lost\s+(?:their|his|her)\s+lives)"
_INJURE = (
    r"(?:injur(?:ed|ing|es|ies)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|needed\s+medical\s+(?:care|help|attention)"
    r"|sought\s+medical\s+(?:care|help))"
)
_VERB = rf"(?P<verb>{_KILL}|{_INJURE})"
_INCLUDING = r"(?:\s*,\s*(?:including|among\s+them)[^,]{1,60},)?"
_AUX = (
    r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|have|has|had|been)\s+)?"
    r"(?:reportedly\s+|also\s+)?"
)
_AGE = r"(?:\d+-year-old\s+|[a-z]+-year-old\s+|elderly\s+|young\s+|local\s+)?"
_COUNT_THEN_VERB = re.compile(
    rf"\b(?P<n>{_NUM})(?:\s+(?:\S+\s+){{0,2}}?{_PEOPLE})?{_INCLUDING}\s+{_AUX}{_VERB}\b", _I
)
_ONE_THEN_VERB = re.compile(rf"\b(?P<n>an?|one)\s+{_AGE}{_PERSON}\s+{_AUX}{_VERB}\b", _I)
_VERB_THEN_COUNT = re.compile(
    rf"\b(?P<verb>killing|killed|kills|kill|injuring|injured|injures|wounding|wounded|wounds)\s+(?:(?!and\b|or\b)\w+\s+)??"
    rf"(?:(?P<n>{_NUM})(?=(?:\s+(?:\S+\s+){{0,2}}?{_PEOPLE}\b)|\s*(?:[,.;]|and\b|in\b|on\b|when\b|$))"
    rf"|(?P<one>an?|one)\s+{_AGE}{_PERSON}\b)",
    _I,
)
_DEATH_TOLL = re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of)\s+(?P<n>{_NUM})", _I)
_SUBSET = re.compile(r"(?:including|among\s+them|of\s+whom|of\s+them)\s+$", _I)

_UNIT = r"(?P<unit>missiles?|rockets?|drones?|UAVs?|Shaheds?|Gerans?)"
_WEAPON_COUNT = re.compile(rf"\b(?P<n>{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_UNIT}\b", _I)
_PART_OF_WHOLE = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<m>{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_UNIT}\b", _I
)
_BARE_DOWNED = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:of\s+(?:them|which|those)\s+)?(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:shot\s+down|intercepted|destroyed|downed|jammed|neutrali[sz]ed|suppressed|lost)\b",
    _I,
)
_ONE_DOWNED = re.compile(rf"\b(?P<n>an?|one)\s+(?:downed|intercepted|shot-down)\s+{_UNIT}\b", _I)
_PRISONER_COUNT = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?(?:prisoners(?:\s+of\s+war)?|POWs|soldiers|servicemen|combatants"
    r"|captives|civilians|people|defenders|troops|service\s*members|detainees|individuals)\b",
    _I,
)
_PLANNED = re.compile(
    r"\b(?:planned|plan|agreed|agree|promised|proposed|total\s+of\s+planned|would|will)\b", _I
)


@dataclass(frozen=True)
class Tally:
    """A count of something, anchored at the word that reports it.

    Attributes
    ----------
    field : str
        ``killed``, ``injured``, ``prisoners``, ``missiles`` or ``drones``.
    count : Count
        Value, hedge and offsets of the number.
    anchor : int
        Offset of the reporting word (verb or noun), used to find its trigger.
    role : str
        For missiles and drones: ``launched``, ``downed`` or ``any``.
    """

    field: str
    count: Count
    anchor: int
    role: str = "any"


def _count(match: re.Match[str], group: str = "n") -> Count | None:
    text = match.group(group)
    if text.lower() in ("a", "an", "one"):
        return Count(1, "exact", match.start(group), match.end(group))
    parsed = parse_count(text)
    if parsed is None:
        return None
    return Count(parsed.value, parsed.qualifier, match.start(group), match.end(group))


def _field_for(verb: str) -> str:
    return "killed" if re.fullmatch(_KILL, verb, _I) else "injured"


def casualty_tallies(text: str, *, start: int, end: int) -> list[Tally]:
    """Find killed and injured counts in the sentence ``text[start:end]``.

    Handles "Five residents were injured", "killing 34 people and injuring 117",
    "an 81-year-old man was injured", "the death toll rose to 12"; counts after
    "including" are parts of another count and are skipped.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.

    Returns
    -------
    list of Tally
        In reading order.
    """
    tallies: list[Tally] = []
    for pattern in (_COUNT_THEN_VERB, _ONE_THEN_VERB):
        for match in pattern.finditer(text, start, end):
            if _SUBSET.search(text, max(start, match.start() - 20), match.start()):
                continue
            count = _count(match)
            if count is not None:
                tallies.append(Tally(_field_for(match.group("verb")), count, match.start("verb")))
    for match in _VERB_THEN_COUNT.finditer(text, start, end):
        count = _count(match, "n" if match.group("n") else "one")
        if count is not None:
            tallies.append(Tally(_field_for(match.group("verb")), count, match.start("verb")))
    for match in _DEATH_TOLL.finditer(text, start, end):
        count = _count(match)
        if count is not None:
            tallies.append(Tally("killed", count, match.start()))
    return _dedupe(tallies)


def _dedupe(tallies: list[Tally]) -> list[Tally]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for tally in sorted(tallies, key=lambda t: t.count.start):
        key = (tally.field, tally.count.start)
        if key not in seen:
            seen.add(key)
            unique.append(tally)
    return unique


def _unit_field(unit: str) -> str:
    unit = unit.lower()
    return "missiles" if unit.startswith(("missile", "rocket")) else "drones"


def weapon_tallies(text: str, *, start: int, end: int, previous_unit: str | None = None) -> list[Tally]:
    """Find counts of missiles and drones in the sentence ``text[start:end]``.

    "29 of 42 drones" gives 29 downed and 42 launched; "88 were shot down"
    counts the unit named last before it (``previous_unit`` when the sentence
    names none).

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    previous_unit : str, optional
        "missiles" or "drones": what the previous sentence counted.

    Returns
    -------
    list of Tally
        In reading order.
    """
    tallies: list[Tally] = []
    taken: list[tuple[int, int]] = []
    for match in _PART_OF_WHOLE.finditer(text, start, end):
        field = _unit_field(match.group("unit"))
        downed, launched = _count(match, "n"), _count(match, "m")
        if downed and launched:
            tallies.append(Tally(field, downed, match.start(), "downed"))
            tallies.append(Tally(field, launched, match.start("unit"), "launched"))
            taken.append(match.span())
    for pattern in (_WEAPON_COUNT, _ONE_DOWNED):
        for match in pattern.finditer(text, start, end):
            if any(a <= match.start() < b for a, b in taken):
                continue
            count = _count(match)
            if count is not None:
                role = "downed" if pattern is _ONE_DOWNED else "any"
                tallies.append(Tally(_unit_field(match.group("unit")), count, match.start("unit"), role))
    for match in _BARE_DOWNED.finditer(text, start, end):
        if any(t.count.start == match.start("n") for t in tallies):
            continue
        named = [t for t in tallies if t.anchor < match.start()]
        field = named[-1].field if named else previous_unit
        count = _count(match)
        if field and count is not None:
            tallies.append(Tally(field, count, match.start(), "downed_part"))
    return sorted(tallies, key=lambda t: t.count.start)


def prisoner_tallies(text: str, *, start: int, end: int) -> list[Tally]:
    """Find counts of exchanged prisoners in the sentence ``text[start:end]``.

    Counts introduced by a plan ("the planned swap of 1,000 prisoners") are skipped.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.

    Returns
    -------
    list of Tally
        In reading order.
    """
    tallies = []
    for match in _PRISONER_COUNT.finditer(text, start, end):
        if _PLANNED.search(text, max(start, match.start() - 30), match.start()):
            continue
        if _SUBSET.search(text, max(start, match.start() - 20), match.start()):
            continue
        count = _count(match)
        if count is not None:
            tallies.append(Tally("prisoners", count, match.start()))
    return tallies
