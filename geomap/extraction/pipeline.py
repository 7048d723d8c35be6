"""From article text to located, counted, dated events: the extraction pipeline.

For each sentence: find event triggers, place names (resolved once per article),
vague areas, dates and counts; give each trigger the place, date and counts
nearest to it; carry a place from the previous sentence or paragraph when a
sentence names none; then merge mentions of the same happening.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import replace
from typing import Any, NamedTuple

from geomap.dates import parse_date
from geomap.extraction import attribution, counts, dates, places, triggers, vague, weapons
from geomap.extraction.districts import Located, is_district, settle_districts, unknown_districts
from geomap.extraction.events import keep_unplaced, main_country, reported, to_event
from geomap.extraction.locate import Locator, Place
from geomap.extraction.merge import Group, Mention, merge_mentions
from geomap.extraction.numbers import COUNT_MARKERS, Count, find_counts
from geomap.extraction.openings import compile_opening
from geomap.extraction.text import Sentence, split_sentences
from geomap.model import CountQualifier, DatePrecision, Event, EventType, Precision, Weapon

__all__ = ["extract", "extract_events"]

_GROUP_OF = {EventType.PRISONER_EXCHANGE: "exchange", EventType.TALKS: "talks"}
_CARRIED_AS = {**_GROUP_OF, EventType.INTERCEPTION: "interception"}
# Read in hot loops: plain names spare the enum attribute lookups.
_ATTACK, _INTERCEPTION = EventType.ATTACK, EventType.INTERCEPTION
_COUNTRY, _CITY, _DISTRICT = Precision.COUNTRY.value, Precision.CITY.value, Precision.DISTRICT.value
_REGION = Precision.REGION.value
_IN_A_REGION = frozenset({_CITY, _DISTRICT, Precision.POINT.value})
_AREAS = frozenset({_REGION, _COUNTRY})
_CITY_WITH_DISTRICTS = 100_000  # inhabitants: a town smaller than this has no city districts
_OF_CITY = re.compile(r"\s+of\s+(?:the\s+city\s+of\s+)?")  # "the Oleksandrivskyi district of Zaporizhzhia"
_CITY_SECTION = "PPLX"  # GeoNames: a section of a populated place, as a city's district
_CENTRE_CODES = frozenset({"PPLC", "PPLA"})  # GeoNames: a capital or regional centre, which has districts
# a place named as what was struck: "shelled Kramatorsk", "dropped a guided bomb on Druzhkivka"
_STRUCK_BEFORE = re.compile(
    r"\b(?:on|at|shelled|struck|hit|attacked|bombed|pounded|targeted)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_BULLETS = frozenset("-•*–")
_YES_NO_QUESTION = re.compile(
    r"[\"“'‘]?(?:Can|Could|Has|Have|Is|Are|Was|Were|Do|Does|Did|Will|Would|Should|May|Might)\b[^\n]*\?[\"”'’]?\Z"
)
_POSSESSIVE = ("'s", "’s")  # "Wednesday's strike": the day of the strike itself
_DIED_LATER = "died_later"  # a count of the wounded who died later (see counts.casualty_tallies)
_LABEL_WORDS = 5  # a list item's label sentence has no more words: "Koriukivka district.", "Prymorske again."
_THE_CITY_MIN_POPULATION = 50_000  # inhabitants: "the city" means one this large, if the text reported one
_REFERENCE, _LOCATION = places.Role.REFERENCE, places.Role.LOCATION
_ONLY_CASUALTIES = frozenset({EventType.CASUALTIES})
_ONLY_EXCHANGES = frozenset({EventType.PRISONER_EXCHANGE})
_ONLY_ATTACKS = frozenset({EventType.ATTACK})
_ONLY_INTERCEPTIONS = frozenset({EventType.INTERCEPTION})
_ATTACKS_AND_INTERCEPTIONS = frozenset({EventType.ATTACK, EventType.INTERCEPTION})
_INSTITUTION_ROLES = frozenset({places.Role.OFFICE, places.Role.CONTAINER})
_SAYS_AFTER = re.compile(r"\s+(?:says|said|claims|claimed|reports|reported)\b")
_BACKGROUND = dates.BACKGROUND
_DAY = DatePrecision.DAY.value
_REPORTED = DatePrecision.REPORTED.value
_RECENT_DAYS = 10
"""News reports the last days: a day named further back recalls the past (a weekly recap still fits)."""
# "As Ukrinform reported,", "As previously reported,": what follows was told in an earlier story
_AS_REPORTED = re.compile(
    r"As\s+(?:[\w-]+\s+){0,3}?(?:previously\s+|earlier\s+)?reported(?:\s+earlier)?,", re.IGNORECASE
)
# what announces a recap of earlier happenings in its paragraph: "came four days after a similar attack on
# the night to Sunday, when", "This is the third attack on the energy infrastructure of the region since",
# a "Background:" heading
_DAYS_AFTER = r"(?:came|comes|followed|follows)\s+(?:\w+\s+){0,3}?(?:days?|weeks?|nights?)\s+after\b"
_CAME_AFTER = re.compile(rf"\s+(?:(?:was|were|have|has|had)\s+)?{_DAYS_AFTER}", re.IGNORECASE)
_RECAP_CUE = re.compile(
    rf"\b{_DAYS_AFTER}"
    r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:such\s+|major\s+|large\s+)?"
    r"(?:attack|strike)s?\s+(?:[\w'’-]+\s+){0,8}?(?:since|this\s+(?:week|month))\b"
    r"|^Background\b",
    re.IGNORECASE | re.MULTILINE,
)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")  # a date line with its year is a publication stamp
_LEDE_PARAGRAPHS = 3  # a byline or a standfirst may come between a headline and the paragraph naming places
# "did not comment on the attack", "asked about the night's attack": a happening spoken of, not reported
_SPOKEN_OF = compile_opening(
    r"\b(?:comment(?:ed|s|ing)?|report(?:ed|s|ing)?|spoke|speak(?:s|ing)?|asked|talked|remarked)\s+(?:on|about)\s+"
    r"(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# "without naming any locations", "but did not say where": the text does not place the event
_PLACE_UNSAID = re.compile(
    r"\b(?:without\s+(?:naming|specifying|giving|identifying)"
    r"|(?:did\s+not|didn['’]t)\s+(?:name|specify|give|identify))"
    r"\s+(?:any\s+|the\s+|their\s+)?(?:locations?|places?|regions?|areas?|cities|towns|targets?|sites?)\b"
    r"|\b(?:did\s+not|didn['’]t)\s+say\s+where\b",
    re.IGNORECASE,
)
_SAYS_WHERE_IT_LIES = re.compile(r"[^.;,]{0,25},\s+(?:on|in|near|at|outside|off)\s+")
_JURISDICTION_BEFORE = compile_opening(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DEFINITE = compile_opening(r"\b(?:the|these|those|this)\s+(?P<word>[\w-]+\s+)?$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[—–|]|-\s)", re.IGNORECASE)
_CLOSING = frozenset('.!?"”’')
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# "Read more: Balta residents get power back after weekend strike": a line linking another story
_LINK_TEASER = re.compile(
    # (a headline of four words or more, not a tag such as "Related: Kharkiv")
    r"^[ \t]*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related)[ \t]*:"
    r"[ \t]*\S+(?:[ \t]+\S+){3}[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# a fact-check's labelled paragraphs: "CLAIM: ...", "VERDICT: False."
_FALSE_VERDICT = re.compile(
    r"^[ \t]*(?:verdict|rating|our\s+rating)\s*:\s*(?:false|fake|misleading|not\s+true|untrue|unsupported"
    r"|fabricated|no\s+evidence)\b",
    re.IGNORECASE | re.MULTILINE,
)
_UPHELD_VERDICT = re.compile(
    r"^[ \t]*(?:verdict|rating|our\s+rating)\s*:\s*(?:true|correct|accurate|mostly\s+true|partly)\b",
    re.IGNORECASE | re.MULTILINE,
)
_CHECKED_CLAIM = re.compile(r"^[ \t]*claim\s*:[^\n]*", re.IGNORECASE | re.MULTILINE)
# What a place described as one kind may be called later: "Komyshany, a settlement" is "the village"
_CALLED = {"city": {"city", "capital"}, "town": {"town", "settlement"}, "village": {"village", "settlement"}}
_UNLIKE = {"city": {"village", "hamlet"}, "town": {"village", "hamlet"}, "village": {"city", "town"}}
_UNCALLED = frozenset({None, "port"})  # what a place called nothing in particular may have been called
_MAJOR_CITY_CODES = frozenset({"PPLC", "PPLA"})  # a capital or regional centre is no "village" or "town"
_INTERCHANGEABLE = {"city": "town", "town": "city"}  # what a paragraph calls a town it may call "the city"
_DATE_LINE_LENGTH = 40  # "16 November.", "6 November (verified late).": an item's day, before its report
_HEADING_LENGTH = 80  # a section heading of a roundup or a live blog ("Monday: a massive strike ...")
_HEADLINE_LENGTH = 160  # the article's headline, its first line
_SUBTITLE = re.compile(r"\s*(?:[—–|]|\s-)\s")  # "Assessment, January 19, 2026 — key takeaways"
_DAY_RANGE = re.compile(r"\d\s*(?:[-–]|to)\s*\d")  # "May 1-4": several days, not one reported on
_ANOTHER = frozenset({"also", "another", "separately"})
_DIGIT = re.compile(r"\d")
# a city's own office: "Kryvyi Rih city Defence Council", "Odesa City Council" (not "Moscow's forces", "Kyiv
# authorities", nor the "Kyiv Regional Military Administration", whose districts are the region's)
_CITY_OFFICE_AFTER = re.compile(
    r"\s+(?:city\s+)?(?:mayor|council|(?:military\s+)?administration|defen[cs]e\s+council)\b", re.IGNORECASE
)
_HEADER_PARAGRAPHS = 2  # the headline, a byline or a channel's name, and the paragraph after them
_SOLDIERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:servicemen|soldiers|troops|personnel|fighters|militants|mercenaries|cadets)\b", re.I
)
_FALLEN = frozenset({"debris", "wreckage", "fragment", "fragments"})
_CAME_AS = re.compile(
    r"\s+(?:came|comes)\s+(?:as|amid|while|after|before|days|hours|a\s+day|just|shortly|at\s+a\s+time)\b",
    re.I,
)
_NAME_LEAD = 12  # characters a share's place may start after "over the": "Republic of " Kalmykia
# from a counted unit to the next count: "drones and ", "missiles, " (not "40 drones, 30 of them downed")
_LISTED_WITH = re.compile(r"[\w-]+(?:,?\s+and\s+|(?P<comma>,\s+))")
# an item after a comma is one of a list closed by "and": "4 Iskander-M missiles, 21 Kh-101 cruise missiles
# and 273 drones" (not "launched 48 missiles, 41 missiles were destroyed", nor "2 were shot down and 2 hit")
_LIST_ITEM = r"(?:\s+(?!(?:were|was|is|are|has|have|had|hit|reached|fewer|more|among)\b)[\w/-]+){1,4}?"
_LIST_GOES_ON = re.compile(rf"{_LIST_ITEM}(?:,\s+\d[\d,]*{_LIST_ITEM})*,?\s+and\s+\d")
# the kinds of national body, under the last word of their names (which tells them apart)
_BODY_KINDS = {"ministry": r"ministry", "force": r"air\s+force", "staff": r"general\s+staff"}
_BODY_KIND = "(?:" + "|".join(_BODY_KINDS.values()) + r")\b"
_BODY_WORDS = frozenset(_BODY_KINDS)
# "Russia launched", "Russia had launched", "Russia's massive attack": the attacker, not the country attacked
_COUNTRY_ATTACKS = re.compile(
    r"\b(?P<country>Russia|Ukraine)(?:\s+(?:had\s+|has\s+)?(?:launched|attacked|fired|struck)"
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|barrage|bombardment))\b"
)
_ARMED_BODY_WORDS = frozenset({"force", "staff"})  # a country's own, unlike a ministry (which may be foreign)
# a national body named before, referred to: "the ministry said", "the Air Force said"
_BODY_REFERRED_TO = compile_opening(rf"\bthe\s+(?:(?:defen[cs]e|foreign)\s+)?{_BODY_KIND}", re.IGNORECASE)
# the kind of body a country's name opens: "Russia's Defence Ministry", "Ukraine's air force"
_BODY_KIND_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_BODY_KIND}", re.IGNORECASE)
# a body named by its country's adjective: "the Ukrainian Air Force", "the Russian Defence Ministry"
_DEMONYMS = frozenset({"ukrainian", "russian", "belarusian"})
_DEMONYM_BODY = re.compile(
    rf"\b(?P<demonym>Ukrainian|Russian|Belarusian)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_BODY_KIND})"
)
# a body named right after a place in a sentence that reports nothing: "In Kyiv, the Security Service ..."
_SEAT_OF = re.compile(
    r",\s+the\s+(?:[A-Z][\w’'-]*\s+){0,4}?(?:Service|Ministry|Staff|Office|Command|Council|Kremlin|government)\b"
)
# what may come before a day that opens a sentence: "Then, early on Thursday,", "Late on Monday"
_FRAME_BEFORE = re.compile(
    # ("The night from 15.09 to 16.09 was also restless.", "Last Thursday it did not.")
    r"(?:(?:then|and|but|later|early|late|last|on|by|in|the|of|shortly|before|after|night|overnight|from|to|into"
    r"|\d{1,2}\.\d{1,2}),?\s+)*",
    re.IGNORECASE,
)
_HAPPENED_BEFORE = compile_opening(
    r"\b(?:what|which|that)\s+(?:happened|occurred)\s+(?:early\s+|late\s+)?(?:on\s+)?$", re.IGNORECASE
)
# "On Friday, Zelensky said ...", "On Thursday, Putin will travel ...": when said or planned, not a happening
_SAYS_OR_WILL = re.compile(
    r"\b(?:said|says|told|tells|announced|will|would|is\s+due|are\s+due)\b", re.IGNORECASE
)
# where the captives were kept, or were taken afterwards ("The freed Russians were first taken to the Kursk
# region for medical checks"): not where they were exchanged
_HELD_IN = compile_opening(
    r"\b(?:held|detained|imprisoned|jailed|kept)(?:\s+captive)?\s+in\s+(?:occupied\s+)?$"
    r"|\b(?:taken|brought|flown|transported|transferred|driven|sent)\s+(?:first\s+|then\s+|later\s+)?to\s+"
    r"(?:(?:a\s+)?(?:hospitals?|medical\s+facilit(?:y|ies))\s+in\s+)?(?:the\s+)?$"
    # "The returned Russians were in Belarus, where they were receiving medical help": where they are now
    r"|\b(?:they|Russians|Ukrainians|men|servicemen|soldiers|prisoners|POWs)\s+(?:were|are|remain(?:ed)?)\s+"
    r"(?:now\s+|currently\s+|still\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a part that says "there", or counts "of them", is of what an earlier part of the sentence placed
_OF_AN_EARLIER_PART = re.compile(
    r"\bthere\b(?!\s+(?:was|were|is|are|has|have|had|will|would)\b)|\b(?:\d[\d,]*|most|all|some)\s+of\s+them\b",
    re.IGNORECASE,
)
_PART_BREAK = re.compile(r";|:(?=\s)")  # not the colon of a time ("02:40")
_LAUNCHED_FROM = re.compile(
    # (also "launched from the airspace over the Kursk region")
    r"\bfrom\s+(?:the\s+)?(?:(?:directions?|areas?|territory)\s+of\b|airspace\s+(?:over|of)\b|occupied\b"
    r"|(?-i:[A-ZА-ЯІЇЄҐ]))",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(r"\s*(?:Elsewhere|In\s+other\s+(?:areas|parts|places))\b", re.IGNORECASE)
# "In total, as a result of Russian aggression over the past day, one person was killed": a day's sum over
# everything told so far, not the last item's toll (as "In total, two were killed in yesterday's attack" is)
_PERIOD_SUM = re.compile(
    r"\W*(?:In\s+total|In\s+all|Overall|Altogether),[^.;]*?\b(?:over|during|in|for)\s+the\s+(?:past|last|previous)"
    r"\s+(?:day|24\s+hours|week|seven\s+days)\b",
    re.IGNORECASE,
)
_HOME_TO_BEFORE = re.compile(places.HOME_TO + "$", re.IGNORECASE)
# "To sum up the day. One civilian was killed and seven were wounded": the day's items summed, likewise (also
# opening a post under its time, "21:30")
_DAY_SUMMED = re.compile(r"[\W\d]*(?:To\s+sum\s+up|Summing\s+up)\s+the\s+day\b[.:,]?", re.IGNORECASE)
_ADJOINING_DEGREES = 0.2  # about 15-20 km: a city this near a region it is said to lie in is that city
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*|\s(?:and|or)\s+|,\s+(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)
_LAUNCH_AREAS = re.compile(r"\bfrom\s+(?:the\s+)?(?:directions?|areas?|territory)\s+of\b", re.IGNORECASE)
_NEAR_ANAPHOR = re.compile(r",?\s+(?:near|outside|close\s+to|not\s+far\s+from)\s+")  # "X near the town"
_AND_THAT = re.compile(r",\s+and\s+that\s+")  # "officials said that ..., and that ..."
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s(?:and|but|while|after|before|when|who|which|whose)\s")


def _listed_after(text: str, pool: list[Located], at: int) -> list[Located]:
    """Return the places of ``pool`` listed right after ``at``: "the areas of Kursk, Oryol and Bryansk"."""
    listed: list[Located] = []
    for item in sorted(pool, key=lambda item: item.start):
        if item.start >= at and _LIST_SEPARATOR.fullmatch(text, at, item.start):
            listed.append(item)
            at = item.end
    return listed


def _group(event_type: EventType) -> str:
    return _GROUP_OF.get(event_type, "violent")


def _carried_as(event_type: EventType) -> str:
    """Return under which name a type's place is carried to the next sentences.

    Interceptions happen over areas ("27 drones over the region"): their place is
    carried to later interceptions, not to what happened on the ground.
    """
    return _CARRIED_AS.get(event_type, "violent")


class _Reader:
    """State kept while reading one article sentence by sentence."""

    def __init__(self, text: str, locator: Locator, published: dt.date | None) -> None:
        self.text = text
        self.locator = locator
        self.published = published
        self.fallback_precision = _fallback_precision(published)  # the date precision when none is given
        self.said_days: dict[int, dates.DateMention | None] = {}  # sentence index -> day a statement was made
        self.quotations: set[int] = set()  # paragraphs opening with a quotation mark and naming no place
        self.held_in: dict[str, Place] = {}  # a name -> where the text put it ("Borova in Kharkiv Oblast")
        self.placed_in: dict[int, list[tuple[int, Place]]] = {}  # paragraph -> (sentence, place) located
        self.prisoner_context = triggers.mentions_prisoners(text)
        self.talks_context = self.prisoner_context or triggers.mentions_talks(text)
        self.people = places.find_people(text)  # "Gusev" of "Governor Alexander Gusev" is no town
        self.history: list[Place] = []  # every resolved place, any role, in reading order
        self.location_places: list[Place] = []  # places used as locations
        self.reported_places: list[Place] = []  # the places of sentences that reported an event
        self.reported_cities: list[Place] = []  # those of them that are cities
        # cities whose own office heads the text in a line reporting nothing ("Posts by Oleksandr Vilkul, head
        # of the Kryvyi Rih city Defence Council"): what it is about before it reports a city
        self.office_cities: list[tuple[int, Place]] = []  # with the paragraph naming them
        self.described_as: dict[str, str] = {}  # place key -> "village", "town"... as the text called it
        self.described_in: dict[str, int] = {}  # place key -> the paragraph that called it so
        self.named_in: dict[str, int] = {}  # place key -> the last paragraph that named it as a location
        self.located_cities: Counter[str] = Counter()  # city key -> how often the text named it as a location
        self.cities_named: dict[str, Place] = {}  # city key -> the city
        # place key -> (paragraph, day) of a sentence that names the place and a day but reports nothing:
        # "Then, early on Thursday, it was the turn of Ukhta"; None for one that names no place: "On Monday,
        # the threat came from the air."
        self.introduced_on: dict[str | None, tuple[int, dates.DateMention]] = {}
        self.filed_from: frozenset[str] = frozenset()  # the keys of the places of datelines
        self.filed_in: Place | None = None  # the town of the first dateline, if a story is filed from one
        # places a correction says were wrong, with the index of its sentence: "did not hit Serhiivka"
        self.retracted: dict[str, int] = {}
        # places a newsroom says it had written wrongly, with their paragraph and sentence: withdrawn when
        # the correction names another place ("has since clarified that the substation is in Rozdilna")
        self.misreported: dict[str, tuple[int, int, Place]] = {}
        self.last_place: dict[str, tuple[int, Place]] = {}  # see _carried_as -> (paragraph, place)
        self.unattached = False  # the last place remembered was named in a sentence reporting nothing
        # the places a paragraph's opening label lists ("Zelenivka and Naddniprianske."): (paragraph, places)
        self.label_places: tuple[int, list[Place]] | None = None
        self.updating: int | None = None  # the paragraph updating a toll ("had risen to four")
        # group -> (paragraph, date, the place it dated)
        # (no date where a recalled happening was referred back to: "called the prisoner swap a measure")
        self.last_date: dict[str, tuple[int, dates.DateMention | None, Place | None]] = {}
        self.latest_date: dates.DateMention | None = None  # the last date given, for "later that evening"
        # the day of a strike recalled in a paragraph, which "that night" later in it means ("The previous
        # record attack came on the night of September 10 ... 144 drones that night"); not in the next one
        self.recalled_date: tuple[int, dates.DateMention] | None = None
        self.section_date: dates.DateMention | None = None  # of a heading such as "Monday: a massive strike"
        self.section_region: Place | None = None  # of a heading such as "ZAPORIZHZHIA REGION"
        # of a label opening a paragraph ("Ivano-Frankivsk region. Governor ... over the region"): (paragraph,
        # region)
        self.labelled_region: tuple[int, Place] | None = None
        self.heading_place: Place | None = None  # the one place the latest heading or headline names
        self.summary_date: dates.DateMention | None = None  # "Over the past day, 18 August": undated items
        self.summary_hour = 0  # the hour the summary's day starts at ("from 08:00 on 17 May")
        self.summary_items_only = False  # the day dates only the summary's "Kupiansk: ..." items
        self.item_dated = False  # the section's day is a numbered item's ("2. 1 September, Sloviansk.")
        # of a lead-in such as "the following communities came under fire on Monday:", for the undated items
        # listed after it, and the paragraph of the lead-in
        self.list_date: dates.DateMention | None = None
        self.list_paragraph = -1
        self.downed_list: int | None = None  # the paragraph of "destroyed 95 UAVs:", or of its last item
        self.shared_out: set[str] = set()  # places given a share of a total downed: "13 over Kursk region"
        self.headline_date: dates.DateMention | None = None  # the one recent day the headline reports on
        # (year, month) of a heading such as "Incidents documented in May": reported however long ago
        self.covered_months: set[tuple[int, int]] = set()
        # under "Casualties by region (October 2025)": "Donetsk: 74 killed, 241 injured" is the month's sum
        self.month_tallied = False
        self.exchange_paragraphs: set[int] = set()
        self.last_unit: str | None = None
        self.mentions: list[Mention] = []
        self.paragraph_start: dict[int, int] = {}
        self.datelines: dict[int, int] = {}
        self.governed: dict[int, Place | None] = {}  # paragraph -> the region of the governor it names
        self.national_scope: tuple[str, str] | None = None  # (country, as written) of "Ukraine's air force"
        self.speaking_country: Place | None = None  # a country the sentence quotes: "Russia says ..."
        self.national_body: tuple[str, str] | None = None  # the last one named, for "the ministry said"
        self.national_body_paragraph = -1  # where it was named: it speaks on through its paragraph
        self.national_body_kind = ""  # its last word, lower-cased: "ministry", "force", "staff"

    # -- places ---------------------------------------------------------------------------------
    def _context_country(
        self, sentence_places: list[Place], excluding: Set[str | None] = frozenset()
    ) -> str | None:
        """Return the country of the place named last, here or just before, that is not one ``excluding``."""
        for place in reversed(sentence_places + self.history[-8:]):
            if place.country_code and place.country_code not in excluding:
                return place.country_code
        return None

    def _national_country(self) -> Place | None:
        """Return the country whose national body ("Ukraine's air force") the sentence quotes, if one."""
        if self.national_scope is None:
            return None
        code, written = self.national_scope
        return self.locator.country(code, written=written)

    def _country_tally(self, sentence_places: list[Place]) -> Counter[str | None]:
        """Count the places named so far, and those of the sentence, by country, in order of first naming."""
        return Counter(place.country_code for place in (*self.history, *sentence_places))

    def _countries_by_mentions(self, sentence_places: list[Place], excluding: str | None) -> list[str]:
        """Return the countries the places named so far lie in, most named first (first named on a tie)."""
        tally = self._country_tally(sentence_places)
        tally.pop(excluding, None)
        return [code for code, _ in tally.most_common() if code is not None]

    def _defended_countries(self, sentence: Sentence, sentence_places: list[Place]) -> list[str]:
        """Return the countries the article's places lie in, most named first, but for the attacker.

        "Russia launched 85 drones ..., the Air Force said" after reports on Belgorod and Kursk: the air force
        of the country attacked, not of Russia.
        """
        attackers = {
            vague.country_code_for(match.group("country"))
            for match in _COUNTRY_ATTACKS.finditer(self.text, sentence.start, sentence.end)
        }
        countries = self._countries_by_mentions(sentence_places, excluding=None)
        return [code for code in countries if code not in attackers]

    def _referent(
        self, kind: str, named: list[Place], paragraph: int, *, country: str | None = None
    ) -> Place | None:
        """Return the place "the city", "the region"... refers to among the places ``named`` before it.

        ``paragraph`` is the anaphor's: a town introduced in it ("Ukhta, an oil town") is also "the city".
        ``country`` is the one the anaphor names ("the Russian capital"), if any.
        """
        if kind in ("city", "town", "village"):
            described = [p for p in named if self.described_as.get(p.key) in _CALLED[kind]]
            if not described and kind in _INTERCHANGEABLE:
                described = [
                    p
                    for p in named
                    if self.described_as.get(p.key) == _INTERCHANGEABLE[kind]
                    and self.described_in.get(p.key) == paragraph
                ]
            # "Lyubymivka was shelled again overnight ... the village school was damaged": a town the
            # paragraph names without calling it anything but a port ("the port of Feodosia ... in the town"),
            # before a village described in an earlier one
            here = [
                p
                for p in named
                if self.named_in.get(p.key) == paragraph
                and self.described_as.get(p.key) in _UNCALLED
                and (p.precision == Precision.CITY.value or p.named_site)
                and (kind == "city" or p.feature_code not in _MAJOR_CITY_CODES)
            ]
            # one the paragraph called so comes first, wherever the text's places are listed: "Klimovsky
            # district, village of Sachkovichi" after an earlier paragraph's "settlement of Belaya Berezka"
            described_here = [p for p in described if self.described_in.get(p.key) == paragraph]
            if described_here:
                return described_here[-1]
            if here:
                return here[-1]
            if described:  # "the village" after "the village of Hremiach in the Novhorod-Siverskyi district"
                return described[-1]
            wanted = {Precision.CITY.value, Precision.DISTRICT.value, Precision.POINT.value}
            # not a place the text called otherwise: "the town" is no "village of Petropavlivka"; nor is a
            # regional centre "the village" ("the village" after "the volunteers in Zaporizhzhia")
            named = [
                p
                for p in named
                if self.described_as.get(p.key) not in _UNLIKE[kind]
                and (kind != "village" or p.feature_code not in _MAJOR_CITY_CODES)
            ]
            if kind == "city":
                # "a truck belonging to the city's water utility" after "shelled Chornobaivka, north-west of
                # the city": the city, not the village named since
                reported_keys = {p.key for p in self.location_places}
                cities = [
                    p
                    for p in named
                    if p.key in reported_keys and (p.extra.get("population") or 0) >= _THE_CITY_MIN_POPULATION
                ]
                # "drone hits Kriukiv ..., 11 Shaheds downed over the city": Kremenchuk, named as its mayor's,
                # not its district
                named = cities or [p for p in named if p.precision == Precision.CITY.value] or named
        elif kind == "district":  # a city district, or a name written as one the city stands for
            districts = [p for p in named if is_district(p)]
            return districts[-1] if districts else None
        elif kind == "capital":
            # "Russia launched 120 drones at Ukraine. In the capital, ...": Kyiv, named or not; "the Russian
            # capital" is Moscow
            capitals = [
                p for p in named if p.feature_code == "PPLC" or self.described_as.get(p.key) == "capital"
            ]
            country = country or next((p.country_code for p in reversed(named) if p.country_code), None)
            if capitals or country is None:
                return capitals[-1] if capitals else None
            return self.locator.capital(country, written="the capital")
        elif kind == "regional capital":  # "an attack on the regional capital itself": Belgorod, not Moscow
            centres = [p for p in named if p.feature_code == "PPLA"]
            if centres:
                return centres[-1]
            # the centre of the region the paragraph names or whose governor it quotes ("Ivanovo region
            # governor ... said two drones had been shot down on the approach to the regional capital"), or
            # else of the one the text reports on
            # ("Zaporizhzhia region over the day ... Overnight the enemy attacked the regional centre")
            regions = [p for p in named if p.precision == _REGION]
            here = [p for p in regions if self.named_in.get(p.key) == paragraph]
            region = (
                (here[-1] if here else None)
                or self._governed_region(paragraph)
                or self._region_of_last(self.location_places)
                or (regions[-1] if regions else None)
            )
            if region is None:
                return self._referent("city", named, paragraph)
            # (a region the gazetteer knows no centre of, such as Kyiv Oblast, is not guessed at)
            return self.locator.regional_centre(region, written="the regional centre")
        elif kind == "country":
            wanted = {Precision.COUNTRY.value}
        else:
            wanted = {Precision.REGION.value}
        for place in reversed(named):
            # "the oblast" is a first-level region, not the raion ("Kupiansk district") named last
            if place.precision in wanted and not (kind in _REGION_KINDS and place.feature_code == "ADM2"):
                if kind in _REGION_KINDS and all(p.key != place.key for p in self.location_places):
                    # "three more drones over the oblast" after Lebedyn's strike: the region the article
                    # reports on, not "Russia's Kursk region" named only in a background sentence
                    reported = self._region_of_last(self.location_places)
                    if reported is not None:
                        return reported
                return place
        if kind in _REGION_KINDS:
            # "Air defences destroyed 19 drones over the region", after only its city was named
            return self._region_of_last(named)
        return None

    def _cities_reported_on(self, sentence: Sentence, sentence_places: Sequence[Place]) -> list[Place]:
        """Return the cities the text has reported on, or else the one whose office heads it.

        The office's city is what a district of a later paragraph naming no other place lies in
        ("Tsentralno-Miskyi district" under Kryvyi Rih's Defence Council's posts), not one of a sentence
        naming another city's governor ("struck the Kovpakivskyi district, Sumy's regional governor said") or
        of the paragraph where a mayor comments.
        """
        if self.reported_cities or not all(is_district(place) for place in sentence_places):
            return self.reported_cities
        return [place for paragraph, place in self.office_cities if paragraph < sentence.paragraph]

    def _unknown_city_district(
        self,
        mention: places.PlaceMention,
        written_with: Place | None,
        sentence: Sentence,
        sentence_places: Sequence[Place] = (),
    ) -> Place | None:
        """Return the city that holds a district the gazetteer does not know.

        That is the city written with it (``written_with``: "Kherson, Korabelnyi district"), or else the city
        the text reports on: "In the Osnovianskyi district the bomb hit the grounds of an industrial
        enterprise", in an article about Kharkiv, is Kharkiv, at city precision, saying why. Only a large city
        has such districts, and not one in another region than the sentence's other places ("a drone attack
        on Liski and the Liskinsky district" after a report on Oryol: Liski's rural district).
        """
        cities = self._cities_reported_on(sentence, sentence_places)
        city = written_with or (cities[-1] if cities else None)
        if city is None or not places.DISTRICT_FORM.fullmatch(mention.text):
            return None
        if written_with is None and any(p.admin1 and p.admin1 != city.admin1 for p in sentence_places):
            return None
        # (a city written with the district may be a regional centre whatever its listed population; the one
        # reported on must be large: "In the Velykooleksandrivskyi district" in an article about Kherson is
        # the rural district)
        if not _has_city_districts(city, centres=written_with is not None):
            return None
        how = "the city written with it" if written_with else "the city the text reports on, which holds it"
        reason = f"the gazetteer knows no {mention.text!r} in {city.name}; {how}: "
        return replace(city, written=mention.text, reason=reason + city.reason, named_site=mention.text)

    def _salient_cities(self) -> list[Place]:
        """Return the cities the text names as places, twice or more, and more often than the last reported.

        "The week in Kyiv ... day of mourning in Kyiv", then a strike on Bila Tserkva and "in the Obolonskyi
        district": the district is Kyiv's, the city the text is about (not a Kyiv dateline or "officials in
        Kyiv said" in a story on Kharkiv's Shevchenkivskyi district: where speakers are).
        """
        named = self.located_cities
        last = self.reported_cities[-1].key if self.reported_cities else None
        least = max(named[last] if last is not None else 0, 1)
        return [self.cities_named[key] for key, count in named.items() if count > least]

    def _districts_with_cities(self, mentions: list[places.PlaceMention]) -> dict[int, tuple[int, Place]]:
        """Map each district written with the city it lies in to that city's mention and place.

        "07:35 - Kherson, Korabelnyi district." and "the Oleksandrivskyi district of Zaporizhzhia": a city
        with districts, and a district of it the gazetteer may not know; not "Kamianske, Vasylivka district",
        a village in the rural district that holds it.
        """
        found: dict[int, tuple[int, Place]] = {}
        for index in range(len(mentions) - 1):
            first, second = mentions[index], mentions[index + 1]
            between = self.text[first.end : second.start]
            if between == ", " and places.DISTRICT_FORM.fullmatch(second.text):
                city_index, district_index = index, index + 1
                within = self._resolve_within(first, second)
                if within is not None and not within.named_site:
                    continue  # a town the district holds
            elif _OF_CITY.fullmatch(between) and places.DISTRICT_FORM.fullmatch(first.text):
                city_index, district_index = index + 1, index
            else:
                continue
            city = self.locator.resolve(mentions[city_index].query, written=mentions[city_index].text)
            if city is not None and city.precision == _CITY and _has_city_districts(city):
                found[district_index] = (city_index, city)
        return found

    def _region_of_last(self, places: list[Place]) -> Place | None:
        """Return the region of the last of ``places`` that lies in one, its reason saying so."""
        town = next((p for p in reversed(places) if p.precision in _IN_A_REGION and p.admin1), None)
        region = self._region_of(town) if town is not None else None
        if region is None or town is None:
            return None
        return replace(region, reason=f"the region of {town.name}: {region.reason}")

    def _governed_region(self, paragraph: int) -> Place | None:
        """Return the region whose governor the paragraph names ("Voronezh Region Governor"), if one."""
        if paragraph not in self.governed:
            start = self.paragraph_start[paragraph]
            end = self.paragraph_start.get(paragraph + 1, len(self.text))
            found = _GOVERNOR_OF.finditer(self.text, start, end)
            names = {match.group("name") or match.group("name2") for match in found}
            region = self.locator.resolve(f"{names.pop()} region") if len(names) == 1 else None
            self.governed[paragraph] = region if region is not None and region.precision == _REGION else None
        return self.governed[paragraph]

    def _region_of(self, place: Place) -> Place | None:
        """Return the first-level region a town or district lies in, or None."""
        if not place.admin1:
            return None
        region = self.locator.resolve(place.admin1, written=place.admin1)
        if region is None or region.precision != _REGION or region.country_code != place.country_code:
            return None
        return region

    def _is_region(self, mention: places.PlaceMention) -> bool:
        """Return True if a mention names a first-level region ("Crimea", "Tatarstan")."""
        place = self.locator.resolve(mention.query, written=mention.text)
        return place is not None and place.precision == _REGION

    def locations(self, sentence: Sentence, *, handover: bool = False, reports: bool = True) -> list[Located]:
        """Return the places the sentence names or refers to, in reading order.

        ``handover``: the sentence reports only exchanges, so "on the border with Belarus" is Ukraine's side.
        ``reports``: the sentence reports an event; one that reports nothing may be a byline whose office
        names the city the text is about.
        """
        text, start, end = self.text, sentence.start, sentence.end
        dateline = self.datelines.get(sentence.paragraph)
        if dateline is None:
            dateline = self.datelines[sentence.paragraph] = places.dateline_end(
                text, self.paragraph_start[sentence.paragraph]
            )
        second_line = text[start - 1 : start] == "\n" and "\n" not in text[: start - 1]
        if sentence.paragraph == 0 and start > dateline and second_line:
            # a dateline on the line under the headline, no blank line between: "KYIV, July 14 (Reuters) -",
            # with its day or agency (not a digest's "Hulyaypole - 3 artillery strikes")
            line_dateline = places.dateline_end(text, start)
            if _DAY_OR_AGENCY.search(text, start, line_dateline):
                dateline = max(dateline, line_dateline)
        found: list[Located] = []
        containers: list[Located] = []  # "Kharkiv" in "Kharkiv's Kyivskyi district"
        sentence_places: list[Place] = []
        named_before = len(self.history)  # what an anaphor of this sentence may refer to: named before it
        named_here: list[tuple[int, Place]] = []
        self.national_scope = None
        self.speaking_country = None
        mentions = places.find_place_mentions(
            text,
            start=start,
            end=end,
            dateline_until=dateline,
            known=self.locator.knows,
            people=self.people,
        )
        holders = _holders(text, mentions, self._is_region)
        held_by: set[int] = set()  # mentions that only say where the town before them lies
        district_cities = self._districts_with_cities(mentions) if len(mentions) > 1 else {}
        holding_cities = {city_index: city for city_index, city in district_cities.values()}
        for index, mention in enumerate(mentions):
            if mention.role is _REFERENCE:
                continue
            if mention.role is places.Role.RETRACTED or mention.role is places.Role.MISREPORTED:
                wrong = self.locator.resolve(mention.query, written=mention.text)
                if wrong is not None and wrong.precision != _COUNTRY:
                    if mention.role is places.Role.RETRACTED:
                        self.retracted[wrong.key] = sentence.index
                    else:
                        self.misreported[wrong.key] = (sentence.paragraph, sentence.index, wrong)
                        # until the correction names another place, what it goes on to tell is there:
                        # "... said the strike on Odesa killed three. It killed two."
                        self.last_place["violent"] = (sentence.paragraph, wrong)
                continue
            holder, distance = holders.get(index, (None, None))
            if index in held_by:
                # "Borova in Kharkiv Oblast", "Mykolaivka outside Sumy", "Maslova Pristan in the Shebekino
                # district of the Belgorod Region": where the town lies, not another place
                if holder is not None:
                    held_by.add(holder)
                continue
            district_city = holding_cities.get(index)
            place = None
            if holder is not None and district_city is None:
                if distance is not None:
                    place = self._resolve_near(mention, mentions[holder], distance)
                else:
                    place = self._resolve_within(mention, mentions[holder])
            if district_city is not None:
                place = district_city  # "Kherson" of "Kherson, Korabelnyi district": where the district lies
            elif place is not None and holder is not None:
                held_by.add(holder)
                self.held_in[mention.query] = place
            elif mention.query in self.held_in:
                # "Kamianske, Vasylivka district: ..." and later "the toll in Kamianske has risen": that one
                place = replace(self.held_in[mention.query], written=mention.text)
            else:
                place = self.locator.resolve(mention.query, written=mention.text)
            written_with = district_cities[index][1] if index in district_cities else None
            if written_with is not None and (place is None or place.admin1 != written_with.admin1):
                place = self._unknown_city_district(mention, written_with, sentence)  # Kherson's, not Kyiv's
            elif place is None and mention.role is _LOCATION:
                place = self._unknown_city_district(mention, None, sentence, sentence_places)
            elif place is not None and place.feature_code == _CITY_SECTION and mention.role is _LOCATION:
                # "Kyivskyi district: ... an energy facility was damaged" in a report on Odesa: Odesa's, not
                # the section of Donetsk the gazetteer knows by that name, in a region the text never named
                own = self._unknown_city_district(mention, None, sentence, sentence_places)
                elsewhere = own is not None and own.admin1 != place.admin1
                if elsewhere and not any(p.admin1 == place.admin1 for p in self.history):
                    place = own
            if mention.site and place is not None and place.precision == _CITY:
                reason = f"the text puts an unnamed {mention.site} near {place.name}; {place.reason}"
                place = replace(place, unnamed_site=mention.site, reason=reason)
            if place is None or (place.extra.get("common_word") and not mention.locative):
                continue  # "Major", "Back": English words that are also names of small places
            self.history.append(place)
            sentence_places.append(place)
            if (
                mention.role is not places.Role.SPEAKER
                or _JURISDICTION_BEFORE.search(text, max(start, mention.start - 30), mention.start)
            ) and (place.precision != _COUNTRY or places.is_country_locative(text, mention.start, start)):
                # "Russia launched 318 drones at the country", '"the Kyiv regime" had attacked the town': a
                # country or a capital named as a party is not referred to; the city of "the governor of
                # Sevastopol said ... the city's bay" is
                named_here.append((mention.start, place))
            if mention.kind:
                self.described_as[place.key] = mention.kind
                self.described_in[place.key] = sentence.paragraph
            if mention.role is places.Role.DATELINE:
                self.filed_from |= {place.key}
                if self.filed_in is None and _reports_from(place):
                    self.filed_in = place
            if (
                mention.role is places.Role.OFFICE
                and place.precision == _CITY
                and sentence.paragraph <= _HEADER_PARAGRAPHS
                and _CITY_OFFICE_AFTER.match(text, mention.end)
                and not reports
            ):
                # a byline's, not a sentence reporting ("Kharkiv mayor Ihor Terekhov said ... struck the
                # Kovpakivskyi district", of Sumy)
                self.office_cities.append((sentence.paragraph, place))
            if mention.role is not _LOCATION or district_city is not None:
                if mention.role is places.Role.CONTAINER or district_city is not None:
                    containers.append(Located(place, mention.start, mention.end, "sentence"))
                if place.precision == _COUNTRY and mention.role is places.Role.SPEAKER:
                    if _SAYS_AFTER.match(text, mention.end):
                        self.speaking_country = place  # "Russia says 63 drones downed"
                if place.precision == _COUNTRY and mention.role in _INSTITUTION_ROLES:
                    self.national_scope = (place.country_code or "", mention.text)
                    body = _BODY_KIND_AFTER.match(text, mention.end, mention.end + 40)
                    if body is not None:
                        self.national_body = self.national_scope
                        self.national_body_kind = body.group().split()[-1].lower()
                        self.national_body_paragraph = sentence.paragraph
                continue
            if place.precision == _COUNTRY and not places.is_country_locative(text, mention.start, start):
                continue  # "Russia and Ukraine exchanged": parties, not where it happened
            if place.feature_code == "PPLC" and (
                _BETWEEN_CAPITALS.search(text, max(start, mention.start - 40), mention.start)
                or _CAPITALS_OWN.match(text, mention.end)
            ):
                # "nothing else between Kyiv and Moscow has worked", "one of Kyiv's deepest strikes inside
                # Russia": the governments
                continue
            found.append(Located(place, mention.start, mention.end, "sentence"))
            self.named_in[place.key] = sentence.paragraph
            if place.precision == _CITY:
                self.located_cities[place.key] += 1
                self.cities_named[place.key] = place
        if sentence_places:
            self.quotations.discard(sentence.paragraph)
        placed = self.placed_in.setdefault(sentence.paragraph, [])
        placed.extend((sentence.index, item.place) for item in found)
        if self.misreported:
            self._confirm_misreported(sentence, found)
        labelled = self.labelled_region
        if labelled is not None and any(
            item.place.precision == _REGION and item.place.key != labelled[1].key for item in found
        ):
            self.labelled_region = None  # "Kharkiv region. ... In the Sumy region, ... over the region"
        if (
            self.national_scope is None
            and not sentence.words.isdisjoint(_BODY_WORDS)
            and not sentence.words.isdisjoint(_DEMONYMS)
            and (body := _DEMONYM_BODY.search(text, start, end)) is not None
        ):
            # "The Ukrainian Air Force reported that Russian forces launched 127 drones"
            code = vague.country_code_for(body.group("demonym")) or ""
            self.national_scope = self.national_body = (code, body.group("demonym"))
            self.national_body_kind = body.group().split()[-1].lower()
            self.national_body_paragraph = sentence.paragraph
        if (
            self.national_scope is None
            and self.national_body is not None
            and not sentence.words.isdisjoint(_BODY_WORDS)
            and (referred := _BODY_REFERRED_TO.search(text, start, end)) is not None
            and referred.group().split()[-1].lower() == self.national_body_kind
        ):
            # "..., the ministry said" after "Russia's Defence Ministry reported"
            self.national_scope = self.national_body
        if (
            self.national_scope is None
            and self.national_body is None
            and not sentence.words.isdisjoint(_ARMED_BODY_WORDS)
            and (referred := _BODY_REFERRED_TO.search(text, start, end)) is not None
            and referred.group().split()[-1].lower() in _ARMED_BODY_WORDS
            and (countries := self._defended_countries(sentence, sentence_places))
        ):
            # "Russia launched 470 drones ... the Air Force said" in an article about Ukraine: its air force
            self.national_scope = (countries[0], referred.group())
        for area in vague.find_vague_areas(text, start=start, end=end, words=sentence.words):
            place = self._vague_place(area, sentence, sentence_places, handover=handover)
            if place is None:
                continue
            found = [f for f in found if not (area.start <= f.start < area.end)]
            side = place.country_code
            named_in_country = any(
                f.place.country_code == side and f.place.precision != _COUNTRY for f in found
            )
            if area.kind == "border_area" and named_in_country:
                continue  # "on Ukraine's border with Belarus in Kyiv Oblast": the place named says where
            found.append(Located(place, area.start, area.end, "sentence"))
        for anaphor in places.find_anaphors(text, start=start, end=end, words=sentence.words):
            if any(_NEAR_ANAPHOR.fullmatch(text, item.end, anaphor.start) for item in found):
                continue  # "in the village of Petropavlivka near the town": where the village lies
            if _HOME_TO_BEFORE.search(text, max(start, anaphor.start - 20), anaphor.start):
                continue  # "Boryspil, home to the capital's main airport": whose airport it is
            # the latest place of the kind: this sentence's before the anaphor, else of a sentence that
            # reported something (not a family's trip to Lviv), else any named before
            # a dateline's city ("MOSCOW, February 4. /TASS/.") is where the story was filed: the city it
            # refers to once other places have been reported
            filed = self.filed_from if self.reported_places else frozenset()
            # "the country" is one where something was reported, not every country named as a party
            earlier = () if anaphor.kind == "country" else self.history[:named_before]
            named = [
                *(p for p in earlier if p.key not in filed),
                *self.reported_places,
                *(p for at, p in named_here if at < anaphor.start),
            ]
            if anaphor.role is places.Role.CONTAINER:
                # "the Kievsky district of the city": the city holding the district, not what its name matched
                named = [p for p in named if not is_district(p)]
            # '"... 26 UAVs over the territory of the region," Voronezh Region Governor Gusev wrote': the
            # region of the governor the paragraph quotes, even when named after the quote
            governed = self._governed_region(sentence.paragraph) if anaphor.kind in _REGION_KINDS else None
            labelled = self.labelled_region
            if labelled is not None and labelled[0] == sentence.paragraph:
                headed = labelled[1] if anaphor.kind in _REGION_KINDS else None
            else:
                headed = self.section_region if anaphor.kind in _REGION_KINDS else None
            side = vague.country_code_for(anaphor.text.split()[1]) if anaphor.text.count(" ") > 1 else None
            if side is None and anaphor.kind == "country" and self.national_scope is not None:
                # "Ukraine's air force said Russia launched 96 drones at the country": its own
                side = self.national_scope[0]
            if side is not None:
                # "the Ukrainian port city" is no Russian one named last
                named = [p for p in named if p.country_code == side]
            # "Sevastopol's governor said four drones had been shot down over the city": the city the sentence
            # names, before a town an earlier one called so
            cities_here = [
                p
                for at, p in named_here
                if at < anaphor.start
                and p.precision == _CITY
                and (side is None or p.country_code == side)
                and text.startswith(("'s ", "’s "), at + len(p.written))  # not "Officials in Odesa said"
            ]
            named_city = cities_here[-1] if anaphor.kind == "city" and cities_here else None
            referent = governed or headed or named_city
            referent = referent or self._referent(anaphor.kind, named, sentence.paragraph, country=side)
            if referent is None:
                continue
            if anaphor.role is places.Role.CONTAINER:  # "the city's Shevchenkivskyi district"
                containers.append(Located(referent, anaphor.start, anaphor.end, "anaphor"))
            if anaphor.role is places.Role.LOCATION or anaphor.role is places.Role.CONTAINER:
                # the city of "the city's historic centre" is where it happened, as is its district's
                if referent is governed:
                    how = "whose governor the paragraph names"
                elif referent is headed:
                    how = "named by the heading or label of its section"
                elif all(p.key != referent.key for p in named):
                    how = "the capital of the country of the place named last"
                else:
                    how = "named earlier"
                reason = f"'{anaphor.text}' refers to {referent.name}, {how}; {referent.reason}"
                located = replace(referent, written=anaphor.text, reason=reason)
                # "In Sevastopol, ... an attack on the city": named in this sentence, so nothing else of an
                # earlier paragraph (its date) comes with it
                origin = "sentence" if any(p.key == referent.key for p in sentence_places) else "anaphor"
                found.append(Located(located, anaphor.start, anaphor.end, origin))
        if containers:
            found.extend(unknown_districts(text, containers, found))
        found.sort(key=lambda f: f.start)
        # "Lviv region. ... an energy facility in the Sheptytskyi district": the paragraph says where it lies
        placed = self.placed_in.get(sentence.paragraph, [])
        known = [*self.reported_places, *(place for index, place in placed if index < sentence.index)]
        named = self._salient_cities() if any(is_district(item.place) for item in found) else []
        cities = self._cities_reported_on(sentence, sentence_places)
        settled = settle_districts(found, containers, cities, known, named)
        for item in settled:
            district = _DISTRICT_OF_CITY.fullmatch(item.place.written)
            if district is not None and item.place.precision == _CITY:
                # "the neighbouring Shevchenkivskyi district" of Dnipro, then "two were killed in
                # Shevchenkivskyi": the same district of the same city, not Kyiv's
                self.held_in.setdefault(district.group("name"), item.place)
        return settled

    def _confirm_misreported(self, sentence: Sentence, found: list[Located]) -> None:
        """Withdraw a place written in error once its paragraph goes on to name another place.

        "we wrote that the drone struck a facility in Berezivka district. ... the substation which was hit
        is in the town of Rozdilna" corrects the place; "said that the drone hit a hospital in Zvenyhorodka.
        The drone hit a school building" corrects only what was hit, and "It killed two, the Odesa region
        governor said" a figure: the region holding the place is not another place.
        """
        for key, (paragraph, index, wrong) in list(self.misreported.items()):
            if paragraph != sentence.paragraph:
                del self.misreported[key]
            elif any(not (_encloses(item.place, wrong) or _encloses(wrong, item.place)) for item in found):
                self.retracted[key] = index
                del self.misreported[key]

    def _resolve_within(self, mention: places.PlaceMention, region: places.PlaceMention) -> Place | None:
        """Resolve a town named with its region ("Borova in Kharkiv Oblast"), or None if it is not there.

        A rural district the gazetteer knows only by the town it is named after ("Mytiaieve in the Saky
        district": Saky) holds the village too. A town the gazetteer does not know in the region or district
        said to hold it is placed on that area, with a coarse precision.
        """
        area = self.locator.resolve(region.query, written=region.text)
        kind_word = region.query.rsplit(" ", 1)[-1].lower()  # "Kharkiv region", or "Crimea" without one
        raion = kind_word in _RAION_WORDS
        if area is None or not (area.precision == _REGION or (raion and area.precision == _CITY)):
            return None
        place = self.locator.resolve(mention.query, written=mention.text, within=region.query)
        if place is not None and place.admin1 == area.admin1 and place.country_code == area.country_code:
            return place
        # "Kamianka in the Kharkiv region" when the gazetteer knows a town Kamianka only elsewhere: the region
        # the text puts it in (or the one holding the district it puts it in), not a namesake in another one
        holding = area if area.precision == _REGION else self._region_of(area)
        if holding is None or place is None or place.precision not in (_CITY, _DISTRICT):
            return None
        if holding.geometry.distance(place.geometry) < _ADJOINING_DEGREES:
            return place  # "Kyiv and Bila Tserkva in the Kyiv region": a city of its own inside the region
        named = f"the {region.text}" if kind_word in _HOLDING_WORDS else region.text
        reason = f"the gazetteer has no {mention.text!r} in {named}; placed on the region: "
        reason += holding.reason
        return replace(holding, written=mention.text, reason=reason, named_site=mention.text)

    def _resolve_near(
        self, mention: places.PlaceMention, town: places.PlaceMention, distance: _Distance
    ) -> Place | None:
        """Resolve a place said to lie ``distance`` from a town ("Mykolaivka outside Sumy").

        The namesake nearest the town, if one lies about that near; at a distance the text writes, the best
        one lying about that far, the way it says ("Ryazan, about 200 km south-east of Moscow", not Moscow's
        Ryazansky district). Otherwise, when the town is near enough to stand for it, the town, with the
        place's name and a reason: never a namesake far away. None when either is no settlement, or the
        place lies too far from the town to be put there.
        """
        anchor = self.locator.resolve(town.query, written=town.text)
        if anchor is None or anchor.precision not in _IN_A_REGION:
            return None
        named = self.locator.answer_without_context(mention.query)
        if named is None or (named.raw or {}).get("precision") not in _IN_A_REGION:
            return None  # "on Ukraine's border with Belarus near Kharkiv": a country is no town near one
        within = distance.km * _DISTANCE_SLACK + _NEAR_SLACK_KM
        beyond = distance.km / _DISTANCE_SLACK - _NEAR_SLACK_KM if distance.written else None
        place = self.locator.resolve_near(
            mention.query,
            anchor,
            written=mention.text,
            within_km=within,
            beyond_km=beyond,
            bearing=distance.bearing,
        )
        if place is not None or distance.km > _NEAR_KM:
            return place  # "Kovrov, 250 km east of Moscow": not at Moscow
        reason = f"the gazetteer has no {mention.text!r} near {town.text}; placed at {anchor.name}: "
        return replace(
            anchor,
            written=mention.text,
            precision=_CITY,
            reason=reason + anchor.reason,
            named_site=mention.text,
        )

    def _vague_place(
        self,
        area: vague.VagueArea,
        sentence: Sentence,
        sentence_places: list[Place],
        *,
        handover: bool = False,
    ) -> Place | None:
        written, paragraph = area.text, sentence.paragraph
        if area.kind == "border_area":
            side = area.country_code
            if area.either_side:
                side, other = self._nearer_side(area.country_code or "", area.other_country_code or "")
                return self.locator.border_area(side, other, written=written)
            other = area.other_country_code or ""
            if side is not None:
                return None if side == other else self.locator.border_area(side, other, written=written)
            # "near the border with Belarus": the side the article is about, not Belarus, and one bordering it
            # (not Saudi Arabia, whose capital hosted the talks); for an exchange, the side swaps are made on
            sides = self._countries_by_mentions(sentence_places, excluding=other)
            for side in ([_HANDOVER_COUNTRY] if handover and other != _HANDOVER_COUNTRY else []) + sides:
                place = self.locator.border_area(side, other, written=written)
                if place is not None:
                    return place
            return None
        # "Ukraine's Air Force: overnight Russia attacked with 93 drones. Air defence shot down 68 of them
        # across the country": the country of the body speaking in the paragraph, not the attacker's
        body = self.national_body if self.national_body_paragraph == paragraph else None
        # ("Across the country, Russia launched 103 drones": the country attacked, not the attacker)
        country = area.country_code or (body[0] if body else None)
        if country is None:
            attackers = {
                vague.country_code_for(match.group("country"))
                for match in _COUNTRY_ATTACKS.finditer(self.text, sentence.start, sentence.end)
            }
            country = self._context_country(sentence_places, excluding=attackers)
        if country is None:
            return None
        place = self.locator.country(country, written=written)
        return replace(place, unnamed_site=area.site) if place is not None and area.site else place

    def _nearer_side(self, first: str, second: str) -> tuple[str, str]:
        """Return (side, neighbour) of a border named by both countries: the side the article is about.

        That is the country more of the article's places lie in so far; the first one written on a tie.
        """
        tally = self._country_tally([])
        return (second, first) if tally[second] > tally[first] else (first, second)

    def _listed_downings(self, sentence: Sentence, found: list[triggers.Trigger]) -> list[triggers.Trigger]:
        """Return the sentence's triggers, or an interception for an item of a list of downings.

        "air defence systems destroyed 95 UAVs:" then "- 31 UAVs over the territory of the Bryansk region;
        - 18 UAVs over the territory of the Oryol region": each item tells where a share was downed.
        """
        text, start, end = self.text, sentence.start, sentence.end
        listed = self.downed_list is not None and sentence.paragraph - self.downed_list in (0, 1)
        # ("- 31 UAVs over the Bryansk region;", and "41 - over the territory of the Bryansk Region,")
        item = text[start] in _BULLETS or _COUNT_OVER.match(text, start, end) is not None
        if not found and listed and item and find_counts(text, start=start, end=end):
            # (not "- Belgorod district (Dubovoye, Razumnoye);" after "damage was recorded in:")
            self.downed_list = sentence.paragraph
            return [triggers.Trigger(_INTERCEPTION, start, start + 1, text[start], listed=True)]
        lead_in = text[end - 1] == ":" and any(t.event_type is _INTERCEPTION for t in found)
        self.downed_list = sentence.paragraph if lead_in else None
        return found

    # -- one sentence -----------------------------------------------------------------------------
    def read(self, sentence: Sentence) -> None:
        text, start, end = self.text, sentence.start, sentence.end
        words = sentence.words
        if self.list_date is not None and start == self.paragraph_start[sentence.paragraph]:
            # "- 4 Kh-101 cruise missiles", "Koriukivka district. The Snovsk community was shelled"
            listed = text[start] in _BULLETS or len(words) <= _LABEL_WORDS
            if sentence.paragraph > self.list_paragraph and not listed:
                self.list_date = None  # "Separately, in Sumy a drone hit a house": the list is over
        if self.item_dated and start == self.paragraph_start[sentence.paragraph]:
            numbered = _ITEM_NUMBER.match(text, start)
            if numbered is None or numbered.end() == start:
                # a paragraph that is no numbered item ends the items: what it tells counts from publication
                self.section_date, self.item_dated = None, False
        heading = self._is_heading(sentence)
        if heading or self._is_date_line(sentence):
            self._read_heading(sentence)
        summary_day = _PAST_DAY_NAMED.match(text, start, end)
        if summary_day is not None:
            self._read_summary_day(sentence, summary_day)
        found = triggers.find_triggers(
            text,
            start=start,
            end=end,
            prisoner_context=self.prisoner_context,
            talks_context=self.talks_context,
            exchange_context=sentence.paragraph in self.exchange_paragraphs
            or sentence.paragraph - 1 in self.exchange_paragraphs,
            words=words,
        )
        found = self._listed_downings(sentence, found)
        if self.prisoner_context and found:
            found = _swaps_told_once(text, found)
        if start == self.paragraph_start[sentence.paragraph] and text[start] in places.OPENING_QUOTES:
            self.quotations.add(sentence.paragraph)
        if found and not words.isdisjoint(_WRITTEN_WORDS):
            # "An earlier version also said that 21 people were injured in Shpola": not reported here
            found = [t for t in found if not places.written_in_error(text, start, t.start)]
        section_heading = heading and sentence.paragraph > 0
        if section_heading:
            # "ZAPORIZHZHIA REGION" over a digest's section: "the region" of the section is that one
            self.section_region = None  # (and "NATIONWIDE" ends the one before)
        # (also beside talks, held at no border: "swap prisoners on Belarus border after Abu Dhabi talks")
        handover = any(t.event_type is EventType.PRISONER_EXCHANGE for t in found) and all(
            t.event_type in _SWAP_OR_TALKS for t in found
        )
        located = self.locations(sentence, handover=handover, reports=bool(found))
        opens = start == self.paragraph_start[sentence.paragraph]
        labelled = not found and opens and len(words) <= _LABEL_WORDS
        if heading:
            # (a heading that reports strikes there: "Russian attacks on Dnipro this week", not "Istanbul
            # talks: a timeline")
            keys = {item.place.key for item in located}
            struck_here = any(t.event_type in _HAPPENINGS_AT_A_PLACE for t in found)
            self.heading_place = located[-1].place if len(keys) == 1 and struck_here else None
        if section_heading or labelled:
            regions = [item.place for item in located if item.place.precision == _REGION]
            if section_heading and not located and not _SIGN_OFF.match(text, start):
                # "CHERKASY REGIONAL MILITARY ADMINISTRATION - Ihor Taburets (07:05)" over its head's posts
                # (not "— Cherkasy Regional Military Administration" signing off the post above)
                office = _REGIONAL_OFFICE.search(text, start, end)
                governed = self.locator.resolve(f"{office.group('name')} region") if office else None
                regions = [governed] if governed is not None and governed.precision == _REGION else []
            region = regions[0] if len(regions) == 1 == len(located or regions) else None
            if section_heading:
                self.section_region = region
            elif region is not None:
                self.labelled_region = (sentence.paragraph, region)
        if found and not words.isdisjoint(_CAPTIVITY_WORDS):
            # "marines captured during the fighting for the Krynky bridgehead": where a captive was taken
            asides = _asides(text, sentence, _CAPTIVITY_ASIDE, found)
            located = [item for item in located if not any(a < item.start < b for a, b in asides)]
        has_numbers = not words.isdisjoint(COUNT_MARKERS) or _DIGIT.search(text, start, end) is not None
        numbers = find_counts(text, start=start, end=end, words=words) if has_numbers else []
        weapon_tallies: list[counts.Tally] = []
        if numbers or words & counts.DOWNED_WORDS:
            weapon_tallies = counts.weapon_tallies(
                text, start=start, end=end, previous_unit=self.last_unit, numbers=numbers, words=words
            )
        if len(weapon_tallies) > 1 and "\n" in sentence.text:
            placed = [item.start for item in located]
            weapon_tallies = counts.bulleted_sums(
                text, start=start, end=end, tallies=weapon_tallies, placed=placed
            )
        if weapon_tallies:
            # "80 drones and 6 missiles. Air defence destroyed 60 of them": of which, it does not say
            units = {tally.field for tally in weapon_tallies}
            self.last_unit = units.pop() if len(units) == 1 else None
        undated = words.isdisjoint(dates.CALENDAR_WORDS)
        if section_heading and found and not located and not numbers and undated and text[end - 1] != ":":
            # "Night attack" over a section (not a lead-in to items, "the consequences of the following
            # attacks:"): it names what the section tells, with its own place
            found = []
        struck = any(t.event_type is _ATTACK for t in found)
        if self.month_tallied and heading and found and undated and not struck:
            # "Donetsk: 74 killed, 241 injured" under "Casualties by region (October 2025)": a month's many
            # strikes summed, which the rows telling a day of it do not repeat (not "Sumy: 3 killed in strike
            # on a bus" under "Notable strikes in October 2025": an incident)
            found = [t for t in found if t.event_type is not EventType.CASUALTIES]
        if not found:
            self._remember_unattached(sentence, located)
            return
        previous = self.latest_date
        if self.recalled_date is not None and self.recalled_date[0] == sentence.paragraph:
            previous = self.recalled_date[1]
        date_mentions = dates.find_dates(
            text, self.published, start=start, end=end, words=words, previous=previous
        )
        # under a dated heading ("Saturday: Quiet night") or after a row's own day ("Tue, Sept. 3 |
        # Nationwide | Overnight, Russia launched"), "overnight" is that day's night; a weekday ("On
        # Thursday morning") still counts from publication
        leading = date_mentions[0] if date_mentions else None
        opens_dated_item = (
            leading is not None
            and leading.date is not None
            and (start == self.paragraph_start[sentence.paragraph] or text[start - 1] == "\n")
            and (leading.start == start or _BULLET_LEAD.fullmatch(text, start, leading.start) is not None)
            and (
                _ITEM_DAY_AFTER.match(text, leading.end) is not None
                or (_ITEM_DATE_AFTER.match(text, leading.end) and _DIGIT.search(leading.text)) is not None
            )
        )
        if opens_dated_item:
            # "APRIL 7 - Ukraine's General Staff said ...", "- Feb. 5 - 150 for 150 through the UAE": a dated
            # item of a timeline or factbox, which the article reports however long ago, and whose "overnight"
            # is that day's night; a happening of its own, where no place of the items before it is carried
            # but the heading's ("Russian attacks on Dnipro this week" over "June 8 - Drones attacked")
            self.section_date = leading
            self.last_place.clear()
            if self.heading_place is not None:
                self.last_place["violent"] = (sentence.paragraph, self.heading_place)
        if (
            leading is not None
            and leading.date is not None
            and leading.precision == _DAY
            and len(date_mentions) > 1
            and _ROW_DAY_BEFORE.fullmatch(text, start, leading.start)
            and _ROW_DAY_AFTER.match(text, leading.end)
        ):
            if text[start] == "|":
                # a table's row: its date cell dates it, not the days its source cell gives ("| 2026-10-17 |
                # Bucha | Crater in a field | footage published on 20 October |")
                date_mentions = [leading]
            else:
                date_mentions = _counted_from(text, leading.end, end, words, leading.date, date_mentions)
        elif self.section_date is not None and self.section_date.date is not None and date_mentions:
            day = self.section_date.date
            # (not a sentence with its own calendar day: "Update, 20 November: This morning, a drone hit")
            own = [m for m in date_mentions if m.precision == _DAY and m.date != day]
            if not any(_DIGIT.search(m.text) for m in own):
                date_mentions = _counted_from(text, start, end, words, day, date_mentions, self.latest_date)
        if "who" in words or "which" in words or not words.isdisjoint(_CAPTIVITY_WORDS):
            date_mentions = _outside_asides(text, sentence, date_mentions, found)
        if self.published is not None and date_mentions:
            # "just days before the May 9 parade": a day still to come dates nothing the text reports
            published = self.published
            to_come = any(m.date is not None and m.date > published for m in date_mentions)
            date_mentions = [m for m in date_mentions if m.date is None or m.date <= published]
            if to_come and not date_mentions:
                # "delegations are due to meet in Istanbul next week for talks ... including prisoner
                # exchanges": a swap or talks the sentence dates only to days still to come are a plan (not
                # "the sides swapped 84 prisoners ahead of talks next week")
                found = [
                    t for t in found if t.event_type not in _SWAP_OR_TALKS or t.text.lower().endswith("ed")
                ]
                if not found:
                    self._remember_unattached(sentence, located)
                    return
            if sentence.paragraph == 0:
                # "Morning on the border, 4 November: drones cut power in Shostka": the issue's day, which
                # dates nothing the body does not date more closely
                date_mentions = [
                    m for m in date_mentions if m.date != published or not _LABEL_COLON.match(text, m.end)
                ]
        if date_mentions and date_mentions[0].start < self.datelines[sentence.paragraph]:
            # "KYIV, 6 April 2026 (Ukrinform) -", "July 17 (Reuters) -": when the story was filed
            date_mentions = [m for m in date_mentions if m.start >= self.datelines[sentence.paragraph]]
        if date_mentions:
            # "the following communities came under fire on Monday:" dates the list after it
            lead_in = text[end - 1] == ":" and date_mentions[0].date is not None
            listed_day = self.list_date.date if self.list_date is not None else None
            if lead_in:
                self.list_date, self.list_paragraph = date_mentions[0], sentence.paragraph
            elif any(m.date != listed_day for m in date_mentions):
                self.list_date = None  # (an item's "In the afternoon" is still the listed day's)
        elif text[end - 1] == ":" and (paragraph_day := self._paragraph_day(sentence.paragraph)) is not None:
            # "On 14 September, the Russian army continued to attack the region. ... the following attacks:"
            self.list_date, self.list_paragraph = paragraph_day, sentence.paragraph
        place_pool = _pools(found, located)
        date_pool = _pools(found, [m for m in date_mentions if m.precision != _BACKGROUND])
        for past in (m for m in date_mentions if m.precision == _BACKGROUND):
            for group_pool in (date_pool.setdefault(_group(t.event_type), []) for t in found):
                if past not in group_pool:
                    group_pool.append(past)  # a recalled year or month dates every report near it
        tallies = _assign_tallies(found, sentence, text, weapon_tallies, numbers)
        later_deaths = [given[_DIED_LATER] for given in tallies.values() if _DIED_LATER in given]
        sentence_weapons: list[tuple[int, Weapon]] = []
        if any(t.event_type is _ATTACK for t in found):
            sentence_weapons = weapons.find_weapons(text, start=start, end=end, words=words)
        claimed_by = attribution.find_claim_source(text, start=start, end=end, words=words)
        new_happening = not words.isdisjoint(_ANOTHER)
        update = not words.isdisjoint(counts.TOLL_UPDATE_WORDS) and counts.is_toll_update(
            text, start=start, end=end
        )
        restates = not words.isdisjoint(counts.RESTATED_TOLL_WORDS) and counts.is_toll_restated(
            text, start=start, end=end
        )
        if update:
            self.updating = sentence.paragraph
        elif self.updating == sentence.paragraph and not located and not weapon_tallies:
            # "...bringing the death toll to four. Fourteen people were wounded, he said." (not "Air defence
            # shot down 61 of the drones" after "the number of dead has risen": a count of weapons is no toll)
            update = True
        parties = attribution.find_parties(text, start=start, end=end, words=words)
        shares: list[tuple[Count, int]] = []
        if len(numbers) > 1 and any(t.event_type is _INTERCEPTION for t in found):
            shares = counts.shares_by_place(text, start=start, end=end, numbers=numbers)
        toll_shares: list[tuple[Count, int]] = []
        if len(numbers) > 2 and any(t.event_type is EventType.CASUALTIES for t in found):
            toll_shares = counts.toll_shares_by_place(text, start=start, end=end, numbers=numbers)
        reported_before = len(self.mentions)
        recalled_here = False
        for index, trigger in enumerate(found):
            if _CAME_AFTER.match(text, trigger.end, end):
                continue  # "Thursday's strikes came four days after a similar attack ...": the one reported
            group = _group(trigger.event_type)
            places_found, origin, in_sentence = self._places_for(trigger, sentence, place_pool.get(group, []))
            if not in_sentence and _SPOKEN_OF.search(text, max(start, trigger.start - 40), trigger.start):
                continue  # "The Bryansk authorities did not comment on the attack": one reported, if any
            first_place = places_found[0] if places_found else None
            refers_back = _refers_back(text, sentence, trigger)
            date_mention = self._date_for(
                trigger, sentence, date_pool.get(group, []), date_mentions, origin, first_place, refers_back
            )
            recalled = date_mention is not None and (
                date_mention.precision == _BACKGROUND
                or (self._long_ago(date_mention) and not self._dated_section(date_mention, sentence))
                or self._recapped(sentence, date_mention, first_place)
            )
            # "The previous exchange took place on July 24, ... under the agreements reached at the talks in
            # Istanbul": the talks the recalled swap followed are recalled too
            recalled = recalled or (recalled_here and refers_back and date_mention is None)
            if recalled:
                recalled_here = True
                # "In March 2024, a missile struck the port", "Kyiv last came under an attack of this scale on
                # Jan. 9": the article recalls the past, it does not report it
                self.last_date[group] = (sentence.paragraph, date_mention, None)
                # (not after a strike this paragraph reports: "Drones attacked Odesa on Sunday. It was the
                # worst attack since March 2 ... The next day, debris fell on a school in Izmail")
                latest = self.latest_date
                paragraph_start = self.paragraph_start[sentence.paragraph]
                reported_here = latest is not None and latest.start >= paragraph_start
                if date_mention is not None and date_mention.date is not None and not reported_here:
                    self.recalled_date = (sentence.paragraph, date_mention)
                continue
            # A count said of several places at once ("strikes on Kharkiv and Odesa kill five") cannot be
            # split between them: each place gets the event, none the count; a toll goes to the area that
            # holds them all, so it is not lost.
            counts_given = tallies.get(index, {})
            each = triggers.swapped_each(trigger)
            if each is not None:
                exact = CountQualifier.EXACT.value
                counts_given = {"prisoners": Count(each, exact, trigger.start, trigger.end)}
            speaker = self.speaking_country
            if speaker and not in_sentence and counts_given and trigger.event_type is _INTERCEPTION:
                # "Russia says 63 drones downed": downed over the country that counted them
                places_found, origin, in_sentence = [speaker], "national body", True
            shared = len(places_found) > 1
            targets: list[tuple[Place | None, dict[str, Count]]] = [
                (place, {} if shared else counts_given) for place in places_found
            ] or [(None, counts_given)]
            if shared and trigger.event_type is EventType.CASUALTIES and counts_given:
                area = self._area_holding(places_found)
                if area is not None:
                    targets = [(area, counts_given)]
            if trigger.event_type is _INTERCEPTION and shares:
                # the unit counted last before the shares: "three missiles and 51 drones, 13 of them over ..."
                first_share = shares[0][0]
                # (one whose total can hold the share: "51 drones and three missiles, 13 of them over ...")
                largest = max(count.value for count, _ in shares)
                before = [t for t in weapon_tallies if t.anchor < first_share.start]
                before = [t for t in before if t.count.value >= largest] or before
                unit = (before or weapon_tallies)[-1].field if weapon_tallies else self.last_unit or "drones"
                # unless the share names its own: "six missiles and 27 drones over Crimea, and 19 drones ..."
                unit = next((t.field for t in weapon_tallies if t.count.start == first_share.start), unit)
                # the total of "63 drones, including 24 over Smolensk Oblast" (or "51 drones, 13 of them over
                # the Saratov region") is the country's whose body gave it; "64 drones: 27 over the Krasnodar
                # region, ..." lists where all of them were downed
                part = counts.is_subset(text, start, first_share) or counts.is_part_of_them(
                    text, first_share, end
                )
                national = self._national_country() if part else None
                split = _split_total(text, located, shares, unit, counts_given, national)
                if split:
                    targets, origin, in_sentence = split, "sentence", True
                    self.shared_out |= {place.key for place, _ in split if place is not None}
            if trigger.event_type is EventType.CASUALTIES and toll_shares and len(counts_given) == 1:
                # "The number of injured has risen to 11: eight in the Darnytskyi district, and three ... in
                # the Holosiivskyi district": each district its share, and only a total they do not account
                # for to the area holding them
                ((field_name, total),) = counts_given.items()
                shared_out = sum(count.value for count, _ in toll_shares)
                # (not "Two people were injured: 40 homes in ... and 12 in ... were damaged")
                if total.start < toll_shares[0][0].start and shared_out <= total.value:
                    unshared = total if shared_out < total.value else None
                    given = {field_name: unshared} if unshared is not None else {}
                    split = _split_total(text, located, toll_shares, field_name, given)
                    if split:
                        targets, origin, in_sentence = split, "sentence", True
            if trigger.listed:  # an item of a list of downings: a share of the lead-in's total
                self.shared_out |= {place.key for place, _ in targets if place is not None}
            actor = attribution.find_actor(parties, trigger_start=trigger.start)
            dated = date_mention or self._reported_on(sentence)
            strike_day = dated is not None and (
                dated.text.endswith(_POSSESSIVE)
                or any(dated.start in range(death.start, death.end) for death in later_deaths)
            )
            kept = False
            for place, place_counts in targets:
                mention = Mention(
                    event_type=trigger.event_type,
                    sentence=sentence,
                    trigger_text=trigger.text,
                    place=place,
                    place_origin=origin,
                    date=dated.date if dated else self.published,
                    date_precision=dated.precision if dated else self.fallback_precision,
                    date_text=dated.text if dated else None,
                    date_night=dated.night if dated else False,
                    counts=place_counts,
                    weapons=_weapons_for(text, sentence, trigger, sentence_weapons)
                    if trigger.event_type is _ATTACK
                    else [],
                    actor=actor,
                    claimed_by=claimed_by,
                    weak=trigger.weak,
                    place_in_sentence=in_sentence,
                    new_happening=new_happening,
                    enemy_losses=_claims_enemy_losses(text, claimed_by, place, place_counts),
                    update=update,
                    refers_back=refers_back,
                    opens_item=self._new_item(sentence),
                    opens_dated_item=opens_dated_item,
                    strike_day=strike_day,
                    restates=restates,
                    share=place is not None and place.key in self.shared_out,
                )
                if not self._worth_keeping(mention):
                    continue
                kept = True
                self.mentions.append(mention)
                if place is not None:
                    self.last_place[_carried_as(trigger.event_type)] = (sentence.paragraph, place)
                    if in_sentence:
                        self.label_places = None  # "... a guided bomb hit a house in Izium": its own place
                    self.unattached = False
                    self.location_places.append(place)
            if not kept:
                continue
            if date_mention is not None:
                if not update:  # "By 9 a.m. on Jan. 22, the death toll had risen": when it was counted
                    self.last_date[group] = (sentence.paragraph, date_mention, first_place)
                if date_mention.date is not None:
                    self.latest_date, self.recalled_date = date_mention, None
            if trigger.event_type is EventType.PRISONER_EXCHANGE:
                self.exchange_paragraphs.add(sentence.paragraph)
        if len(self.mentions) > reported_before:
            self.reported_places.extend(item.place for item in located)
            self.reported_cities.extend(item.place for item in located if item.place.precision == _CITY)
            if not located:
                # "Odesa." then "Overnight the enemy once again massively attacked our city": the city carried
                # to the report is reported on too
                carried = (m.place for m in self.mentions[reported_before:] if m.place is not None)
                self.reported_cities.extend(p for p in carried if p.precision == _CITY and not p.named_site)

    def _is_heading(self, sentence: Sentence) -> bool:
        """Return True for a short line without closing punctuation: the headline or a section heading."""
        longest = _HEADLINE_LENGTH if sentence.paragraph == 0 else _HEADING_LENGTH
        return sentence.end - sentence.start <= longest and self.text[sentence.end - 1] not in _CLOSING

    def _is_date_line(self, sentence: Sentence) -> bool:
        """Return True for a short sentence opening a paragraph with a date: "6 November (verified late).".

        An item's number may come first, and its places after the date, however long: "5. 4 September,
        Dobropillia and Bilozerske (Donetsk region). Shortly after midnight, ...".
        """
        opening = self._opening(sentence)
        return (
            opening is not None
            and not sentence.words.isdisjoint(dates.CALENDAR_WORDS)
            and (
                sentence.end - opening <= _DATE_LINE_LENGTH
                or _DATED_PLACES.fullmatch(self.text, opening, sentence.end) is not None
            )
        )

    def _opening(self, sentence: Sentence) -> int | None:
        """Return where the paragraph's opening words start in the sentence, after an item's number.

        "2. " and "1) " come before them; a later sentence of the paragraph holds none (None).
        """
        numbered = _ITEM_NUMBER.match(self.text, self.paragraph_start[sentence.paragraph], sentence.end)
        return numbered.end() if numbered is not None and numbered.end() >= sentence.start else None

    def _read_heading(self, sentence: Sentence) -> None:
        """Remember what a heading dates: the month it covers and the day a section heading opens with.

        "Protection of Civilians: May 2024 Update" and "Incidents documented in May" report May's incidents,
        however long before publication; "Monday: a massive strike on the energy system" dates its section.
        """
        months: set[tuple[int, int]] = set()
        if self.published is not None and not sentence.words.isdisjoint(dates.CALENDAR_WORDS):
            months = dates.months_covered(self.text, self.published, start=sentence.start, end=sentence.end)
            self.covered_months |= months
        found = dates.find_dates(
            self.text, self.published, start=sentence.start, end=sentence.end, words=sentence.words
        )
        if months and all(m.precision != _DAY for m in found):
            self.month_tallied = sentence.paragraph > 0
        elif not _DIGIT.search(sentence.text):
            self.month_tallied = False  # the next section's heading (a row of the month's figures has some)
        if sentence.paragraph == 0:
            # a headline opening with a weekday does not date the article's sections, but the one recent
            # calendar day ending it, or its title before a subtitle, dates what the text dates no other way:
            # "consequences of Russian aggression on Wednesday, 18 September", posted on the 19th ("Sumy
            # mourns victims of 17 May bus strike" names a day it does not report on)
            days = [m for m in found if m.precision == _DAY and not _DAY_RANGE.search(m.text)]
            # (one day, which "Wednesday, 18 September" names twice)
            ends = len({m.date for m in days}) == 1 and (
                not self.text[days[-1].end : sentence.end].strip(" .,")
                or _SUBTITLE.match(self.text, days[-1].end, sentence.end) is not None
            )
            day = days[-1] if ends else None
            if day and day.date and self.published and day.date < self.published and not self._long_ago(day):
                self.headline_date = day
            return
        opening = self._opening(sentence)
        if (
            not found
            or found[0].date is None
            # (after a weekday written short: "Mon 25 May - Kerch Strait / Taman.")
            or not _ROW_DAY_BEFORE.fullmatch(self.text, opening or sentence.start, found[0].start)
        ):
            return
        digits = _DIGIT.search(sentence.text) is not None
        stamp = found[0].end >= sentence.end - 1 or _YEAR_WRITTEN.search(sentence.text) is not None
        # (a weekday alone is a section's heading: "SUNDAY" over a governor's posts of the night)
        stamp = stamp and digits
        if stamp and all(m.date == self.published for m in found) and found[-1].end >= sentence.end - 1:
            # "16 May 2026", "Sunday, April 26, 2026" under the headline: when the story was published, not a
            # section's day (as "WEDNESDAY, 15 OCTOBER" in a live blog is)
            return
        day = found[0]
        following = _WEEKDAY_HEADING.search(self.text, sentence.end)
        if (
            day.date is not None
            and day.date == self.published
            and not digits
            and following is not None
            and following.group("day").isupper() == day.text.isupper()
            and dates.WEEKDAYS.index(following.group("day").lower()) == (day.date.weekday() + 1) % 7
        ):
            # "MONDAY" heading a Monday digest's first section, "TUESDAY" the next: last week's Monday (not a
            # live blog's newest "MONDAY" over "SUNDAY")
            day = replace(day, date=day.date - dt.timedelta(days=7))
        self.section_date = day
        self.item_dated = (opening or 0) > self.paragraph_start[sentence.paragraph]  # after "2. "

    def _read_summary_day(self, sentence: Sentence, opening: re.Match[str]) -> None:
        """Remember the day a summary says it covers: "Over the past day, 18 August, the army fired 87 times".

        Its undated items below ("Krasnopillia community: ... In the afternoon, a drone struck a car") tell
        of that day, whatever day the summary was posted; "This morning" still counts from the post. A day
        from one morning to the next ("from 08:00 on 17 May to 08:00 on 18 May") is the first, and an item
        timed before that hour ("at about 03:00") is of the next. "Over the past day" with no day, opening an
        administration's own summary, is the day before it was posted.
        """
        end, after = sentence.end, opening.end()
        if opening.group("since") and (until := _UNTIL.search(self.text, after, end)) is not None:
            end = until.start()
        found = dates.find_dates(
            self.text, self.published, start=sentence.start, end=end, words=sentence.words
        )
        if found and found[0].start == after and found[0].precision == _DAY and found[0].date is not None:
            self.summary_date = found[0]
            self.summary_hour = int(opening.group("hour")) if opening.group("hour") else 0
            self.summary_items_only = False
            return
        paragraph_end = self.paragraph_start.get(sentence.paragraph + 1, len(self.text))
        own_voice = _TOLD_BY.search(self.text, sentence.start, sentence.end) is None
        evening = _EVENING_POST.search(self.text, 0, paragraph_end) is not None
        if not found and self.published is not None and own_voice and not evening:
            # "Over the past day, Russian troops shelled 13 settlements" opening an administration's own
            # summary: its undated items ("Kupiansk: shelling damaged three houses") tell of the day before it
            # was posted (not a summary a story quotes, "..., the administration said", nor an evening's)
            day = self.published - dt.timedelta(days=1)
            relative = DatePrecision.RELATIVE.value
            self.summary_date = dates.DateMention(day, relative, opening.start(), after, opening.group())
            self.summary_hour, self.summary_items_only = 0, True

    def _summary_day_of(self, sentence: Sentence) -> dates.DateMention | None:
        """Return the summary's day for an undated item, the next for an item timed before its first hour.

        The day before a post that only says "Over the past day" dates the items it labels with their place
        ("Kupiansk: ..."), not a live blog's later entries.
        """
        day = self.summary_date
        if day is not None and self.summary_items_only:
            paragraph_start = self.paragraph_start[sentence.paragraph]
            if not any(_ITEM_LABEL.match(self.text, at) for at in (paragraph_start, sentence.start)):
                return None  # (not a live blog's later entry, "14:35 A guided bomb struck ...")
        if day is None or day.date is None or not self.summary_hour:
            return day
        timed = _AT_HOUR.search(self.text, sentence.start, sentence.end)
        if timed is None or int(timed.group("hour")) >= self.summary_hour:
            return day
        return replace(day, date=day.date + dt.timedelta(days=1))

    def _reported_on(self, sentence: Sentence) -> dates.DateMention | None:
        """Return the day a statement in the sentence was made, for a happening the text dates no other way.

        "Two people were killed, the governor said on Sunday morning" in a Monday paper happened by Sunday:
        that day, with precision ``reported``, is nearer the truth than the publication date. A statement made
        long ago dates nothing.
        """
        if sentence.index not in self.said_days:
            said = dates.find_dates(
                self.text,
                self.published,
                start=sentence.start,
                end=sentence.end,
                words=sentence.words,
                statements=True,
            )
            first = said[0] if said else None
            if (
                first is None
                or first.date is None
                or self._long_ago(first)
                or not self._by_publication(first.date)
            ):
                self.said_days[sentence.index] = None
            else:
                self.said_days[sentence.index] = replace(first, precision=_REPORTED)
        return self.said_days[sentence.index]

    def _by_publication(self, day: dt.date) -> bool:
        """Return True unless ``day`` comes after the publication date."""
        return self.published is None or day <= self.published

    def _dated_section(self, mention: dates.DateMention, sentence: Sentence) -> bool:
        """Return True for the day of the dated heading or item the sentence stands under, or of its item.

        "May 21-23 - The swap was carried out in three stages: 410 for 410 on May 21, ..." is an item whose
        days are all reported, however long ago.
        """
        section = self.section_date
        if section is None:
            return False
        in_item = sentence.start <= section.start < sentence.end and mention.start > section.start
        # ("Yesterday evening" in a post of 7 November, "the night before" a dated heading's day)
        if mention.date is None or section.date is None:
            return in_item
        return abs((section.date - mention.date).days) <= 1 or in_item

    def _recapped(self, sentence: Sentence, mention: dates.DateMention, place: Place | None) -> bool:
        """Return True for an earlier day a sentence recaps from older stories.

        "As Ukrinform reported, on 14 January the Defence Forces struck the Saratov oil refinery" at the end
        of a report of 24 January on other strikes; "This is the third attack on the region's energy since
        the beginning of March. On the night of 4 March, drones damaged a substation in Shepetivka"; a
        paragraph headed "Background:". Not the day before, nor a recap that opens the article or is of a
        place it has reported on: that is the happening the article follows up ("The death toll from
        Saturday's strike on Kharkiv has risen to five. As Ukrinform reported, on June 7 ...").
        """
        if mention.date is None or self.published is None or (self.published - mention.date).days < 2:
            return False
        if not self.mentions:
            return False
        # a cue before the day recapped (not "hit Kupiansk on Saturday, ... the third strike on the town since
        # Thursday")
        paragraph_start = self.paragraph_start[sentence.paragraph]
        if (
            _AS_REPORTED.match(self.text, sentence.start, sentence.end) is None
            and _RECAP_CUE.search(self.text, paragraph_start, mention.start) is None
        ):
            return False
        earlier = (m for m in self.mentions if m.sentence is not sentence)
        # (a district of a city reported on is of that city: "the second attack on Odesa's power grid this
        # week. On Wednesday, a drone hit a substation in the Kyivskyi district")
        if place is None:
            return True
        return all(m.place is None or m.place.key not in (place.key, place.host_key) for m in earlier)

    def _long_ago(self, mention: dates.DateMention) -> bool:
        """Return True for a day more than :data:`_RECENT_DAYS` before publication: recalled, not reported.

        A day of a month a heading says its section covers is reported however long ago.
        """
        if mention.date is None or self.published is None:
            return False
        if (mention.date.year, mention.date.month) in self.covered_months:
            return False
        return (self.published - mention.date).days > _RECENT_DAYS

    def _new_item(self, sentence: Sentence) -> bool:
        """Return True if the sentence opens an item: a live blog's timed entry or a heading line.

        A paragraph opening with a time ("15:55 - ") is a live blog's new item; a dated heading on a line
        of its own ("APRIL 14 | 1 killed") gives the figures of the report under it.
        """
        if _TIMESTAMP.match(self.text, self.paragraph_start[sentence.paragraph]) is not None:
            return True
        heading = self.section_date
        return (
            heading is not None
            and heading.start == sentence.start
            and _LINE_END.match(self.text, sentence.end) is not None
        )

    def _opens_next_clause(self, mention: dates.DateMention) -> bool:
        """Return True for a day that opens a clause of its own: "..., and on May 22, another 305 for 305"."""
        return _NEXT_CLAUSE_DAY.search(self.text, max(0, mention.start - 20), mention.start) is not None

    def _paragraph_day(self, paragraph: int) -> dates.DateMention | None:
        """Return the day an earlier sentence of the paragraph dated what it reported, if one did."""
        for dated_in, mention, _ in self.last_date.values():
            if dated_in == paragraph and mention is not None and mention.date is not None:
                if mention.precision != _BACKGROUND and not self._long_ago(mention):
                    return mention
        return None

    def _sums_up_the_day(self, sentence: Sentence) -> bool:
        """Return True if the paragraph opens by summing up the day, and this sentence is where it sums."""
        summed = _DAY_SUMMED.match(self.text, self.paragraph_start[sentence.paragraph], sentence.end)
        return summed is not None and not self.text[summed.end() : sentence.start].strip()

    def _area_told(self) -> Place | None:
        """Return the place a sum of all told so far is of: the one place told of, or the area holding all.

        "In total, one person was killed and 11 were injured" after items on eight towns of the Kherson
        region is the region's toll, not the last town's.
        """
        told = list({p.key: p for p in self.location_places}.values())
        area = next((a for a in told if all(p.key == a.key or a.contains(p) for p in told)), None)
        if area is None:
            # most of them in one region: the region of the administration summing up ("Beryslav and Bilozerka
            # in the Kherson region ..., a car near Ochakiv in the Mykolaiv region. In total ...")
            regions = Counter(p.admin1 for p in told if p.admin1 and p.precision in _IN_A_REGION)
            most = regions.most_common(1)
            if most and most[0][1] * 2 > sum(regions.values()):
                area = self._area_holding(
                    [p for p in told if p.admin1 == most[0][0] and p.precision in _IN_A_REGION]
                )
        if area is None:
            area = self._area_holding(told)
        if area is None:
            return None
        reason = f"a sum over the {len(told)} places told before it, so the area holding them: {area.reason}"
        return replace(area, written=area.name, reason=reason)

    def _area_holding(self, places_found: list[Place]) -> Place | None:
        """Return the region, else the country, that holds all of several places, said so in its reason."""
        written = " and ".join(dict.fromkeys(p.written for p in places_found))
        first = places_found[0]
        if any(p.country_code != first.country_code for p in places_found):
            return None
        area = None
        if all(p.admin1 == first.admin1 and p.precision in _IN_A_REGION for p in places_found):
            area = self._region_of(first)
        if area is None and first.country_code:
            area = self.locator.country(first.country_code, written=first.country_code)
        if area is None:
            return None
        reason = f"the count is given for {written} together, so the area holding them: {area.reason}"
        return replace(area, written=written, reason=reason)

    def _remember_unattached(self, sentence: Sentence, located: list[Located]) -> None:
        if (
            len(located) > 1
            and sentence.start == self.paragraph_start[sentence.paragraph]
            and len(sentence.words) <= _LABEL_WORDS
            and all(_LABEL_JOINT.fullmatch(self.text, a.end, b.start) for a, b in itertools.pairwise(located))
        ):
            # "Zelenivka and Naddniprianske. Shelling damaged private houses": what follows tells of both
            self.label_places = (sentence.paragraph, [item.place for item in located])
        below = "below" in sentence.words or "following" in sentence.words
        posted = _POSTED_ON.search(self.text, sentence.start, sentence.end) if below else None
        if posted is not None:
            # "The posts below were published on Saturday, 7 November": what they tell of "tonight" or "in the
            # afternoon" is of that day, not of the translation's
            found = dates.find_dates(
                self.text, self.published, start=posted.end(), end=sentence.end, words=sentence.words
            )
            # (the calendar day of "Saturday, 7 November", not the last Saturday)
            day = next((m for m in found[:2] if m.date is not None and _DIGIT.search(m.text)), None)
            if day is not None and day.start - posted.end() < 15:
                self.section_date = day
        if len(located) > 1 and _SAYS_WHERE_IT_LIES.fullmatch(self.text, located[-2].end, located[-1].start):
            # "fell in the village of Andreyevka (Andriivka in Ukrainian), on the city's northern coast": the
            # village, which the city only locates
            located = located[:-1]
        while len(located) > 1 and located[-1].place.contains(located[-2].place):
            # "Now to Zhmerynka, ..., one of the country's main railway junctions": the town, which the area
            # named after it holds
            located = located[:-1]
        place = located[-1].place if located else None
        if place is not None and _SEAT_OF.match(self.text, located[-1].end):
            # "In Kyiv, the Security Service of Ukraine was less shy.": where a body sits, not where what it
            # tells of next happened
            return
        if place is not None:
            previous = self.last_place.get("violent")
            # "No casualties were reported in the city": the same place again is still the place reported
            self.unattached = self.unattached if previous and previous[1].key == place.key else True
            self.last_place["violent"] = (sentence.paragraph, place)
        day_dot_month = dates.DAY_DOT_MONTH.search(self.text, sentence.start, sentence.end)
        if place is None and sentence.words.isdisjoint(dates.CALENDAR_WORDS) and day_dot_month is None:
            # without a place, only a day the sentence names ("On Monday, ...", "The night from 15.09 to
            # 16.09 was also restless.") dates what follows
            return
        found = dates.find_dates(
            self.text, self.published, start=sentence.start, end=sentence.end, words=sentence.words
        )
        day = next((m for m in found if m.date is not None and not self._long_ago(m)), None)
        if day is None:
            return
        if self.section_date is not None and self.section_date.start == day.start:
            day = self.section_date  # the heading's day as its section reads it ("MONDAY" of a weekly digest)
        if self.text[sentence.end - 1] == ":" and day.date != self.published:
            # "What happened on Monday, 26 October, by settlement:" dates the items listed after it ("Key
            # developments on June 26:" on the 26th is the day they were reported)
            self.list_date, self.list_paragraph = day, sentence.paragraph
        frames = _FRAME_BEFORE.fullmatch(self.text, sentence.start, day.start) and not _SAYS_OR_WILL.search(
            self.text, sentence.start, sentence.end
        )
        if place is not None:
            self.introduced_on[place.key] = (sentence.paragraph, day)
        if frames:
            # a day the sentence opens with sets the time of what follows ("Overnight into Monday, at least
            # nine drones crossed the border over the Rivne and Volyn regions. One of them hit a sawmill in
            # Rokytne"); one named later is often only when something was said ("gave a different account
            # on Feb. 10")
            self.introduced_on[None] = (sentence.paragraph, day)
        elif place is None and _HAPPENED_BEFORE.search(self.text, sentence.start, day.start):
            # "But what happened on Thursday morning was different." closing its paragraph: the next tells it
            closes = not self.text[sentence.end : self.paragraph_start.get(sentence.paragraph + 1, 0)].strip()
            self.introduced_on[None] = (sentence.paragraph + closes, day)

    def _places_for(
        self, trigger: triggers.Trigger, sentence: Sentence, pool: list[Any]
    ) -> tuple[list[Place], str, bool]:
        """Return a trigger's places (several for "Kharkiv and Odesa"), their origin, and if named here."""
        if trigger.event_type is EventType.PRISONER_EXCHANGE and pool:
            # "Eleven Ukrainian civilians held in Russia returned home": where they were kept, not swapped;
            # "then the Rostov region, the Stavropol region and the weekend's prisoner exchange": topics
            # listed with it, not a place it was in (a named place says where one was only after "in", "on")
            pool = [
                item
                for item in pool
                if not _HELD_IN.search(self.text, item.start - 40, item.start)
                and (
                    item.place.precision not in _NAMED_PRECISIONS
                    or _SAID_WHERE_BEFORE.search(self.text, max(sentence.start, item.start - 40), item.start)
                    or _SUBJECT_OPENING.fullmatch(self.text, sentence.start, item.start)  # "The Chernihiv
                    # region saw another prisoner exchange"
                )
            ]
        if pool and "which" in sentence.words:
            # "a fire on the territory of the station, which pumps crude to terminals in southern Russia":
            # the aside describes the station, it does not say where the fire was
            asides = [a.span() for a in _WHICH_ASIDE.finditer(self.text, sentence.start, sentence.end)]
            asides = [(a, b) for a, b in asides if not a <= trigger.start < b]
            pool = [item for item in pool if not any(a <= item.start < b for a, b in asides)]
        if trigger.weak:
            lower, upper = _clause(self.text, sentence, trigger)
            pool = [item for item in pool if lower <= item.start and item.end <= upper]
        elif pool and _CAME_AS.match(self.text, trigger.end):
            # "The attack came as Western countries discussed sanctions on Moscow": what follows is context
            pool = [item for item in pool if item.end <= trigger.start]
        elif pool and ";" in sentence.text and sentence.text[0] != "|":  # (a table's row is one record)
            # "Odesa: six missiles downed; Kyiv reports hits on Kharkiv": each part has its own places, and
            # the "Odesa:" that labels the whole line
            lower, upper = _part(self.text, sentence, trigger)
            label = _label_end(self.text, sentence)
            own = [item for item in pool if lower <= item.start and item.end <= upper or item.end <= label]
            # a part that says "there" happened where an earlier part of the sentence did: "Russian forces
            # have regularly shelled Nikopol; on Friday shelling killed a man there", "Across Ukraine, Russia
            # launched 146 drones; 121 of them were shot down"
            there = not own and _OF_AN_EARLIER_PART.search(self.text, lower, upper) is not None
            pool = [item for item in pool if item.end <= lower] if there else own
        elif len(pool) > 1 and "that" in sentence.words:
            # "officials stated that drones struck a facility near Khorol, causing a fire, and that drone
            # strikes damaged buildings in Pyriatyn": each reported clause has its own places, if it names any
            lower, upper = _reported_clause(self.text, sentence, trigger)
            pool = [item for item in pool if lower <= item.start and item.end <= upper] or pool
        if trigger.event_type is _INTERCEPTION:
            # "63 drones over seven Russian regions, without giving a breakdown for the Samara region": the
            # count is over all of them, so it is the country's
            several = [item for item in pool if _written_as_several_areas(item.place)]
            if several:
                return [several[0].place], several[0].origin, True
            # "27 drones over the republic, most of them over the Dzhankoi district": the count is the area's
            # named first; where most of them fell is a part of it, with no figure
            parts = [i for i in pool if _MOST_OF_THEM_BEFORE.search(self.text, max(0, i.start - 40), i.start)]
            if parts and len(parts) < len(pool):
                pool = [i for i in pool if i not in parts]
            # "68 of 90 drones shot down overnight, Khmelnytskyi region the main target": what the attack
            # aimed at, not where what was downed flew
            pool = [item for item in pool if not _MAIN_TARGET_AFTER.match(self.text, item.end)]
            # "destroyed 23 drones over the Rostov region, ... the attack on Volgodonsk": downed over the area
            # named, not in the town of it the sentence goes on to name
            over = [i for i in pool if _OVER_BEFORE.search(self.text, max(0, i.start - 10), i.start)]
            if any(o.place.contains(item.place) for o in over for item in pool if item not in over):
                pool = over
        if trigger.event_type is _ATTACK and pool:
            # "launched 127 drones ... from the directions of Kursk and from occupied Cape Chauda, Crimea",
            # "Russia attacked with 112 drones ..., launched from the areas of Kursk": where they came from,
            # not where they were sent
            if _is_launch(trigger):
                launched_from = _LAUNCHED_FROM.search(self.text, trigger.end, sentence.end)
                if launched_from is not None:
                    # (not "launched six rockets from the HIMARS system at Sievierodonetsk", "... towards the
                    # port of Chornomorsk": aimed at it)
                    pool = [
                        item
                        for item in pool
                        if item.start < launched_from.start()
                        or _AIMED_AT.search(self.text, max(0, item.start - 30), item.start) is not None
                    ]
            else:
                # "attacked positions from the direction of Pokrovsk, killing two soldiers near Myrnohrad":
                # only the places listed as origins are left out
                launched_from = _LAUNCH_AREAS.search(self.text, trigger.end, sentence.end)
                if launched_from is not None:
                    origins = _listed_after(self.text, pool, launched_from.end())
                    pool = [item for item in pool if item not in origins]
        if _is_launch(trigger) and not any(
            item.place.precision == _COUNTRY
            or _AIMED_AT.search(self.text, max(0, item.start - 30), item.start) is not None
            for item in pool
        ):
            # "Ukraine's air force said Russia launched 213 drones ..., with the Kyiv region the main target":
            # launched at the whole country, which the national body counts; not "at the Odesa region"
            country = self._national_country()
            if country is not None:
                return [country], "national body", True
        if len(pool) == 1:  # the common case, without the sorting and comparing below
            return [pool[0].place], pool[0].origin, True
        countries = [item for item in pool if item.place.precision == _COUNTRY] if _is_launch(trigger) else []
        if countries:
            # "Russia launched 412 drones at Ukraine ..., the heaviest blows falling on Lviv and Lutsk": the
            # launch count is the country's
            return [countries[0].place], countries[0].origin, True
        if pool:
            finest = sorted(
                (item for item in pool if not any(item.place.contains(o.place) for o in pool)),
                key=lambda item: item.start,
            )
            best = min(finest, key=lambda item: _distance(item.start, item.end, trigger))
            if (
                trigger.event_type is EventType.CASUALTIES
                and sentence.paragraph == 0
                and _after_places_told(self.text, finest, trigger)
            ):
                # a headline's "shelled Kramatorsk ... and dropped a guided bomb on Druzhkivka: three killed,
                # 12 injured": the toll of all of them
                return [item.place for item in finest], best.origin, True
            return [item.place for item in _coordinated(self.text, finest, best)], best.origin, True
        if trigger.weak:
            return [], "none", False
        if trigger.event_type is _INTERCEPTION or _is_sent(trigger):
            # "Ukraine's air force said it shot down 47 of the 60 drones Russia launched": the whole country
            # it defends
            country = self._national_country()
            if country is not None:
                return [country], "national body", True
        group = _group(trigger.event_type)
        remembered = self.last_place.get(_carried_as(trigger.event_type))
        if trigger.event_type is EventType.DAMAGE and not sentence.words.isdisjoint(_FALLEN):
            # "Falling fragments damaged a power line" after "two drones were shot down near Michurinsk":
            # what was downed fell there; in the town named before when the drones were downed over its region
            downed = self.last_place.get("interception")
            within = (
                downed is not None
                and remembered is not None
                and downed[1].precision in _AREAS
                and downed[1].contains(remembered[1])
                and remembered[0] >= downed[0] - 1  # named near the downing, not paragraphs before it
            )
            # "... attempted to attack an enterprise in Kimry. 'As a result of the falling debris, a fire
            # broke out'": the town this paragraph reports on, not the last region a paragraph before listed
            here = remembered is not None and remembered[0] == sentence.paragraph
            if not within and not (here and downed is not None and downed[0] < sentence.paragraph):
                remembered = downed or remembered
        if trigger.event_type is _INTERCEPTION:
            # an earlier interception's area, unless only this paragraph's attack has a place
            ground = self.last_place.get(group)
            nearer = ground is not None and remembered is not None and ground[0] == sentence.paragraph
            if remembered is None or (nearer and remembered[0] != sentence.paragraph):
                remembered = ground
            if remembered is not None and remembered[1].key in self.shared_out:
                # "- 13 UAVs over the territory of the Kursk region" is not where "Over the past day, air
                # defence means shot down 241 UAVs": a share of a list says nothing of what is downed next
                remembered = None
        here = remembered is not None and remembered[0] == sentence.paragraph
        if (trigger.event_type is _INTERCEPTION or _is_sent(trigger)) and not here:
            # "Ukraine's Air Force has published its overnight figures. ... Air defence shot down 86 drones.":
            # the body named earlier in the paragraph still speaks, for the country it defends
            body = self.national_body if self.national_body_paragraph == sentence.paragraph else None
            country = self.locator.country(body[0], written=body[1]) if body is not None else None
            if country is not None:
                return [country], "national body", False
        if _ELSEWHERE.match(self.text, sentence.start):
            return [], "none", False  # "Elsewhere, a Russian drone killed a man": not where the text just was
        # (a day's downings are the country's or region's whose body counts them, not an area of places told)
        summing = trigger.event_type is not _INTERCEPTION and group == "violent"
        if summing and self.location_places and (
            _PERIOD_SUM.match(self.text, sentence.start) or self._sums_up_the_day(sentence)
        ):
            area = self._area_told()
            if area is not None:
                return [area], "sum", False
        if _PLACE_UNSAID.search(self.text, sentence.start, sentence.end):
            return [], "none", False  # "carried out a 'massive strike' ..., without naming any locations"
        if remembered is not None:
            paragraph, place = remembered
            if paragraph == sentence.paragraph:
                labelled = self.label_places
                if labelled and labelled[0] == paragraph and any(p.key == place.key for p in labelled[1]):
                    return list(labelled[1]), "previous sentence", False
                return [place], "previous sentence", False
            # a place only named ("back from relatives in Lviv") is carried within its paragraph, not past it,
            # and so is a whole country (the air force's national count); nor is it carried into a paragraph
            # that has placed things elsewhere ("12 drones were shot down over the Chernihiv region. A man was
            # injured by debris.")
            carried = group == "violent" and not self.unattached and not self._new_item(sentence)
            carried = carried and place.precision != _COUNTRY and not self._placed_elsewhere(sentence, place)
            if self._paragraph_before(sentence.paragraph) <= paragraph and carried:
                return [place], "previous paragraph", False
        filed = self.filed_in
        if (
            filed is not None
            and trigger.event_type in _HAPPENINGS_AT_A_PLACE
            and all(p.key == filed.key for p in self.location_places)
        ):
            # "SKVYRA, Kyiv region - ... a drone struck the residential street": a story filed from a town
            # reports what happened there, until it places something elsewhere
            return [filed], "dateline", False
        return [], "none", False

    def _placed_elsewhere(self, sentence: Sentence, place: Place) -> bool:
        """Return True if the sentence's paragraph has already placed things where ``place`` does not lie."""
        placed = [p for index, p in self.placed_in.get(sentence.paragraph, ()) if index < sentence.index]
        return bool(placed) and not any(_within(place, p) or _within(p, place) for p in placed)

    def _paragraph_before(self, paragraph: int) -> int:
        """Return the paragraph before ``paragraph``, passing over quotations that name no place.

        A witness's words ("'Five minutes later the building shook'") continue the story told before them:
        the paragraph after them goes on with its place and day, as it does with the quotation's own.
        """
        previous = paragraph - 1
        while previous in self.quotations:
            previous -= 1
        return previous

    def _date_for(
        self,
        trigger: triggers.Trigger,
        sentence: Sentence,
        pool: list[Any],
        sentence_dates: list[dates.DateMention],
        origin: str,
        place: Place | None,
        refers_back: bool,
    ) -> Any:
        """Return the date mention of a trigger: its own, its paragraph's, its sentence's, or its place's.

        ``refers_back`` says the trigger names a happening reported before ("called the prisoner swap").
        """
        if pool:
            # "305 for 305 on May 22": the day told right after it, however near the one before
            told_after = [m for m in pool if _ON_BETWEEN.fullmatch(self.text, trigger.end, m.start)]
            if told_after:
                return told_after[0]
            # "On May 21, 410 were exchanged, and on May 22, another 305": not the day of the next clause
            own = [m for m in pool if m.start < trigger.start or not self._opens_next_clause(m)]
            return min(own or pool, key=lambda item: _distance(item.start, item.end, trigger))
        remembered = self.last_date.get(_group(trigger.event_type))
        if remembered is not None and remembered[0] == sentence.paragraph:
            return remembered[1]
        if sentence_dates and not refers_back:
            # a date nearer another kind of event still dates this one ("Hours before the exchange, on Friday
            # evening, a drone hit a car"), unless it is one reported before ("called the prisoner swap")
            return min(sentence_dates, key=lambda item: _distance(item.start, item.end, trigger))
        # "Then, early on Thursday, it was the turn of Ukhta. ... a drone had hit"; "On Monday, the threat
        # came from the air. An FPV drone struck a tractor"
        for key in (place.key if place is not None else None, None):
            introduced = self.introduced_on.get(key)
            if introduced is not None and introduced[0] == sentence.paragraph:
                return introduced[1]
        paragraph, mention, dated_place = remembered or (sentence.paragraph, None, None)
        section = self.section_date
        updating = self.updating == sentence.paragraph
        if section is not None and mention is not None and section.start > mention.start and not updating:
            # "Saturday, 15 November, 18:12" heads what follows, not the day told above it (but "bringing the
            # death toll to 12" under a later heading is the toll of the strike told before)
            mention = None
        if mention is not None:
            # a year recalled ("In 2023 the town lost its water supply") dates its own paragraph only
            carried = mention.precision != _BACKGROUND and origin in ("previous paragraph", "anaphor")
            if carried and self._paragraph_before(sentence.paragraph) <= paragraph < sentence.paragraph:
                return mention
            if (
                place is not None
                and dated_place is not None
                and _within(place, dated_place)
                and self._summary_day_of(sentence) is None
            ):
                # a later paragraph on the same place or one inside it ("Falling debris damaged a power line
                # near Dzhankoi" after "missiles over northern Crimea on Wednesday"), unless it is an item of
                # a summary of the past day ("Kharkiv district. In Derhachi, at about 17:30, ..." after the
                # region's "Overnight, 13 UAVs were shot down")
                return mention
        return self.section_date or self._summary_day_of(sentence) or self.list_date or self.headline_date

    def _worth_keeping(self, mention: Mention) -> bool:
        if self.published is not None and mention.date is not None and mention.date > self.published:
            return False  # a day still to come, carried from a sentence before: nothing has happened yet
        if (
            mention.event_type is EventType.CASUALTIES
            and not mention.counts
            and not mention.place_in_sentence
        ):
            return False  # "tens of thousands have died": a war toll, not a happening
        return True


def _encloses(area: Place, place: Place) -> bool:
    """Return True if ``place`` is ``area`` or lies in it, ``area`` a country or an oblast (not a raion)."""
    if area.key == place.key:
        return True
    return (area.precision == _COUNTRY or area.feature_code == "ADM1") and area.contains(place)


def _split_total(
    text: str,
    located: list[Located],
    shares: list[tuple[Count, int]],
    unit: str,
    given: dict[str, Count],
    national: Place | None = None,
) -> list[tuple[Place | None, dict[str, Count]]]:
    """Return a place and count for each share of a total split over places, and for the total if it is more.

    "47 drones: 21 over the Volgograd Region, 17 over the Rostov Region" gives each region its share (a
    country total they account for is dropped when mentions merge); "63 drones over nine regions, including
    22 over the Belgorod region" gives Belgorod 22 and the area holding the nine regions 63; without such an
    area named, the total goes to the ``national`` country whose body gave it ("Russia's Defence Ministry
    said ... 63 drones, including 24 over Smolensk Oblast"). A share over no place the gazetteer knows ("seven
    over the Sea of Azov") is placed nowhere; empty when no share's place is known. The total keeps the
    sentence's other figures ("three missiles and 51 drones, 13 of them over the Saratov region").
    """
    total = given.get(unit)
    split: list[tuple[Place | None, dict[str, Count]]] = [
        (place, {unit: count}) for count, at in shares if (place := _named_at(text, located, at)) is not None
    ]
    if not split:
        return []
    if total is not None and all(count.start != total.start for count, _ in shares):
        places = [place for place, _ in split if place is not None]
        holder = next((item.place for item in located if all(item.place.contains(p) for p in places)), None)
        if holder is None and national is not None and national.contains(places[0]):
            holder = national
        if holder is not None:
            split.insert(0, (holder, {**given, unit: total}))
    return split


def _counted_from(
    text: str,
    start: int,
    end: int,
    words: frozenset[str],
    day: dt.date,
    mentions: list[dates.DateMention],
    previous: dates.DateMention | None = None,
) -> list[dates.DateMention]:
    """Return ``mentions`` with those that count from today ("overnight") counted from ``day`` instead."""
    found = dates.find_dates(text, day, start=start, end=end, words=words, previous=previous)
    again = {m.start: m for m in found}
    return [m if dates.names_a_day(m) else again.get(m.start, m) for m in mentions]


def _after_places_told(text: str, items: list[Any], trigger: triggers.Trigger) -> bool:
    """Return True if the trigger follows a colon that closes the telling of strikes on all the places.

    "shelled Kramatorsk ... and dropped a guided bomb on Druzhkivka: three killed", not "Zelensky in Berlin,
    Russian bombs on Zaporizhzhia: one killed".
    """
    colon = text.rfind(":", items[-1].end, trigger.start)
    if colon < 0 or text[colon + 1 : colon + 2].isdigit():  # (not "at 10:40")
        return False
    return all(_STRUCK_BEFORE.search(text, max(0, item.start - 30), item.start) for item in items)


def _has_city_districts(city: Place, *, centres: bool = True) -> bool:
    """Return True for a city large enough to have districts, or (with ``centres``) a regional centre.

    (The gazetteer's population of a city can be a wartime or outdated figure: Kherson's is 66,000.)
    """
    population = city.extra.get("population") or 0
    centre = centres and city.extra.get("feature_code") in _CENTRE_CODES
    return population >= _CITY_WITH_DISTRICTS or centre


def _holders(
    text: str, mentions: list[places.PlaceMention], is_region: Callable[[places.PlaceMention], bool]
) -> dict[int, tuple[int, _Distance | None]]:
    """Map a town's mention to the one saying where it lies, with how far from it when that is a town nearby.

    "Borova in Kharkiv Oblast" names its region, "Olenivka in occupied Crimea" one named without the word
    (``is_region`` tells those), "Mykolaivka outside Sumy" a town nearby. Each town of a list before them
    lies there too: "Kamianka and Ivanivka in the Kharkiv region".
    """
    holders: dict[int, tuple[int, _Distance | None]] = {}
    for index, (town, holder) in reversed(list(enumerate(itertools.pairwise(mentions)))):
        town_word = town.query.rsplit(" ", 1)[-1].lower()
        held = town_word in _HOLDING_WORDS  # a region of a list of regions
        holder_word = holder.query.rsplit(" ", 1)[-1].lower()
        if holder_word in _HOLDING_WORDS:
            # "the Sovetsky district of the Kursk region": a raion of its oblast
            raion_of = town_word in _RAION_WORDS and holder_word not in _RAION_WORDS
            if _IN_REGION.fullmatch(text, town.end, holder.start) or (
                raion_of and _OF_REGION.fullmatch(text, town.end, holder.start)
            ):
                holders[index] = (index + 1, None)
        elif not held and (near := _NEAR_TOWN.fullmatch(text, town.end, holder.start)):
            holders[index] = (index + 1, _stated_distance(near))
        elif not held and _IN_NAMED_REGION.fullmatch(text, town.end, holder.start) and is_region(holder):
            holders[index] = (index + 1, None)
        if index not in holders and index + 1 in holders and not held:
            if _LIST_SEPARATOR.fullmatch(text, town.end, holder.start):
                holders[index] = holders[index + 1]  # "Kamianka and Ivanivka in the Kharkiv region"
    return holders


class _Distance(NamedTuple):
    """How far from a town the text puts a place, and which way.

    ``km``, whether the text wrote it (``written``) or only said "near", and the compass direction it gives
    in degrees (``bearing``: "about 40 km south of" is 180).
    """

    km: float
    written: bool
    bearing: float | None = None


def _stated_distance(near: re.Match[str]) -> _Distance:
    """Return how far from a town a place is said to lie: the distance written, else what "near" means."""
    if near.group("distance") is None:
        # "Bila Tserkva, south of Kyiv" (80 km): a side, not a distance; the nearest namesake within reach
        return _Distance(_BEARING_KM if near.group("bearing") else _NEAR_KM, written=False)
    distance = float(near.group("distance"))
    compass = near.group("compass")
    # (a direction of its own, "north-northwest of", gives none)
    bearing = _COMPASS_DEGREES.get(compass.lower().replace("-", "")) if compass else None
    km = distance * _KM_PER_MILE if near.group("unit") == "miles" else distance
    return _Distance(km, written=True, bearing=bearing)


def _named_at(text: str, located: list[Located], at: int) -> Place | None:
    """Return the place whose name starts at ``at``, or a few words on ("the Republic of Kalmykia").

    None when that name starts a list: "28 over the Odesa, Mykolaiv and Kirovohrad regions" is no one's share.
    """
    for index, item in enumerate(located):
        if 0 <= item.start - at <= _NAME_LEAD:
            listed = index + 1 < len(located) and _listed(text, item, located[index + 1])
            return None if listed else item.place
    return None


def _is_launch(trigger: triggers.Trigger) -> bool:
    """Return True for "launched": a count of what was sent at a country, said by the country attacked."""
    return trigger.event_type is _ATTACK and trigger.text[:6].lower() == "launch"


def _is_sent(trigger: triggers.Trigger) -> bool:
    """Return True for "launched" or "fired": without a place named, what the attacked country counted."""
    return _is_launch(trigger) or (trigger.event_type is _ATTACK and trigger.text[:5].lower() == "fired")


def _refers_back(text: str, sentence: Sentence, trigger: triggers.Trigger) -> bool:
    """Return True for a trigger that names a happening already reported ("the exchange", "the swap").

    Not a verb after its subject: "The car burned out" tells something new of the car.
    """
    found = _DEFINITE.search(text, max(sentence.start, trigger.start - 30), trigger.start)
    return found is not None and not (found.group("word") and trigger.text.lower().endswith("ed"))


def _outside_asides(
    text: str, sentence: Sentence, mentions: list[dates.DateMention], found: list[triggers.Trigger]
) -> list[dates.DateMention]:
    """Drop the dates of an aside about a person that reports nothing itself, and the past a thing's recalls.

    "Zelenskyy, who returned from the Munich Security Conference on Sunday, said the attack showed..."
    dates his trip, not the attack, as "157 came home, among them a journalist detained in occupied
    Berdiansk in 2023" dates a captivity, not the swap; "The building, which since last year had housed the
    aid point, was destroyed" recalls the building's use, but "the attack, which took place late on Monday"
    dates it.
    """
    about_people = _asides(text, sentence, _WHO_ASIDE, found)
    # (a captive's past only: "95 Ukrainians detained in Russia coming home on Saturday" dates the swap)
    about_things = [
        *_asides(text, sentence, _WHICH_ASIDE, found),
        *_asides(text, sentence, _CAPTIVITY_ASIDE, found),
    ]
    return [
        m
        for m in mentions
        if not any(lower < m.start < upper for lower, upper in about_people)
        and not (m.precision == _BACKGROUND and any(lower < m.start < upper for lower, upper in about_things))
    ]


def _asides(
    text: str, sentence: Sentence, pattern: re.Pattern[str], found: list[triggers.Trigger]
) -> list[tuple[int, int]]:
    """Return the spans of the sentence's asides ``pattern`` matches that hold none of its triggers."""
    return [
        aside.span()
        for aside in pattern.finditer(text, sentence.start, sentence.end)
        if not any(aside.start() < trigger.start < aside.end() for trigger in found)
    ]


def _within(place: Place, area: Place) -> bool:
    """Return True if ``place`` is ``area``, lies inside it, or is another district of its city."""
    if area.holds(place):
        return True
    return place.precision == _DISTRICT and area.precision == _DISTRICT and place.admin1 == area.admin1


def _weapons_for(
    text: str, sentence: Sentence, trigger: triggers.Trigger, found: list[tuple[int, Weapon]]
) -> list[Weapon]:
    """Return the weapons named in the trigger's part of the sentence.

    Parts joined by a semicolon report different attacks ("Kharkiv hit by missiles;
    Nikopol shelled again"); otherwise the whole sentence describes the attack.
    """
    if len(found) < 2 or ";" not in sentence.text:
        return [weapon for _, weapon in found]
    lower, upper = _part(text, sentence, trigger)
    return [weapon for position, weapon in found if lower <= position < upper]


def _part(text: str, sentence: Sentence, trigger: triggers.Trigger) -> tuple[int, int]:
    """Return the bounds of the part of the sentence that holds the trigger.

    Parts are separated by semicolons, and by a colon that does not end a short label: "Russia attacks
    Ukraine with 128 drones: death toll in Borodianka rises to four; railway hit in Ovruch" has three.
    """
    label = _label_end(text, sentence)
    breaks = [s for s in _PART_BREAK.finditer(text, sentence.start, sentence.end) if s.start() != label]
    before = [s.end() for s in breaks if s.end() <= trigger.start]
    after = [s.start() for s in breaks if s.start() >= trigger.end]
    return (before[-1] if before else sentence.start), (after[0] if after else sentence.end)


def _reported_clause(text: str, sentence: Sentence, trigger: triggers.Trigger) -> tuple[int, int]:
    """Return the bounds of the sentence's reported clause ("..., and that ...") that holds the trigger."""
    breaks = list(_AND_THAT.finditer(text, sentence.start, sentence.end))
    before = [b.end() for b in breaks if b.end() <= trigger.start]
    after = [b.start() for b in breaks if b.start() >= trigger.end]
    return (before[-1] if before else sentence.start), (after[0] if after else sentence.end)


def _label_end(text: str, sentence: Sentence) -> int:
    """Return where a short label opening the sentence ends ("Crimea: ..."), or the sentence's start."""
    row = _DAY_ROW_LABEL.match(text, sentence.start, sentence.end)
    if row is not None:
        return row.end()  # "Friday, 20 November - Novodnistrovsk (Chernivtsi region): drones strike ..."
    colon = text.find(":", sentence.start, min(sentence.end, sentence.start + 40))
    return colon if colon > 0 and text.find(";", sentence.start, colon) < 0 else sentence.start


def _fallback_precision(published: dt.date | None) -> str:
    return DatePrecision.PUBLICATION.value if published else DatePrecision.UNKNOWN.value


_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:city|town|village|region)\s+of\s+)?$"
)


