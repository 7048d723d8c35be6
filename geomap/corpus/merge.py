"""Merge reports of the same happening from several articles into one event.

Two events are reports of the same happening when they have the same type and
the same date and are at the same place: the same gazetteer entry (geonameid),
or, for places without one, areas that mostly overlap or points within their
uncertainty of each other. Events from the same source are never merged with
each other: the extractor already merged repeated mentions within an article,
so two events it kept apart are different happenings. Events without a date,
and events placed only at country level ("across Ukraine"), are never merged:
sharing a country and a day does not make two reports the same happening.

The merged event lists every source and quote. For each count the figure of
the latest report is kept (the highest, when the reports are from the same day
or undated) and ``notes`` says which, keeping conflicting figures visible:
``"killed: 15 (latest report); reports differ: 6 per A, 15 per B"``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from geomap.gazetteer.store import distance_km
from geomap.model import COUNT_FIELDS, Event

__all__ = ["merge_reports", "same_place"]

_MIN_OVERLAP = 0.5
_MAX_FIGURES_LISTED = 6
_MAX_SOURCES_LISTED = 3
_UNMERGEABLE_PRECISIONS = frozenset({"country"})


def merge_reports(events: Iterable[Event]) -> list[Event]:
    """Fold events that report the same happening into one event per happening.

    Parameters
    ----------
    events : iterable of Event
        Events from any number of articles, in a stable order.

    Returns
    -------
    list of Event
        One event per happening, in the order of each happening's first
        report. Events reported once are returned unchanged.
    """
    clusters: list[list[Event]] = []
    cluster_sources: list[set[str]] = []
    candidates: dict[tuple, list[int]] = defaultdict(list)
    for event in events:
        if event.date is None or event.precision in _UNMERGEABLE_PRECISIONS:
            clusters.append([event])
            cluster_sources.append(_sources(event))
            continue
        key = (event.event_type, event.date, event.geonameid)
        target = next(
            (
                index
                for index in candidates[key]
                if not (cluster_sources[index] & _sources(event)) and same_place(clusters[index][0], event)
            ),
            None,
        )
        if target is None:
            candidates[key].append(len(clusters))
            clusters.append([event])
            cluster_sources.append(_sources(event))
        else:
            clusters[target].append(event)
            cluster_sources[target] |= _sources(event)
    return [cluster[0] if len(cluster) == 1 else _combine(cluster) for cluster in clusters]


def same_place(a: Event, b: Event) -> bool:
    """Return True if two events are located at the same place.

    Parameters
    ----------
    a, b : Event

    Returns
    -------
    bool
        Same geonameid; or, when neither has one, areas overlapping by at least
        half of the larger one, or points within the smaller uncertainty radius.
    """
    if a.geonameid is not None or b.geonameid is not None:
        return a.geonameid == b.geonameid
    if a.geometry is b.geometry:  # one shared area (see GeometryPool): no need to intersect
        return True
    area_a, area_b = a.geometry.area, b.geometry.area
    if area_a > 0 and area_b > 0:
        return a.geometry.intersection(b.geometry).area >= _MIN_OVERLAP * max(area_a, area_b)
    if area_a == 0 and area_b == 0:
        radius = min(a.uncertainty_km or 1.0, b.uncertainty_km or 1.0)
        return distance_km(a.lat, a.lon, b.lat, b.lon) <= radius
    return False


def _sources(event: Event) -> set[str]:
    found = set(event.sources)
    if event.source:
        found.add(event.source)
    return found


def _ordered_unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


def _combine(cluster: list[Event]) -> Event:
    base = cluster[0]
    changes: dict[str, object] = {
        "sources": _ordered_unique(s for event in cluster for s in (event.sources or (event.source,))),
        "quotes": _ordered_unique(q for event in cluster for q in (event.quotes or (event.quote,))),
        "confidence": round(1 - math.prod(1 - event.confidence for event in cluster), 3),
        "weapon": next((e.weapon for e in cluster if e.weapon and e.weapon != "unknown"), base.weapon),
        "actor": next((e.actor for e in cluster if e.actor), None),
        "claimed_by": next((e.claimed_by for e in cluster if e.claimed_by), None),
    }
    notes = list(_ordered_unique(event.notes for event in cluster))
    qualifier_from: Event | None = None
    for name in COUNT_FIELDS:
        value, chosen_from, note = _choose_count(cluster, name)
        changes[name] = value
        if note:
            notes.append(note)
        if qualifier_from is None and chosen_from is not None:
            qualifier_from = chosen_from
    changes["count_qualifier"] = qualifier_from.count_qualifier if qualifier_from else base.count_qualifier
    notes.append(f"merged from {len(cluster)} reports")
    changes["notes"] = "; ".join(notes)
    return base.with_changes(**changes)


def _choose_count(cluster: list[Event], name: str) -> tuple[int | None, Event | None, str | None]:
    """Return the figure kept for one count, the event it came from, and a note if reports differ."""
    reports = [event for event in cluster if getattr(event, name) is not None]
    if not reports:
        return None, None, None
    figures = {getattr(event, name) for event in reports}
    if len(figures) == 1:
        return getattr(reports[0], name), reports[0], None
    dates = {event.published for event in reports if event.published}
    if len(dates) > 1:
        latest = max(dates)
        chosen = max((e for e in reports if e.published == latest), key=lambda e: getattr(e, name))
        how = "latest report"
    else:
        chosen = max(reports, key=lambda e: getattr(e, name))
        how = "highest figure"
    differing = _figures_by_source(reports, name)
    return (
        getattr(chosen, name),
        chosen,
        f"{name}: {getattr(chosen, name)} ({how}); reports differ: {differing}",
    )


def _figures_by_source(reports: list[Event], name: str) -> str:
    """Describe who reported which figure: ``"6 per A, 15 per B and C"``, long lists shortened."""
    by_figure: dict[int, list[str]] = defaultdict(list)
    for event in reports:
        by_figure[getattr(event, name)].append(_label(event))
    parts = []
    for figure, labels in list(by_figure.items())[:_MAX_FIGURES_LISTED]:
        shown = labels[:_MAX_SOURCES_LISTED]
        more = f" and {len(labels) - len(shown)} more" if len(labels) > len(shown) else ""
        parts.append(f"{figure} per {' and '.join(shown)}{more}")
    if len(by_figure) > _MAX_FIGURES_LISTED:
        parts.append(f"{len(by_figure) - _MAX_FIGURES_LISTED} other figures")
    return ", ".join(parts)


def _label(event: Event) -> str:
    label = " + ".join(event.sources) if event.sources else (event.source or "an unnamed source")
    return f"{label} ({event.published})" if event.published else label
