import json
import logging
import re

import folium
import pytest
from shapely.geometry import MultiPolygon, box
from test_map_fixtures import (
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    HOSTILE_TEMPLATE,
    KYIV,
    event,
    fake_boundaries,
    sample_events,
)

from geomap.errors import GeomapError, OutputError
from geomap.mapping import build_map, save_map
from geomap.mapping.basemap import basemap_data
from geomap.mapping.layers import layer_style
from geomap.mapping.payload import across_antimeridian, encode_events, script_json
from geomap.mapping.popups import count_phrase, popup_text, safe_link
from geomap.mapping.precision import Shape, drawing_for


def render(m: folium.Map) -> str:
    return m.get_root().render()


@pytest.fixture(scope="module")
def sample_html():
    return render(build_map(sample_events(), boundaries=fake_boundaries(), title="Kyiv & <Odesa>"))


# --- precision -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event_type", "precision", "expected"),
    [
        ("attack", "point", Shape.SYMBOL),
        ("attack", "city", Shape.SYMBOL),
        ("attack", "district", Shape.CIRCLE),
        ("damage", "border_area", Shape.CIRCLE),
        ("interception", "region", Shape.CIRCLE),
        ("casualties", "city", Shape.CASUALTY),
        ("casualties", "district", Shape.CIRCLE),
    ],
)
def test_points_are_drawn_no_more_precisely_than_known(event_type, precision, expected):
    assert drawing_for(event(event_type, KYIV, precision=precision)).shape is expected


def test_vague_point_becomes_circle_of_its_uncertainty():
    assert drawing_for(event("attack", KYIV, precision="district")).radius_m == 3000
    assert drawing_for(event("attack", KYIV, precision="region", uncertainty_km=42)).radius_m == 42000


def test_polygon_events_are_drawn_as_their_area():
    area = event("prisoner_exchange", geometry=box(30, 51, 32, 52), precision="border_area")
    assert drawing_for(area).shape is Shape.AREA


# --- popups ---------------------------------------------------------------------------------------


def test_popup_states_type_counts_date_places_precision_reason_quote_and_link():
    text = popup_text(
        event("casualties", KYIV, precision="district", place_name="Obolon", place="Obolonskyi District",
              admin1="Kyiv City", country_code="UA", injured=15, killed=2, count_qualifier="at_least",
              location_reason="Kyiv district named in the sentence", date_precision="relative",
              quote="at least 15 people were injured")
    )
    rows = dict(text.rows)
    assert text.heading == "Casualties: at least 2 killed, 15 injured"
    assert rows["Place as written"] == "Obolon"
    assert rows["Resolved to"] == "Obolonskyi District, Kyiv City, UA"
    assert rows["Precision"] == "district (within about 3 km)"
    assert rows["Why here"] == "Kyiv district named in the sentence"
    assert rows["Date"].startswith("2025-05-24 (worked out")
    assert text.quote == "at least 15 people were injured"
    assert text.link == "https://example.org/news/1"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("file:///etc/passwd", None),
        ('https://x.org/"onmouseover="1', None),
        ("article.txt", None),
        (None, None),
    ],
)
def test_only_plain_http_links_are_linked(source, expected):
    assert safe_link(source) == expected


def test_count_phrase_keeps_the_hedge_once():
    assert count_phrase(event("interception", KYIV, missiles=6, drones=245, count_qualifier="more_than")) == (
        "more than 6 missiles, 245 drones"
    )
    assert count_phrase(event("damage", KYIV)) == ""


# --- payload --------------------------------------------------------------------------------------


def test_payload_has_one_layer_per_type_present_in_a_fixed_order():
    payload = encode_events(sample_events())
    keys = [layer["key"] for layer in payload["layers"]]
    assert keys == ["attack", "casualties", "interception", "damage", "prisoner_exchange", "talks"]
    assert [len(layer["events"]) for layer in payload["layers"]] == [3, 3, 1, 2, 2, 1]
    assert payload["dates"] == ["2025-05-16", "2025-05-23", "2025-05-24"]


