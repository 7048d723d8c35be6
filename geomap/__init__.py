"""geomap: turn news reports of war-time strikes into maps.

The public API is imported lazily, so ``import geomap`` (and the ``geomap``
command) start fast and only load folium or geopandas when they are used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "GeomapError": "geomap.errors",
    "PlaceNotFound": "geomap.errors",
    "InputError": "geomap.errors",
    "OutputError": "geomap.errors",
    "GazetteerError": "geomap.errors",
    "Event": "geomap.model",
    "Precision": "geomap.model",
    "EventType": "geomap.model",
    "EventCollection": "geomap.collection",
    "Gazetteer": "geomap.gazetteer",
    "Resolver": "geomap.resolver",
    "extract": "geomap.extraction",
    "build_map": "geomap.mapping",
    "to_geodataframe": "geomap.export",
    "read_events": "geomap.export",
    "write_events": "geomap.export",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), name)
