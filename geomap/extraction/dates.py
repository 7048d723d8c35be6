"""Dates of events: weekdays, "overnight", "May 16", resolved against the publication date.

News copy dates events relative to the day it is published ("on Saturday",
"Friday's swap", "overnight"). :func:`find_dates` turns those expressions into
calendar dates; :func:`infer_publication_date` guesses the publication date
from the latest full date written in an article when none is given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from geomap.extraction.openings import compile_opening
from geomap.model import DatePrecision

__all__ = [
    "BACKGROUND",
    "CALENDAR_WORDS",
    "DAY_DOT_MONTH",
    "DateMention",
    "MONTH_PATTERN",
    "find_dates",
    "infer_publication_date",
    "months_covered",
    "names_a_day",
]

_DAY, _RELATIVE_DAY = DatePrecision.DAY.value, DatePrecision.RELATIVE.value  # read for every date
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays' names, in the order of :meth:`datetime.date.weekday`."""
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
CALENDAR_WORDS = frozenset([*WEEKDAYS, *_MONTHS])
"""The lower-cased words a sentence must hold to name a day (weekdays and months)."""
MONTH_PATTERN = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
"""A month's name or its abbreviation (compile with ``re.IGNORECASE``)."""
WEEKDAY_PATTERN = r"(?:" + "|".join(WEEKDAYS) + r")"
"""A weekday's name, in lower case (compile with ``re.IGNORECASE``)."""
_CALENDAR_WORD = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN})\b|\d", re.IGNORECASE)
# Each pattern opens with a lookahead on the first characters its expressions can have: the search then
# passes over other words without trying every alternative at each of them.
# The end of a range of days: "May 1-4", "the night of May 3 to 4", "3 – 4 May" date to their last day
# (not "Jan. 5 - 25 Ukrainians for 25 Russians": a hyphen between spaces opens a timeline item's text, unless
# the day it gives closes the range: "On the night of June 9 - 10, Russia attacked")
_TO_DAY = (
    r"(?:(?:-|\s*–\s*|\s*to\s*|\s+-\s+(?=\d{{1,2}}(?:\s*[,.;:)]|\s+(?:and|to)\b)))"
    r"(?P<{}>\d{{1,2}})(?!\d|:\d))?"
)
_MONTH_DAY = compile_opening(
    rf"(?:(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY.format('last')}"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY.format('last2')}\s+(?P<month2>{MONTH_PATTERN})"
    rf"(?:,?\s+(?P<year2>(?:19|20)\d\d))?\b"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    # "16.09.2024", as Ukrainian and Russian texts write a day
    r"|(?<![\d.])(?P<dotted>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\b(?![\d.]\d)"
    # and without its year after "on", "to" or a comma: "on the night to Wednesday, 28.10"
    r"|(?:(?<=\bon\s)|(?<=\bto\s)|(?<=,\s))(?P<dotday>[0-3]?\d\.[01]?\d)(?![\d.]?\d))",
    re.IGNORECASE,
    before=r"\b",
)
DAY_DOT_MONTH = re.compile(r"\d\.[01]?\d(?![\d.]?\d)")
"""What a day written day.month ("on 28.10") needs: spares the date patterns a sentence without one."""
# "Palm Sunday", "Good Friday": a feast's name, not the latest such weekday; nor "on a Saturday", any one
_FEAST = r"(?<!palm\s)(?<!easter\s)(?<!holy\s)(?<!good\s)(?<!bloody\s)(?<!black\s)(?<!clean\s)(?<!\bon\sa\s)"
_RELATIVE = compile_opening(
    rf"(?:{_FEAST}(?P<weekday>{WEEKDAY_PATTERN})(?:['’]s)?\b"
    # "overnight into Monday", "overnight on April 16" are dated by their Monday, their April 16
    rf"|(?P<overnight>overnight(?!\s+(?:into|to|on)\s+(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d|\d{{1,2}}\s+{MONTH_PATTERN}))"
    r"|last night|tonight|this morning|earlier today"
    r"|today|on the night(?!\s+(?:of|to|into|from|before)\b))\b"  # (not "on the night to Wednesday")
    # "At night, at about 02:30, the enemy attacked the city": the night just past, opening a sentence
    r"|(?P<night_opening>(?<![\w,;:] )(?:at|during|in)\s+(?:the\s+)?night(?=\s*,))"
    # "Shortly after midnight, Russia attacked Dnipro" after "on Tuesday evening": the night's small hours
    rf"|(?P<midnight>(?:shortly\s+|just\s+|soon\s+)?after\s+midnight"
    rf"(?!\s+(?:(?:on|into)\s+)?(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d|\d{{1,2}}\s+{MONTH_PATTERN})))"
    r"|(?P<yesterday>yesterday|the\s+previous\s+(?:evening|night))\b"
    r"|(?P<weekend>(?:over|at|during)\s+the\s+weekend|(?:this|last)\s+weekend)\b"
    r"|(?P<next_week>next\s+week)\b)",  # ("are due to meet in Istanbul next week"): a week to come
    re.IGNORECASE,
    before=r"\b",
)
# The words a relative date needs; a calendar date needs a month or a four-digit year (an ISO date's).
_YEAR = re.compile(r"\d(?<!\w\d)\d{3}(?!\w)")  # a digit not after a word character, opening four
_RELATIVE_WORDS = frozenset(
    [
        *WEEKDAYS,
        *"overnight night midnight tonight morning today yesterday weekend evening next".split(),
    ]
)
# "In March 2024", "in late June", "since 2022", "last year", "earlier this year", "months ago": a time before
# the month of publication, named only by its month or year. What the sentence reports is background (the
# city's history), not news.
_EARLIER_PERIOD = compile_opening(
    # (not "a man born in 1979": a birth year dates no report)
    # (nor how long a captive was held: "14 civilians, some of whom had been held since 2022")
    r"(?:(?:(?<!born\s)in|(?<!been\sheld\s)(?<!captive\s)(?<!captivity\s)(?<!imprisoned\s)since"
    # ("the deadliest month of 2024", not "a missile of 2024 production")
    r"|during|by|until|from|of(?=\s+(?:19|20)\d\d\b(?!\s+(?!(?:in|on|at|and|when|was|were|to|as|with|for)\b)[a-z])))\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?"
    rf"(?:(?P<month>{MONTH_PATTERN})(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<year_only>(?:19|20)\d\d)(?![-/])"
    r"|(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?P<season_year>(?:19|20)\d\d))"
    # ("since last August, when 25 people were killed": a month of an earlier year)
    rf"|(?P<past>last\s+(?:year|month|summer|winter|spring|autumn|fall|{MONTH_PATTERN}\b(?![.\s]*\d))|earlier\s+this\s+(?:year|month)"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|year"
    r"|(?:two|three|four|five|several|few|\d+)\s+(?:weeks|months|years)"
    # ("over the past seven days Russian forces attacked the region more than 180 times")
    r"|(?:seven|ten|fourteen|7|10|14)\s+days)"
    r"|that\s+(?:summer|spring|autumn|fall|winter|year|period|month)"  # ("carried out later that month")
    # "discussed at talks in Istanbul this spring" or "struck the airfield in the spring" in an October
    # article, not "spared until this autumn"
    r"|(?:(?<!until\s)(?<!before\s)this|(?:in|during)\s+the)\s+(?P<season>spring|summer|autumn|fall|winter)"
    r"(?!\s+of\b)"  # not "injured in the fall of drone debris"
    # "since the start of the year, air defences have destroyed more than 400 drones": a running total
    # (also "Since the beginning of 2026, Russian strikes have killed 47 civilians")
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|(?:full-scale\s+)?(?:war|invasion)"
    r"|(?:19|20)\d\d)"
    r"|(?:months|a\s+year|years)\s+ago)"
    # "Many residents still remember July 2022, when ...": a month and year, with no preposition; "January in
    # numbers: drones killed 19": a month's roundup
    rf"|(?P<month3>{MONTH_PATTERN})\s+(?:(?P<year3>(?:19|20)\d\d)|(?=in\s+(?:numbers|figures|review)\b)))\b",
    re.IGNORECASE,
    before=r"\b",
)
# what ranks a happening against a past period ("the largest attack since 2022", "for the first time since")
SUPERLATIVE_PATTERN = (
    r"(?:largest|biggest|deadliest|heaviest|worst|longest|fiercest|strongest|greatest|most\s+\w+|first)"
)
_RANKED_BEFORE = re.compile(rf"\b{SUPERLATIVE_PATTERN}\b[^.;]*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",\s+(when)\b", re.IGNORECASE)
_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}
# past periods named without a month or year: "last month", "that summer"
_PAST_WORDS = frozenset(
    "last earlier ago past summer spring autumn fall winter year period month since".split()
)
_SAME_DAY = compile_opening(
    r"(?:(?:later|earlier)\s+that\s+(?:day|evening|night|morning|afternoon)|that\s+(?:same\s+)?"
    r"(?:evening|afternoon|morning|night)|the\s+same\s+(?:day|evening|night)|hours\s+later|(?:\d+|a\s+few|few)\s+minutes\s+later"
    r"|(?:half\s+)?an\s+hour\s+later"
    r"|(?:at|around)\s+(?:about\s+)?the\s+same\s+time"
    r"|(?:during|in)\s+the\s+same\s+(?:attack|strike|wave|barrage|assault|raid|bombardment)"
    r"|(?P<before>the\s+(?:previous|preceding)\s+(?:day|evening|night)|the\s+day\s+before|a\s+day\s+earlier)"
    r"|(?P<after>the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)"
    # "In the evening, Russian artillery shelled Nykyforivka": opening a sentence, the day told of before
    r"|(?P<part>(?:in|during)\s+the\s+(?:afternoon|evening)|by\s+(?:the\s+)?evening)(?=\s*,))\b",
    re.IGNORECASE,
    before=r"\b",
)
_SAME_DAY_WORDS = frozenset(
    "later that same previous preceding before earlier next following evening afternoon night".split()
)
# what counts from the day of writing, so from the day a statement was made when the sentence gives it
_FROM_TODAY = re.compile(
    r"overnight|last\s+night|tonight|(?:earlier\s+)?today|this\s+morning|yesterday|the\s+previous\s+(?:evening|night)",
    re.IGNORECASE,
)
BACKGROUND = "background"
"""The precision of a :class:`DateMention` naming a month or year before the publication month."""
# "officials said early Wednesday": when it was said, not when it happened
_SAID_ON = compile_opening(
    # "accused Ukrainian forces on Thursday of a drone strike": when the accusation was made; "satellite
    # images published on Monday showed burnt tanks": when they were published
    r"\b(?:said|says|reported|announced|wrote|told\s+\w+|added|stated|confirmed|posted|published|issued|claimed"
    r"|accused(?:\s+[\w-]+){0,3}?)\s+"
    # ("said in a statement on Saturday")
    r"(?:in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|post|address|briefing|interview)\s+)?"
    r"(?:on\s+|early\s+|late\s+|later\s+|on\s+the\s+morning\s+of\s+)?$",
    re.IGNORECASE,
)
# "By Friday afternoon, five people had been confirmed dead": when the toll was counted, as a statement's day
# an hour before a day, with its time zone: "11 p.m. Moscow time ", "09:00 "
_CLOCK_BEFORE_DAY = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d)\s+(?:\w+\s+time\s+)?"
# when a toll was counted: "By Monday", "As of 09:00 on 21 July, the strike has killed four people", "As of
# the morning of 14 June, the number of victims has risen to 11"
_BY_THEN = re.compile(
    rf"\b(?:By|As\s+of)\s+(?:early\s+|late\s+)?(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?"
    rf"(?:{_CLOCK_BEFORE_DAY}(?:on\s+)?)?$"
)
_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)  # "Last Thursday": a week back in a Thursday paper
# what may come before the day a sentence opens with: "On 14.09 the Russian Defence Ministry reported"
_OPENING_DAY = re.compile(r"\W*(?:On\s+)?$", re.IGNORECASE)
_GMT_BEFORE = re.compile(r"\b2[1-3]:?\d\d\s+(?:GMT|UTC)\s+$")  # a late-evening hour there: the next day here
# "between Friday night and early Saturday", "from 23:00 Moscow time on March 8 to 07:00 on March 9",
# "between 11 p.m. Moscow time (2000 GMT) on Saturday and 7 a.m. on Sunday"
_RANGE_START = compile_opening(
    r"\b(?:between|from)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    rf"(?:{_CLOCK_BEFORE_DAY}(?:\([^()]{{1,20}}\)\s+)?(?:on\s+)?)?$",
    re.IGNORECASE,
)
# The expressions that name a night by the day it ended on
_NIGHT_WORDS = frozenset(["overnight", "last night", "on the night", "tonight"])
# "the night of Monday to Tuesday", "the night from Monday into Tuesday": the night that ended on the second
_NIGHT_OF = compile_opening(r"\bnight\s+(?:of|from)\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(rf"\s*(?:to|into|-|–)\s*(?=\d|{WEEKDAY_PATTERN}\b)", re.IGNORECASE)
_NIGHT_INTO = compile_opening(r"\b(?:overnight|night)\s+(?:into|to|on)\s+$", re.IGNORECASE)
# the Air Force's day, which starts at 18:00: "from 18:00 on 13 April the enemy attacked with 98 drones"
# is the night into the 14th (not "from 20:00 on 13 April until midnight", nor "attacked Kharkiv from 19:30")
_EVENING_FROM = compile_opening(r"\bfrom\s+18[:.]00\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s*,?\s*(?:until|till|to)\b", re.IGNORECASE)
# what makes a range of two days a night: "the night of Jan. 21-22", "between Sunday evening and Monday
# morning", "from 23:00 on March 8"
_NIGHT_WORDS_NEAR = compile_opening(
    r"\b(?:night|evening|pm|(?:1[89]|2[0-3])[:.]\d\d)\b|\bp\.m\.", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence.

    Attributes
    ----------
    date : datetime.date or None
        The resolved day, or None when it cannot be resolved (no publication date).
    precision : str
        A :class:`~geomap.model.DatePrecision` value.
    start, end : int
        Offsets of the expression in the searched text.
    text : str
        The expression as written.
    night : bool
        The expression names the night that ended on ``date``: "overnight", "overnight into Monday",
        "between Sunday evening and Monday morning".
    """

    date: dt.date | None
    precision: str
    start: int
    end: int
    text: str
    night: bool = False


def _calendar_date(match: re.Match[str], reference: dt.date | None) -> dt.date | None:
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    if match.group("dotted"):
        day_text, month_text, year_text = match.group("dotted").split(".")
        try:
            return dt.date(int(year_text), int(month_text), int(day_text))
        except ValueError:
            return None
    if match.group("dotday"):
        day_text, month_text = match.group("dotday").split(".")
        day, month, year_text = int(day_text), int(month_text), None
    else:
        month = _MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
        day = int(match.group("last") or match.group("day") or match.group("last2") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
    if year_text:
        year = int(year_text)
    elif reference is not None:
        year = reference.year
    else:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not year_text and reference is not None and date > reference + dt.timedelta(days=7):
        date = date.replace(year=year - 1)  # "December 30" in a January article
    return date


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    words: frozenset[str] | None = None,
    previous: DateMention | None = None,
    statements: bool = False,
) -> list[DateMention]:
    """Find and resolve the date expressions in ``text[start:end]``.

    Weekdays resolve to the latest such day on or before ``published``
    ("on Saturday" in a Saturday paper is that Saturday); "overnight", "today"
    and similar resolve to ``published``; "yesterday" to the day before; "over
    the weekend" to the Saturday of the latest weekend;
    "later that evening" and "at the same time" to the ``previous`` date the
    article gave, "the previous day" to the day before it.
    In "between Friday night and early Saturday" only the end of the range is
    kept; "officials said early Wednesday" and "By Friday afternoon, five people
    had been confirmed dead" are when something was said or counted and are left out.
    A month or year before the month of publication ("in March 2024", "in late
    June", "since 2022") gives a mention of precision :data:`BACKGROUND` and no
    date: the sentence recalls the past.

    Parameters
    ----------
    text : str
        Text to search.
    published : datetime.date or None
        Publication date; relative expressions stay unresolved without it.
    start, end : int, optional
        Bounds of the search; offsets in the result index ``text``.
    words : frozenset of str, optional
        The sentence's lower-cased words; without a date word among them nothing is searched.
    previous : DateMention, optional
        The date the article gave last, for "later that day" and the like.
    statements : bool
        Return only the days things were said on ("the governor said on Sunday"), which date nothing
        else, instead of the other dates.

    Returns
    -------
    list of DateMention
        In reading order.

    Examples
    --------
    >>> import datetime as dt
    >>> [m.date.isoformat() for m in find_dates("Friday's swap", dt.date(2025, 5, 24))]
    ['2025-05-23']
    """
    end = len(text) if end is None else end
    calendar = relative = earlier = same_day = True
    if words is not None:
        calendar = (
            not words.isdisjoint(_MONTHS)
            or _YEAR.search(text, start, end) is not None
            or DAY_DOT_MONTH.search(text, start, end) is not None
        )
        relative = not words.isdisjoint(_RELATIVE_WORDS)
        earlier = calendar or not words.isdisjoint(_PAST_WORDS)  # a month, a year, or "last", "ago"...
        same_day = previous is not None and not words.isdisjoint(_SAME_DAY_WORDS)
        if not (calendar or relative or same_day or not words.isdisjoint(_PAST_WORDS)):
            return []
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _MONTH_DAY.finditer(text, start, end) if calendar else ():
        if match.group("month") and match.group("month").lower() == "may" and not match.group("day"):
            continue
        date = _calendar_date(match, published)
        # "the night of Jan. 21-22": two days in a row name the night between them
        first, last = match.group("day") or match.group("day2"), match.group("last") or match.group("last2")
        night = bool(first and last) and int(last) - int(first) == 1
        near = max(start, match.start() - 15)
        night = night and _NIGHT_WORDS_NEAR.search(text, near, match.start()) is not None
        night = night or _NIGHT_INTO.search(text, max(start, match.start() - 20), match.start()) is not None
        evening = _EVENING_FROM.search(text, max(start, match.start() - 25), match.start())
        if evening and not night and date is not None and not _UNTIL_AFTER.match(text, match.end()):
            date, night = date + dt.timedelta(days=1), True  # "from 18:00 on 13 April": the night to the 14th
        mentions.append(DateMention(date, _DAY, match.start(), match.end(), match.group(), night=night))
        taken.append(match.span())
    if earlier and published is not None:
        for match in _EARLIER_PERIOD.finditer(text, start, end):
            if any(a <= match.start() < b for a, b in taken) or not _before_month_of(match, published):
                continue
            since = match.group().lower().startswith("since") or _SINCE_BEFORE.search(
                text, max(start, match.start() - 6), match.start()
            )
            if since and _RANKED_BEFORE.search(text, max(start, match.start() - 80), match.start()):
                # "the largest attack on the capital since the beginning of the war": a rank, now; what a
                # "when" clause after it tells is of that time ("since last August, when 25 were killed")
                when = _WHEN_AFTER.match(text, match.end(), end)
                if when is not None:
                    mentions.append(DateMention(None, BACKGROUND, when.start(1), when.end(1), match.group()))
                    taken.append(match.span())
                continue
            mentions.append(DateMention(None, BACKGROUND, match.start(), match.end(), match.group()))
            taken.append(match.span())
    told_before: list[re.Match[str]] = []
    for match in _SAME_DAY.finditer(text, start, end) if same_day and previous is not None else ():
        if match.group("part") and match.start() != start:
            continue  # "struck Kharkiv on Friday in the evening": that day's evening
        told_before.append(match)
        taken.append(match.span())
    calendar_days = {m.start: m for m in mentions if m.precision == _DAY}
    for match in _RELATIVE.finditer(text, start, end) if relative else ():
        if any(a <= match.start() < b for a, b in taken):
            continue
        gap = _WEEKDAY_GAP.match(text, match.end(), end) if match.group("weekday") else None
        day_named = calendar_days.get(gap.end()) if gap is not None else None
        if day_named is not None:
            # "on Tuesday, 14 October" in a November review: the calendar day the weekday is written with
            mentions.append(replace(day_named, start=match.start(), end=match.end(), text=match.group()))
            continue
        if match.group("weekday") and published is not None:
            wanted = WEEKDAYS.index(match.group("weekday").lower())
            date = published - dt.timedelta(days=(published.weekday() - wanted) % 7)
            if date == published and _LAST_BEFORE.search(text, max(start, match.start() - 6), match.start()):
                date -= dt.timedelta(days=7)  # "Last Thursday" in a Thursday paper: a week ago
            elif date < published and _FUTURE_BEFORE.search(
                text, max(start, match.start() - 60), match.start()
            ):
                date += dt.timedelta(days=7)  # "Talks resume on Wednesday" in a Tuesday paper: tomorrow
        elif match.group("yesterday") and published is not None:
            date = published - dt.timedelta(days=1)
        elif match.group("weekend") and published is not None:
            date = published - dt.timedelta(days=(published.weekday() - 5) % 7)  # its Saturday
        elif match.group("next_week") and published is not None:
            date = published + dt.timedelta(days=7)
        else:
            date = published
        small_hours = match.group("midnight") is not None or match.group("night_opening") is not None
        night = match.group().lower() in _NIGHT_WORDS or small_hours or (
            match.group("weekday") is not None
            and _NIGHT_INTO.search(text, max(start, match.start() - 20), match.start()) is not None
        )
        mentions.append(
            DateMention(date, _RELATIVE_DAY, match.start(), match.end(), match.group(), night=night)
        )
    mentions.sort(key=lambda m: m.start)
    for match in told_before:
        # the day the sentence gave before it ("reported on Friday that ... over the previous day"), or the
        # one told before the sentence
        given = [m for m in mentions if m.end <= match.start() and m.date is not None]
        anchor = given[-1] if given else previous
        if anchor is None:
            continue
        date = anchor.date
        if match.group("before") and date is not None:
            date -= dt.timedelta(days=1)
        elif match.group("after") and date is not None:
            date += dt.timedelta(days=1)
        mentions.append(DateMention(date, anchor.precision, match.start(), match.end(), match.group()))
    if told_before:
        mentions.sort(key=lambda m: m.start)
    kept, said = _without_range_starts(text, start, mentions, published)
    return said if statements else kept


def _without_range_starts(
    text: str, start: int, mentions: list[DateMention], published: dt.date | None
) -> tuple[list[DateMention], list[DateMention]]:
    """Drop the start of a range ("between Sunday evening and Monday morning") and set aside when it was said.

    The end of the range stays: a range from one day to the next is the night that ended on it. A start
    that no end follows ("starting from 6 p.m. on Tuesday") is kept where nothing else dates the sentence.
    Returns the kept mentions and those of days something was said on.
    """
    kept: list[DateMention] = []
    said: list[DateMention] = []
    opened: DateMention | None = None
    said_on: dt.date | None = None
    for mention in mentions:
        before = max(start, mention.start - 45)  # "accused Ukrainian forces on Thursday"
        # (what was said in a past month or year is past too: "officials said in May 2024 that drones hit")
        if mention.precision != BACKGROUND and (
            _SAID_ON.search(text, before, mention.start) or _BY_THEN.search(text, before, mention.start)
        ):
            said_on = said_on or mention.date
            said.append(mention)
            continue
        if _GMT_BEFORE.search(text, max(start, mention.start - 12), mention.start):
            continue  # "shortly after 2:00 am (2300 GMT Wednesday)": the day in another time zone
        night_of = _NIGHT_OF.search(text, max(start, mention.start - 20), mention.start) is not None
        if _RANGE_START.search(text, max(start, mention.start - 60), mention.start) or (
            night_of and _RANGE_TO.match(text, mention.end)
        ):
            opened = mention
            continue
        if opened is not None and opened.date is not None and mention.date is not None:
            spans_night = _NIGHT_WORDS_NEAR.search(text, max(start, opened.start - 40), mention.start)
            if (mention.date - opened.date).days == 1 and spans_night:
                mention = replace(mention, night=True)
        opened = None
        kept.append(mention)
    if opened is not None and not kept:
        # "starting from 6 p.m. on Tuesday": no end follows, so it is the date, unless another day dates the
        # sentence ("On the night of 11 June (from 18:00 on 10 June)")
        kept.append(opened)
    opening = kept[0] if kept and kept[0].precision == _DAY else None
    if said_on is None and opening is not None and _OPENING_DAY.match(text, start, opening.start):
        # "On 14.09 the Russian Defence Ministry reported that 87 drones had been destroyed overnight": the
        # night into the day the sentence opens with
        said_on = opening.date
    if said_on is not None and published is not None:
        # "Russia launched 143 drones overnight, the air force said on Sunday" in a Monday paper: the night
        # into the day it was said, not into the day of publication
        kept = [
            replace(m, date=m.date + (said_on - published)) if _FROM_TODAY.fullmatch(m.text) and m.date else m
            for m in kept
        ]
    return kept, said


def _before_month_of(match: re.Match[str], published: dt.date) -> bool:
    """Return True if the month or year matched by ``_EARLIER_PERIOD`` ended before ``published``'s month."""
    if match.group("season"):
        return published.month not in _SEASON_MONTHS[match.group("season").lower()]
    if match.group("past"):
        return True
    year_month = _year_month(match, published)
    if year_month is None:
        year_text = match.group("year_only") or match.group("season_year")
        return int(year_text) < published.year
    return year_month < (published.year, published.month)


def _year_month(match: re.Match[str], published: dt.date) -> tuple[int, int] | None:
    """Return the (year, month) an ``_EARLIER_PERIOD`` match names, or None if it names no month."""
    month_name = match.group("month") or match.group("month3")
    if month_name is None:
        return None
    year_text = match.group("year") or match.group("year3")
    year = int(year_text) if year_text else published.year
    month = _MONTHS[month_name.lower().rstrip(".")]
    if not year_text and month > published.month:
        year -= 1  # "in December" in a January article
    return year, month


# "Talks resume on Wednesday", "Engineers will examine the building on Wednesday", "are due to meet on
# Friday", "next Friday": a day to come (not "will never forget the attack on Kharkiv on Sunday", "will be
# held for the victims killed on Sunday", nor "a house next to a school ... on Sunday")
_TO_COME = r"(?:\s+(?!(?:attacks?|strikes?|shelling|victims)\b)(?![\w'’-]+ed\b)[\w'’-]+){1,5}?"
_FUTURE_BEFORE = compile_opening(
    rf"\b(?:(?:will|['’]ll|shall){_TO_COME}|resumes?|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to{_TO_COME})"
    r"\s+(?:on\s+|by\s+)?$|\bnext\s+$",
    re.IGNORECASE,
)
_WEEKDAY_GAP = re.compile(r",?\s*")  # between a weekday and the calendar day it is written with
# a span of months with its year: "July to December 2024", "from January through March 2025", "Jan.-Mar. 2025"
_MONTH_SPAN = re.compile(
    rf"\b(?P<first>{MONTH_PATTERN})\s*(?:to|through|until|[-–—])\s*(?P<last>{MONTH_PATTERN}),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "October in review: Ukraine's drones keep hitting factories", "A review of March 2025": a month's roundup
_REVIEWED_MONTH = re.compile(
    rf"\b(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?\s+in\s+review\b"
    rf"|\breview\s+of\s+(?P<month3>{MONTH_PATTERN})(?:\s+(?P<year3>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


def _covers(match: re.Match[str]) -> bool:
    """Return True if an ``_EARLIER_PERIOD`` match says what a section covers: "in May", not "since May"."""
    return not match.group("month") or match.group().lower().startswith(("in", "during"))


def months_covered(
    text: str, published: dt.date, *, start: int = 0, end: int | None = None
) -> set[tuple[int, int]]:
    """Return the past months a heading says its section covers: "Incidents documented in May".

    Only a month "in" or "during" which, a month with its year ("May 2024 Update") or a month reviewed
    ("October in review") counts: "the worst attack since May" names a month before the one it reports.

    Parameters
    ----------
    text : str
        The text holding the heading.
    published : datetime.date
        The publication date, against which a month without a year is read.
    start, end : int, optional
        The heading's span in ``text``.

    Returns
    -------
    set of (int, int)
        (year, month) pairs before ``published``'s month.

    Examples
    --------
    >>> import datetime as dt
    >>> sorted(months_covered("Incidents documented in May", dt.date(2024, 6, 11)))
    [(2024, 5)]
    """
    end = len(text) if end is None else end
    covered = set()
    periods = [m for m in _EARLIER_PERIOD.finditer(text, start, end) if _covers(m)]
    for match in [*periods, *_REVIEWED_MONTH.finditer(text, start, end)]:
        year_month = _year_month(match, published)
        if year_month is not None and year_month < (published.year, published.month):
            covered.add(year_month)
    for span in _MONTH_SPAN.finditer(text, start, end):
        # "Nikopol's shelling in numbers, July to December 2024": every month of the span
        year, first, last = int(span.group("year")), _month_number(span, "first"), _month_number(span, "last")
        year_month = (year - 1, first) if first > last else (year, first)
        while year_month <= (year, last) and year_month < (published.year, published.month):
            covered.add(year_month)
            year_month = (year_month[0] + year_month[1] // 12, year_month[1] % 12 + 1)
    return covered


def _month_number(match: re.Match[str], group: str) -> int:
    return _MONTHS[match.group(group).lower().rstrip(".")]


def names_a_day(mention: DateMention) -> bool:
    """Return True if ``mention`` names its day ("on Tuesday", "May 16"), not only counts from today.

    "Overnight", "today" and "yesterday" count from the day of writing; under a dated heading of a
    roundup that day is the heading's.

    Parameters
    ----------
    mention : DateMention
        A found date expression.

    Returns
    -------
    bool

    Examples
    --------
    >>> import datetime as dt
    >>> [names_a_day(m) for m in find_dates("overnight and on Tuesday", dt.date(2025, 5, 24))]
    [False, True]
    """
    return _CALENDAR_WORD.search(mention.text) is not None


def infer_publication_date(text: str) -> tuple[dt.date | None, str | None]:
    """Guess an article's publication date from the latest full date it contains.

    Only dates with a year ("May 24, 2025", "2025-05-24") count.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    (datetime.date or None, str or None)
        The date and the expression it was read from.
    """
    best: tuple[dt.date | None, str | None] = (None, None)
    for match in _MONTH_DAY.finditer(text):
        if not (match.group("year") or match.group("year2") or match.group("iso")):
            continue
        date = _calendar_date(match, None)
        if date is not None and (best[0] is None or date > best[0]):
            best = (date, match.group())
    return best
