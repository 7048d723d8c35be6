import datetime as dt

import geopandas as gpd
import pytest
from test_export_sample import sample_events

from geomap.collection import EventCollection


@pytest.fixture
def collection():
    return EventCollection(sample_events(), title="Sample")


def test_behaves_like_an_immutable_sequence(collection):
    events = sample_events()
    assert len(collection) == len(events)
    assert collection[0] == events[0]
    assert list(collection) == events
    assert isinstance(collection[1:3], EventCollection) and list(collection[1:3]) == events[1:3]
    assert collection == EventCollection(events)
    assert "6 events" in repr(collection) and "1 attack" in repr(collection)


def test_filter_by_type_precision_date_confidence_and_predicate(collection):
    assert [e.event_type for e in collection.filter(event_type="attack")] == ["attack"]
    assert {e.event_type for e in collection.filter(event_type=["talks", "damage"])} == {"talks", "damage"}
    assert {e.precision for e in collection.filter(precision="region")} == {"region"}
    dated = collection.filter(start="2025-05-20", end=dt.date(2025, 5, 24))
    assert sorted(e.date for e in dated) == ["2025-05-23", "2025-05-24"]
    assert [e.id for e in collection.filter(end="2025-05-16")] == ["talks-istanbul"]
    assert all(e.confidence >= 0.9 for e in collection.filter(min_confidence=0.9))
    assert len(collection.filter(min_confidence=0.9)) == 2
    assert [e.prisoners for e in collection.filter(lambda e: e.prisoners)] == [307]
    assert collection.filter(event_type="attack").title == "Sample"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"event_type": "attacks"}, "'attacks' is not a valid event_type, must be one of attack"),
        ({"precision": "street"}, "'street' is not a valid precision"),
        ({"start": "24/05/2025"}, "start='24/05/2025' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_filter_rejects_typos_instead_of_returning_nothing(collection, options, message):
    with pytest.raises(ValueError, match=message):
        collection.filter(**options)


def test_geo_interface_feeds_geopandas(collection):
    assert collection.__geo_interface__["type"] == "FeatureCollection"
    frame = gpd.GeoDataFrame.from_features(collection, crs=4326)
    assert list(frame["id"]) == [e.id for e in sample_events()]


def test_to_geodataframe_and_to_file_round_trip(collection, tmp_path):
    frame = collection.to_geodataframe(geometry="point")
    assert set(frame.geom_type) == {"Point"}
    collection.to_file(tmp_path / "events.gpkg")
    read = EventCollection.read(tmp_path / "events.gpkg", title="Read")
    assert read.title == "Read"
    assert [e.properties for e in read] == [e.properties for e in collection]
    assert all(a.geometry.equals(b.geometry) for a, b in zip(read, collection, strict=True))


def test_notebook_display_is_the_layered_map(collection):
    html = collection._repr_html_()
    assert "<iframe" in html
    assert "Kyiv" in html and "leaflet" in html.lower()
    assert "Sample" in html


def test_an_empty_collection_displays_a_short_note():
    assert EventCollection()._repr_html_() == "<p>EventCollection(0 events)</p>"
