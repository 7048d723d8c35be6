"""Event extraction: from news text to located, counted, dated :class:`~geomap.model.Event` records.

>>> from geomap.extraction import extract
>>> events = extract(article_text, published="2025-05-24", source="kyiv.txt")  # doctest: +SKIP

The pipeline lives in small modules with one job each: :mod:`.text`
(sentences with offsets), :mod:`.numbers` and :mod:`.counts` (counts and what
they count), :mod:`.dates` (relative dates), :mod:`.triggers` (event types),
:mod:`.weapons`, :mod:`.attribution` (actor and claim source), :mod:`.places`
and :mod:`.vague` (place mentions and vague areas), :mod:`.locate` (resolver
and geometry), :mod:`.merge` (one event per happening) and :mod:`.pipeline`.
"""

from geomap.extraction.pipeline import extract, extract_events

__all__ = ["extract", "extract_events"]
