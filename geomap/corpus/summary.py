"""Counts of what a corpus run read, failed and found, for the end-of-run summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from geomap.corpus.run import ArticleResult
from geomap.model import Event

__all__ = ["CorpusSummary"]


@dataclass
class CorpusSummary:
    """Running totals of a corpus run.

    Attributes
    ----------
    articles_read : int
        Articles read successfully (extracted now or taken from the store).
    articles_cached : int
        Of those, articles whose events came from the store.
    inputs_failed : int
        Inputs or records that could not be read or extracted.
    duplicates_skipped : int
        Articles skipped because the same text was already read in this run.
    files_of_events : int
        GIS files or stores read as events.
    reports : int
        Events before cross-article merging.
    events_by_type : Counter
        Events after merging, by type.
    unresolved_places : Counter
        Place names used as locations that the gazetteer does not know, by number of articles.
    seconds : float
        Wall-clock duration of the run.
    """

    articles_read: int = 0
    articles_cached: int = 0
    inputs_failed: int = 0
    duplicates_skipped: int = 0
    files_of_events: int = 0
    reports: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    unresolved_places: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, result: ArticleResult) -> None:
        """Count one input's result."""
        if result.error is not None:
            self.inputs_failed += 1
            return
        if result.is_article:
            self.articles_read += 1
            self.articles_cached += result.cached
        else:
            self.files_of_events += 1
        self.reports += len(result.events)
        self.unresolved_places.update(result.unresolved)

    def count_events(self, events: list[Event]) -> None:
        """Record the final (merged) events by type."""
        self.events_by_type = Counter(event.event_type for event in events)

    @property
    def events(self) -> int:
        """Number of events after merging."""
        return sum(self.events_by_type.values())

    def lines(self) -> list[str]:
        """Return the summary as a few human-readable lines."""
        rate = self.articles_read / self.seconds if self.seconds > 0 else 0.0
        read = f"{self.articles_read} articles read"
        if self.articles_cached:
            read += f" ({self.articles_cached} from the store, not re-extracted)"
        if self.duplicates_skipped:
            read += f", {self.duplicates_skipped} duplicate texts skipped"
        if self.files_of_events:
            read += f", {self.files_of_events} event files"
        timing = f"in {self.seconds:.1f} s" + (f" ({rate:.0f} articles/s)" if self.articles_read else "")
        lines = [f"{read}, {self.inputs_failed} failed, {timing}"]
        by_type = ", ".join(f"{kind} {count}" for kind, count in sorted(self.events_by_type.items()))
        merged = self.reports - self.events
        lines.append(
            f"{self.events} events ({by_type or 'none'})"
            + (f"; {merged} duplicate reports merged" if merged > 0 else "")
        )
        if self.unresolved_places:
            common = ", ".join(f"{name} ({count})" for name, count in self.unresolved_places.most_common(10))
            more = len(self.unresolved_places) - 10
            lines.append(
                f"{len(self.unresolved_places)} place names not in the gazetteer: {common}"
                + (f" and {more} more" if more > 0 else "")
            )
        return lines
