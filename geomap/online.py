"""Optional online fallback for names the offline gazetteer lacks.

Off by default: a :class:`~geomap.resolver.Resolver` only goes online when given
``online=OnlineGeocoder(...)`` (``geomap geocode --online``). Requests go through
geopy's ``RateLimiter`` (one per second by default, as Nominatim's policy asks), and
every answer is cached on disk so a query is sent at most once. Results are
marked ``raw["source"] == "online"`` and name the service in ``raw["reason"]``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geopy.location import Location

from geomap.atomic import atomic_write
from geomap.model import Precision

__all__ = ["OnlineGeocoder", "default_cache_directory"]

_PRECISION_BY_TYPE = {
    **dict.fromkeys(("country",), Precision.COUNTRY),
    **dict.fromkeys(
        ("state", "region", "province", "county", "state_district", "municipality"), Precision.REGION
    ),
    **dict.fromkeys(("suburb", "neighbourhood", "quarter", "city_district", "borough"), Precision.DISTRICT),
    **dict.fromkeys(("building", "house", "amenity", "road", "aeroway", "railway"), Precision.POINT),
}


def default_cache_directory() -> Path:
    """Return the on-disk cache directory: ``$GEOMAP_CACHE`` or ``~/.cache/geomap/online``."""
    base = os.environ.get("GEOMAP_CACHE") or Path.home() / ".cache" / "geomap"
    return Path(base) / "online"


class OnlineGeocoder:
    """A cached, rate-limited wrapper around any geopy geocoder.

    Parameters
    ----------
    geocoder : geopy geocoder, optional
        Default: ``Nominatim(user_agent=user_agent)``.
    cache_directory : path-like, optional
        Where answers are kept; default :func:`default_cache_directory`.
    min_delay_seconds : float
        Minimum delay between two requests.
    user_agent : str
        Identifies geomap to the service (Nominatim requires one).
    """

    def __init__(
        self,
        geocoder: Any = None,
        *,
        cache_directory: str | os.PathLike | None = None,
        min_delay_seconds: float = 1.0,
        user_agent: str = "geomap (offline war-report mapper)",
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(user_agent=user_agent)
        self.geocoder = geocoder
        self.service = type(geocoder).__name__
        self.cache_directory = Path(cache_directory) if cache_directory else default_cache_directory()
        self._limited = RateLimiter(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1, swallow_exceptions=False
        )

    def __reduce__(self):
        """Pickle with the same geocoder and cache (the rate limiter is rebuilt)."""
        return (_rebuild, (self.geocoder, str(self.cache_directory)))

    def geocode(
        self, query: str, *, exactly_one: bool = True, country_codes: Iterable[str] | None = None
    ) -> Location | list[Location] | None:
        """Ask the online service, or the cache, for a place name.

        Parameters
        ----------
        query : str
            The place name.
        exactly_one : bool
            Return the best answer, or all answers.
        country_codes : iterable of str, optional
            Restrict to these countries, where the service supports it.

        Returns
        -------
        Location, list of Location or None
            None when the service knows nothing either.
        """
        codes = sorted(c.lower() for c in country_codes or ())
        cache_file = self._cache_file(query, codes)
        if cache_file.exists():
            answers = json.loads(cache_file.read_text(encoding="utf-8"))
        else:
            options = {"exactly_one": False}
            if codes:
                options["country_codes"] = codes
            found = self._limited(query, **options) or []
            answers = [
                {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
                for loc in found
            ]
            self.cache_directory.mkdir(parents=True, exist_ok=True)
            with atomic_write(cache_file) as handle:
                json.dump(answers, handle, ensure_ascii=False)
        locations = [self._location(query, answer) for answer in answers]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def _cache_file(self, query: str, codes: list[str]) -> Path:
        key = json.dumps([self.service, query.strip().casefold(), codes]).encode()
        return self.cache_directory / f"{hashlib.sha256(key).hexdigest()[:32]}.json"

    def _location(self, query: str, answer: dict) -> Location:
        service_raw = answer.get("raw") or {}
        kind = service_raw.get("addresstype") or service_raw.get("type") or ""
        precision = _PRECISION_BY_TYPE.get(kind, Precision.CITY)
        address = service_raw.get("address") if isinstance(service_raw.get("address"), dict) else {}
        raw = {
            "geonameid": None,
            "name": answer["address"].split(",")[0].strip(),
            "lat": answer["lat"],
            "lon": answer["lon"],
            "feature_class": None,
            "feature_code": None,
            "country_code": (address.get("country_code") or "").upper() or None,
            "admin1": address.get("state"),
            "admin1_code": None,
            "admin2": address.get("county") or address.get("district"),
            "parent": None,
            "population": 0,
            "kind": kind or None,
            "precision": precision.value,
            "reason": f"{query!r} is not in the offline gazetteer; found online by {self.service} "
            f"({kind or 'unknown type'})",
            "source": "online",
            "qualifier": None,
            "match": "online",
            "score": None,
            "common_word": False,
            "service_raw": service_raw,
        }
        return Location(answer["address"], (answer["lat"], answer["lon"]), raw)


def _rebuild(geocoder: Any, cache_directory: str) -> OnlineGeocoder:
    return OnlineGeocoder(geocoder, cache_directory=cache_directory)
