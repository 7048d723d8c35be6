"""The online fallback, with a fake geopy geocoder: no test touches the network."""

import pickle

import pytest
from geopy.location import Location

from geomap.errors import PlaceNotFound
from geomap.online import OnlineGeocoder
from geomap.resolver import Resolver


class FakeNominatim:
    """Stands in for geopy's Nominatim; counts calls."""

    def __init__(self, answers=None):
        self.calls = []
        self.answers = (
            answers
            if answers is not None
            else [
                Location(
                    "Hlybokyi Yar, Kharkiv Oblast, Ukraine",
                    (49.9, 36.1),
                    {"addresstype": "village", "address": {"country_code": "ua", "state": "Kharkiv Oblast"}},
                ),
            ]
        )

    def geocode(self, query, **options):
        self.calls.append((query, options))
        return list(self.answers)


@pytest.fixture
def fake():
    return FakeNominatim()


@pytest.fixture
def online(fake, tmp_path):
    return OnlineGeocoder(fake, cache_directory=tmp_path / "cache", min_delay_seconds=0)


def test_offline_by_default():
    assert Resolver.default().online is None
    with pytest.raises(PlaceNotFound):
        Resolver.default().geocode("Hlybokyi Yarxq")


def test_unknown_names_go_online_and_are_marked(online, fake):
    resolver = Resolver(online=online)
    location = resolver.geocode("Hlybokyi Yarxq")
    assert location.raw["source"] == "online"
    assert "FakeNominatim" in location.raw["reason"]
    assert location.raw["country_code"] == "UA"
    assert location.raw["precision"] == "city"
    assert (location.latitude, location.longitude) == (49.9, 36.1)
    assert len(fake.calls) == 1


def test_known_names_never_go_online(online, fake):
    Resolver(online=online).geocode("Kharkiv")
    assert fake.calls == []


def test_answers_are_cached_on_disk(online, fake, tmp_path):
    online.geocode("Somewhere Qx")
    online.geocode("Somewhere Qx")
    assert len(fake.calls) == 1
    again = OnlineGeocoder(FakeNominatim(answers=[]), cache_directory=tmp_path / "cache", min_delay_seconds=0)
    assert again.geocode("somewhere qx").raw["source"] == "online"
    assert list((tmp_path / "cache").glob("*.json"))


def test_nothing_online_either_raises_place_not_found(tmp_path):
    nothing = OnlineGeocoder(FakeNominatim(answers=[]), cache_directory=tmp_path, min_delay_seconds=0)
    with pytest.raises(PlaceNotFound):
        Resolver(online=nothing).geocode("Qwxzv Blorp")


def test_country_codes_are_passed_on(online, fake):
    online.geocode("Somewhere", country_codes=["UA"])
    assert fake.calls[0][1]["country_codes"] == ["ua"]


def test_requests_are_rate_limited(fake, tmp_path, monkeypatch):
    from geopy.extra.rate_limiter import RateLimiter

    now, sleeps = [100.0], []

    def sleep(self, seconds):
        sleeps.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(RateLimiter, "_clock", lambda self: now[0])
    monkeypatch.setattr(RateLimiter, "_sleep", sleep)
    online = OnlineGeocoder(fake, cache_directory=tmp_path, min_delay_seconds=1.0)
    online.geocode("One")
    online.geocode("Two")
    assert len(fake.calls) == 2
    assert sleeps == [pytest.approx(1.0)]


def test_online_precision_follows_the_answer_type(tmp_path):
    state = Location("Kharkiv Oblast, Ukraine", (49.5, 36.5), {"addresstype": "state"})
    online = OnlineGeocoder(FakeNominatim([state]), cache_directory=tmp_path, min_delay_seconds=0)
    assert online.geocode("Kharkivska Qx").raw["precision"] == "region"


def test_online_geocoder_pickles(online):
    clone = pickle.loads(pickle.dumps(online))
    assert clone.cache_directory == online.cache_directory
