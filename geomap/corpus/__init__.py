"""Extract events from a whole corpus: in parallel, merged across sources, incrementally.

- :func:`extract_articles` runs the per-article extractor over a stream of
  articles on local processes or a Dask cluster, returning results in input order.
- :func:`merge_reports` folds reports of the same happening from several
  articles into one event that cites them all.
- :class:`EventStore` keeps the events of processed articles in SQLite so that a
  later run only extracts the new ones.
- :class:`CorpusSummary` counts what a run read, failed and found.
"""

from geomap.corpus.merge import merge_reports
from geomap.corpus.run import ArticleResult, extract_articles, extractor_name
from geomap.corpus.store import EventStore
from geomap.corpus.summary import CorpusSummary

__all__ = [
    "ArticleResult",
    "CorpusSummary",
    "EventStore",
    "extract_articles",
    "extractor_name",
    "merge_reports",
]
