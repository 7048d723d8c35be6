"""The folium elements geomap adds to a map: inline assets, event layers, basemap, title, legend.

branca re-reads the output of a ``MacroElement``'s macros as a Jinja template,
so text placed there could be evaluated (``{{ ... }}`` in an article). geomap's
elements therefore write their output into the page as raw text, never through
a template.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from branca.element import Element, Figure, MacroElement

from geomap.mapping.payload import script_json

__all__ = ["RawHTML", "EventLayers", "Basemap", "MapControl", "Title"]


class RawHTML(Element):
    """Markup written into the page exactly as given (never read as a template).

    Parameters
    ----------
    html : str
        Complete, already safe markup.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "RawHTML"
        self.html = html

    def render(self, **kwargs: Any) -> str:
        """Return the markup unchanged."""
        return self.html


def _figure(element: MacroElement) -> Figure:
    """Return the page ``element`` is rendered into; geomap's elements only work on a folium Map's page."""
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise TypeError("geomap map elements must be rendered inside a folium Map's figure")
    return figure


class _PageScript(MacroElement):
    """An element that adds one piece of JavaScript to the page's script section.

    Large data goes into the page as a JSON ``<script>`` block that the code reads
    with ``JSON.parse``: browsers parse JSON several times faster than the same
    data written as a JavaScript literal.
    """

    data: Any = None

    def script(self, data_expression: str) -> str:
        """Return the JavaScript statement to run once the map exists."""
        raise NotImplementedError

    def render(self, **kwargs: Any) -> None:
        """Add the data block and the script to the figure."""
        figure = _figure(self)
        block = f"{self.get_name()}_data"
        figure.html.add_child(
            RawHTML(f'<script type="application/json" id="{block}">{script_json(self.data)}</script>'),
            name=block,
        )
        expression = f'JSON.parse(document.getElementById("{block}").textContent)'
        figure.script.add_child(RawHTML(self.script(expression)), name=self.get_name())


class EventLayers(_PageScript):
    """Draw packed events into their layers' feature groups when the page loads.

    Parameters
    ----------
    groups : mapping
        Event type -> the folium ``FeatureGroup`` showing it.
    payload : dict
        The packed events, from :func:`geomap.mapping.payload.encode_events`.
    """

    def __init__(self, groups: Mapping[str, Any], payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeomapEvents"
        self.groups = dict(groups)
        self.data = payload

    def script(self, data_expression: str) -> str:
        """Return the call that draws the events."""
        groups = ", ".join(f"{script_json(key)}: {group.get_name()}" for key, group in self.groups.items())
        return f"geomapDraw({self._parent.get_name()}, {{{groups}}}, {data_expression});"


class Basemap(_PageScript):
    """Draw the offline basemap into a feature group.

    Parameters
    ----------
    group : folium.FeatureGroup
        The base layer that holds it.
    data : dict
        From :func:`geomap.mapping.basemap.basemap_data`.
    """

    def __init__(self, group: Any, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeomapBasemap"
        self.group = group
        self.data = data

    def script(self, data_expression: str) -> str:
        """Return the call that draws the basemap."""
        return f"geomapBasemap({self._parent.get_name()}, {self.group.get_name()}, {data_expression});"


class MapControl(_PageScript):
    """A Leaflet control showing fixed HTML (a legend, a notice).

    Parameters
    ----------
    html : str
        Markup built by geomap with every text part already escaped.
    position : str
        A Leaflet control corner such as ``"bottomleft"``.
    css_class : str
        Class of the control's box.
    """

    def __init__(self, html: str, *, position: str, css_class: str) -> None:
        super().__init__()
        self._name = "GeomapControl"
        self.data = html
        self.position = position
        self.css_class = css_class

    def script(self, data_expression: str) -> str:
        """Return the call that adds the control."""
        arguments = ", ".join(script_json(value) for value in (self.position, self.css_class))
        return f"geomapControl({self._parent.get_name()}, {arguments}, {data_expression});"


class Title(MacroElement):
    """The map's title box and the page's ``<title>``.

    Parameters
    ----------
    html : str
        The box's markup, every text part already escaped.
    page_title : str
        The browser tab's title, already escaped.
    """

    def __init__(self, html: str, *, page_title: str) -> None:
        super().__init__()
        self._name = "GeomapTitle"
        self.html = html
        self.page_title = page_title

    def render(self, **kwargs: Any) -> None:
        """Add the box to the page and set the page title."""
        figure = _figure(self)
        figure.title = self.page_title
        figure.html.add_child(RawHTML(f'<div class="geomap-title">{self.html}</div>'), name=self.get_name())
