"""What an event's popup says: the evidence a reader needs to trust the point.

The rows are plain text. The page builds the popup from them with DOM text
nodes, never ``innerHTML``, so an article containing ``<script>`` or
``<img onerror=...>`` shows those characters and nothing runs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geomap.mapping.layers import WEAPON_SYMBOLS, layer_style
from geomap.mapping.precision import precision_label
from geomap.model import CountQualifier, DatePrecision, Event

__all__ = ["PopupText", "popup_text", "safe_link", "count_phrase"]

_HTTP = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)

_QUALIFIER_WORDS = {
    CountQualifier.EXACT.value: "",
    CountQualifier.AT_LEAST.value: "at least ",
    CountQualifier.MORE_THAN.value: "more than ",
    CountQualifier.ABOUT.value: "about ",
}
_DATE_NOTES = {
    DatePrecision.DAY.value: "",
    DatePrecision.RELATIVE.value: " (worked out from a weekday or 'overnight')",
    DatePrecision.REPORTED.value: " (the day it was reported; it happened by then)",
    DatePrecision.PUBLICATION.value: " (publication date; the text gives none)",
    DatePrecision.UNKNOWN.value: "",
}
_COUNT_LABELS = (
    ("killed", "killed"),
    ("injured", "injured"),
    ("prisoners", "prisoners"),
    ("missiles", "missiles"),
    ("drones", "drones"),
)


class PopupText(NamedTuple):
    """Popup content, as plain text."""

    heading: str  # the type of event and its counts
    rows: list[tuple[str, str]]  # labelled facts, in reading order
    quote: str  # the sentence the event comes from
    link: str | None  # the source, when it is an http(s) URL


def safe_link(source: str | None) -> str | None:
    """Return ``source`` if it is a plain http(s) URL, else None (no ``javascript:`` links)."""
    if source and _HTTP.match(source.strip()):
        return source.strip()
    return None


def count_phrase(event: Event) -> str:
    """Return the event's counts as words, e.g. ``"at least 15 injured, 3 killed"``."""
    words = _QUALIFIER_WORDS.get(event.count_qualifier or "", "")
    parts = []
    for field, label in _COUNT_LABELS:
        value = getattr(event, field)
        if value is not None:
            parts.append(f"{words if not parts else ''}{value:,} {label}")
    return ", ".join(parts)


def _resolved_place(event: Event) -> str:
    parts = [event.place, event.admin1, event.country_code]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    text = ", ".join(seen)
    if event.geonameid:
        text += f" (GeoNames {event.geonameid})"
    return text


def _sources(event: Event) -> str:
    names = list(dict.fromkeys([s for s in (event.source, *event.sources) if s]))
    return "; ".join(names)


def popup_text(event: Event) -> PopupText:
    """Return the popup of ``event``: type, counts, date, places, precision, reason, quote, source.

    Parameters
    ----------
    event : Event
        The event to describe.

    Returns
    -------
    PopupText
        Plain, unescaped text; the page inserts it as text nodes.
    """
    style = layer_style(event.event_type)
    counts = count_phrase(event)
    heading = style.singular
    if counts:
        heading = f"{heading}: {counts}"
    rows: list[tuple[str, str]] = []
    if event.weapon:
        rows.append(("Weapon", WEAPON_SYMBOLS.get(event.weapon, (event.weapon,))[0]))
    date = event.date or "unknown"
    rows.append(("Date", date + _DATE_NOTES.get(event.date_precision, "")))
    if event.place_name:
        rows.append(("Place as written", event.place_name))
    resolved = _resolved_place(event)
    if resolved:
        rows.append(("Resolved to", resolved))
    rows.append(("Precision", precision_label(event)))
    if event.location_reason:
        rows.append(("Why here", event.location_reason))
    for label, value in (("Actor", event.actor), ("Claimed by", event.claimed_by), ("Notes", event.notes)):
        if value:
            rows.append((label, value))
    if event.title:
        rows.append(("Article", event.title))
    sources = _sources(event)
    if sources:
        label = "Sources" if event.source_count > 1 else "Source"
        rows.append((label, sources))
    rows.append(("Confidence", f"{event.confidence:.0%}"))
    return PopupText(heading, rows, event.quote or "", safe_link(event.source))
