"""Benchmark: map size and time until drawn in Chromium, geomap's build_map vs GeoDataFrame.explore().

    python benchmarks/bench_map.py            # 1,000, 10,000 and 100,000 events
    python benchmarks/bench_map.py --quick    # 1,000 and 10,000 events

Both maps are opened in headless Chromium from a file with the network blocked
(explore()'s CDN copies of Leaflet are served from the local XStatic package so
it can draw at all). "Drawn" is the time from navigation start until the page's
scripts have run and two animation frames have passed: the median of three loads
up to 10,000 events, one load above.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

import geopandas
from shapely.geometry import Point, box

from geomap.mapping import build_map, save_map
from geomap.model import Event, make_event_id

CHROMIUM = "/usr/bin/chromium"
TYPES = [("attack", 35), ("casualties", 20), ("interception", 15), ("damage", 20),
         ("prisoner_exchange", 5), ("talks", 5)]
PRECISIONS = [("point", 20), ("city", 50), ("district", 20), ("region", 10)]
WEAPONS = ["missile", "ballistic_missile", "drone", "glide_bomb", "artillery", None]
WORDS = ("strike drone missile hit residential building regional governor said injured killed overnight "
         "air defence debris fire port infrastructure district city officials reported").split()
DRAW_TIMEOUT_MS = 300_000
TWO_FRAMES = (
    "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))"
)


def synthetic_events(count: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    regions = [box(x, y, x + 1.5, y + 1.0) for x in range(23, 39, 2) for y in range(45, 52, 2)]
    events = []
    for i in range(count):
        event_type = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        precision = rng.choices([p for p, _ in PRECISIONS], [w for _, w in PRECISIONS])[0]
        if precision == "region" and rng.random() < 0.5:
            geometry = rng.choice(regions)
        else:
            geometry = Point(rng.uniform(23.0, 40.0), rng.uniform(45.0, 52.0))
        point = geometry.representative_point()
        quote = " ".join(rng.choice(WORDS) for _ in range(22)).capitalize() + f" (report {i})."
        source = f"https://news.example.org/{rng.randrange(500)}"
        events.append(Event(
            id=make_event_id(source, event_type, i, None), event_type=event_type, geometry=geometry,
            lon=point.x, lat=point.y, precision=precision, location_reason="named in the sentence",
            quote=quote, place_name=f"Place {rng.randrange(2000)}", place=f"Place {rng.randrange(2000)}",
            country_code="UA", weapon=rng.choice(WEAPONS) if event_type == "attack" else None,
            killed=rng.randrange(5) if event_type == "casualties" else None,
            injured=rng.randrange(30) if event_type == "casualties" else None,
            date=f"2025-{rng.randrange(4, 7):02d}-{rng.randrange(1, 29):02d}", date_precision="day",
            source=source, quote_start=i,
        ))
    return events


def explore_map(events: list[Event]):
    features = []
    for event in events:
        feature = event.to_feature()
        feature["properties"] = {k: (", ".join(v) if isinstance(v, list) else v)
                                 for k, v in feature["properties"].items()}
        features.append(feature)
    frame = geopandas.GeoDataFrame.from_features(features, crs="EPSG:4326")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return frame.explore(column="event_type")


def serve_local_leaflet(route):
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    url = route.request.url
    name = url.rsplit("/", 1)[-1]
    for base in (Path(leaflet.BASE_DIR), Path(cluster.BASE_DIR)):
        if (base / name).is_file() and ("leaflet" in url.lower() or "markercluster" in url.lower()):
            kind = "text/css" if name.endswith(".css") else "application/javascript"
            return route.fulfill(body=(base / name).read_bytes(), content_type=kind)
    return route.abort()


def time_until_drawn(browser, path: Path, *, geomap_page: bool, repeats: int = 1) -> float:
    """Return the median time until drawn over ``repeats`` fresh page loads."""
    times = sorted(_load_once(browser, path, geomap_page=geomap_page) for _ in range(repeats))
    return times[len(times) // 2]


def _load_once(browser, path: Path, *, geomap_page: bool) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    url = path.as_uri()

    def route(request_route):
        if request_route.request.url == url:
            return request_route.continue_()
        return serve_local_leaflet(request_route)

    page.route("**/*", route)
    try:
        page.goto(url, wait_until="load", timeout=DRAW_TIMEOUT_MS)
        if geomap_page:
            page.wait_for_function("window.geomapReady === true", timeout=DRAW_TIMEOUT_MS, polling="raf")
        drawn_ms = page.evaluate(TWO_FRAMES)
    finally:
        page.close()
    return drawn_ms / 1000.0


def measure(browser, count: int, workdir: Path, *, with_explore: bool) -> None:
    events = synthetic_events(count)
    start = time.perf_counter()
    ours = workdir / f"geomap_{count}.html"
    save_map(build_map(events), ours)
    ours_build = time.perf_counter() - start
    repeats = 3 if count <= 10_000 else 1
    ours_drawn = time_until_drawn(browser, ours, geomap_page=True, repeats=repeats)
    line = (f"{count:>7,} events  geomap: build {ours_build:5.1f} s, {ours.stat().st_size / 1e6:6.1f} MB, "
            f"drawn in {ours_drawn:5.2f} s")
    if with_explore:
        start = time.perf_counter()
        theirs = workdir / f"explore_{count}.html"
        try:
            explore_map(events).save(str(theirs))
        except ImportError as error:
            print(line + f" | explore() not measured: {error}", flush=True)
            return
        theirs_build = time.perf_counter() - start
        try:
            theirs_drawn = time_until_drawn(browser, theirs, geomap_page=False, repeats=repeats)
            drawn = f"drawn in {theirs_drawn:5.2f} s  -> {theirs_drawn / ours_drawn:4.1f}x faster"
        except Exception as error:  # a page too big to draw is a result, not a crash
            drawn = f"not drawn within {DRAW_TIMEOUT_MS / 1000:.0f} s ({type(error).__name__})"
        line += (f" | explore(): build {theirs_build:5.1f} s, {theirs.stat().st_size / 1e6:6.1f} MB, {drawn}")
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 events only")
    parser.add_argument("--no-explore-above", type=int, default=100_000,
                        help="skip explore() for larger maps (default: run it for every size)")
    options = parser.parse_args()
    if not os.path.exists(CHROMIUM):
        print(f"bench_map: skipped, Debian's chromium is not at {CHROMIUM}")
        return 0
    from playwright.sync_api import sync_playwright

    logging.basicConfig(level=logging.ERROR)  # the synthetic events need no basemap warnings

    sizes = [1_000, 10_000] if options.quick else [1_000, 10_000, 100_000]
    print("bench_map: HTML size and time until drawn in headless Chromium (targets: 100k < 5 s and < 40 MB; "
          "10k >= 3x faster than explore())")
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as workdir:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        for count in sizes:
            measure(browser, count, Path(workdir), with_explore=count <= options.no_explore_above)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
