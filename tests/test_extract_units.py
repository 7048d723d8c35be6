"""Unit tests for the extraction building blocks: sentences, numbers, dates, counts, places."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.dates import parse_date
from geomap.extraction.attribution import find_claim_source
from geomap.extraction.counts import (
    casualty_tallies,
    prisoner_tallies,
    shares_by_place,
    unnumbered_toll,
    weapon_tallies,
)
from geomap.extraction.dates import BACKGROUND, find_dates, infer_publication_date
from geomap.extraction.numbers import find_counts, parse_count
from geomap.extraction.places import Role, dateline_end, find_anaphors, find_people, find_place_mentions
from geomap.extraction.text import split_sentences
from geomap.extraction.triggers import find_triggers, mentions_prisoners
from geomap.extraction.vague import find_vague_areas
from geomap.extraction.weapons import combine_weapons, find_weapons
from geomap.model import EventType, Weapon

SATURDAY = dt.date(2025, 5, 24)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("three", 3, "exact"),
        ("at least 15", 15, "at_least"),
        ("over 300", 300, "more_than"),
        ("more than 100", 100, "more_than"),
        ("1,000", 1000, "exact"),
        ("a dozen", 12, "exact"),
        ("two dozen", 24, "exact"),
        ("twenty-five", 25, "exact"),
        ("Nearly 30", 30, "about"),
        ("two hundred and fifty", 250, "exact"),
    ],
)
def test_counts_in_words_and_digits(text, value, qualifier):
    count = parse_count(text)
    assert (count.value, count.qualifier) == (value, qualifier)


def test_ages_sizes_distances_and_times_are_not_counts():
    text = "a 28-year-old woman, a five-storey block, a 1,000-kilometer front, 128 by direct fire"
    assert [c.value for c in find_counts(text)] == [128]
    assert [c.value for c in find_counts("13:10 - Ukrainian drones attacked; at 11:45 two more")] == [2]
    assert [c.value for c in find_counts("A man aged 63 and a woman aged 58 died")] == []
    assert [c.value for c in find_counts("killed seven people and wounded two dozen")] == [7, 24]
    assert [c.value for c in find_counts("said on June 17 that its drones hit; on 12 August, 4 died")] == [4]
    text = "In March 12 people were killed. Some 20 May Day marchers were hurt."
    assert [c.value for c in find_counts(text)] == [12, 20]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on Saturday", "2025-05-24", "relative"),
        ("Friday's swap", "2025-05-23", "relative"),
        ("overnight", "2025-05-24", "relative"),
        ("yesterday", "2025-05-23", "relative"),
        ("After the meeting on May 16", "2025-05-16", "day"),
        ("on 16 May", "2025-05-16", "day"),
        ("between Friday night and early Saturday", "2025-05-24", "relative"),
        ("on December 30", "2024-12-30", "day"),
        ("Over the weekend", "2025-05-24", "relative"),
        ("on the night of May 3 to 4", "2025-05-04", "day"),
        ("Weekly assessment, May 1-4: exchange", "2025-05-04", "day"),
        ("last weekend, drones hit", "2025-05-24", "relative"),
        ("On 16.05.2025 at about 15:00", "2025-05-16", "day"),
    ],
)
def test_dates_resolve_against_publication(text, expected, precision):
    published = dt.date(2025, 1, 2) if "December" in text else SATURDAY
    if "December" in text:
        expected = "2024-12-30"
    (mention,) = find_dates(text, published)
    assert (mention.date.isoformat(), mention.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("In March 2024, a Russian missile struck the port", ["In March 2024"]),
        ("It was set ablaze in January, when two firefighters were killed", ["in January"]),
        ("In late June, a strike on Dnipro killed a man", ["In late June"]),
        ("Engels has been targeted since 2022; last year a depot burned", ["since 2022", "last year"]),
        ("the deadliest attack since last August, when 25 people were killed", ["last August"]),
        ("a strike last Aug. 3 killed 25", []),  # a day, dated of its own
        ("The talks in Istanbul earlier this year, a swap last month", ["earlier this year", "last month"]),
        ("In total, over the past week, air defences shot down 1,146 drones", ["over the past week"]),
        ("over the past seven days Russia attacked the region 180 times", ["over the past seven days"]),
        ("In the last two weeks, drones hit Odesa's port five times", ["In the last two weeks"]),
        ("That summer, drones repeatedly hit the Danube ports", ["That summer"]),
        ("in December", ["in December"]),  # of the year before a May article
        ("shelled daily since the withdrawal in the spring of 2022", ["in the spring of 2022"]),
        ("in May, and on May 3", []),  # this month, and a day: reported, not recalled
        ("in 2025 so far", []),
        ("Many residents still remember July 2022, when missiles struck", ["July 2022"]),
        ("May 2025 has been the worst month", []),
        ("Since the start of the year, air defences destroyed 400 drones", ["Since the start of the year"]),
        ("Some of the most spectacular attacks of that period are still remembered", ["that period"]),
        ("In several cases over the past two years, images showed burned tanks", ["over the past two years"]),
    ],
)
def test_months_and_years_before_publication_mark_background(text, background):
    mentions = find_dates(text, SATURDAY)
    assert [m.text for m in mentions if m.precision == BACKGROUND] == background
    assert all(m.date is None for m in mentions if m.precision == BACKGROUND)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Saturday's paper: the night into the day it was said, not into Saturday
        ("Russia launched 143 drones overnight, the air force said on Thursday.", [dt.date(2025, 5, 22)]),
        ("The governor said on Friday that drones attacked the city yesterday.", [dt.date(2025, 5, 22)]),
        ("Russia launched 143 drones overnight.", [SATURDAY]),
        ("Drones attacked overnight and on Thursday, the air force said.", [SATURDAY, dt.date(2025, 5, 22)]),
    ],
)
def test_what_counts_from_today_counts_from_the_day_a_statement_was_made(text, expected):
    assert [m.date for m in find_dates(text, SATURDAY)] == expected


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("between Sunday evening and Monday morning", True),
        ("overnight into Friday", True),
        ("overnight", True),
        ("on Friday", False),
        ("between Monday and Thursday", False),  # days, not a night
        ("between 23:00 Moscow time on Friday and 07:00 on Saturday", True),
        ("from 23:00 Moscow time on May 23 to 07:00 Moscow time on May 24", True),
        ("over the night of May 23-24", True),
        ("Weekly assessment, May 1-4", False),
        ("Talks were held on May 20-21 in Riyadh", False),  # two days, no night
        ("between 9 p.m. on Friday and 5 a.m. on Saturday", True),
        ("between 11 p.m. Moscow time (2000 GMT) on Friday and 7 a.m. on Saturday", True),
        ("drones launched starting from 6 p.m. on Friday", False),
        ("between Monday and Tuesday", False),
        ("Shortly after midnight, Russia attacked Dnipro", True),
        ("At night, at about 02:30, the enemy attacked the city", True),
        ("from the night of Friday to Saturday", True),
    ],
)
def test_a_night_is_named_by_the_day_it_ended_on(text, night):
    *_, mention = find_dates(text, SATURDAY)
    assert mention.night is night
    assert len(find_dates(text, SATURDAY)) == 1 or not night  # the range's start is left out


def test_a_count_from_an_evening_hour_on_a_date_is_of_the_night_into_the_next_day():
    mentions = find_dates("From 18:00 on 13 April the enemy attacked Ukraine with 98 drones.", SATURDAY)
    assert [(m.date, m.night) for m in mentions] == [(dt.date(2025, 4, 14), True)]


def test_a_night_of_one_date_is_no_range_without_a_second_day():
    mentions = find_dates("Drones hit Kyiv on the night of 23 May - the coldest of the year.", SATURDAY)
    assert [m.date for m in mentions] == [dt.date(2025, 5, 23)]


def test_the_small_hours_and_a_night_opening_a_sentence_are_the_night_just_past():
    for text in ("Shortly after midnight, drones hit Dnipro.", "Kharkiv\nDuring the night, drones hit it."):
        assert [(m.date, m.night) for m in find_dates(text, SATURDAY)] == [(SATURDAY, True)]
    assert find_dates("Drones attack at night, officials say.", SATURDAY) == []
    assert [m.text for m in find_dates("Shortly after midnight on Friday, drones hit Dnipro.", SATURDAY)] == [
        "Friday"
    ]


def test_a_feast_named_by_its_weekday_is_no_date():
    mentions = find_dates("In April, a missile attack on Palm Sunday killed 35 people.", SATURDAY)
    assert [(m.text, m.precision) for m in mentions] == [("In April", BACKGROUND)]
    assert [m.text for m in find_dates("The attack on Sunday killed three.", SATURDAY)] == ["Sunday"]


def test_the_previous_evening_of_a_lede_is_the_day_before_publication():
    mentions = find_dates("A strike had killed three people the previous evening.", SATURDAY)
    assert [(m.text, m.date) for m in mentions] == [("the previous evening", dt.date(2025, 5, 23))]


def test_a_night_into_a_weekday_is_dated_by_the_weekday():
    mentions = find_dates("Russia launched 476 drones overnight into Monday.", SATURDAY)
    assert [(m.text, m.date) for m in mentions] == [("Monday", dt.date(2025, 5, 19))]


def test_later_that_evening_is_the_day_the_article_gave_last():
    (friday,) = find_dates("on Friday", SATURDAY)
    (later,) = find_dates("Later that evening, artillery shelled Mezhova.", SATURDAY, previous=friday)
    assert (later.date, later.precision) == (dt.date(2025, 5, 23), "relative")
    assert find_dates("Later that evening, artillery shelled Mezhova.", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At about the same time, drones struck the city's Shevchenkivskyi district.", dt.date(2025, 5, 23)),
        ("Smila had also been targeted the previous day.", dt.date(2025, 5, 22)),
        ("About 40 minutes later, drones hit an industrial enterprise.", dt.date(2025, 5, 23)),
        ("The next morning, artillery shelled the town of Hirnyk.", dt.date(2025, 5, 24)),
        ("It had been targeted the previous evening.", dt.date(2025, 5, 22)),
        ("Earlier that morning, a drone attacked a car.", dt.date(2025, 5, 23)),
        ("That night, drones attacked an energy facility in Oleksandriia.", dt.date(2025, 5, 23)),
    ],
)
def test_a_time_said_relative_to_the_last_date_given(text, expected):
    (friday,) = find_dates("on Friday", SATURDAY)
    (mention,) = find_dates(text, SATURDAY, previous=friday)
    assert mention.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The administration reported on Wednesday that shells hit the town over the previous day.", 20),
        ("The governor said on Wednesday that 23 drones had attacked the region that night.", 21),
        ("A drone hit Sumy on Wednesday, and the next day another hit Konotop.", 22),
    ],
)
def test_a_time_said_relative_to_a_day_earlier_in_its_sentence(text, expected):
    (friday,) = find_dates("on Friday", SATURDAY)
    mentions = find_dates(text, SATURDAY, previous=friday)
    assert mentions[-1].date == dt.date(2025, 5, expected)


def test_the_day_something_was_said_is_not_the_day_it_happened():
    mentions = find_dates("Russia attacked Kyiv on Tuesday night, officials said early Wednesday.", SATURDAY)
    assert [m.text for m in mentions] == ["Tuesday"]


def test_a_day_in_another_time_zone_is_not_the_day():
    assert find_dates("shortly after 2:00 am (2300 GMT Friday)", SATURDAY) == []
    assert [m.text for m in find_dates("a drone hit the city at 14:30 UTC Friday", SATURDAY)] == ["Friday"]


def test_numbers_with_dots_are_days_only_as_whole_dates():
    assert find_dates("It cost 1.5 million; version 3.10.2024b; 1.16.05.2025", SATURDAY) == []


def test_may_as_a_verb_is_not_a_date():
    assert find_dates("The next exchange may come soon.", SATURDAY) == []


def test_publication_date_parsing_and_inference():
    assert parse_date("2025-05-24T08:00:00Z") == SATURDAY
    assert parse_date(None) is None
    assert infer_publication_date("Taken on May 20, 2025. Updated May 24, 2025.") == (
        SATURDAY,
        "May 24, 2025",
    )
    assert infer_publication_date("on Saturday") == (None, None)


def test_sentences_keep_offsets_paragraphs_and_abbreviations():
    text = (
        "Headline Without Stop\n\nDavid Lammy, the U.K.’s Foreign Secretary, spoke. Mr. Smith left.\nCaption"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline Without Stop",
        "David Lammy, the U.K.’s Foreign Secretary, spoke.",
        "Mr. Smith left.",
        "Caption",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1]


def test_a_factbox_item_opening_with_a_capitalised_month_is_one_sentence():
    text = "OCT. 4 - An FPV drone struck a minibus near Semenivka. SEPT. 30 - Drones hit Pryluky."
    assert [s.text for s in split_sentences(text)] == [
        "OCT. 4 - An FPV drone struck a minibus near Semenivka.",
        "SEPT. 30 - Drones hit Pryluky.",
    ]


def test_each_item_of_a_bulleted_list_is_a_sentence_of_its_own():
    text = "• Repair crews restored power by noon\n• In Zinkiv, a drone struck a house.\n• A man was hurt"
    assert [s.text for s in split_sentences(text)] == [
        "• Repair crews restored power by noon",
        "• In Zinkiv, a drone struck a house.",
        "• A man was hurt",
    ]
    # a hyphen list continues the sentence that introduces it: "the ministry said:\n- 10 over ...", unless
    # its items are sentences of their own
    assert len(split_sentences("Regions hit:\n- Kharkiv: two injured.\n- Odesa: one killed.")) == 3
    # a hyphen list continues the sentence that introduces it: "the ministry said:\n- 10 over ..."
    text = "Air defences destroyed 18 drones, the ministry said:\n- 10 over Belgorod;\n- 8 over Kursk."
    assert len(split_sentences(text)) == 1
    # after a full stop, an item opening with a number is a sentence of its own
    text = "- 118 drones were launched.\n- 79 of the drones were shot down.\n- 2 residents were hurt."
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed and 17 others wounded when", {"killed": 2, "injured": 17}),
        ("Seven people, including three children, were killed", {"killed": 7}),
        ("killing 34 people and injuring 117, officials said", {"killed": 34, "injured": 117}),
        ("where an 81-year-old man was injured.", {"injured": 1}),
        ("The driver, a 44-year-old local resident, was wounded.", {"injured": 1}),
        ("The 52-year-old tractor driver was killed.", {"killed": 1}),
        ("The man who was injured has died in hospital.", {}),
        ("The 38-year-old was taken to hospital with shrapnel wounds.", {"injured": 1}),
        ("A 60-year-old man was cut by flying glass and received first aid.", {"injured": 1}),
        ("injured at least nine people, including two children", {"injured": 9}),
        ("six people needed medical care", {"injured": 6}),
        ("the death toll rose to 12", {"killed": 12}),
        ("Tens of thousands of soldiers have died", {}),
        ("Two people were slightly injured.", {"injured": 2}),
        ("damaging grain silos and injuring a truck driver, he said", {"injured": 1}),
        ("A police officer was killed.", {"killed": 1}),
        ("the death toll in Odesa had risen to four after", {"killed": 4}),
        ("The number of injured rose to 11.", {"injured": 11}),
        ("Two more came to the hospital on their own, so the number of wounded is now five.", {"injured": 5}),
        ("A woman was taken to hospital with shrapnel wounds.", {"injured": 1}),
        ("One employee of the plant was hurt and received medical help.", {"injured": 1}),
        ("A woman suffered cuts from broken glass.", {"injured": 1}),
        ("a 61-year-old watchman was injured", {"injured": 1}),
        ("bringing the number of dead there to four", {"killed": 4}),
        ("a drone hit a car near Semenivka, killing the driver, officials said", {"killed": 1}),
        ("one port employee was killed and two more were injured", {"killed": 1, "injured": 2}),
        ("A 44-year-old man sustained shrapnel wounds and was taken to hospital.", {"injured": 1}),
        ("Two employees of the plant were injured and taken to hospital.", {"injured": 2}),
        ("A security guard of the power station sustained a shrapnel wound to the arm.", {"injured": 1}),
        ("it had killed three people and wounded eight the previous evening", {"killed": 3, "injured": 8}),
        ("the death toll from the strike on the apartment building had risen to five", {"killed": 5}),
        ("Two women, aged 67 and 71, were killed when the blast brought down their house.", {"killed": 2}),
        ("Three men, aged 45, 50 and 61, were wounded.", {"injured": 3}),
        ("Rescuers recovered the body of a fourth victim from the rubble.", {"killed": 4}),
        ("Rescuers pulled a second body from the rubble.", {"killed": 2}),
        ("Three people were initially reported injured.", {"injured": 3}),
        ("A man riding a bicycle was wounded when a drone attacked him.", {"injured": 1}),
        ("a drone struck a car carrying volunteers, injuring two of them, he said", {"injured": 2}),
        ("Two employees who were on duty at the substation were injured.", {"injured": 2}),
        ("Two electricians were wounded, he said.", {"injured": 2}),
        ("Two people who were injured in the attack died in hospital.", {}),  # not two more injured
        ("Two vans were hit; the driver of one of them was taken to hospital with burns.", {"injured": 1}),
    ],
)
def test_casualty_counts(text, expected):
    tallies = casualty_tallies(text, start=0, end=len(text))
    assert {t.field: t.count.value for t in tallies} == expected


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("A woman and a 16-year-old girl were injured when drones attacked the town.", "injured", 2),
        ("A 61-year-old man and his son died under the rubble of their house.", "killed", 2),
        ("A man was killed and a woman was injured.", "killed", 1),
    ],
)
def test_two_people_named_together_are_counted_as_two(text, field, value):
    tallies = casualty_tallies(text, start=0, end=len(text), words=split_sentences(text)[0].words)
    assert [(t.field, t.count.value) for t in tallies][0] == (field, value)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor said two people were hurt.", "governor"),
        ("Explosions rocked the port, the mayor said.", "mayor"),
        ("Power outages were reported in several districts after the attack.", None),
    ],
)
def test_who_a_report_is_attributed_to(text, source):
    assert find_claim_source(text, start=0, end=len(text)) == source


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Dozens of people were injured in Dnipro.", "Dozens of people were injured"),
        ("Several civilians were killed.", "Several civilians were killed"),
        ("many of them wounded", None),
        ("Tens of thousands of soldiers have died", None),
        ("dozens of cars were damaged", None),
    ],
)
def test_casualty_phrases_without_a_figure(text, phrase):
    assert unnumbered_toll(text, start=0, end=len(text)) == phrase


def test_a_total_split_over_places_gives_each_place_its_share():
    text = "destroyed 47 UAVs: 21 over the territory of the Volgograd Region, 17 over the Rostov Region"
    shares = shares_by_place(text, start=0, end=len(text))
    assert [(c.value, text[at : at + 6]) for c, at in shares] == [(21, "Volgog"), (17, "Rostov")]
    assert shares_by_place("21 over the Volgograd Region", start=0, end=28) == []  # one share is no split
    text = "destroyed 63 drones over nine regions, including 22 over the Belgorod region"
    shares = shares_by_place(text, start=0, end=len(text))
    assert [(c.value, text[at : at + 6]) for c, at in shares] == [(22, "Belgor")]  # said to be a part
    text = "destroyed 94 drones over seven Russian regions overnight, 38 of them over the Krasnodar region"
    shares = shares_by_place(text, start=0, end=len(text))
    assert [(c.value, text[at : at + 6]) for c, at in shares] == [(38, "Krasno")]


def test_weapon_counts_distinguish_launched_and_downed():
    text = "it had destroyed 29 of 42 drones and seven of 13 missiles launched overnight"
    tallies = weapon_tallies(text, start=0, end=len(text))
    assert [(t.field, t.count.value, t.role) for t in tallies] == [
        ("drones", 29, "downed"),
        ("drones", 42, "launched"),
        ("missiles", 7, "downed"),
        ("missiles", 13, "launched"),
    ]
    text = "Of those, 88 were shot down and 128 were jammed."
    tallies = weapon_tallies(text, start=0, end=len(text), previous_unit="drones")
    assert [(t.field, t.count.value) for t in tallies] == [("drones", 88), ("drones", 128)]
    for text in (
        "In the Tambov region, a drone was shot down on the outskirts of Kotovsk.",
        "A day earlier, air defences had shot down a drone on the outskirts of the town.",
    ):
        tallies = weapon_tallies(text, start=0, end=len(text), words=frozenset(["shot"]))
        assert [(t.field, t.count.value, t.role) for t in tallies] == [("drones", 1, "downed")]
    text = "Air defence had shot down five U.S.-made ATACMS missiles over the region."
    tallies = weapon_tallies(text, start=0, end=len(text))
    assert [(t.field, t.count.value) for t in tallies] == [("missiles", 5)]
    text = "Air defence forces shot down 11 unmanned aerial vehicles over the city."
    tallies = weapon_tallies(text, start=0, end=len(text))
    assert [(t.field, t.count.value) for t in tallies] == [("drones", 11)]
    for text in (
        "Guided bombs kill two; a dozen wounded as drone hits minibus",
        "It came under attack on January 2 when Russian Shahed drones hit a terminal.",
    ):
        assert weapon_tallies(text, start=0, end=len(text)) == []  # counts of people and days, not drones
    text = 'air defences had shot down "all four" Storm Shadow missiles'
    tallies = weapon_tallies(text, start=0, end=len(text))
    assert [(t.field, t.count.value) for t in tallies] == [("missiles", 4)]
    text = "Nine more were shot down over the Lipetsk region, it said."
    tallies = weapon_tallies(text, start=0, end=len(text), previous_unit="drones")
    assert [(t.field, t.count.value, t.role) for t in tallies] == [("drones", 9, "downed_part")]


def test_sea_drones_are_counted_as_drones():
    text = "the Navy struck with six unmanned surface vessels; eleven unmanned boats were destroyed"
    tallies = weapon_tallies(text, start=0, end=len(text))
    assert [(t.field, t.count.value) for t in tallies] == [("drones", 6), ("drones", 11)]


def test_planned_exchange_counts_are_skipped():
    text = "Friday's exchange marked the first step in the planned swap of 1,000 prisoners per side."
    assert prisoner_tallies(text, start=0, end=len(text)) == []
    text = "both sides had each brought home 307 soldiers"
    assert [t.count.value for t in prisoner_tallies(text, start=0, end=len(text))] == [307]
    text = "Ukraine brought home 22 civilians and 43 servicemen on Thursday"
    assert [t.count.value for t in prisoner_tallies(text, start=0, end=len(text))] == [65]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("More than 3,700 Ukrainians have been freed from Russian captivity so far.", []),
        ("Each side freed 390 prisoners in the largest swap since the start of the war.", [390]),
        ("Ukraine and Russia exchanged 205 prisoners on Thursday, the 65th swap to date.", [205]),
        ("Ukraine brought home 307 defenders on Saturday, for a total of 697 people so far.", [307]),
        ("175 Ukrainians have returned home from Russian captivity.", [175]),
        ("After the exchange, 189 citizens of Ukraine returned home from captivity.", [189]),
        ("The swap came as 300 Ukrainians were evacuated from the city.", []),
        ("Officials said the two stages brought home 127 Ukrainians in the course of the week.", []),
        ("Ukraine has freed 4,000 people in exchanges with Russia so far.", []),
    ],
)
def test_a_swaps_count_is_neither_a_running_total_nor_people_moved_otherwise(text, counted):
    assert [t.count.value for t in prisoner_tallies(text, start=0, end=len(text))] == counted


def test_an_exchange_without_the_word_prisoners_is_still_an_exchange():
    assert mentions_prisoners("Ukraine brought home 22 civilians in an exchange with Russia.")
    assert not mentions_prisoners("She came home to find the house hit; an exchange of fire followed.")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Ukrainian forces managed to shoot down six missiles.", ["interception"]),
        ("Nearly 30 drones were destroyed over the Bryansk region.", ["interception"]),
        ("Fires broke out due to falling wreckage.", ["damage", "damage"]),
        ("Residents heard anti-aircraft fire.", []),
        ("A guided aerial bomb destroyed a school building; nobody was hurt.", ["attack", "damage"]),
        ("He later reported drone debris hit a shopping mall.", ["damage"]),
        ("Both sides agreed to exchange 1,000 prisoners.", []),
        ("In Engels, fragments of a drone damaged the roof.", ["damage"]),
        ("Falling drone debris damaged power lines.", ["damage", "damage"]),
        ("A drone damaged the roof.", ["attack", "damage"]),
        ("104 drones were intercepted and destroyed over several regions.", ["interception"]),
        ("Kherson came under artillery fire 120 times.", ["attack"]),
        ("Russian troops fired artillery at the port town of Ochakiv.", ["attack"]),
        ("Windows were blown out in a lyceum.", ["damage"]),
        ("A man was injured by debris in Armiansk.", ["casualties"]),
        ("Flames spread across three floors.", ["damage"]),
        ("It set off secondary detonations.", ["damage"]),
        ("Debris from a downed drone fell on a house.", ["damage"]),
        ("Debris from one of the downed drones fell on a house.", ["damage"]),
        ('Air defences had "repelled an attack" by 18 drones.', ["interception"]),
        ("He insisted that no military facilities had been hit.", []),
        ('"The extent of the damage is being clarified," it said.', []),
        ("A drone struck a substation, leaving parts of the town without power.", ["attack", "damage"]),
        ("Power was cut to part of the town.", ["damage"]),
        ("After the strike, about 2,300 households there are without power.", ["attack", "damage"]),
        ("Homes in the shelled village remained without electricity for a day.", ["damage", "attack"]),
        ("Households in Lviv were without power after a storm.", []),
        ("Power was restored to homes that were without power after the strike.", ["attack"]),
        ("Subscribers were cut off from the internet after the missile strike.", ["attack"]),
        ("After a hit, 28,000 consumers in the community were de-energised.", ["attack", "damage"]),
        ("Consumers were cut off after the strike.", ["damage", "attack"]),
        ("Russian attacks on the region have largely targeted energy sites.", []),
        ("Overnight Russian strikes mostly hit energy facilities.", ["attack", "attack"]),
        ("Regular Russian attacks on Kharkiv killed two on Saturday.", ["attack", "casualties"]),
        ("Two drivers were killed in a road accident near Poltava.", []),
        ("Ten students were hospitalised with food poisoning.", []),
        ("It is an answer to Moscow's nightly air attacks on Ukrainian cities.", []),
        ("The nightly attack on Kyiv killed two.", ["attack", "casualties"]),
        ("Air defence units brought down or disabled 98 of them.", ["interception"]),
        ("Police brought down a drone smuggling ring in Odesa.", []),
        ("The blast brought down the roof of a school.", []),
        ("Prosecutors launched a pre-trial investigation into the shelling.", ["attack"]),
        ("A pre-trial investigation was launched.", []),
        ("Russia launched 40 drones overnight.", ["attack"]),
        ('He said that "not a single explosion" had been heard in the village.', []),
        ("Villages have been shelled almost daily since.", []),
        ("Bogomaz reports shelling or drone strikes on its villages almost every day.", []),
        ("The village is shelled almost every day.", []),
        ("Artillery shells land in the gardens in the evenings.", []),
        ("For more than two years the community has been shelled from the left bank.", []),
        ("Forty-one Ukrainians came home, 33 servicemen and eight civilians.", ["prisoner_exchange"]),
        ("Kyiv says its strikes on Russian industry are aimed at cutting fuel supplies.", []),
        ("Among those freed are 12 severely wounded servicemen.", ["prisoner_exchange"]),
        ("Russian troops returned to the village and killed two residents.", ["casualties"]),
        ("Russian troops repeatedly shelled Kupiansk overnight.", ["attack"]),
        ("A woman suffered cuts from broken glass.", ["casualties"]),
        ("They held talks on further prisoner swaps.", ["talks"]),
        ("Further south, Russian troops shelled Bilozerka.", ["attack"]),
        ("Russia fired 12 cruise missiles at Lviv.", ["attack"]),
        ("The official was fired on Monday.", []),
        ("It called them fair retaliation for Russian strikes on the power grid.", []),
        ("A drone hit a substation, cutting power to part of the town.", ["attack", "damage"]),
        ("The strikes forced the grid operator to cut power to consumers.", ["attack"]),
        ("A guided aerial bomb was dropped on the outskirts of Okhtyrka.", ["attack"]),
        ('"Sumy and Kharkiv are being hit in a pattern," she said.', []),
        ('He confirmed a fire at "an infrastructure facility" in the town.', ["damage"]),
        ("Troops opened fire at the car.", []),
        ("It did not say how many missiles were fired.", []),
        ("It did not say whether air defence had attempted to intercept it.", []),
        ("It is not known whether the missile that hit the hospital was a ballistic one.", ["attack"]),
        ("Officials did not say whether the strike on Kharkiv was aimed at the plant.", ["attack"]),
        ("The shelling cut a power line.", ["attack", "damage"]),
        ("The next morning, Russian artillery shelled the town of Hirnyk.", ["attack"]),
        ("Residents braced for the next attack.", []),
        ("The border districts remain under constant attack.", []),
        ("Over Odesa Oblast alone, 21 drones were destroyed.", ["interception"]),
        ("Russia says it strikes only military targets in Ukraine.", []),
        ("The army said it struck a depot.", ["attack"]),
        ("Troops continued to hold back Russian assaults near Vovchansk.", []),
        ("The village came under Russian artillery fire.", ["attack"]),
        ("The base hosts Su-34s that carry out glide-bomb strikes on front-line towns.", []),
        ("Ukraine has intensified its own long-range drone strikes on refineries.", []),
        ("In response to Ukraine's strikes, Russia attacked Kharkiv.", ["attack"]),
        ("Kyiv has stepped up attacks on Russian refineries.", []),
        ("Russia stepped up its attacks on Kharkiv on Tuesday.", ["attack"]),
        ("The Kiev regime has been using drones to attack facilities in Russian regions.", []),
        ("It stated that the armed forces strike only military targets.", []),
        ("The drones struck only minutes after midnight.", ["attack"]),
        ('"Every night, Russia is launching drones and bombs at our towns," he said.', []),
        ("Air defence destroyed three Shahed-type attack drones over the region.", ["interception"]),
        ("A local man was hit by shrapnel in his own yard.", ["casualties", "attack"]),
        ("Several cars were hit by shrapnel.", ["attack"]),
        ("Russia launched drones and missiles at Kyiv overnight.", ["attack"]),
        ("Air raid alerts sound every night in Kharkiv, but a missile hit a school.", ["attack"]),
        ("Each day, Russian troops shell the villages along the river.", []),
        ("Officials held a meeting in Istanbul on Friday to discuss a prisoner exchange.", ["talks"]),
        ("The envoys held talks on a new prisoner exchange.", ["talks"]),
        ("By Sunday evening the toll had risen to three.", ["casualties"]),
        ("The war has taken a heavy toll on the economy.", []),
        ("Ukraine and Russia exchanged 84 prisoners after weeks of discussions.", ["prisoner_exchange"]),
    ],
)
def test_triggers(text, types):
    found = find_triggers(text, start=0, end=len(text), prisoner_context=True)
    assert [t.event_type.value for t in found] == types


def test_missiles_that_were_launched_keep_the_launch_as_their_trigger():
    # "launched" marks a count of what was sent at a country; "a bomb was dropped" is an attack of its own
    text = "The air force said 40 missiles were launched at Ukraine. A bomb was dropped on Okhtyrka."
    assert [t.text for t in find_triggers(text, start=0, end=len(text))] == ["launched", "bomb was dropped"]


def test_a_transfer_that_took_place_somewhere_is_no_mere_reference():
    text = "The handover took place at a checkpoint in Volyn Oblast. The transfer was swift."
    found = find_triggers(text, start=0, end=len(text), prisoner_context=True, exchange_context=True)
    assert [(t.text, t.weak) for t in found] == [("handover", False), ("transfer", True)]


def test_a_place_described_in_apposition_is_of_that_kind():
    text = "Kurakhove, a mining and power-plant town that had 18,000 residents, now has fewer than 4,000."
    (mention,) = find_place_mentions(text, start=0, end=len(text), known={"Kurakhove"}.__contains__)
    assert (mention.text, mention.kind) == ("Kurakhove", "town")
    text = "Odesa, the port city where a missile struck the Prymorskyi district, was hit again."
    known = {"Odesa", "Prymorskyi district"}.__contains__
    found = find_place_mentions(text, start=0, end=len(text), known=known)
    assert [m.role for m in found] == [Role.LOCATION, Role.LOCATION]  # a clause of its own still reports
    text = "Two residents of Komyshany, a settlement on the western edge of Kherson, were killed."
    found = find_place_mentions(text, start=0, end=len(text), known={"Komyshany", "Kherson"}.__contains__)
    assert [(m.text, m.role) for m in found] == [("Komyshany", Role.LOCATION), ("Kherson", Role.REFERENCE)]


@pytest.mark.parametrize(
    "text",
    [
        "In Ilsky, debris damaged three houses on Lenina and Shkolnaya streets.",
        "In Ilsky, debris damaged a house on Lenina Street.",
        "In Ilsky, debris damaged houses on Lenina, Mira and Shkolnaya streets.",
        "In Ilsky, homes on the left bank of the Ustia are without power.",
    ],
)
def test_a_streets_or_a_rivers_name_is_no_place(text):
    known = {"Ilsky", "Lenina", "Mira", "Shkolnaya", "Ustia"}.__contains__
    found = find_place_mentions(text, start=0, end=len(text), known=known)
    assert [m.text for m in found] == ["Ilsky"]


def test_place_roles():
    text = "Kyiv, Ukraine (WE) — Kyiv Mayor Vitalii Klitschko said the EU ambassador to Kyiv left Obolon."
    mentions = find_place_mentions(text, start=0, end=len(text), dateline_until=21)
    roles = [(m.text, m.role) for m in mentions]
    assert roles[:2] == [("Kyiv", Role.DATELINE), ("Ukraine", Role.DATELINE)]
    assert ("Kyiv", Role.OFFICE) in roles and ("Kyiv", Role.POSTING) in roles
    assert ("Obolon", Role.LOCATION) in roles
    assert all("Klitschko" not in m.text for m in mentions)


def test_names_of_occupied_regions_and_acronyms_only_where_they_locate():
    names = {"LPR", "Luhansk People's Republic", "US"}
    text = 'Five missiles were downed over the so-called "Luhansk People\'s Republic" and two over the LPR.'
    found = find_place_mentions(text, start=0, end=len(text), known=names.__contains__)
    assert [(m.text, m.role) for m in found] == [
        ("Luhansk People's Republic", Role.LOCATION),
        ("LPR", Role.LOCATION),
    ]
    text = "The US said the LPR was shelled."
    assert find_place_mentions(text, start=0, end=len(text), known=names.__contains__) == []


def test_governments_and_their_officials_are_not_locations():
    text = "Crimea: six missiles downed; Kyiv reports hits on Dzhankoi, officials in Kyiv and Moscow said"
    roles = [(m.text, m.role) for m in find_place_mentions(text, start=0, end=len(text))]
    assert roles == [
        ("Crimea", Role.LOCATION),
        ("Kyiv", Role.SPEAKER),
        ("Dzhankoi", Role.LOCATION),
        ("Kyiv", Role.OFFICE),
        ("Moscow", Role.OFFICE),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("146 servicemen had been returned from territory controlled by Kyiv.", Role.OFFICE),
        ("The ministry said in a statement issued in Abu Dhabi that it had mediated.", Role.OFFICE),
        ("In his nightly video address from Kyiv, Zelensky renewed his call.", Role.OFFICE),
        ("Residents of Yevpatoria wrote that they heard explosions.", Role.LOCATION),
        ("A drone was shot down on the outskirts of Kotovsk.", Role.LOCATION),
        ("A drone was shot down 20 kilometres south of Kotovsk.", Role.REFERENCE),
        ("Two wounded passengers were taken to hospital in Kursk.", Role.REFERENCE),
        ("Russian drones struck a hospital in Kharkiv on Thursday.", Role.LOCATION),
        ("People sheltered in the Lukianivska and Akademmistechko metro stations.", Role.REFERENCE),
        ("Units operating against the Sumy direction were hit.", Role.REFERENCE),
        ("Drones hit the city as Moscow kept up its bombardment.", Role.SPEAKER),
        ("A landing ship was hit in the Sea of Azov.", Role.REFERENCE),
        ("It hit the refinery, one of the largest in the Volga area.", Role.REFERENCE),
        ("The drone killed one of the residents in Kharkiv.", Role.LOCATION),
        ("Kyiv has repeatedly targeted refineries in the region.", Role.SPEAKER),
        ("It was the first swap Riyadh has helped arrange since the summer.", Role.SPEAKER),
        ("Energy facilities fuel Moscow's war effort.", Role.OFFICE),
        ("They are a response to Moscow's strikes on the grid.", Role.OFFICE),
        ("Turkish Foreign Minister Hakan Fidan said in Ankara that talks would go on.", Role.OFFICE),
        ("The ministry counted 53 drones, without mentioning Tatarstan.", Role.REFERENCE),
        ("The minister said Ankara stood ready to host more exchanges.", Role.SPEAKER),
        ("Officials pressed ahead with efforts to bring Moscow and Kyiv back to the table.", Role.SPEAKER),
        ("Kiev has not officially commented on most of them.", Role.SPEAKER),
        ("The spokesman told reporters in Moscow that the operation would go on.", Role.OFFICE),
        ("The restrictions were lifted by 8:00 a.m. Moscow time.", Role.REFERENCE),
        ("It said the Khortytsia operational-strategic group counted 45 attacks.", Role.REFERENCE),
        ("Debris fell on the village, between Rasskazovo and the regional capital Tambov.", Role.REFERENCE),
        ("A shell hit a street in the settlement on the western edge of Kherson.", Role.REFERENCE),
        ("The team brought all the injured to the regional hospital in Kherson.", Role.REFERENCE),
        ("They were launched from the directions of Oryol, Millerovo and Chauda (Crimea).", Role.REFERENCE),
        ("A shell hit a street on the western edge of Kherson.", Role.LOCATION),
        ("A missile struck near the Qatari embassy in Kyiv.", Role.LOCATION),
        ("A fire broke out on the territory of the Novocherkassk State power plant.", Role.LOCATION),
        ("It is said that Moscow has been saving up missiles.", Role.SPEAKER),
        ("Kherson has been suffering daily attacks.", Role.LOCATION),
        ("Kyiv accuses Moscow of hitting Ukrainian cities.", Role.SPEAKER),
        ("Kyiv rarely discusses individual attacks on Russian territory.", Role.SPEAKER),
        ("The plant makes the Tor surface-to-air missile system.", Role.REFERENCE),
        ("A source told AFP in Kyiv that the strike was theirs.", Role.OFFICE),
        ("The army pounds Dnipro riverside villages.", Role.REFERENCE),
        ("Debris fell in Inkerman, on the outskirts of Sevastopol, shattering windows.", None),
        ("A missile hit a block of flats as Moscow pounded the power grid.", Role.SPEAKER),
        ("Moscow, for its part, has answered with its own bombardment.", Role.SPEAKER),
        ('Peskov told reporters that Moscow was "open to" a new round.', Role.SPEAKER),
        ("Kyiv has appealed to allies for more Patriot systems.", Role.SPEAKER),
        ("A Western diplomat in Kyiv said the allies accepted it.", Role.OFFICE),
        ("Russian shelling damaged the main water source in Mykolaiv.", Role.LOCATION),
        ("Kharkiv remains open to visitors despite the shelling.", Role.LOCATION),
        ('Vietnam said Hanoi had "consistently supported dialogue".', Role.SPEAKER),
        ('Zelenskyy said the attack showed that Moscow "is not looking for peace".', Role.SPEAKER),
        ("It was the first time Hanoi had acted as an intermediary.", Role.SPEAKER),
        ("Kyiv also received the bodies of 1,000 soldiers.", Role.SPEAKER),
        ("It was the first time Tokyo has played that role.", Role.SPEAKER),
        ("Doha served as a go-between in the talks.", Role.SPEAKER),
        ("An earlier statement had named the neighbouring village of Teplytsia.", Role.RETRACTED),
        ("The bomb did not hit Serhiivka but another village.", Role.RETRACTED),
        ("The freed men were taken to medical facilities in Chernihiv Oblast.", Role.REFERENCE),
    ],
)
def test_who_governs_speaks_or_lives_somewhere(text, role):
    words = (
        "Zelensky",
        "Units",
        "People",
        "Drones",
        "A",
        "Sea",
        "It",
        "The",
        "Energy",
        "They",
        "Turkish",
    ) + ("Peskov", "Patriot", "Western", "Debris", "Russian")
    names = [m for m in find_place_mentions(text, start=0, end=len(text)) if m.text not in words]
    if role is None:  # the first a location, the second only where it lies
        assert [m.role for m in names] == [Role.LOCATION, Role.REFERENCE]
        return
    assert names and {m.role for m in names} == {role}


def test_a_region_naming_the_kind_of_settlement_after_it_only_says_where_it_lies():
    text = "A drone hit a car in the Belgorod border village of Golovchino."
    roles = [(m.text, m.role) for m in find_place_mentions(text, start=0, end=len(text)) if m.text != "A"]
    assert roles == [("Belgorod", Role.REFERENCE), ("Golovchino", Role.LOCATION)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("They say there was no strike on Kolomak and the reports are false.", "Kolomak", Role.RETRACTED),
        ("The Kremlin said there was no strike on Sumy and called the reports fake.", "Sumy", Role.LOCATION),
        ("There were no attacks on Kyiv on Saturday, the mayor said.", "Kyiv", Role.LOCATION),
        # what a newsroom says it had written wrongly: withdrawn if the correction names another place
        ("Correction: we wrote that the drone struck a depot in Berezivka.", "Berezivka", Role.MISREPORTED),
        ("An earlier version of this story said the missile hit Kharkiv.", "Kharkiv", Role.MISREPORTED),
        ("We mistakenly reported that drones had attacked Sumy.", "Sumy", Role.MISREPORTED),
        ("An earlier version also said that 21 people were injured in Shpola.", "Shpola", Role.MISREPORTED),
        # what a newsroom repeats stands
        ("As we reported earlier, the missile hit Kharkiv at dawn.", "Kharkiv", Role.LOCATION),
        ("Earlier we wrote that the drone struck a facility in Berezivka.", "Berezivka", Role.LOCATION),
    ],
)
def test_a_place_a_correction_says_was_wrong(text, name, role):
    named = [m.role for m in find_place_mentions(text, start=0, end=len(text)) if m.text == name]
    assert named == [role]


def test_a_year_after_a_word_that_dates_is_no_count():
    text = "A strike on New Year's night 2023 killed dozens; in March 2024, 12 died; 2023 were evacuated."
    assert [c.value for c in find_counts(text, start=0, end=len(text))] == [12, 2023]


@pytest.mark.parametrize(
    "text",
    [
        "The week ended with an attack on the regional capital itself.",
        "Overnight the enemy attacked the regional centre with attack drones.",
    ],
)
def test_the_regional_capital_is_a_kind_of_its_own(text):
    assert [a.kind for a in find_anaphors(text, start=0, end=len(text))] == ["regional capital"]


def test_the_centre_of_a_town_is_no_anaphor():
    text = "A guided bomb hit the centre of the town, and shops in the city centre were damaged."
    assert [a.kind for a in find_anaphors(text, start=0, end=len(text))] == ["town", "city"]


def test_anaphors_with_a_describing_word_and_possessive_ones():
    text = (
        "They saw a fire on the outskirts of the resort city. Drones struck the city's Obolon district, "
        "the town's Russian-installed mayor said. A missile hit the region's administration building."
    )
    assert [(a.text, a.kind, a.role) for a in find_anaphors(text, start=0, end=len(text))] == [
        ("the resort city", "city", Role.LOCATION),
        ("the city", "city", Role.CONTAINER),
        ("the town", "town", Role.OFFICE),
        ("the region", "region", Role.CONTAINER),
    ]


def test_possessive_and_qualifier_split():
    text = "In Ukraine's Chernihiv region and Kyiv's Darnytskyi district, Russia's defence ministry said"
    mentions = {m.text: m.role for m in find_place_mentions(text, start=0, end=len(text))}
    assert mentions["Chernihiv region"] is Role.LOCATION
    assert mentions["Darnytskyi district"] is Role.LOCATION
    assert mentions["Ukraine"] is Role.CONTAINER and mentions["Russia"] is not Role.LOCATION


def test_a_place_a_person_is_of_is_no_person():
    text = "A resident of Halytsynove, a 41-year-old man, was hurt, said Nadiia, a 61-year-old pensioner."
    assert find_people(text) == {"Nadiia"}


def test_a_name_before_an_age_and_a_described_trade_is_a_person():
    text = "Its driver, Serhii, a 58-year-old former school bus driver, has made the run every day."
    assert find_people(text) == {"Serhii"}


def test_people_named_after_what_they_are_with_an_age_are_people():
    text = "Injured: our driver Serhii, 43, our paramedic Iryna, 29, and an evacuee. Near Kherson, 12 km on"
    assert find_people(text) == {"Serhii", "Iryna"}


def test_a_name_after_an_adjective_of_place_is_where_it_happened():
    text = "Drones cut power in neighbouring Poltava Oblast and in Russian-occupied Kherson."
    locative = {m.text: m.locative for m in find_place_mentions(text, start=0, end=len(text))}
    assert locative["Poltava Oblast"] and locative["Kherson"]


def test_vague_areas():
    text = "near the Belarus border, in northern Ukraine; in the southern, eastern, and northern regions"
    areas = find_vague_areas(text, start=0, end=len(text))
    assert [(a.kind, a.country_code, a.other_country_code) for a in areas] == [
        ("border_area", "UA", "BY"),
        ("country", "UA", None),
        ("country", None, None),
    ]
    text = "112 drones were destroyed over Russian regions overnight"
    areas = find_vague_areas(text, start=0, end=len(text))
    assert [(a.kind, a.country_code, a.text) for a in areas] == [("country", "RU", "Russian regions")]
    text = "71 drones were destroyed over the territory of Russian regions"
    areas = find_vague_areas(text, start=0, end=len(text))
    assert [(a.kind, a.country_code, a.text) for a in areas] == [("country", "RU", "Russian regions")]
    text = "took place on the border between Ukraine and Belarus, near the Ukrainian-Belarusian border"
    areas = find_vague_areas(text, start=0, end=len(text))
    assert [(a.kind, a.country_code, a.other_country_code, a.either_side) for a in areas] == [
        ("border_area", "UA", "BY", True),
        ("border_area", "UA", "BY", True),
    ]


@pytest.mark.parametrize(
    ("text", "one_site"),
    [
        ("A glide bomb struck a front-line village in eastern Ukraine late Monday", True),
        ("Drones set fire to an oil refinery in southern Russia", True),
        ("Russian glide bomb kills 2 in eastern Ukrainian village", True),
        ("Russian forces shelled towns and villages in eastern Ukraine", False),
        ("Fighting raged in eastern Ukraine", False),
    ],
)
def test_a_vague_area_may_say_where_one_unnamed_site_lies(text, one_site):
    (area,) = find_vague_areas(text, start=0, end=len(text))
    assert (area.kind, bool(area.site)) == ("country", one_site)


def test_weapons_combine():
    text = "14 ballistic missiles and 250 Shahed drones"
    found = [w for _, w in find_weapons(text, start=0, end=len(text))]
    assert found == [Weapon.BALLISTIC_MISSILE, Weapon.DRONE]
    assert combine_weapons(found) is Weapon.MISSILE_AND_DRONE
    assert combine_weapons([Weapon.BALLISTIC_MISSILE, Weapon.CRUISE_MISSILE]) is Weapon.MISSILE
    assert combine_weapons([]) is None
    assert EventType.ATTACK.value == "attack"


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV, Ukraine (AP) —",
        "MOSCOW, March 9 —",
        "KYIV, May 24 (Reuters) -",
        "LONDON, Sept. 3, 2025 —",
        "MOSCOW/KYIV, Jan 22 -",
        "MOSCOW, February 4. /TASS/.",
        "MOSCOW, February 4./TASS/.",
        "KYIV, 6 April 2026 (Ukrinform) -",
        "July 17 (Reuters) -",
    ],
)
def test_datelines_end_after_their_place_date_and_agency(dateline):
    text = f"{dateline} Russian drones struck Kharkiv."
    assert text[: dateline_end(text, 0)].rstrip() == dateline


def test_a_river_named_like_a_city_is_not_a_location():
    text = "Russian drones attacked Nikopol across the Dnipro river."
    roles = {m.text: m.role for m in find_place_mentions(text, start=0, end=len(text))}
    assert roles["Nikopol"] is Role.LOCATION and roles["Dnipro"] is Role.REFERENCE


def test_people_are_named_after_a_title_or_before_their_age_and_trade():
    text = (
        "Governor Alexander Gusev said so. Drones struck Kharkiv, a 370-year-old city, and Kryvyi Rih, 19, "
        'including nine children. "We ran," said Nadiia, a 61-year-old pensioner, and Oksana Hrytsenko, '
        "41, who lives next door."
    )
    assert find_people(text) == {"Gusev", "Nadiia", "Hrytsenko"}


def test_people_are_named_between_commas_after_their_office():
    text = (
        "By daybreak the regional governor, Vladimir Vladimirov, had confirmed it. The head of Dagestan, "
        "Sergei Melikov, said two drones were downed. The mayor, in Kyiv, and Odesa officials agreed."
    )
    assert find_people(text) == {"Vladimirov", "Melikov"}
