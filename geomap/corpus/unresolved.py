"""Notice the place names a corpus mentions but the gazetteer does not know.

The extractor asks the resolver about every capitalised name it meets, most
of which are not places at all ("Zelensky", "Telegram"). A name that the
resolver could not find *and* that the article uses as a location ("in
Pokrovsk", "near Chasiv Yar", "the village of Bilytske") is reported in the run
summary, so users see which places their gazetteer lacks.
"""

from __future__ import annotations

import re
from typing import Any

from geomap.errors import PlaceNotFound

__all__ = ["RecordingResolver", "unresolved_places"]

_SETTLEMENT_OF = r"(?:city|town|village|settlement|district|region|port|community)\s+of\s+"
_LOCATIVE = (
    rf"(?:\b(?:in|near|outside|around|over|across|at|into|towards?)\s+(?:the\s+)?(?:{_SETTLEMENT_OF})?"
    rf"|\b{_SETTLEMENT_OF})"
)


class RecordingResolver:
    """A resolver that remembers the names it could not find, and otherwise behaves like the one it wraps.

    Parameters
    ----------
    resolver : object
        Anything with geopy's ``geocode(query, ...)`` call shape that raises
        :class:`~geomap.errors.PlaceNotFound` for unknown names.
    """

    def __init__(self, resolver: Any) -> None:
        self.resolver = resolver
        self.not_found: list[str] = []

    def geocode(self, query: str, *args: Any, **kwargs: Any) -> Any:
        """Resolve ``query`` with the wrapped resolver, remembering it if it is unknown."""
        try:
            return self.resolver.geocode(query, *args, **kwargs)
        except PlaceNotFound:
            self.not_found.append(query)
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolver, name)

    def __str__(self) -> str:
        return str(self.resolver)

    def take(self) -> list[str]:
        """Return the names not found since the last call, and forget them."""
        names, self.not_found = self.not_found, []
        return names


def unresolved_places(text: str, names: list[str]) -> tuple[str, ...]:
    """Return the names, among those the resolver did not find, that ``text`` uses as a location.

    Parameters
    ----------
    text : str
        The article.
    names : list of str
        Names the resolver could not find while the article was extracted.

    Returns
    -------
    tuple of str
        Distinct names in first-seen order.
    """
    found = []
    for name in dict.fromkeys(names):
        if re.search(_LOCATIVE + re.escape(name) + r"\b", text):
            found.append(name)
    return tuple(found)
