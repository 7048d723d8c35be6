"""Exceptions raised by geomap.

Every error geomap raises derives from :class:`GeomapError`; the subclasses also
inherit the matching builtin so callers can catch them the way they already do
(an unknown place is a ``LookupError``, a bad input file is a ``ValueError``).
Messages say what went wrong *and* what to do about it.
"""

from __future__ import annotations

from collections.abc import Sequence

from geopy.exc import GeocoderQueryError

__all__ = [
    "GeomapError",
    "GazetteerError",
    "PlaceNotFound",
    "InputError",
    "OutputError",
]


class GeomapError(Exception):
    """Root of every error raised by geomap."""


class GazetteerError(GeomapError, OSError):
    """The gazetteer file is missing, unreadable or was built by an incompatible version."""


class PlaceNotFound(GeomapError, LookupError, GeocoderQueryError):
    """A place name matched nothing in the gazetteer.

    Also a geopy ``GeocoderQueryError`` (hence a ``ValueError``), so that
    ``geopandas.tools.geocode`` records a missing value instead of aborting.

    Parameters
    ----------
    query : str
        The name as the caller wrote it.
    suggestions : sequence of str, optional
        Close names that do exist, best first.
    """

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"no place called {query!r} in the gazetteer"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions) + "?"
        else:
            message += "; check the spelling or build a larger gazetteer (geomap gazetteer build)"
        super().__init__(message)


class InputError(GeomapError, ValueError):
    """An input article or file cannot be read (empty, binary, undecodable, too large, malformed).

    Parameters
    ----------
    source : str
        The file name, URL or ``-`` for standard input.
    problem : str
        What is wrong with it, phrased so the user knows what to fix.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class OutputError(GeomapError, OSError):
    """An output file cannot be written; nothing was changed at its destination."""
