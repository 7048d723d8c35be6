"""Throughput of geomap.extraction on one core, next to a bare regex tokenisation of the same text.

Builds a corpus of ~8 KB articles by shuffling the paragraphs of the gold
texts in tests/gold (seeded, so runs are comparable), then extracts every
article in this process with one resolver (loaded once, outside the timing).
The gold paragraphs recur across that corpus, so a second, less repetitive one
is timed too: ~8 KB articles joined from make_corpus.py's generated reports
(varied templates around real places, seeded).

    python benchmarks/bench_extract.py            # 3,000 articles
    python benchmarks/bench_extract.py --quick    # 1,000 articles, well under a minute
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "benchmarks"))

from geomap.extraction import extract  # noqa: E402

GOLD = ROOT / "tests" / "gold"
TARGET_BYTES = 8 * 1024
WORD = re.compile(r"\w+")


def paragraphs() -> list[str]:
    found = []
    for path in sorted(GOLD.glob("*.txt")):
        found.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    return found


def corpus(count: int, seed: int = 20250524) -> list[str]:
    pool = paragraphs()
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts: list[str] = []
        size = 0
        while size < TARGET_BYTES:
            paragraph = rng.choice(pool)
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        articles.append("\n\n".join(parts))
    return articles


def generated_corpus(count: int, seed: int = 2025) -> list[tuple[str, str]]:
    """Return ``count`` ~8 KB (text, published) articles, each joined from consecutive generated reports."""
    from make_corpus import generate

    articles: list[tuple[str, str]] = []
    parts: list[str] = []
    size = 0
    published = ""
    for record in generate(count * 20, seed=seed):
        length = len(record["text"].encode("utf-8")) + 2
        if parts and size + length > TARGET_BYTES * 1.25:  # reports are 1-8 KB: close before overshooting
            articles.append(("\n\n".join(parts), published))
            if len(articles) == count:
                break
            parts, size = [], 0
        parts.append(record["text"])
        size += length
        published = record["published"]  # the latest report's day: the joined article's publication date
    return articles


def load_resolver():
    try:
        from geomap.resolver import Resolver

        return Resolver.default(), None, "gazetteer resolver"
    except (ImportError, OSError) as error:
        sys.path.insert(0, str(ROOT / "tests"))
        from test_extract_fakes import FakeBoundaries, FakeResolver

        return FakeResolver(), FakeBoundaries, f"FAKE resolver ({error.__class__.__name__}: no gazetteer)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 articles instead of 3,000")
    parser.add_argument("--articles", type=int, help="number of articles")
    args = parser.parse_args()
    count = args.articles or (1000 if args.quick else 3000)
    articles = corpus(count)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    resolver, boundaries, resolver_name = load_resolver()
    options = {"published": "2025-05-24", "resolver": resolver, "boundaries": boundaries}
    extract(articles[0], **options)  # warm caches outside the timing

    start = time.perf_counter()
    words = sum(len(WORD.findall(article)) for article in articles)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(extract(article, **options)) for article in articles)
    elapsed = time.perf_counter() - start

    # The same text with a dictionary stand-in for the gazetteer: the cost of the NLP alone.
    sys.path.insert(0, str(ROOT / "tests"))
    from test_extract_fakes import FakeBoundaries, FakeResolver

    generated = generated_corpus(count)
    generated_megabytes = sum(len(a.encode("utf-8")) for a, _ in generated) / 1e6
    generated_options = {"resolver": resolver, "boundaries": boundaries}
    extract(generated[0][0], published=generated[0][1], **generated_options)
    start = time.perf_counter()
    generated_events = sum(
        len(extract(article, published=published, **generated_options)) for article, published in generated
    )
    generated_elapsed = time.perf_counter() - start

    sample = articles[: max(1, count // 10)]
    stub = {"published": "2025-05-24", "resolver": FakeResolver(), "boundaries": FakeBoundaries}
    start = time.perf_counter()
    for article in sample:
        extract(article, **stub)
    nlp_only = (time.perf_counter() - start) / len(sample)

    print(f"bench_extract: {count} articles, {megabytes:.1f} MB (~{megabytes * 1e3 / count:.1f} KB each), "
          f"one core, {resolver_name}")  # fmt: skip
    print(f"  geomap.extract()    : {count / elapsed:8.1f} articles/s  {megabytes / elapsed:6.2f} MB/s  "
          f"({events} events)")  # fmt: skip
    print(f"  same, stub resolver : {1 / nlp_only:8.1f} articles/s  (NLP alone, {len(sample)} articles)")
    print(f"  generated articles  : {len(generated) / generated_elapsed:8.1f} articles/s  "
          f"{generated_megabytes / generated_elapsed:6.2f} MB/s  ({generated_events} events; "
          f"{len(generated)} articles joined from make_corpus.py reports, "
          f"~{generated_megabytes * 1e3 / len(generated):.1f} KB each)")  # fmt: skip
    print(f"  regex word split    : {count / baseline:8.1f} articles/s  {megabytes / baseline:6.2f} MB/s  "
          f"({words} words)")  # fmt: skip
    ratio = elapsed / baseline if baseline else float("nan")
    print(f"  extraction costs {ratio:.0f}x a bare tokenisation pass; target >= 200 articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
