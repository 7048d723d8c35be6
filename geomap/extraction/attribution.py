"""Who did it and who says so: ``actor`` and ``claimed_by``."""

from __future__ import annotations

import re

from geomap.extraction.openings import compile_opening

__all__ = ["find_parties", "find_actor", "find_claim_source", "party_of"]

_NATIONALITY = compile_opening(r"\b(?P<word>Russia|Russian|Ukraine|Ukrainian|Belarus|Belarusian)(?:['’]s)?\b")
_ACTORS = {
    "russia": "Russia",
    "russian": "Russia",
    "ukraine": "Ukraine",
    "ukrainian": "Ukraine",
    "belarus": "Belarus",
    "belarusian": "Belarus",
}
_AS_PLACE = compile_opening(
    r"\b(?:in|across|over|into|on|at|against|struck|attacked|hit|targeted|of|from|to|with|between|and)"
    r"\s+(?:the\s+)?(?:\w+ern\s+)?$"
)
_SPEECH_VERBS = "said says claimed claims reported announced stated wrote told confirmed added noted".split()
_SPEECH = "(?:" + "|".join(_SPEECH_VERBS) + ")"
# "the governor said", not "Power outages were reported": a passive names what was reported. The source
# ends before a space: testing for it first spares the lookbehinds at every other character.
_SOURCE_BEFORE = re.compile(
    rf"(?:^|[,;:—–]\s*|\bthat\s+)(?P<who>[^,;:—–“”\"]{{3,80}}?)(?=\s)"
    rf"(?<!\swere)(?<!\swas)(?<!\sbeen)(?<!\sis)(?<!\sare)\s+(?:has\s+|had\s+|also\s+)?{_SPEECH}\b"
)
_SOURCE_AFTER = re.compile(rf"[,;]\s*{_SPEECH}\s+(?P<who>[^,.;]{{3,80}})")
_ACCORDING = compile_opening(r"\baccording\s+to\s+(?P<who>[^,.;]{3,80})", re.IGNORECASE)
_SPEECH_WORDS = frozenset([*_SPEECH_VERBS, "according"])
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_WEEKDAY = re.compile(
    r"\s+(?:on|in)\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$"
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|officials|authorities|the\s+official)$", re.IGNORECASE)


def find_parties(
    text: str, *, start: int, end: int, words: frozenset[str] | None = None
) -> list[tuple[int, str]]:
    """Return the parties named in the sentence as actors, for :func:`find_actor`.

    Russia, Ukraine or Belarus as an adjective or a subject ("a Russian
    missile", "Russia struck"), not as a place ("in Ukraine").

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    words : frozenset of str, optional
        The sentence's lower-cased words; without a party's name among them nothing is searched.

    Returns
    -------
    list of (int, str)
        Offset and country name, in reading order.
    """
    if words is not None and words.isdisjoint(_ACTORS):
        return []
    return [
        (match.start(), _ACTORS[match.group("word").lower()])
        for match in _NATIONALITY.finditer(text, start, end)
        if not _AS_PLACE.search(text, max(start, match.start() - 25), match.start())
    ]


def find_actor(parties: list[tuple[int, str]], *, trigger_start: int) -> str | None:
    """Return the party carrying out the event: the one named closest to the trigger.

    "a Russian missile struck", "Russia struck Ukraine", "Ukrainian forces shot
    down": the nearest party before the trigger, else after it.

    Parameters
    ----------
    parties : list of (int, str)
        The sentence's parties, from :func:`find_parties`.
    trigger_start : int
        Offset of the event's trigger.

    Returns
    -------
    str or None
        A country name.
    """
    best: tuple[int, str] | None = None
    for position, party in parties:
        distance = trigger_start - position
        if distance < 0:
            distance = 3 * -distance  # prefer the party named before the verb
        if best is None or distance < best[0]:
            best = (distance, party)
    return best[1] if best else None


def find_claim_source(text: str, *, start: int, end: int, words: frozenset[str] | None = None) -> str | None:
    """Return who the sentence attributes its report to ("Russia's defense ministry").

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    words : frozenset of str, optional
        The sentence's lower-cased words; without a speech verb among them nothing is searched.

    Returns
    -------
    str or None
        The source as written, without a leading "the"; None for pronouns.
    """
    if words is not None and not words & _SPEECH_WORDS:
        return None
    sentence = text[start:end]
    patterns = (
        _ACCORDING if words is None or "according" in words else None,
        _SOURCE_AFTER if "," in sentence or ";" in sentence else None,  # it opens with one of them
        _SOURCE_BEFORE,
    )
    for pattern in patterns:
        match = pattern.search(sentence) if pattern is not None else None
        if match:
            who = _LEADING_ARTICLE.sub("", match.group("who").strip(' ."“”'))
            who = _TRAILING_WEEKDAY.sub("", who)
            if _PRONOUN.match(who) or len(who.split()) > 9:
                continue
            return who
    return None


def party_of(source: str | None) -> str | None:
    """Return the party a claim's source speaks for: "Russia's Defence Ministry" gives Russia.

    Parameters
    ----------
    source : str or None
        A source from :func:`find_claim_source`.

    Returns
    -------
    str or None
        A country name, or None for a source that names none ("regional officials", "Kohut").
    """
    match = _NATIONALITY.search(source) if source else None
    return _ACTORS[match.group("word").lower()] if match else None