_REGION_KINDS = frozenset({"region", "oblast", "province"})
_RAION_WORDS = frozenset({"district", "raion", "rayon"})
# a day that labels its sentence: "Tue, Sept. 3 | Nationwide | Overnight, ...", "On Sept. 3, overnight, ..."
# (not "After the May 17 attack", "By May 20, ...")
_ROW_DAY_BEFORE = re.compile(r"(?:\|\s*)?(?:(?:On|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?")
_NAMES = r"[A-ZА-ЯІЇЄҐ][\w’'-]*(?:[ -](?:[A-ZА-ЯІЇЄҐ][\w’'-]*|region|oblast|district))*"
# a dated row's day and places, labelling what the row tells after its colon
_DAY_ROW_LABEL = re.compile(
    r"(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s+[-–—|]\s+"
    rf"{_NAMES}(?:\s+\([^()]*\))?(?=:)"
)
# an item's day and places, and nothing else: "4 September, Dobropillia and Bilozerske (Donetsk region)."
_DATED_PLACES = re.compile(
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:[,:]|\s+[-–—])\s+"
    rf"{_NAMES}(?:(?:\s*,\s*|\s+and\s+){_NAMES})*(?:\s+\([^()]*\))?[.:]?"
)
_PAST_DAY_NAMED = re.compile(
    r"(?:Over|During|In|For)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)\s*[,(]\s*(?:on\s+)?"
    # ("Over the past day, from 08:00 on 17 May to 08:00 on 18 May": the day it starts on, and the hour)
    r"(?P<since>(?:from|between)\s+(?:(?P<hour>\d{1,2})(?:[:.]\d{2})?\s*(?:a\.m\.|am|h)?\s+)?(?:on\s+)?)?",
    re.IGNORECASE,
)
# a line that is a weekday alone ("TUESDAY", "Tuesday:"), heading a day's section
_WEEKDAY_HEADING = re.compile(
    rf"^[ \t]*(?P<day>{'|'.join(dates.WEEKDAYS)})[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# what says a summary was posted in the evening: "Evening summary", "Results of the day, 21:00", "as of 20:00"
_EVENING_POST = re.compile(  # (an evening's hour, not the day and month of "23.11.2024, 07:52")
    r"\bevening\b|\bnightly\b|\bresults\s+of\s+the\s+day\b|(?<![\d.])(?:1[6-9]|2[0-3])[:.][0-5]\d\b(?!\.\d)",
    re.IGNORECASE,
)
# the settlement a summary's item opens with: "Kupiansk: shelling damaged three houses", "Zolochiv community."
_ITEM_LABEL = re.compile(
    r"(?:[•▪*-][ \t]*)?[A-ZА-ЯІЇЄҐ][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}[ \t]*(?:[:.][ \t]|\n)"
)
_TOLD_BY = re.compile(
    r"\b(?:said|says|according\s+to|reported|reports|wrote|writes|told|announced|announces|stated|posted)\b",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\s(?:to|until|till|and)\s", re.IGNORECASE)
# a clock time an item gives: "at about 03:00", "at 1:30"
_AT_HOUR = re.compile(
    r"\bat\s+(?:about\s+|around\s+|approximately\s+)?(?P<hour>\d{1,2})[:.]\d{2}\b", re.IGNORECASE
)
_DISTRICT_OF_CITY = re.compile(r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'-]+)\s+district")  # as a city's was written
_ITEM_NUMBER = re.compile(r"(?:\d{1,3}[.)]\s+)?")  # "2. " before an item's opening words
_ON_BETWEEN = re.compile(r"\s+on\s+")
_COUNT_OVER = re.compile(r"\d[\d,]*\s*[-–—:]?\s*(?:[\w-]+\s+){0,2}?(?:over|above)\s", re.IGNORECASE)
_POSTED_ON = re.compile(
    r"\b(?:(?:the\s+following\s+)?(?:posts?|updates?|statements?|messages?|entries|reports?)\s+(?:below\s+)?"
    r"(?:were|was)|below\s+are\s+(?:the\s+)?(?:posts?|updates?|statements?|messages?|entries|reports?))\s+"
    r"(?:published|posted|issued|written|made)\s+(?:by\s+[^.;:]{1,80}?\s+on\s+|on\s+)?",
    re.IGNORECASE,
)
_LABEL_COLON = re.compile(r"\s*:")
_STAGES = re.compile(r"\b(?:stages|phases|parts|rounds)\b", re.IGNORECASE)
_NEXT_CLAUSE_DAY = re.compile(r"[,;]\s+(?:and|but|while|then)\s+(?:on\s+|by\s+)?\Z")
_SAME_SWAP_GAP = re.compile(r"[\s,:()\-–—]*(?:of\s+)?")  # "swap - 1,000 for 1,000", "exchange of 150 for 150"
_ITEM_DAY_AFTER = re.compile(r"\s+[-—–|]\s")  # "APRIL 7 - ", "May 22 | "
_ITEM_DATE_AFTER = re.compile(r":\s")  # after a calendar day: "- Feb. 5, 2025: 150 for 150", not "Monday:"
# "between Kyiv and Moscow", "between Moscow and Kyiv": a capital that stands for its government
_BETWEEN_CAPITALS = compile_opening(r"\bbetween\s+(?:[A-ZА-ЯІЇЄҐ][\w’'-]*\s+and\s+)?$")
_LABEL_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between the places a label lists
# (not "Kyiv's deadliest attack of the war": an attack on it)
_CAPITALS_OWN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:(?:strikes?|attacks?)\s+(?:inside|on|against|deep)\b|drones\b|missiles\b"
    r"|campaign\b|offensive\b)"
)
_NAMED_PRECISIONS = frozenset({_CITY, _REGION, _DISTRICT})
_DAY_OR_AGENCY = re.compile(r"\d|\(")  # what a wire's dateline holds: "July 14 (Reuters)"
_SUBJECT_OPENING = re.compile(r"\W*(?:The\s+)?")  # what may come before a sentence's subject
# what says a named place is where something was: "in", "on", "near" a few words before its name
_SAID_WHERE_BEFORE = compile_opening(
    r"\b(?:in|on|at|near|outside|across|to|into|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE
)
_BULLET_LEAD = re.compile(r"[-•*–]\s+")  # "- " before a dated item's day
_ROW_DAY_AFTER = re.compile(r"\s*[|:—–,-]|\s+(?:overnight\b|and\s+\d|[A-ZА-ЯІЇЄҐ])")
# Where an exchange the text places nowhere is put: this war's prisoners are handed over on the Ukrainian
# side of its borders with Belarus and Russia, so at country level in Ukraine, never in the country of the
# article's other places (a swap beside a strike on Georgievsk) nor the mediator's ("brokered by Japan")
_HANDOVER_COUNTRY = "UA"
_SWAP_OR_TALKS = frozenset({EventType.PRISONER_EXCHANGE, EventType.TALKS})
_WARRING = frozenset({"UA", "RU"})
_STRUCK = re.compile(r"(?:attacked|struck|hit|shelled|bombed|targeted|pounded)\b", re.IGNORECASE)
_CAPITAL_CODES = frozenset({"PPLC"})
# what happens at a place; an exchange or talks without one are placed by the countries involved
_HAPPENINGS_AT_A_PLACE = frozenset({_ATTACK, EventType.CASUALTIES, EventType.DAMAGE, _INTERCEPTION})
_WRITTEN_WORDS = frozenset({"we", "version"})  # words that may open what a newsroom had written wrongly
_HOLDING_WORDS = frozenset({"region", "oblast", "krai", "province", "republic"}) | _RAION_WORDS
# "Borova in Kharkiv Oblast", "Vovchansk, Kharkiv Oblast", "Natalivka, a village in the Zaporizhzhia
# district", "Petropavlivka, a town in the east of Dnipropetrovsk Oblast", "the Druzhba community in the
# Shostka district", "Kamianske (Vasylivka district)"
_IN_REGION_PATTERN = (
    r"(?:\s+(?:community|hromada))?\s+in\s+(?:the\s+)?|,\s+|\s+\(\s*(?:the\s+)?"
    r"|,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|community)\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|centre|center)[\w-]*\s+of\s+(?:the\s+)?)?"
)
_IN_REGION = re.compile(_IN_REGION_PATTERN)
_OF_REGION = re.compile(r"\s+of\s+(?:the\s+)?")
# "Olenivka in occupied Crimea", "Yelabuga in Tatarstan": a region named without "region" holds a town only
# so; after a comma it may be the next of a list ("Kherson, Crimea and Zaporizhzhia")
_IN_NAMED_REGION = re.compile(r"\s+in\s+(?:(?:Russian-)?(?:occupied|annexed)\s+)?")
# "Mykolaivka outside Sumy", "Ivanivka, near Kupiansk", "Pisochyn, a village on the outskirts of Kharkiv",
# "Kamianka, 20 kilometres south of Izium", "Dmytrivka, a village about 15 kilometers (9 miles) east of
# Ochakiv"
_NEAR_TOWN = re.compile(
    r",?\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|suburb|community)\s+)?"
    r"(?:(?:just|right|directly)\s+)?"
    # ("the village of Zavitne, south of Kerch": near it, however far the text does not say)
    r"(?:near|outside(?:\s+of)?|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|in\s+the\s+suburbs\s+of"
    r"|(?P<bearing>(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"|(?:(?:about|some|around|roughly)\s+)?(?P<distance>\d+)\s*(?P<unit>km|kilomet(?:re|er)s?|miles)"
    r"(?:\s*\([^()]{1,20}\))?\s+(?:from|(?P<compass>(?:north|south|east|west)[\w-]*)\s+of))"
    r"\s+(?:the\s+(?:city|town|village|regional\s+(?:capital|centre|center))\s+of\s+)?"
)
_NEAR_KM = 40.0  # "near" a town: its suburbs and the villages around it, not a namesake across the country
_BEARING_KM = 150.0  # "south of Kerch" without a distance: a namesake within a region's reach of it
_KM_PER_MILE = 1.609
_COMPASS_DEGREES = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}
_DISTANCE_SLACK, _NEAR_SLACK_KM = 1.25, 15.0  # a distance written is rounded, and measured by road or not
_TOWN_IN_REGION = re.compile(
    r"\b(?P<town>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)(?:" + _IN_REGION_PATTERN + r")"
    r"(?P<region>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?\s+(?:[Oo]blast|[Rr]egion|[Dd]istrict|[Rr]aion|[Kk]rai"
    r"|[Pp]rovince))\b"
)
# a launch's target: "at Kharkiv", "towards the port of Chornomorsk"
_AIMED_AT = re.compile(r"\b(?:at|on|against|towards)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|above)\s+(?:the\s+)?$")
_MAIN_TARGET_AFTER = re.compile(
    r"\s+(?:(?:was|is|as|being)\s+)?(?:the\s+)?main\s+(?:target|direction)\b", re.IGNORECASE
)
_MOST_OF_THEM_BEFORE = re.compile(
    r"\b(?:most|many|some|several|part|half|the\s+majority)\s+of\s+them\s+(?:were\s+)?(?:\w+\s+){0,2}?"
    r"(?:over|above|in|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEVERAL_AREAS = re.compile(r"\b(?:regions|provinces|oblasts|territories)\b", re.IGNORECASE)
_GOVERNOR_OF = compile_opening(
    r"\b(?P<name>[A-Z][\w’'\-]+)\s+(?:Region|Oblast|region|oblast)(?:['’]s)?\s+(?:Governor|governor)\b"
    r"|\bgovernor\s+of\s+the\s+(?P<name2>[A-Z][\w’'\-]+)\s+(?:region|oblast|Region|Oblast)\b"
)
# "CHERKASY REGIONAL MILITARY ADMINISTRATION - Ihor Taburets (07:05)": the heading of its head's posts
_REGIONAL_OFFICE = re.compile(
    r"\b(?P<name>[A-Z][\w’'\-]+)\s+(?i:regional\s+(?:(?:state|military|civil-military)\s+)*administration)\b"
)
_SIGN_OFF = re.compile(r"\s*[—–-]\s")
# what a captive went through: "a journalist detained in occupied Berdiansk in 2023", "marines captured in
# 2024 during the fighting for the Krynky bridgehead"
_CAPTIVITY_ASIDE = compile_opening(
    r"\b(?:detained|captured|abducted|arrested|imprisoned|jailed|sentenced|convicted|taken\s+prisoner)\b"
    r"[^,;:]*?(?=\s+(?:were|was|are|is|came|come|coming|returned|returning|arrived|went|got)\b|[,;:]|$)"
)
_CAPTIVITY_WORDS = frozenset(
    "detained captured abducted arrested imprisoned jailed sentenced convicted prisoner".split()
)
# "Zelenskyy, who returned from the conference on Sunday,": an aside about a person named
# "Zelenskyy, who returned from Munich on Sunday", "a priest who had been detained in Berdiansk in 2022"
# (up to the main clause's verb: "A 71-year-old patient who had undergone surgery the day before was killed")
_WHO_ASIDE = compile_opening(
    r"\b(?:[A-ZА-ЯІЇЄҐ][\w’'\-]+,\s+who\s|who\s+had\s)[^,;]*?(?=\s+(?:was|were)\s|[,;]|$)"
)
# (not "the market, which is in Kostiantynivka": that clause says where)
_WHICH_ASIDE = compile_opening(
    r"\bwhich\s(?!(?:is|are|was|were)\s+(?:located\s+|situated\s+)?(?:in|near|on|outside|at)\b|lies\s"
    # (nor when the thing happened: "the largest swap, which was carried out later that month")
    r"|(?:was|were|had\s+been)\s+(?:carried\s+out|held|conducted)\b|took\s+place\b|happened\b|occurred\b)[^,;]*"
)

_NARROWING = re.compile(r"(?:near|close\s+to|along|on|at)\s", re.IGNORECASE)


def _coordinated(text: str, items: list[Located], best: Located) -> list[Located]:
    """Return ``best`` and the places listed with it ("Kharkiv and Odesa", "Poltava, Sumy and Kyiv").

    "In the Chernihiv region, near the border with Belarus" is no list: the second
    phrase narrows the first, and the first, a named place, is kept.
    """
    index = items.index(best)
    first = last = index
    while first > 0 and _listed(text, items[first - 1], items[first]):
        first -= 1
    while last + 1 < len(items) and _listed(text, items[last], items[last + 1]):
        last += 1
    if first == last and _NARROWING.match(text, best.start) and index > 0:
        previous = items[index - 1]
        if _COORDINATION.fullmatch(text, previous.end, best.start):
            return [previous]
    return items[first : last + 1]


def _listed(text: str, item: Located, following: Located) -> bool:
    """Return True if ``following`` is listed after ``item``, not a phrase narrowing it."""
    return _COORDINATION.fullmatch(text, item.end, following.start) is not None and not _NARROWING.match(
        text, following.start
    )


def _distance(start: int, end: int, trigger: triggers.Trigger) -> float:
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return (start - trigger.end) * 1.05  # ties go to the trigger the place follows ("attack on Kyiv")
    return 0.0


def _swaps_told_once(text: str, found: list[triggers.Trigger]) -> list[triggers.Trigger]:
    """Read a swap and its formula as one trigger, and drop a formula that the stages told after it add up to.

    "the war's largest prisoner swap - 1,000 for 1,000 -" is one swap, whose formula gives its count; "The
    1,000-for-1,000 swap was carried out in three stages: 410 for 410 on May 21, 305 for 305 on May 22 and 285
    for 285 on May 23" tells three exchanges, not a fourth of 1,000.
    """
    each = {id(t): n for t in found if (n := triggers.swapped_each(t)) is not None}
    if not each:
        return found
    first = next(t for t in found if id(t) in each)
    staged = _STAGES.search(text, first.end, found[-1].start) is not None
    if len(each) >= 3 and staged and each[id(first)] == sum(n for key, n in each.items() if key != id(first)):
        found = [t for t in found if t is not first]  # (a total said as such, before the stages it sums)
    kept: list[triggers.Trigger] = []
    for trigger in found:
        last = kept[-1] if kept else None
        if (
            last is not None
            and trigger.event_type is last.event_type is EventType.PRISONER_EXCHANGE
            and (id(trigger) in each) != (id(last) in each)
            and _SAME_SWAP_GAP.fullmatch(text, last.end, trigger.start)
        ):
            kept[-1] = replace(last, end=trigger.end, text=text[last.start : trigger.end])
            continue
        kept.append(trigger)
    return kept


def _claims_enemy_losses(
    text: str, claimed_by: str | None, place: Place | None, counts: dict[str, Count]
) -> bool:
    """Return True if one side's claim counts the soldiers it killed or wounded on the other side's ground.

    "Russia's Defence Ministry ... claimed up to 50 servicemen had been killed" of a strike on Poltava.
    """
    party = attribution.party_of(claimed_by)
    if party is None or place is None or vague.country_code_for(party) == place.country_code:
        return False
    tolls = (count for name, count in counts.items() if name in ("killed", "injured"))
    return any(_SOLDIERS_AFTER.match(text, count.end) for count in tolls)


def _pools(found: list[triggers.Trigger], items: list[Any]) -> dict[str, list[Any]]:
    """Give each item (anything with ``start`` and ``end``) to the group of the trigger nearest to it."""
    pools: dict[str, list[Any]] = {}
    if len(found) == 1:
        if items:
            pools[_group(found[0].event_type)] = list(items)
        return pools
    for item in items:
        nearest = min(found, key=lambda t: _distance(item.start, item.end, t))
        pools.setdefault(_group(nearest.event_type), []).append(item)
    return pools


def _clause(text: str, sentence: Sentence, trigger: triggers.Trigger) -> tuple[int, int]:
    lower, upper = sentence.start, sentence.end
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.end() <= trigger.start:
            lower = match.end()
        elif match.start() >= trigger.end:
            upper = match.start()
            break
    return lower, upper


def _assign_tallies(
    found: list[triggers.Trigger],
    sentence: Sentence,
    text: str,
    weapon_tallies: list[counts.Tally],
    numbers: list[Count],
) -> dict[int, dict[str, Count]]:
    """Hand each count to the trigger it belongs to; returns trigger index -> field -> Count."""
    start, end, words = sentence.start, sentence.end, sentence.words
    assigned: dict[int, dict[str, Count]] = {}
    parts: dict[tuple[int, str], list[counts.Tally]] = {}

    def nearest(anchor: int, types: frozenset[EventType]) -> int | None:
        indices = [i for i, t in enumerate(found) if t.event_type in types]
        if not indices:
            return None
        if len(indices) > 1 and ";" in sentence.text:
            # "Russia launched 40 drones and four missiles; air defences destroyed 32 drones"
            lower = text.rfind(";", start, anchor) + 1 or start
            upper = text.find(";", anchor, end)
            upper = end if upper < 0 else upper
            indices = [i for i in indices if lower <= found[i].start < upper] or indices
        return min(indices, key=lambda i: abs(found[i].start - anchor))

    def give(index: int | None, tally: counts.Tally) -> None:
        # (a toll one more victim brings to a figure is the trigger's, over the figure said before it)
        if index is None:
            return
        if tally.field not in assigned.setdefault(index, {}) or tally.role == "reached":
            assigned[index][tally.field] = tally.count

    types = {t.event_type for t in found}
    if EventType.CASUALTIES in types:
        for tally in counts.casualty_tallies(text, start=start, end=end, numbers=numbers, words=words):
            give(nearest(tally.anchor, _ONLY_CASUALTIES), tally)
    if EventType.PRISONER_EXCHANGE in types and numbers:
        for tally in counts.prisoner_tallies(text, start=start, end=end, numbers=numbers):
            give(nearest(tally.anchor, _ONLY_EXCHANGES), tally)
    # where the last count's unit is, the trigger it went to, and the count it gave that trigger (None when
    # the trigger already had one: then it is a part of that one)
    listed_after: tuple[int, int, Count | None] | None = None
    index: int | None
    own: Count | None
    for tally in weapon_tallies:
        joint = _LISTED_WITH.fullmatch(text, listed_after[0], tally.count.start) if listed_after else None
        in_list = joint is not None and (
            not joint.group("comma") or _LIST_GOES_ON.match(text, tally.count.end, end) is not None
        )
        if listed_after is not None and in_list:
            # "shot down 97 of the drones and one missile": a list of counts goes to one trigger; "three
            # Iskander-M missiles and two Kh-59 missiles" are five missiles
            _, index, previous = listed_after
            if previous is not None and assigned.get(index, {}).get(tally.field) is previous:
                value = previous.value + tally.count.value
                own = Count(value, previous.qualifier, previous.start, tally.count.end)
                assigned[index][tally.field] = own
            else:  # not "six missiles, including three Kinzhal missiles and two Iskanders": a part, not more
                give(index, tally)
                own = tally.count if assigned[index].get(tally.field) is tally.count else None
            listed_after = (tally.anchor, index, own)
            continue
        if tally.role == "launched":
            give(nearest(tally.anchor, _ONLY_ATTACKS), tally)
            continue
        if tally.role in ("downed", "downed_part"):
            index = nearest(tally.anchor, _ONLY_INTERCEPTIONS)
            if tally.role == "downed_part" and index is not None:
                # "88 were shot down and 128 were jammed": parts of one interception, summed
                first_interception = min(
                    i for i, t in enumerate(found) if t.event_type is EventType.INTERCEPTION
                )
                parts.setdefault((first_interception, tally.field), []).append(tally)
                continue
        else:
            index = nearest(tally.anchor, _ATTACKS_AND_INTERCEPTIONS)
        give(index, tally)
        if index is not None:
            # "shot down 97 of the drones and one missile": what is listed after it goes with it
            own = tally.count if assigned[index].get(tally.field) is tally.count else None
            listed_after = (tally.anchor, index, own)
        else:
            listed_after = None
    for (index, field_name), pieces in parts.items():
        if field_name not in assigned.setdefault(index, {}):
            total = sum(p.count.value for p in pieces)
            first_piece = pieces[0].count
            assigned[index][field_name] = Count(
                total, first_piece.qualifier, first_piece.start, pieces[-1].count.end
            )
    return assigned


def extract_events(
    text: str,
    *,
    locator: Locator,
    published: dt.date | str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> list[Event]:
    """Extract events from ``text`` with an explicit :class:`~geomap.extraction.locate.Locator`.

    Same as :func:`extract`; lets tests and batch runs supply the locator.

    Parameters
    ----------
    text : str
        The article.
    locator : Locator
        Resolves names for this article.
    published : date or ISO string, optional
        Publication date.
    source, title : str, optional
        Where the article comes from and its headline.

    Returns
    -------
    list of Event
    """
    published_date = parse_date(published)
    notes: list[str] = []
    if published_date is None:
        published_date, expression = dates.infer_publication_date(text)
        if published_date is not None:
            notes.append(f"publication date not given; inferred from '{expression}' in the text")
        else:
            notes.append("no publication date given or found in the text: relative dates left unresolved")
    text = _blanked(_LINK_TEASER, text)
    if _FALSE_VERDICT.search(text) and not _UPHELD_VERDICT.search(text):
        # a fact-check's "CLAIM: ... Iskander-M missiles had destroyed a training centre in Zachepylivka"
        # rated false, and no claim upheld: what it checks is not reported
        text = _blanked(_CHECKED_CLAIM, text)
    reader = _Reader(text, locator, published_date)
    sentences = split_sentences(text)
    for sentence in sentences:
        reader.paragraph_start.setdefault(sentence.paragraph, sentence.start)
    locator.hints = _lede_names(text, sentences, locator, reader.people)
    locator.regions_of = _regions_of_towns(text)
    for sentence in sentences:
        if sentence.paragraph > 0:
            locator.hints = ()
        reader.read(sentence)
    groups = merge_mentions(reader.mentions)
    country = main_country(reader.location_places, reader.history)
    events = []
    for group in groups:
        if not reported(group) or _retracted(group, reader.retracted) or _only_asked(group):
            continue
        abroad = group.place is not None and group.place.country_code not in _WARRING
        struck = any(_STRUCK.match(m.trigger_text) for m in group.mentions)
        if group.event_type is _ATTACK and abroad and not struck:
            # "A drone crashed and exploded on the outskirts of Ocnița", "jets scrambled during Monday's
            # attack" over Tulcea: on a neighbour, what fell damages, and an attack is one said to strike
            # there ("sea drones attacked two tankers off Turkey's coast")
            continue
        if (
            group.place is not None
            and group.place.precision == _COUNTRY
            and not keep_unplaced(group)
            and not _in_several_areas(group)
        ):
            # "Ukraine has also hit back at Russian energy facilities", "Hits were recorded at 11 locations":
            # a whole country with no figure is no place on a map, as a happening placed nowhere is not
            continue
        if group.place is None:
            # an exchange with no place: Ukraine, on whose side of the border this war's swaps are handed
            # over, whichever side's prisoners the text counts coming home
            origin, where = "article", country
            if group.event_type is EventType.PRISONER_EXCHANGE:
                origin, where = "handover", _HANDOVER_COUNTRY
            if not keep_unplaced(group) or where is None:
                continue
            place = locator.country(where, written=where)
            if place is None:
                continue
            group.place, group.place_origin = place, origin
        events.append(to_event(group, source=source, title=title, published=published_date, notes=notes))
    return events


def _only_asked(group: Group) -> bool:
    """Return True if only questions tell of the happening.

    A Q&A's "Can they be shot down?" or "Has anything like Tuesday's attack happened before?" asks whether,
    it does not report (not "Why did a Russian missile kill five people in Kharkiv on Sunday?", which does).
    """
    return all(_YES_NO_QUESTION.match(m.sentence.text.strip()) for m in group.mentions)


def _in_several_areas(group: Group) -> bool:
    """Return True if a sentence of the group says where: "in the southern, eastern and northern regions".

    Such a happening is kept at the country holding the areas, figure or not; one carried there from an
    earlier sentence is not.
    """
    return any(
        m.place_in_sentence and m.place is not None and _written_as_several_areas(m.place)
        for m in group.mentions
    )


def _written_as_several_areas(place: Place) -> bool:
    """Return True for a country the text named by several of its areas ("over seven Russian regions")."""
    return place.precision == _COUNTRY and _SEVERAL_AREAS.search(place.written) is not None


def _reports_from(place: Place) -> bool:
    """Return True for a dateline's town or region the story reports from: in Ukraine or Russia, not capitals.

    "KYIV (AP) -" and "MOSCOW, February 4. /TASS/." say where a newsroom sits, "GENEVA -" where talks were;
    "SKVYRA, Kyiv region -" that a reporter went to the town, and "DONETSK REGION, Ukraine -" to the region
    (or to a town in it the gazetteer does not know).
    """
    return (
        place.precision in (_CITY, _REGION)
        and place.country_code in _WARRING
        and place.feature_code not in _CAPITAL_CODES
    )


def _retracted(group: Group, retracted: dict[str, int]) -> bool:
    """Return True if a later correction says the group's place was wrong and nothing after it reports it."""
    if group.place is None or group.place.key not in retracted:
        return False
    return all(m.sentence.index <= retracted[group.place.key] for m in group.mentions)


def _lede_names(
    text: str, sentences: list[Sentence], locator: Locator, people: frozenset[str]
) -> tuple[str, ...]:
    """Return the place names of the lede, to resolve the headline's names with.

    A headline is an opening paragraph of one sentence without closing punctuation; the lede is the first
    paragraph after it that names a place (not a byline: "By Nataliia Zaiets. From the district weekly").
    """
    if len(sentences) < 2 or sentences[1].paragraph != 1 or sentences[0].text.rstrip()[-1:] in _CLOSING:
        return ()
    for paragraph in range(1, 1 + _LEDE_PARAGRAPHS):
        lede = [s for s in sentences[1:] if s.paragraph == paragraph]
        if not lede:
            break
        start, end = lede[0].start, lede[-1].end
        found = places.find_place_mentions(
            text,
            start=start,
            end=end,
            dateline_until=places.dateline_end(text, start),
            known=locator.knows,
            people=people,
        )
        hints = tuple(
            dict.fromkeys(m.query for m in found if m.role is not _REFERENCE and not _bureau(m, locator))
        )
        if hints:
            return hints
    return ()


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """Return ``text`` with what ``pattern`` matches turned to spaces, so every offset into it stays."""
    return pattern.sub(lambda match: " " * len(match.group()), text)


def _regions_of_towns(text: str) -> dict[str, str]:
    """Return the region the text first says each town lies in ("Borova in Kharkiv Oblast"), by town."""
    regions: dict[str, str] = {}
    for match in _TOWN_IN_REGION.finditer(text):
        regions.setdefault(match.group("town"), match.group("region"))
    return regions


def _bureau(mention: places.PlaceMention, locator: Locator) -> bool:
    """Return True for a dateline naming a capital ("MOSCOW, February 16. /TASS/."): where wires file from.

    A regional dateline ("KHARKIV, Ukraine (AP)") tells which namesake a headline means; a capital's does
    not ("Alekseyevka" of a Belgorod story is not Moscow's district).
    """
    if mention.role is not places.Role.DATELINE:
        return False
    location = locator.answer_without_context(mention.query)
    return location is not None and (getattr(location, "raw", None) or {}).get("feature_code") == "PPLC"


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    title: str | None = None,
    resolver: Any = None,
    boundaries: Any = None,
) -> list[Event]:
    """Extract located, counted, dated events from a news article.

    Parameters
    ----------
    text : str
        The article's text (headline and body).
    published : datetime.date or str, optional
        Publication date (``date`` or ISO string). Relative dates ("on
        Saturday", "overnight") are resolved against it; when missing it is
        inferred from the latest full date in the text, and each event's
        ``notes`` say so.
    source : str, optional
        File name or URL, copied into each event.
    title : str, optional
        The article's headline, copied into each event.
    resolver : object, optional
        Anything with geopy's ``geocode(query, *, exactly_one, context)``;
        :meth:`geomap.resolver.Resolver.default` by default.
    boundaries : object, optional
        Provides ``country``, ``region_for`` and ``border_area``;
        :mod:`geomap.boundaries` by default.

    Returns
    -------
    list of Event
        One event per happening, in order of first mention.

    Raises
    ------
    ValueError
        If ``published`` is a string that is not an ISO date.
    """
    if resolver is None:
        from geomap.resolver import Resolver

        resolver = Resolver.default()
    locator = Locator(resolver, boundaries=boundaries)
    return extract_events(text, locator=locator, published=published, source=source, title=title)
