"""Corpus throughput: articles/s on 1 and 2 local processes and a 2-worker Dask LocalCluster.

Generates a synthetic corpus (benchmarks/make_corpus.py: 20,000 articles, or
1,000 with --quick), then measures, each in a fresh process so peak memory is
its own:

- read only: reading and parsing the JSON Lines into articles (the I/O ceiling);
- naive loop: all records loaded into a list, then extract() called on each;
- geomap --jobs 1, --jobs 2, and a Dask LocalCluster of 2 single-threaded workers,
  streaming through geomap.corpus.extract_articles.

Throughput is the steady state (from the first finished chunk to the last, so
worker start-up and gazetteer loading are excluded); wall time includes them.
Scaling efficiency is rate(2) / (2 x rate(1)). Memory flatness compares the
peak memory of a --jobs 1 run over a fifth of the corpus with the whole corpus
(flat: at most 1.10 times).

CPU per article is given twice: over the whole run of every process (start-up
included), and in the steady state split between the main process (reading,
sending, collecting; with Dask also the scheduler, the client and the nannies)
and the workers. On a machine of 2 cores the second gives the best efficiency
the CPU allows: CPU of --jobs 1 over the total CPU of the parallel run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def load_function(spec: str | None):
    if not spec:
        return None
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def memory_mb(process) -> tuple[float, float]:
    """Return the resident memory of a process, and of it with all its descendants, in MB."""
    import psutil

    sizes = []
    for member in [process, *process.children(recursive=True)]:
        try:
            sizes.append(member.memory_info().rss)
        except psutil.Error:
            sizes.append(0)
    return sizes[0] / 2**20, sum(sizes) / 2**20


def cpu_seconds(process) -> tuple[float, float]:
    """Return the CPU time used so far by a process, and by its live descendants, in seconds."""
    import psutil

    def used(member) -> float:
        try:
            times = member.cpu_times()
        except psutil.Error:
            return 0.0
        return times.user + times.system

    return used(process), sum(used(child) for child in process.children(recursive=True))


def measure(
    mode: str, corpus: Path, limit: int, extractor: str | None, dask_settings: dict[str, str] | None = None
) -> dict:
    """Run one configuration over the first ``limit`` articles; return its numbers.

    ``dask_settings`` are Dask config settings for the Dask cluster (its workers inherit them).
    """
    from itertools import islice

    import psutil

    from geomap.articles import Article, read_articles

    extract_fn = load_function(extractor)
    me = psutil.Process()
    times_before = os.times()
    started = time.perf_counter()
    articles = islice((a for a in read_articles(corpus) if isinstance(a, Article)), limit)
    marks: list[float] = []
    samples: list[tuple[int, float, float]] = []  # (results so far, CPU of this process, of its workers)
    events = 0
    if mode == "read":
        for _ in articles:
            events += 0
            marks.append(time.perf_counter())
    elif mode == "naive":
        function = extract_fn or importlib.import_module("geomap.extraction").extract
        records = [json.loads(line) for line in islice(open(corpus, encoding="utf-8"), limit)]
        for record in records:
            try:  # like extract_articles, count an article that fails instead of stopping
                events += len(function(record["text"], published=record["published"], source=record["url"]))
            except Exception:
                pass
            marks.append(time.perf_counter())
    else:
        from geomap.corpus import extract_articles

        cluster = client = None
        options: dict = {"extract_fn": extract_fn}
        if mode == "dask":
            import dask
            from distributed import Client, LocalCluster

            # The workers' statistical profiler samples every 10 ms and costs ~40% of the throughput of
            # pure-Python tasks like extraction; batch runs do not need it (see the README).
            dask.config.set({"distributed.worker.profile.enabled": False, **(dask_settings or {})})
            cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
            options["scheduler"] = client
        else:
            options["jobs"] = int(mode.removeprefix("jobs"))
        try:
            for result in extract_articles(articles, **options):
                events += len(result.events)
                marks.append(time.perf_counter())
                if len(marks) == min(32, limit // 5) + 1 or len(marks) % 256 == 0:
                    samples.append((len(marks), *cpu_seconds(me)))
        finally:
            if client is not None:
                client.close()
                cluster.close()
    finished = time.perf_counter()
    times = os.times()
    cpu = sum(
        getattr(times, f) - getattr(times_before, f)
        for f in ("user", "system", "children_user", "children_system")
    )
    first = min(len(marks) - 1, 32, len(marks) // 5)
    steady = (len(marks) - 1 - first) / (marks[-1] - marks[first]) if len(marks) > first + 1 else 0.0
    steady_cpu = {"main": 0.0, "workers": 0.0}
    if len(samples) > 1 and samples[-1][0] > samples[0][0]:
        (start, main0, workers0), (end, main1, workers1) = samples[0], samples[-1]
        count = end - start
        steady_cpu = {"main": (main1 - main0) / count, "workers": (workers1 - workers0) / count}
    return {
        "mode": mode,
        "articles": len(marks),
        "events": events,
        "wall": finished - started,
        "rate": steady,
        "cpu": cpu,
        "steady_cpu": steady_cpu,
    }


def quick_size(count: int, extractor: str | None, seconds_per_run: float = 6.0) -> int:
    """Shrink the --quick corpus so each configuration takes a few seconds with this extractor."""
    from make_corpus import generate

    function = load_function(extractor) or importlib.import_module("geomap.extraction").extract
    sample = list(generate(30, seed=7))
    function(sample[0]["text"], published=sample[0]["published"])  # loads the gazetteer
    started = time.perf_counter()
    for record in sample[1:]:
        function(record["text"], published=record["published"])
    rate = (len(sample) - 1) / (time.perf_counter() - started)
    size = min(count, max(100, int(rate * seconds_per_run)))
    if size < count:
        print(f"--quick: {size} articles instead of {count}, as the extractor runs at {rate:.0f} articles/s")
    return size


def run_measurement(
    mode: str, corpus: Path, limit: int, extractor: str | None, dask_settings: list[str] = ()
) -> dict:
    command = [sys.executable, __file__, "--measure", mode, "--corpus", str(corpus), "--limit", str(limit)]
    if extractor:
        command += ["--extractor", extractor]
    for setting in dask_settings:
        command += ["--dask-setting", setting]
    import psutil

    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        watched = psutil.Process(child.pid)
        peak_main = peak_total = 0.0
        while child.poll() is None:
            main, total = memory_mb(watched)
            peak_main, peak_total = max(peak_main, main), max(peak_total, total)
            time.sleep(0.05)
        output = child.stdout.read()
    if child.returncode != 0:
        raise SystemExit(f"measuring {mode} failed (exit code {child.returncode})")
    result = json.loads(output.strip().splitlines()[-1])
    result["memory"], result["total_memory"] = peak_main, peak_total
    return result


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--quick", action="store_true", help="1,000 articles instead of 20,000")
    parser.add_argument("-n", "--articles", type=int, help="corpus size")
    parser.add_argument("--extractor", help="module:function to use instead of geomap.extraction:extract")
    parser.add_argument(
        "--dask-setting",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a Dask config setting for the Dask cluster and its workers, e.g. "
        "distributed.admin.tick.interval=1s (repeatable)",
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        settings = dict(setting.split("=", 1) for setting in args.dask_setting)
        print(json.dumps(measure(args.measure, args.corpus, args.limit, args.extractor, settings)))
        return 0

    from make_corpus import generate

    count = args.articles or (1000 if args.quick else 20000)
    if args.quick and not args.articles:
        count = quick_size(count, args.extractor)
    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as handle:
            for record in generate(count):
                handle.write(json.dumps(record) + "\n")
        size_kb = corpus.stat().st_size / count / 1024
        load = os.getloadavg()[0]
        print(
            f"synthetic corpus: {count} articles, {size_kb:.1f} KB each on average; "
            f"{os.cpu_count()} CPUs, load average {load:.1f} before the runs"
        )
        results = {}
        for mode in ("read", "naive", "jobs1", "jobs2", "dask"):
            results[mode] = run_measurement(mode, corpus, count, args.extractor, args.dask_setting)
        small = run_measurement("jobs1", corpus, count // 5, args.extractor)

    labels = {
        "read": "read only (I/O ceiling)",
        "naive": "naive loop, 1 process",
        "jobs1": "geomap --jobs 1",
        "jobs2": "geomap --jobs 2",
        "dask": "Dask LocalCluster, 2 workers*",
    }
    print(
        "(* workers' profiler off: distributed.worker.profile.enabled = false"
        + "".join(f"; {setting}" for setting in args.dask_setting)
        + ")"
    )
    for mode, label in labels.items():
        r = results[mode]
        print(
            f"{label:30s} {r['rate']:7.0f} articles/s  (wall {r['wall']:5.1f} s, {r['events']} events, "
            f"peak {r['memory']:.0f} MB main, {r['total_memory']:.0f} MB all processes)"
        )
    one, two, dask = results["jobs1"]["rate"], results["jobs2"]["rate"], results["dask"]["rate"]
    print(
        f"scaling efficiency 1 -> 2 workers: processes {two / (2 * one):.0%}, Dask {dask / (2 * one):.0%} "
        f"(target >= 85%; only meaningful on an otherwise idle machine)"
    )
    per_article = {mode: 1000 * results[mode]["cpu"] / max(1, results[mode]["articles"]) for mode in results}
    work_processes = per_article["jobs1"] / per_article["jobs2"]
    work_dask = per_article["jobs1"] / per_article["dask"]
    print(
        f"CPU per article, all processes: --jobs 1 {per_article['jobs1']:.1f} ms, --jobs 2 "
        f"{per_article['jobs2']:.1f} ms, Dask {per_article['dask']:.1f} ms -> work efficiency "
        f"{work_processes:.0%} and {work_dask:.0%} (CPU spent extracting rather than on parallel "
        "overhead; independent of machine load)"
    )
    steady = {mode: results[mode]["steady_cpu"] for mode in ("jobs1", "jobs2", "dask")}
    total = {mode: 1000 * (cpu["main"] + cpu["workers"]) for mode, cpu in steady.items()}
    print(
        f"CPU per article in the steady state: --jobs 1 {total['jobs1']:.2f} ms; --jobs 2 "
        f"{1000 * steady['jobs2']['main']:.2f} ms main process + {1000 * steady['jobs2']['workers']:.2f} ms "
        f"workers; Dask {1000 * steady['dask']['main']:.2f} ms main process (client, scheduler, nannies) + "
        f"{1000 * steady['dask']['workers']:.2f} ms workers"
    )
    busy = steady["dask"]["main"] * results["dask"]["rate"]
    print(
        "  -> CPU-bound ceiling of the efficiency on 2 cores: processes "
        f"{total['jobs1'] / total['jobs2']:.0%}, Dask {total['jobs1'] / total['dask']:.0%}; "
        f"the Dask main process keeps {busy:.0%} of a core busy"
    )
    ratio = results["jobs1"]["memory"] / small["memory"]
    print(
        f"memory vs corpus size: peak {small['memory']:.0f} MB for {small['articles']} articles, "
        f"{results['jobs1']['memory']:.0f} MB for {results['jobs1']['articles']} -> x{ratio:.2f} "
        f"(--jobs 1, streamed; flat means <= x1.10; the naive loop that holds the corpus peaks at "
        f"{results['naive']['memory']:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
