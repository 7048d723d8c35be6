"""Score the extractor against hand-annotated gold articles.

A gold directory holds ``NAME.txt`` (the article) and ``NAME.json`` (its
publication date and every event a careful coder would record: type, place and
its coordinates, precision, country, counts, date). ::

    python -m geomap.evaluation tests/gold            # summary
    python -m geomap.evaluation tests/gold --verbose  # and every miss

prints precision and recall per event type, how many counts are right, the
median location error in km per precision, and how many events landed in the
wrong country (a matched event in another country than its gold one, or an
extra event in a country none of the article's gold events is in).
:func:`evaluate` returns the same numbers for tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.gazetteer.store import distance_km
from geomap.model import COUNT_FIELDS, Event, EventType, Precision

__all__ = ["GoldArticle", "Report", "load_gold", "evaluate", "match_events", "main"]


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article."""

    name: str
    text: str
    published: str | None
    events: tuple[dict[str, Any], ...]


def _total(by_type: dict[str, int], event_type: str | None) -> int:
    """Return the number for ``event_type``, or the sum over all types when it is None."""
    return by_type.get(event_type, 0) if event_type else sum(by_type.values())


@dataclass
class Report:
    """Scores over a gold set."""

    gold: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    counts_right: int = 0
    counts_total: int = 0
    qualifiers_right: int = 0
    qualifiers_total: int = 0
    dates_right: int = 0
    errors_km: dict[str, list[float]] = field(default_factory=dict)
    wrong_country: int = 0
    problems: list[str] = field(default_factory=list)

    def precision(self, event_type: str | None = None) -> float:
        """Share of extracted events that match a gold event (all types when None)."""
        found, matched = _total(self.found, event_type), _total(self.matched, event_type)
        return matched / found if found else 1.0

    def recall(self, event_type: str | None = None) -> float:
        """Share of gold events that were extracted (all types when None)."""
        gold, matched = _total(self.gold, event_type), _total(self.matched, event_type)
        return matched / gold if gold else 1.0

    def median_error_km(self, precision: str) -> float | None:
        """Median distance between extracted and gold points for gold events of ``precision``."""
        errors = self.errors_km.get(precision)
        return statistics.median(errors) if errors else None

    def summary(self) -> str:
        """Return the report as a few readable lines."""
        lines = [f"{'event type':<18}{'gold':>6}{'found':>7}{'matched':>9}{'precision':>11}{'recall':>8}"]
        for event_type in [t.value for t in EventType] + [None]:
            label = event_type or "all"
            gold, found = _total(self.gold, event_type), _total(self.found, event_type)
            matched = _total(self.matched, event_type)
            lines.append(
                f"{label:<18}{gold:>6}{found:>7}{matched:>9}{self.precision(event_type):>11.2f}"
                f"{self.recall(event_type):>8.2f}"
            )
        matched_total = sum(self.matched.values())
        lines.append(
            f"counts right: {self.counts_right}/{self.counts_total}; qualifiers right: "
            f"{self.qualifiers_right}/{self.qualifiers_total}; "
            f"dates right: {self.dates_right}/{matched_total}"
        )
        parts = []
        for precision in (p.value for p in Precision):
            errors = self.errors_km.get(precision)
            if errors:
                parts.append(
                    f"{precision} {statistics.median(errors):.1f} (max {max(errors):.0f}, n={len(errors)})"
                )
        lines.append("location error km, median by gold precision: " + ("; ".join(parts) or "none"))
        lines.append(f"events in the wrong country: {self.wrong_country}")
        return "\n".join(lines)


def load_gold(directory: str | Path) -> list[GoldArticle]:
    """Read every ``NAME.json`` with its ``NAME.txt`` from ``directory``.

    Parameters
    ----------
    directory : str or Path
        The gold directory.

    Returns
    -------
    list of GoldArticle
        Sorted by name.

    Raises
    ------
    FileNotFoundError
        If the directory holds no annotation, or an annotation's text is missing.
    """
    directory = Path(directory)
    articles = []
    for annotation in sorted(directory.glob("*.json")):
        text_path = annotation.with_suffix(".txt")
        if not text_path.exists():
            raise FileNotFoundError(f"{annotation}: no article text {text_path.name} next to it")
        doc = json.loads(annotation.read_text(encoding="utf-8"))
        articles.append(
            GoldArticle(
                annotation.stem,
                text_path.read_text(encoding="utf-8"),
                doc.get("published"),
                tuple(doc["events"]),
            )
        )
    if not articles:
        raise FileNotFoundError(f"{directory}: no gold annotations (NAME.json + NAME.txt) found")
    return articles


def _tolerance_km(gold: dict[str, Any], event: Event) -> float:
    return (
        2 * max(Precision(gold["precision"]).uncertainty_km, Precision(event.precision).uncertainty_km) + 25
    )


