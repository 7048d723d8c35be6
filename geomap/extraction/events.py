"""From the merged mentions of one happening to the :class:`~geomap.model.Event` a user gets.

An event carries the place its mentions settled on and how sure that is, the
richest counts with their hedge, the most specific date and where it came
from, and the sentences quoted as evidence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from geomap.extraction import counts, weapons
from geomap.extraction.locate import Place
from geomap.extraction.merge import Group
from geomap.model import DatePrecision, Event, EventType, Precision, Weapon, make_event_id

__all__ = ["to_event", "main_country", "reported", "keep_unplaced"]

_FIELDS_OF = {
    EventType.ATTACK: ("missiles", "drones"),
    EventType.INTERCEPTION: ("missiles", "drones"),
    EventType.CASUALTIES: ("killed", "injured"),
    EventType.PRISONER_EXCHANGE: ("prisoners",),
}
_UNCERTAINTY_KM = {p.value: p.uncertainty_km for p in Precision}
_ORIGIN_CONFIDENCE = {
    "sentence": 0.8,
    "anaphor": 0.7,
    "national body": 0.5,
    "previous sentence": 0.65,
    "previous paragraph": 0.55,
    "article": 0.3,
    "handover": 0.3,
    "dateline": 0.4,
}
_ORIGIN_REASON = {
    "sentence": "named in the same sentence",
    "anaphor": "the sentence refers back to it",
    "previous sentence": "carried from an earlier sentence of the paragraph",
    "previous paragraph": "carried from the previous paragraph",
    "national body": "reported by a national body (its air force, ministry...) without a place, so the "
    "whole country",
    "article": "the text gives no place for it; placed at country level in the country most places in the "
    "article are in",
    "handover": "the text gives no place for it; placed at country level in Ukraine, on whose side of the "
    "border this war's exchanges are handed over",
    "dateline": "the text gives no place for it; placed at the town the story was filed from (its dateline)",
}
_PLACED_BY_ARTICLE = frozenset({"article", "handover"})  # origins whose place no phrase of the text names


def main_country(places_used: list[Place], history: list[Place]) -> str | None:
    """Return the country most of the article's event places are in (else most of its places), or None.

    Parameters
    ----------
    places_used : list of Place
        The places events were located at.
    history : list of Place
        Every place the article named.

    Returns
    -------
    str or None
        ISO country code.
    """
    tally = Counter(p.country_code for p in places_used if p.country_code)
    if not tally:
        tally = Counter(p.country_code for p in history if p.country_code)
    return tally.most_common(1)[0][0] if tally else None


def _unnumbered_toll(group: Group) -> str | None:
    """Return the phrase of a casualty report with no figure but a place ("dozens of people were hurt")."""
    for mention in group.mentions:
        if mention.place_in_sentence:
            sentence = mention.sentence
            phrase = counts.unnumbered_toll(sentence.text, start=0, end=len(sentence.text))
            if phrase:
                return phrase
    return None


def reported(group: Group) -> bool:
    """Return False for a casualty report without a number or a place ("many of them wounded").

    Parameters
    ----------
    group : Group
        The merged mentions of one happening.

    Returns
    -------
    bool
    """
    if group.event_type is not EventType.CASUALTIES or group.counts:
        return True
    return _unnumbered_toll(group) is not None


def keep_unplaced(group: Group) -> bool:
    """Return True if a happening without a place is worth a country-level event.

    It is when it has counts, or when it is an exchange or talks the text dates.

    Parameters
    ----------
    group : Group
        The merged mentions of one happening.

    Returns
    -------
    bool
    """
    if group.counts:
        return True
    if group.event_type in (EventType.PRISONER_EXCHANGE, EventType.TALKS):
        return any(
            m.date_precision in (DatePrecision.DAY.value, DatePrecision.RELATIVE.value)
            for m in group.mentions
        )
    return False


def to_event(
    group: Group,
    *,
    source: str | None,
    title: str | None,
    published: dt.date | None,
    notes: list[str],
) -> Event:
    """Return the event a located group of mentions reports.

    Parameters
    ----------
    group : Group
        The merged mentions; its place is set.
    source, title : str or None
        Where the article comes from and its headline.
    published : datetime.date or None
        The publication date.
    notes : list of str
        Notes that hold for every event of the article (an inferred publication date).

    Returns
    -------
    Event
    """
    place = group.place
    assert place is not None
    quoted = next((m for m in group.mentions if m.place_in_sentence), group.mentions[0])
    sentence = quoted.sentence
    named = group.place_origin not in _PLACED_BY_ARTICLE  # a phrase of the text names the place
    written = place.written if named else None
    fields = _FIELDS_OF.get(group.event_type, ())
    values = {name: group.counts[name].value for name in fields if name in group.counts}
    qualifiers = {name: group.counts[name].qualifier for name in fields if name in group.counts}
    # one qualifier per event: the hedge if any count is hedged ("two killed, at least a dozen injured")
    qualifier = next((q for q in qualifiers.values() if q != "exact"), next(iter(qualifiers.values()), None))
    weapon = None
    if group.event_type is EventType.ATTACK:
        weapon = (weapons.combine_weapons(group.weapons) or Weapon.UNKNOWN).value
    confidence = _ORIGIN_CONFIDENCE.get(group.place_origin, 0.5) + 0.05 * min(3, len(group.mentions) - 1)
    if all(m.weak for m in group.mentions):
        confidence -= 0.2
    event_notes = list(notes)
    if group.date_text and group.date_precision == DatePrecision.REPORTED.value:
        event_notes.append(f"no date for it in the text: the day it was reported, '{group.date_text}'")
    elif group.date_text:
        event_notes.append(f"date from '{group.date_text}'")
    elif group.date is not None:
        event_notes.append("no date in the text: publication date used")
    if group.event_type is EventType.CASUALTIES and not values:
        event_notes.append(f"no figure given: '{_unnumbered_toll(group)}'")
    if len(set(qualifiers.values())) > 1:
        hedges = ", ".join(f"{name} {hedge.replace('_', ' ')}" for name, hedge in qualifiers.items())
        event_notes.append(f"counts: {hedges}")
    if group.event_type is EventType.PRISONER_EXCHANGE and "prisoners" in values:
        event_notes.append("prisoners: the number freed by each side")
    reason = _ORIGIN_REASON.get(group.place_origin, "")
    location_reason = f"{reason}: {place.reason}" if place.reason and named else reason
    quotes = tuple(dict.fromkeys(m.sentence.text for m in group.mentions))
    return Event(
        id=make_event_id(source, group.event_type.value, sentence.start, written or place.name),
        event_type=group.event_type.value,
        geometry=place.geometry,
        lon=place.lon,
        lat=place.lat,
        precision=place.precision,
        location_reason=location_reason,
        quote=sentence.text,
        place_name=written,
        place=place.name,
        admin1=place.admin1,
        country_code=place.country_code,
        geonameid=place.geonameid,
        uncertainty_km=_UNCERTAINTY_KM[place.precision],
        weapon=weapon,
        count_qualifier=qualifier,
        date=group.date.isoformat() if group.date else None,
        date_precision=group.date_precision if group.date else DatePrecision.UNKNOWN.value,
        published=published.isoformat() if published else None,
        quote_start=sentence.start,
        quote_end=sentence.end,
        source=source,
        title=title,
        actor=group.actor,
        claimed_by=group.claimed_by,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        sources=(source,) if source else (),
        quotes=quotes,
        notes="; ".join(event_notes) or None,
        **values,
    )
