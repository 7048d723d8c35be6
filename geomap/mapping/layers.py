"""How each kind of event looks on the map: layer names, colours and weapon symbols.

Everything here is fixed by geomap, never taken from an article, so the legend
and the marker icons can be written into the page as HTML without escaping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from geomap.model import Event, EventType, Weapon

__all__ = [
    "LayerStyle",
    "layer_style",
    "layer_order",
    "WEAPON_SYMBOLS",
    "DOT_SYMBOL",
    "symbol_svg",
    "weapon_symbol",
]


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


Symbol = tuple[tuple[str, bool], ...]  # SVG path data, and whether it is filled white


def symbol_svg(parts: Symbol, color: str) -> str:
    """Return a 20 px SVG drawing ``parts`` in ``color`` (white parts stay white)."""
    paths = "".join(f'<path d="{d}" fill="{"#fff" if white else color}"/>' for d, white in parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">'
        f'<g stroke="#fff" stroke-width="1.2">{paths}</g></svg>'
    )


_TRIANGLE = ("M10 1.5 L18.5 18 H1.5 Z", False)
_DIAMOND = ("M10 1 L19 10 L10 19 L1 10 Z", False)
_DISC = ("M10 3 A7 7 0 1 0 10 17 A7 7 0 1 0 10 3 Z", False)

# One distinct shape per weapon, drawn in the attack layer's colour, in a 20 x 20 box.
WEAPON_SYMBOLS: dict[str, tuple[str, Symbol]] = {
    Weapon.MISSILE.value: ("Missile", (_TRIANGLE,)),
    Weapon.BALLISTIC_MISSILE.value: ("Ballistic missile", (_TRIANGLE, ("M9 7.5 H11 V14.5 H9 Z", True))),
    Weapon.CRUISE_MISSILE.value: ("Cruise missile", (("M1.5 5 L18.5 5 L10 18.5 Z", False),)),
    Weapon.DRONE.value: ("Drone", (_DIAMOND,)),
    Weapon.MISSILE_AND_DRONE.value: ("Missiles and drones", (_DIAMOND, ("M10 5.5 L14 13 H6 Z", True))),
    Weapon.GLIDE_BOMB.value: ("Glide bomb", (("M3 3 H17 V17 H3 Z", False),)),
    Weapon.ARTILLERY.value: (
        "Artillery",
        (("M10 1 L12.6 7.2 L19 7.6 L14 11.8 L15.7 18.5 L10 14.8 L4.3 18.5 L6 11.8 L1 7.6 L7.4 7.2 Z",
          False),),
    ),
    Weapon.AIRCRAFT.value: (
        "Aircraft",
        (("M10 1 L12 8 L19 11 V13 L12 11.5 L11.5 16 L14 18 V19 L10 18 L6 19 V18 L8.5 16 L8 11.5 "
          "L1 13 V11 L8 8 Z", False),),
    ),
    Weapon.UNKNOWN.value: ("Weapon not stated", (_DISC,)),
}
# Events other than attacks: a plain dot in the layer's colour.
DOT_SYMBOL: tuple[str, Symbol] = (
    "Event",
    (("M10 3.5 A6.5 6.5 0 1 0 10 16.5 A6.5 6.5 0 1 0 10 3.5 Z", False),),
)


def weapon_symbol(weapon: str | None) -> str:
    """Return the key of the symbol that draws an attack made with ``weapon``."""
    if weapon in WEAPON_SYMBOLS:
        return weapon
    return Weapon.UNKNOWN.value
