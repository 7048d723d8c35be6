"""Export throughput: events/s written and read back, per format, against plain json.dump/json.load.

The baseline serialises ``Event.to_feature()`` with ``json.dump`` and reads it back
with ``json.load`` + ``Event.from_feature``: no validation, no winding, no typed
columns, not atomic. geomap's writers do all of that; this shows what it costs.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from pathlib import Path

from shapely.geometry import Point, Polygon

from geomap.export import read_events, write_events
from geomap.model import Event, EventType, Precision, make_event_id


def synthetic_events(count: int, *, seed: int = 7) -> list[Event]:
    """Events spread over Ukraine; one in five is an area (a 48-vertex polygon)."""
    rng = random.Random(seed)
    types = [t.value for t in EventType]
    events = []
    for index in range(count):
        lon, lat = rng.uniform(22.5, 40.0), rng.uniform(44.5, 52.0)
        if index % 5 == 0:
            radius = rng.uniform(0.1, 0.6)
            ring = [(lon + radius * math.cos(a / 8), lat + radius * math.sin(a / 8)) for a in range(48)]
            geometry, precision = Polygon(ring), Precision.REGION.value
        else:
            geometry, precision = Point(lon, lat), Precision.CITY.value
        event_type = types[index % len(types)]
        source = f"article-{index // 4}.txt"
        events.append(
            Event(
                id=make_event_id(source, event_type, index, f"Place {index}"),
                event_type=event_type,
                geometry=geometry,
                lon=lon,
                lat=lat,
                precision=precision,
                location_reason="synthetic",
                quote=f"Report {index}: a strike near Place {index} injured {index % 30} people.",
                place_name=f"Place {index}",
                country_code="UA",
                injured=index % 30 or None,
                date=f"2025-05-{1 + index % 28:02d}",
                date_precision="day",
                source=source,
                sources=(source,),
                quotes=(f"Report {index}",),
                confidence=rng.random(),
            )
        )
    return events


def baseline_write(events: list[Event], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": [e.to_feature() for e in events]}, handle)


def baseline_read(path: Path) -> list[Event]:
    with open(path, encoding="utf-8") as handle:
        return [Event.from_feature(f) for f in json.load(handle)["features"]]


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5,000 events instead of 50,000")
    args = parser.parse_args()
    count = 5_000 if args.quick else 50_000
    events = synthetic_events(count)
    print(f"export: {count} events (20% polygons), events/s written | read | file size")
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        seconds_write, _ = timed(baseline_write, events, base / "baseline.json")
        seconds_read, back = timed(baseline_read, base / "baseline.json")
        assert len(back) == count
        baseline = count / seconds_write, count / seconds_read
        size = (base / "baseline.json").stat().st_size / 1e6
        print(f"  baseline json.dump/load  {baseline[0]:>9,.0f} | {baseline[1]:>9,.0f} | {size:6.1f} MB")
        for extension in ("geojson", "gpkg", "csv", "kml"):
            path = base / f"events.{extension}"
            seconds_write, _ = timed(write_events, events, path)
            seconds_read, back = timed(read_events, path)
            if len(back) != count:
                print(f"  {extension}: read {len(back)} of {count} events", file=sys.stderr)
                return 1
            size = path.stat().st_size / 1e6
            writes, reads = count / seconds_write, count / seconds_read
            print(
                f"  geomap {extension:<8}         {writes:>9,.0f} | {reads:>9,.0f} | {size:6.1f} MB"
                f"  ({writes / baseline[0]:.2f}x / {reads / baseline[1]:.2f}x baseline)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
