"""Base layers: an offline basemap drawn from geomap's own boundaries, and optional web tiles.

The offline basemap (countries, Ukrainian and neighbouring regions, Kyiv's
districts and labels for major cities) comes from :func:`geomap.boundaries.load_layer`
and is embedded in the page, so a map opened on a laptop without network still
shows where things are. OpenStreetMap and CartoDB tiles are listed as extra base
layers; the browser fetches them only when a reader switches to one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import folium
from shapely import set_precision, simplify
from shapely.geometry import mapping, shape

from geomap.errors import GeomapError

__all__ = ["TILES", "OFFLINE", "basemap_data", "online_tile_layers", "validate_tiles"]

log = logging.getLogger(__name__)

OFFLINE = "offline"
# Web tile sets a reader may switch to: option value -> (URL template, attribution, label).
_ONLINE = {
    "osm": (
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        "OpenStreetMap (online)",
    ),
    "cartodb": (
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
        '&copy; <a href="https://carto.com/attributions">CARTO</a>',
        "CartoDB Positron (online)",
    ),
}
TILES = (OFFLINE, *_ONLINE)
# Outlines are drawn at about 500 m precision: plenty below city zoom, and small.
_TOLERANCE = {"countries": 0.02, "regions": 0.02, "kyiv_districts": 0.0005}
_GRID = {"countries": 0.001, "regions": 0.001, "kyiv_districts": 0.0001}

LayerLoader = Callable[[str], Mapping[str, Any]]


def validate_tiles(tiles: str) -> None:
    """Raise ValueError listing the choices if ``tiles`` names no known base layer."""
    if tiles not in TILES:
        raise ValueError(f"{tiles!r} is not a valid tiles option, must be one of {', '.join(TILES)}")


def _default_loader() -> LayerLoader:
    from geomap.boundaries import load_layer

    return load_layer


def _outlines(collection: Mapping[str, Any], name: str) -> dict[str, Any]:
    features = []
    for feature in collection.get("features", ()):
        if not feature.get("geometry"):
            continue
        geometry = simplify(shape(feature["geometry"]), _TOLERANCE[name], preserve_topology=True)
        geometry = set_precision(geometry, _GRID[name])
        if geometry.is_empty:
            continue
        features.append({"type": "Feature", "geometry": mapping(geometry), "properties": {}})
    return {"type": "FeatureCollection", "features": features}


def _cities(collection: Mapping[str, Any]) -> list[list[Any]]:
    cities = []
    for feature in collection.get("features", ()):
        geometry = feature.get("geometry") or {}
        properties = feature.get("properties") or {}
        if geometry.get("type") != "Point" or not properties.get("name"):
            continue
        lon, lat = geometry["coordinates"][:2]
        population = int(properties.get("population") or 0)
        cities.append([str(properties["name"]), round(lat, 4), round(lon, 4), population])
    cities.sort(key=lambda city: -city[3])
    return cities


def basemap_data(*, loader: LayerLoader | None = None) -> dict[str, Any] | None:
    """Return the offline basemap's layers, ready to embed in the page.

    Parameters
    ----------
    loader : callable, optional
        ``loader(name)`` returns a GeoJSON FeatureCollection for ``"countries"``,
        ``"regions"``, ``"kyiv_districts"`` and ``"cities"``; defaults to
        :func:`geomap.boundaries.load_layer`.

    Returns
    -------
    dict or None
        ``countries``, ``regions``, ``kyiv_districts`` (simplified FeatureCollections)
        and ``cities`` (``[name, lat, lon, population]``, most populous first); None
        when the boundary data is missing, in which case a warning says so.
    """
    try:
        load = loader or _default_loader()
        data: dict[str, Any] = {name: _outlines(load(name), name) for name in _TOLERANCE}
        data["cities"] = _cities(load("cities"))
    except (ImportError, GeomapError, OSError) as error:
        log.warning("the map has no offline basemap: %s", error)
        return None
    return data


def online_tile_layers(tiles: str) -> list[folium.TileLayer]:
    """Return the web tile base layers, the one named by ``tiles`` shown first.

    Parameters
    ----------
    tiles : {"offline", "osm", "cartodb"}
        The base layer shown when the map opens; web tiles not chosen here are
        listed in the layer control but not loaded.

    Returns
    -------
    list of folium.TileLayer
    """
    validate_tiles(tiles)
    return [
        folium.TileLayer(url, attr=attribution, name=label, overlay=False, control=True, show=(key == tiles))
        for key, (url, attribution, label) in _ONLINE.items()
    ]