def test_payload_stores_each_string_and_area_once():
    region = box(30, 50, 33, 52)
    events = [event("attack", KYIV, geometry=region, precision="region", quote="same") for _ in range(50)]
    payload = encode_events(events)
    assert len(payload["shapes"]) == 1
    assert payload["strings"].count("same") == 1
    assert all(row[3] == 0 and row[2] == Shape.AREA for row in payload["layers"][0]["events"])


def test_casualty_rows_carry_killed_and_injured_apart():
    payload = encode_events([event("casualties", KYIV, precision="city", killed=3, injured=12)])
    row = payload["layers"][0]["events"][0]
    assert row[2] == Shape.CASUALTY and row[3] == [3, 12]


def test_script_json_cannot_close_the_script_element():
    text = script_json({"quote": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"quote": "</script><script>alert(1)</script> & <!--"}


# --- the rendered page ----------------------------------------------------------------------------


def test_page_is_self_contained(sample_html):
    assert not re.search(r"<script[^>]+src=", sample_html)
    assert not re.search(r"<link[^>]+href=", sample_html)
    assert "L.markerClusterGroup" in sample_html and "geomapDraw(" in sample_html
    assert "sourceMappingURL" not in sample_html
    # Leaflet's stylesheet images are inlined, not fetched next to the file
    assert "url(images/" not in sample_html and "data:image/png;base64," in sample_html


def test_article_markup_is_never_written_as_markup(sample_html):
    assert HOSTILE_SCRIPT not in sample_html
    assert HOSTILE_IMG not in sample_html
    assert "window.__pwned=1\\u003c/script\\u003e" in sample_html


def test_article_text_is_not_evaluated_as_a_template(sample_html):
    # branca re-reads macro output as Jinja; geomap's elements must bypass that
    assert HOSTILE_TEMPLATE in sample_html


def test_title_shows_escaped_heading_date_range_and_sources(sample_html):
    assert "<title>Kyiv &amp; &lt;Odesa&gt; (2025-05-16 – 2025-05-24)</title>" in sample_html
    assert "<h1>Kyiv &amp; &lt;Odesa&gt;</h1>" in sample_html
    assert "sources: https://example.org/news/1" in sample_html


def test_every_layer_is_in_the_layer_control_with_its_count(sample_html):
    for name in ("Attacks (3)", "Casualties (3)", "Interceptions (1)", "Damage (2)",
                 "Prisoner exchanges (2)", "Talks (1)", "Offline basemap", "OpenStreetMap (online)"):
        assert f'"{name}"' in sample_html
    assert sample_html.count("L.control.layers(") == 1


def test_absent_types_get_no_layer():
    html = render(build_map([event("talks", KYIV)], boundaries=fake_boundaries()))
    assert '"Talks (1)"' in html and "Attacks (" not in html and "Ukraine–Belarus border" not in html


def test_unknown_types_get_their_own_layer_with_a_safe_name():
    html = render(build_map([event('shelling<img src=x onerror="1">', KYIV)], boundaries=fake_boundaries()))
    assert '"Shellingimg srcx onerror1 (1)"' in html
    assert layer_style("evacuation").name == "Evacuation"


def test_prisoner_exchange_layer_draws_the_ukraine_belarus_border(sample_html):
    assert '"borderName":"Ukraine–Belarus border"' in sample_html


def test_offline_basemap_is_the_default_and_web_tiles_are_not_loaded(sample_html):
    basemap_group = re.search(r'"Offline basemap" : (feature_group_\w+)', sample_html).group(1)
    assert f"{basemap_group}.addTo(" in sample_html
    for tile in re.findall(r"var (tile_layer_\w+) = L.tileLayer", sample_html):
        assert f"{tile}.addTo(" not in sample_html


def test_tiles_option_picks_the_base_layer_shown():
    html = render(build_map(sample_events(), tiles="osm", boundaries=fake_boundaries()))
    osm = re.search(r'"OpenStreetMap \(online\)" : (tile_layer_\w+)', html).group(1)
    assert f"{osm}.addTo(" in html


def test_unknown_tiles_are_refused_with_the_choices():
    with pytest.raises(ValueError, match="must be one of offline, osm, cartodb"):
        build_map([], tiles="google")


def test_empty_map_says_so_and_shows_ukraine():
    html = render(build_map([], boundaries=fake_boundaries()))
    assert "No events to show." in html and "0 events" in html


def test_missing_boundaries_leave_a_usable_map(caplog):
    def broken(name):
        raise GeomapError("boundary data not built")

    with caplog.at_level(logging.WARNING):
        assert basemap_data(loader=broken) is None
    assert "no offline basemap" in caplog.text


def test_layers_compose_on_a_users_map():
    m = build_map(sample_events()[:3], boundaries=fake_boundaries())
    build_map(sample_events()[6:7], m=m, boundaries=fake_boundaries())
    html = render(m)
    assert '"Attacks (3)"' in html and '"Interceptions (1)"' in html
    assert html.count("L.control.layers(") == 1
    assert html.count("geomapDraw(") == 2


def test_a_plain_folium_map_gets_the_layers_and_keeps_its_own_leaflet():
    m = build_map(sample_events(), m=folium.Map(tiles=None), boundaries=fake_boundaries())
    html = render(m)
    assert html.count("leaflet.js") == 1 and '"Attacks (3)"' in html


# --- saving ---------------------------------------------------------------------------------------


def test_save_map_writes_one_file(tmp_path):
    path = tmp_path / "map.html"
    save_map(build_map(sample_events(), boundaries=fake_boundaries()), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_failed_save_keeps_the_existing_map(tmp_path, monkeypatch):
    path = tmp_path / "map.html"
    path.write_text("previous map")
    m = build_map(sample_events(), boundaries=fake_boundaries())

    def half_written(outfile, **kwargs):
        with open(outfile, "w") as handle:
            handle.write("<html>half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(m, "save", half_written)
    with pytest.raises(OutputError, match="No space left"):
        save_map(m, path)
    assert path.read_text() == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_save_into_a_missing_directory_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        save_map(build_map([], boundaries=fake_boundaries()), tmp_path / "nope" / "map.html")


def test_areas_across_the_180th_meridian_stay_in_one_piece():
    chukotka = MultiPolygon([box(170, 64, 180, 70), box(-180, 64, -170, 70)])
    shifted = across_antimeridian(chukotka)
    assert shifted.bounds == pytest.approx((170, 64, 190, 70))
    assert across_antimeridian(box(30, 50, 31, 51)).equals(box(30, 50, 31, 51))


def test_view_ignores_events_known_only_to_a_country():
    russia = MultiPolygon([box(27, 41, 180, 78), box(-180, 64, -169, 70)])
    events = [event("interception", geometry=russia, precision="country"), event("attack", KYIV)]
    html = render(build_map(events, boundaries=fake_boundaries()))
    fit = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", html)
    assert [float(v) for v in fit.groups()] == pytest.approx([KYIV[1], KYIV[0], KYIV[1], KYIV[0]])


def test_country_sized_areas_get_a_faint_fill():
    payload = encode_events([
        event("talks", geometry=box(22, 44, 40, 52), precision="country"),
        event("talks", geometry=box(30, 50, 31, 51), precision="region"),
    ])
    assert [fill for _, fill in payload["shapes"]] == [0.03, 0.12]


def test_events_without_a_usable_location_are_skipped_with_a_warning(caplog):
    lost = event("attack", KYIV).with_changes(lon=float("nan"), id="lost-one")
    with caplog.at_level(logging.WARNING):
        html = render(build_map([lost, event("talks", KYIV)], boundaries=fake_boundaries()))
    assert "lost-one" in caplog.text
    assert '"Talks (1)"' in html and "Attacks (" not in html


def test_composed_layers_share_one_title_and_legend():
    m = build_map(sample_events()[:3], boundaries=fake_boundaries(), title="First")
    build_map(sample_events()[9:11], m=m, boundaries=fake_boundaries(), title="Both")
    html = render(m)
    assert html.count('class="geomap-title"') == 1 and "<h1>Both</h1>" in html and "5 events" in html
    assert html.count('"geomap-legend leaflet-bar"') == 1
    assert "Prisoner exchanges (2)" in html and "Attacks (3)" in html
