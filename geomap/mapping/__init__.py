"""Standalone, offline, layered HTML maps of events.

``build_map(events)`` returns a folium map with one layer per event type, an
offline basemap, a legend, a title and a date filter; ``save_map(m, path)``
writes it atomically as one self-contained HTML file.
"""

from geomap.mapping.build import build_map, save_map

__all__ = ["build_map", "save_map"]
