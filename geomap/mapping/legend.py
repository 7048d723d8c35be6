"""The title box and the legend: what the map shows, from when, and from which sources."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from geomap.mapping.layers import (
    DOT_SYMBOL,
    WEAPON_SYMBOLS,
    layer_order,
    layer_style,
    symbol_svg,
    weapon_symbol,
)
from geomap.mapping.payload import event_day
from geomap.mapping.precision import Shape, drawing_for
from geomap.model import Event, EventType

__all__ = ["DEFAULT_TITLE", "title_html", "legend_html", "date_range", "source_names"]

DEFAULT_TITLE = "Strikes and related events reported in the news"
_SOURCES_LISTED = 3


def date_range(events: Sequence[Event]) -> tuple[str, str] | None:
    """Return the first and last day of ``events`` (``YYYY-MM-DD``), or None if none is dated."""
    days = sorted({day for day in map(event_day, events) if day})
    return (days[0], days[-1]) if days else None


def source_names(events: Sequence[Event]) -> list[str]:
    """Return the distinct sources of ``events``, in order of first appearance."""
    names: dict[str, None] = {}
    for event in events:
        for source in (event.source, *event.sources):
            if source:
                names.setdefault(source, None)
    return list(names)


def title_html(events: Sequence[Event], title: str | None = None) -> tuple[str, str]:
    """Return the title box's markup and the page title, with every text part escaped.

    Parameters
    ----------
    events : sequence of Event
        The events on the map.
    title : str, optional
        The heading; a generic one when omitted.

    Returns
    -------
    tuple of str
        ``(box_html, page_title)``.
    """
    heading = title or DEFAULT_TITLE
    days = date_range(events)
    if days is None:
        when = "dates not stated"
    elif days[0] == days[1]:
        when = days[0]
    else:
        when = f"{days[0]} – {days[1]}"
    sources = source_names(events)
    listed = ", ".join(sources[:_SOURCES_LISTED])
    if len(sources) > _SOURCES_LISTED:
        listed += f" and {len(sources) - _SOURCES_LISTED:,} more"
    count = f"{len(events):,} event{'s' if len(events) != 1 else ''}"
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




def legend_html(events: Sequence[Event], *, border: bool = False, cluster: bool = True) -> str:
    """Return the legend's markup for the layers, symbols and shapes ``events`` use.

    Parameters
    ----------
    events : sequence of Event
        The events on the map.
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
    shapes = {drawing_for(event).shape for event in events}
    attack_color = layer_style(EventType.ATTACK.value).color
    for key in layer_order(events):
        style = layer_style(key)
        of_type = [event for event in events if event.event_type == key]
        label = f"{style.name} ({len(of_type):,})"
        if key == EventType.ATTACK.value:
            rows.append(f'<div class="geomap-legend-row"><b>{escape(label)}</b></div>')
            weapons = {weapon_symbol(event.weapon) for event in of_type}
            for weapon, (name, parts) in WEAPON_SYMBOLS.items():
                if weapon in weapons:
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
    if shapes & {Shape.CIRCLE, Shape.AREA}:
        swatch = '<span class="geomap-swatch" style="border-color:#555;background:#5551"></span>'
        rows.append(_row(swatch, "dashed area: place known only to a district, border area or region"))
    if cluster and events:
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
