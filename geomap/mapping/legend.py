"""The title box and the legend: what the map shows, from when, and from which sources.

Both are described by :class:`MapFacts`, gathered from the page data that
:func:`~geomap.mapping.payload.encode_events` has already computed (each event's
drawing, symbol and day), so a large map does not work them out twice. Facts of
several ``build_map`` calls on one map add up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from geomap.mapping.layers import DOT_SYMBOL, WEAPON_SYMBOLS, layer_style, symbol_svg
from geomap.mapping.precision import Shape
from geomap.model import Event, EventType

__all__ = ["DEFAULT_TITLE", "MapFacts", "title_html", "legend_html"]

DEFAULT_TITLE = "Strikes and related events reported in the news"
_SOURCES_LISTED = 3
_SHAPE, _SYMBOL = 2, 5  # positions in a payload row (see encode_events)


@dataclass
class MapFacts:
    """What a map's title and legend describe.

    Attributes
    ----------
    counts : dict of str to int
        Events per layer key, in layer order.
    weapons : set of str
        Weapon symbol keys used by the attack layer.
    areas : bool
        Whether any event is drawn as an area or an uncertainty circle.
    days : set of str
        Days (``YYYY-MM-DD``) of the dated events.
    sources : dict of str to None
        Distinct sources, in order of first appearance.
    """

    counts: dict[str, int] = field(default_factory=dict)
    weapons: set[str] = field(default_factory=set)
    areas: bool = False
    days: set[str] = field(default_factory=set)
    sources: dict[str, None] = field(default_factory=dict)

    @classmethod
    def from_payload(cls, payload: dict[str, Any], events: Sequence[Event]) -> MapFacts:
        """Return the facts of ``events``, read from their page data ``payload``.

        Parameters
        ----------
        payload : dict
            What :func:`~geomap.mapping.payload.encode_events` returned for ``events``.
        events : sequence of Event
            The same events (for their sources).

        Returns
        -------
        MapFacts
        """
        facts = cls(days=set(payload["dates"]))
        strings = payload["strings"]
        for layer in payload["layers"]:
            rows = layer["events"]
            facts.counts[layer["key"]] = len(rows)
            if layer["key"] == EventType.ATTACK.value:
                facts.weapons.update(strings[row[_SYMBOL]] for row in rows if row[_SYMBOL] >= 0)
            facts.areas = facts.areas or any(row[_SHAPE] in (Shape.CIRCLE, Shape.AREA) for row in rows)
        for event in events:
            for source in (event.source, *event.sources):
                if source:
                    facts.sources.setdefault(source, None)
        return facts

    def merged(self, other: MapFacts) -> MapFacts:
        """Return the facts of a map showing both ``self``'s events and ``other``'s."""
        counts = dict(self.counts)
        for key, count in other.counts.items():
            counts[key] = counts.get(key, 0) + count
        known = [t.value for t in EventType if t.value in counts]
        ordered = {key: counts[key] for key in known + sorted(set(counts) - set(known))}
        return MapFacts(
            counts=ordered,
            weapons=self.weapons | other.weapons,
            areas=self.areas or other.areas,
            days=self.days | other.days,
            sources={**self.sources, **other.sources},
        )

    @property
    def total(self) -> int:
        """Number of events."""
        return sum(self.counts.values())


def title_html(facts: MapFacts, title: str | None = None) -> tuple[str, str]:
    """Return the title box's markup and the page title, with every text part escaped.

    Parameters
    ----------
    facts : MapFacts
        What the map shows.
    title : str, optional
        The heading; a generic one when omitted.

    Returns
    -------
    tuple of str
        ``(box_html, page_title)``.
    """
    heading = title or DEFAULT_TITLE
    days = sorted(facts.days)
    if not days:
        when = "dates not stated"
    elif days[0] == days[-1]:
        when = days[0]
    else:
        when = f"{days[0]} – {days[-1]}"
    sources = list(facts.sources)
    listed = ", ".join(sources[:_SOURCES_LISTED])
    if len(sources) > _SOURCES_LISTED:
        listed += f" and {len(sources) - _SOURCES_LISTED:,} more"
    count = f"{facts.total:,} event{'s' if facts.total != 1 else ''}"
    subtitle = f"{when} · {count}"
    if listed:
        subtitle += f" · source{'s' if len(sources) > 1 else ''}: {listed}"
    box = f'<h1>{escape(heading)}</h1><div class="geomap-subtitle">{escape(subtitle)}</div>'
    return box, escape(f"{heading} ({when})")


def _row(key_html: str, label: str) -> str:
    return (
        f'<div class="geomap-legend-row"><span class="geomap-legend-key">{key_html}</span>'
        f"<span>{escape(label)}</span></div>"
    )




def legend_html(facts: MapFacts, *, border: bool = False, cluster: bool = True) -> str:
    """Return the legend's markup for the layers, symbols and shapes a map uses.

    Parameters
    ----------
    facts : MapFacts
        What the map shows.
    border : bool, default False
        Whether the Ukraine–Belarus border line is drawn.
    cluster : bool, default True
        Whether crowded symbols gather into numbered clusters.

    Returns
    -------
    str
        Escaped HTML.
    """
    rows = []
    attack_color = layer_style(EventType.ATTACK.value).color
    for key, count in facts.counts.items():
        style = layer_style(key)
        label = f"{style.name} ({count:,})"
        if key == EventType.ATTACK.value:
            rows.append(f'<div class="geomap-legend-row"><b>{escape(label)}</b></div>')
            for weapon, (name, parts) in WEAPON_SYMBOLS.items():
                if weapon in facts.weapons:
                    rows.append(_row(symbol_svg(parts, attack_color), name))
        elif key == EventType.CASUALTIES.value:
            ring = (
                f'<span class="geomap-ring" style="width:16px;height:16px;background:{style.color}66;'
                f'border-color:{style.color};display:inline-flex;align-items:center;justify-content:center">'
                '<span class="geomap-ring" style="width:7px;height:7px;background:#1a1a1a"></span></span>'
            )
            rows.append(_row(ring, label))
            rows.append(_row("", "circle area: killed + injured; dark core: killed"))
        else:
            rows.append(_row(symbol_svg(DOT_SYMBOL[1], style.color), label))
    if facts.areas:
        swatch = '<span class="geomap-swatch" style="border-color:#555;background:#5551"></span>'
        rows.append(_row(swatch, "dashed area: place known only to a district, border area or region"))
    if cluster and facts.total:
        bubble = (
            '<span style="display:inline-flex;width:18px;height:18px;border-radius:50%;background:#777;'
            'color:#fff;font-size:10px;font-weight:700;align-items:center;justify-content:center">5</span>'
        )
        rows.append(_row(bubble, "events close together: click to zoom in"))
    if border:
        line = '<svg width="20" height="6"><path d="M0 3 H20" stroke="#263238" stroke-width="2.5" ' \
               'stroke-dasharray="5 3"/></svg>'
        rows.append(_row(line, "Ukraine–Belarus border"))
    if not rows:
        rows.append(_row("", "No events to show"))
    return "<h2>Legend</h2>" + "".join(rows)
