"""The file formats geomap exports, and how a path's extension selects one.

Kept free of heavy imports so the command line can validate ``-o``/``--format``
before loading geopandas or extracting anything.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["FORMAT_NAMES", "EXTENSIONS", "GEOMETRY_CHOICES", "format_for", "check_geometry_choice"]

FORMAT_NAMES = ("geojson", "gpkg", "csv", "kml")
EXTENSIONS = {".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".csv": "csv", ".kml": "kml"}
GEOMETRY_CHOICES = ("area", "point")


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """Return the export format for ``path``: ``format`` if given, else from the extension.

    Parameters
    ----------
    path : path-like
        The file name.
    format : {"geojson", "gpkg", "csv", "kml"}, optional
        An explicit format, which wins over the extension.

    Returns
    -------
    str
        One of :data:`FORMAT_NAMES`.

    Raises
    ------
    ValueError
        If the format is unknown or the extension is not one geomap knows.

    Examples
    --------
    >>> format_for("out/events.GPKG")
    'gpkg'
    >>> format_for("events.txt", "csv")
    'csv'
    """
    if format is not None:
        if format.lower() not in FORMAT_NAMES:
            raise ValueError(f"{format!r} is not a valid option, must be one of " + ", ".join(FORMAT_NAMES))
        return format.lower()
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ValueError(
            f"cannot tell the format of {os.fspath(path)!r} from its extension; use one of "
            + ", ".join(EXTENSIONS)
            + " or give the format explicitly"
        )
    return EXTENSIONS[suffix]


def check_geometry_choice(geometry: str) -> None:
    """Raise ``ValueError`` listing the valid choices if ``geometry`` is not one of them."""
    if geometry not in GEOMETRY_CHOICES:
        raise ValueError(f"{geometry!r} is not a valid option, must be one of " + ", ".join(GEOMETRY_CHOICES))
