"""Run every geomap benchmark and print its throughput next to its baseline.

Each ``benchmarks/bench_*.py`` measures one stage (geocoding, extraction, map
rendering, export, corpus scaling) against a naive baseline in the same run.
``--quick`` (the default) keeps the whole run to a few minutes; ``--full`` uses
the sizes quoted in the README.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="full sizes instead of --quick")
    parser.add_argument("only", nargs="*", help="run only these benchmarks (e.g. geocode map)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    failed = 0
    for script in scripts:
        print(f"== {script.stem.removeprefix('bench_')} ==", flush=True)
        started = time.perf_counter()
        command = [sys.executable, str(script)] + ([] if args.full else ["--quick"])
        result = subprocess.run(command, check=False)
        print(f"   ({time.perf_counter() - started:.1f} s)\n", flush=True)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
