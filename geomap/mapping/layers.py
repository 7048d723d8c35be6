"""How each kind of event looks on the map: layer names, colours and weapon symbols.

Everything here is fixed by geomap, never taken from an article, so the legend
and the marker icons can be written into the page as HTML without escaping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from geomap.model import Event, EventType, Weapon

__all__ = ["LayerStyle", "layer_style", "layer_order", "WEAPON_SYMBOLS", "weapon_symbol"]


@dataclass(frozen=True)
class LayerStyle:
    """The look of one event layer.

    Parameters
    ----------
    key : str
        The event type the layer shows.
    name : str
        The layer's title in the layer control and the legend.
    color : str
        CSS colour of its symbols and areas.
    singular : str
        What one event of the layer is called, for popups.
    """

    key: str
    name: str
    color: str
    singular: str


_STYLES = {
    EventType.ATTACK: LayerStyle("attack", "Attacks", "#c0392b", "Attack"),
    EventType.CASUALTIES: LayerStyle("casualties", "Casualties", "#7b1fa2", "Casualties"),
    EventType.INTERCEPTION: LayerStyle("interception", "Interceptions", "#1565c0", "Interception"),
    EventType.DAMAGE: LayerStyle("damage", "Damage", "#e67e22", "Damage"),
    EventType.PRISONER_EXCHANGE: LayerStyle(
        "prisoner_exchange", "Prisoner exchanges", "#2e7d32", "Prisoner exchange"
    ),
    EventType.TALKS: LayerStyle("talks", "Talks", "#546e7a", "Talks"),
}
_OTHER_COLOR = "#37474f"
# Names of unknown types become layer titles: keep only letters, digits, spaces and dashes.
_UNSAFE = re.compile(r"[^\w \-]")


def layer_style(event_type: str) -> LayerStyle:
    """Return the style of the layer showing ``event_type``.

    Types geomap does not know yet (a newer extractor) get a neutral colour and
    a readable name, so they still appear as their own layer.

    Parameters
    ----------
    event_type : str
        An :class:`~geomap.model.EventType` value or any other type string.

    Returns
    -------
    LayerStyle
    """
    try:
        return _STYLES[EventType(event_type)]
    except ValueError:
        name = _UNSAFE.sub("", str(event_type).replace("_", " ")).strip().capitalize() or "Other"
        return LayerStyle(str(event_type), name, _OTHER_COLOR, name)


def layer_order(events: Iterable[Event]) -> list[str]:
    """Return the event types present in ``events``, known types first in a fixed order."""
    present = {event.event_type for event in events}
    known = [t.value for t in EventType if t.value in present]
    return known + sorted(present - set(known))


def _svg(shape: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">'
        f'<g fill="currentColor" stroke="#fff" stroke-width="1.5">{shape}</g></svg>'
    )


_TRIANGLE = '<path d="M10 1.5 L18.5 18 H1.5 Z"/>'
_DIAMOND = '<path d="M10 1 L19 10 L10 19 L1 10 Z"/>'

# One distinct shape per weapon, drawn in the attack layer's colour.
WEAPON_SYMBOLS: dict[str, tuple[str, str]] = {
    Weapon.MISSILE.value: ("Missile", _svg(_TRIANGLE)),
    Weapon.BALLISTIC_MISSILE.value: (
        "Ballistic missile",
        _svg(_TRIANGLE + '<path d="M10 7 V14" stroke-width="2"/>'),
    ),
    Weapon.CRUISE_MISSILE.value: (
        "Cruise missile",
        _svg('<path d="M1.5 6 L18.5 6 L10 18.5 Z"/>'),
    ),
    Weapon.DRONE.value: ("Drone", _svg(_DIAMOND)),
    Weapon.MISSILE_AND_DRONE.value: (
        "Missiles and drones",
        _svg(_DIAMOND + '<path d="M10 5 L14.5 13 H5.5 Z" fill="#fff" stroke="none"/>'),
    ),
    Weapon.GLIDE_BOMB.value: ("Glide bomb", _svg('<rect x="3" y="3" width="14" height="14"/>')),
    Weapon.ARTILLERY.value: (
        "Artillery",
        _svg('<path d="M10 1 L12.6 7.2 L19 7.6 L14 11.8 L15.7 18.5 L10 14.8 L4.3 18.5 L6 11.8 '
             'L1 7.6 L7.4 7.2 Z"/>'),
    ),
    Weapon.AIRCRAFT.value: (
        "Aircraft",
        _svg('<path d="M10 1 L12 8 L19 11 V13 L12 11.5 L11.5 16 L14 18 V19 L10 18 L6 19 V18 '
             'L8.5 16 L8 11.5 L1 13 V11 L8 8 Z"/>'),
    ),
    Weapon.UNKNOWN.value: ("Weapon not stated", _svg('<circle cx="10" cy="10" r="7.5"/>')),
}
# Non-attack point events: a plain dot in the layer's colour.
DOT_SYMBOL = ("Event", _svg('<circle cx="10" cy="10" r="6.5"/>'))


def weapon_symbol(weapon: str | None) -> str:
    """Return the key of the symbol that draws an attack made with ``weapon``."""
    if weapon in WEAPON_SYMBOLS:
        return weapon
    return Weapon.UNKNOWN.value
