"""The generated map as a reader sees it: headless Chromium, network blocked."""

import os
import random
from pathlib import Path

import pytest
from shapely.geometry import box
from test_map_fixtures import HOSTILE_SCRIPT, KYIV, event, fake_boundaries, sample_events

from geomap.mapping import build_map, save_map

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
LAYERS = {
    "attack": "Attacks (3)",
    "casualties": "Casualties (3)",
    "interception": "Interceptions (1)",
    "damage": "Damage (2)",
    "prisoner_exchange": "Prisoner exchanges (2)",
    "talks": "Talks (1)",
}
COUNTS = {"attack": 3, "casualties": 3, "interception": 1, "damage": 2, "prisoner_exchange": 2, "talks": 1}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"Debian's chromium is not at {CHROMIUM}"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield chromium
        chromium.close()


class OpenedMap:
    """A map file opened in a fresh page that may fetch nothing but the file itself."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda message: self._console(message))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.geomapReady === true", timeout=20_000)
        self.page.evaluate(
            "() => { const map = window.geomap.maps[0].map; "
            "window.__firstView = {center: map.getCenter(), zoom: map.getZoom()}; }"
        )

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def _route(self, route):
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def drawn(self, key: str) -> int:
        """Count the event features of one layer that are really in the page."""
        return self.page.evaluate(
            """key => {
                const single = document.querySelectorAll(`.geomap-event.geomap-${key}`).length;
                const clustered = [...document.querySelectorAll('.geomap-cluster')]
                    .filter(icon => icon.dataset.layer === key)
                    .reduce((total, icon) => total + Number(icon.textContent), 0);
                return single + clustered;
            }""",
            key,
        )

    def close_popup(self) -> None:
        """Close popups and return to the first view (an opening popup may pan the map)."""
        self.page.evaluate(
            """() => {
                document.querySelectorAll('.leaflet-popup-close-button').forEach(button => button.click());
                window.geomap.maps.forEach(one => one.map.setView(
                    window.__firstView.center, window.__firstView.zoom, {animate: false}));
            }"""
        )
        # Leaflet fades a closed popup out before removing it
        self.page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0")

    def toggle(self, label: str) -> None:
        self.page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input").click()


@pytest.fixture(scope="module")
def opened(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "map.html"
    save_map(build_map(sample_events(), boundaries=fake_boundaries(), title="Browser test map"), path)
    opened = OpenedMap(browser, path)
    yield opened
    opened.page.close()


def test_renders_with_no_error_and_no_request_leaving_the_file(opened):
    assert opened.errors == []
    assert opened.requests == [opened.url]
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "map.png"))


def test_every_layer_is_listed(opened):
    labels = opened.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert sorted(label.strip() for label in labels) == sorted(LAYERS.values())


def test_each_layer_draws_one_feature_per_event(opened):
    assert {key: opened.drawn(key) for key in COUNTS} == COUNTS


@pytest.mark.parametrize("key", sorted(LAYERS))
def test_layers_toggle_off_and_on(opened, key):
    opened.toggle(LAYERS[key])
    assert opened.drawn(key) == 0
    assert all(opened.drawn(other) == COUNTS[other] for other in COUNTS if other != key)
    opened.toggle(LAYERS[key])
    assert opened.drawn(key) == COUNTS[key]


def test_popup_shows_article_markup_as_text_and_nothing_runs(opened):
    page = opened.page
    page.locator(".geomap-symbol-missile").click()
    popup = page.locator(".leaflet-popup-content")
    assert "port infrastructure <script>window.__pwned=1</script>" in popup.inner_text()
    assert "Precision" in popup.inner_text() and "city (within about 10 km)" in popup.inner_text()
    assert popup.locator("script").count() == 0
    assert popup.locator("a.geomap-source").get_attribute("href") == "https://example.org/news/1"
    opened.close_popup()
    page.locator(".geomap-symbol-drone").click()
    assert '<img src=x onerror="window.__pwned=1">' in popup.inner_text()
    assert popup.locator("img").count() == 0
    opened.close_popup()
    assert page.evaluate("window.__pwned") is None


def test_non_http_sources_are_not_links(opened):
    opened.page.locator(".geomap-talks").click()
    popup = opened.page.locator(".leaflet-popup-content")
    assert "javascript:window.__pwned=1" in popup.inner_text()
    assert popup.locator("a").count() == 0
    opened.close_popup()


def test_date_filter_hides_events_outside_the_range(opened):
    page = opened.page
    page.evaluate(
        """() => { const from = document.querySelector('.geomap-time-from');
                   from.value = from.max; from.dispatchEvent(new Event('input')); }"""
    )
    assert page.locator(".geomap-time-label").inner_text() == "2025-05-24"
    assert opened.drawn("talks") == 0 and opened.drawn("attack") == 2
    assert opened.drawn("prisoner_exchange") == 1
    page.evaluate(
        """() => { const from = document.querySelector('.geomap-time-from');
                   from.value = 0; from.dispatchEvent(new Event('input')); }"""
    )
    assert {key: opened.drawn(key) for key in COUNTS} == COUNTS


def test_crowded_markers_cluster_and_are_all_accounted_for(browser, tmp_path):
    crowd = [
        event("attack", (KYIV[0] + i * 1e-4, KYIV[1]), weapon="drone", quote=f"strike {i}") for i in range(60)
    ]
    path = tmp_path / "crowd.html"
    save_map(build_map(crowd, boundaries=fake_boundaries()), path)
    opened = OpenedMap(browser, path)
    try:
        assert opened.errors == []
        assert opened.page.locator(".geomap-cluster").count() >= 1
        assert opened.drawn("attack") == 60
        assert opened.page.evaluate("window.geomap.count('attack')") == 60
    finally:
        opened.page.close()


@pytest.fixture(scope="module")
def large(browser, tmp_path_factory):
    """More events than the page draws one by one: the per-layer canvas takes over."""
    from geomap.mapping.payload import FAST_THRESHOLD

    rng = random.Random(3)
    days = ["2025-05-22", "2025-05-23", "2025-05-24"]
    events = []
    for i in range(FAST_THRESHOLD + 300):
        event_type, precision = [("attack", "city"), ("casualties", "point"), ("damage", "district"),
                                 ("prisoner_exchange", "region")][i % 4]
        spot = (rng.uniform(24.0, 39.0), rng.uniform(45.5, 51.5))
        area = box(spot[0], spot[1], spot[0] + 0.5, spot[1] + 0.4)
        geometry = area if event_type == "prisoner_exchange" else None
        events.append(event(event_type, spot, geometry=geometry, precision=precision, weapon="drone",
                            killed=i % 3, injured=i % 7, date=days[i % 3], quote=f"report {i}"))
    events.append(event("attack", (20.5, 54.5), weapon="glide_bomb", precision="city", date=days[2],
                        quote="lonely " + HOSTILE_SCRIPT))
    path = tmp_path_factory.mktemp("large") / "large.html"
    save_map(build_map(events, boundaries=fake_boundaries()), path)
    opened = OpenedMap(browser, path)
    opened.events = events
    yield opened
    opened.page.close()


def _expected(events, first_day=None):
    counts = {}
    for one in events:
        if first_day is None or one.date >= first_day:
            counts[one.event_type] = counts.get(one.event_type, 0) + 1
    return counts


def _drawn(opened):
    count = "key => window.geomap.drawn(key)"
    return {key: opened.page.evaluate(count, key) for key in _expected(opened.events)}


def test_large_map_draws_every_event_with_no_error(large):
    assert large.errors == []
    assert large.requests == [large.url]
    assert large.page.locator("canvas.geomap-fast").count() == 1
    assert _drawn(large) == _expected(large.events)
    large.page.screenshot(path=str(ARTIFACTS / "map-large.png"))


def test_large_map_layers_toggle(large):
    large.toggle("Attacks (")
    assert _drawn(large)["attack"] == 0
    large.toggle("Attacks (")
    assert _drawn(large) == _expected(large.events)


def test_large_map_popup_opens_on_click_and_shows_text(large):
    x, y = large.page.evaluate(
        "() => { const p = window.geomap.maps[0].map.latLngToContainerPoint([54.5, 20.5]); "
        "return [p.x, p.y]; }"
    )
    large.page.mouse.click(x, y)
    popup = large.page.locator(".leaflet-popup-content")
    assert "lonely <script>window.__pwned=1</script>" in popup.inner_text()
    assert popup.locator("script").count() == 0
    assert large.page.evaluate("window.__pwned") is None
    large.close_popup()


def test_large_map_date_filter(large):
    large.page.evaluate(
        """() => { const from = document.querySelector('.geomap-time-from');
                   from.value = 2; from.dispatchEvent(new Event('input')); }"""
    )
    assert _drawn(large) == _expected(large.events, "2025-05-24")
    large.page.evaluate(
        """() => { const from = document.querySelector('.geomap-time-from');
                   from.value = 0; from.dispatchEvent(new Event('input')); }"""
    )
    assert _drawn(large) == _expected(large.events)


def test_shipped_boundaries_make_an_offline_basemap_with_city_labels(browser, tmp_path):
    path = tmp_path / "basemap.html"
    save_map(build_map(sample_events(), title="Shipped basemap"), path)
    opened = OpenedMap(browser, path)
    try:
        assert opened.errors == []
        assert opened.requests == [opened.url]
        labels = opened.page.evaluate("window.geomap.labels.shown")
        assert "Kyiv" in labels and "Odesa" in labels
        assert opened.page.locator(".leaflet-geomap-basemap-pane canvas").count() == 1
        opened.page.screenshot(path=str(ARTIFACTS / "map-basemap.png"))
    finally:
        opened.page.close()
