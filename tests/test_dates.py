import datetime as dt

import pytest

from geomap.dates import parse_date


@pytest.mark.parametrize(
    "text",
    [
        "2025-05-24",
        "2025-05-24T09:30:00Z",
        "2025-05-24T23:30:00+02:00",
        "Sat, 24 May 2025 09:30:00 GMT",
        "May 24, 2025",
        "24 May 2025",
    ],
)
def test_reads_the_forms_feeds_and_people_use(text):
    assert parse_date(text) == dt.date(2025, 5, 24)


def test_date_objects_and_missing_values_pass_through():
    assert parse_date(dt.datetime(2025, 5, 24, 8)) == dt.date(2025, 5, 24)
    assert parse_date(dt.date(2025, 5, 24)) == dt.date(2025, 5, 24)
    assert parse_date(None) is None and parse_date("") is None


@pytest.mark.parametrize(
    "text", ["May 24", "2025", "Saturday", "tomorrow-ish", "2025-13-45", "05/06/2025", "24.05.2025"]
)
def test_partial_or_invalid_dates_are_refused(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(text)
