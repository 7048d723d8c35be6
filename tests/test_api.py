import importlib

import geomap


def test_public_names_resolve_to_what_the_readme_promises():
    importlib.import_module("geomap.extraction")  # importing the package must not shadow the function
    assert callable(geomap.extract) and geomap.extract.__name__ == "extract"
    for name in geomap.__all__:
        assert getattr(geomap, name) is not None


def test_extract_through_the_top_level_api():
    events = geomap.extract(
        "In Odesa, three people died when a Russian missile struck port infrastructure.",
        published="2025-05-24",
        source="test",
    )
    casualties = [e for e in events if e.event_type == "casualties"]
    assert casualties and casualties[0].killed == 3 and casualties[0].country_code == "UA"
