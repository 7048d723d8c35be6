"""Publication dates as articles, feeds and users write them.

Records carry dates in many forms: ISO dates and timestamps, RSS's RFC 2822
("Sat, 24 May 2025 09:30:00 GMT"), or plain English ("May 24, 2025"). python-dateutil
reads them all; this module only insists that the day, month and year are all stated,
so that a partial date never silently takes today's year or month.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

__all__ = ["parse_date"]

# 05/06/2025 is May 6 in one newsroom and June 5 in the next: numeric dates must be ISO.
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
# Two defaults that differ in every field: a field missing from the text shows up as a difference.
_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Return the calendar day of a publication date.

    Parameters
    ----------
    value : str, datetime.date, datetime.datetime or None
        ``"2025-05-24"``, ``"2025-05-24T09:30:00Z"``, ``"Sat, 24 May 2025 09:30:00 GMT"``,
        ``"May 24, 2025"``, a date object, or None.

    Returns
    -------
    datetime.date or None
        None when ``value`` is None or empty.

    Raises
    ------
    ValueError
        If the value is not a date, lacks its day, month or year, or is a
        numeric date such as 05/06/2025 whose day and month could be swapped.

    Examples
    --------
    >>> parse_date("Sat, 24 May 2025 09:30:00 GMT")
    datetime.date(2025, 5, 24)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date; use YYYY-MM-DD")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if _NUMERIC_DATE.match(text):
        raise ValueError(f"{value!r} is ambiguous (day or month first?); use YYYY-MM-DD")
    try:
        first, second = (date_parser.parse(text, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        raise ValueError(f"{value!r} is not a date; use YYYY-MM-DD") from None
    if first.date() != second.date():
        raise ValueError(f"{value!r} lacks a day, month or year; use YYYY-MM-DD")
    return first.date()
