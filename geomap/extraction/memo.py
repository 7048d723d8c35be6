"""A small bounded least-recently-used memo for answers shared across articles.

Batch runs read thousands of articles with one resolver; the same names and
areas come back in most of them. Remembering answers across articles spares
repeated gazetteer and geometry work, and the bound keeps memory flat on a
corpus of any size.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

__all__ = ["LRU"]

_MISSING = object()


class LRU:
    """A mapping that keeps at most ``size`` entries, dropping the least recently used.

    Parameters
    ----------
    size : int
        Maximum number of entries.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value stored for ``key`` (marking it recently used), or ``default``."""
        value = self._entries.get(key, _MISSING)
        if value is _MISSING:
            return default
        self._entries.move_to_end(key)
        return value

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def __setitem__(self, key: Hashable, value: Any) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