def match_events(gold: Sequence[dict[str, Any]], events: Sequence[Event]) -> list[tuple[int, int, float]]:
    """Pair gold and extracted events of the same type, nearest first.

    A pair is allowed when the points lie within twice the coarser precision's
    uncertainty (+25 km); a different date costs as much as 200 km, so
    Friday's exchange pairs with Friday's.

    Parameters
    ----------
    gold : sequence of dict
        Gold events.
    events : sequence of Event
        Extracted events.

    Returns
    -------
    list of (gold index, event index, distance km)
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, e in enumerate(events):
            if e.event_type != g["event_type"]:
                continue
            distance = distance_km(g["lat"], g["lon"], e.lat, e.lon)
            if distance > _tolerance_km(g, e):
                continue
            cost = distance + (0 if e.date == g.get("date") else 200)
            pairs.append((cost, i, j, distance))
    pairs.sort()
    used_gold: set[int] = set()
    used_events: set[int] = set()
    matches = []
    for _, i, j, distance in pairs:
        if i in used_gold or j in used_events:
            continue
        used_gold.add(i)
        used_events.add(j)
        matches.append((i, j, distance))
    return matches


def _describe(event: Event) -> str:
    counts = ", ".join(f"{k}={getattr(event, k)}" for k in COUNT_FIELDS if getattr(event, k) is not None)
    where = f"{event.place} ({event.precision}, {event.country_code})"
    return f"{event.event_type} at {where} {event.date} {counts}".strip()


def evaluate(
    directory: str | Path,
    *,
    extractor: Callable[..., list[Event]] | None = None,
    resolver: Any = None,
) -> Report:
    """Run the extractor over a gold directory and score it.

    Parameters
    ----------
    directory : str or Path
        Gold directory (see :func:`load_gold`).
    extractor : callable, optional
        ``extractor(text, published=..., source=..., resolver=...)``;
        :func:`geomap.extraction.extract` by default.
    resolver : object, optional
        Passed to the extractor; the default resolver when None.

    Returns
    -------
    Report
    """
    articles = load_gold(directory)
    if extractor is None:
        from geomap.extraction import extract as extractor
    if resolver is None:
        from geomap.resolver import Resolver

        resolver = Resolver.default()
    report = Report()
    for article in articles:
        events = extractor(article.text, published=article.published, source=article.name, resolver=resolver)
        _score(report, article, events)
    return report


def _score(report: Report, article: GoldArticle, events: list[Event]) -> None:
    gold = article.events
    for g in gold:
        report.gold[g["event_type"]] = report.gold.get(g["event_type"], 0) + 1
    for e in events:
        report.found[e.event_type] = report.found.get(e.event_type, 0) + 1
    matches = match_events(gold, events)
    for i, j, distance in matches:
        g, e = gold[i], events[j]
        report.matched[g["event_type"]] = report.matched.get(g["event_type"], 0) + 1
        report.errors_km.setdefault(g["precision"], []).append(distance)
        if e.country_code != g["country_code"]:
            report.wrong_country += 1
            report.problems.append(f"{article.name}: wrong country {_describe(e)}; gold {g['country_code']}")
        if e.date == g.get("date"):
            report.dates_right += 1
        else:
            report.problems.append(f"{article.name}: date {e.date} for {_describe(e)}; gold {g.get('date')}")
        for name in COUNT_FIELDS:
            expected, got = g.get(name), getattr(e, name)
            if expected is None and got is None:
                continue
            report.counts_total += 1
            if expected == got:
                report.counts_right += 1
            else:
                report.problems.append(f"{article.name}: {name}={got} for {_describe(e)}; gold {expected}")
        if g.get("count_qualifier"):
            report.qualifiers_total += 1
            report.qualifiers_right += e.count_qualifier == g["count_qualifier"]
        if g["precision"] in ("district", "city") and distance > 3:
            report.problems.append(
                f"{article.name}: {distance:.1f} km off for {_describe(e)}; gold {g['place']}"
            )
    matched_gold = {i for i, _, _ in matches}
    matched_events = {j for _, j, _ in matches}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            report.problems.append(
                f"{article.name}: missed {g['event_type']} at {g['place']} {g.get('date')}"
            )
    gold_countries = {g["country_code"] for g in gold}
    for j, e in enumerate(events):
        if j not in matched_events:
            report.problems.append(f"{article.name}: extra {_describe(e)} from {e.quote[:70]!r}")
            if e.country_code not in gold_countries:
                # an extra event in a country the article reports nothing in: a place read wrongly
                report.wrong_country += 1


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: ``python -m geomap.evaluation GOLD_DIR [--verbose]``."""
    parser = argparse.ArgumentParser(prog="python -m geomap.evaluation", description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="directory of NAME.txt + NAME.json gold files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra and wrong count")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.gold)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    if args.verbose:
        print("\n".join(report.problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
