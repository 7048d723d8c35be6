"""End-to-end extraction on short texts, with a fake resolver (no gazetteer, no network)."""

from __future__ import annotations

import pytest
from test_extract_fakes import BORDER_UA_BY, COUNTRIES, PLACES, REGIONS, FakeBoundaries, FakeResolver

from geomap.extraction import extract
from geomap.extraction.text import split_sentences


def run(text, published="2025-05-24", **options):
    return extract(text, published=published, resolver=FakeResolver(), boundaries=FakeBoundaries, **options)


def run_with_gazetteer(text, published="2025-05-24"):
    """Extract with the shipped gazetteer, for what turns on real places and their namesakes."""
    from geomap.resolver import Resolver

    return extract(text, published=published, resolver=Resolver.default())


def by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def types_and_places(text):
    return {(e.event_type, e.place) for e in run(text)}


def test_sentence_gives_place_counts_and_weapon_to_every_event_in_it():
    events = run("In Odesa, three people died when a Russian missile struck port infrastructure.")
    attack, casualties = by_type(events, "attack"), by_type(events, "casualties")
    assert [(e.place, e.weapon, e.actor) for e in attack] == [("Odesa", "missile", "Russia")]
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Odesa", 3, None)]
    assert casualties[0].precision == "city" and casualties[0].country_code == "UA"


def test_place_is_carried_to_the_next_sentence_of_the_paragraph():
    text = (
        "The hardest-hit area was Obolon, where a residential building sustained heavy damage. "
        "Five residents were injured."
    )
    events = run(text)
    casualties = by_type(events, "casualties")
    assert [(e.place, e.injured, e.precision) for e in casualties] == [("Obolon", 5, "district")]
    assert "carried" in casualties[0].location_reason
    assert by_type(events, "attack") == []  # "hardest-hit" is not a strike


def test_dateline_and_envoy_posting_do_not_make_events_there():
    text = (
        "KYIV, Ukraine (AP) — Russian drones struck Kharkiv on Friday, injuring four people.\n\n"
        "The European Union's ambassador to Kyiv described the attack as horrific."
    )
    events = run(text)
    assert {e.place for e in events} == {"Kharkiv"}
    assert {e.date for e in events} == {"2025-05-23"}


def test_a_city_named_in_the_sentence_does_not_bring_the_previous_paragraphs_date():
    text = (
        "Drones struck Kyiv late on Friday.\n\n"
        "In Odesa, officials said air defences repelled a missile attack on the city."
    )
    attack = [e for e in by_type(run(text), "attack") if e.place == "Odesa"]
    assert [(e.date, e.date_precision) for e in attack] == [("2025-05-24", "publication")]


def test_a_later_paragraph_on_the_same_place_keeps_its_date():
    text = "Drones struck Odesa late on Friday.\n\nIn Odesa, falling debris set a warehouse on fire."
    (damage,) = by_type(run(text), "damage")
    assert (damage.place, damage.date) == ("Odesa", "2025-05-23")


def test_a_past_month_or_year_is_background_not_an_event():
    text = (
        "Drones struck Odesa on Friday, killing two people.\n\n"
        "The city has often been hit. In March 2024, a missile struck the port, killing five people."
    )
    events = run(text)
    assert sorted((e.event_type, e.date, e.killed) for e in events) == [
        ("attack", "2025-05-23", None),
        ("casualties", "2025-05-23", 2),
    ]


def test_a_risen_toll_updates_the_happening_it_counts():
    text = (
        "Russian drones struck Odesa on Friday night, killing two people.\n\n"
        "By Saturday afternoon, the death toll in Odesa had risen to four, officials said."
    )
    (casualties,) = by_type(run(text), "casualties")
    assert (casualties.killed, casualties.date) == (4, "2025-05-23")


def test_an_event_keeps_the_hedge_of_any_of_its_counts():
    (casualties,) = by_type(run("Two people were killed and at least 12 injured in Odesa."), "casualties")
    assert (casualties.killed, casualties.injured, casualties.count_qualifier) == (2, 12, "at_least")
    assert "counts: killed exact, injured at least" in casualties.notes


def test_casualties_without_a_figure_are_kept_when_the_sentence_places_them():
    events = run("Dozens of people were injured when a missile struck Odesa. Many of them were children.")
    (casualties,) = by_type(events, "casualties")
    assert (casualties.place, casualties.injured, casualties.killed) == ("Odesa", None, None)
    assert "no figure given: 'Dozens of people were injured'" in casualties.notes


def test_a_later_report_places_an_exchange_the_first_one_only_dated():
    text = (
        "Ukraine brought home 65 servicemen on Thursday in an exchange with Russia.\n\n"
        "The exchange took place near the Belarus border, in northern Ukraine."
    )
    (exchange,) = by_type(run(text), "prisoner_exchange")
    assert (exchange.precision, exchange.prisoners, exchange.date) == ("border_area", 65, "2025-05-22")


def test_border_area_is_the_strip_along_the_border_not_a_point():
    text = (
        "Friday's exchange freed 390 prisoners from each side. "
        "A Ukrainian official confirmed the transfer occurred near the Belarus border, in northern Ukraine."
    )
    (exchange,) = run(text)
    assert exchange.event_type == "prisoner_exchange"
    assert exchange.precision == "border_area"
    assert exchange.geometry.equals(BORDER_UA_BY)
    assert exchange.geometry.covers(exchange.point)
    assert (exchange.prisoners, exchange.date) == (390, "2025-05-23")


def test_provinces_named_vaguely_are_country_level():
    text = (
        "Russian forces shot down more than 100 Ukrainian drones "
        "in six western and southern Russian provinces."
    )
    (interception,) = run(text)
    assert interception.precision == "country" and interception.country_code == "RU"
    assert interception.geometry.equals(COUNTRIES["RU"])
    assert (interception.drones, interception.count_qualifier) == (100, "more_than")


def test_the_region_after_only_its_city_is_that_citys_region():
    text = "Drones hit an oil depot in Saratov overnight. Air defences destroyed 19 drones over the region."
    (interception,) = by_type(run(text), "interception")
    assert (interception.place, interception.precision, interception.drones) == (
        "Saratov Oblast", "region", 19
    )  # fmt: skip
    assert "the region of Saratov" in interception.location_reason


def test_region_is_the_region_polygon():
    events = run(
        "Drone strikes caused injuries in the Tula region, south of Moscow. Three people were injured."
    )
    casualties = by_type(events, "casualties")
    assert [(e.precision, e.injured) for e in casualties] == [("region", 3)]
    assert casualties[0].geometry.equals(REGIONS["tula region"])
    assert "Moscow" not in {e.place for e in events}


def test_separate_exchanges_stay_separate_and_richer_counts_win():
    text = (
        "Russia and Ukraine exchanged over 300 prisoners each on Saturday.\n\n"
        "Zelenskyy confirmed that both sides had each brought home 307 soldiers. "
        "The announcement followed Friday's swap, which saw 390 combatants and civilians "
        "freed from each country."
    )
    exchanges = sorted(by_type(run(text), "prisoner_exchange"), key=lambda e: e.date)
    assert [(e.date, e.prisoners, e.count_qualifier) for e in exchanges] == [
        ("2025-05-23", 390, "exact"),
        ("2025-05-24", 307, "exact"),
    ]


def test_plans_and_denials_are_not_events():
    text = (
        "In Istanbul, both nations agreed to swap 1,000 prisoners each. "
        "In Kharkiv, no casualties were reported. Cities like Kyiv brace for more attacks."
    )
    events = run(text)
    assert by_type(events, "prisoner_exchange") == []
    assert by_type(events, "casualties") == []
    assert by_type(events, "attack") == []


def test_mentions_of_one_attack_merge_into_one_event():
    text = (
        "A major missile and drone attack on Kyiv injured at least 15 people.\n\n"
        "Meanwhile, Kyiv was under fire. "
        "The capital endured one of the heaviest air assaults in recent months."
    )
    events = run(text)
    (attack,) = by_type(events, "attack")
    assert attack.weapon == "missile_and_drone"
    assert len(attack.quotes) == 3
    (casualties,) = by_type(events, "casualties")
    assert (casualties.injured, casualties.count_qualifier) == (15, "at_least")


def test_quote_offsets_point_into_the_text_and_ids_are_stable():
    text = "Headline\n\nIn Odesa, three people died when a Russian missile struck port infrastructure."
    first, second = run(text, source="a.txt"), run(text, source="a.txt")
    assert [e.id for e in first] == [e.id for e in second]
    for event in first:
        assert text[event.quote_start : event.quote_end] == event.quote
        assert event.source == "a.txt" and event.sources == ("a.txt",)


def test_publication_date_is_inferred_from_the_text_and_said_so():
    text = "Russian drones struck Kharkiv overnight. Photo taken on May 24, 2025."
    (attack,) = run(text, published=None)
    assert attack.published == "2025-05-24"
    assert "inferred" in attack.notes


def test_each_name_is_resolved_once_per_article():
    resolver = FakeResolver()
    text = "Russian drones struck Kharkiv. Kharkiv was hit again. Kharkiv burned."
    extract(text, published="2025-05-24", resolver=resolver, boundaries=FakeBoundaries)
    # asked once without context (remembered across articles) and once with this article's places
    assert resolver.calls.count("Kharkiv") == 2


def test_a_headline_is_read_with_the_places_of_the_paragraph_after_it():
    text = (
        "Glide bombs hit Zolochiv near Russian border\n\n"
        "KHARKIV, Ukraine — Russian aircraft dropped guided bombs on the town of Zolochiv on Monday."
    )
    attacks = by_type(run_with_gazetteer(text, "2024-09-17"), "attack")
    assert {(e.place, e.admin1) for e in attacks} == {("Zolochiv", "Kharkiv Oblast")}  # not Lviv Oblast's


def test_a_place_shot_down_over_is_carried_to_interceptions_only():
    text = (
        "A drone hit a refinery in Tula. Air defences destroyed 27 drones over the Tula region. "
        "One worker was hurt."
    )
    events = run(text)
    assert [(e.place, e.drones) for e in by_type(events, "interception")] == [("Tula Oblast", 27)]
    assert [(e.place, e.injured) for e in by_type(events, "casualties")] == [("Tula", 1)]


def test_an_unnamed_site_in_a_country_is_the_place_the_text_names_later():
    text = (
        "A Russian missile struck a port city in southern Ukraine on Monday.\n\n"
        "The missile hit Odesa shortly before 9 p.m. on Monday, the governor said."
    )
    assert types_and_places(text) == {("attack", "Odesa")}
    # a village is no city of a million (the gazetteer knows how many live there)
    text = (
        "A Russian drone hit a bus in a village in northern Ukraine on Saturday, killing nine. In Kharkiv, "
        "shelling injured two on Saturday."
    )
    events = run_with_gazetteer(text, "2025-05-24")
    assert [(e.place, e.killed) for e in by_type(events, "casualties") if e.killed] == [("Ukraine", 9)]
    # two sites named later: which one the lede meant, it does not say, so it stays at the country (with the
    # missiles it counts: without a figure, a whole country is no place on a map)
    text = (
        "Three Russian missiles struck a port city in southern Ukraine on Monday.\n\n"
        "Missiles hit Odesa on Monday. Drones hit Kharkiv on Monday."
    )
    assert types_and_places(text) == {("attack", "Ukraine"), ("attack", "Odesa"), ("attack", "Kharkiv")}


def test_a_region_wide_count_does_not_fold_into_a_city_counting_otherwise():
    text = (
        "Air defences shot down 14 drones over the Tula region. In Tula, a drone was shot down over a garage."
    )
    interceptions = by_type(run(text), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [("Tula", 1), ("Tula Oblast", 14)]


def test_an_exchange_named_again_keeps_its_day_and_lends_the_sentence_date_to_others():
    text = (
        "Ukraine and Russia exchanged 146 prisoners of war on Saturday.\n\n"
        "Hours before the exchange, on Friday evening, a drone hit a car in Odesa, killing the driver."
    )
    events = run(text)
    assert [(e.date, e.prisoners) for e in by_type(events, "prisoner_exchange")] == [("2025-05-24", 146)]
    casualties = by_type(events, "casualties")
    assert [(e.place, e.date, e.killed) for e in casualties] == [("Odesa", "2025-05-23", 1)]


def test_a_phrase_narrowing_a_place_is_not_a_second_place():
    text = (
        "The exchange took place in the Chernihiv region, near the border with Belarus, Ukraine's "
        "Coordination Headquarters for the Treatment of Prisoners of War said."
    )
    events = run_with_gazetteer(text, "2025-05-24")
    assert [e.place for e in by_type(events, "prisoner_exchange")] == ["Chernihiv Oblast"]


def test_a_label_opening_a_headline_places_each_of_its_parts():
    events = run("Odesa: Kyiv says drones hit Kharkiv; officials say missile attack repelled")
    assert [e.place for e in by_type(events, "interception")] == ["Odesa"]
    assert "Kyiv" not in {e.place for e in events}


def test_a_live_blog_item_takes_no_place_from_the_item_before():
    text = "09:05 - Drones struck Odesa overnight.\n\n10:20 - A fire broke out at a warehouse, police said."
    assert [e.place for e in by_type(run(text), "damage")] == []
    untimed = text.replace("09:05 - ", "").replace("10:20 - ", "")
    assert [e.place for e in by_type(run(untimed), "damage")] == ["Odesa"]


def test_a_bare_name_the_gazetteer_knows_as_a_district_elsewhere_is_not_moved_to_the_citys():
    text = "Drones struck Odesa overnight.\n\nObolon came under attack on Thursday when a drone hit a house."
    assert {e.place for e in by_type(run(text), "attack")} == {"Odesa", "Obolon"}


def test_a_district_of_another_city_than_the_one_the_text_is_about_stays_in_that_city():
    text = "Drones struck Odesa overnight. In the Obolon district, a fire broke out."
    (damage,) = by_type(run(text), "damage")
    assert (damage.place, damage.place_name) == ("Odesa", "Obolon district")  # the gazetteer's is Kyiv's


def test_an_interception_takes_its_paragraphs_place_before_an_earlier_interceptions_area():
    text = (
        "Air defences shot down five drones over the Tula region.\n\n"
        "Russia launched 40 drones at Ukraine overnight. Of those, 32 were shot down."
    )
    interceptions = by_type(run(text), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [("Tula Oblast", 5), ("Ukraine", 32)]


def test_a_share_over_a_place_named_with_a_title_finds_it():
    text = (
        "It said 14 drones were destroyed over the territory of the Tula region and 5 over the territory of "
        "the Republic of Kalmykia."
    )
    interceptions = by_type(run(text), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [("Kalmykia", 5), ("Tula Oblast", 14)]


def test_interceptions_counted_region_by_region_are_one_event_each_and_the_total_no_extra():
    text = (
        "Russia says it downed 12 drones over two regions\n\n"
        "Air defences destroyed 12 drones overnight: seven over the territory of the Tula region and five "
        "over Moscow, the ministry said."
    )
    interceptions = by_type(run(text), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [("Moscow", 5), ("Tula Oblast", 7)]


def test_a_share_of_a_larger_total_goes_to_its_region_and_the_total_to_the_country():
    text = (
        "Russia's Defence Ministry said it destroyed 63 Ukrainian drones overnight over nine regions, "
        "including 22 over the Tula region."
    )
    interceptions = by_type(run(text), "interception")
    assert sorted((e.place, e.precision, e.drones) for e in interceptions) == [
        ("Russia", "country", 63),
        ("Tula Oblast", "region", 22),
    ]


def test_counts_listed_together_go_to_one_trigger():
    text = (
        "Air defenses shot down or jammed 97 of the drones and one missile, adding that hits were recorded "
        "in Kyiv."
    )
    (interception,) = by_type(run(text), "interception")
    assert (interception.drones, interception.missiles) == (97, 1)


def test_a_region_count_of_downed_drones_is_not_moved_to_a_town_in_it():
    text = (
        "Air defences downed drones near Tula overnight, the governor said.\n\n"
        "The ministry said 14 drones were destroyed over the Tula region."
    )
    (interception,) = by_type(run(text), "interception")
    # the drones downed near the town are among the region's 14: one event, with both accounts as evidence
    assert (interception.place, interception.drones) == ("Tula Oblast", 14)
    assert any("near Tula" in quote for quote in interception.quotes)


def test_a_definite_mention_of_a_reported_happening_at_its_place_is_that_happening():
    text = (
        "Drones hit Kharkiv on Thursday night, damaging a school.\n\n"
        "On Friday afternoon, volunteers in Kharkiv handed out tea outside the damaged building."
    )
    events = run(text, published="2025-05-23")
    assert sorted((e.event_type, e.place, e.date) for e in events) == [
        ("attack", "Kharkiv", "2025-05-22"),
        ("damage", "Kharkiv", "2025-05-22"),
    ]


def test_a_definite_mention_in_a_wider_area_is_the_happening_reported_inside_it():
    text = (
        "Missiles hit Tula on Friday evening, the governor said. A drone hit Novomoskovsk on Friday.\n\n"
        "The ministry said it shot down five missiles over the Tula region during the attack."
    )
    attacks = by_type(run(text), "attack")
    assert [e.place for e in attacks] == ["Tula", "Novomoskovsk"]  # not a third attack on the region


def test_a_short_form_of_a_place_named_earlier_is_that_place():
    text = (
        "Drones hit an oil depot in Kamensk-Shakhtinsky on Friday.\n\n"
        "Ukraine's General Staff said its forces had struck the Kamensk depot."
    )
    (attack,) = by_type(run(text), "attack")
    assert attack.place == "Kamensk-Shakhtinsky"


def test_fragments_of_downed_drones_damage_where_they_were_downed():
    text = "Two drones were shot down near Tula, the governor said. Falling fragments damaged a power line."
    (damage,) = by_type(run(text), "damage")
    assert damage.place == "Tula"


def test_a_roundup_section_heading_dates_the_reports_under_it():
    text = (
        "The week in the war\n\n"
        "Monday: a massive strike\n\n"
        "A missile hit a power plant in Kharkiv, officials said.\n\n"
        "Thursday: drones over the capital\n\n"
        "A drone hit a house in Kyiv, the mayor said."
    )
    attacks = by_type(run(text, published="2025-05-25"), "attack")
    assert sorted((e.place, e.date) for e in attacks) == [("Kharkiv", "2025-05-19"), ("Kyiv", "2025-05-22")]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_monday_digest_heading_its_first_section_monday_means_last_week(gap):
    text = (
        "The week in strikes: our Monday digest of the past seven days\n\n"
        f"MONDAY{gap}A glide bomb hit a warehouse in Kupiansk.\n\n"
        f"TUESDAY{gap}Drones damaged a power substation in Chuhuiv."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-10-13"), "attack")
    assert {(e.place, e.date) for e in attacks} == {("Kupyansk", "2025-10-06"), ("Chuhuyiv", "2025-10-07")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a live blog's newest heading is today's
        (
            "Live updates\n\nMONDAY\n\nA ballistic missile hit a hotel in Kharkiv.\n\nSUNDAY\n\nDrones "
            "struck a power substation in Chuhuiv.",
            "2025-10-13",
            {("Kharkiv", "2025-10-13"), ("Chuhuiv", "2025-10-12")},
        ),
        (
            "FRIDAY\n\nA missile hit an apartment block in Zaporizhzhia.\n\nTHURSDAY\n\nDrones hit a grain "
            "terminal in Izmail.",
            "2025-10-10",
            {("Zaporizhzhia", "2025-10-10"), ("Izmail", "2025-10-09")},
        ),
        # a schedule's weekday is no heading of the past week
        (
            "MONDAY\n\nA ballistic missile hit a hotel in Kharkiv.\n\nCOMING UP\n\nTuesday:\nNATO defence "
            "ministers meet in Brussels.",
            "2025-10-13",
            {("Kharkiv", "2025-10-13")},
        ),
    ],
)
def test_a_weekday_heading_on_the_day_of_publication_is_today_unless_the_next_day_follows(
    text, published, expected
):
    attacks = by_type(run_with_gazetteer(text, published), "attack")
    assert {(e.place_name, e.date) for e in attacks} == expected


def test_a_weekday_heading_on_the_day_of_publication_dates_the_posts_under_it():
    text = (
        "Posts from the governor's channel from Saturday evening to Sunday morning, translated.\n\n"
        "SATURDAY\n\n"
        "22:05\nA drone danger regime has been declared in the region.\n\n"
        "SUNDAY\n\n"
        "00:40\nOrel is under a massive attack by enemy drones. A power substation in the city has been hit."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-10-12"), "attack")
    assert [(e.place, e.date) for e in attacks] == [("Orël", "2025-10-12")]


def test_a_year_recalled_in_one_paragraph_does_not_date_the_next():
    text = (
        "In 2023, shelling damaged the pumping station in Kharkiv.\n\n"
        "A woman was injured, leaving the city without electricity."
    )
    (casualties,) = by_type(run(text), "casualties")
    assert (casualties.place, casualties.injured) == ("Kharkiv", 1)


def test_what_a_reported_strike_came_amid_is_context_not_its_place():
    text = (
        "Drones hit an oil depot in Tula on Friday.\n\n"
        "The attack came as officials in Brussels discussed new sanctions on Moscow and Kyiv asked for more."
    )
    (attack,) = by_type(run(text), "attack")
    assert attack.place == "Tula"


def test_an_unknown_district_of_a_named_city_is_placed_at_the_city():
    (attack,) = by_type(run("A drone hit a building in Kharkiv's Saltivskyi district on Friday."), "attack")
    assert (attack.place, attack.place_name) == ("Kharkiv", "Saltivskyi district")
    assert "knows no 'Saltivskyi district'" in attack.location_reason


def test_the_city_is_a_reported_place_not_a_family_trip_or_the_dateline():
    text = (
        "ODESA — Drones struck Kharkiv's Saltivskyi district on Tuesday night, injuring two.\n\n"
        "The family had come back from relatives in Kyiv only the previous day.\n\n"
        "Early Wednesday, a missile struck the Kholodnohirskyi district on the other side of the city."
    )
    assert {e.place for e in run(text)} == {"Kharkiv"}


def test_the_village_is_the_place_the_text_called_a_village():
    text = (
        "Troops shelled the village of Tula on Monday, officials in Moscow said.\n\n"
        '"The enemy fired artillery at the centre of the village," the governor wrote.'
    )
    assert {e.place for e in by_type(run(text), "attack")} == {"Tula"}


def test_a_town_introduced_with_its_day_is_the_city_its_paragraph_reports_on():
    text = (
        "Overnight into Wednesday, drones struck a refinery in Kharkiv, starting a fire.\n\n"
        "Then, early on Thursday, it was the turn of Tula, an oil town south of Moscow. The governor said a "
        "drone had hit one of the city's industrial enterprises. One worker was injured, he said."
    )
    events = run(text)
    assert sorted((e.place, e.date) for e in by_type(events, "attack")) == [
        ("Kharkiv", "2025-05-21"),
        ("Tula", "2025-05-22"),
    ]
    casualties = by_type(events, "casualties")
    assert [(e.place, e.date, e.injured) for e in casualties] == [("Tula", "2025-05-22", 1)]


def test_a_town_of_an_earlier_paragraph_is_not_the_city():
    text = (
        "On Tuesday, two drones struck the bus station in Tula, a town east of Moscow.\n\n"
        "On Saturday, a drone hit a substation in Kharkiv. Part of the city was left without power."
    )
    assert [e.place for e in by_type(run(text), "damage")] == ["Kharkiv"]


def test_a_toll_brought_to_a_new_figure_updates_the_happening_that_counted_it():
    text = (
        "Drones hit Kharkiv on Tuesday night, killing two people.\n\n"
        "Early Wednesday, a missile struck Kharkiv, injuring three.\n\n"
        "Rescuers pulled two more bodies from the rubble, bringing the number of dead to four."
    )
    casualties = sorted((e.date, e.killed, e.injured) for e in by_type(run(text), "casualties"))
    assert casualties == [("2025-05-20", 4, None), ("2025-05-21", None, 3)]


def test_overnight_in_the_headline_and_tuesday_night_in_the_lede_are_one_night():
    text = (
        "Drones pound Kharkiv overnight, killing three\n\n"
        "Russian drones struck Kharkiv on Friday night, killing three people, officials said early Saturday."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.date, e.killed) for e in casualties] == [("2025-05-23", 3)]


def test_a_happening_dated_only_by_its_statement_happened_by_the_day_it_was_reported():
    text = "A drone struck Kharkiv, killing two people, the governor said on Thursday."
    casualties = by_type(run(text), "casualties")  # published on Saturday
    assert [(e.date, e.date_precision) for e in casualties] == [("2025-05-22", "reported")]
    assert "the day it was reported" in casualties[0].notes


def test_a_reported_day_gives_way_to_the_day_the_text_gives():
    text = (
        "A drone struck Kharkiv on Wednesday, killing two people.\n\n"
        "Two people were killed in Kharkiv, the governor said on Thursday."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.date, e.date_precision, e.killed) for e in casualties] == [("2025-05-21", "relative", 2)]


def test_a_sentence_opening_in_the_evening_is_the_day_told_of_before():
    text = (
        "Guided bombs struck Dnipro on Wednesday afternoon, killing two people.\n\n"
        "The bombs hit a street of private houses.\n\n"
        "In the evening, Russian artillery shelled Kharkiv, wounding five people. "
        "Artillery shelled Odesa on Thursday in the evening, wounding three."
    )
    casualties = {e.place: e.date for e in by_type(run(text), "casualties")}
    assert casualties == {"Dnipro": "2025-05-21", "Kharkiv": "2025-05-21", "Odesa": "2025-05-22"}


def test_a_witness_quotation_does_not_end_the_story_of_the_paragraph_before_it():
    text = (
        "A drone struck an apartment block in Kharkiv early on Saturday.\n\n"
        '"Five minutes later the building shook," said a neighbour.\n\n'
        "Besides the two dead, eleven people were injured, the city administration said."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Kharkiv", 2, 11)]


def test_the_one_day_a_headline_reports_on_dates_what_the_text_dates_no_other_way():
    text = (
        "Regional administration: consequences of Russian aggression on Thursday, 22 May\n\n"
        "Posted on Saturday.\n\n"
        "In Kharkiv, a drone dropped an explosive device on a house. A woman was injured.\n\n"
        "In Odesa, a drone hit a car on Friday. The driver was injured."
    )
    casualties = {e.place: (e.date, e.date_precision) for e in by_type(run(text), "casualties")}
    assert casualties == {"Kharkiv": ("2025-05-22", "day"), "Odesa": ("2025-05-23", "relative")}


def test_a_day_a_headline_names_on_the_way_dates_nothing_but_one_ending_its_title_does():
    text = "Kharkiv mourns victims of 20 May strike\n\nShelling killed a man in Odesa, officials said."
    assert [e.date_precision for e in by_type(run(text), "casualties")] == ["publication"]
    text = "Campaign assessment, May 22, 2025 — key takeaways\n\nA drone hit Kharkiv. A woman was injured."
    assert [(e.date, e.date_precision) for e in by_type(run(text), "casualties")] == [("2025-05-22", "day")]


def test_elsewhere_is_not_where_the_text_just_was():
    text = "Russian drones struck Odesa on Wednesday.\n\nElsewhere, a Russian drone killed a man."
    assert "Odesa" not in {e.place for e in by_type(run(text), "casualties")}


def test_a_paragraph_placing_its_own_happenings_takes_no_place_from_the_one_before():
    text = (
        "A Russian missile hit Kyiv on Tuesday.\n\n"
        "At least 12 drones were shot down over Odesa Oblast, the air force said. A man was hurt by debris."
    )
    assert "Kyiv" not in {e.place for e in by_type(run(text), "casualties")}


def test_only_the_places_listed_as_an_attacks_origin_are_left_out():
    text = "Russian troops attacked from the direction of Kharkiv, killing two soldiers near Dnipro."
    assert {e.place for e in by_type(run(text), "attack")} == {"Dnipro"}


def test_a_headline_range_of_days_dates_nothing():
    text = (
        "Weekly assessment, May 12-18: the war in the north\n\n"
        "A drone hit a house in Kharkiv, injuring a woman."
    )
    assert [e.date_precision for e in by_type(run(text), "casualties")] == ["publication"]


def test_a_town_said_to_lie_in_a_district_is_looked_for_there_only():
    text = "Sumy region. Russian forces shelled the Druzhba community in the Shostka district, killing a man."
    events = run_with_gazetteer(text, "2025-05-24")
    assert {(e.place_name, e.admin1) for e in by_type(events, "casualties")} == {("Druzhba", "Sumy Oblast")}


def test_drones_launched_from_the_areas_of_towns_did_not_strike_them():
    text = (
        "Drones over Kharkiv overnight\n\n"
        "07:55 - Ukraine's Air Force has published its overnight figures. Russia attacked with 112 drones, "
        "launched from the areas of Tula and Moscow. Air defence shot down 86 drones."
    )
    events = run(text)
    assert {e.place for e in by_type(events, "attack")} <= {"Ukraine", "Kharkiv"}
    assert [(e.place, e.drones) for e in by_type(events, "interception")] == [("Ukraine", 86)]


def test_a_border_village_of_a_region_named_by_its_capital_is_in_the_region():
    text = "Woman wounded in drone strike on Tula border village\n\nA drone struck a village on Thursday."
    assert {e.place for e in by_type(run(text), "attack")} == {"Tula Oblast"}


def test_an_exchange_statement_counts_those_returned_not_fronts_totals_or_the_mediators_capital():
    text = (
        "Statement on the exchange\n\n"
        "Today, 175 Ukrainians have returned home from Russian captivity. The defenders who have returned "
        "fought in the Kharkiv, Odesa and Kyiv directions. "
        "More than 3,700 Ukrainians have been freed so far.\n\n"
        "The Turkish Ministry of Foreign Affairs in Istanbul said it was the 17th exchange it had mediated."
    )
    exchanges = by_type(run(text), "prisoner_exchange")
    assert [(e.place, e.prisoners) for e in exchanges] == [("Ukraine", 175)]


def test_a_swap_on_friday_under_a_line_dated_with_the_publication_day():
    text = (
        "Ukraine and Russia swap prisoners\n\n"
        "24 May 2025\n\n"
        "Ukraine and Russia carried out a prisoner exchange on Friday. "
        "Kyiv said 95 Ukrainians had come home.\n\n"
        "Kyiv did not say where the handover took place. "
        "The freed Ukrainians were taken by bus to a hospital in the Tula region."
    )
    exchanges = by_type(run(text), "prisoner_exchange")
    assert [(e.place, e.date, e.prisoners) for e in exchanges] == [("Ukraine", "2025-05-23", 95)]


def test_towns_listed_in_a_region_the_gazetteer_knows_only_elsewhere_are_put_on_that_region():
    text = "Russian forces shelled Kamianka and Ivanivka in the Kharkiv region, the governor said."
    events = run_with_gazetteer(text, "2025-05-24")
    # the compact gazetteer has neither village in Kharkiv Oblast, only namesakes in other oblasts
    assert {(e.place, e.precision) for e in by_type(events, "attack")} == {("Kharkiv Oblast", "region")}
    assert "the gazetteer has no 'Kamianka' in the Kharkiv region" in events[0].location_reason
    text = "Russian drones struck Kyiv and Bila Tserkva in the Kyiv region, injuring two."
    events = run_with_gazetteer(text, "2025-05-24")
    assert {e.place for e in by_type(events, "attack")} == {"Kyiv", "Bila Tserkva"}


def test_a_region_named_without_the_word_region_holds_a_town_said_to_lie_in_it():
    text = "Ukrainian drones struck a radar station near Olenivka in occupied Crimea on Sunday."
    events = run_with_gazetteer(text, "2025-06-02")
    # the compact gazetteer knows Olenivka only in Donetsk and Odesa Oblasts
    assert {(e.place, e.precision) for e in events} == {("Autonomous Republic of Crimea", "region")}
    assert "the gazetteer has no 'Olenivka' in Crimea" in events[0].location_reason
    events = run_with_gazetteer("Drones struck Yelabuga in Tatarstan overnight.", "2025-06-02")
    assert {(e.place, e.precision) for e in events} == {("Yelabuga", "city")}
    # after a comma a bare region is the next of a list, not where the town before it lies
    events = run_with_gazetteer("Missiles hit Kherson, Crimea and Zaporizhzhia overnight.", "2025-06-02")
    assert {e.place for e in events} == {"Kherson", "Autonomous Republic of Crimea", "Zaporizhzhya"}


def test_a_village_in_a_district_the_gazetteer_lacks_stays_there_when_named_again():
    text = (
        "Kamianka, Vasylivka district: the enemy shelled the village with artillery. A woman was killed.\n\n"
        "UPDATE. The toll in Kamianka has risen to two."
    )
    events = run_with_gazetteer(text, "2025-03-11")
    # the compact gazetteer knows villages named Kamianka only in other oblasts
    assert {(e.place, e.precision) for e in events} == {("Vasylivka Raion", "region")}
    assert "the gazetteer has no 'Kamianka' in the Vasylivka district" in events[0].location_reason
    # nor is the strike on that village another village's of the district
    uspenivka = "Guided bombs were dropped on the village of Uspenivka near Huliaipole.\n\n"
    text = text.replace("UPDATE.", uspenivka + "UPDATE.")
    attacks = by_type(run_with_gazetteer(text, "2025-03-11"), "attack")
    assert {e.place for e in attacks} == {"Vasylivka Raion", "Uspenivka"}


def test_a_village_said_to_lie_near_a_town_is_its_namesake_nearest_that_town():
    text = "Shelling hit the village of Mykolaivka outside Sumy on Monday, killing one man."
    events = run_with_gazetteer(text, "2025-06-10")
    # the compact gazetteer's most populous Mykolaivka is in Donetsk Oblast; one lies 18 km from Sumy
    assert {e.place for e in events} == {"Mykolaivka"}
    assert all(abs(e.lat - 51.06) < 0.05 and abs(e.lon - 34.66) < 0.05 for e in events)
    assert "18 km from Sumy, as the text says" in events[0].location_reason


def test_a_village_near_a_town_the_gazetteer_lacks_goes_on_the_town_and_the_town_makes_no_event():
    text = "A Russian drone struck a car in Novoselivka near Kherson on Monday, injuring two people."
    events = run_with_gazetteer(text, "2025-06-10")
    # no Novoselivka lies near Kherson in the compact gazetteer: not the one 200 km away in Odesa Oblast
    assert {(e.event_type, e.place_name, e.place, e.precision) for e in events} == {
        ("attack", "Novoselivka", "Kherson", "city"),
        ("casualties", "Novoselivka", "Kherson", "city"),
    }
    assert "the gazetteer has no 'Novoselivka' near Kherson" in events[0].location_reason


def test_a_town_far_from_the_city_it_is_measured_from_is_not_put_on_that_city():
    text = "Drones hit a defence plant in Kovrov, 250 km east of Moscow, on Monday."
    events = run_with_gazetteer(text, "2025-06-10")
    assert {(e.place, e.precision) for e in by_type(events, "attack")} == {("Kovrov", "city")}
    assert "239 km from Moscow, as the text says" in events[0].location_reason


def test_a_town_at_a_written_distance_is_its_namesake_about_that_far_not_the_nearest():
    text = (
        "MOSCOW, Nov 13 (Reuters) - Ukrainian drones struck an oil refinery in the Russian city of Ryazan, "
        "about 200 km (125 miles) south-east of Moscow, overnight, injuring two people."
    )
    events = run_with_gazetteer(text, "2025-11-13")
    # Moscow has a Ryazansky district 10 km from its centre; the city of Ryazan lies 180 km away
    assert {(e.place, e.precision) for e in by_type(events, "attack")} == {("Ryazan’", "city")}
    assert "km from Moscow, as the text says" in events[0].location_reason


def test_a_year_in_a_clause_about_one_of_the_freed_does_not_date_the_swap():
    text = (
        "Prisoner swap completed\n\n"
        "The first stage took place on Wednesday. The second stage followed on Friday. Forty-one Ukrainians "
        "came home, among them a priest who had been detained in occupied Berdiansk in 2022."
    )
    exchanges = by_type(run(text, published="2025-11-29"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in exchanges if e.prisoners] == [("2025-11-28", 41)]


def test_a_past_a_building_recalls_does_not_make_its_destruction_history():
    text = (
        "On Monday evening, a guided bomb was dropped on Kharkiv. The council building, which since last "
        "year had housed the aid point, was destroyed. A woman was injured."
    )
    events = run(text, published="2026-04-10")
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2026-04-06"),
        ("damage", "2026-04-06"),
        ("casualties", "2026-04-06"),
    }


def test_a_thing_the_text_goes_on_about_is_no_happening_named_again():
    text = (
        "On Monday, a bomb destroyed the school in Kharkiv.\n\n"
        "On Wednesday, a drone struck a car in Kharkiv. The car burned out."
    )
    damage = by_type(run(text, published="2026-04-10"), "damage")
    assert sorted(e.date for e in damage) == ["2026-04-06", "2026-04-08"]


def test_an_age_in_words_after_the_victim_is_no_count():
    text = "Shelling hit Kharkiv overnight. A man of sixty-two was killed in his yard."
    assert [e.killed for e in by_type(run(text), "casualties")] == [1]


def test_a_named_person_after_the_victim_is_still_one_victim():
    text = "A drone struck a car in Kharkiv. The driver, 47-year-old volunteer Andrii Moroz, was killed."
    assert [e.killed for e in by_type(run(text), "casualties")] == [1]


def test_a_statement_made_long_ago_dates_nothing():
    text = "A drone struck Kharkiv, killing two people, the governor said on March 3."
    assert [e.date_precision for e in by_type(run(text), "casualties")] == ["publication"]


def test_a_night_said_as_a_range_is_the_evening_before_it_ended():
    text = (
        "Russian forces struck Kharkiv between Friday evening and Saturday morning, killing three people.\n\n"
        "At about 19:40 on Friday, a glide bomb hit a block of flats in Kharkiv. Two people were killed "
        "and nine were wounded."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.date, e.killed, e.injured) for e in casualties] == [("2025-05-23", 3, 9)]


def test_the_country_is_not_the_party_that_launched_at_it():
    text = (
        "In Kharkiv, a drone hit a house.\n\n"
        "Ukraine's air force said Russia had launched 12 drones at the country overnight. "
        "Nine were shot down."
    )
    events = run(text)
    assert {(e.event_type, e.place) for e in events if e.precision == "country"} == {
        ("attack", "Ukraine"),
        ("interception", "Ukraine"),
    }


def test_a_toll_raised_later_joins_its_happening_with_the_figures_that_follow():
    text = (
        "Missiles hit Kharkiv on Friday night, killing two people and wounding 11.\n\n"
        "Russia launched 53 drones at Ukraine overnight, the air force said.\n\n"
        "Rescuers found two more bodies, bringing the death toll to four. Fourteen people were wounded."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Kharkiv", 4, 14)]


def test_a_day_long_before_publication_is_recalled_not_reported():
    text = (
        "Drones struck Odesa on Friday night, injuring two.\n\n"
        "Odesa last came under an attack of this scale on May 2, when a missile hit the port."
    )
    assert {e.date for e in run(text)} == {"2025-05-23"}  # May 2 is 22 days before the paper


def test_that_night_in_a_paragraph_recalling_a_strike_is_the_recalled_night():
    text = (
        "Air defences shot down 11 drones over Moscow on Friday night, the mayor said.\n\n"
        "The previous record attack came on the night of May 2, when a drone hit a house in Ramenskoye. "
        "The Defence Ministry said it had destroyed 144 drones over the Moscow region that night.\n\n"
        "On the same night, a drone was shot down over Zhukovsky."
    )
    events = run_with_gazetteer(text, "2025-05-24")
    assert {(e.place, e.drones, e.date) for e in by_type(events, "interception")} == {
        ("Moscow", 11, "2025-05-23"),
        ("Zhukovsky", 1, "2025-05-23"),
    }


@pytest.mark.parametrize(
    "heading",
    [
        "Monthly update\n\nIncidents documented in April",
        "Protection of civilians: April 2025 update",
        "What happened during April",
    ],
)
def test_a_day_of_the_month_a_heading_covers_is_reported_however_long_ago(heading):
    text = (
        f"{heading}\n\n"
        "On 2 April, two missiles struck a grain elevator in Odesa. Four workers were killed.\n\n"
        "Odesa last came under an attack of this scale on May 2, when a missile hit the port."
    )
    assert {(e.event_type, e.date) for e in run(text)} == {
        ("attack", "2025-04-02"),
        ("casualties", "2025-04-02"),
    }


def test_a_heading_naming_the_month_since_which_does_not_cover_it():
    text = "The worst attack since April\n\nOdesa was hit on 2 April, when a missile struck the port."
    assert run(text) == []


def test_a_launch_at_a_country_counts_for_the_country_not_the_cities_hit_hardest():
    text = (
        "Russia launched 412 drones and 36 missiles at Ukraine on Friday night, with the heaviest blows "
        "falling on Kharkiv and Odesa."
    )
    (attack,) = [e for e in by_type(run(text), "attack") if e.drones]
    assert (attack.place, attack.drones, attack.missiles) == ("Ukraine", 412, 36)


def test_the_peninsula_is_the_region_named_before():
    text = "Authorities in the Tula region said air defences had repelled a drone attack on the peninsula."
    assert [e.place for e in by_type(run(text), "interception")] == ["Tula Oblast"]


def test_the_city_of_the_citys_historic_centre_is_where_it_happened():
    text = "A missile struck Kharkiv overnight. Over 50 buildings in the city's historic centre were damaged."
    assert [e.place for e in by_type(run(text), "damage")] == ["Kharkiv"]


def test_a_place_reported_again_without_an_event_is_still_carried_to_the_next_paragraph():
    text = (
        "Missiles hit Odesa on Friday. No casualties were reported in the city, officials said.\n\n"
        "At least two servicemen were killed, the military claimed."
    )
    assert [e.place for e in by_type(run(text), "casualties")] == ["Odesa"]


def test_a_place_bearing_from_the_capital_is_not_the_capital():
    text = (
        "Air defences over Moscow shot down two drones on Friday.\n\n"
        "A drone hit a warehouse in Tula, a town south of the capital, starting a fire."
    )
    assert {e.place for e in by_type(run(text), "damage")} == {"Tula"}


def test_a_toll_update_naming_a_district_keeps_the_happening_at_its_city():
    text = (
        "Drones struck Kyiv on Friday night, killing two people.\n\n"
        "By midday, the death toll had climbed to four after rescuers found two more bodies in Obolon."
    )
    (casualties,) = by_type(run(text), "casualties")
    assert (casualties.place, casualties.killed) == ("Kyiv", 4)


def test_no_events_in_text_without_reports():
    assert run("The weather in Kyiv was mild and sunny.") == []


def test_bad_publication_date_is_a_clear_error():
    with pytest.raises(ValueError, match="use YYYY-MM-DD"):
        run("Kyiv was hit.", published="24/05/2025")


class CountingResolver(FakeResolver):
    """Also offers the cheap exact-name test the real resolver has."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def is_place_name(self, name):
        self.asked.append(name)
        return name.lower() in PLACES


def test_cheap_name_test_spares_geocoding_people_and_words():
    resolver = CountingResolver()
    text = "Zelenskyy said Russian drones struck Kharkiv. Families fled Kharkiv."
    events = extract(text, published="2025-05-24", resolver=resolver, boundaries=FakeBoundaries)
    assert {e.place for e in events} == {"Kharkiv"}
    assert "Zelenskyy" in resolver.asked and "Zelenskyy" not in resolver.calls
    assert resolver.calls == ["Kharkiv", "Kharkiv"]  # without context, then with the article's places


def test_plans_stated_after_the_trigger_are_not_events():
    events = run("Officials in Kyiv said talks on another swap would resume next week in Istanbul.")
    assert events == []


def test_casualties_need_a_number():
    assert run("The released soldiers, many of them wounded, crossed into Ukraine.") == []


def test_several_regions_is_country_level():
    text = (
        "Ukrainian drones attacked Tula overnight. "
        "The Russian defence ministry said 53 Ukrainian drones were destroyed over several regions."
    )
    (interception,) = by_type(run(text), "interception")
    assert (interception.precision, interception.country_code, interception.drones) == ("country", "RU", 53)


def test_title_case_headline_places_only_after_a_preposition():
    events = run("Russia and Ukraine Exchange Hundreds of Prisoners Following Major Attack on Kyiv")
    assert [(e.event_type, e.place) for e in by_type(events, "attack")] == [("attack", "Kyiv")]


def test_district_of_another_region_than_the_sentence_city_is_dropped():
    text = "In Odesa, falling debris set a car on fire in the Obolon district."  # Obolon is in Kyiv
    (damage,) = run(text)
    assert damage.place == "Odesa"


def test_a_district_name_matching_one_in_another_country_stays_in_the_city():
    (attack,) = by_type(run("In Odesa's Prymorskyi district, a drone hit an apartment building."), "attack")
    assert (attack.place, attack.country_code, attack.place_name) == ("Odesa", "UA", "Prymorskyi district")


def test_a_district_the_gazetteer_knows_only_elsewhere_falls_back_to_the_city_that_holds_it():
    text = "Five people were injured when a missile hit Kharkiv's Obolon area."  # Obolon is in Kyiv
    casualties = by_type(run(text), "casualties")
    assert [(e.place, e.precision, e.place_name, e.injured) for e in casualties] == [
        ("Kharkiv", "city", "Obolon", 5)
    ]
    assert "knows no 'Obolon' in Kharkiv" in casualties[0].location_reason


def test_a_border_named_by_both_countries_lies_on_the_side_the_article_is_about():
    text = (
        "Ukraine and Russia exchanged prisoners on Friday, with 84 Ukrainians returning home. "
        "The swap took place on the border between Belarus and Ukraine."
    )
    (exchange,) = by_type(run(text), "prisoner_exchange")
    assert (exchange.precision, exchange.country_code, exchange.place) == (
        "border_area",
        "UA",
        "Ukraine–Belarus border area",
    )


def test_semicolon_parts_of_a_headline_keep_their_own_weapons():
    events = run("Kharkiv hit by missiles; Odesa shelled again")
    assert sorted((e.place, e.weapon) for e in by_type(events, "attack")) == [
        ("Kharkiv", "missile"),
        ("Odesa", "artillery"),
    ]


def test_semicolon_parts_of_a_headline_keep_their_own_places():
    events = run("Odesa: six missiles downed; Kyiv reports strikes on Kharkiv")
    assert sorted((e.event_type, e.place, e.missiles) for e in events) == [
        ("attack", "Kharkiv", None),
        ("interception", "Odesa", 6),
    ]


def test_counts_stay_in_their_semicolon_part():
    text = (
        "Air raid alerts sounded across Ukraine as Russia launched 40 Shahed drones and four ballistic "
        "missiles; air defences destroyed 32 drones."
    )
    events = run(text)
    assert [(e.missiles, e.drones) for e in by_type(events, "attack")] == [(4, 40)]
    assert [(e.missiles, e.drones) for e in by_type(events, "interception")] == [(None, 32)]


def test_places_listed_together_each_get_the_event_and_their_shared_toll_goes_to_the_area_holding_them():
    events = run("Russian strikes on Kharkiv and Odesa kill five")
    assert sorted((e.event_type, e.place, e.precision, e.killed) for e in events) == [
        ("attack", "Kharkiv", "city", None),
        ("attack", "Odesa", "city", None),
        ("casualties", "Ukraine", "country", 5),
    ]  # "kill five" is a total over both cities: only the country holding both can carry it
    (toll,) = by_type(events, "casualties")
    assert toll.place_name == "Kharkiv and Odesa"
    assert "given for Kharkiv and Odesa together" in toll.location_reason


def test_interception_reported_by_a_national_body_is_country_level():
    text = "In Kharkiv, a drone hit a house.\n\nUkraine's air force said it shot down 47 drones overnight."
    (interception,) = by_type(run(text), "interception")
    assert (interception.place, interception.precision, interception.drones) == ("Ukraine", "country", 47)
    assert "national body" in interception.location_reason


def test_launches_reported_by_a_national_body_are_an_attack_on_its_country():
    text = (
        "13:10 - Ukrainian drones attacked an industrial zone in Tula, the governor said.\n\n"
        "15:55 - Ukraine's air force said it shot down 11 of the 14 drones Russia launched overnight."
    )
    attacks = by_type(run(text), "attack")
    assert sorted((e.place, e.drones) for e in attacks) == [("Tula", None), ("Ukraine", 14)]


def test_empty_text_and_unknown_publication_date():
    assert run("") == [] and run("  \n\n ") == []
    (attack,) = extract(
        "Russian drones struck Kharkiv on Friday.", resolver=FakeResolver(), boundaries=FakeBoundaries
    )
    assert (attack.date, attack.date_precision, attack.published) == (None, "unknown", None)
    assert "relative dates left unresolved" in attack.notes


def test_country_answers_are_reused_across_articles_but_cities_are_not():
    resolver = FakeResolver()
    asked = []
    for _ in range(2):
        extract(
            "Russian drones struck Ukraine and hit Kharkiv.", resolver=resolver, boundaries=FakeBoundaries
        )
        asked.append((resolver.calls.count("Ukraine"), resolver.calls.count("Kharkiv")))
    # a country is the same whatever else the text names: its answer without context serves every article
    assert asked[0][0] == asked[1][0] == 1
    # a city may depend on the other places named: asked with each article's places (and once without)
    assert (asked[0][1], asked[1][1]) == (2, 3)


def test_region_geometry_is_looked_up_once_across_articles():
    class CountingBoundaries(FakeBoundaries):
        asked: list[str] = []

        @staticmethod
        def region_for(location):
            CountingBoundaries.asked.append(location.raw["name"])
            return FakeBoundaries.region_for(location)

    resolver = FakeResolver()
    found = [
        extract("Drones struck the Tula region overnight.", resolver=resolver, boundaries=CountingBoundaries)
        for _ in range(3)
    ]
    assert CountingBoundaries.asked == ["Tula Oblast"]
    assert all(events[0].geometry.equals(REGIONS["tula region"]) for events in found)


def test_a_place_named_two_ways_keeps_each_wording_and_its_reason():
    from geomap.extraction.locate import Locator

    locator = Locator(FakeResolver(), boundaries=FakeBoundaries)
    first = locator.border_area("UA", "BY", written="near the Belarus border")
    second = locator.border_area("UA", "BY", written="along the border with Belarus")
    assert first.written == "near the Belarus border" and "near the Belarus border" in first.reason
    assert second.written == "along the border with Belarus"
    assert "along the border with Belarus" in second.reason


def test_a_name_resolved_once_keeps_the_wording_of_each_mention():
    from geomap.extraction.locate import Locator

    locator = Locator(FakeResolver(), boundaries=FakeBoundaries)
    assert locator.resolve("Kyiv", written="Kyiv").written == "Kyiv"
    assert locator.resolve("Kyiv", written="Kyiv's").written == "Kyiv's"


def test_a_person_named_after_a_title_or_before_an_age_is_no_place_later_on():
    text = (
        "Drones hit an oil depot in Rossosh overnight, Voronezh Region Governor Alexander Gusev said.\n\n"
        'Gusev thanked the air defence crews. "Thanks to our air defence, most of the drones were shot down '
        'on the approach," he wrote.\n\n'
        'Residents described the night. "My windows are gone, the door is gone," said Nadiia, a 61-year-old '
        "pensioner who lives across the street from the damaged building."
    )
    events = run_with_gazetteer(text, "2026-03-09")
    assert {e.place for e in events} == {"Rossosh’"}


def test_a_later_toll_without_a_place_goes_to_its_town_not_to_the_region_counting_it_too():
    text = (
        "Death toll in Tula rises to four\n\n"
        "Russian drones struck towns of the Tula region overnight, killing four people and injuring 10.\n\n"
        "A drone hit Tula, killing two people and injuring seven.\n\n"
        "Rescuers searched the rubble in Tula. By morning the death toll had risen to four. "
        "The number of injured now stands at nine."
    )
    casualties = {(e.place, e.killed, e.injured) for e in by_type(run(text), "casualties")}
    assert ("Tula", 4, 9) in casualties


def test_a_date_in_an_aside_about_a_person_does_not_date_the_happening():
    text = (
        "Missiles hit Kharkiv early on Saturday, officials said.\n\n"
        "Zelensky, who returned from Istanbul on Monday, said the attack showed Russia wanted no peace."
    )
    assert [(e.place, e.date) for e in by_type(run(text), "attack")] == [("Kharkiv", "2025-05-24")]


def test_the_day_a_toll_was_updated_does_not_date_what_is_said_of_the_strike_later():
    text = (
        "A glide bomb hit Kharkiv late on May 22, killing two people.\n\n"
        "By 9 a.m. on May 23, the death toll had risen to four.\n\n"
        "The bombs also damaged at least 11 houses and a shop in Kharkiv."
    )
    events = run(text)
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2025-05-22"),
        ("casualties", "2025-05-22"),
        ("damage", "2025-05-22"),
    }


def test_a_regions_toll_that_its_towns_account_for_is_not_a_happening_of_its_own():
    text = (
        "Drones struck towns of the Tula region over the night of May 23-24, killing three people and "
        "injuring five.\n\n"
        "In Tula, a drone killed two people and injured four late on May 23.\n\n"
        "In Novomoskovsk, a drone killed one person and injured one."
    )
    casualties = {(e.place, e.killed, e.injured) for e in by_type(run(text), "casualties")}
    assert casualties == {("Tula", 2, 4), ("Novomoskovsk", 1, 1)}


def test_a_datelines_date_is_when_the_story_was_filed_not_when_it_happened():
    text = (
        "May 24 (Reuters) - A Ukrainian drone attack on Kharkiv killed three civilians, officials said.\n\n"
        "Drones hit a residential area of Kharkiv at about 9:30 p.m. on Friday, killing three people."
    )
    dated = sorted((e.event_type, e.date) for e in run(text))
    assert dated == [("attack", "2025-05-23"), ("casualties", "2025-05-23")]


def test_a_headlines_toll_update_joins_the_report_it_updates_not_the_last_town_named():
    text = (
        "Glide bombs hit Kharkiv; drones strike Odesa overnight. Death toll rises to three\n\n"
        "A glide bomb hit Kharkiv on Friday evening, killing two people. "
        "A drone hit a warehouse in Odesa.\n\n"
        "By Saturday morning the death toll in Kharkiv had risen to three."
    )
    casualties = [(e.place, e.killed) for e in by_type(run(text), "casualties")]
    assert casualties == [("Kharkiv", 3)]


def test_a_date_in_an_aside_about_a_victim_still_dates_the_happening():
    text = "A woman, who was walking her dog on Friday morning, was killed when a drone hit Kharkiv."
    assert [(e.place, e.date) for e in by_type(run(text), "attack")] == [("Kharkiv", "2025-05-23")]


def test_the_region_in_a_governors_quote_is_his_even_when_he_is_named_after_it():
    text = (
        "Drones attacked the Tula region and Saratov Oblast overnight.\n\n"
        '"Last night, air defences destroyed 26 drones over the territory of the region," '
        "Tula Region Governor Dmitry Milyaev wrote."
    )
    interceptions = [(e.place, e.drones) for e in by_type(run(text), "interception")]
    assert interceptions == [("Tula Oblast", 26)]


def test_places_a_launch_came_from_are_not_struck():
    text = (
        "Forty drones launched from the directions of Tula, Moscow and Saratov attacked Ukraine.\n\n"
        "Missiles fired by bombers that took off from the Kamensk-Shakhtinsky airfield hit the city of "
        "Kharkiv."
    )
    assert {e.place for e in run(text)} == {"Ukraine", "Kharkiv"}


def test_partners_in_a_capital_are_not_a_place_of_the_attack():
    text = "A missile hit Kharkiv on Tuesday. He discussed the attack with partners in Istanbul on Tuesday."
    assert {e.place for e in run(text)} == {"Kharkiv"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers are to discuss sanctions at their meeting in Istanbul next week.",
        'The sides agreed to carry out another large prisoner exchange in Istanbul "in the coming weeks".',
    ],
)
def test_what_is_due_next_week_or_in_the_coming_weeks_has_not_happened(sentence):
    events = run(f"A drone hit Kharkiv overnight.\n\n{sentence}")
    assert [(e.event_type, e.place) for e in events] == [("attack", "Kharkiv")]


def test_ages_listed_after_aged_are_not_a_toll():
    text = "A missile hit Kharkiv, killing two people. A married couple aged 67 and 64 died at the scene."
    assert [e.killed for e in by_type(run(text), "casualties")] == [2]


@pytest.mark.parametrize(
    ("repatriation", "killed"),
    [
        ("Separately, Russia handed over the bodies of 503 soldiers killed in the war.", None),
        ("Separately, Ukraine received the bodies of 254 soldiers killed in the fighting.", None),
        ("Last week Russia handed over the bodies of 1,000 dead Ukrainian servicemen.", None),
        # bodies recovered are the strike's dead
        ("By evening rescuers had recovered the bodies of three people killed in Kharkiv.", 3),
    ],
)
def test_soldiers_bodies_handed_over_are_not_a_toll_of_the_day(repatriation, killed):
    text = "A drone hit a house in Kharkiv on Monday, injuring two people.\n\n" + repatriation
    assert [(e.killed, e.injured) for e in by_type(run(text), "casualties")] == [(killed, 2)]


def test_a_toll_risen_far_from_its_words_and_the_day_it_was_updated():
    text = (
        "In Kharkiv, a drone hit a five-storey residential building on Tuesday. "
        "A man and a woman were killed.\n\n"
        "UPDATE, Thursday, 22 May: The death toll from the drone strike on the residential building in "
        "Kharkiv has risen to four."
    )
    assert [(e.date, e.killed) for e in by_type(run(text), "casualties")] == [("2025-05-20", 4)]


def test_an_attack_that_had_been_repelled_is_an_interception():
    events = run("The governor said that an attack of UAVs had been repelled over the Tula region.")
    assert [(e.event_type, e.place) for e in events] == [("interception", "Tula Oblast")]


def test_drones_flying_towards_a_city_that_were_destroyed_were_intercepted():
    events = run("Drones attacked Moscow. In total, 16 drones flying towards the capital were destroyed.")
    assert [(e.place, e.drones) for e in by_type(events, "interception")] == [("Moscow", 16)]
    assert by_type(events, "damage") == []


def test_an_attack_only_commented_on_opens_no_happening():
    text = (
        "Drones hit a depot in the Tula region overnight.\n\n"
        "The governor said no casualties were reported in Moscow overnight. "
        "The Kharkiv authorities did not comment on the attack."
    )
    assert [(e.event_type, e.place) for e in run(text)] == [("attack", "Tula Oblast")]


def test_more_wounded_after_a_toll_update_join_that_happening_not_the_next():
    text = (
        "Two residents of Kharkiv were killed on Tuesday morning when Russian aircraft dropped bombs.\n\n"
        "By evening a third person had died in hospital, raising the death toll to three. "
        "At least four more people were wounded.\n\n"
        "Hours earlier, Russian artillery shelled Odesa, wounding two farm workers."
    )
    casualties = {(e.place, e.killed, e.injured) for e in by_type(run(text), "casualties")}
    assert casualties == {("Kharkiv", 3, 4), ("Odesa", None, 2)}


def test_a_pipeline_or_a_front_named_after_a_place_is_not_there():
    text = (
        "Drones set fire to a pumping station on the Odesa pipeline in the Tula region. "
        "Russian forces use the depot to supply troops on the Kharkiv front."
    )
    assert {e.place for e in run(text)} == {"Tula Oblast"}


def test_in_the_north_of_a_place_is_inside_it_and_north_of_it_is_not():
    inside = run("Drones hit a railway junction in the north of Tula.")
    assert {e.place for e in inside} == {"Tula"}
    outside = run("Drones hit Novomoskovsk, a town north of Kharkiv.")
    assert {e.place for e in outside} == {"Novomoskovsk"}


def test_missiles_not_intercepted_from_launch_sites_somewhere_give_no_event_there():
    text = (
        "Three missiles hit the port of Odesa overnight.\n\n"
        "The Air Force said it had not been able to intercept the missiles, which travelled a short distance "
        "from launch sites in occupied Kharkiv."
    )
    assert [(e.event_type, e.place) for e in run(text)] == [("attack", "Odesa")]


def test_a_condition_is_not_a_happening():
    text = "Ukraine will keep targeting oil terminals as long as Russia attacks Odesa."
    assert run(text) == []


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-10-22", []), ("2025-04-22", [("talks", "Istanbul")])],
)
def test_this_spring_is_the_past_in_autumn(published, expected):
    events = run("Envoys held talks in Istanbul this spring.", published=published)
    assert [(e.event_type, e.place) for e in events] == expected


def test_spared_until_this_autumn_still_reports_todays_damage():
    text = "In Kharkiv, which had been spared until this autumn, an energy facility was damaged."
    assert [e.place for e in by_type(run(text, published="2024-12-05"), "damage")] == ["Kharkiv"]


def test_a_launch_the_air_force_counts_is_the_countrys_even_with_a_main_target():
    text = (
        "Ukraine's air force said Russia launched 213 drones and eight missiles during the night, with the "
        "Tula region the main target."
    )
    assert [(e.place, e.drones, e.missiles) for e in by_type(run(text), "attack")] == [("Ukraine", 213, 8)]


def test_the_kyiv_regime_is_a_party_not_the_town_attacked():
    text = (
        "Officials reported a drone strike on a market in Kharkiv.\n\n"
        'The governor wrote that "the Kyiv regime" had attacked the town with drones on Wednesday evening.'
    )
    assert {e.place for e in by_type(run(text), "attack")} == {"Kharkiv"}


def test_the_day_of_an_accusation_is_only_when_the_strike_was_reported():
    text = "Officials accused Ukrainian forces on Thursday of a drone strike on a market in Kharkiv."
    assert [(e.date, e.date_precision) for e in by_type(run(text), "attack")] == [("2025-05-22", "reported")]


def test_an_hour_later_is_the_same_day():
    text = "At 3:40 a.m. on Friday, August 22, drones hit Tula.\n\nAn hour later, a missile hit Kharkiv."
    assert {(e.place, e.date) for e in run(text, published="2025-08-28")} == {
        ("Tula", "2025-08-22"),
        ("Kharkiv", "2025-08-22"),
    }


def test_what_an_attack_came_days_after_is_no_new_happening():
    text = "The attack on Odesa came days after Ukrainian drones struck oil facilities in Tula."
    assert {e.place for e in run(text)} == {"Odesa"}


def test_a_sea_drone_destroyed_off_a_town_is_an_interception():
    text = "The Navy said its forces destroyed a Russian unmanned surface vessel approaching Odesa's coast."
    assert [(e.event_type, e.place) for e in run(text)] == [("interception", "Odesa")]


def test_a_ministry_in_a_capital_is_no_place_of_the_strike_it_claims():
    text = "The Russian Defence Ministry in Moscow claimed that its forces had struck port infrastructure."
    assert run(text) == []


def test_a_city_that_was_not_attacked_has_no_attack():
    text = "Drones hit Odesa overnight. Kharkiv itself was not attacked overnight, the mayor said."
    assert {e.place for e in run(text)} == {"Odesa"}


def test_the_oblast_is_the_first_level_region_not_a_raion_named_since():
    text = (
        "Drones hit a village in the Tula region overnight. Further north, in Prymorskyi district, a house "
        "burned. The oblast's air defence shot down 11 drones overnight."
    )
    assert [(e.place, e.drones) for e in by_type(run(text), "interception")] == [("Tula Oblast", 11)]


def test_drones_downed_over_several_regions_are_the_countrys_count():
    text = (
        "Russia's Defence Ministry said it had destroyed 63 Ukrainian drones over seven Russian regions "
        "overnight, without giving a breakdown for the Tula region."
    )
    assert [(e.place, e.drones) for e in by_type(run(text), "interception")] == [("Russia", 63)]


def test_missiles_listed_by_type_add_up():
    text = (
        "Ukraine's Air Force said that overnight Russia had launched 146 drones, as well as three Iskander-M "
        "ballistic missiles and two Kh-59/69 guided air missiles, at Ukraine."
    )
    assert [(e.drones, e.missiles) for e in by_type(run(text), "attack")] == [(146, 5)]


def test_to_fire_artillery_is_no_fire():
    text = "Troops use the area around a plant in Odesa to fire artillery, as Ukraine cannot return fire"
    assert run(text) == []


def test_mortar_or_enemy_fire_is_shooting_not_a_blaze():
    text = "Odesa came under mortar fire 14 times on Monday. Kharkiv came under enemy fire on Tuesday."
    assert {e.event_type for e in run(text)} == {"attack"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The handover took place on Ukraine's border with Belarus.", "Ukraine–Belarus border area"),
        ("The handover took place near the border with Belarus.", "Ukraine–Belarus border area"),
        ("The handover took place on Ukraine's border with Belarus near Kharkiv.", "Kharkiv"),
    ],
)
def test_a_swap_on_a_countrys_border_with_another_is_on_its_side(sentence, place):
    text = f"Kyiv and Moscow swap prisoners\n\nUkraine and Russia swapped 120 prisoners each. {sentence}"
    assert [e.place for e in by_type(run(text), "prisoner_exchange")] == [place]


def test_a_town_named_with_its_region_is_the_one_there_and_the_region_no_second_place():
    text = "Russian forces shelled the village of Borova in Kharkiv Oblast on Sunday, killing a woman."
    events = run_with_gazetteer(text, "2026-06-15")
    # the larger Borova is in Kyiv Oblast
    assert {(e.event_type, e.place, e.admin1) for e in events} == {
        ("attack", "Borova", "Kharkiv Oblast"),
        ("casualties", "Borova", "Kharkiv Oblast"),
    }


def test_an_attack_repelled_in_quotes_and_a_strike_earlier_this_month_report_nothing_new():
    repelled = run('In the Tula region, the governor said an attack had been "repelled".')
    assert by_type(repelled, "attack") == []
    text = "Earlier this month, Ukraine's military said it had destroyed a Russian depot near Kharkiv."
    assert run(text, published="2025-05-24") == []


def test_what_air_defence_is_able_to_intercept_is_no_interception():
    text = "He asked for more Patriot systems, the only ones able to reliably intercept missiles over Kyiv."
    assert run(text) == []


def test_a_strike_in_the_spring_is_the_past_in_october():
    text = "Ukraine previously struck the airfield near Odesa in the spring, the command said."
    assert run(text, published="2024-10-09") == []


def test_the_number_of_people_injured_risen_is_the_new_figure():
    text = (
        "Glide bombs hit Kharkiv overnight. Twelve people were injured, the governor said.\n\n"
        "By midday, the number of people injured in Kharkiv had risen to 16."
    )
    assert [e.injured for e in by_type(run(text), "casualties")] == [16]


_OVERNIGHT = "Ukraine's Air Force said Russia had launched 64 drones overnight."
_THURSDAY = "On Thursday morning, a drone hit a house in Odesa."


@pytest.mark.parametrize(
    ("heading", "sentence", "published", "expected"),
    [
        # "overnight" under a dated heading is that day's night
        ("Saturday: Quiet", _OVERNIGHT, "2025-06-29", {("Kharkiv", "2025-06-23"), ("Ukraine", "2025-06-28")}),
        # a weekday still counts from publication, not back from the heading's day
        ("Wednesday: Quiet", _THURSDAY, "2026-03-22", {("Kharkiv", "2026-03-16"), ("Odesa", "2026-03-19")}),
    ],
)
def test_dates_under_a_dated_heading_of_a_roundup(heading, sentence, published, expected):
    text = (
        "Ukraine war latest: the week in review\n\n"
        "Monday: Drones hit Kharkiv\n\n"
        "Russian drones hit Kharkiv, the mayor said.\n\n"
        f"{heading}\n\n"
        f"{sentence}"
    )
    attacks = {(e.place, e.date) for e in by_type(run(text, published=published), "attack")}
    assert attacks == expected


_ORDINARY = [
    # each guards one of the sixth session's rules against a reading it must not take
    ("Two people were hurt in the fall of drone debris in Kharkiv on Friday.", {("casualties", "Kharkiv")}),
    ("Air defence was able to shoot down 45 drones over Kharkiv overnight.", {("interception", "Kharkiv")}),
    ("Russia launched 40 drones at the Tula region, Ukraine's air force said.", {("attack", "Tula Oblast")}),
    ("Troops shelled villages north of Kharkiv, and Odesa came under drone attack.", {("attack", "Odesa")}),
    ("A Russian missile struck the army headquarters in Kharkiv on Friday.", {("attack", "Kharkiv")}),
    ("A drone hit the Tula government building on Friday.", {("attack", "Tula")}),
    ("Three civilians were killed in fighting in Kharkiv on Friday.", {("casualties", "Kharkiv")}),
    ("Troops shelled a village to the north of Kharkiv on Friday.", set()),
    ("The strike on Tula came days after Russian missiles struck Kharkiv, killing 35.", {("attack", "Tula")}),
]


@pytest.mark.parametrize(("text", "expected"), _ORDINARY)
def test_new_rules_keep_ordinary_reports(text, expected):
    assert {(e.event_type, e.place) for e in run(text) if e.event_type != "damage"} == expected


def test_a_part_listed_after_a_total_is_not_added_to_it():
    text = "Russia fired six missiles at Kyiv, including three Kinzhal missiles and two Iskander missiles."
    assert [e.missiles for e in by_type(run(text), "attack")] == [6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an event "comes at a time of" is its context, not another place of it
        (
            "Drones struck Odesa on Friday. The strike comes at a time of heavy fighting in Kharkiv.",
            {("attack", "Odesa")},
        ),
        # the wreckage of a downed drone fell here: damage, not a downing here
        (
            "In Kharkiv, wreckage from a drone that had been shot down smashed into the roof of a warehouse.",
            {("damage", "Kharkiv")},
        ),
        # a bare plural said to be something is a kind of happening
        (
            "Ukraine and Russia swapped 100 prisoners each in Istanbul on Friday. Prisoner exchanges have "
            "been one of the few areas in which Kyiv and Tula cooperate.",
            {("prisoner_exchange", "Istanbul")},
        ),
        ("Strikes on Odesa have become a key part of Russia's strategy.", set()),
        (
            "Strikes have been reported in Kharkiv and Odesa overnight.",
            {("attack", "Kharkiv"), ("attack", "Odesa")},
        ),
        (
            "Ukraine and Russia swapped 100 prisoners each on Friday in Odesa, despite the absence of wider "
            "peace talks in Istanbul.",
            {("prisoner_exchange", "Odesa")},
        ),
        # a Russian village that only shares the district's name holds no district of Kharkiv
        (
            "Russian shelling of Kharkiv's Kievsky district killed two people on Friday.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        # a capital named for its government, and a speaker's forum
        ('The governor said the attacks on Friday showed that Kyiv "has no intention of stopping."', set()),
        (
            "Speaking to reporters on the sidelines of a forum in Moscow on Friday, he said the attacks "
            "showed weakness.",
            set(),
        ),
        # a habit, past a few words of its clause, and a happening only provided for
        (
            "Border towns such as Tula and Novomoskovsk have been shelled and attacked by drones almost "
            "daily for three years.",
            set(),
        ),
        ("Residents of Kharkiv were told where to go in the event of a new attack.", set()),
        # an exchange with no place: the country its prisoners came home to, not the article's main one
        (
            "Drones struck Tula and Moscow on Friday.\n\nOn Thursday, 146 Ukrainian prisoners of war came "
            "home in an exchange with Russia.",
            {("attack", "Tula"), ("attack", "Moscow"), ("prisoner_exchange", "Ukraine")},
        ),
    ],
)
def test_seventh_session_rules(text, expected):
    assert types_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange with no place: the side that "had received" its prisoners, not the capital receiving
        # bodies nor the place most of the article's places lie in
        (
            "Drones struck Tula and Moscow on Friday.\n\n"
            "Ukraine and Russia each handed over 212 prisoners of war on Thursday in an exchange mediated by "
            "Vietnam. Kyiv also received the bodies of 1,000 soldiers. Russia's Defence Ministry said 212 "
            "servicemen had returned from Tula and Moscow and that Ukraine had received 212 prisoners of the "
            "Ukrainian armed forces.",
            {("attack", "Tula"), ("attack", "Moscow"), ("prisoner_exchange", "Ukraine")},
        ),
        # drones downed near a town are among those the region counted
        (
            "Air defences destroyed 19 drones over the Tula region overnight, the ministry said.\n\n"
            "The governor said the drones had been destroyed on approach to Tula.",
            {("interception", "Tula Oblast")},
        ),
        ("Falling fragments broke the windows of several houses in Tula.", {("damage", "Tula")}),
        ("The same night, a drone fell on the grounds of a chemical plant in Tula.", {("attack", "Tula")}),
        # what was shot down fell: no attack
        ("A downed drone fell on the grounds of a chemical plant in Tula.", {("interception", "Tula")}),
        (
            "Drones hit a plant in Tula. Two workers had been taken to the town hospital with burns.",
            {("attack", "Tula"), ("casualties", "Tula")},
        ),
        ('In Tula, officials describe such incidents as "attempted attacks" and "minor fires."', set()),
        # a General Staff summary's ground fighting is no strike, unless a weapon from afar is named
        ("In the Kupiansk direction, the enemy attacked six times near Odesa and Kharkiv.", set()),
        ("In the Lyman direction, 11 assaults were recorded near Tula. Ten of them were repelled.", set()),
        ("In Tula, 112 occupiers were eliminated today and 41 wounded.", set()),
        (
            "In the Huliaipole direction, Russian aircraft struck the areas of Odesa with guided bombs.",
            {("attack", "Odesa")},
        ),
        ("Drones hit Tula overnight. Moscow calls the strikes terrorism.", {("attack", "Tula")}),
        (
            "Ukraine and Russia exchanged 31 prisoners on Thursday in the Sumy region. Previous exchanges "
            "have mostly taken place on the border with Belarus.",
            {("prisoner_exchange", "Sumy Region")},
        ),
        (
            "In Tula, a drone hit the roof of a house. A woman living there suffered a shrapnel wound to her "
            "leg. Windows in two neighbouring houses were also smashed.",
            {("attack", "Tula"), ("casualties", "Tula"), ("damage", "Tula")},
        ),
        # heldout56-58: what a ministry did not mention, a country's territory, "in Tula village", an aside
        (
            "Drones hit a refinery in Tula.\n\nRussia's defence ministry said its air defences had destroyed "
            "45 drones overnight but did not mention the Tula region.",
            {("attack", "Tula"), ("interception", "Russia")},
        ),
        (
            "The ministry said air defences had intercepted 59 drones over Russian territory.",
            {("interception", "Russia")},
        ),
        (
            "Shelling kills two in Tula village\n\nShelling killed two people in Novomoskovsk on Friday.",
            {("attack", "Novomoskovsk"), ("casualties", "Novomoskovsk")},
        ),
        ("Drones hit a depot which supplies fuel to units in Kharkiv, the governor of Tula said.", set()),
        # a second reviewer's probes
        (
            "A strike on the market, which is in Kharkiv, killed 3.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "Regions hit overnight:\n- Kharkiv: a drone hit a house, injuring three.\n"
            "- Odesa: shelling killed one.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv"), ("attack", "Odesa"), ("casualties", "Odesa")},
        ),
        ("The governor named the Tula region as the hardest hit.", {("attack", "Tula Oblast")}),
        ("Defenders repelled an attack near Kharkiv.", set()),
        (
            "Drones struck Odesa before the main attack began on Kyiv.",
            {("attack", "Odesa"), ("attack", "Kyiv")},
        ),
        ("A drone fell into a residential building in Kyiv.", {("attack", "Kyiv")}),
        # the month is no modal verb
        ("On May 22, drones struck Kharkiv.", {("attack", "Kharkiv")}),
        # the edges of this session's rules, as a reviewer probed them
        (
            "In the Kupiansk direction, a Russian shell hit a house in Kharkiv, killing a woman.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        ("The Black Sea Fleet repelled an attack on Odesa overnight.", {("interception", "Odesa")}),
        (
            "Kharkiv received 12 strikes overnight, injuring three people.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "Kyiv calls the attacks on Odesa a war crime after three people were killed.",
            {("attack", "Odesa"), ("casualties", "Odesa")},
        ),
        (
            "In the previous attack on Kharkiv on Monday, two people were killed.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        ("A missile fell into the Black Sea off Odesa, the air force said.", set()),
        # a weapon that had struck, not one that had been shot down
        ("Its drones had destroyed a launcher near Odesa.", {("attack", "Odesa"), ("damage", "Odesa")}),
        ("Kyiv said 20 drones had been destroyed near Odesa.", {("interception", "Odesa")}),
        # when, told by an attack reported elsewhere
        (
            "Drones attacked Odesa overnight. Late on Saturday, before the main attack began, debris fell on "
            "a house in Kharkiv.",
            {("attack", "Odesa"), ("damage", "Kharkiv")},
        ),
        # an aside on what the station does says nothing of where the fire was
        (
            "Drones attacked a pumping station near Tula. Falling debris started a fire at the station, "
            "which pumps crude to terminals in southern Russia, he said.",
            {("attack", "Tula"), ("damage", "Tula")},
        ),
    ],
)
def test_ninth_session_rules(text, expected):
    assert types_and_places(text) == expected


def test_a_village_in_a_rural_district_named_after_a_town_is_the_village():
    text = "Debris fell in the village of Mytiaieve in the Saky district in Crimea, damaging a power line."
    events = run_with_gazetteer(text, "2026-01-14")
    assert [e.place for e in by_type(events, "damage")] == ["Mityayevo"]  # not the town of Saky


def test_a_newest_first_live_blog_keeps_each_update_with_its_place_and_each_item_with_its_figures():
    text = (
        "14:05 - Odesa toll rises to four\n\n"
        "Rescuers recovered the body of a fourth victim in Odesa, the governor said. The number of injured "
        "has risen to 11.\n\n"
        "11:30 - Bombs dropped on Kharkiv\n\n"
        "Russian aircraft dropped guided bombs on Kharkiv, killing two men and wounding a woman.\n\n"
        "09:50 - Air Force: Russia launched 17 missiles and 24 drones overnight\n\n"
        "Russia attacked Ukraine overnight with 17 missiles and 24 drones, the Air Force said.\n\n"
        "08:40 - Two killed as drone hits apartment block in Odesa\n\n"
        "A Russian drone struck a residential building in Odesa overnight, killing two people and injuring "
        "seven."
    )
    events = run(text, published="2024-10-09")
    casualties = {e.place: (e.killed, e.injured) for e in by_type(events, "casualties")}
    assert casualties == {"Odesa": (4, 11), "Kharkiv": (2, 1)}
    attacks = {e.place: (e.missiles, e.drones) for e in by_type(events, "attack")}
    assert attacks == {"Odesa": (None, None), "Kharkiv": (None, None), "Ukraine": (17, 24)}


def test_a_front_wide_drone_count_is_not_one_village_s():
    text = "Today the enemy used 2,961 kamikaze drones to strike.\n\nRussian aircraft bombed Odesa."
    attacks = sorted((e.place, e.drones or 0) for e in by_type(run(text), "attack"))
    assert attacks == [("Odesa", 0), ("Ukraine", 2961)]  # the whole country's, where the text says no more


def test_a_headline_naming_a_region_heads_the_reports_inside_it():
    text = (
        "Russia strikes Odesa Oblast towns\n\n"
        "Drones hit Odesa overnight. Missiles struck the Berezivka district on Tuesday."
    )
    assert types_and_places(text) == {("attack", "Odesa"), ("attack", "Berezivka District")}
    # so is a lede without figures over several reports inside the region; one with figures is a report of
    # its own
    lede = text.replace("towns\n", "towns.\n")
    assert types_and_places(lede) == {("attack", "Odesa"), ("attack", "Berezivka District")}
    lede = text.replace("towns\n", "towns with 12 drones.\n")
    assert ("attack", "Odesa Oblast") in types_and_places(lede)


def test_a_headline_in_the_present_tense_injures():
    casualties = by_type(run("Drone attack on Odesa injures five"), "casualties")
    assert [(e.place, e.injured) for e in casualties] == [("Odesa", 5)]


def test_a_live_blog_correction_withdraws_the_place_it_says_was_wrong():
    text = (
        "09:18 - A Russian guided bomb struck Kharkiv, wounding two women.\n\n"
        "10:05 - CORRECTION: The bomb did not hit Kharkiv but Odesa, the administration said."
    )
    assert {e.place for e in run(text, published="2024-08-22")} == {"Odesa"}
    # what the correction says was wrong before it stays, if reported again after it
    assert "Kharkiv" in {e.place for e in run(text + "\n\n11:00 - Drones hit Kharkiv again.")}


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Odesa overnight, killing four. The death toll was later revised down to three.",
        "A missile hit Odesa, killing four. The number of dead stood at three, not four as first reported.",
        "Russian missiles hit village in southern Ukraine; death toll revised down to three\n\n"
        "A Russian missile strike on Odesa killed four people. Officials lowered the death toll to three.",
    ],
)
def test_a_toll_revised_down_is_the_lower_one(text):
    assert [(e.place, e.killed) for e in by_type(run(text), "casualties")] == [("Odesa", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Odesa on Friday, injuring five. The strike did not target Odesa's port, they said.",
        "A Russian drone hit a block in Odesa on Friday, injuring three. Russia said it did not hit Odesa.",
        "Shelling injured two in Odesa on Friday. Officials said Kharkiv, not Odesa, would take evacuees.",
        "Officials first reported two injured in the strike on Odesa on Friday.",
    ],
)
def test_what_no_correction_withdraws(text):
    assert ("casualties", "Odesa") in types_and_places(text)


def test_a_toll_corrected_down_keeps_the_correction():
    text = (
        "A Russian drone attack on Odesa killed two people, officials said, lowering an earlier toll. The "
        'governor had initially said four people were killed. "The number of dead is two, not four," he said.'
    )
    assert [(e.place, e.killed) for e in by_type(run(text), "casualties")] == [("Odesa", 2)]


def test_a_row_of_a_table_dates_what_happened_overnight():
    text = "Tue, May 20 | Odesa | Overnight, Russian drones hit the port."
    assert [(e.place, e.date) for e in by_type(run(text), "attack")] == [("Odesa", "2025-05-20")]
    text = "On May 22 overnight Russian drones attacked Odesa."
    assert [(e.place, e.date) for e in by_type(run(text), "attack")] == [("Odesa", "2025-05-22")]
    # a day that only sets the scene does not
    text = "After the May 17 attack on a bus in Odesa, Russian drones again struck the town overnight."
    assert "2025-05-24" in {e.date for e in by_type(run(text), "attack")}  # (and the May 17 one)


def test_a_placeless_headline_toll_is_the_toll_the_article_reaches():
    text = (
        "Russian glide bombs kill 4 in front-line town\n\n"
        "Russian aircraft dropped guided bombs on Kharkiv on Monday, killing at least two people.\n\n"
        "By Tuesday morning, the death toll had risen to four."
    )
    casualties = by_type(run(text, published="2024-11-12"), "casualties")
    assert [(e.place, e.killed) for e in casualties] == [("Kharkiv", 4)]


def test_one_drone_suppressed_is_counted():
    (event,) = run("In Tula, a drone was suppressed by electronic warfare equipment.")
    assert (event.event_type, event.place, event.drones) == ("interception", "Tula", 1)


def test_when_images_were_published_does_not_date_what_they_show():
    text = (
        "Drones struck an oil depot in Tula on Thursday. Satellite images published on Saturday showed that "
        "the depot had been destroyed."
    )
    assert {e.date for e in run(text)} == {"2025-05-22"}


def test_repelled_ground_assaults_are_no_interception():
    text = "Its forces repelled more than 150 Russian assaults near Kharkiv over the previous day."
    assert by_type(run(text), "interception") == []
    drones = "Air defences repelled a drone attack on Kharkiv overnight."
    assert len(by_type(run(drones), "interception")) == 1


def test_overnight_on_a_named_day_is_that_day():
    text = "Russia launched 138 drones at Kharkiv overnight on April 16, the air force said."
    assert {e.date for e in run(text, published="2026-04-18")} == {"2026-04-16"}


def test_a_clock_time_zone_does_not_end_the_sentence():
    text = (
        "Air defences destroyed 112 drones over Russian regions between 11:00 p.m. Moscow time on Wednesday "
        "and 7:00 a.m. on Thursday. Of them, 41 were downed over the Tula region."
    )
    assert {(e.place, e.date) for e in by_type(run(text, published="2025-02-07"), "interception")} == {
        ("Russia", "2025-02-06"),
        ("Tula Oblast", "2025-02-06"),
    }


def test_a_clock_times_day_does_not_end_the_sentence():
    text = (
        "Russia's Defense Ministry said air defenses destroyed 41 Ukrainian drones between 11 p.m. Tuesday "
        "and 7 a.m. Wednesday, including six over the Orenburg region, 11 over the Samara region and nine "
        "over the Saratov region."
    )
    downed = by_type(run_with_gazetteer(text, "2026-02-18"), "interception")
    assert [(e.place, e.drones) for e in downed] == [
        ("Russia", 41),
        ("Orenburg Oblast", 6),
        ("Samara Oblast", 11),
        ("Saratov Oblast", 9),
    ]
    sentences = split_sentences("The drone hit at 3 a.m. Monday was quiet after that.")
    assert len(sentences) == 2  # a day that opens the next sentence


def test_a_day_a_sentence_opens_with_dates_what_its_paragraph_reports_next():
    opened = "On Monday, the threat came from the air. A drone struck a tractor outside Kharkiv."
    said = "The governor gave another account on Monday. A drone struck a tractor outside Kharkiv."
    assert {e.date for e in run(opened, published="2026-04-18")} == {"2026-04-13"}
    assert {e.date for e in run(said, published="2026-04-18")} == {"2026-04-18"}


def test_a_share_of_the_total_a_few_words_on_and_the_ministry_named_before():
    text = (
        "Drones hit a bakery in Tula on Wednesday, as Russia's Defence Ministry reported a large attack.\n\n"
        "Air defence units destroyed 64 drones overnight, the ministry said. It said 28 of the drones and "
        "both missiles were downed over the Tula region, and 19 over Kalmykia."
    )
    interceptions = {(e.place, e.drones) for e in by_type(run(text), "interception")}
    assert interceptions == {("Russia", 64), ("Tula Oblast", 28), ("Kalmykia", 19)}


def test_a_region_across_the_border_is_not_where_it_happened():
    text = "In Tula, close to the border with Ukraine's Sumy region, a drone attack damaged three houses."
    assert types_and_places(text) == {("attack", "Tula"), ("damage", "Tula")}


def test_a_toll_over_a_week_is_no_happening():
    week = "In all, four people were killed and 14 wounded in Kharkiv this week, the governor said."
    assert by_type(run(week), "casualties") == []
    day = "In all, four people were killed and 14 wounded in Kharkiv on Friday, the governor said."
    assert [(e.killed, e.injured) for e in by_type(run(day), "casualties")] == [(4, 14)]


def test_a_population_is_no_count():
    text = (
        "Ukraine and Russia swapped 175 prisoners each on Friday. Hours before the swap, bombs hit "
        "Kharkiv, a city of about 4,000 people, killing two."
    )
    assert [e.prisoners for e in by_type(run(text), "prisoner_exchange")] == [175]


def test_what_a_side_blames_a_unit_for_is_its_record():
    record = "The building housed a drone unit, which Ukraine blames for attacks on roads in Kharkiv."
    assert run(record) == []
    now = "Ukraine blamed Russia for the attack on Kharkiv on Friday."
    assert [e.place for e in by_type(run(now), "attack")] == ["Kharkiv"]


def test_a_meeting_is_talks_only_in_an_article_about_negotiations():
    residents = "Drones hit Tula on Friday. On Saturday, the town administration held a meeting."
    assert by_type(run(residents), "talks") == []
    diplomats = "Peace talks stalled. After the Istanbul meeting on May 16, the sides swapped lists."
    assert [e.place for e in by_type(run(diplomats), "talks")] == ["Istanbul"]


def test_a_capital_thanked_for_its_mediation_is_a_party():
    text = (
        'Ukraine and Russia swapped 157 prisoners each on Wednesday. "Every exchange is the result of quiet '
        'work," Zelensky wrote, thanking Istanbul for its mediation.'
    )
    assert [e.place for e in by_type(run(text, published="2026-02-11"), "prisoner_exchange")] == ["Ukraine"]


def test_what_a_side_says_its_strikes_are_is_no_happening():
    text = "Kyiv says its strikes on airfields, refineries and plants in Tula are a response to Russian raids"
    assert run(text) == []


def test_where_a_body_sits_is_not_where_what_it_tells_of_happened():
    text = (
        "Drones hit an air base in Tula on Friday. In Kyiv, the Security Service of Ukraine was less shy. "
        "A source in the service said its drones had struck the base and destroyed two bombers."
    )
    assert {e.place for e in run(text)} == {"Tula"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the seventh session's rules against a reading a reviewer found it took
        (
            "A Russian missile strike on Odesa killed three people on Tuesday, the second deadly attack on "
            "the city this week.",
            {("attack", "Odesa"), ("casualties", "Odesa")},
        ),
        (
            "In the city of Kharkiv two people were killed when a missile hit a school on Friday.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "In Odesa, the authorities declared Saturday a day of mourning. Three people were killed and 12 "
            "injured in the strike, the governor said.",
            {("attack", "Odesa"), ("casualties", "Odesa")},
        ),
        ("Strikes on Odesa on Friday are the first since the spring.", {("attack", "Odesa")}),
        (
            "Zelensky thanked Kharkiv rescuers who worked through the night after a missile strike on the "
            "city killed three people.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        ("Despite the lack of progress, talks in Istanbul resumed on Friday.", {("talks", "Istanbul")}),
        (
            "Russian and Ukrainian officials met on the sidelines of a summit in Istanbul on Friday for "
            "talks on a ceasefire.",
            {("talks", "Istanbul")},
        ),
        (
            "Russian and Ukrainian officials held a meeting in Istanbul on Friday to discuss a prisoner "
            "exchange.",
            {("talks", "Istanbul")},
        ),
        (
            "Kyiv was not prepared for the scale of Saturday's drone attack, which killed four people.",
            {("attack", "Kyiv"), ("casualties", "Kyiv")},
        ),
        (
            "Prosecutors opened an investigation in the case of the missile strike on Odesa on Friday.",
            {("attack", "Odesa")},
        ),
        (
            "Ukraine and Russia carried out a prisoner exchange on Friday. The soldiers, freed from Russian "
            "captivity, returned home.",
            {("prisoner_exchange", "Ukraine")},
        ),
    ],
)
def test_seventh_session_rules_keep_ordinary_reports(text, expected):
    assert types_and_places(text) == expected


def test_a_day_opening_a_statement_does_not_date_what_follows():
    text = "On Friday, Zelensky said Russia must be pressed. A drone struck a house in Kharkiv, hurting two."
    assert {e.date for e in run(text)} == {"2025-05-24"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the eighth session's rules, found on the heldout41-43 first runs
        ("Russia fires 38 missiles at Kyiv", {("attack", "Kyiv")}),  # a headline's count of weapons, no blaze
        (
            "Drones set fire to an energy facility in Kharkiv, causing a large fire at the site.",
            {("attack", "Kharkiv"), ("damage", "Kharkiv")},
        ),
        (
            "Russia's Defence Ministry said 64 Ukrainian drones destroyed overnight over the Tula region.",
            {("interception", "Tula Oblast")},
        ),
        (
            "A missile hit Kharkiv on Friday. The bombs are hard to intercept, and Ukraine has asked for "
            "permission to strike airfields in Russia.",
            {("attack", "Kharkiv")},
        ),
        ("In Tula, officials held drills to prepare industrial sites for drone attacks.", set()),
        ("Drills were held in Tula, though the region has not reported a strike.", set()),
        (
            'Drones were shot down over the Tula region. "There were no hits on infrastructure in Tula," the '
            "governor said.",
            {("interception", "Tula Oblast")},
        ),
        ("Kharkiv has come under increasingly frequent attack as Russian troops advanced.", set()),
        ("Ukraine has repeatedly targeted refineries in Tula.", set()),
        ("Ukraine has described its strikes on Tula as a response to attacks on its grid.", set()),
        ("Guided bombs pound Kharkiv as families flee", {("attack", "Kharkiv")}),
        ("The figures have rarely matched since the attacks on Moscow became regular.", set()),
        (
            "Overnight strikes on Kyiv became the deadliest of the war, killing 12.",
            {("attack", "Kyiv"), ("casualties", "Kyiv")},
        ),
    ],
)
def test_eighth_session_rules(text, expected):
    assert types_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readings a reviewer found the eighth session's first rules took: each is kept as it was before
        (
            "Russian drones destroyed over 30 homes in Kharkiv on Friday.",
            {("attack", "Kharkiv"), ("damage", "Kharkiv")},
        ),
        (
            "Russian forces have regularly shelled Kharkiv; on Friday shelling killed a man there.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "Russia's defence ministry called its Friday strikes on Odesa a response to Kyiv's attacks.",
            {("attack", "Odesa")},
        ),
        (
            "The governor not only reported a drone attack on Tula on Friday but said two were injured.",
            {("attack", "Tula"), ("casualties", "Tula")},
        ),
        ("Russian artillery and drones pound Kharkiv almost daily.", set()),
    ],
)
def test_eighth_session_rules_keep_ordinary_reports(text, expected):
    assert types_and_places(text) == expected


def test_an_active_downing_and_coordinated_victims_are_not_counted_as_one():
    assert [e.drones for e in run("A Russian drone shot down a Ukrainian helicopter near Kharkiv.")] == [None]
    text = "A drone hit a car in Kharkiv, killing its driver and two passengers."
    assert [e.killed for e in by_type(run(text), "casualties")] in ([], [None])


def test_a_headline_toll_stays_with_the_town_the_headline_names():
    text = (
        "Guided bombs pound Kharkiv as families flee; death toll revised to five\n\n"
        "Russian bombs hit Kharkiv on Wednesday, killing six people.\n\n"
        "Overnight, a drone hit a house in Odesa, injuring two men."
    )
    casualties = {(e.place, e.killed, e.injured) for e in by_type(run(text), "casualties")}
    assert casualties == {("Kharkiv", 6, None), ("Odesa", None, 2)}


def test_during_the_same_attack_dates_by_the_attack_and_is_not_another():
    text = (
        "A missile struck Odesa on Wednesday, killing two people.\n\n"
        "During the same attack, a drone was shot down over Kharkiv."
    )
    events = {(e.event_type, e.place, e.date) for e in run(text)}
    assert events == {
        ("attack", "Odesa", "2025-05-21"),
        ("casualties", "Odesa", "2025-05-21"),
        ("interception", "Kharkiv", "2025-05-21"),
    }


def test_debris_of_drones_downed_over_a_region_falls_in_the_town_named_there():
    text = (
        "Drones attacked Novomoskovsk early on Saturday, the governor said.\n\n"
        "Air defences destroyed eight drones over the Tula region. Debris fell on a plant, causing a fire."
    )
    assert [e.place for e in by_type(run(text), "damage")] == ["Novomoskovsk"]


def test_a_figure_said_again_without_a_place_joins_the_report_that_gave_it():
    text = (
        "Air defences shot down 64 drones over Russia overnight. Two drones were shot down near Tula.\n\n"
        "Analysts say the campaign is growing.\n\n"
        "The 64 drones Russia said it shot down overnight included decoys."
    )
    assert {(e.place, e.drones) for e in run(text)} == {("Russia", 64), ("Tula", 2)}


def test_a_day_still_to_come_dates_nothing():
    assert [e.date for e in run("Drones hit Moscow just days before the May 30 parade.")] == ["2025-05-24"]


def test_a_raion_of_a_region_the_text_names_is_not_taken_for_a_city_district():
    text = (
        "A missile hit Kharkiv on Saturday.\n\n"
        "In Odesa Oblast, a Russian drone hit an energy facility in Berezivka district overnight, leaving "
        "villages without power."
    )
    expected = {("attack", "Kharkiv"), ("attack", "Berezivka District"), ("damage", "Berezivka District")}
    assert types_and_places(text) == expected


def test_one_person_by_a_possessive_and_injuries_escaped_with():
    text = "A drone hit a car in Kharkiv, killing its 63-year-old driver. Two men escaped with concussions."
    assert [(e.killed, e.injured) for e in by_type(run(text), "casualties")] == [(1, 2)]


def test_a_drone_shot_down_without_an_auxiliary_is_one():
    assert [e.drones for e in run("A drone shot down over Tula fell onto an apartment block.")] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the rules the heldout44-46 first runs taught
        (
            "Eleven Ukrainian civilians held in Russia returned home on Thursday in a prisoner exchange.",
            {("prisoner_exchange", "Ukraine")},
        ),
        ("A week of Russian drone attacks on civilians along the Dnipro in Kherson.", set()),
        (
            "Ukraine has launched 40 drones at Russia's Azov coast, with Kyiv claiming hits.",
            {("attack", "Russia")},
        ),
        (
            "Drones struck an airfield in Tula, damaging jets used by Moscow to launch missiles, while "
            "officials said air defences had repelled the attack.",
            {("attack", "Tula"), ("damage", "Tula"), ("interception", "Tula")},
        ),
        ("It was hit before: officials said in May 2024 that drones had damaged aircraft in Tula.", set()),
        (
            "A missile hit Odesa on Saturday. Peskov said the attacks show the nature of the regime in Kyiv.",
            {("attack", "Odesa")},
        ),
        (
            "Russia attacks Ukraine with 128 drones and six missiles: death toll in Kharkiv rises to four; "
            "railway hit in Odesa",
            {("attack", "Ukraine"), ("casualties", "Kharkiv"), ("attack", "Odesa")},
        ),
    ],
)
def test_heldout44_46_rules(text, expected):
    assert types_and_places(text) == expected


def test_drones_lost_from_radar_are_not_counted_as_downed():
    text = "Russia launched 96 drones at Ukraine. Air defenses shot down 61 of them, and 22 more were lost."
    assert [e.drones for e in by_type(run(text), "interception")] == [61]


def test_another_weapons_count_is_not_taken_for_missiles():
    text = "Over the week Russia launched 1,300 drones, about 900 guided bombs and 46 missiles at Ukraine."
    assert [(e.drones, e.missiles) for e in by_type(run(text), "attack")] == [(1300, 46)]


@pytest.mark.parametrize(
    "downed",
    ["destroyed 11 of them", "brought down or disabled 11 of them", "jammed 5 of them, and 11 were downed"],
)
def test_air_defence_destroying_some_of_them_is_an_interception(downed):
    text = f"Russia launched 16 drones at the Tula region overnight. Air defence forces {downed}."
    assert {(e.event_type, e.drones) for e in run(text) if e.event_type != "attack"} == {("interception", 11)}


def test_a_person_or_two_named_before_are_counted_by_their_pronoun():
    text = (
        "On Tuesday, a drone chased a cyclist in Kharkiv before hitting him. He was hospitalized with "
        "shrapnel wounds.\n\nIn Odesa, a drone hit a car carrying a couple. Both were killed on the spot."
    )
    casualties = {(e.place, e.killed, e.injured) for e in by_type(run(text), "casualties")}
    assert casualties == {("Kharkiv", None, 1), ("Odesa", 2, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readings a reviewer found the heldout44-46 rules first took: each is kept as it was before them
        (
            "A Russian missile attack on the Dnipro city center killed four people on Saturday.",
            {("attack", "Dnipro"), ("casualties", "Dnipro")},
        ),
        (
            "A Russian drone hit a port facility on the Odesa coast overnight, injuring three workers.",
            {("attack", "Odesa"), ("casualties", "Odesa")},
        ),
        (
            "Police detained in Kharkiv a man suspected of guiding a missile strike that killed four people.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "A Ukrainian drone struck the building of the Russian-installed government in Tula, killing one.",
            {("attack", "Tula"), ("casualties", "Tula")},
        ),
        # and what the same runs taught about damage
        (
            "Two missiles struck Kharkiv, collapsing five floors of a building and blowing out windows.",
            {("attack", "Kharkiv"), ("damage", "Kharkiv")},
        ),
    ],
)
def test_heldout44_46_rules_keep_ordinary_reports(text, expected):
    assert types_and_places(text) == expected


def test_counts_a_hyphenated_weapon_a_rank_and_an_unsaid_kind_are_read_right():
    assert [e.drones for e in run("Russia launched 12 bomb-laden drones at Kharkiv overnight.")] == [12]
    assert [e.drones for e in run("Ukraine launched one of its largest drone attacks on Tula.")] == [None]
    text = "Russia launched 80 drones and 6 missiles at Ukraine. Air defence destroyed 60 of them over Tula."
    downed = by_type(run(text), "interception")
    assert [(e.drones, e.missiles) for e in downed] == [(None, None)]


def test_an_exchange_with_no_place_goes_to_the_country_the_captives_returned_to():
    text = (
        "Eleven Ukrainian civilians returned to Ukraine on Thursday in a prisoner exchange. The eleven "
        "Russians handed over were flown to Moscow and then to Tula."
    )
    assert [(e.event_type, e.place) for e in run(text)] == [("prisoner_exchange", "Ukraine")]
    held = "Eleven Ukrainian civilians held in Russia came home on Thursday in a prisoner exchange."
    assert [(e.event_type, e.place) for e in run(held)] == [("prisoner_exchange", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the rules the heldout47-49 first runs taught
        (
            "Ukraine and Russia swapped 157 prisoners each on Thursday. Zelensky thanked Istanbul, which he "
            "said had mediated the exchange.",
            {("prisoner_exchange", "Ukraine")},
        ),
        (
            "Ukraine and Russia swapped 157 prisoners each on Thursday. In Kyiv, Zelensky is meeting "
            "relatives of the men still held.",
            {("prisoner_exchange", "Ukraine")},
        ),
        (
            "Drones attacked Tula on Thursday. In Saratov region, drones hit a plant in the regional capital "
            "Saratov, the governor said.",
            {("attack", "Tula"), ("attack", "Saratov")},
        ),
    ],
)
def test_heldout47_49_rules(text, expected):
    assert types_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the centre of the region the text reports on
        (
            "Zaporizhzhia region over the day: a driver was killed by a drone in Stepnohirsk.\n\n"
            "Overnight the enemy attacked the regional centre with drones. A boiler house was damaged.",
            {("casualties", "Stepnohirsk"), ("attack", "Zaporizhzhya"), ("damage", "Zaporizhzhya")},
        ),
        # or of the one its paragraph names
        (
            "Drones attacked Olenegorsk in the Murmansk region overnight.\n\nThe Ivanovo region governor "
            "said two drones had been shot down on the approach to the regional capital.",
            {("attack", "Olenegorsk"), ("interception", "Ivanovo")},
        ),
        # where the wounded were taken is no place struck
        (
            "A Russian drone struck a minibus near Darivka on Wednesday. A dozen passengers were wounded and "
            "were taken to hospital in the regional centre.",
            {("attack", "Darivka"), ("casualties", "Darivka")},
        ),
    ],
)
def test_the_regional_centre_is_the_centre_of_the_region_told_of(text, expected):
    events = run_with_gazetteer(text, "2025-04-05")
    assert expected <= {(e.event_type, e.place) for e in events}
    assert {e.place for e in events} == {place for _, place in expected}


def test_a_country_name_is_resolved_alike_whatever_article_came_first():
    from geopy.location import Location

    class Namesakes(FakeResolver):
        """Knows a village named Moldova near Odesa: with Odesa named around it, context prefers it."""

        def geocode(self, query, *, exactly_one=True, country_codes=None, context=()):
            if query.lower() != "moldova":
                return super().geocode(query, exactly_one=exactly_one, context=context)
            self.calls.append(query)
            village = any("Odesa" in str(getattr(c, "address", c)) for c in context)
            raw = {"geonameid": 1 if village else 617790, "name": "Moldova", "admin1": None, "reason": "fake",
                   "country_code": "UA" if village else "MD", "feature_code": "PPL" if village else "PCLI",
                   "precision": "city" if village else "country"}  # fmt: skip
            return Location("Moldova", (46.5, 30.0) if village else (47.0, 28.8), raw)

    article = "A drone hit Odesa on Saturday. Drones launched from the sea passed near Moldova."
    alone = [e.place for e in extract(article, published="2025-05-24", resolver=Namesakes())]
    resolver = Namesakes()
    extract("Talks on Moldova's energy were held in Kyiv.", published="2025-05-24", resolver=resolver)
    after = [e.place for e in extract(article, published="2025-05-24", resolver=resolver)]
    assert alone == after


def test_where_the_text_says_a_town_lies_resolves_every_mention_of_it():
    # Natalivka in Zhytomyr Oblast is the larger namesake; the body says which one the headline meant
    text = (
        "Two dead in Natalivka\n\nThree guided bombs were dropped on Natalivka, a village in the "
        "Zaporizhzhia district, on Tuesday. Two men were killed."
    )
    events = run_with_gazetteer(text, "2025-04-16")
    assert {(e.place, e.admin1) for e in events} == {("Natalivka", "Zaporizhzhia Oblast")}


def test_a_heading_line_gives_the_figures_of_the_report_under_it():
    text = (
        "War in numbers\n\nAPRIL 15 | 2 killed\n\nTwo men were killed in Kyiv on Tuesday when a missile hit "
        "their house.\n\nAPRIL 14 | 1 killed\n\nA woman was killed on Monday when a drone struck her "
        "home in Kharkiv.\n\nAPRIL 14 | 4 injured\n\nIn Odesa, four people were injured on Monday when "
        "drones attacked the port."
    )
    casualties = by_type(run(text), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [
        ("Kyiv", 2, None),
        ("Kharkiv", 1, None),
        ("Odesa", None, 4),
    ]


def test_a_correction_withdraws_a_place_only_when_it_names_another():
    struck = "A drone struck a substation in Berezivka district overnight, leaving homes without power.\n\n"
    moved = "Correction: we wrote that it struck a substation in Berezivka district. The one hit is in Odesa."
    assert {e.place for e in run(struck + moved)} == {"Odesa"}
    # what was hit is corrected, not where; the figure written in error reports nothing
    corrected = (
        "A drone struck Kharkiv overnight, injuring 19 people.\n\nCorrection: An earlier version of this "
        "story said the drone hit a hospital in Kharkiv. It hit a school. An earlier version also said that "
        "21 people were injured in Kharkiv."
    )
    casualties = by_type(run(corrected), "casualties")
    assert [(e.place, e.injured) for e in casualties] == [("Kharkiv", 19)]
    # the region holding the place is no other place: "It killed two, the Odesa region governor said"
    figure = (
        "A missile hit Odesa, killing three.\n\nAn earlier version of this story said the strike on Odesa "
        "killed three people. It killed two in the Odesa Oblast, the governor said."
    )
    assert "Odesa" in {e.place for e in run(figure)}
    # held until the correction names another place, the place takes what the correction goes on to tell
    toll = "An earlier version of this story said the strike on Odesa killed three. It killed two, they said."
    assert [(e.place, e.killed) for e in by_type(run(toll), "casualties")] == [("Odesa", 2)]


def test_a_tag_line_is_not_a_link_to_another_story():
    text = "Related: Kharkiv\nRussian glide bombs killed two on Saturday."
    assert {(e.event_type, e.place) for e in run(text)} == {("attack", "Kharkiv"), ("casualties", "Kharkiv")}


def test_a_claim_a_fact_check_rates_false_is_not_reported():
    claim = "CLAIM: Telegram channels said missiles had destroyed a training centre in Kharkiv on Monday.\n\n"
    facts = "THE FACTS\n\nOn Monday a Russian missile struck a warehouse in Odesa, the governor said."
    assert {e.place for e in run(claim + "VERDICT: False.\n\n" + facts)} == {"Odesa"}
    # a claim the check upholds is still reported
    assert {e.place for e in run(claim + "VERDICT: True.\n\n" + facts)} == {"Kharkiv", "Odesa"}


def test_a_total_said_again_is_the_total_not_the_last_region_named():
    text = (
        "Air defences destroyed 57 drones over Russian regions overnight, including 18 over the Tula region, "
        'the ministry said.\n\n"Air defence systems destroyed 57 Ukrainian UAVs," the ministry said. Of '
        "them, 18 were downed over the Tula region and 12 over Kalmykia."
    )
    downed = by_type(run(text, published="2026-03-14"), "interception")
    assert [(e.place, e.drones) for e in downed] == [("Russia", 57), ("Tula Oblast", 18), ("Kalmykia", 12)]


def test_debris_falls_in_the_town_its_paragraph_reports_on():
    text = (
        "Air defences downed 30 drones over the Tula region and Kalmykia overnight.\n\nThe governor said "
        'drones had attempted to attack a plant in Novomoskovsk. "As a result of the falling debris, a fire '
        'broke out in a workshop," he wrote.'
    )
    assert {e.place for e in by_type(run(text, published="2026-03-14"), "damage")} == {"Novomoskovsk"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the rules the heldout62-64 first runs taught
        (
            "Ukraine and Russia exchanged 146 prisoners each on Friday. The exchange was mediated by Japan, "
            "the first time Tokyo has played that role.",
            {("prisoner_exchange", "Ukraine")},
        ),
        # an exchange with no place is handed over on Ukraine's side, whatever else the article reports
        (
            "Ukraine and Russia exchanged 157 prisoners each on Tuesday in a swap Argentina helped to broker."
            "\n\nSeparately, a drone attack on Saratov injured one person, the governor said.",
            {("prisoner_exchange", "Ukraine"), ("attack", "Saratov"), ("casualties", "Saratov")},
        ),
        # the total a ministry splits "including" some regions is its country's; a peninsula by its name
        (
            "Russia's Defence Ministry said it had destroyed 63 drones overnight, including 24 over Smolensk "
            "Oblast and eight over the Crimean peninsula.",
            {
                ("interception", "Russia"),
                ("interception", "Smolensk Oblast"),
                ("interception", "Autonomous Republic of Crimea"),
            },
        ),
        (
            "General Staff: radar near Voinka in Crimea hit overnight; Russia says 63 drones downed",
            {("attack", "Voinka"), ("interception", "Russia")},
        ),
        (
            "Local channels report that a drone hit a grain store in Kharkiv.\n\nUpdate: the governor says "
            "there was no strike on Kharkiv and that the reports are false.",
            set(),
        ),
    ],
)
def test_heldout62_64_rules(text, expected):
    events = run_with_gazetteer(text, "2025-05-24")
    assert {(e.event_type, e.place) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each guards one of the rules the heldout68-70 first runs taught
        # a bullet opening with a number after a full stop is an item of its own
        (
            "UKRAINE\n- 40 drones were launched at Ukraine overnight, the air force said.\n- 2 residents of "
            "Kharkiv were wounded by artillery fire on Tuesday evening.\n- 1 person was killed in Odesa.",
            {
                ("attack", "Ukraine", None, None),
                ("attack", "Kharkiv", None, None),
                ("casualties", "Kharkiv", None, 2),
                ("casualties", "Odesa", 1, None),
            },
        ),
        # "residents of X", "of the village of X" and an aside on where X lies stand between count and verb
        (
            "Two residents of the village of Kamensk were injured. Three residents of Kharkiv, a city near "
            "the border, were killed.",
            {("casualties", "Kamensk", None, 2), ("casualties", "Kharkiv", 3, None)},
        ),
        # not "six civilians in the oblast and wounded 45": the verb after "and" has a count of its own
        (
            "Russian attacks killed six civilians in the Tula region and wounded 45.",
            {("attack", "Tula Oblast", None, None), ("casualties", "Tula Oblast", 6, 45)},
        ),
    ],
)
def test_heldout68_70_casualty_rules(text, expected):
    events = run(text, published="2025-05-14")
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == expected


def test_drones_of_a_total_brought_down_over_a_region_count_there():
    text = (
        "Forty Ukrainian drones were destroyed over Russian regions overnight. 14 of them were brought down "
        "over the Tula region, the governor said."
    )
    events = by_type(run(text), "interception")
    assert {(e.place, e.drones) for e in events} == {("Russia", 40), ("Tula Oblast", 14)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named after one town that the text says lies in another
        (
            "Debris started a fire at the Tula power station in the town of Novomoskovsk, the governor said.",
            {("damage", "Novomoskovsk")},
        ),
        # a nuclear plant lies in its staff town, not in the city it is named after
        (
            "A drone struck Kamensk-Shakhtinsky on Saturday. The town lies next to the Saratov nuclear power "
            "plant. It was the first attack to kill anyone here.",
            {("attack", "Kamensk-Shakhtinsky")},
        ),
        # a capital that did not comment is a party, not where the strike was
        (
            "A drone struck Saratov on Saturday. Kyiv did not comment on the strike.",
            {("attack", "Saratov")},
        ),
        # drones downed over a region, then the town the attack was on
        (
            "The governor said air defences had destroyed 23 drones over the Tula region, and that the "
            "attack on Novomoskovsk had been the most serious.",
            {("interception", "Tula Oblast"), ("attack", "Novomoskovsk")},
        ),
    ],
)
def test_heldout68_70_place_rules(text, expected):
    assert types_and_places(text) == expected


def test_a_count_after_a_comma_is_not_the_people_of_the_count_before():
    text = "A drone hit Kharkiv. Besides the two dead, eleven people were injured, among them a boy."
    (casualties,) = by_type(run(text), "casualties")
    assert (casualties.killed, casualties.injured) == (2, 11)


def test_a_date_opening_an_item_as_a_sentence_of_its_own_dates_its_report():
    text = (
        "Weekly summary\n\n6 May (verified late). In Kharkiv, a missile struck a grain store. Two workers "
        "were injured.\n\n11 May. A drone hit a car in Odesa."
    )
    assert {(e.event_type, e.place, e.date) for e in run(text, published="2025-05-19")} == {
        ("attack", "Kharkiv", "2025-05-06"),
        ("casualties", "Kharkiv", "2025-05-06"),
        ("attack", "Odesa", "2025-05-11"),
    }


def test_the_village_is_the_town_its_paragraph_names_before_one_described_earlier():
    text = (
        "A drone hit a minibus in the village of Kamensk on Friday.\n\n"
        "Novomoskovsk was shelled again overnight. The village school and five homes were damaged."
    )
    assert {e.place for e in by_type(run(text), "damage")} == {"Novomoskovsk"}


def test_a_story_filed_from_a_town_reports_what_happened_there_until_it_places_something_elsewhere():
    text = (
        "A night nobody expected\n\n"
        "KAMENSK, Tula region - Nobody here had expected the war to come so close.\n\n"
        "A drone struck a residential street early on Sunday. Two people were killed.\n\n"
        "Elsewhere, a missile hit Odesa. A fire broke out."
    )
    # the only Kamensk the gazetteer knows lies far from the Tula region: the story is placed on the region
    assert {(e.event_type, e.place) for e in run(text)} == {
        ("attack", "Tula Oblast"),
        ("casualties", "Tula Oblast"),
        ("attack", "Odesa"),
        ("damage", "Odesa"),
    }
    # a capital's dateline says where the newsroom sits
    events = run("KYIV, Ukraine - A drone struck a residential street early on Sunday, killing two.")
    assert {(e.event_type, e.place) for e in events} == {("casualties", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national body named by its country's adjective counts for its country
        (
            "The Ukrainian Air Force said Russian forces launched 100 drones overnight from the directions "
            "of Kursk and from occupied Cape Chauda, Crimea.",
            {("attack", "Ukraine", 100)},
        ),
        (
            "The Russian Defence Ministry said 40 Ukrainian drones were destroyed overnight.",
            {("interception", "Russia", 40)},
        ),
        # an occupation entity in quotes is still where the drones were downed
        (
            "Russia's Defence Ministry said it had destroyed 11 drones over the territory of the "
            '"LPR" overnight.',
            {("interception", "Luhansk Oblast", 11)},
        ),
        # a campaign is no happening; a question of how many is no report
        (
            "Ukrainian forces continued their strike campaign against Russian logistics in Russia's rear.",
            set(),
        ),
        (
            "Twelve drones were downed over the Tula region, according to the Russian Defence Ministry, "
            "which did not say how many had been launched in total.",
            {("interception", "Tula Oblast", 12)},
        ),
        # each reported clause has its own places
        (
            "Officials stated that Russian drones struck a gas facility near Kharkiv, causing a fire, and "
            "that drone strikes damaged several residential buildings in Odesa.",
            {
                ("attack", "Kharkiv", None),
                ("damage", "Kharkiv", None),
                ("attack", "Odesa", None),
                ("damage", "Odesa", None),
            },
        ),
    ],
)
def test_heldout68_rules(text, expected):
    events = run_with_gazetteer(text, "2026-01-20")
    assert {(e.event_type, e.place, e.drones) for e in events} == expected


def test_an_attack_on_a_region_with_several_finer_attacks_in_it_is_their_overview():
    text = (
        "A restless night in the Tula region. The enemy attacked with drones.\n\n"
        "A drone hit a house in Novomoskovsk. Another struck a farm near Tula."
    )
    assert {e.place for e in by_type(run(text), "attack")} == {"Novomoskovsk", "Tula"}
    # a region's own tally of what it suffered is an event of its own
    text = (
        "Over the past day, Russian troops shelled 27 settlements in the Tula region.\n\n"
        "A drone hit a house in Novomoskovsk. Another struck a farm near Tula."
    )
    assert {e.place for e in by_type(run(text), "attack")} == {"Tula Oblast", "Novomoskovsk", "Tula"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's cases: background fire is no attack
        ("Against the background of constant artillery fire, residents of Kharkiv continue to farm.", set()),
        ("Residents complained about artillery fire in Kharkiv for weeks.", set()),
        # a nuclear plant named after a city stands for the city's region
        ("Drones targeted the Tula nuclear power plant on Sunday.", {("attack", "Tula Oblast")}),
        # "X near the town" says where X lies; "the town" is not the village just described
        (
            "Drones hit Kharkiv on Monday. Later, in the village of Kamensk near the town, a woman was "
            "injured.\n\nIn the town, a shell damaged the hospital.",
            {("attack", "Kharkiv"), ("casualties", "Kamensk"), ("damage", "Kharkiv")},
        ),
    ],
)
def test_reviewer_mends_of_the_eleventh_session(text, expected):
    assert types_and_places(text) == expected


def test_a_share_over_no_known_place_leaves_the_others_their_shares():
    text = (
        "Russia's Defence Ministry said its air defences had destroyed 30 Ukrainian drones overnight - "
        "23 over the Tula region and seven over the Sea of Azov."
    )
    interceptions = by_type(run(text), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Tula Oblast", 23)]


def test_what_one_side_calls_the_others_strikes_is_no_strike():
    text = (
        "Kyiv says its strikes on refineries are a response to Russia's attacks. "
        "Moscow calls them terrorist attacks."
    )
    assert run(text) == []


def test_drones_and_sea_drones_downed_at_one_place_in_one_sentence_add_up():
    text = (
        "He said six aerial drones had been shot down over Odesa and four uncrewed boats destroyed off the "
        "coast on Monday."
    )
    assert [(e.place, e.drones) for e in by_type(run(text), "interception")] == [("Odesa", 10)]


def test_an_age_written_in_hyphenated_words_is_no_count():
    text = "Shelling hit Kharkiv on Monday. A seventy-one-year-old woman was wounded in her garden."
    assert [e.injured for e in by_type(run(text), "casualties")] == [1]


def test_a_day_never_without_shelling_is_a_habit():
    text = "Kharkiv lies near the front, and there has hardly been a day without shelling in the city."
    assert run(text) == []


def test_a_paragraph_closing_on_what_happened_one_day_dates_the_next():
    text = (
        "Kharkiv has grown used to the sound of artillery. "
        "But what happened on Thursday morning was different.\n\n"
        "At about ten, two guided aerial bombs fell on the centre of Kharkiv. Two people were killed."
    )
    events = run(text, published="2025-04-12")
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2025-04-10"),
        ("casualties", "2025-04-10"),
    }


def test_a_toll_risen_after_a_comma_is_the_new_toll():
    text = (
        "Bombs hit Kharkiv on Thursday. Four people were wounded. "
        "By Friday evening the number of wounded had also risen, to six."
    )
    assert [e.injured for e in by_type(run(text, published="2025-04-12"), "casualties")] == [6]


def test_a_charity_named_after_a_city_is_not_that_city():
    text = (
        "Two guided bombs fell on Kharkiv on Thursday. One hit a building where volunteers from an Odesa "
        "charity were handing out bread."
    )
    assert {e.place for e in run(text, published="2025-04-12")} == {"Kharkiv"}


def test_an_occupied_town_bombs_came_from_is_no_place_of_the_strike():
    text = (
        "Guided bombs fell on Huliaipole on Thursday.\n\n"
        "The governor said Russian aircraft had dropped the bombs from the direction of occupied Polohy."
    )
    assert {e.place for e in run_with_gazetteer(text, "2025-04-12")} == {"Hulyaypole"}


def test_a_rural_district_of_the_region_a_live_blog_item_names_is_not_the_last_city():
    text = (
        "10:35\nIvano-Frankivsk region. Drones attacked a gas-processing facility in Dolyna.\n\n"
        "09:40\nLviv region. The governor confirmed that an energy facility in the Sheptytskyi district "
        "was hit by missiles."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-12-02"), "attack")
    assert {e.place for e in attacks} == {"Dolyna", "Sheptytskyi Raion"}


def test_one_person_after_an_age_whatever_the_words_that_name_them():
    text = "A missile struck Kharkiv. A 43-year-old shift supervisor was killed and two workers were injured."
    assert [(e.killed, e.injured) for e in by_type(run(text), "casualties")] == [(1, 2)]
    text = "A drone hit Kharkiv. The 64-year-old woman who was wounded overnight died in hospital."
    assert not any(e.injured for e in run(text))


def test_one_person_and_a_count_after_them_add_up():
    text = "A drone hit a bus in Kharkiv on Monday. The driver, 61, and two women passengers were injured."
    assert [e.injured for e in by_type(run(text), "casualties")] == [3]


def test_a_toll_and_damage_undated_take_the_day_of_the_strike_at_their_place():
    text = (
        "A bus carrying residents was struck by a drone on Wednesday morning, officials said.\n\n"
        "The bus was attacked at about 08:20 on the outskirts of Kharkiv. The driver and two passengers were "
        "injured.\n\nThe bus was badly damaged."
    )
    events = run(text, published="2024-10-17")
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2024-10-16"),
        ("casualties", "2024-10-16"),
        ("damage", "2024-10-16"),
    }


def test_cities_hit_repeatedly_or_that_keep_getting_hit_are_no_happenings():
    assert run("In a week in which Kyiv and Kharkiv were hit repeatedly, the rear was quiet.") == []
    assert run("The week in Odesa: why the quiet rear keeps getting hit") == []


def test_bodies_returned_are_no_prisoner_exchange():
    text = (
        "Ukraine and Russia swap prisoners\n\nBodies Returned On Saturday\n\n"
        "Ukraine and Russia exchanged 120 prisoners each on Friday."
    )
    exchanges = by_type(run(text, published="2025-04-13"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in exchanges] == [("2025-04-11", 120)]


def test_where_the_freed_were_taken_afterwards_is_not_where_they_were_swapped():
    text = (
        "Ukraine and Russia swapped 128 prisoners each on Tuesday. The handover took place on the border in "
        "the Sumy region. The freed Russians were first taken to the Kursk region for medical checks."
    )
    exchanges = by_type(run_with_gazetteer(text, "2025-10-22"), "prisoner_exchange")
    assert [e.place for e in exchanges] == ["Sumy Oblast"]


def test_a_birth_year_dates_nothing():
    text = (
        "The army attacked Kharkiv with an FPV drone on Saturday. A civilian was injured: a man born in 1979 "
        "received shrapnel wounds. A passenger car was damaged."
    )
    events = run(text, published="2024-12-07")
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2024-12-07"),
        ("casualties", "2024-12-07"),
        ("damage", "2024-12-07"),
    }


def test_the_hospital_the_wounded_were_brought_to_is_no_place_of_the_strike():
    text = (
        "A drone attacked a minibus in Belaya Berezka. Two civilians were injured. "
        "The victims were brought to the Bryansk regional hospital. The minibus was damaged."
    )
    damage = by_type(run_with_gazetteer(text, "2024-12-07"), "damage")
    assert [e.place for e in damage] == ["Belaya Berëzka"]


def test_the_village_is_the_one_its_paragraph_named_after_the_district():
    text = (
        "13:26\nA drone attacked a minibus in the settlement of Belaya Berezka. "
        "Two civilians were injured.\n\n"
        "15:41\nKlimovsky district, the village of Sachkovichi. The army fired mortars at the village."
    )
    attacks = by_type(run_with_gazetteer(text, "2024-12-07"), "attack")
    assert {e.place for e in attacks} == {"Belaya Berëzka", "Sachkovichi"}


def test_a_headline_town_is_the_one_strike_the_text_places_near_it():
    text = (
        "HUR Says Drones Hit S-400 Radar Near Yevpatoria\n\n"
        "Ukraine's military intelligence said on Monday that its drones had struck a radar position near the "
        "village of Myrnyi, on the shore of Lake Donuzlav, overnight."
    )
    attacks = by_type(run_with_gazetteer(text, "2024-10-14"), "attack")
    assert [e.place for e in attacks] == ["Myrnyi"]
    text = text.replace(", on the shore of Lake Donuzlav,", ". Explosions were also heard in Yevpatoria")
    attacks = by_type(run_with_gazetteer(text, "2024-10-14"), "attack")
    assert {e.place for e in attacks} == {"Myrnyi", "Yevpatoriya"}


def test_one_employee_of_a_company_named_with_two_words_is_one_injured():
    text = "A drone struck a substation in Kharkiv. One employee of the regional power company was injured."
    assert [e.injured for e in by_type(run(text), "casualties")] == [1]


def test_across_the_country_is_the_country_of_the_body_speaking_not_the_attackers():
    text = (
        "Ukraine's Air Force: overnight Russia attacked with 93 strike drones and decoys. "
        "Air defence shot down or suppressed 68 of them across the country."
    )
    interceptions = by_type(run(text), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Ukraine", 68)]


def test_a_district_of_a_region_is_the_one_in_that_region():
    text = "A drone hit a house in the Sovetsky district of the Kursk region on Monday."
    attacks = by_type(run_with_gazetteer(text, "2025-06-10"), "attack")
    # the gazetteer's largest Sovetskiy is in Khanty-Mansi; the Kursk district's seat is Kshenskiy
    assert [(e.place, e.admin1) for e in attacks] == [("Kshenskiy", "Kursk Oblast")]


def test_a_village_in_a_district_of_a_region_makes_one_place_not_three():
    text = (
        "Troops on Wednesday shelled the settlement of Maslova Pristan in the Shebekino district of the "
        "Belgorod Region, wounding three civilians."
    )
    events = run_with_gazetteer(text, "2024-08-14")
    assert {e.place for e in events} == {"Maslova Pristan’"}


def test_a_distance_given_in_two_units_still_says_where_the_village_lies():
    text = "A missile hit a house in Dmytrivka, a village about 15 kilometers (9 miles) east of Ochakiv."
    events = run_with_gazetteer(text, "2025-08-14")
    assert {(e.place, round(e.lat, 2), round(e.lon, 2)) for e in events} == {("Dmytrivka", 46.63, 31.74)}


def test_a_happening_placed_only_at_a_country_needs_a_figure():
    text = (
        "Russia launched 24 missiles and 187 drones at Ukraine overnight, the Air Force said. Hits by five "
        "missiles and 29 drones were recorded at 11 locations, with debris falling at four more."
    )
    assert [(e.event_type, e.place, e.missiles) for e in run(text)] == [("attack", "Ukraine", 24)]
    text = "Ukraine has also hit back at Russian energy facilities with long-range drones."
    assert run(text) == []


def test_debris_falling_in_an_open_area_damages_nothing():
    fell = "In Kharkiv, debris of a downed drone fell in an open area. No damage, no casualties."
    assert not by_type(run(fell), "damage")
    hit = "In Kharkiv, debris of a downed drone fell in a field, damaging a power line."
    assert [e.place for e in by_type(run(hit), "damage")] == ["Kharkiv"]


def test_a_toll_split_after_a_colon_gives_each_district_its_share():
    text = (
        "A drone hit a house in the Darnytskyi district of Kyiv. The number of injured in the capital has "
        "risen to 11: eight in the Darnytskyi district, among them a 12-year-old boy, and three employees of "
        "a logistics company in the Holosiivskyi district."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-02-17"), "casualties")
    assert sorted((e.place_name, e.injured) for e in casualties) == [
        ("Darnytskyi district", 8),
        ("Holosiivskyi district", 3),
    ]


def test_people_counted_with_what_they_were_doing_are_still_counted():
    text = "In Izmail, two truck drivers waiting to unload in the port were injured and taken to hospital."
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2024-10-09"), "casualties")] == [2]


def test_a_count_over_a_list_of_regions_is_no_share_of_the_first():
    text = (
        "Russia launched 37 drones overnight, of which 28 were shot down over the Odesa, Mykolaiv and "
        "Kirovohrad regions."
    )
    interceptions = by_type(run_with_gazetteer(text, "2024-10-09"), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [
        ("Kirovohrad Oblast", None),
        ("Mykolaiv Oblast", None),
        ("Odesa Oblast", None),
    ]


def test_a_village_next_to_a_town_is_no_plan_for_next_time():
    text = "In the evening, Chornomorka, a village next to Ochakiv, came under artillery fire."
    assert [e.place for e in by_type(run_with_gazetteer(text, "2025-06-03"), "attack")] == ["Chornomorka"]


def test_someone_who_has_a_wound_or_a_concussion_is_injured():
    text = (
        "A drone dropped explosives on a tractor near Kharkiv. The 58-year-old tractor driver has a shrapnel "
        "wound to his leg."
    )
    assert [e.injured for e in by_type(run(text), "casualties")] == [1]
    text = "A drone hit the port of Odesa. A 61-year-old port worker has a concussion."
    assert [e.injured for e in by_type(run(text), "casualties")] == [1]
    assert not by_type(run("Kharkiv has power cuts after the strike on a substation."), "casualties")


def test_drones_named_in_quotes_are_still_counted_as_downed():
    text = 'During the night, air defence destroyed 9 "Shaheds" over the Odesa Oblast.'
    events = run(text)
    assert [e.drones for e in by_type(events, "interception")] == [9]
    assert not by_type(events, "damage")


def test_at_night_opening_a_sentence_is_the_night_just_past_not_yesterdays_date():
    text = (
        "Yesterday afternoon a drone hit a tractor near Kharkiv.\n\n"
        "Odesa\nAt night, at about 02:30, the enemy attacked the city with drones."
    )
    attacks = {e.place: e.date for e in by_type(run(text, "2025-06-03"), "attack")}
    assert attacks == {"Kharkiv": "2025-06-02", "Odesa": "2025-06-03"}


def test_a_strike_said_without_naming_any_locations_is_not_put_at_the_last_town():
    text = (
        "Later Wednesday, rescuers found the body of a woman under the rubble of the apartment building in "
        "Dnipro, raising the city's death toll to three. The number of injured there rose to 17.\n\n"
        "Russia's Defense Ministry said its forces had carried out a \"massive strike\" on Ukrainian defense "
        "industry plants and the energy facilities that supply them, without naming any locations."
    )
    assert not by_type(run_with_gazetteer(text, "2025-10-22"), "attack")


def test_talks_a_recalled_exchange_followed_are_recalled_too():
    text = (
        "Russia and Ukraine exchanged 84 prisoners on Thursday, with mediation by the United Arab Emirates. "
        "The previous exchange took place on July 24, when the sides swapped 250 servicemen each under the "
        "agreements reached at the talks in Istanbul."
    )
    assert [e.event_type for e in run(text, "2025-08-14")] == ["prisoner_exchange"]


def test_what_a_side_rarely_does_or_uses_an_area_to_do_is_no_happening():
    text = (
        "Kyiv rarely acknowledges attacks inside Russia, but Ukrainian officials have repeatedly said that "
        "Russian forces use the border areas of the Kursk and Belgorod regions to shell towns in Ukraine's "
        "Sumy and Kharkiv regions."
    )
    assert run_with_gazetteer(text, "2024-07-19") == []


def test_coming_under_frequent_fire_is_shooting_not_a_blaze():
    text = "The border districts of the Kursk region have come under increasingly frequent fire this spring."
    assert not by_type(run_with_gazetteer(text, "2024-07-19"), "damage")


def test_a_krai_written_as_a_territory_is_the_krai():
    text = "Air defences destroyed 84 drones: 31 over the Rostov Region and 22 over the Krasnodar Territory."
    interceptions = by_type(run_with_gazetteer(text, "2025-10-05"), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [
        ("Krasnodar Krai", 22),
        ("Rostov Oblast", 31),
    ]


def test_seeking_medical_assistance_is_being_injured():
    text = (
        "In Chertkovo, a drone hit a private house. A resident of the house, a woman born in 1961, sought "
        "medical assistance with cuts."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2025-10-05"), "casualties")] == [1]


def test_the_days_officials_claimed_something_on_do_not_date_it():
    text = (
        "Occupation officials claimed on Nov. 22 that Ukrainian drones had wounded people in Odesa.\n\n"
        "Officials said Ukraine had attacked Odesa with drones overnight on Nov. 23, wounding two workers."
    )
    assert {e.date for e in run(text, "2024-11-23")} == {"2024-11-23"}


def test_a_district_not_left_in_peace_is_no_talks_context_for_a_meeting():
    text = (
        "Once again our district was not left in peace: drones attacked Kharkiv overnight. The head of the "
        "district, speaking at an operational meeting in Kharkiv, promised help."
    )
    assert not by_type(run(text), "talks")


def test_an_attack_by_drones_flying_toward_a_city_that_was_repelled_is_an_interception():
    text = 'Sobyanin: "An attack by four UAVs flying toward Moscow has been repelled."'
    events = run(text)
    assert [(e.event_type, e.place, e.drones) for e in events] == [("interception", "Moscow", 4)]


def test_a_make_of_vehicle_is_no_village():
    text = "In Horlivka, a drone struck a minibus. Photos showed a burned-out yellow Bogdan minibus."
    assert {e.place for e in run_with_gazetteer(text, "2024-11-22")} == {"Horlivka"}
    text = "A drone hit the Kharkiv bus station."
    assert {e.place for e in run_with_gazetteer(text, "2024-11-22")} == {"Kharkiv"}


def test_mobile_air_defence_groups_are_no_town_in_alabama():
    text = "A drone hit a grain store in Lebedyn. Mobile air defence groups shot down three more drones."
    assert {e.country_code for e in run_with_gazetteer(text, "2024-10-16")} == {"UA"}


def test_the_oblast_is_the_one_reported_on_not_one_named_in_the_background():
    text = (
        "Bilopillia has come under near-daily fire since Ukraine's incursion into Russia's Kursk region in "
        "August.\n\nOvernight, a drone crashed into a grain warehouse in Lebedyn.\n\n"
        "Air defence shot down three more drones over the oblast during the night."
    )
    interceptions = by_type(run_with_gazetteer(text, "2024-10-16"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Sumy Oblast", 3)]


def test_a_regions_own_count_does_not_place_the_national_count_given_before():
    text = (
        "Russia attacked overnight with missiles and drones. As of 09:00, 57 air targets have been confirmed "
        "as shot down: 3 Kh-101 cruise missiles and 54 attack drones.\n\n"
        "Air defence forces destroyed 11 drones over the Dnipropetrovsk region, Serhii Lysak wrote."
    )
    interceptions = by_type(run_with_gazetteer(text, "2024-12-17"), "interception")
    assert sorted((e.place, e.drones) for e in interceptions) == [
        ("Dnipropetrovsk Oblast", 11),
        ("Ukraine", 54),
    ]


def test_where_freed_men_are_now_is_not_where_they_were_swapped():
    text = (
        "Kyiv and Moscow exchanged 118 prisoners of war each on Thursday. The returned Russians were in "
        "Belarus, where they were receiving medical help, the ministry said."
    )
    exchanges = by_type(run_with_gazetteer(text, "2025-10-02"), "prisoner_exchange")
    assert [(e.country_code, e.prisoners) for e in exchanges] == [("UA", 118)]


def test_the_towns_a_railway_line_runs_between_are_not_struck():
    text = (
        "Drones attacked Pavlovsk overnight. Several suburban trains on the line between Liski and Voronezh "
        "were delayed by up to an hour because of the attack."
    )
    assert {e.place for e in run_with_gazetteer(text, "2024-09-23")} == {"Pavlovsk"}


def test_debris_found_in_a_field_damaged_nothing():
    text = "Lipetsk governor Igor Artamonov said debris had been found in a field in the Lipetsk region."
    assert not by_type(run_with_gazetteer(text, "2024-09-23"), "damage")


@pytest.mark.parametrize(
    "sentence, injured",
    [
        ("A woman born in 1961 received cuts from broken glass.", 1),
        ("A man aged fifty-eight was injured.", 1),
        ("Two women, aged sixty-two and sixty-five, were wounded.", 2),
    ],
)
def test_a_birth_year_or_an_age_in_words_still_counts_the_person(sentence, injured):
    text = "A drone hit a house in Kharkiv. " + sentence
    assert [e.injured for e in by_type(run(text), "casualties")] == [injured]


def test_a_village_the_gazetteer_lacks_with_its_district_in_brackets_is_placed_on_the_district():
    text = (
        "Kamianka (Vasylivka district). Yesterday afternoon a drone dropped an explosive device on the yard "
        "of a private house. A seventy-three-year-old resident was injured."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-07-16"), "casualties")
    assert [(e.place_name, e.place, e.precision, e.injured) for e in casualties] == [
        ("Kamianka", "Vasylivka Raion", "region", 1)
    ]


def test_attack_drones_are_a_kind_of_drone_not_a_second_attack():
    text = (
        "Ukraine's air force said Russia had launched 37 missiles - four Kinzhal and six Iskander-M "
        "ballistic missiles and 27 Kh-101 cruise missiles - and 184 attack and decoy drones."
    )
    attacks = by_type(run(text, "2026-01-27"), "attack")
    assert [(e.place, e.missiles, e.drones) for e in attacks] == [("Ukraine", 37, 184)]


def test_a_city_district_the_gazetteer_lacks_is_the_city_reported_on():
    text = (
        "Russian aircraft struck Kharkiv with guided aerial bombs late on Wednesday evening.\n\n"
        "Governor Oleh Syniehubov gives the first details. In the Osnovianskyi district the bomb hit the "
        "grounds of an industrial enterprise; three workers have been injured."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-02-06"), "casualties")
    assert [(e.place_name, e.place, e.injured) for e in casualties] == [
        ("Osnovianskyi district", "Kharkiv", 3)
    ]
    assert "knows no 'Osnovianskyi district'" in casualties[0].location_reason


def test_a_warning_of_a_new_attack_is_no_attack():
    assert run("The Air Force warned of a new massive attack on Kharkiv.") == []


def test_a_lead_in_ending_with_a_colon_dates_the_list_after_it():
    text = (
        "According to the administration, the following communities came under fire on Monday:\n\n"
        "Kharkiv district. The village of Kharkiv was shelled three times.\n\n"
        "Odesa district. In Odesa, a drone struck a car on the road."
    )
    attacks = {e.place: e.date for e in by_type(run(text, "2026-02-10"), "attack")}
    assert attacks == {"Kharkiv": "2026-02-09", "Odesa": "2026-02-09"}


def test_the_crimean_port_city_is_the_city_whose_governor_speaks():
    text = (
        "Sevastopol governor says missiles downed; General Staff claims hit on Dzhankoi fuel depot\n\n"
        "The Russian-installed governor of Sevastopol said air defences had repelled a combined missile and "
        "drone attack on the Crimean port city overnight and that no civilian facilities had been damaged."
    )
    events = run_with_gazetteer(text, "2024-11-23")
    assert {(e.event_type, e.place) for e in events if e.place != "Dzhankoy"} == {
        ("attack", "Sevastopol"),
        ("interception", "Sevastopol"),
    }


def test_a_village_located_by_its_city_keeps_what_the_next_sentence_tells():
    text = (
        "The governor of Sevastopol said fragments of a downed drone had fallen in the village of Andreyevka "
        "(Andriivka in Ukrainian), on the city's northern coast. Windows of a private house were damaged."
    )
    damage = by_type(run_with_gazetteer(text, "2024-11-23"), "damage")
    assert [(e.place, e.admin1) for e in damage] == [("Andriyivka", "Sevastopol City")]


def test_where_most_of_the_drones_fell_is_part_of_the_area_counted():
    text = (
        "Sergei Aksyonov, the head of Russian-annexed Crimea, said air defences had destroyed 27 Ukrainian "
        "drones over the republic overnight, most of them over the Dzhankoi district."
    )
    interceptions = by_type(run_with_gazetteer(text, "2024-11-23"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Autonomous Republic of Crimea", 27)]


def test_the_city_is_the_city_reported_on_not_a_village_named_since():
    text = (
        "A drone hit a bus in Kherson on Wednesday, killing one passenger.\n\n"
        "Overnight, Russian artillery shelled Chornobaivka, north-west of the city, damaging six houses.\n\n"
        "On Thursday morning, a drone attacked a truck belonging to the city's water utility, wounding two "
        "workers."
    )
    casualties = {e.place: e.injured for e in by_type(run_with_gazetteer(text, "2025-10-16"), "casualties")}
    assert casualties["Kherson"] == 2 and "Chornobaivka" not in casualties


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A drone hit a Nikopol minibus, killing the driver.",
            {("attack", "Nikopol"), ("casualties", "Nikopol")},
        ),
        ("A fuel tank fire broke out at the oil depot in Tuapse.", {("damage", "Tuapse")}),
        (
            "In Kharkiv, a drone hit a house. Cars not far from it were damaged.",
            {("attack", "Kharkiv"), ("damage", "Kharkiv")},
        ),
        ("A usually crowded market in Kharkiv was hit by a missile.", {("attack", "Kharkiv")}),
        (
            "Sybiha warned about the attack on Kyiv, which killed three.",
            {("attack", "Kyiv"), ("casualties", "Kyiv")},
        ),
        (
            "Russia and Ukraine exchanged 100 prisoners each. The exchange was in Belarus.",
            {("prisoner_exchange", "Belarus")},
        ),
    ],
)
def test_the_sixteenth_sessions_rules_leave_ordinary_reports_alone(text, expected):
    assert {(e.event_type, e.place) for e in run_with_gazetteer(text, "2025-10-16")} == expected


def test_a_toll_split_must_not_add_up_to_more_than_the_total():
    text = (
        "In Kharkiv, two people were injured: 40 homes in the Kyivskyi district and 12 in the Saltivskyi "
        "district were damaged."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2025-10-16"), "casualties")] == [2]


def test_a_listed_date_ends_with_the_list():
    text = (
        "According to the administration, the following communities came under fire on Monday:\n\n"
        "Kharkiv district. The village of Kharkiv was shelled three times.\n\n"
        "Separately, in Odesa a drone hit a house."
    )
    attacks = {e.place: e.date for e in by_type(run(text, "2026-02-10"), "attack")}
    assert attacks == {"Kharkiv": "2026-02-09", "Odesa": "2026-02-10"}


def test_a_demonym_before_the_city_keeps_the_referent_in_that_country():
    text = (
        "A missile hit Odesa on Monday. Ukrainian drones struck Novorossiysk overnight. Later, Russian "
        "drones again struck the Ukrainian port city."
    )
    quotes = {e.place: e.quotes for e in by_type(run_with_gazetteer(text, "2025-06-10"), "attack")}
    assert quotes["Novorossiysk"] == ("Ukrainian drones struck Novorossiysk overnight.",)
    assert "Later, Russian drones again struck the Ukrainian port city." in quotes["Odesa"]


def test_the_site_where_the_debris_fell_is_where_crews_work_not_a_report_of_damage():
    text = (
        'Sobyanin: "Air defence forces repelled an attack by two UAVs flying toward Moscow. Emergency '
        'services specialists are working at the site where the debris fell."'
    )
    assert [(e.event_type, e.place, e.drones) for e in run(text)] == [("interception", "Moscow", 2)]


def test_missiles_fired_from_a_russian_region_strike_where_they_land():
    text = (
        "Russia struck Kremenchuk with three Iskander-M ballistic missiles on Monday. The missiles were "
        "fired from Russia's Kursk region. None was intercepted."
    )
    events = run_with_gazetteer(text, "2025-09-16")
    assert {(e.event_type, e.place) for e in events} == {("attack", "Kremenchuk")}


def test_a_count_right_after_a_downing_verb_is_the_downings():
    text = (
        "Russia launched 94 drones at Ukraine overnight. Air defences shot down or jammed 71 of the drones, "
        "and hits were recorded at seven locations, it said."
    )
    interceptions = by_type(run_with_gazetteer(text, "2025-09-16"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Ukraine", 71)]


def test_each_city_of_a_list_of_speakers_offices_is_no_place_of_the_swap():
    text = (
        "Ukraine and Russia exchanged 206 prisoners each on Thursday in a swap mediated by Kazakhstan, "
        "officials in Kyiv, Moscow and Astana said."
    )
    exchanges = by_type(run_with_gazetteer(text, "2026-03-13"), "prisoner_exchange")
    assert [(e.place, e.country_code) for e in exchanges] == [("Ukraine", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "09:50 - Novooleksandrivka, Beryslav district. A Russian FPV drone struck a car by the river.",
        "A Russian FPV drone struck a car in Novooleksandrivka in the Beryslav district.",
    ],
)
def test_a_village_named_with_its_district_is_the_namesake_in_that_district(text):
    # eleven Novooleksandrivkas: the one of the Beryslav raion has no population in GeoNames, a bigger one of
    # the Kherson region lies 98 km away, and the town of Velyka Oleksandrivka had the name once
    attacks = by_type(run_with_gazetteer(text, "2025-07-25"), "attack")
    assert [(e.place, round(e.lat, 2), round(e.lon, 2)) for e in attacks] == [
        ("Novooleksandrivka", 47.26, 33.88)
    ]


def test_remains_of_the_dead_handed_over_are_no_prisoners_and_the_side_receiving_them_no_place():
    text = (
        "KYIV, April 23 (Reuters) - Ukraine and Russia exchanged 175 prisoners of war each on Thursday in a "
        "swap brokered by Saudi Arabia, officials on both sides said, and Kyiv received the remains of 757 "
        "people it said were Ukrainian soldiers killed in the war."
    )
    exchanges = by_type(run(text, "2026-04-23"), "prisoner_exchange")
    assert [(e.place, e.prisoners) for e in exchanges] == [("Ukraine", 175)]


def test_a_headline_border_without_its_article_is_the_border_area():
    text = "Ukraine, Russia swap 175 prisoners each at Belarus border crossing in Saudi-brokered deal"
    exchanges = by_type(run(text, "2026-04-23"), "prisoner_exchange")
    assert [(e.precision, e.country_code) for e in exchanges] == [("border_area", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a car by the old ferry landing on the Dnipro this morning, killing the driver.",
        "Drone hits car at old Dnipro ferry landing near Beryslav",
        "Guided bombs hit the boat crossing on the Dnipro islands near Beryslav.",
    ],
)
def test_the_dnipro_river_and_its_crossings_are_not_the_city(text):
    events = run_with_gazetteer(text, "2025-07-25")
    assert "Dnipro" not in {e.place for e in events}


def test_the_volga_region_and_embankment_are_not_the_town_of_volga():
    text = (
        "Peskov said the night's attacks on enterprises in the Volga region showed terror. "
        "A fire broke out near the Volga embankment in the south of Volsk."
    )
    assert "Volga" not in {e.place for e in run_with_gazetteer(text, "2026-02-26")}


def test_a_headline_village_is_resolved_with_the_places_of_the_first_paragraph_naming_any():
    text = (
        "A week in Poltavka, where the bombs come at dawn\n\n"
        "By Nataliia Zaiets. From the district weekly, issue of Thursday, 14 August 2025.\n\n"
        "The village lies some eighteen kilometres east of Huliaipole, in the Zaporizhzhia region.\n\n"
        "On Tuesday two guided aerial bombs struck the centre of Poltavka."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-08-14"), "attack")
    assert [(e.place, e.country_code) for e in attacks] == [("Poltavka", "UA")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver, thirty-four-year-old Serhii, was wounded by shrapnel.",
        '"We will find another van," says Serhii.',
        '"Where would I go?" asks Serhii, seventy-four, who has kept his cow.',
    ],
)
def test_a_name_after_an_age_or_quoted_is_a_person_not_a_village(sentence):
    text = "On Wednesday an FPV drone hit a volunteers' van as it was leaving Poltavka, Zaporizhzhia region. "
    text += sentence + " The van burned out."
    assert "Serhiyi" not in {e.place for e in run_with_gazetteer(text, "2025-08-14")}


def test_a_quoted_charity_name_is_no_place():
    text = (
        'Volunteers from the Huliaipole "Nadiia" foundation came to take people out. Their van was hit by an '
        "FPV drone."
    )
    assert "Nadiya" not in {e.place for e in run_with_gazetteer(text, "2025-08-14")}


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Her mother, eighty-one-year-old Hanna Petrivna, was killed in her bed.", 1, None),
        ("The driver, 34, was wounded.", None, 1),
        ("The driver, thirty-four-year-old Serhii, was wounded by shrapnel.", None, 1),
    ],
)
def test_one_person_named_by_kin_or_with_an_age_aside_counts_as_one(sentence, killed, injured):
    text = "Two guided bombs struck Poltavka in the Zaporizhzhia region on Tuesday. " + sentence
    casualties = by_type(run_with_gazetteer(text, "2025-08-14"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == [(killed, injured)]


def test_a_death_told_as_what_happened_before_is_no_toll():
    text = (
        "Another boy, 11, had been living with a grandmother in occupied Kherson region after his father was "
        "killed and his mother detained."
    )
    assert by_type(run(text, "2026-05-29"), "casualties") == []


def test_summers_of_shelling_are_no_attack():
    text = (
        '"To live in a dormitory in Zaporizhzhia, at my age?" asks Valentyna, who has kept her cow and her '
        "two goats through three summers of shelling."
    )
    assert run_with_gazetteer(text, "2025-08-14") == []


def test_an_unnamed_village_near_a_city_is_the_village_the_next_paragraph_names():
    text = (
        "ZAPORIZHZHIA, Ukraine, June 12 (Reuters) - Russian aircraft dropped guided bombs on a village east "
        "of the Ukrainian city of Zaporizhzhia late on Wednesday, killing three people and wounding five.\n\n"
        "The bombs hit a street of private houses in Kamiane, a village of about 1,200 people some 20 km "
        "east of the regional capital, governor Ivan Fedorov said."
    )
    events = run_with_gazetteer(text, "2025-06-12")
    assert {(e.event_type, e.place, e.date) for e in events} == {
        ("attack", "Kamyane", "2025-06-11"),
        ("casualties", "Kamyane", "2025-06-11"),
    }


def test_an_unnamed_village_near_a_city_stays_at_the_city_and_says_so():
    text = "Russian aircraft dropped guided bombs on a village east of Zaporizhzhia, killing three people."
    casualties = by_type(run_with_gazetteer(text, "2025-06-12"), "casualties")
    assert [(e.place, e.killed) for e in casualties] == [("Zaporizhzhya", 3)]
    assert "an unnamed village near Zaporizhzhya" in casualties[0].location_reason


def test_an_update_from_a_town_reports_there_and_a_person_who_was_inside_counts():
    text = (
        "11:15 - Beryslav. Russian aircraft have dropped guided aerial bombs on the town. Two medical "
        "workers were wounded.\n\n"
        "15:25 - Sad update from Beryslav. A 78-year-old patient who was in the surgical ward when the bomb "
        "hit has died of his injuries. Three more patients have been diagnosed with cuts and concussion, so "
        "five people in total were wounded at the hospital."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-07-25"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Beryslav", 1, 5)]


_VYSOKE = (
    "On 26 August a drone hit a car in Vysoke, Beryslav district. The driver was killed. His "
    "58-year-old wife was wounded and taken to hospital.\n\n"
    "On the morning of 27 August, it became known that the woman had died in hospital."
)
_BUS = "A drone hit a bus in Kherson on Monday. Two people were killed and five injured. "
_ONE_DIED = "On Tuesday one of the wounded, a 58-year-old man, had died in hospital."
_NOW_COUNTED = (
    "Two bombs hit Kherson at about 19:30. A 63-year-old man was killed on the spot. Three more "
    "people were injured. This morning the governor said that one of the injured had died in "
    "intensive care overnight. Another resident came to the hospital with a concussion, so three "
    "people are now counted as injured."
)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (_VYSOKE, 2, None),
        (_BUS + _ONE_DIED, 3, 4),
        # the headline's new toll already counts the death
        ("Death toll from shelling of Kherson rises to 3\n\n" + _BUS + _ONE_DIED, 3, 5),
        (_NOW_COUNTED, 2, 3),
        # one of those wounded named by what they are, or of those just counted
        (_BUS + "On Tuesday one of the passengers wounded in Kherson died of his wounds.", 3, 4),
        (_BUS + "On Tuesday the governor wrote that one of them, a 52-year-old, had died in hospital.", 3, 4),
        (_BUS + "On Tuesday a woman injured in the attack on the bus died in hospital.", 3, 4),
    ],
)
def test_a_wounded_person_who_died_later_moves_from_the_injured_to_the_killed(text, killed, injured):
    casualties = by_type(run_with_gazetteer(text, "2025-08-27"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == [(killed, injured)]
    if "26 August" in text:
        assert casualties[0].date == "2025-08-26"  # the day of the strike, not of the death


def test_a_later_death_that_dates_the_wounding_to_another_day_is_that_days_strike():
    text = (
        "A Russian drone hit a house in Nikopol on Tuesday, wounding a man. A 67-year-old woman who was "
        "wounded when the Russians shelled the city on Sunday has died in hospital."
    )
    events = run_with_gazetteer(text, "2025-03-11")
    assert {(e.event_type, e.date, e.killed, e.injured) for e in events} == {
        ("attack", "2025-03-11", None, None),
        ("casualties", "2025-03-11", None, 1),
        ("attack", "2025-03-09", None, None),
        ("casualties", "2025-03-09", 1, None),
    }


@pytest.mark.parametrize(
    ("toll", "injured"),
    [
        ("One worker was injured; by afternoon a second employee had been taken to hospital with burns.", 2),
        ("Two residents were injured, and later a third resident was injured when a wall collapsed.", 3),
        # the third resident named, not the third injured
        ("Two residents were killed. A third resident was injured.", 1),
        # one more after the figure of another sentence
        ("Two workers were injured. A third person, a security guard, had sought medical help.", 3),
        ("Two workers were injured. Police later said a third woman had been found injured nearby.", 3),
        ("One worker was injured. By evening a second employee had been hospitalised.", 2),
        # (not one more of a figure it does not follow)
        ("Three workers were injured. A second shift supervisor was hurt.", 3),
    ],
)
def test_one_more_wounded_brings_the_toll_to_its_ordinal(toll, injured):
    text = "Two missiles hit the Burshtyn power plant on Tuesday. " + toll
    casualties = by_type(run_with_gazetteer(text, "2025-02-11"), "casualties")
    assert [(e.place, e.injured) for e in casualties] == [("Burshtyn", injured)]


@pytest.mark.parametrize(
    ("later", "tolls"),
    [
        ("A second woman died in hospital later in the day, he added.", (2, None)),
        ("A second woman was injured by falling glass.", (1, 1)),
    ],
)
def test_one_more_victim_in_a_later_sentence_brings_its_toll_to_the_ordinal(later, tolls):
    text = "One woman was killed when a Russian drone hit a house in Kharkiv on Monday. " + later
    casualties = by_type(run_with_gazetteer(text, "2025-05-12"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == [tolls]


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("The driver, 38, was severely injured and died on the way to hospital in Zaporizhzhia.", (1, None)),
        ("Two passengers were wounded by shrapnel and later died in hospital.", (2, None)),
        # (another's death)
        ("The driver was injured and his wife died at the scene.", (1, 1)),
    ],
)
def test_a_wounding_that_ended_in_death_is_a_killing(sentence, tolls):
    text = "An FPV drone struck a car in Stepnohirsk on Saturday. " + sentence
    casualties = by_type(run_with_gazetteer(text, "2025-04-05"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Stepnohirsk", *tolls)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike on a hospital is where it struck
        (
            "A nurse died and four patients were injured in a strike on the regional children's hospital in "
            "Kharkiv on Sunday, the governor said.",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 1, 4)},
        ),
        # what a governor said at a briefing is not where he spoke
        (
            "The regional governor said at a briefing that the strike in Izium on Sunday killed a man.",
            {("attack", "Izyum", None, None), ("casualties", "Izyum", 1, None)},
        ),
        # a question that presupposes the strike still tells of it
        (
            "Why did a Russian missile kill five people in a Kharkiv apartment block on Sunday night? "
            "Investigators are still looking into it.",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 5, None)},
        ),
        # "38 of them" of drones and missiles together is neither's count
        (
            "Russia launched 40 drones and 5 missiles at Ukraine; air defence destroyed 38 of them.",
            {("attack", "Ukraine", None, None)},
        ),
    ],
)
def test_a_second_reviewers_counter_examples_to_the_twenty_fourth_sessions_rules(text, expected):
    events = run_with_gazetteer(text, "2025-03-10")
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == expected


def test_a_driver_who_crawled_out_with_shrapnel_in_his_arm_was_wounded():
    text = (
        "On Saturday morning a drone hit the bonnet of a car in Belaya. He crawled out with shrapnel in his "
        "arm and hip; the car burned down within minutes."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-08-24"), "casualties")
    assert [(e.place, e.date, e.injured) for e in casualties] == [("Belaya", "2025-08-23", 1)]


def test_a_ministry_that_counts_each_morning_still_reports_this_mornings_count():
    text = (
        "The Defence Ministry, which publishes a count each morning, said 23 Ukrainian drones had been "
        "destroyed over the Kursk region overnight into Saturday."
    )
    events = run_with_gazetteer(text, "2025-08-24")
    assert [(e.event_type, e.place, e.date, e.drones) for e in events] == [
        ("interception", "Kursk Oblast", "2025-08-23", 23)
    ]


def test_kin_named_in_a_pair_count_as_two():
    text = (
        "A drone struck a private house in Vilkhivka, Kharkiv Oblast. A 58-year-old woman was killed, "
        "and her husband and a 17-year-old boy from the neighbouring house were injured."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-05-03"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == [(1, 2)]


def test_a_toll_since_the_beginning_of_a_year_is_a_running_total():
    text = (
        "Since the beginning of 2026, Russian strikes have killed 47 civilians and wounded more than 230 in "
        "the Sumy region alone."
    )
    assert run_with_gazetteer(text, "2026-03-17") == []


def test_a_swap_on_the_belarus_border_beside_talks_is_on_ukraines_side():
    text = (
        "Russia and Ukraine swap prisoners on Belarus border days after Abu Dhabi talks\n\n"
        "Russia and Ukraine exchanged 202 prisoners of war each on Saturday, both sides said."
    )
    (swap,) = by_type(run_with_gazetteer(text, "2026-03-14"), "prisoner_exchange")
    assert (swap.place, swap.country_code) == ("Ukraine–Belarus border area", "UA")


def test_an_exchange_at_the_border_is_the_crossing_the_text_names_on_it():
    text = (
        "Ukraine, Russia swap 175 prisoners each at Belarus border crossing\n\n"
        "KYIV, April 23 (Reuters) - Ukraine and Russia exchanged 175 prisoners of war each on Thursday.\n\n"
        "The handover took place at the Novi Yarylovychi crossing point in Ukraine's northern Chernihiv "
        "region, on the border with Belarus."
    )
    exchanges = by_type(run_with_gazetteer(text, "2026-04-23"), "prisoner_exchange")
    assert [(e.place, e.prisoners) for e in exchanges] == [("Novi Yarylovychi", 175)]


@pytest.mark.parametrize(
    ("text", "downed"),
    [
        ("Russia had launched 96 drones at the country overnight, of which air defences shot down 71.", 71),
        ("Russia launched 71 drones at Ukraine. Forty-two of them were shot down over 11 regions.", 42),
    ],
)
def test_drones_downed_of_those_launched(text, downed):
    interceptions = by_type(run(text, "2026-04-23"), "interception")
    assert [e.drones for e in interceptions] == [downed]


def test_shares_of_them_are_of_the_unit_counted_last_and_the_total_keeps_every_figure():
    text = (
        "Russia's Defence Ministry claimed on Saturday morning that its air defence systems had intercepted "
        "and destroyed three Flamingo long-range cruise missiles and 51 fixed-wing drones overnight, 13 of "
        "them over the Saratov region and nine over the Nizhny Novgorod region."
    )
    interceptions = by_type(run_with_gazetteer(text, "2026-01-24"), "interception")
    assert [(e.place, e.missiles, e.drones) for e in interceptions] == [
        ("Russia", 3, 51),
        ("Saratov Oblast", None, 13),
        ("Nizhny Novgorod Oblast", None, 9),
    ]


def test_an_earlier_strike_an_as_reported_sentence_recaps_is_no_event():
    text = (
        "Drones hit the Volsk oil depot overnight. As Ukrinform reported, on 14 January the Defence Forces "
        "struck the Saratov oil refinery, and on 9 January the refinery in Kstovo."
    )
    assert {e.place for e in run_with_gazetteer(text, "2026-01-24")} == {"Vol’sk"}
    # the day before may be the very happening the story follows up
    text = "As reported, on January 23 drones struck the Saratov refinery."
    assert {e.place for e in run_with_gazetteer(text, "2026-01-24")} == {"Saratov"}


def test_a_named_neighbour_who_was_wounded_counts_and_her_kitchen_is_no_place():
    text = (
        "Okhrimivka lies three kilometres from the Russian border, north of Velykyi Burluk.\n\n"
        "Late on Wednesday evening Russian artillery shelled the village. One shell hit the house of her "
        "neighbour, Mykola, a 71-year-old retired tractor driver, who was wounded in the leg. Shrapnel "
        "shattered the windows of Nadiia's kitchen, and a barn across the road burned down."
    )
    events = run_with_gazetteer(text, "2026-05-22")
    assert {e.place for e in events} == {"Okhrimivka"}
    assert [e.injured for e in by_type(events, "casualties")] == [1]


def test_a_paramedic_who_was_sitting_in_the_cab_counts():
    text = (
        "On Monday a drone hit an ambulance in Velykyi Burluk. A paramedic who was sitting in the cab was "
        "wounded."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-05-22"), "casualties")
    assert [e.injured for e in casualties] == [1]


def test_the_regional_hospital_the_wounded_were_taken_to_by_ambulance_is_no_event_place():
    text = (
        "A shell hit the harbour of Ochakiv on Saturday. Two fishermen were wounded by fragments and taken "
        "by ambulance to the regional hospital in Mykolaiv."
    )
    assert {e.place for e in run_with_gazetteer(text, "2024-10-10")} == {"Ochakiv"}


@pytest.mark.parametrize(
    "sentence", ["Mykola, who was fifty-eight, was killed on the spot.", "Mykola, aged 58, was killed."]
)
def test_a_named_person_with_an_age_aside_counts_as_one(sentence):
    text = "A shell hit the harbour of Ochakiv on Saturday. " + sentence
    casualties = by_type(run_with_gazetteer(text, "2024-10-10"), "casualties")
    assert [e.killed for e in casualties] == [1]


def test_debris_from_a_downed_cruise_missile_is_damage_not_an_attack():
    text = (
        "In the village of Denyshi, west of Zhytomyr, debris from a downed cruise missile fell on a street, "
        "damaging three houses."
    )
    assert [e.event_type for e in run_with_gazetteer(text, "2025-04-02")] == ["damage"]


def test_talks_negotiators_are_due_to_hold_are_not_held_yet():
    text = "Ukraine and Russia were due to meet in Abu Dhabi on Friday for peace talks."
    assert run_with_gazetteer(text, "2026-02-18") == []


@pytest.mark.parametrize("people", ["railwaymen", "fishermen", "paramedics"])
def test_workers_named_by_their_trade_are_counted(people):
    text = f"Russian drones struck the railway junction in Hrebinka on Wednesday. Two {people} were injured."
    casualties = by_type(run_with_gazetteer(text, "2026-02-06"), "casualties")
    assert [e.injured for e in casualties] == [2]


def test_drones_downed_of_them_after_a_semicolon_are_of_the_count_before_it():
    text = (
        "Air defence forces shot down 19 drones over the Poltava region that night. Across Ukraine, the Air "
        "Force reported, Russia launched 146 attack drones and decoys overnight; 121 of them were shot down."
    )
    interceptions = by_type(run_with_gazetteer(text, "2026-02-06"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Poltava Oblast", 19), ("Ukraine", 121)]


def test_an_air_base_near_a_city_is_the_base_the_text_goes_on_to_name():
    text = (
        "Russia Strikes Air Base Near Zhytomyr\n\n"
        "By Reuters staff\n\n"
        "KYIV, April 2 (Reuters) - Russia hit a Ukrainian military air base near the city of Zhytomyr with "
        "ballistic missiles overnight, wounding two servicemen.\n\n"
        "The missiles struck the Ozerne air base, the air force said."
    )
    events = run_with_gazetteer(text, "2025-04-02")
    assert {(e.event_type, e.place) for e in events} == {("attack", "Ozerne"), ("casualties", "Ozerne")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A 78-year-old woman was treated for cuts from broken glass.",
        "One man was treated on the spot for concussion.",
    ],
)
def test_someone_treated_for_cuts_or_concussion_is_injured(sentence):
    text = "A drone hit a house in Sumy on Monday. " + sentence
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2025-04-02"), "casualties")] == [1]


# A reviewer's counter-examples to this session's rules, each a sentence the rules first got wrong.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a city before an office or a resident after a quote is no person
        (
            '"The night was hard," said Kharkiv Mayor Ihor Terekhov. Kharkiv came under a massive drone '
            "attack overnight; five people were injured.",
            "2025-06-10",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", None, 5)},
        ),
        (
            '"The shelling has not stopped for a single day," says Nikopol resident Valentyna. Nikopol was '
            "shelled with heavy artillery on Thursday, injuring two people.",
            "2025-06-10",
            {("attack", "Nikopol", None, None), ("casualties", "Nikopol", None, 2)},
        ),
        # a city's apartment buildings are not a person's home
        (
            "A Russian missile struck one of Kharkiv's apartment buildings on Tuesday, killing two people "
            "and wounding 14.",
            "2025-06-10",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 2, 14)},
        ),
        # one killed who "died in hospital" is not a second death
        (
            "A Russian drone attack on Kherson on Monday killed a 70-year-old woman, the regional "
            "administration said. The woman died in hospital from her injuries.",
            "2025-06-10",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", 1, None)},
        ),
        # a husband killed at the front, or before, is no toll of this strike
        (
            "A drone hit a house in Nikopol on Sunday, injuring a 70-year-old woman. Her husband was killed "
            "at the front, and she lives alone.",
            "2025-06-10",
            {("attack", "Nikopol", None, None), ("casualties", "Nikopol", None, 1)},
        ),
        (
            "A drone hit a house in Kherson on Monday, injuring a 67-year-old woman. She has lived alone "
            "since her husband was killed by Russian shelling.",
            "2025-06-10",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", None, 1)},
        ),
        # a strike named next near the town is another happening unless the text calls it the site
        (
            "A Russian drone hit a car in a village near Kherson on Monday, killing the driver.\n\n"
            "Earlier on Monday, Russian artillery shelled Bilozerka, injuring a woman.",
            "2025-06-10",
            {
                ("attack", "Kherson", None, None),
                ("casualties", "Kherson", 1, None),
                ("attack", "Bilozerka", None, None),
                ("casualties", "Bilozerka", None, 1),
            },
        ),
        # a toll near the border is not the one town's the next sentence names
        (
            "Russian troops shelled settlements near the Russian border on Monday, killing one person, the "
            "Kharkiv regional governor said. In Vovchansk, a guided bomb destroyed a house and injured two "
            "people.",
            "2025-06-10",
            {
                ("attack", "Ukraine–Russia border area", None, None),
                ("casualties", "Ukraine–Russia border area", 1, None),
                ("attack", "Vovchansk", None, None),
                ("damage", "Vovchansk", None, None),
                ("casualties", "Vovchansk", None, 2),
            },
        ),
        # a recap that opens the follow-up is the happening followed up
        (
            "As previously reported, on the night of June 7 Russia attacked Kharkiv with 48 drones. Rescuers "
            "finished clearing the rubble on Tuesday; the death toll has risen to five.",
            "2025-06-10",
            {
                ("attack", "Kharkiv", None, None),
                ("damage", "Kharkiv", None, None),
                ("casualties", "Kharkiv", 5, None),
            },
        ),
        # days of shelling may report what happened in them
        (
            "Three days of Russian shelling of Nikopol injured eight people, the regional governor said on "
            "Monday.",
            "2025-06-10",
            {("attack", "Nikopol", None, None), ("casualties", "Nikopol", None, 8)},
        ),
        # two people with their ages set off
        (
            "A drone hit a car in Kherson on Monday. The man, 45, and his wife, 43, were injured.",
            "2025-06-10",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", None, 2)},
        ),
    ],
)
def test_reviewed_counter_examples(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == expected


def test_shares_of_them_take_a_unit_whose_total_can_hold_them():
    text = (
        "Russia's Defence Ministry said air defences destroyed 51 drones and three Neptune missiles "
        "overnight, 13 of them over the Belgorod region and nine over the Kursk region."
    )
    interceptions = by_type(run_with_gazetteer(text, "2026-01-24"), "interception")
    assert [(e.place, e.missiles, e.drones) for e in interceptions] == [
        ("Russia", 3, 51),
        ("Belgorod Oblast", None, 13),
        ("Kursk Oblast", None, 9),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The missile hit Terebovlia on 28.10 at dawn.", "2026-10-28"),
        ("Debris fell on Terebovlia, 28.10, the regional administration said.", "2026-10-28"),
        # the night that ended on the Wednesday, not the night just past
        ("Drones hit Terebovlia on the night to Wednesday, 28.10.", "2026-10-28"),
        ("Drones hit Terebovlia on the night to Wednesday.", "2026-10-28"),
        ("The drone flew 2.5 km and hit Terebovlia on Monday.", "2026-10-26"),
    ],
)
def test_a_day_written_day_dot_month_without_its_year(text, date):
    assert [e.date for e in run_with_gazetteer(text, "2026-10-30")] == [date]


def test_an_attack_told_as_when_something_else_happened_is_reported_elsewhere():
    text = (
        "Drones hit the Krasnodar refinery overnight. Flights at Krasnodar's Pashkovsky airport were "
        "suspended for about four hours during the attack, Rosaviatsia said."
    )
    events = run_with_gazetteer(text, "2026-04-16")
    assert [(e.event_type, e.place) for e in events] == [("attack", "Krasnodar")]
    # (not when it says on what)
    text = "During the attack on Kyiv, three people were killed."
    assert {e.event_type for e in run_with_gazetteer(text, "2026-04-16")} == {"attack", "casualties"}


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("Navy units struck a patrol boat in the area of the village of Zavitne, south of Kerch.", 45.12),
        ("Russian drones struck an industrial enterprise in Bila Tserkva, south of Kyiv.", 49.80),
    ],
)
def test_a_place_said_to_lie_to_one_side_of_a_town_is_its_namesake_that_way(text, lat):
    attacks = by_type(run_with_gazetteer(text, "2026-04-28"), "attack")
    assert [round(e.lat, 2) for e in attacks] == [lat]


def test_a_lede_toll_that_rose_on_a_later_day_is_the_toll_of_the_strike_told_next():
    text = (
        "LOZOVA, Ukraine, May 9 (Reuters) - The death toll from a Russian missile strike on Balakliia, a "
        "town south-east of Kharkiv, rose to four on Saturday, regional officials said.\n\n"
        "Two missiles hit the town at around 9 p.m. on Friday, governor Oleh Syniehubov said.\n\n"
        "Late on Friday he had reported two people killed and nine wounded. By Saturday afternoon, four "
        "people had been confirmed dead and 12 people were being treated for injuries."
    )
    events = run_with_gazetteer(text, "2026-05-09")
    assert {(e.event_type, e.place, e.date, e.killed, e.injured) for e in events} == {
        ("attack", "Balakliya", "2026-05-08", None, None),
        ("casualties", "Balakliya", "2026-05-08", 4, 12),
    }


def test_a_toll_said_as_it_stands_replaces_the_larger_figures_before_it():
    text = (
        "A guided bomb hit Zolochiv on Friday morning, killing a man and wounding two people.\n\n"
        "UPD 14:05. Two more residents went to the doctors with minor cuts. The number of wounded in the "
        "town has thus risen to four.\n\n"
        "UPD 17:30. The 61-year-old woman wounded in Zolochiv died in hospital in Bohodukhiv. As of this "
        "hour, the toll of the morning strike stands at two killed and three wounded."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-08-21"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Zolochiv", 2, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit Chuhuiv on Tuesday, wounding a man. He died on Wednesday in the regional hospital in "
        "Kharkiv.",
        "A drone hit Chuhuiv on Tuesday. A wounded man is being treated in a hospital in Kharkiv.",
    ],
)
def test_the_town_a_victim_was_cared_for_in_is_no_place_of_the_strike(text):
    events = run_with_gazetteer(text, "2026-03-11")
    assert {e.place for e in events} == {"Chuhuyiv"}


def test_a_later_figure_in_a_paragraph_about_a_town_is_that_towns_toll():
    text = (
        "In Khmelnytskyi Oblast, falling drone debris set a warehouse alight near Slavuta and injured a "
        "54-year-old security guard.\n\n"
        "In Vinnytsia Oblast, a missile hit an energy facility in Bar. One person was killed.\n\n"
        "By Friday afternoon, rescuers in Bar had pulled a second body from the rubble, raising the death "
        "toll in the town to two. Five people were being treated for injuries, the regional governor said."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-12-13"), "casualties")
    assert {(e.place, e.killed, e.injured) for e in casualties} == {("Slavuta", None, 1), ("Bar", 2, 5)}


def test_a_later_death_told_before_the_wounding_stays_at_its_place():
    text = (
        "LIVE: Drones target railway in Dnipropetrovsk region - driver killed\n\n"
        "12:15\nThe locomotive driver injured at Lykhivka station last night has died in hospital, the "
        "railway reports.\n\n"
        "08:30\nIn the Verkhivtseve community three people were wounded overnight."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-12-28"), "casualties")
    expected = {("Lykhivka", 1, None), ("Verkhivtseve", None, 3)}
    assert {(e.place, e.killed, e.injured) for e in casualties} == expected


def test_people_on_their_way_somewhere_are_counted():
    text = "A drone attacked a car near Kupiansk on Friday. Two men who were travelling to work were injured."
    casualties = by_type(run_with_gazetteer(text, "2026-08-21"), "casualties")
    assert [e.injured for e in casualties] == [2]


def test_an_hour_of_the_clock_is_no_count():
    text = "Shortly before 2 a.m. a Shahed hit the grain elevator in Lozova."
    attacks = by_type(run_with_gazetteer(text, "2026-06-11"), "attack")
    assert [(e.place, e.drones) for e in attacks] == [("Lozova", None)]


def test_a_range_start_in_an_aside_does_not_date_the_night_it_opened():
    text = (
        "On the night of 11 June (from 18:00 on 10 June), the enemy attacked Ukraine with 3 ballistic "
        "missiles and 187 drones."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-06-11"), "attack")
    assert [e.date for e in attacks] == ["2026-06-11"]


def test_a_recalled_happening_referred_back_to_without_a_date_dates_nothing_later():
    text = (
        "Ukraine and Russia exchanged 390 prisoners each on Friday.\n\n"
        "After the Istanbul meeting on May 2, Turkish Foreign Minister Hakan Fidan called the prisoner swap "
        "a confidence-building measure.\n\n"
        "Despite intense fighting, the prisoner swap offered a rare glimpse of humanity."
    )
    exchanges = by_type(run_with_gazetteer(text, "2025-05-24"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in exchanges] == [("2025-05-23", 390)]


def test_a_community_in_parentheses_is_the_area_around_the_village_before_it():
    text = "Novohrodivka (Selydove community): an FPV drone attacked a car. The driver was killed."
    assert {e.place for e in run_with_gazetteer(text, "2024-11-21")} == {"Novohrodivka"}


def test_a_toll_since_the_start_of_the_full_scale_war_is_no_happening():
    text = (
        "On 20 November, the Russians killed 2 residents of the Donetsk region. In total, since the "
        "beginning of the full-scale war, the Russians have killed 3,041 and wounded 6,622 residents of the "
        "region."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-11-21"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == [(2, None)]


def test_two_people_hit_where_they_stood_are_two():
    text = (
        "A drone hit a car in Myrnohrad on Wednesday. His wife and a neighbour who was standing nearby were "
        "wounded."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2024-11-21"), "casualties")] == [2]


def test_bombs_dropped_on_a_village_are_an_attack():
    text = (
        "Starovarvarivka: the occupiers dropped two KAB-250 guided aerial bombs on the village. 2 people "
        "wounded."
    )
    events = run_with_gazetteer(text, "2024-11-21")
    assert {(e.event_type, e.place) for e in events} == {
        ("attack", "Starovarvarivka"),
        ("casualties", "Starovarvarivka"),
    }


def test_a_regions_tally_summed_up_again_after_a_death_is_the_sum_of_its_villages():
    text = (
        "On 20 November, the Russians killed 3 residents of the Donetsk region. Another 11 people "
        "in the region were wounded.\n\n"
        "Hryshyne: an FPV drone attacked a car. The driver was killed. His wife and a neighbour who "
        "was standing nearby were wounded.\n\n"
        "Dronivka: 2 people killed by artillery fire.\n\n"
        "Kostiantynivka: 9 people wounded.\n\n"
        "UPD 14:15. Sad news from Hryshyne: the woman who was wounded yesterday died in hospital. So, on 20 "
        "November, the Russians killed 4 residents of the Donetsk region, and 10 were wounded."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-11-21"), "casualties")
    assert {(e.place, e.killed, e.injured) for e in casualties} == {
        ("Hryshyne", 2, 1),
        ("Dronivka", 2, None),
        ("Kostyantynivka", None, 9),
    }


def test_the_village_of_a_feature_is_no_regional_centre_and_no_grandson():
    text = (
        "Before the war, Malokaterynivka had a school. The volunteers bring bread from Zaporizhzhia. Her "
        "grandson Bohdan serves in a brigade.\n\n"
        "On Wednesday evening, two guided aerial bombs fell on the last street of the village. A woman was "
        "killed."
    )
    assert {e.place for e in run_with_gazetteer(text, "2024-11-21")} == {"Malokaterynivka"}


@pytest.mark.parametrize(
    "recap",
    [
        "Thursday's strikes came four days after a similar attack on the night to Sunday, when "
        "missiles hit the Burshtyn power plant.",
        "This is the third attack on the energy infrastructure of the region since the beginning of "
        "November. On the night of 16 November, drones damaged a substation in Burshtyn.",
        "Background: Russia stepped up attacks on energy this month\n"
        "On the night of 16 November, Russian drones hit a substation in Burshtyn.",
    ],
)
def test_an_earlier_night_a_recap_recalls_is_no_happening_of_the_article(recap):
    text = f"Drones hit a substation in Lutsk overnight, governor Ivan Rudnytskyi said.\n\n{recap}"
    assert {e.place for e in run_with_gazetteer(text, "2024-11-21")} == {"Lutsk"}


def test_the_countrys_figures_go_to_none_of_the_places_a_headline_named_together():
    text = (
        "Russian missiles, drones hit rail and energy in Cherkasy, Kirovohrad, Poltava regions\n\n"
        "Live updates | Kyiv | Feb. 18, 2026\n\n"
        "Air Force: Russia launched 33 missiles, 246 drones overnight\n"
        "Russia attacked Ukraine overnight on Feb. 18 with 33 missiles and 246 drones, the Air Force "
        "said.\n\n"
        "Drones struck an oil and gas production facility in the Velyka Bahachka community of Poltava Oblast."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-02-18"), "attack")
    assert {(e.place, e.missiles, e.drones) for e in attacks} >= {
        ("Ukraine", 33, 246),
        ("Velyka Bahachka", None, None),
    }


def test_the_countrys_hits_said_in_a_later_paragraph_are_not_a_towns_told_before():
    text = (
        "Ukraine's air force says Russia launched 98 drones and three ballistic missiles overnight\n\n"
        "Denis Pushilin, the Russian-installed head of occupied Donetsk Oblast, says a Ukrainian drone hit a "
        "minibus in Yenakiieve early on Tuesday, killing one person.\n\n"
        "Russia launched 98 attack drones and decoys and three Iskander-M ballistic missiles at Ukraine "
        "overnight, Ukraine's air force has said.\n\n"
        "Air defences shot down 80 of the drones, it said. Two missiles and 15 drones struck targets at six "
        "locations. The air force did not say which regions had been hit."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-03-10"), "attack")
    expected = {("Ukraine", 3, 98), ("Yenakiyeve", None, None)}
    assert {(e.place, e.missiles, e.drones) for e in attacks} == expected


def test_a_roundups_swaps_are_placed_where_they_took_place_not_where_they_were_agreed():
    text = (
        "Two Swaps in Four Days and a Round of Talks in Riyadh\n\n"
        "Sunday, April 26, 2026\n\n"
        "On Tuesday, fifteen seriously wounded Ukrainian soldiers returned home in an exchange of prisoners "
        "facilitated by the Holy See.\n\n"
        "On Wednesday, delegations from Ukraine, Russia and the United States met in Riyadh for talks hosted "
        "by Saudi Arabia.\n\n"
        "The exchange agreed in Riyadh came on Friday. The handover took place on the border with Belarus, "
        "Ukraine's headquarters said, and was again mediated by Saudi Arabia.\n\n"
        "According to Kyiv, 212 Ukrainians came home, among them 14 civilians, some of whom had been held "
        "since 2022.\n\n"
        "Umerov said that Kyiv would push for an \"all for all\" exchange of prisoners."
    )
    events = run_with_gazetteer(text, "2026-04-26")
    assert {(e.event_type, e.place, e.date, e.prisoners) for e in events} == {
        ("prisoner_exchange", "Ukraine", "2026-04-21", 15),
        ("talks", "Riyadh", "2026-04-22", None),
        ("prisoner_exchange", "Ukraine–Belarus border area", "2026-04-24", 212),
    }


def test_overnight_counts_from_the_day_a_sentence_opens_with():
    text = (
        "On 14.09 the Russian Defence Ministry reported that 87 Ukrainian drones had been destroyed "
        "overnight."
    )
    assert [e.date for e in run_with_gazetteer(text, "2025-09-17")] == ["2025-09-14"]


def test_a_river_or_region_describing_the_city_named_next_is_no_place():
    text = "Ukrainian drones attacked an oil refinery in the Russian Volga city of Saratov overnight."
    assert {e.place for e in run_with_gazetteer(text, "2025-08-21")} == {"Saratov"}


def test_a_night_written_day_dot_month_in_a_sentence_reporting_nothing_dates_the_next():
    text = (
        "On 14.09 air defence destroyed 19 UAVs over the Lipetsk region, governor Igor Artamonov said.\n\n"
        "The night from 15.09 to 16.09 was also restless. According to Artamonov, air defence destroyed "
        "seven UAVs over the region."
    )
    interceptions = by_type(run_with_gazetteer(text, "2025-09-17"), "interception")
    assert [(e.date, e.drones) for e in interceptions] == [("2025-09-14", 19), ("2025-09-16", 7)]


def test_a_city_the_blows_fell_not_on_is_no_place_of_the_attack():
    text = (
        "Russia's attack on the night to Friday was one of the largest of the summer, and its heaviest blows "
        "fell not on Kyiv but on the Volyn region."
    )
    assert {e.place for e in run_with_gazetteer(text, "2025-08-23")} == {"Volyn Oblast"}


def test_a_civilian_swap_is_dated_by_its_day_not_by_the_statement_that_placed_it():
    text = (
        "Ukraine and Russia exchanged civilians on Friday, with twenty-two people returning to each side.\n\n"
        "The handover took place at a crossing point on the border in Ukraine's Sumy region, the ombudsman "
        "said in a statement on Saturday.\n\n"
        "Civilian returns have been rarer and smaller than prisoner-of-war swaps, officials in Moscow say."
    )
    exchanges = by_type(run_with_gazetteer(text, "2024-10-19"), "prisoner_exchange")
    assert [(e.place, e.date, e.prisoners) for e in exchanges] == [("Sumy Oblast", "2024-10-18", 22)]


def test_a_village_named_with_the_community_it_lies_in_is_the_place():
    text = (
        "15:10 — Bohuslavka, in the Borova community of the Izium district. Russian artillery shelled the "
        "village in the afternoon. A 71-year-old man was killed."
    )
    assert {e.place for e in run_with_gazetteer(text, "2025-05-17")} == {"Bohuslavka"}


def test_assaults_in_a_direction_mid_sentence_are_ground_fighting():
    text = (
        "16:35 — Russia's Defence Ministry claims its troops have \"liberated\" the village of Zahryzove, "
        "north of Borova. Ukraine's General Staff has not confirmed this; in its afternoon update it "
        "reported 17 Russian assaults in the Kupiansk direction, all of them repelled."
    )
    assert run_with_gazetteer(text, "2025-05-17") == []


def test_people_aged_in_an_aside_are_still_counted():
    text = (
        "A guided aerial bomb hit a farm on the edge of Mala Rohan on Friday. Two farm workers, men aged 44 "
        "and 52, were wounded."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2025-05-17"), "casualties")] == [2]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a toll among children is part of the toll, not the toll as it stands
        (
            "Russian missiles hit Kyiv on Tuesday, killing 9 people and injuring 40. The toll among children "
            "now stands at 2 killed.",
            "2026-05-20",
            {("attack", "Kyiv", None, None), ("casualties", "Kyiv", 9, 40)},
        ),
        # "So," and "Thus," without a day's sum go on telling, they do not sum up
        (
            "Russian forces attacked Nikopol with drones and artillery on Tuesday, injuring six people. So, "
            "a "
            "45-year-old man was hospitalised with shrapnel wounds.",
            "2026-05-20",
            {("attack", "Nikopol", None, None), ("casualties", "Nikopol", None, 6)},
        ),
        (
            "A Russian drone hit a minibus in Kherson on Tuesday, killing three people and injuring nine. "
            "Thus, "
            "two passengers were killed on the spot, and another died in hospital.",
            "2026-05-20",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", 3, 9)},
        ),
        # a rank against the war's start is no recall of it
        (
            "Russian drones struck Kyiv overnight in the largest attack on the capital since the beginning "
            "of "
            "the full-scale war, killing two people and injuring 15.",
            "2026-05-20",
            {("attack", "Kyiv", None, None), ("casualties", "Kyiv", 2, 15)},
        ),
        ("Prosecutors in Kyiv dropped charges against two suspected bomb makers on Tuesday.", "2026-05-20",
         set()),
        # a count of strikes said after this one's day, and rubble from an earlier attack, recall nothing
        (
            "Russian drones attacked Odesa overnight, injuring two people. In the Kharkiv region, a guided "
            "bomb "
            "hit Kupiansk on Saturday afternoon, killing a 67-year-old man, the third strike on the town "
            "since "
            "Thursday.",
            "2026-05-18",
            {
                ("attack", "Odesa", None, None),
                ("casualties", "Odesa", None, 2),
                ("attack", "Kupyansk", None, None),
                ("casualties", "Kupyansk", 1, None),
            },
        ),
        (
            "Russian drones attacked Odesa overnight, injuring two people.\n\nIn Sumy, rescuers were still "
            "clearing rubble after the previous attack when a guided bomb hit a school on Saturday, injuring "
            "five.",
            "2026-05-18",
            {
                ("attack", "Odesa", None, None),
                ("casualties", "Odesa", None, 2),
                ("attack", "Sumy", None, None),
                ("casualties", "Sumy", None, 5),
                ("damage", "Sumy", None, None),
            },
        ),
        # what a side called for and got, or called for after a strike, happened
        (
            "Zelensky called for air defence after Russian missiles killed 14 people in Kyiv on Tuesday.",
            "2026-05-20",
            {("attack", "Kyiv", None, None), ("casualties", "Kyiv", 14, None)},
        ),
        # a toll update and a separate strike at the same city are two happenings
        (
            "The death toll from Russia's missile strike on Kharkiv rose to five on Monday, Mayor Ihor "
            "Terekhov "
            "said. Separately, a Russian drone hit a car in Kharkiv's Kyivskyi district on Sunday, injuring "
            "two "
            "people.",
            "2026-05-18",
            {
                ("attack", "Kharkiv", None, None),
                ("casualties", "Kharkiv", 5, None),
                ("casualties", "Kharkiv", None, 2),
            },
        ),
        (
            "A Russian drone hit a car in Kherson on Tuesday. The man was injured and his wife died at the "
            "scene.",
            "2026-05-20",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", 1, 1)},
        ),
        # a community after a common noun is where it happened
        (
            "A Russian drone hit a farm (Marhanets community) on Tuesday, injuring a 52-year-old tractor "
            "driver.",
            "2026-05-20",
            {("attack", "Marhanets", None, None), ("casualties", "Marhanets", None, 1)},
        ),
        # a region's toll one town's accounts for is that town's
        (
            "Russian strikes killed three civilians in the Donetsk region on Tuesday, Governor Vadym "
            "Filashkin "
            "said. Three people were killed in Kostiantynivka, and a woman was injured in Druzhkivka.",
            "2026-05-20",
            {
                ("attack", "Donetsk Oblast", None, None),
                ("casualties", "Kostyantynivka", 3, None),
                ("casualties", "Druzhkivka", None, 1),
            },
        ),
        ("Her husband has been missing since 2023, when a Russian missile destroyed their house in Bakhmut.",
         "2026-05-20", set()),
        (
            "A Russian drone hit an aid distribution point arranged in Kherson on Tuesday, injuring three "
            "volunteers.",
            "2026-05-20",
            {("attack", "Kherson", None, None), ("casualties", "Kherson", None, 3)},
        ),
        (
            "Three patients who were staying in a hospital in Kupiansk were injured when a Russian glide "
            "bomb "
            "hit the building on Tuesday.",
            "2026-05-20",
            {("attack", "Kupyansk", None, None)},
        ),
    ],
)
def test_reviewed_counter_examples_of_the_eighteenth_session(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == expected


def test_a_place_hit_several_times_this_winter_is_no_happening():
    text = (
        "A missile hit the port of Izmail on Tuesday. Reni lies 30 km away. It has been hit several times "
        "this winter."
    )
    assert {e.place for e in run_with_gazetteer(text, "2026-01-20")} == {"Izmayil"}


def test_a_toll_since_the_start_of_the_week_is_a_running_total():
    text = (
        "A drone hit Voznesensk on Saturday, injuring two. In total, since the beginning of the week the "
        "enemy "
        "has killed 4 residents of the region and injured 14."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-08-17"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in casualties] == [("Voznesensk", None, 2)]


def test_remains_returned_somewhere_are_no_place_of_the_swap():
    text = (
        "Prisoner exchange. \"157 of our people are home,\" President Volodymyr Zelensky writes. Russia's "
        "Defence Ministry confirms the swap: 157 Russian servicemen were returned.\n\n"
        "Bodies repatriated. Ukraine also received the bodies of 1,000 fallen soldiers on Monday. According "
        "to "
        "the Russian side, the remains were returned in the Bryansk region."
    )
    exchanges = by_type(run_with_gazetteer(text, "2026-01-20"), "prisoner_exchange")
    assert [(e.country_code, e.prisoners) for e in exchanges] == [("UA", 157)]


@pytest.mark.parametrize(
    "offer",
    [
        "Kazakhstan said it was ready to host a new round of direct talks between Kyiv and Moscow.",
        'Kremlin spokesman Dmitry Peskov said Moscow was "open" to another round of talks in Istanbul.',
        "Peskov added that Istanbul remained a possible venue for new direct Russian-Ukrainian talks.",
        "Kyiv intended to raise the exchanges at a follow-up meeting that Switzerland has offered to host in "
        "Geneva later in the summer.",
    ],
)
def test_talks_a_side_offers_or_is_open_to_are_no_happening(offer):
    text = f"Ukraine and Russia exchanged 137 prisoners each on Friday, mediated by Kazakhstan. {offer}"
    assert {e.event_type for e in run_with_gazetteer(text, "2025-11-21")} == {"prisoner_exchange"}


def test_an_exchange_the_sides_agreed_on_is_not_the_one_made():
    text = (
        "Ukraine and Russia exchanged 84 prisoners each on Tuesday. Umerov says the two sides agreed on a "
        "new exchange of a total of 1,000 prisoners each in the coming weeks."
    )
    exchanges = by_type(run_with_gazetteer(text, "2025-07-23"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in exchanges] == [("2025-07-22", 84)]


@pytest.mark.parametrize(
    "later",
    [
        "The sides agreed in Istanbul to swap all seriously wounded prisoners.",
        '"The parties have agreed on the principle of exchanging all seriously wounded," the ministry said.',
        "A swap of 185 prisoners each, which officials had expected last Friday, was postponed.",
    ],
)
def test_an_exchange_agreed_in_principle_or_postponed_is_not_one_made(later):
    text = "Ukraine and Russia exchanged 84 prisoners each on Tuesday. " + later
    exchanges = by_type(run_with_gazetteer(text, "2025-07-23"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in exchanges] == [("2025-07-22", 84)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what else was called off is no strike called off
        ("Ukrainian drones attacked Sochi airport overnight; dozens of flights were cancelled.", "attack"),
        (
            "Ukraine and Russia exchanged 84 prisoners each on Friday, in a swap that had been postponed.",
            "prisoner_exchange",
        ),
        # a hospital the wounded were brought to, then struck
        (
            "Minutes after paramedics brought the injured to the central hospital in Kostiantynivka, a "
            "guided bomb struck the hospital.",
            "attack",
        ),
    ],
)
def test_a_reviewers_counter_examples_to_called_off_and_treated_in(text, expected):
    assert expected in {e.event_type for e in run_with_gazetteer(text, "2025-06-10")}


@pytest.mark.parametrize(
    "text",
    [
        # a period named before a night of its own, or after a rank, is no period's downings
        "Over the past month Russia has shifted its strikes west: overnight, air defences shot down 25 "
        "drones over Lviv.",
        "Over Lviv, air defences shot down 25 drones overnight, the most since the start of the week.",
        "Drones attacked Lviv again overnight; air defences shot down 25 drones, the third wave since the "
        "beginning of the week.",
    ],
)
def test_a_nights_downing_beside_a_period_is_still_the_nights(text):
    downed = by_type(run_with_gazetteer(text, "2025-06-12"), "interception")
    assert [e.drones for e in downed] == [25]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        # the sentence after one opened by a period: its toll in the perfect is the period's
        (
            "Since the beginning of 2025, the enemy has carried out more than 220 attacks on the railway. "
            "Fourteen railway workers have been killed and about 90 injured.",
            [(1, None)],
        ),
        # not one with a day of its own
        (
            "Since the beginning of 2025, the enemy has carried out more than 220 attacks on the railway. "
            "On Sunday two more workers have been injured in Berdychiv.",
            [(1, 2)],
        ),
    ],
)
def test_a_toll_after_a_sentence_opened_by_a_period_is_the_periods(period, expected):
    text = "A drone hit the depot in Berdychiv on Sunday, killing a fitter.\n\n" + period
    casualties = by_type(run_with_gazetteer(text, "2025-04-14"), "casualties")
    assert [(e.killed, e.injured) for e in casualties] == expected


def test_railway_trades_are_people_counted_one_each():
    text = (
        "A drone hit a traction substation in Koziatyn overnight. The locomotive driver and his assistant "
        "were injured. In Berdychiv, a fitter was killed."
    )
    tolls = by_type(run_with_gazetteer(text, "2025-04-14"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in tolls] == [("Kozyatyn", None, 2), ("Berdychiv", 1, None)]


def test_a_factboxs_items_dated_with_a_colon_are_the_exchanges_of_their_days():
    text = (
        "Ukraine and Russia have swapped prisoners dozens of times since 2022. In January 2024, a Russian "
        "Il-76 crashed near Yablonovo in Russia's Belgorod region; Moscow said it carried prisoners.\n\n"
        "FACTBOX - Recent exchanges\n\n"
        "- March 6, 2025: 175 Ukrainian servicemen for 175 Russian servicemen, mediated by the UAE. The "
        "handover took place on the border with Belarus.\n"
        "- Feb. 5, 2025: 150 for 150, mediated by the UAE. Neither side said where."
    )
    exchanges = by_type(run_with_gazetteer(text, "2025-03-14"), "prisoner_exchange")
    assert [(e.date, e.prisoners, e.place, e.country_code) for e in exchanges] == [
        ("2025-03-06", 175, "Ukraine–Belarus border area", "UA"),  # handed over on Ukraine's side
        ("2025-02-05", 150, "Ukraine", "UA"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a place's fiercest fighting is no rank of a strike: the war's toll stays the war's
        (
            "In Donetsk Oblast, which has seen the fiercest fighting since the start of the full-scale "
            "invasion, more than 3,000 civilians have been killed, the governor said.",
            "2025-05-13",
            set(),
        ),
        # after a sentence opened by a period, one strike's toll is still the strike's
        (
            "Since the start of the full-scale invasion, Russia has fired thousands of guided bombs at "
            "Kharkiv region. Two people have been killed and 15 injured in a guided bomb strike on Kharkiv, "
            "Governor Syniehubov said.",
            "2025-05-13",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 2, 15)},
        ),
        # one of the dead who died at the scene, and another's death a wounded man told of: no later deaths
        (
            "A Russian drone hit a car in Beryslav on Monday, killing two men and wounding a woman. One of "
            "them died at the scene and the other on the way to hospital, the governor said.",
            "2025-05-13",
            {("attack", "Beryslav", None, None), ("casualties", "Beryslav", 2, 1)},
        ),
        (
            "Two people were killed and six wounded in a Russian strike on Kharkiv on Monday. A man injured "
            "in the attack told reporters his neighbour had died instantly.",
            "2025-05-13",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 2, 6)},
        ),
        # a morgue's bodies are the strike's dead, not soldiers handed back
        (
            "A Russian missile hit an apartment block in Dnipro on Monday. The city morgue has received the "
            "bodies of 14 people killed in the strike, the mayor said.",
            "2025-05-13",
            {("attack", "Dnipro", None, None), ("casualties", "Dnipro", 14, None)},
        ),
        # talks held on a named day, whatever someone offered or intended there
        (
            "Monday's talks in Istanbul, where Moscow offered to return 6,000 bodies, lasted an hour.",
            "2025-05-13",
            {("talks", "Istanbul", None, None)},
        ),
        (
            "Zelensky said Ukraine intended to use Monday's talks in Istanbul to push for a ceasefire.",
            "2025-05-13",
            {("talks", "Istanbul", None, None)},
        ),
        # an envoy recalled for consultations holds no talks
        (
            "Delegations held talks in Istanbul on Monday. Separately, Moscow recalled its ambassador from "
            "Chisinau for consultations.",
            "2025-05-13",
            {("talks", "Istanbul", None, None)},
        ),
        # a headline's present tense beside a habit is the news
        (
            "Russian drones strike Kharkiv as near daily attacks intensify\n\n"
            "A woman was killed and 12 people were injured in Kharkiv overnight, the mayor said.",
            "2025-05-13",
            {("attack", "Kharkiv", None, None), ("casualties", "Kharkiv", 1, 12)},
        ),
        # the village Sad, said to be one
        (
            "Sad, a village on the outskirts of Sumy, came under Russian drone attack on Monday.",
            "2025-05-13",
            {("attack", "Sad", None, None)},
        ),
    ],
)
def test_a_reviewers_counter_examples_to_the_twenty_fourth_sessions_rules(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("A drone hit a house in Sumy from 20:00 on 13 April until midnight.", "2025-04-15", "2025-04-13"),
        ("Russian drones attacked Kharkiv from 19:30 on 13 April.", "2025-04-15", "2025-04-13"),
        (
            "Under the deal agreed on in Istanbul, 390 prisoners each were exchanged on 24 May.",
            "2025-05-25",
            "2025-05-24",
        ),
    ],
)
def test_an_evening_hour_and_a_deal_agreed_on_leave_the_day_as_it_is(text, published, date):
    events = run_with_gazetteer(text, published)
    assert [e.date for e in events] == [date]


def test_a_district_named_as_another_citys_section_is_the_reported_citys():
    text = (
        "Odesa. Overnight the enemy launched a massive drone attack on our city.\n\n"
        "Khadzhybeiskyi district: a Shahed struck a five-storey residential building.\n\n"
        "Kyivskyi district: as a result of a hit, an energy facility was damaged and caught fire."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-07-03"), "attack")
    # Odesa's Kyivskyi district, not the section of Donetsk the gazetteer knows by that name
    assert [(e.place_name, e.place) for e in attacks] == [
        ("Khadzhybeiskyi district", "Odesa"),
        ("Kyivskyi district", "Odesa"),
    ]
    assert "knows no 'Kyivskyi district' in Odesa" in attacks[1].location_reason


def test_consultations_between_delegations_are_talks():
    text = (
        "Peskov said Moscow had not been told the results of the consultations between the American and "
        "Ukrainian delegations held in Geneva on Sunday."
    )
    events = run_with_gazetteer(text, "2025-11-24")
    assert [(e.event_type, e.place, e.date) for e in events] == [("talks", "Geneva", "2025-11-23")]


def test_a_pair_named_with_their_ages_in_an_aside_is_two():
    text = (
        "An FPV drone attacked a civilian car near Basivka on Monday. The driver and his passenger, two men "
        "aged 41 and 45, received shrapnel wounds and were taken to hospital."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(text, "2025-05-20"), "casualties")] == [2]


def test_strikes_in_two_city_districts_the_gazetteer_lacks_stay_two():
    text = (
        "Russian missiles hit Kryvyi Rih on Saturday, the city's military administration head Oleksandr "
        "Vilkul said.\n\n"
        "In the Ternivskyi district, a missile hit a school; two people were injured.\n\n"
        "In the Saksahanskyi district, a second missile hit a five-storey building, killing three people."
    )
    events = run_with_gazetteer(text, "2025-05-17")
    assert sorted((e.event_type, e.place_name, e.killed, e.injured) for e in events) == [
        ("attack", "Saksahanskyi district", None, None),
        ("attack", "Ternivskyi district", None, None),
        ("casualties", "Saksahanskyi district", 3, None),
        ("casualties", "Ternivskyi district", None, 2),
    ]
    assert {e.place for e in events} == {"Kryvyy Rih"}


def test_a_city_written_before_its_district_holds_it():
    text = (
        "07:35 - Kherson, Korabelnyi district. A drone dropped explosives on a man. He was injured."
        "\n\n11:10 - Kherson, Dniprovskyi district. The occupiers shelled the district. A woman was killed."
        "\n\n16:20 - Kherson, Suvorovskyi district. A drone attacked a utility van. Two workers were hurt."
        "\n\n18:00 - Kamianske, Vasylivka district. A drone hit a house."
    )
    events = run_with_gazetteer(text, "2025-08-14")
    assert sorted((e.place_name, e.place, e.precision) for e in by_type(events, "attack")) == [
        ("Kamianske", "Kamyanske", "city"),
        ("Korabelnyi district", "Kherson", "city"),
        ("Suvorovskyi district", "Kherson", "city"),
        ("the district", "Kherson", "city"),
    ]
    assert [(e.killed, e.injured) for e in by_type(events, "casualties")] == [(None, 1), (1, None), (None, 2)]
    kamianske = next(e for e in events if e.place_name == "Kamianske")
    assert kamianske.admin1 == "Zaporizhzhia Oblast"


def test_at_least_one_is_a_floor_that_a_later_toll_of_the_city_fills():
    text = (
        "At least one person was killed in Kherson, where Russian drones hit an apartment building in the "
        "Korabelnyi district overnight.\n\n"
        "By Thursday afternoon the death toll in Kherson had risen to three, with nine people injured."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-01-15"), "casualties")
    assert [(c.killed, c.injured) for c in casualties] == [(3, 9)]
    one = run_with_gazetteer("At least one person was killed in Kherson.", "2026-01-15")
    lone = by_type(one, "casualties")
    assert [(c.killed, c.count_qualifier) for c in lone] == [(1, "at_least")]


def test_towns_that_passed_the_day_without_attacks_have_no_attack():
    text = "Vilniansk and Kushuhum passed the day without attacks. Orikhiv was shelled with artillery."
    assert [e.place_name for e in run_with_gazetteer(text, "2024-11-21")] == ["Orikhiv"]


def test_a_district_of_a_named_city_is_that_citys():
    text = (
        "On Tuesday a drone hit a house in the Dniprovskyi district of Kherson. "
        "On Tuesday shelling hit a village in the Synelnykove district of Dnipropetrovsk."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-08-14"), "attack")
    assert [(e.place_name, e.place, e.admin1) for e in attacks] == [
        ("Dniprovskyi district", "Kherson", "Kherson Oblast"),
        ("Synelnykove district", "Synelnykove Raion", "Dnipropetrovsk Oblast"),
    ]


def test_an_update_on_wednesdays_strike_is_not_thursdays_regional_toll():
    text = (
        "Zaporizhzhia. On Thursday evening a drone hit the Komunarskyi district of Zaporizhzhia. "
        "A 34-year-old man was wounded.\n\n"
        "Huliaipole. Around noon four guided bombs hit the town. A woman was killed and two residents were "
        "wounded.\n\n"
        "In total, one person was killed and three were injured in the region today.\n\n"
        "The number of people injured in Wednesday's strike on the Oleksandrivskyi district of Zaporizhzhia "
        "has risen to nine: two more residents sought medical help this morning.\n\n"
        "Update, 21:15. Sad news from Huliaipole. The 66-year-old man who was wounded in this afternoon's "
        "bombing has died in hospital."
    )
    casualties = by_type(run_with_gazetteer(text, "2024-11-21"), "casualties")
    assert [(e.place_name, e.date, e.killed, e.injured) for e in casualties] == [
        ("Komunarskyi district", "2024-11-21", None, 1),
        ("the town", "2024-11-21", 2, 1),
        ("Oleksandrivskyi district", "2024-11-20", None, 9),
    ]


def test_each_item_of_a_list_of_downings_is_its_regions_share():
    text = (
        '"During the past night, on-duty air defence systems intercepted and destroyed 49 Ukrainian '
        "unmanned aerial vehicles:\n\n"
        "- 31 UAVs over the territory of the Bryansk region;\n"
        "- 18 UAVs over the territory of the Oryol region.\"\n\n"
        "The ministry also said Russian forces had struck a drone launch site near Shostka.\n\n"
        "Over the past day, air defence means shot down four HIMARS rockets and 241 unmanned aerial vehicles."
    )
    downed = by_type(run_with_gazetteer(text, "2025-11-09"), "interception")
    assert [(e.place_name, e.drones) for e in downed if e.precision == "region"] == [
        ("Bryansk region", 31),
        ("Oryol region", 18),
    ]


def test_a_plant_named_after_its_town_is_in_that_town():
    text = (
        "KYIV, 11 April 2026 (Ukrinform) - Drones hit the Saratov Oil Refinery overnight, the General Staff "
        "said. The strike on the Smolensk Aviation Plant on 9 April destroyed the roof of its assembly shop."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-04-11"), "attack")
    assert [(e.place, e.country_code, e.date) for e in attacks] == [
        ("Saratov", "RU", "2026-04-11"),
        ("Smolensk", "RU", "2026-04-09"),
    ]


def test_places_of_another_region_than_the_city_reported_before():
    text = (
        "OREL REGION - Governor Andrei Klychkov\n\n"
        'Monday, 21:47: "This evening the enemy attacked a fuel depot in Oryol with UAVs. A fire broke out."'
        "\n\nVORONEZH REGION - Governor Alexander Gusev\n\n"
        'Tuesday, 01:12: "Air defence is repelling a drone attack on Liski and the Liskinsky district."'
        '\n\n04:05: "In Ostrogozhsk, debris from a downed drone damaged the roofs of two houses. A man '
        'suffered a shrapnel wound to the leg and was taken to the central district hospital."'
    )
    events = run_with_gazetteer(text, "2026-02-03")
    # (the Liskinsky district is Liski's rural one, and "the central district hospital" is a kind of hospital)
    assert {(e.place, e.date) for e in events if e.place == "Orël"} == {("Orël", "2026-02-02")}
    assert [(e.place, e.injured) for e in by_type(events, "casualties")] == [("Ostrogozhsk", 1)]


def test_a_headlines_toll_after_a_colon_is_the_sum_of_the_places_before_it():
    text = (
        "Occupiers shelled Kramatorsk with cluster munitions and dropped a guided bomb on Druzhkivka: three "
        "killed, 12 injured\n\n"
        "On 18 February, the Russian army attacked Kramatorsk with a Smerch system. A woman was killed. Nine "
        "more civilians were injured. On the morning of 19 February one of the injured died. Thus, "
        "as a result of the shelling of Kramatorsk, two people were killed and eight were injured.\n\n"
        "On the same day, a guided bomb hit Druzhkivka. A man was killed; four residents were injured."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-02-19"), "casualties")
    assert sorted((e.place, e.killed, e.injured) for e in casualties) == [
        ("Druzhkivka", 1, 4),
        ("Kramatorsk", 2, 8),
    ]


def test_the_dnipro_before_a_verb_is_the_river():
    text = (
        "Prokudin said Russian artillery firing from across the Dnipro had hit Kherson's Dniprovskyi "
        "district on Tuesday morning, wounding three residents."
    )
    events = run_with_gazetteer(text, "2024-11-26")
    assert {(e.place, e.admin1) for e in events} == {("Kherson", "Kherson Oblast")}


def test_captives_freed_since_a_year_are_a_running_total():
    text = (
        "Ukraine brought 84 of its people home on Friday in a prisoner exchange mediated by the United Arab "
        "Emirates. The UAE has been involved in most exchanges since January 2024 and says more than 4,600 "
        "captives have been freed with its help."
    )
    exchanges = by_type(run_with_gazetteer(text, "2026-01-18"), "prisoner_exchange")
    assert [e.prisoners for e in exchanges] == [84]


def test_a_drone_that_came_down_the_road_and_exploded_attacked_on_the_day_said_before():
    text = (
        "Last Thursday it did not. As he turned onto the main street on the edge of Beryslav, a first-person-"
        "view drone came down the road behind him and exploded a few metres from the rear doors."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-02-18"), "attack")
    assert [(e.place, e.date) for e in attacks] == [("Beryslav", "2026-02-12")]


def test_a_bomb_wrecking_a_floor_damaged_it():
    text = "On Monday a guided bomb struck the city council building in Beryslav, wrecking its upper floor."
    assert {e.event_type for e in run_with_gazetteer(text, "2026-02-18")} == {"attack", "damage"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the day's figure stays the country's, not the last listed region's
            "Over the past night, on-duty air defence systems intercepted and destroyed 31 UAVs:\n\n"
            "- 18 UAVs over the territory of the Bryansk region.\n\n"
            "- 13 UAVs over the territory of the Kursk region.\n\n"
            "In total, over the past day, air defence means shot down 241 UAVs, the Defence Ministry said.",
            {
                ("interception", "Russia", None, None, 241, None),
                ("interception", "Bryansk Oblast", None, None, 18, None),
                ("interception", "Kursk Oblast", None, None, 13, None),
            },
        ),
        (  # a list of where damage was recorded is no list of downings
            "Overnight air defence forces shot down 12 drones over the region; as a result of the attack, "
            "damage was recorded in:\n\n- Belgorod district (Dubovoye, Razumnoye);\n"
            "- Shebekino urban district.\n\n"
            "There were no casualties, Governor Vyacheslav Gladkov said.",
            {("interception", "Russia", None, None, 12, None)},
        ),
        (
            "Air defences destroyed 112 Ukrainian drones over the 12 Russian regions overnight.",
            {("interception", "Russia", None, None, 112, None)},
        ),
        (  # a place named only as where someone was is not struck
            "Zelensky in Berlin, Russian bombs on Zaporizhzhia: one killed, 20 injured\n\n"
            "A Russian guided bomb hit Zaporizhzhia on Thursday, killing one person and injuring 20.",
            {
                ("attack", "Zaporizhzhya", None, None, None, None),
                ("casualties", "Zaporizhzhya", 1, 20, None, None),
            },
        ),
        (
            "Held in Russian captivity since 2022, 84 Ukrainians returned home on Thursday as part of a "
            "prisoner swap mediated by the UAE.",
            {("prisoner_exchange", "Ukraine", None, None, None, 84)},
        ),
        (
            "For the first time since June 2025, Ukraine and Russia exchanged prisoners on Thursday, with 84 "
            "Ukrainian servicemen returning home.",
            {("prisoner_exchange", "Ukraine", None, None, None, 84)},
        ),
    ],
)
def test_reviewed_counter_examples_of_the_nineteenth_session(text, expected):
    events = run_with_gazetteer(text, "2025-08-14")
    assert {(e.event_type, e.place, e.killed, e.injured, e.drones, e.prisoners) for e in events} == expected


def test_an_unknown_district_in_an_article_about_a_small_regional_centre_is_not_the_citys():
    text = (
        "Russian troops shelled Kherson on Thursday morning, injuring three people. In the "
        "Velykooleksandrivskyi district, a drone dropped explosives on a tractor, wounding a farmer."
    )
    events = run_with_gazetteer(text, "2025-08-14")
    assert [(e.place_name, e.injured) for e in by_type(events, "casualties")] == [("Kherson", 3)]


def test_the_air_force_without_its_country_is_that_of_the_article():
    text = (
        "07:10\nKlitschko: drone hits high-rise in Sviatoshynskyi district\n"
        "A drone struck a residential building in Kyiv's Sviatoshynskyi district overnight.\n\n"
        "07:35\nAir Force: 470 drones, 32 missiles\n"
        "Russia launched 470 drones and 32 missiles overnight, the Air Force said. Air defense shot down or "
        "suppressed 438 drones and 25 missiles."
    )
    events = run_with_gazetteer(text, "2025-10-22")
    counted = [(e.event_type, e.country_code, e.precision, e.drones) for e in events if e.drones]
    assert counted == [("attack", "UA", "country", 470), ("interception", "UA", "country", 438)]


def test_outages_following_the_overnight_attack_report_no_other_attack():
    text = (
        "Drones hit an energy facility in Lviv overnight. Emergency power outages have been applied in the "
        "Lviv, Ivano-Frankivsk and Ternopil regions following the overnight attack, Ukrenergo said."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-10-22"), "attack")
    assert [e.place for e in attacks] == ["Lviv"]


@pytest.mark.parametrize(
    "habit",
    [
        "Glide bombs launched from airfields in western Russia have hit Sumy, Kharkiv and towns along the "
        "border for more than two years, Ukraine's Air Force says.",
        "The Khalino airfield is used by the occupiers' aviation to launch strikes with guided bombs on the "
        "Sumy and Kharkiv regions.",
    ],
)
def test_what_strikes_have_done_for_years_or_an_airfield_is_used_for_is_no_happening(habit):
    text = f"Drones struck the Khalino airfield near Kursk overnight, the General Staff said. {habit}"
    assert [e.place for e in run_with_gazetteer(text, "2026-01-15")] == ["Kursk"]


def test_a_city_carried_to_a_report_is_the_city_its_districts_belong_to():
    text = (
        "Odesa. Overnight the enemy once again massively attacked our city with strike drones.\n\n"
        "Khadzhybeiskyi district: a drone hit the warehouse of a logistics company.\n\n"
        "Peresypskyi district: an energy infrastructure facility was damaged. An employee was injured."
    )
    events = run_with_gazetteer(text, "2025-11-14")
    assert {(e.place_name, e.place) for e in events if "district" in e.place_name} == {
        ("Khadzhybeiskyi district", "Odesa"),
        ("Peresypskyi district", "Odesa"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An aerial bomb was found at a building site in Kyiv on Wednesday. Sappers took the bomb to a "
            "range and detonated it.",
            set(),
        ),
        (
            "Farmers in the Odesa region say the collapse of grain prices has wrecked their plans.",
            set(),
        ),
        (
            "Following the shelling of Nikopol on Tuesday morning, two people were hospitalised.",
            {("attack", "Nikopol", None), ("casualties", "Nikopol", 2)},
        ),
        (
            "Russian missiles have destroyed the school in Kharkiv where she had taught for 20 years.",
            {("attack", "Kharkiv", None), ("damage", "Kharkiv", None)},
        ),
        (
            "Ukrainian drones have hit the Novoshakhtinsk refinery, which has been idle for months.",
            {("attack", "Novoshakhtinsk", None)},
        ),
        (
            "Russian drones have struck Odesa several times since midnight, damaging a high-rise.",
            {("attack", "Odesa", None), ("damage", "Odesa", None)},
        ),
        (
            "The Defence Ministry said air defences destroyed 17 UAVs overnight:\n\n"
            "- five UAVs over the territory of the Belgorod region;\n"
            "- twelve UAVs over the territory of the Voronezh region.",
            {
                ("interception", "Russia", None),
                ("interception", "Belgorod Oblast", None),
                ("interception", "Voronezh Oblast", None),
            },
        ),
    ],
)
def test_second_review_counter_examples_of_the_nineteenth_session(text, expected):
    events = run_with_gazetteer(text, "2025-08-14")
    assert {(e.event_type, e.place, e.injured) for e in events} == expected


def test_last_thursday_in_a_thursday_paper_is_a_week_before():
    text = "Last Thursday a drone hit a van on the main street of Beryslav."
    assert {e.date for e in run_with_gazetteer(text, "2025-08-14")} == {"2025-08-07"}


def test_a_district_named_in_two_spellings_is_one_place_of_its_city():
    text = "Donetsk, Kyivskyi (Kievsky) district: at about 13:20, a drone dropped explosives on a bus stop."
    events = run_with_gazetteer(text, "2025-03-15")
    assert {(e.place_name, e.admin1, e.country_code) for e in events} == {
        ("Kyivskyi district", "Donetsk Oblast", "UA")
    }


@pytest.mark.parametrize(
    ("aside", "also"),
    [
        ("Moscow almost never confirms hits on its air defences.", set()),
        (
            "Terekhov, speaking at a conference of European mayors in Vilnius last week, asked for more air "
            "defence.",
            set(),
        ),
        # a strike the text compares with others still is one
        ("The city had never been hit so hard, the mayor said after missiles struck Kharkiv.", {"Kharkiv"}),
    ],
)
def test_what_a_capital_never_confirms_and_where_a_mayor_spoke_are_no_strikes(aside, also):
    text = "Drones hit a radar near Yevpatoria on Friday. " + aside
    events = {(e.event_type, e.place) for e in run_with_gazetteer(text, "2025-03-29")}
    assert events == {("attack", "Yevpatoriya")} | {("attack", place) for place in also}


def test_a_happening_only_asked_about_is_not_reported():
    text = (
        "Glide bombs hit Chuhuiv on Monday, killing two.\n\n"
        "Can they be shot down over Balakliia?\n\n"
        "Has anything like Monday's attack happened in Pavlohrad before?"
    )
    events = run_with_gazetteer(text, "2025-09-16")
    assert {(e.event_type, e.place) for e in events} == {("attack", "Chuhuyiv"), ("casualties", "Chuhuyiv")}


def test_a_districts_former_name_in_brackets_is_no_town_of_that_name():
    text = (
        "Odesa. Overnight the enemy attacked the city with drones.\n\n"
        "Khadzhybeiskyi (formerly Malynovskyi) district: a drone hit a car repair shop."
    )
    events = run_with_gazetteer(text, "2025-06-11")
    assert {(e.place_name, e.place, e.country_code) for e in events} == {
        ("Khadzhybeiskyi district", "Odesa", "UA")
    }


def test_contacts_in_a_mediators_city_are_not_where_the_swap_took_place():
    text = (
        "Ukraine and Russia exchanged 150 prisoners each on Wednesday in a swap mediated by Switzerland. The "
        "Swiss foreign ministry said the exchange followed several months of discreet contacts with both "
        "parties in Geneva."
    )
    exchanges = by_type(run_with_gazetteer(text, "2026-01-22"), "prisoner_exchange")
    assert [(e.country_code, e.prisoners) for e in exchanges] == [("UA", 150)]


def test_a_capital_that_is_not_preparing_for_peace_and_stalled_talks_are_no_happenings():
    text = (
        "A glide bomb hit Kharkiv on Monday. Zelenskyy, speaking in Kyiv, said the strike showed that Moscow "
        '"is not preparing for peace" as talks on a ceasefire stalled.'
    )
    events = run_with_gazetteer(text, "2025-04-15")
    assert [(e.event_type, e.place) for e in events] == [("attack", "Kharkiv")]


def test_what_a_side_has_cast_its_attacks_as_is_no_attack():
    text = "Drones hit Kremenchuk's refinery. Moscow has cast its attacks on power plants as a reply."
    assert [e.place for e in run_with_gazetteer(text, "2025-08-07")] == ["Kremenchuk"]


def test_the_capital_of_a_text_that_names_only_its_country_is_that_countrys_capital():
    text = (
        "Russia launched 120 drones at Ukraine overnight. In the capital, two people were injured when "
        "debris fell on a residential building."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-03-15"), "casualties")
    assert [(e.place, e.injured, e.precision) for e in casualties] == [("Kyiv", 2, "city")]
    assert "the capital of" in casualties[0].location_reason


def test_the_capital_is_the_country_of_the_place_named_last_and_a_demonym_says_which():
    after_odesa = "Drones struck Odesa overnight. In the capital, two people were injured by debris."
    moscow = "Ukraine attacked the Belgorod region overnight. In the Russian capital, debris fell on a road."
    assert [e.place for e in by_type(run_with_gazetteer(after_odesa, "2025-03-15"), "casualties")] == ["Kyiv"]
    assert [e.place for e in by_type(run_with_gazetteer(moscow, "2025-03-15"), "damage")] == ["Moscow"]


def test_a_briefing_in_the_capital_is_where_the_speaker_sits():
    text = (
        "Russian missiles hit a power plant in the Khmelnytskyi region on Thursday. "
        '"The equipment that was hit today cannot simply be switched back on," the grid operator\'s chief '
        "told a briefing in the capital."
    )
    events = run_with_gazetteer(text, "2024-12-05")
    assert "Kyiv" not in {e.place for e in events}


def test_a_numbered_items_day_and_places_date_its_overnight_and_its_afternoon():
    text = (
        "Weekly incident digest, 31 August - 6 September 2026\n\n"
        "2. 1 September, Sloviansk (Donetsk region). Overnight, the city was attacked by drones. A guard was "
        "wounded.\n\n"
        "5. 4 September, Dobropillia and Bilozerske (Donetsk region). Shortly after midnight, three guided "
        "bombs hit Dobropillia. Later the same night, Bilozerske was shelled."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-09-08"), "attack")
    assert [(e.place, e.date) for e in attacks] == [
        ("Slovyansk", "2026-09-01"),
        ("Dobropillia", "2026-09-04"),
        ("Bilozerske", "2026-09-04"),
    ]


def test_the_day_a_morning_summary_covers_dates_its_items_below():
    text = (
        "Posted on Wednesday, 19 August 2026, at 08:35.\n\n"
        "Over the past day, 18 August, the Russian army fired 87 times at 23 settlements of the Sumy "
        "region.\n\n"
        "Krasnopillia community: in the afternoon, an FPV drone struck a civilian car. The driver died.\n\n"
        "Overnight on 19 August, the enemy attacked Shostka with drones."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-08-19"), "attack")
    assert [(e.place, e.date) for e in attacks] == [("Krasnopillya", "2026-08-18"), ("Shostka", "2026-08-19")]


def test_an_age_range_is_no_toll_and_the_people_it_describes_still_count():
    text = (
        "Rockets hit the market in Druzhkivka on Saturday. The prosecutor's office says nine people aged "
        "from 15 to 81 were killed and 26 were wounded. Four people aged 30-45 were hurt in a nearby village."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-08-22"), "casualties")
    assert (casualties[0].killed, casualties[0].injured) == (9, 26)


def test_a_share_that_names_its_own_weapon_counts_that_weapon():
    text = (
        "Russia's Defence Ministry says air defences destroyed six Neptune long-range missiles and 27 drones "
        "over Crimea overnight, and another 19 drones over the Sea of Azov."
    )
    (crimea,) = by_type(run_with_gazetteer(text, "2026-10-21"), "interception")
    assert crimea.drones == 27


def test_what_a_captive_went_through_neither_dates_nor_places_the_swap():
    dated = (
        "Ukraine and Russia exchanged prisoners on Tuesday. 157 Ukrainians came home: 150 servicemen and "
        "seven civilians, among them a journalist detained in occupied Berdiansk in 2023."
    )
    placed = (
        "Ukraine and Russia swapped 95 prisoners each on Saturday. Among those freed were marines captured "
        "in 2024 during the fighting for the Krynky bridgehead."
    )
    (swap,) = run_with_gazetteer(dated, "2026-11-07")
    assert (swap.prisoners, swap.date) == (157, "2026-11-03")
    assert "Krynky" not in {e.place for e in run_with_gazetteer(placed, "2026-04-26")}


def test_the_country_a_national_body_speaks_of_is_its_own():
    text = (
        "Ukraine and Russia swapped 175 prisoners each on Thursday. The freed Russians were receiving "
        "medical help in Belarus before being flown to Moscow, the Russian ministry said. Ukraine's air "
        "force said Russia had launched 96 drones at the country overnight."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-04-23"), "attack")
    assert [(e.country_code, e.drones) for e in attacks] == [("UA", 96)]


def test_a_few_among_the_freed_are_not_the_swaps_count():
    text = (
        "Four servicemen from the Mykolaiv region were among the 150 Ukrainians freed in an exchange of "
        "prisoners mediated by the United Arab Emirates on Thursday."
    )
    (swap,) = run_with_gazetteer(text, "2026-11-22")
    assert swap.prisoners == 150


def test_what_a_side_hopes_to_agree_is_no_happening():
    text = (
        "Ukraine and Russia swapped 146 prisoners each on Friday. Zelenskiy said Kyiv hoped to agree a "
        "larger exchange at a new round of talks."
    )
    assert [(e.event_type, e.prisoners, e.precision) for e in run_with_gazetteer(text, "2026-06-20")] == [
        ("prisoner_exchange", 146, "country")
    ]


def test_the_town_a_road_leads_to_is_not_where_the_drone_hit():
    text = (
        "On Tuesday morning, the bakery's delivery van was attacked by an FPV drone on the road to "
        "Semenivka, about three kilometres outside Novhorod-Siverskyi. Two days later, on Thursday night, a "
        "Russian guided aerial bomb fell on a street two blocks from the bakery."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-10-24"), "attack")
    assert [(e.place, e.date) for e in attacks] == [
        ("Novhorod-Siverskyi", "2026-10-20"),
        ("Novhorod-Siverskyi", "2026-10-22"),
    ]


def test_a_burns_centre_the_hurt_were_taken_to_is_not_where_they_were_hurt():
    text = (
        'Khabirov said drones had attacked "one of the enterprises of Salavat". By midday he said three '
        "workers had been hurt and had been taken to the republican burns centre in Ufa."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-11-17"), "casualties")
    assert [(e.place, e.injured) for e in casualties] == [("Salavat", 3)]
    transferred = (
        "A drone hit the port of Ust-Luga overnight and two workers were burned. One of them has been "
        "transferred to the burns centre of the Dzhanelidze Research Institute in St Petersburg. Loading "
        "operations at the terminal have been suspended until the damage has been assessed."
    )
    assert {e.place_name for e in run_with_gazetteer(transferred, "2026-10-10")} == {"Ust-Luga"}


def test_the_day_a_toll_was_counted_as_of_does_not_date_the_strike():
    text = (
        "On 20 July, at about 19:45, two Iskander-M missiles struck the centre of Balakliia. Two men were "
        "killed and 19 people were injured. As of 09:00 on 21 July, the strike has killed four people and "
        "injured 23."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-07-21"), "casualties")
    assert [(e.date, e.killed, e.injured) for e in casualties] == [("2026-07-20", 4, 23)]


def test_injuries_suffered_among_others_and_victims_described_by_their_past_count():
    text = (
        "Drones attacked Chuhuiv overnight. A 35-year-old woman sustained an acute stress reaction and cuts "
        "from broken glass. A guided bomb hit Kupiansk on Monday. A 67-year-old man who had refused to "
        "evacuate was injured in the yard of his house."
    )
    casualties = by_type(run_with_gazetteer(text, "2026-07-21"), "casualties")
    assert [(e.place_name, e.injured) for e in casualties] == [("Chuhuiv", 1), ("Kupiansk", 1)]


def test_a_day_in_a_victims_past_does_not_date_the_strike():
    text = (
        "A Russian drone struck the central city hospital in Samar early on Thursday. A 71-year-old patient "
        "who had undergone surgery the day before was killed."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-11-20"), "casualties")
    assert [(e.date, e.killed) for e in casualties] == [("2025-11-20", 1)]


def test_the_city_is_the_one_the_sentence_names_before_a_town_called_so_earlier():
    text = (
        "Debris damaged the roofs of two private houses in the town of Saky. Separately, Sevastopol's "
        "Russian-installed governor said four drones had been shot down over the city that night."
    )
    interceptions = by_type(run_with_gazetteer(text, "2026-11-07"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Sevastopol", 4)]


def test_the_capital_of_a_region_describes_the_city_before_it():
    text = (
        "In Lutsk, the capital of the Volyn region, two missiles struck an energy facility overnight, "
        "killing one person."
    )
    assert {e.place for e in run_with_gazetteer(text, "2026-11-04")} == {"Lutsk"}


def test_a_title_case_headline_keeps_a_two_word_town_whole():
    text = (
        "Explosions in Bila Tserkva and Obukhiv as missiles cross Kyiv Oblast\n\n"
        "Missiles hit an energy facility in Bila Tserkva overnight, the regional governor said."
    )
    assert {e.place for e in run_with_gazetteer(text, "2026-10-31")} <= {"Bila Tserkva", "Obukhiv"}


def test_a_bulleted_downing_list_by_weapon_type_adds_up_its_items():
    text = (
        "Air Force: 413 of 497 Russian missiles and drones downed\n\n"
        "Russia attacked Ukraine overnight with 64 missiles and 433 drones, the Air Force said. According to "
        "preliminary data, air defence shot down or suppressed 413 air targets:\n"
        "- 2 Kh-47M2 Kinzhal missiles;\n- 33 Kh-101 cruise missiles;\n- 1 Kh-59/69 guided missile;\n"
        "- 361 enemy UAVs of the Shahed and Gerbera types and decoys."
    )
    (downed,) = by_type(run_with_gazetteer(text, "2026-10-16"), "interception")
    assert (downed.missiles, downed.drones) == (36, 361)


@pytest.mark.parametrize(
    ("sentence", "drones"),
    [
        ("Air defences shot down 93 drones and another 32 were locationally lost, the air force said.", 93),
        ("Air defences downed four missiles and 47 drones, while 23 more drones were lost from radar.", 47),
    ],
)
def test_drones_lost_from_radar_are_not_downed(sentence, drones):
    text = "Russia launched 159 drones and four missiles at Ukraine overnight. " + sentence
    (downed,) = by_type(run_with_gazetteer(text, "2025-06-22"), "interception")
    assert downed.drones == drones


def test_a_count_before_something_else_lost_is_still_counted():
    text = "Overnight, 40 drones attacked the Belgorod region and power was lost in several villages."
    assert [e.drones for e in run_with_gazetteer(text, "2025-06-22")] == [40]


def test_a_bulleted_list_adds_up_past_launch_sites_and_leaves_out_drones_lost_from_radar():
    text = (
        "Ukraine's Air Force said that overnight the enemy attacked Ukraine with 167 means of air attack:\n"
        "- 4 Iskander-M ballistic missiles from the Kursk region;\n"
        "- 4 Kh-101 cruise missiles from the area of the Saratov region;\n"
        "- 159 attack UAVs from the directions of Kursk, Millerovo and Chauda (Crimea).\n\n"
        "As of 09:00, the downing of 131 enemy air targets has been confirmed:\n"
        "- 6 missiles;\n- 93 UAVs were shot down;\n- 32 imitator drones were locationally lost."
    )
    events = run_with_gazetteer(text, "2025-06-22")
    assert {(e.event_type, e.missiles, e.drones) for e in events} == {
        ("attack", 8, 159),
        ("interception", 6, 93),
    }


def test_what_attacks_show_and_a_staging_ground_for_attacks_are_no_happenings():
    text = (
        "A drone hit a bus near Pogar on Thursday. Kremlin spokesman Dmitry Peskov, speaking to reporters "
        'in Moscow on Friday, said attacks on civilians showed that Kyiv was "not interested in peace". Kyiv '
        "has accused Russia of using the Belgorod region as a staging ground for attacks on Kharkiv."
    )
    events = run_with_gazetteer(text, "2026-11-13")
    assert [(e.event_type, e.place_name, e.date) for e in events] == [("attack", "Pogar", "2026-11-12")]


def test_the_region_of_a_digest_section_is_the_one_its_heading_names():
    text = (
        "Morning digest\n\n"
        "DNIPROPETROVSK REGION\n\n"
        "Debris of a downed drone fell on the outskirts of Pavlohrad and damaged a warehouse.\n\n"
        "ZAPORIZHZHIA REGION\n\n"
        "Air defence shot down 21 drones over the region overnight, Governor Ivan Fedorov said."
    )
    (downed,) = by_type(run_with_gazetteer(text, "2026-09-16"), "interception")
    assert (downed.place, downed.drones) == ("Zaporizhzhia Oblast", 21)


@pytest.mark.parametrize(
    "heading",
    [
        "CHERKASY REGIONAL MILITARY ADMINISTRATION - Ihor Taburets (07:05)",
        "Cherkasy Regional Military Administration - Ihor Taburets (07:05)",
    ],
)
def test_the_region_of_a_section_is_the_one_whose_administration_its_heading_names(heading):
    text = (
        "Night of 22 June: drones attack central Ukraine\n\n"
        "VINNYTSIA REGIONAL MILITARY ADMINISTRATION - Serhii Borzov (06:15)\n\n"
        "During the night, the enemy attacked the Vinnytsia region with 16 drones. Air defence shot down 14 "
        "of them.\n\n"
        f"{heading}\n\n"
        "Air defence was working in the region at night: 9 drones were shot down."
    )
    downed = by_type(run_with_gazetteer(text, "2025-06-22"), "interception")
    assert [(e.place, e.drones) for e in downed] == [("Vinnytsia Oblast", 14), ("Cherkasy Oblast", 9)]


def test_a_regional_administration_named_in_a_sentence_does_not_outweigh_the_region_named_after_it():
    text = (
        "The Kharkiv Regional Military Administration said on Tuesday that Russian drones had struck a farm "
        "in the Sumy region, near the border. In the region, two men were injured by shelling in Bilopillia."
    )
    (toll,) = by_type(run_with_gazetteer(text, "2025-06-03"), "casualties")
    assert (toll.place, toll.injured) == ("Bilopillia", 2)


def test_a_digest_row_opening_with_a_weekday_written_short_dates_its_overnight():
    text = (
        "Black Sea maritime security weekly: 25-31 May\n\n"
        "INCIDENTS\n\n"
        "Mon 25 May - Kerch Strait / Taman. Ukraine's Navy said its USVs struck a Russian Navy tug at the "
        "port of Taman overnight.\n\n"
        "Wed 27 May - Tuapse. Ukrainian long-range drones struck the Tuapse sea terminal overnight."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-06-01"), "attack")
    assert {(e.place, e.date) for e in attacks} == {("Taman", "2026-05-25"), ("Tuapse", "2026-05-27")}


def test_a_governors_day_of_posts_gives_each_towns_toll_and_no_sum_of_them():
    text = (
        "Gladkov: drone hits bus taking farm workers at Novaya Tavolzhanka, one woman killed\n\n"
        "07:40\nIn the town of Shebekino, an FPV drone attacked a passenger car. The driver was wounded.\n\n"
        "09:05\nNovaya Tavolzhanka. On the outskirts of the village, an enemy drone struck a bus that was "
        "taking workers to the fields. Four people were wounded.\n\n"
        "10:50\nUnfortunately, one of the women wounded in the bus in Novaya Tavolzhanka has died. Two more "
        "workers who were on the bus came to the hospital on their own, so the number of wounded is now five."
        "\n\n16:35\nIn the town of Valuyki, a drone attacked a gas service vehicle. A worker was lightly "
        "wounded.\n\n"
        "21:30\nTo sum up the day. One civilian was killed and seven were wounded."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-07-08"), "casualties")
    # the headline's toll already counts the woman who died; the day's sum is what the towns' tolls add up to
    assert sorted((e.place, e.killed, e.injured) for e in casualties) == [
        ("Novaya Tavolzhanka", 1, 5),
        ("Shebekino", None, 1),
        ("Valuyki", None, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the town of Boryspil, home to the capital's main airport, a drone struck a warehouse.",
        "In the town of Boryspil, home to Kyiv's main international airport, a drone struck a warehouse.",
        "In Boryspil, the site of the capital's main airport, a drone struck a warehouse.",
    ],
)
def test_what_a_town_is_home_to_says_nothing_of_where_it_was_struck(text):
    attacks = by_type(run_with_gazetteer(text, "2026-03-19"), "attack")
    assert [e.place for e in attacks] == ["Boryspil"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a regional administration's building is in its city, and "the city" after one is that city
        (
            "Russian missile hits Kharkiv regional administration building, killing 10\n\nA Russian missile "
            "struck the Kharkiv Regional State Administration building on Freedom Square on Tuesday morning, "
            "killing 10 people and wounding 35, emergency services said.",
            "2022-03-01",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        (
            "The Kharkiv Regional Military Administration said on Sunday that Russian drones struck the city "
            "overnight, injuring four people and damaging a high-rise building.",
            "2025-06-22",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv"), ("damage", "Kharkiv")},
        ),
        # an old name of a town (Artemovsk, Bakhmut's) outweighs a village called so
        (
            "Russian artillery pounded Artemovsk overnight, a Wagner commander said. Three civilians were "
            "killed in the shelling.",
            "2023-03-10",
            {("attack", "Bakhmut"), ("casualties", "Bakhmut")},
        ),
        # of the namesakes about as far as written, the one the gazetteer ranks first (not Pervomaisc in
        # Moldova, nor a village north of Dnipro)
        (
            "A Russian drone hit an industrial facility in Pervomaisk, about 160 km north of Mykolaiv, "
            "overnight, injuring two workers, governor Vitaliy Kim said.",
            "2025-06-22",
            {("attack", "Pervomaysk"), ("casualties", "Pervomaysk")},
        ),
        (
            "Russian glide bombs hit Vasylivka, about 130 km south of Dnipro, injuring two people.",
            "2025-06-22",
            {("attack", "Vasylivka"), ("casualties", "Vasylivka")},
        ),
    ],
)
def test_the_rules_of_regional_offices_names_and_distances_keep_the_town_meant(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place) for e in events} == expected
    assert all(e.country_code == "UA" and e.precision == "city" for e in events)
    if "Vasylivka" in text:
        assert events[0].lat < 48.0  # in the Zaporizhzhia region, south of Dnipro


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the compass word sorts namesakes as far away: not the Kamianske as far west, nor the Kalynove east
        ("Russian glide bombs struck Kamianske, about 40 km south of Zaporizhzhia, injuring two.", 47.6),
        ("Russian artillery shelled Kalynove, about 50 km south of Kramatorsk, killing one man.", 48.4),
    ],
)
def test_a_town_at_a_written_distance_lies_the_way_the_text_says(text, expected):
    (attack,) = by_type(run_with_gazetteer(text, "2025-06-03"), "attack")
    assert attack.lat < expected  # south of the town measured from


def test_a_streets_or_a_rivers_name_is_no_place_but_a_citys_streets_and_a_regions_bank_are():
    streets = "Russian shelling hit Kherson streets on Monday, injuring three people, the governor said."
    bank = (
        "Russian troops shelled villages on the left bank of the Kherson region overnight, killing a woman, "
        "occupation officials said."
    )
    assert {e.place for e in run_with_gazetteer(streets, "2025-06-03")} == {"Kherson"}
    assert {e.place for e in run_with_gazetteer(bank, "2025-06-03")} == {"Kherson Oblast"}


def test_a_when_clause_after_a_ranking_since_last_month_is_background_but_the_days_toll_is_not():
    ranked = (
        "Russian forces struck Kryvyi Rih on Tuesday, the first missile attack on the city since last "
        "August, killing four people and injuring 12, Governor Serhii Lysak said."
    )
    recalled = "It was one of the deadliest attacks on Kyiv since last August, when 25 people were killed."
    (toll,) = by_type(run_with_gazetteer(ranked, "2025-03-12"), "casualties")
    assert (toll.killed, toll.injured) == (4, 12)
    assert not by_type(run_with_gazetteer(recalled, "2025-03-12"), "casualties")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the body told its own dead before the later death: a stale headline does not already count it
        (
            "Russian drone strike on Kherson bus kills one\n\nA Russian drone hit a minibus in Kherson on "
            "Tuesday morning, the regional administration said. The driver was killed and four passengers "
            "were wounded.\n\nIn the evening, the administration said one of the wounded had died in "
            "hospital.",
            2,
            3,
        ),
        # a ratio is no toll
        (
            "A Russian missile hit a residential building in Dnipro on Tuesday, killing three people and "
            "injuring 12, governor Serhii Lysak said. The number of people killed is now 10 times higher "
            "than in the June strike on the city.",
            3,
            12,
        ),
    ],
)
def test_a_later_death_and_a_toll_now_said_count_as_the_text_tells(text, killed, injured):
    (toll,) = by_type(run_with_gazetteer(text, "2025-07-08"), "casualties")
    assert (toll.killed, toll.injured) == (killed, injured)


def test_an_attack_that_hit_nothing_is_no_attack_at_the_place():
    text = (
        "The alert sounded again overnight. By morning, the Kyiv regional administration reported that 11 "
        "drones had been shot down over the region and that nothing had been hit."
    )
    events = run_with_gazetteer(text, "2025-03-05")
    assert [(e.event_type, e.place, e.drones) for e in events] == [("interception", "Kyiv Oblast", 11)]


def test_where_someone_travels_and_where_the_hurt_are_in_hospital_are_no_places_of_events():
    travel = (
        "Grossi is expected to travel to Kyiv and Moscow in the coming weeks. Likhachev said Russia would "
        "help only if Ukraine stopped what he called attacks on the plant's infrastructure."
    )
    hospital = (
        "A drone struck the Ladyzhyn power plant overnight. Two workers were injured and are in hospital in "
        "Vinnytsia, the governor said."
    )
    assert not {"Kyiv", "Moscow"} & {e.place for e in run_with_gazetteer(travel, "2026-10-22")}
    casualties = by_type(run_with_gazetteer(hospital, "2026-10-31"), "casualties")
    assert [(e.place_name, e.injured) for e in casualties] == [("Ladyzhyn", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian drones attacked Grozny, the capital of Chechnya, overnight. Explosions were heard "
            "across "
            "the capital, and one person was injured, Chechen leader Ramzan Kadyrov said.",
            {("casualties", "Grozny")},
        ),
        (
            "Ukrainian drones struck the Makhachkala oil terminal in Dagestan overnight. Windows were "
            "blown out "
            "in several buildings across the capital of the republic and one man was injured.",
            {("casualties", "Makhachkala")},
        ),
        (
            "Ukrainian drones attacked Simferopol overnight, Russian-installed officials said. Air "
            "defences were "
            "active over the Crimean capital and two people were injured by debris.",
            {("casualties", "Simferopol")},
        ),
        (
            "Russian drones struck the Danube port city of Izmail overnight. Officials in Odesa said the "
            "city's "
            "grain terminal was damaged and two workers were injured.",
            {("casualties", "Izmayil")},
        ),
        (
            "A Russian drone struck an evacuation bus on the road to Kherson on Thursday, killing two "
            "passengers, the regional administration said.",
            {("casualties", "Kherson")},
        ),
        (
            "A Russian FPV drone hit a car on the highway leading to Semenivka, about three kilometres "
            "outside "
            "Novhorod-Siverskyi, injuring the driver.",
            {("casualties", "Novhorod-Siverskyi")},
        ),
        (
            "Zelensky said the strikes on Kharkiv and Zaporizhzhia, which killed seven people, showed that "
            "Russia was not interested in peace.",
            {("attack", "Kharkiv"), ("attack", "Zaporizhzhya"), ("casualties", "Ukraine")},
        ),
        (
            "Russia, which hopes to seize all of the Donetsk region, struck Kramatorsk with guided bombs "
            "overnight, killing two people.",
            {("attack", "Kramatorsk"), ("casualties", "Kramatorsk")},
        ),
    ],
)
def test_a_reviewers_counter_examples_to_this_sessions_place_rules(text, expected):
    events = run_with_gazetteer(text, "2026-11-20")
    assert expected <= {(e.event_type, e.place) for e in events}
    assert {e.place for e in events} == {place for _, place in expected}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Over the past day, 18 August, Russian troops shelled 25 settlements in the Sumy region 87 times."
            "\n\nKrasnopillia community: a drone struck a car, injuring a man.\n\nThis morning, a Russian "
            "drone "
            "hit a bus in Sumy, injuring four passengers, Governor Oleh Hryhorov said.",
            "2026-08-19",
            {("Krasnopillya", "2026-08-18"), ("Sumy", "2026-08-19")},
        ),
        (
            "Human Rights Watch documented the following strikes.\n\n1. 1 September, Sloviansk (Donetsk "
            "region). A guided bomb hit a residential street, killing two civilians.\n\nThe organisation "
            "said on "
            "Wednesday that Russia launched 40 drones at Kharkiv overnight, injuring five.",
            "2025-09-10",
            {("Slovyansk", "2025-09-01"), ("Kharkiv", "2025-09-10")},
        ),
        (
            "Human Rights Watch documented the following strikes.\n\n1) 1 September – Sloviansk (Donetsk "
            "region). Overnight, a guided bomb hit a residential street, killing two civilians.",
            "2025-09-10",
            {("Slovyansk", "2025-09-01")},
        ),
        (
            "In a prisoner exchange mediated by the UAE, 84 Ukrainian soldiers captured by Russian forces "
            "returned home on Saturday.",
            "2026-11-24",
            {("Ukraine", "2026-11-21")},
        ),
    ],
)
def test_a_reviewers_counter_examples_to_this_sessions_date_rules(text, published, expected):
    assert {(e.place, e.date) for e in run_with_gazetteer(text, published)} == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # an administration's own morning summary: its undated items are of the day before
        ("Over the past day, Russian troops shelled 13 settlements of the region.", "2025-04-07"),
        # a summary a story quotes, or an evening's, tells of the day of publication
        ("Over the past day, Russian troops shelled 13 settlements, the administration said.", "2025-04-08"),
        ("Over the past day, troops shelled 13 settlements. This was reported in the evening.", "2025-04-08"),
        ("Evening summary\n\nOver the past day, troops shelled 13 settlements of the region.", "2025-04-08"),
        ("Over the past day, troops shelled 13 settlements, the governor announced.", "2025-04-08"),
    ],
)
def test_the_undated_items_of_a_summary_of_the_past_day(opening, expected):
    text = opening + "\n\nKupiansk: shelling damaged three houses and injured a 60-year-old man."
    casualties = by_type(run_with_gazetteer(text, "2025-04-08"), "casualties")
    assert [(e.place, e.date) for e in casualties] == [("Kupyansk", expected)]


def test_a_live_blogs_later_entry_is_no_item_of_a_summary_of_the_past_day():
    text = (
        "Over the past day, Russian troops shelled 13 settlements of the region.\n\nKupiansk: shelling "
        "damaged three houses.\n\n14:35\n\nA guided bomb struck an apartment block in Zaporizhzhia."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-06-10"), "attack")
    assert {(e.place_name, e.date) for e in attacks} == {
        ("Kupiansk", "2025-06-09"),
        ("Zaporizhzhia", "2025-06-10"),
    }


def test_a_summary_day_from_one_morning_to_the_next_is_the_day_it_starts():
    text = (
        "Over the past day, from 08:00 on 17 May to 08:00 on 18 May, the enemy carried out 437 attacks on "
        "the region.\n\nBeryslav: in the afternoon, a guided bomb hit the centre of the town, injuring a "
        "65-year-old man.\n\nChornobaivka: at about 01:00 on Sunday, a drone hit a private house."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-05-18"), "attack")
    assert {(e.place, e.date) for e in attacks} == {
        ("Beryslav", "2025-05-17"),
        ("Chornobaivka", "2025-05-18"),
    }


def test_a_reviewers_counter_examples_to_this_sessions_count_rules():
    among = (
        "Ukraine and Russia swapped 150 prisoners each on Wednesday. The 150 Ukrainians freed on Wednesday "
        "were among the 1,200 people Moscow has agreed to return."
    )
    launched_and_downed = (
        "Ukraine's air force said Russia attacked overnight with:\n- 8 Kh-101 missiles, of which 6 were shot "
        "down;\n- 60 drones, of which 45 were shot down."
    )
    slashed = "The air force said it downed 25/30 drones overnight over the Kharkiv region."
    assert [e.prisoners for e in run_with_gazetteer(among, "2026-11-20")] == [150]
    downed = by_type(run_with_gazetteer(launched_and_downed, "2026-11-20"), "interception")
    assert [e.missiles for e in downed] != [14]  # eight launched and six downed are no 14 of anything
    assert [e.drones for e in run_with_gazetteer(slashed, "2026-11-20")] == [30]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over days, not one more victim of the strike
        (
            "A Russian drone killed a man in Kherson on Tuesday. A second Kherson resident has been killed "
            "by "
            "drones in as many days.",
            {("Kherson", 1, None)},
        ),
        ("A missile hit Dnipro on Tuesday, killing a man. A second man also died.", {("Dnipro", 2, None)}),
        ("A missile hit Dnipro, killing a man. A second man has since died.", {("Dnipro", 2, None)}),
        ("A woman was wounded by shelling in Nikopol on Tuesday and later died.", {("Nikopol", 1, None)}),
        # wounded people taken somewhere are no captives
        (
            "A Russian missile hit a shopping centre in Kharkiv on Tuesday. Eight wounded civilians were "
            "transferred to hospital.",
            {("Kharkiv", None, 8)},
        ),
        (
            "A Russian drone attack on Kherson on Tuesday left 12 wounded civilians, whom rescuers handed "
            "over to "
            "medics at the scene.",
            {("Kherson", None, 12)},
        ),
        ("Moscow reports 175 for 175, plus 16 wounded Ukrainians handed over.", set()),
        # a vehicle struck on its way to a hospital is struck where it was
        (
            "A paramedic was killed on Tuesday when a Russian drone hit an ambulance on the way to "
            "hospital in "
            "Kherson.",
            {("Kherson", 1, None)},
        ),
        # one end of a road is the nearest place named, not the region
        (
            "An FPV drone hit a car on the road between Bilopillia and the regional centre on Tuesday, "
            "injuring "
            "the driver.",
            {("Bilopillia", None, 1)},
        ),
    ],
)
def test_a_reviewers_counter_examples_to_this_sessions_toll_rules(text, expected):
    casualties = by_type(run_with_gazetteer(text, "2025-05-14"), "casualties")
    assert {(e.place, e.killed, e.injured) for e in casualties} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a strike the paragraph reports before a recalled one is what "the next day", "that night" count from
        (
            "Russian drones attacked Odesa on Sunday, damaging the port. It was the worst attack since "
            "March 2, "
            "when ten people died. The next day, debris of a drone fell on a school in Izmail.",
            "2025-05-20",
            {("damage", "Izmayil", "2025-05-19")},
        ),
        (
            "Russia launched 40 drones at Odesa overnight. It was the heaviest attack on the city since "
            "March 2, "
            "when a missile killed ten people. Air defences shot down 35 drones over the Odesa region that "
            "night.",
            "2025-05-20",
            {("interception", "Odesa Oblast", "2025-05-20")},
        ),
        # a summary's item timed before the hour its day starts is of the next day
        (
            "Over the past day, between 08:00 on 17 May and 08:00 on 18 May, the enemy carried out 437 "
            "attacks."
            "\n\nChornobaivka: at about 03:00, a drone hit a private house.\n\nBeryslav: in the afternoon, a "
            "guided bomb hit the centre of the town.",
            "2025-05-18",
            {("attack", "Chornobaivka", "2025-05-18"), ("attack", "Beryslav", "2025-05-17")},
        ),
        (
            "Over the past day, from 8 a.m. on May 17 to 8 a.m. on May 18, the enemy carried out 437 attacks."
            "\n\nBeryslav: in the afternoon, a guided bomb hit the centre of the town.",
            "2025-05-18",
            {("attack", "Beryslav", "2025-05-17")},
        ),
    ],
)
def test_a_reviewers_counter_examples_to_this_sessions_day_rules(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert expected <= {(e.event_type, e.place, e.date) for e in events}
    others = {e.event_type for e in events if (e.event_type, e.place, e.date) not in expected}
    assert others <= {"attack", "damage"}


def test_a_district_named_bare_after_its_city_was_told_is_that_citys():
    text = (
        "DNIPRO, Aug 25 (Reuters) - A missile struck a courtyard in Dnipro's Shevchenkivskyi district on "
        "Monday evening. Two people were killed and 12 wounded in Shevchenkivskyi, the governor said."
    )
    events = run_with_gazetteer(text, "2026-08-25")
    assert {(e.place, e.admin1) for e in events} == {("Dnipro", "Dnipropetrovsk Oblast")}


def test_a_new_toll_that_says_a_wounded_person_died_takes_her_from_the_injured():
    text = (
        "WEDNESDAY. Russian artillery shelled the village of Kutsurub: a 71-year-old man was killed and his "
        "68-year-old wife was seriously wounded.\n\n"
        "SATURDAY. The toll from Wednesday's shelling of Kutsurub rose to two: the wounded woman died in "
        "hospital in Mykolaiv early on Saturday, doctors said."
    )
    (toll,) = by_type(run_with_gazetteer(text, "2026-11-22"), "casualties")
    assert (toll.killed, toll.injured) == (2, None)
    alone = text.split("\n\n")[1]  # told alone, the toll said stands
    assert [e.killed for e in by_type(run_with_gazetteer(alone, "2026-11-22"), "casualties")] == [2]


def test_a_dated_lead_in_without_a_happening_dates_the_settlements_listed_under_it():
    text = (
        "Kherson Regional Military Administration | 27.10.2026, 08:40\n\n"
        "What happened on Monday, 26 October, by settlement:\n\n"
        "BILOZERKA\n• In the morning, the enemy shelled the settlement. A 39-year-old woman was injured.\n\n"
        "KOMYSHANY\n• The occupiers fired mortars at the settlement. A 73-year-old man was wounded."
    )
    events = run_with_gazetteer(text, "2026-10-27")
    assert {(e.place, e.date) for e in events} == {
        ("Bilozerka", "2026-10-26"),
        ("Komyshany", "2026-10-26"),
    }
    # on the day of publication, "Key developments on June 26:" is when they were reported
    reported = "Key developments on October 27:\n\n- Drone hits a house in Bilozerka\n\n" + (
        "A Russian drone hit a house in Bilozerka on Monday evening, the administration said."
    )
    assert {e.date for e in run_with_gazetteer(reported, "2026-10-27")} == {"2026-10-26"}


def test_where_people_go_on_to_is_not_where_it_happened():
    text = (
        "TIAHYNKA\n• A Russian drone attacked a car of a volunteer evacuation team in the village. "
        "The driver was wounded. The couple were not hurt; they have been taken to a transit point in "
        "Kherson and will continue to Mykolaiv today. The car was damaged."
    )
    events = run_with_gazetteer(text, "2026-10-27")
    assert {e.place for e in events} == {"Tiahynka"}
    bound = "A cargo ship bound for Odesa was hit by a missile near Chornomorsk on Monday."
    assert {e.place for e in run_with_gazetteer(bound, "2026-10-27")} == {"Chornomors’k"}


def test_a_days_sum_after_items_on_several_towns_is_the_regions_not_the_last_towns():
    text = (
        "BILOZERKA: the enemy shelled the settlement on Monday; a woman was injured.\n\n"
        "KOMYSHANY: the occupiers fired mortars at the settlement on Monday; a man was wounded.\n\n"
        "In total, as a result of Russian aggression over the past day, one person was killed and four "
        "people were injured in Kherson Oblast."
    )
    placeless = text.replace(" in Kherson Oblast.", ".")
    tolls = by_type(run_with_gazetteer(placeless, "2026-10-27"), "casualties")
    assert ("Komyshany", 1, 4) not in {(e.place, e.killed, e.injured) for e in tolls}
    assert {e.place for e in tolls if e.injured == 4} <= {"Kherson Oblast"}
    # the toll of one attack, "In total, two people were killed in yesterday's attack", stays the town's
    single = (
        "A drone hit a house in Komyshany on Monday. In total, two people were killed in yesterday's attack."
    )
    assert {e.place for e in run_with_gazetteer(single, "2026-10-27")} == {"Komyshany"}


def test_a_lead_in_after_a_dated_opening_dates_the_numbered_attacks_listed_under_it():
    text = (
        "15.09.2026 09:05 | Donetsk Regional Prosecutor's Office\n\n"
        "On 14 September 2026, the Russian army continued to attack the settlements of Donetsk region. "
        "Prosecutors documented the consequences of the following attacks:\n\n"
        "1. Kramatorsk. At about 03:20, the Russian army attacked the city with two drones. A "
        "52-year-old man "
        "was wounded.\n\n"
        "2. Sloviansk. In the afternoon, the enemy fired on the city with a Smerch multiple rocket launcher. "
        "A 64-year-old woman was killed in the yard of her house.\n\n"
        "3. Druzhkivka. At about 11:00, an FPV drone hit a car on the southern outskirts of the city. The "
        "driver died at the scene."
    )
    events = run_with_gazetteer(text, "2026-09-15")
    assert {e.date for e in events if e.place != "Donetsk Oblast"} == {"2026-09-14"}


def test_a_toll_over_the_whole_war_is_no_happening():
    text = (
        "A drone hit a house in Sviatohirsk on Monday, wounding a man. For reference: since "
        "24 February 2022, "
        "the office has registered more than 46,000 war crimes. Over that time, at least "
        "3,600 civilians have "
        "been killed and more than 8,100 wounded in the region."
    )
    tolls = by_type(run_with_gazetteer(text, "2026-09-15"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in tolls] == [("Svyatohirsk", None, 1)]
    # a town shelled since 2022 still has the day's toll
    shelled = "Kharkiv, shelled almost daily since 2022, was hit on Monday, killing two people."
    assert [e.killed for e in by_type(run_with_gazetteer(shelled, "2026-09-15"), "casualties")] == [2]


def test_the_home_town_of_one_of_the_wounded_is_not_where_they_were_wounded():
    text = (
        "4. Kostiantynivka. The city came under artillery fire on Monday. A 59-year-old man was killed near "
        "his house. Three more people were wounded, among them a 38-year-old resident of Druzhkivka who was "
        "delivering bread to a local shop."
    )
    events = run_with_gazetteer(text, "2026-09-15")
    assert {e.place for e in events} == {"Kostyantynivka"}


def test_a_factbox_row_opening_with_a_weekday_and_a_day_is_dated_by_them_and_placed_by_its_label():
    text = (
        "THE WEEK IN THE WEST\n\n"
        "Tuesday, 17 November - Kovel (Volyn region): drones hit an energy facility on the edge of the city; "
        "no injuries.\n\n"
        "Friday, 20 November - Novodnistrovsk (Chernivtsi region): drones strike the "
        "hydroelectric complex on "
        "the Dniester; the operator reports damaged equipment, no injuries."
    )
    events = run_with_gazetteer(text, "2026-11-21")
    assert {(e.place, e.date) for e in events} == {
        ("Kovel", "2026-11-17"),
        ("Novodnistrovsk", "2026-11-20"),
    }


def test_the_far_end_of_a_range_of_places_is_not_where_it_happened():
    text = "In one week, missiles and drones have hit power plants and substations from Burshtyn to Mukachevo"
    assert run_with_gazetteer(text, "2026-11-21") == []


def test_each_row_of_a_table_is_read_on_its_own_and_dated_by_its_date_cell():
    text = (
        "Incidents we could geolocate:\n\n"
        "| date | place | what | source |\n"
        "|---|---|---|---|\n"
        "| 2026-10-21 | Vyshhorod | Drone struck the upper floors of a residential block | "
        "resident videos |\n"
        "| 2026-10-17 | Bucha | Crater in a field; roofs of nearby houses damaged | footage published "
        "on 20 October |"
    )
    events = run_with_gazetteer(text, "2026-10-22")
    assert {(e.event_type, e.place, e.date) for e in events} == {
        ("attack", "Vyshhorod", "2026-10-21"),
        ("damage", "Bucha", "2026-10-17"),
    }


def test_what_an_exchange_is_agreed_in_and_the_remains_exchanged_are_no_exchange_there():
    text = (
        "Ukraine and Russia swapped 115 prisoners of war each on Tuesday, the Coordination "
        "Headquarters said. "
        "The exchange agreed by the Ukrainian and Russian delegations in Istanbul has been carried out in "
        "full.\n\n"
        "Ukraine and Russia also exchanged the remains of the dead on Monday: 1,000 bodies were returned to "
        "Ukraine and 41 to Russia, the headquarters said."
    )
    swaps = by_type(run_with_gazetteer(text, "2026-08-19"), "prisoner_exchange")
    assert [(e.place, e.date, e.prisoners) for e in swaps] == [("Ukraine", "2026-08-18", 115)]


def test_whom_a_place_matters_to_and_the_attacker_are_not_where_it_happened():
    matters = (
        "Ukrainian drones hit a fuel depot in Berdiansk on Tuesday. Both ports have taken on "
        "greater importance "
        "for Moscow as attacks on the Crimean bridge mounted."
    )
    assert {e.place for e in run_with_gazetteer(matters, "2026-10-30")} == {"Berdyansk"}
    across = (
        "A missile hit a factory in Kropyvnytskyi on Tuesday. Across the country, Russia launched 103 attack "
        "drones overnight into Tuesday, the air force said, of which 79 were shot down."
    )
    national = [e for e in run_with_gazetteer(across, "2026-10-21") if e.precision == "country"]
    assert {(e.event_type, e.country_code) for e in national} == {("attack", "UA"), ("interception", "UA")}


def test_a_swap_told_by_its_formula_is_an_exchange_and_each_stage_on_its_day_is_one():
    text = (
        "Ukraine and Russia keep swapping prisoners on Ukraine's border with Belarus.\n\n"
        "FACTBOX: Exchanges in 2026\n\n"
        "Jan. 22 - 150 prisoners of war for 150, mediated by the UAE, on the Belarusian border.\n\n"
        "May 21-23 - The 1,000-for-1,000 swap was carried out in three stages on the "
        "Belarusian border: 410 for "
        "410 on May 21, 305 for 305 on May 22 and 285 for 285 on May 23."
    )
    swaps = run_with_gazetteer(text, "2026-08-02")
    assert sorted((e.date, e.prisoners) for e in swaps) == [
        ("2026-01-22", 150),
        ("2026-05-21", 410),
        ("2026-05-22", 305),
        ("2026-05-23", 285),
    ]


def test_a_swap_and_its_formula_recalled_later_that_month_are_one_recalled_swap():
    text = (
        "Ukraine and Russia swapped 84 prisoners each on Tuesday, the Coordination Headquarters said.\n\n"
        "The first round of the Istanbul talks, held on May 16, was the first meeting in three years. It "
        "produced the war's largest prisoner swap - 1,000 for 1,000 - which was carried out over three days "
        "later that month."
    )
    swaps = by_type(run_with_gazetteer(text, "2025-09-17"), "prisoner_exchange")
    assert [(e.date, e.prisoners) for e in swaps] == [("2025-09-16", 84)]


def test_a_factbox_items_exchange_stays_on_its_own_day():
    text = (
        "Ukraine and Russia keep swapping prisoners, the Coordination Headquarters says.\n\n"
        "FACTBOX: Exchanges in 2026\n\n"
        "Jan. 22 - 150 prisoners of war for 150, mediated by the UAE.\n\n"
        "April 11 - The Easter exchange on the eve of Orthodox Easter: 246 for 246. The location was not "
        "disclosed.\n\n"
        "June 26 - With Vatican facilitation, seriously wounded servicemen from each side were exchanged.\n\n"
        "July 9 - 168 for 168, mediated by the UAE; the place was not disclosed."
    )
    swaps = run_with_gazetteer(text, "2026-08-02")
    assert sorted((e.date, e.prisoners) for e in swaps if e.event_type == "prisoner_exchange") == [
        ("2026-01-22", 150),
        ("2026-04-11", 246),
        ("2026-06-26", None),
        ("2026-07-09", 168),
    ]


def test_a_community_line_told_by_its_weapons_alone_is_an_attack_there():
    text = (
        "Over the past day, 7 October, Russian troops carried out 96 attacks on 11 communities of the Sumy "
        "region.\n\n"
        "Seredyna-Buda community (27): artillery and FPV drones.\n\n"
        "Hlukhiv community (5): mortar fire.\n\n"
        "- Darnytskyi district: drone debris fell in the courtyard of a residential building."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-10-08"), "attack")
    assert {e.place for e in attacks} >= {"Seredyna-Buda", "Hlukhiv"}
    assert "Darnytskyi district" not in {e.place for e in attacks}


def test_the_day_of_an_issue_in_its_headline_does_not_date_what_the_body_dates():
    text = (
        "Morning on the border, 4 November: drone attacks in Glushkovo and Tyotkino\n\n"
        "A Ukrainian FPV drone hit a car in the settlement of Glushkovo on Tuesday, wounding a 61-year-old "
        "man. In Tyotkino, a drone attacked the building of the local administration on Tuesday evening."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-11-04"), "attack")
    assert sorted((e.place, e.date) for e in attacks) == [
        ("Glushkovo", "2026-11-03"),
        ("Tëtkino", "2026-11-03"),
    ]


def test_stages_told_clause_by_clause_keep_their_days_and_not_what_they_were_given_for():
    text = (
        "Russia and Ukraine swapped prisoners again on Saturday, the Russian Defence Ministry said.\n\n"
        "On May 21, 410 people from each side were exchanged, and on May 22, another 305 for "
        "305. \"In total, "
        "1,000 Russian citizens have been returned home in exchange for 1,000 Ukrainians,\" "
        "the ministry said."
    )
    swaps = by_type(run_with_gazetteer(text, "2026-05-23"), "prisoner_exchange")
    assert sorted((e.date, e.prisoners) for e in swaps) == [
        ("2026-05-21", 410),
        ("2026-05-22", 305),
        ("2026-05-23", None),
    ]


def test_outside_the_city_told_before_is_elsewhere_than_it():
    text = (
        "23:37 - Mayor Ihor Terekhov: explosions in Kharkiv.\n\n"
        "03:40 - Outside the city, a Shahed hit an infrastructure facility in Chuhuiv at about 02:15, the "
        "governor reports."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-10-14"), "attack")
    assert {e.place for e in attacks} == {"Kharkiv", "Chuhuyiv"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 1a
            (
                "Russian drones first circled over Poltava region and then moved on to Kremenchuk, where "
                "they hit the oil refinery overnight, the governor said on Friday."
            ),
            {
                ("attack", "Kremenchuk", None, None, None),
            },
        ),
        (  # 1b
            (
                "The missiles continued to Lviv, where they struck an energy facility overnight, "
                "injuring two workers, the governor said."
            ),
            {
                ("attack", "Lviv", None, None, None),
                ("casualties", "Lviv", None, 2, None),
            },
        ),
        (  # 2
            (
                "A Russian guided bomb struck a transit point in Zaporizhzhia for evacuees from the "
                "front line on Thursday, injuring four people, the regional governor said."
            ),
            {
                ("attack", "Zaporizhzhya", None, None, None),
                ("casualties", "Zaporizhzhya", None, 4, None),
            },
        ),
        (  # 4a
            (
                "Russian forces shelled Nikopol and Marhanets 15 times overnight on Thursday with "
                "artillery and drones. Over that time, two people have been killed and five injured, the "
                "governor said."
            ),
            {
                ("attack", "Marhanets", None, None, None),
                ("attack", "Nikopol", None, None, None),
                ("casualties", "Marhanets", 2, 5, None),
            },
        ),
        (  # 4b
            (
                "The shelling of Kherson began at 6 a.m. on Thursday and did not stop for hours. Since "
                "then, four people have been killed and 12 wounded, the city military administration "
                "said."
            ),
            {
                ("attack", "Kherson", None, None, None),
                ("casualties", "Kherson", 4, 12, None),
            },
        ),
        (  # 4c
            (
                "Over the past 24 hours, Russian forces attacked 14 settlements in the Zaporizhzhia "
                "region. During this period, three civilians have been killed and eight wounded, "
                "governor Ivan Fedorov said."
            ),
            {
                ("attack", "Zaporizhzhia Oblast", None, None, None),
                ("casualties", "Zaporizhzhia Oblast", 3, 8, None),
            },
        ),
        (  # 4d
            (
                "Since February 2022 Kupiansk has been shelled almost daily, and on Thursday a Russian "
                "drone killed two residents near the railway station."
            ),
            {
                ("attack", "Kupyansk", None, None, None),
                ("casualties", "Kupyansk", 2, None, None),
            },
        ),
        (  # 5a
            (
                "Russian shelling on Thursday wounded three civilians, including a 70-year-old resident "
                "of Kupiansk, the Kharkiv regional governor said."
            ),
            {
                ("attack", "Kupyansk", None, None, None),
                ("casualties", "Kupyansk", None, 3, None),
            },
        ),
        (  # 6b
            (
                "A Russian drone hit a fuel truck on the essential supply route for Pokrovsk on "
                "Thursday, killing the driver."
            ),
            {
                ("attack", "Pokrovsk", None, None, None),
                ("casualties", "Pokrovsk", 1, None, None),
            },
        ),
        (  # 7a
            (
                "Sumy region over the past day:\nKrasnopillia community: drones shot down by air "
                "defence, no damage."
            ),
            {
                ("interception", "Krasnopillya", None, None, None),
            },
        ),
        (  # 7b
            (
                "Kyiv region overnight:\nBucha district: drone wreckage fell on a field.\nObukhiv "
                "district: drones downed, no casualties."
            ),
            {
                ("interception", "Obukhiv Raion", None, None, None),
            },
        ),
        (  # 9
            (
                "Russia handed over 150 Ukrainian servicemen on Friday in exchange for 150 Russian "
                "soldiers, the Coordination Headquarters for the Treatment of Prisoners of War said."
            ),
            {
                ("prisoner_exchange", "Ukraine", None, None, 150),
            },
        ),
        (  # 10a
            (
                "Ukraine brought home its prisoners of war on Friday. In total, 103 Ukrainian defenders "
                "have been returned home today, Zelensky said."
            ),
            {
                ("prisoner_exchange", "Ukraine", None, None, 103),
            },
        ),
        (  # 11
            (
                "Ukraine and Russia on Friday swapped bodies and prisoners of war: 84 Ukrainian "
                "servicemen came home, and Kyiv received the remains of 1,000 fallen soldiers."
            ),
            {
                ("prisoner_exchange", "Ukraine", None, None, 84),
            },
        ),
        (  # 12a
            (
                "Oleksandr, a marine from Mariupol, returned home in Friday's exchange. He had been held "
                "with 12 prisoners for 12 months in a cell in Taganrog, he told reporters."
            ),
            {
                ("prisoner_exchange", "Ukraine", None, None, None),
            },
        ),
        (  # 14
            (
                "Russian troops shelled Beryslav and Bilozerka in the Kherson region overnight. A drone "
                "also attacked a car near Ochakiv in the Mykolaiv region.\n\nIn total, over the past "
                "day, Russian attacks killed one person and injured four, the Kherson regional "
                "administration said."
            ),
            {
                ("attack", "Beryslav", None, None, None),
                ("attack", "Bilozerka", None, None, None),
                ("attack", "Ochakiv", None, None, None),
                ("casualties", "Kherson Oblast", 1, 4, None),
            },
        ),
        (  # 16
            (
                "A drone killed a man in Kherson on Thursday. Since Russia's full-scale invasion, 1,120 "
                "civilians have been killed in the region, according to the regional prosecutor."
            ),
            {
                ("attack", "Kherson", None, None, None),
                ("casualties", "Kherson", 1, None, None),
            },
        ),
    ],
)
def test_a_reviewers_counter_examples_to_the_twenty_first_sessions_rules(text, expected):
    events = run_with_gazetteer(text, "2026-11-20")
    assert {(e.event_type, e.place, e.killed, e.injured, e.prisoners) for e in events} == expected


def test_where_trains_run_to_and_where_the_released_get_medical_help_are_not_where_it_happened():
    trains = (
        "Drone debris damaged the overhead power line near Likhaya station on Tuesday. "
        "Seventeen long-distance "
        "trains, including services to Adler and Novorossiysk, were delayed past the damaged section."
    )
    assert {e.place for e in run_with_gazetteer(trains, "2026-11-24")} == {"Likhovskoy"}
    treated = (
        "Ukraine and Russia swapped 168 prisoners of war each on Thursday. Russia's Defence "
        "Ministry said the "
        "servicemen returned were being given medical help in Belarus before being flown to Moscow."
    )
    swaps = run_with_gazetteer(treated, "2026-07-09")
    assert {(e.place, e.prisoners) for e in swaps} == {("Ukraine", 168)}


def test_a_person_told_by_birth_year_is_one_and_tolls_since_a_month_or_over_a_week_are_no_happening():
    born = (
        "A UAV attacked a passenger car on the outskirts of Skadovsk. The driver, born in 1971, sustained "
        "shrapnel wounds and has been hospitalised."
    )
    assert [e.injured for e in by_type(run_with_gazetteer(born, "2026-10-29"), "casualties")] == [1]
    month = (
        "A drone hit a house in Oleshky on Wednesday, killing a woman. Since the beginning of October, 19 "
        "civilians have been killed and more than 60 wounded on the left bank."
    )
    tolls = by_type(run_with_gazetteer(month, "2026-10-29"), "casualties")
    assert [(e.killed, e.injured) for e in tolls] == [(1, None)]
    week = (
        "On Friday a drone hit a house in Lubny, injuring a man.\n\nOVER THE "
        "WEEK\n\nAccording to the governor, "
        "over the seven days the enemy attacked eight communities of the Poltava region; three people were "
        "killed and twelve injured."
    )
    tolls = by_type(run_with_gazetteer(week, "2026-11-16"), "casualties")
    assert [(e.place, e.killed, e.injured) for e in tolls] == [("Lubny", None, 1)]


def test_posts_said_to_be_published_on_a_day_tell_of_that_day():
    text = (
        "Monitoring translation, published Sunday, 8 November 2026. The posts below were published on "
        "Saturday, 7 November, on the Telegram channel of the Russian-installed head of Horlivka.\n\n"
        "Prikhodko, 08:10:\n\"Tonight the Ukrainian armed forces shelled Horlivka. A man was killed in his "
        "flat.\""
    )
    events = run_with_gazetteer(text, "2026-11-08")
    assert {(e.event_type, e.date) for e in events} == {
        ("attack", "2026-11-07"),
        ("casualties", "2026-11-07"),
    }


def test_where_aircraft_flew_as_they_dropped_their_bombs_is_not_what_they_hit():
    text = (
        "At about ten to six this morning, Russian Su-34 aircraft, flying over the Kursk region, dropped "
        "three guided aerial bombs on Sumy. One person was killed."
    )
    assert {e.place for e in run_with_gazetteer(text, "2026-09-22")} == {"Sumy"}
    downed = "Drones flying over Kyiv were shot down overnight, the city administration said."
    assert {e.place for e in run_with_gazetteer(downed, "2026-09-22")} == {"Kyiv"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # p1
            (
                "The posts below were published on Saturday, 7 November.\n\nTonight, the enemy "
                "shelled Kherson with artillery. A 62-year-old man was wounded."
            ),
            {
                ("attack", "Kherson", "2026-11-07", None, None),
                ("casualties", "Kherson", "2026-11-07", None, 1),
            },
        ),
        (  # p2
            (
                "The posts below were published on 7 November.\n\nYesterday evening, Russian troops "
                "shelled the Korabelnyi district of Kherson. A 62-year-old man was wounded."
            ),
            {
                ("attack", "Kherson", "2026-11-06", None, None),
                ("casualties", "Kherson", "2026-11-06", None, 1),
            },
        ),
        (  # p3
            (
                "The posts below were published on 7 November.\n\nTonight, the enemy shelled Kherson "
                "with artillery. A 62-year-old man was wounded.\n\nUpdate, 20 November: This "
                "morning, a Russian drone hit a bus in Kherson, injuring five passengers."
            ),
            {
                ("attack", "Kherson", "2026-11-07", None, None),
                ("attack", "Kherson", "2026-11-20", None, None),
                ("casualties", "Kherson", "2026-11-07", None, 1),
                ("casualties", "Kherson", "2026-11-20", None, 5),
            },
        ),
        (  # p4
            (
                "Below are posts published by the Kherson regional administration on Saturday, 7 "
                "November.\n\nTonight, the enemy shelled Kherson with artillery. A 62-year-old man "
                "was wounded."
            ),
            {
                ("attack", "Kherson", "2026-11-07", None, None),
                ("casualties", "Kherson", "2026-11-07", None, 1),
            },
        ),
        (  # w4
            (
                "Since the beginning of November, Russian troops have shelled Kherson almost daily, "
                "but Tuesday's drone strike on a bus stop, which killed four people, was the "
                "deadliest."
            ),
            {
                ("attack", "Kherson", "2026-11-17", None, None),
                ("casualties", "Kherson", "2026-11-17", 4, None),
            },
        ),
        (  # w5
            (
                "Since the beginning of November the enemy has shelled Kherson almost daily and on "
                "Tuesday a drone killed two residents of the Dniprovskyi district."
            ),
            {
                ("attack", "Kherson", "2026-11-17", None, None),
                ("casualties", "Kherson", "2026-11-17", 2, None),
            },
        ),
        (  # d6
            (
                "In the two days since a Russian missile struck an apartment block in Dnipro on "
                "Saturday, the death toll has risen to 45, with 79 people wounded."
            ),
            {
                ("attack", "Dnipro", "2026-11-14", None, None),
                ("casualties", "Dnipro", "2026-11-14", 45, 79),
            },
        ),
        (  # d7
            (
                "In the two days of fighting for Vovchansk, Russian forces lost 300 soldiers, while "
                "shelling of the town killed two civilians on Tuesday."
            ),
            {
                ("attack", "Vovchansk", "2026-11-17", None, None),
                ("casualties", "Vovchansk", "2026-11-17", 2, None),
            },
        ),
        (  # a8
            (
                "Ukrainian paratroopers shot down a Russian Su-25 jet flying over the Donetsk region "
                "on Tuesday, the Air Assault Forces said."
            ),
            {
                ("attack", "Donetsk Oblast", "2026-11-17", None, None),
                ("interception", "Donetsk Oblast", "2026-11-17", None, None),
            },
        ),
        (  # a10
            (
                "Ukrainian F-16 jets, operating over the Kyiv region, shot down six cruise missiles "
                "on Tuesday night, the Air Force said."
            ),
            {
                ("interception", "Kyiv Oblast", "2026-11-17", None, None),
            },
        ),
        (  # a11
            (
                "Russian aircraft flying over Zaporizhzhia dropped two guided bombs on the city's "
                "industrial district on Tuesday, injuring three workers."
            ),
            {
                ("attack", "Zaporizhzhya", "2026-11-17", None, None),
                ("casualties", "Zaporizhzhya", "2026-11-17", None, 3),
            },
        ),
        (  # a12
            (
                "At about ten to six this morning, Russian Su-34 aircraft, flying over the Kursk "
                "region, dropped three guided aerial bombs on Sumy. One person was killed."
            ),
            {
                ("attack", "Sumy", "2026-11-20", None, None),
                ("casualties", "Sumy", "2026-11-20", 1, None),
            },
        ),
        (  # g12
            (
                "Russian drones first attacked Poltava overnight, then moved on to Kremenchuk and "
                "struck the oil refinery, causing a fire."
            ),
            {
                ("attack", "Kremenchuk", "2026-11-20", None, None),
                ("attack", "Poltava", "2026-11-20", None, None),
                ("damage", "Kremenchuk", "2026-11-20", None, None),
            },
        ),
        (  # m13
            (
                "Russian shelling of Nikopol on Tuesday injured three people. Five more people were "
                "given medical help in Marhanets after a drone attack on the town's market."
            ),
            {
                ("attack", "Marhanets", "2026-11-17", None, None),
                ("attack", "Nikopol", "2026-11-17", None, None),
                ("casualties", "Nikopol", "2026-11-17", None, 3),
            },
        ),
        (  # l14
            (
                "Chernihiv region, overnight:\nNovhorod-Siverskyi community: drones flew over "
                "towards the Sumy region.\nSemenivka community (4): mortar fire."
            ),
            {
                ("attack", "Semenivka", "2026-11-20", None, None),
            },
        ),
        (  # wk
            (
                "On Friday a drone hit a house in Lubny, injuring a man.\n\nOVER THE WEEK\n\n"
                "According to the governor, over the seven days the enemy attacked eight communities "
                "of the Poltava region; three people were killed and twelve injured."
            ),
            {
                ("attack", "Lubny", "2026-11-20", None, None),
                ("casualties", "Lubny", "2026-11-20", None, 1),
            },
        ),
        (  # b15
            (
                "A drone hit a car in Beryslav on Tuesday. A woman, born 1962, was wounded."
            ),
            {
                ("attack", "Beryslav", "2026-11-17", None, None),
                ("casualties", "Beryslav", "2026-11-17", None, 1),
            },
        ),
        (  # m16
            (
                "A drone killed a man in Kherson on Thursday. So far this month, 19 civilians have "
                "been killed and 96 wounded in the Kherson region, the governor said."
            ),
            {
                ("attack", "Kherson", "2026-11-19", None, None),
                ("casualties", "Kherson", "2026-11-19", 1, None),
            },
        ),
    ],
)
def test_a_second_reviewers_counter_examples_to_the_twenty_first_sessions_rules(text, expected):
    events = run_with_gazetteer(text, "2026-11-20")
    assert {(e.event_type, e.place, e.date, e.killed, e.injured) for e in events} == expected


def test_a_ministry_list_of_counts_over_regions_and_its_weekly_summary():
    text = (
        "Russia's Defence Ministry: between 20:00 on 19 September and 07:00 on 20 September, on-duty air "
        "defence assets intercepted and destroyed 46 Ukrainian fixed-wing UAVs:\n\n"
        "41 - over the territory of the Bryansk Region,\n"
        "5 - over the territory of the Kaluga Region.\n\n"
        "In its weekly summary, the ministry said its air defences had shot down 1,214 drones between 13 and "
        "19 September."
    )
    downed = by_type(run_with_gazetteer(text, "2026-09-20"), "interception")
    assert sorted((e.place, e.drones) for e in downed) == [("Bryansk Oblast", 41), ("Kaluga Oblast", 5)]


def test_fire_that_came_from_a_russian_region_is_shooting_from_there():
    text = (
        "Over the day, the Russians attacked the border areas of the Chernihiv region 22 times. The fire "
        "came from the territory of the Bryansk region of the Russian Federation.\n\n"
        "During the night, the enemy attacked the region with 14 attack UAVs. Eleven of them were shot down."
    )
    events = run_with_gazetteer(text, "2025-02-13")
    assert {(e.event_type, e.place, e.drones) for e in events} == {
        ("attack", "Chernihiv Oblast", 14),
        ("interception", "Chernihiv Oblast", 11),
    }


def test_a_section_heading_naming_no_place_is_no_event_at_the_place_before_it():
    text = (
        "Ripky community – air defence forces shot down a drone over the Ripky community. Its debris fell on "
        "a garage in Ripky and damaged the roof.\n\n"
        "Night attack\n\n"
        "In Nizhyn, a drone hit an infrastructure facility."
    )
    events = run_with_gazetteer(text, "2025-02-13")
    assert {(e.event_type, e.place) for e in events} == {
        ("interception", "Ripky"),
        ("damage", "Ripky"),
        ("attack", "Nizhyn"),
    }


def test_a_count_of_attacks_made_with_drones_is_no_count_of_drones():
    text = "Horodnia community – five attacks with mortars and FPV drones."
    events = run_with_gazetteer(text, "2025-02-13")
    assert [(e.event_type, e.place, e.drones) for e in events] == [("attack", "Horodnia", None)]


def test_the_main_target_of_an_attack_is_not_where_its_drones_were_downed():
    text = (
        "Air Force: 68 of 90 drones and 10 of 12 missiles shot down overnight, Khmelnytskyi region the main "
        "target"
    )
    downed = by_type(run_with_gazetteer(text, "2024-10-22"), "interception")
    assert [(e.place, e.drones, e.missiles) for e in downed] == [("Ukraine", 68, 10)]


def test_the_country_a_town_lies_in_does_not_displace_it_as_the_place_told_next():
    text = (
        "Russia launched 88 drones at Ukraine overnight.\n\n"
        "Now to Zhmerynka, some thirty-five kilometres south-west of Vinnytsia, one of the country's main "
        "railway junctions. Overnight, drones hit the traction substation at the station."
    )
    events = run_with_gazetteer(text, "2025-03-08")
    assert sorted((e.event_type, e.place) for e in events) == [("attack", "Ukraine"), ("attack", "Zhmerynka")]


def test_a_count_of_downed_weapons_after_a_toll_update_is_no_later_toll():
    text = (
        "In Vinnytsia the number of dead has risen to two this evening. According to the Air Force, Russia "
        "launched 88 drones and 11 missiles overnight. Air defence shot down 61 of the drones and seven of "
        "the missiles.\n\n"
        "Over the Vinnytsia region as a whole, air defence destroyed three missiles and fourteen drones."
    )
    downed = by_type(run_with_gazetteer(text, "2025-03-08"), "interception")
    assert sorted((e.place, e.drones, e.missiles) for e in downed) == [
        ("Ukraine", 61, 7),
        ("Vinnytsia Oblast", 14, 3),
    ]


def test_rows_of_a_months_figures_by_region_are_no_events_but_its_dated_incidents_are():
    text = (
        "Civilian harm in Ukraine, October 2025\n\n"
        "Casualties by region (October 2025)\n\n"
        "Donetsk: 74 killed, 241 injured\n"
        "Kharkiv: 36 killed, 212 injured\n\n"
        "Selected incidents verified by the Monitor\n\n"
        "On 9 October, a ballistic missile struck a street in central Kryvyi Rih, killing three people. "
        "Eleven people were injured."
    )
    events = run_with_gazetteer(text, "2025-11-11")
    assert {(e.event_type, e.place, e.killed, e.injured) for e in events} == {
        ("attack", "Kryvyy Rih", None, None),
        ("casualties", "Kryvyy Rih", 3, 11),
    }


def test_prices_that_hit_records_are_no_strike():
    text = "Petrol prices on the St Petersburg exchange hit records, and the government extended a ban."
    assert run_with_gazetteer(text, "2025-11-14") == []


def test_the_sum_of_several_swaps_is_no_swaps_count_and_more_exchanged_each_way_is():
    text = (
        "Ukraine and Russia exchanged 212 prisoners of war each on Saturday. The handover brought to 478 the "
        "number of Ukrainians freed since Thursday under the deal. The first stage, on Thursday, returned "
        "120 soldiers to each side. On Friday, 146 more were exchanged each way."
    )
    swaps = by_type(run_with_gazetteer(text, "2025-09-13"), "prisoner_exchange")
    assert sorted((e.date, e.prisoners) for e in swaps) == [
        ("2025-09-11", 120),
        ("2025-09-12", 146),
        ("2025-09-13", 212),
    ]


def test_the_parties_a_mediator_stood_between_and_the_mediator_are_no_places_of_a_swap():
    text = (
        "Today another exchange took place: 121 Ukrainians returned home. The UAE Foreign Ministry, in a "
        "statement released in Abu Dhabi, said its mediation efforts between Moscow and Kyiv had now freed a "
        "total of 4,641 captives. It was the first prisoner swap brokered by Doha, a diplomat noted."
    )
    swaps = by_type(run_with_gazetteer(text, "2025-10-23"), "prisoner_exchange")
    assert [(e.place, e.prisoners) for e in swaps] == [("Ukraine", 121)]


def test_a_burns_centre_the_injured_were_flown_to_is_no_place_of_the_strike():
    text = (
        "Drones attacked the Syzran refinery overnight. Two employees were injured. One of them, who "
        "suffered burns, was later taken by air ambulance to the regional burns centre in Samara. By the "
        "evening, the regional health ministry put the number of injured at three."
    )
    events = run_with_gazetteer(text, "2025-09-05")
    assert {(e.event_type, e.place, e.injured) for e in events} == {
        ("attack", "Syzran", None),
        ("casualties", "Syzran", 3),
    }


def test_a_sentence_ranking_the_night_of_attacks_told_is_no_attack_of_its_own():
    text = (
        "Drones attacked a refinery in Syzran overnight. Debris fell near Saratov. It was the second night "
        "of attacks on the region this week."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-09-05"), "attack")
    assert [e.place for e in attacks] == ["Syzran"]


def test_one_person_with_an_age_aside_is_a_toll_of_one():
    text = "In Alchevsk, a drone struck the metallurgical plant. One worker, aged 44, was injured."
    casualties = by_type(run_with_gazetteer(text, "2024-07-13"), "casualties")
    assert [(e.place, e.injured) for e in casualties] == [("Alchevsk", 1)]


def test_rockets_launched_from_a_system_at_a_city_strike_the_city():
    text = (
        "At about 23:40 on Friday, Ukrainian formations launched six rockets from the American HIMARS "
        "multiple launch rocket system at Sievierodonetsk. Our air defence crews shot down four of them."
    )
    events = run_with_gazetteer(text, "2024-07-13")
    assert {(e.event_type, e.place, e.missiles) for e in events} == {
        ("attack", "Siverskodonetsk", 6),
        ("interception", "Siverskodonetsk", 4),
    }


def test_drones_shot_them_down_and_unmanned_aerial_vehicles_destroyed_are_downings():
    text = (
        "Shortly after midnight the enemy attacked Luhansk with fixed-wing drones. Air defence shot them "
        "down on approach to the city.\n\n"
        "Overnight, air defence forces destroyed seventeen unmanned aerial vehicles over the Rostov region."
    )
    downed = by_type(run_with_gazetteer(text, "2024-07-13"), "interception")
    assert sorted((e.place, e.drones) for e in downed) == [("Luhansk", None), ("Rostov Oblast", 17)]


def test_what_was_downed_since_the_start_of_the_special_military_operation_is_no_downing():
    text = (
        "Air defences destroyed 85 drones over Russia overnight, the ministry said. Since the start of the "
        "special military operation, according to the ministry, more than 98,000 drones have been "
        "destroyed."
    )
    downed = by_type(run_with_gazetteer(text, "2025-10-19"), "interception")
    assert [(e.place, e.drones) for e in downed] == [("Russia", 85)]


def test_neither_plant_was_hit_is_no_attack():
    text = (
        "Drones hit a substation in Ladyzhyn overnight. The Rivne nuclear power plant briefly reduced "
        "output. "
        "Neither plant was hit, the agency said."
    )
    attacks = by_type(run_with_gazetteer(text, "2024-09-26"), "attack")
    assert [e.place for e in attacks] == ["Ladyzhyn"]


def test_a_hospital_where_the_wounded_died_is_no_place_of_the_strike():
    text = (
        "A drone hit a car in Graivoron on Friday, wounding the driver.\n\n"
        "The driver wounded on Friday died in the Belgorod hospital on Sunday afternoon."
    )
    events = run_with_gazetteer(text, "2025-11-17")
    assert {(e.event_type, e.place) for e in events} == {("attack", "Grayvoron"), ("casualties", "Grayvoron")}


def test_a_city_whose_hospital_treats_the_wounded_is_no_place_of_the_strike():
    text = (
        "Missiles hit the airfield in Dzhankoi on Thursday, injuring three people. The three injured are "
        "being treated in hospital in Simferopol."
    )
    events = run_with_gazetteer(text, "2024-05-31")
    assert {(e.event_type, e.place) for e in events} == {("attack", "Dzhankoy"), ("casualties", "Dzhankoy")}


def test_a_death_in_the_citys_hospital_is_no_toll_of_the_district_hit_the_day_it_was_told():
    text = (
        "On Tuesday morning, Halyna waited for the bus at a stop in the Kirovskyi district on the "
        "south-western edge of Donetsk.\n\n"
        "Denis Pushilin said a Ukrainian drone had dropped an explosive device on the bus stop, killing one "
        "woman and wounding three other people. On Wednesday he said a man wounded in the attack had died in "
        "the city's trauma hospital, bringing the death toll to two.\n\n"
        "On Wednesday afternoon it was the turn of the Kuibyshevskyi district. Ukrainian artillery fired "
        "shells at a residential area, damaging a school. A 58-year-old man was wounded in his garden."
    )
    casualties = by_type(run_with_gazetteer(text, "2025-01-24"), "casualties")
    tolls = {(e.place, e.killed, e.injured) for e in casualties}
    # (the gazetteer's name of Donetsk's Kuibyshevskyi district)
    assert ("Smolyanskyi", None, 1) in tolls and {killed for _, killed, _ in tolls} == {None, 2}


def test_drones_launched_from_the_airspace_over_a_russian_region_strike_the_country():
    text = (
        "Ukraine's Air Force says Russia attacked the country overnight with 96 drones and two guided "
        "missiles launched from the airspace over the Kursk region."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-04-18"), "attack")
    assert [(e.place, e.drones, e.missiles) for e in attacks] == [("Ukraine", 96, 2)]


def test_a_months_review_reports_its_dated_strikes_however_long_ago():
    text = (
        "October in review: Ukraine's drones keep hitting factories far from the border\n\n"
        "Russia's Defence Ministry, adding up its daily statements, says it destroyed more than 3,800 drones "
        "over the month. What follows is a review of the month's most significant strikes away from the "
        "border regions of Belgorod, Bryansk and Kursk.\n\n"
        "Kaluga, 9 October. On the night of 8 to 9 October, a drone struck an energy facility in Kaluga.\n\n"
        "Livny, 14 October. In the Oryol region, a drone attack on Tuesday, 14 October, set fire to a fuel "
        "depot in Livny."
    )
    events = run_with_gazetteer(text, "2025-11-04")
    assert {(e.event_type, e.place, e.date) for e in events} == {
        ("attack", "Kaluga", "2025-10-09"),
        ("attack", "Livny", "2025-10-14"),
        ("damage", "Livny", "2025-10-14"),
    }


def test_a_weekday_written_with_its_calendar_day_is_that_day():
    events = run_with_gazetteer("A drone attack on Tuesday, 14 October, hit a depot in Livny.", "2025-10-22")
    assert {e.date for e in events} == {"2025-10-14"}


def test_a_share_of_the_drones_a_ministry_reported_destroyed_is_a_downing_not_an_attack():
    text = (
        "The Defence Ministry said 21 of the 77 drones it reported destroyed that night were over the Nizhny "
        "Novgorod region."
    )
    events = run_with_gazetteer(text, "2025-11-14")
    assert [(e.event_type, e.place, e.drones) for e in events] == [
        ("interception", "Nizhny Novgorod Oblast", 21)
    ]


def test_a_drone_that_crashed_in_a_neighbouring_country_damaged_it_but_attacked_nothing_there():
    text = (
        "Chișinău, 14 March 2025 - A drone crashed and exploded early on Friday on the outskirts of Ocnița, "
        "breaking windows in two houses, Moldova's interior ministry said. The drones were part of an "
        "overnight Russian attack on Ukraine."
    )
    events = run_with_gazetteer(text, "2025-03-14")
    assert ("damage", "MD") in {(e.event_type, e.country_code) for e in events}
    assert not [e for e in events if e.event_type == "attack" and e.country_code != "UA"]


def test_a_toll_years_before_is_background():
    text = (
        "Three years after a stray missile killed two farmers in the Polish village of Przewodów, drones "
        "struck Kovel on Monday."
    )
    events = run_with_gazetteer(text, "2025-10-22")
    assert [(e.event_type, e.place) for e in events] == [("attack", "Kovel")]


def test_a_later_dated_heading_dates_what_follows_it_at_a_place_told_before():
    text = (
        "A weekend in Myropillia in the posts of the community head\n\n"
        "Friday, 14 November, 07:42\n\n"
        "At about 04:10 the enemy dropped two guided aerial bombs on Myropillia.\n\n"
        "Saturday, 15 November, 18:12\n\n"
        "How the day went. Mortar and artillery fire on the outskirts of Myropillia – 37 explosions. Two FPV "
        "drones flew at Zapsillia, one of them hit the roof of a barn."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-11-17"), "attack")
    assert sorted((e.place, e.date) for e in attacks) == [
        ("Myropillia", "2025-11-14"),
        ("Myropillia", "2025-11-15"),
        ("Zapsillya", "2025-11-15"),
    ]


def test_a_declared_danger_of_a_drone_attack_is_no_attack():
    text = (
        '"A red level of danger of a UAV attack has been declared in Lipetsk, Yelets and the Lipetsk '
        'district," the governor wrote.'
    )
    assert run_with_gazetteer(text, "2025-03-27") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sad news came on Saturday: a drone hit a house and killed a man.", set()),
        (
            "Sad news from Kharkiv: a drone hit a house and killed a man.",
            {("attack", "Kharkiv"), ("casualties", "Kharkiv")},
        ),
        # the village, said to be one
        ("Shelling hit the village of Sad on Saturday.", {("attack", "Sad")}),
    ],
)
def test_a_word_opening_a_sentence_is_no_village_of_that_name(text, expected):
    assert {(e.event_type, e.place) for e in run_with_gazetteer(text, "2025-05-10")} == expected


def test_a_capital_mocking_peace_efforts_is_a_government_not_a_place_attacked():
    text = (
        "Drones struck Kyiv's Sviatoshynskyi district overnight. President Volodymyr Zelenskiy, speaking in "
        'New York, said the attack showed that Moscow was "mocking" efforts to end the war.'
    )
    attacks = by_type(run_with_gazetteer(text, "2025-09-25"), "attack")
    assert [e.place for e in attacks] == ["Sviatoshynskyi district"]


def test_a_hospital_unit_the_wounded_died_in_is_no_place_of_the_strike():
    text = (
        "Overnight a drone struck an apartment building in Pavlohrad, injuring six people. On Tuesday one of "
        "the injured died in the burns unit of the Mechnikov hospital in Dnipro."
    )
    events = run_with_gazetteer(text, "2026-01-22")
    assert {e.place for e in events} == {"Pavlohrad"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # r1: "high-rise" is no record high
            "Russian drones hit a high-rise apartment block in Odesa overnight, Mayor Trukhanov said.",
            "2025-05-24",
            {("attack", "Odesa", "2025-05-24", None, None)},
        ),
        (  # r2: the drones that destroyed bombers struck, they were not downed
            "The drones that destroyed four Tu-22M3 bombers at the Olenya air base in the Murmansk region "
            "were launched from trucks, the SBU said.",
            "2025-06-02",
            {
                ("attack", "Murmansk Oblast", "2025-06-02", None, None),
                ("damage", "Murmansk Oblast", "2025-06-02", None, None),
            },
        ),
        (  # r3: the clause after "Two months after a similar attack," is news
            "Two months after a similar attack, Russian drones struck the Kremenchuk refinery overnight, "
            "Governor Volodymyr Kohut said.",
            "2025-05-24",
            {("attack", "Kremenchuk", "2025-05-24", None, None)},
        ),
        (  # r4: "the biggest attack since the start of the war" ranks the night, it sums no war
            "In the biggest drone attack on Moscow since the start of the war, Russian air defences have "
            "shot down 91 drones flying towards the capital, Mayor Sergei Sobyanin said.",
            "2025-03-11",
            {
                ("attack", "Moscow", "2025-03-11", None, None),
                ("interception", "Moscow", "2025-03-11", None, None),
            },
        ),
        (  # r4b: any superlative ranks it, the same words that rank a date against a past period
            "In the fiercest attack on the city since the start of the war, 14 people have been killed in "
            "Kharkiv, officials said on Saturday.",
            "2025-05-10",
            {
                ("attack", "Kharkiv", "2025-05-10", None, None),
                ("casualties", "Kharkiv", "2025-05-10", 14, None),
            },
        ),
        (  # r5: an attack said to strike abroad is one
            "Ukrainian sea drones attacked two sanctioned tankers off Turkey's Black Sea coast near Istanbul "
            "on Friday, the SBU said.",
            "2025-11-29",
            {("attack", "Istanbul", "2025-11-28", None, None)},
        ),
        (  # r6: a list of raions stays a list of places struck
            "Russian forces shelled the Shostka, Konotop and Okhtyrka districts on Saturday, injuring three "
            "civilians, the Sumy regional military administration said.",
            "2025-05-24",
            {
                ("attack", "Shostka", "2025-05-24", None, None),
                ("attack", "Konotop", "2025-05-24", None, None),
                ("attack", "Okhtyrka", "2025-05-24", None, None),
                ("casualties", "Sumy Oblast", "2025-05-24", None, 3),
            },
        ),
        (  # r7: an occupation official's region is the report's place when it names no other
            "Ukrainian drones struck an electrical substation, leaving 60,000 households without power, said "
            "Yevgeny Balitsky, the Russian-installed governor of the occupied part of Zaporizhzhia region.",
            "2025-05-24",
            {
                ("attack", "Zaporizhzhia Oblast", "2025-05-24", None, None),
                ("damage", "Zaporizhzhia Oblast", "2025-05-24", None, None),
            },
        ),
        (  # r8: the hospital struck is where the patients died
            "Two patients died in the Kharkiv regional hospital when a guided bomb struck its surgical wing, "
            "Governor Oleh Syniehubov said.",
            "2025-05-24",
            {
                ("attack", "Kharkiv Oblast", "2025-05-24", None, None),
                ("casualties", "Kharkiv Oblast", "2025-05-24", 2, None),
            },
        ),
        (  # r9: "the third attack on Odesa's energy infrastructure" may be the only telling of it
            "Russian drones struck an energy facility overnight, cutting power to thousands of households. "
            "It was the third attack on Odesa's energy infrastructure this week, governor Oleh Kiper said.",
            "2025-05-24",
            {("attack", "Odesa", "2025-05-24", None, None)},
        ),
        (  # r10: a toll updated under a later live-blog heading is the earlier strike's
            "Russia-Ukraine war: live updates\n\nThursday, 20 November, 08:15\n\nRussian drones struck an "
            "apartment block in Ternopil late on Wednesday, regional governor Vyacheslav Negoda said.\n\n"
            "Friday, 21 November, 09:12\n\nRescuers in Ternopil pulled two more bodies from the rubble, "
            "bringing the death toll to 12.",
            "2025-11-21",
            {
                ("attack", "Ternopil", "2025-11-19", None, None),
                ("damage", "Ternopil", "2025-11-19", None, None),
                ("casualties", "Ternopil", "2025-11-19", 12, None),
            },
        ),
        (  # r11: rows of single strikes under a month's heading keep their tolls
            "Monthly civilian harm update\n\nNotable strikes in October 2025\n\n"
            "Kharkiv: drone strike on kindergarten kills one, injures 7\nSumy: 3 killed in strike on a bus",
            "2025-11-05",
            {
                ("attack", "Kharkiv", "2025-11-05", None, None),
                ("casualties", "Kharkiv", "2025-11-05", 1, 7),
                ("attack", "Sumy", "2025-11-05", None, None),
                ("casualties", "Sumy", "2025-11-05", 3, None),
            },
        ),
    ],
)
def test_a_reviewers_counter_examples_to_the_twenty_second_sessions_rules(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.date, e.killed, e.injured) for e in events} == expected


def test_a_total_returned_in_todays_exchange_is_that_swaps_count():
    text = (
        "Ukraine has returned a total of 84 people in today's exchange, the Coordination Headquarters for "
        "the Treatment of Prisoners of War said."
    )
    swaps = by_type(run_with_gazetteer(text, "2025-05-24"), "prisoner_exchange")
    assert [(e.place, e.prisoners) for e in swaps] == [("Ukraine", 84)]


def test_metro_stations_named_like_places_are_no_places():
    text = (
        "Drones hit the Obolonskyi district on Saturday. On the nights of the attacks, Lisova and "
        "Chernihivska stations on the left bank were full of people."
    )
    events = run_with_gazetteer(text, "2025-11-30")
    assert [(e.event_type, e.place) for e in events] == [("attack", "Obolonskyi district")]


def test_the_speakers_of_a_transcript_taking_turns_are_no_places():
    text = (
        "Pivden Talk, episode 212: a long night in Kherson\n\n"
        "OLHA: Good morning, this is Pivden Talk, I'm Olha.\n\n"
        "TARAS: And I'm Taras, on two coffees.\n\n"
        "OLHA: So, as always, we go through the night district by district.\n\n"
        "TARAS: Around three o'clock a drone dropped explosives on a gas distribution point in the "
        "Korabelnyi district of Kherson."
    )
    events = run_with_gazetteer(text, "2025-11-12")
    assert {e.country_code for e in events} == {"UA"}


def test_missiles_launched_from_aircraft_towards_a_port_strike_the_port_town():
    text = (
        "At about 03:10, the enemy launched two Kh-59 guided air missiles from Su-34 aircraft over the "
        "north-western part of the Black Sea towards the port of Chornomorsk. One missile was destroyed by "
        "a mobile fire group of the Navy. Two crew members, a citizen of Ukraine and a citizen of Georgia, "
        "were injured and taken to hospital in Odesa."
    )
    events = run_with_gazetteer(text, "2025-03-12")
    assert {(e.event_type, e.place, e.missiles, e.injured) for e in events} == {
        ("attack", "Chornomors’k", 2, None),
        ("interception", "Chornomors’k", 1, None),
        ("casualties", "Chornomors’k", None, 2),
    }


def test_a_timelines_items_date_their_strikes_and_the_year_after_a_day_is_no_count():
    text = (
        "Ukraine says drones destroyed S-400 radar near Yevpatoria\n\n"
        "TIMELINE: Ukraine's strikes on occupied Crimea\n\n"
        "Aug. 23, 2023 - Ukrainian drones and missiles destroy an S-400 system near Olenivka.\n\n"
        "Dec. 26, 2023 - Aircraft-launched missiles hit the large landing ship Novocherkassk in the port of "
        "Feodosia; the ship is destroyed. Aksyonov says one person is killed and two are injured in the "
        "town.\n\n"
        "April 17, 2024 - ATACMS missiles strike the Dzhankoi military airfield."
    )
    events = [e for e in run_with_gazetteer(text, "2025-03-13") if e.date < "2025-01-01"]
    assert {(e.event_type, e.place, e.date, e.missiles, e.drones, e.killed) for e in events} == {
        ("attack", "Olenivka", "2023-08-23", None, None, None),
        ("damage", "Olenivka", "2023-08-23", None, None, None),
        ("attack", "Feodosiya", "2023-12-26", None, None, None),
        ("damage", "Feodosiya", "2023-12-26", None, None, None),
        ("casualties", "Feodosiya", "2023-12-26", None, None, 1),
        ("attack", "Dzhankoy", "2024-04-17", None, None, None),
    }


def test_missiles_with_warheads_fired_at_a_city_are_its_attack_and_the_citys_side_its_toll():
    text = (
        "June 23 - Russia says five ATACMS missiles with cluster warheads were fired at Sevastopol and four "
        "were shot down; fragments of the fifth explode over a crowded beach on the city's northern side. "
        "Four people are killed and more than 150 injured."
    )
    events = run_with_gazetteer(text, "2024-06-24")
    assert {(e.event_type, e.place, e.missiles, e.killed) for e in events} == {
        ("attack", "Sevastopol", 5, None),
        ("interception", "Sevastopol", 4, None),
        ("casualties", "Sevastopol", None, 4),
    }


def test_a_bulleted_list_of_dated_swaps_gives_each_its_day_and_carries_no_place_between_them():
    text = (
        "Russia and Ukraine have kept swapping prisoners, even when nothing else between Kyiv and Moscow has "
        "worked.\n\n"
        "TIMELINE: EXCHANGES AND TALKS IN 2025\n\n"
        "- Jan. 5 - 25 Ukrainians for 25 Russians, mediated by the UAE. The location was not disclosed.\n"
        "- Feb. 5 - 150 for 150 through the UAE, on the Belarusian border.\n"
        "- March 19 - 175 for 175. Russia also handed over 22 badly wounded Ukrainians, so Kyiv counted "
        "197.\n"
        "- April 19 - 246 for 246, plus 31 wounded Ukrainians for 15 wounded Russians.\n"
        "- May 16 - The first direct talks since 2022, at the Dolmabahce Palace in Istanbul.\n"
        "- July 23 - A third round in Istanbul lasted about 40 minutes.\n"
        "- Aug. 14 - 84 for 84 through the UAE."
    )
    events = run_with_gazetteer(text, "2025-08-26")
    assert [(e.event_type, e.precision, e.date, e.prisoners) for e in events] == [
        ("prisoner_exchange", "country", "2025-01-05", 25),
        ("prisoner_exchange", "border_area", "2025-02-05", 150),
        ("prisoner_exchange", "country", "2025-03-19", 175),
        ("prisoner_exchange", "country", "2025-04-19", 246),
        ("talks", "city", "2025-05-16", None),
        ("talks", "city", "2025-07-23", None),
        ("prisoner_exchange", "country", "2025-08-14", 84),
    ]


def test_wounded_prisoners_transferred_or_exchanged_are_no_toll():
    text = (
        "Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, and Moscow handed over 22 more "
        "badly wounded Ukrainian soldiers. Russia had transferred 22 seriously wounded Ukrainian soldiers, "
        "the ministry said. Separately, 26 seriously wounded servicemen from each side were exchanged. "
        "Usov said lists of about 300 seriously wounded Ukrainians had been handed to the Russian side."
    )
    events = run_with_gazetteer(text, "2025-03-19")
    assert [(e.event_type, e.place, e.prisoners) for e in events] == [("prisoner_exchange", "Ukraine", 175)]


def test_a_newer_round_of_talks_is_not_the_next_one_a_text_expects():
    text = (
        "Delegations from Russia and Ukraine held talks in Istanbul on Monday. Peskov said it was too early "
        "to speak about a new round, and the sides did not say where the next round would be held."
    )
    events = run_with_gazetteer(text, "2025-06-03")
    assert [(e.event_type, e.place, e.date) for e in events] == [("talks", "Istanbul", "2025-06-02")]


def test_a_region_under_near_daily_attack_is_in_a_state_not_attacked_once():
    text = "Dnipropetrovsk Oblast has come under near-daily attack, most of it aimed at front-line towns."
    assert run_with_gazetteer(text, "2024-12-08") == []


def test_a_toll_as_of_a_later_morning_updates_the_strike_and_a_wounded_womans_death_moves_her():
    text = (
        "On 13 June 2025 Russian forces shelled Sloviansk with cluster rockets. Initial information "
        "indicated that two people were killed and seven were injured. As of the morning of 14 June, the "
        "number of victims has risen to 11: three civilians died and eight were wounded.\n\n"
        "On Friday, Ukrainian forces shelled Shebekino. Two residents were wounded. The woman wounded last "
        "night in Shebekino, who had been transferred to the Belgorod Regional Clinical Hospital, has died "
        "despite all the efforts of the doctors.\n\n"
        "Missiles attacked Belgorod. A passer-by was wounded by a fragment."
    )
    tolls = by_type(run_with_gazetteer(text, "2025-06-14"), "casualties")
    assert [(e.place, e.date, e.killed, e.injured) for e in tolls] == [
        ("Slovyansk", "2025-06-13", 3, 8),
        ("Shebekino", "2025-06-13", 1, 1),
        ("Belgorod", "2025-06-14", None, 1),
    ]


def test_missiles_a_national_body_says_were_fired_are_the_countrys_not_the_city_the_lede_named():
    text = (
        "KYIV, Nov 8 (Reuters) - Russia attacked Ukraine overnight, killing three people in the city of "
        "Lutsk, officials said on Saturday.\n\n"
        "Ukraine's air force said Russia had fired 458 drones and 45 missiles. Air defences shot down 406 "
        "drones and 34 missiles, it said."
    )
    events = run_with_gazetteer(text, "2025-11-08")
    assert {(e.event_type, e.place, e.missiles, e.drones) for e in events if e.missiles} == {
        ("attack", "Ukraine", 45, 458),
        ("interception", "Ukraine", 34, 406),
    }


def test_a_paragraphs_label_says_which_region_it_is_and_which_places_it_tells_of():
    text = (
        "Debris fell in the Khmelnytskyi and Ternopil regions.\n\n"
        "Ivano-Frankivsk region. Governor Svitlana Onyshchuk said air defence had destroyed two cruise "
        "missiles and five drones over the region.\n\n"
        "Zelenivka and Naddniprianske. Shelling damaged private houses. No one was hurt.\n\n"
        "A drone struck an ambulance in Kozatske. A 31-year-old paramedic and the 44-year-old driver were "
        "injured."
    )
    events = run_with_gazetteer(text, "2025-02-06")
    assert [(e.place, e.missiles, e.drones) for e in by_type(events, "interception")] == [
        ("Ivano-Frankivsk Oblast", 2, 5)
    ]
    assert {(e.event_type, e.place_name) for e in events if e.precision == "city"} == {
        ("attack", "Zelenivka"),
        ("attack", "Naddniprianske"),
        ("damage", "Zelenivka"),
        ("damage", "Naddniprianske"),
        ("attack", "Kozatske"),
        ("casualties", "Kozatske"),
    }
    assert [e.injured for e in by_type(events, "casualties")] == [2]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bus's destination, and a town "hit before", are no places of the strikes told
        (
            "A drone hit Kramatorsk on Friday.\n\nPokrovsk was calm. The city has been hit before. A week "
            "ago, on Aug. 16, a glide bomb struck the bus station in Dobropillia, about 25 kilometres to the "
            "north, wounding two people waiting for a bus to Kramatorsk.",
            "2024-08-23",
            {
                ("attack", "Kramatorsk", "2024-08-23"),
                ("attack", "Dobropillia", "2024-08-16"),
                ("casualties", "Dobropillia", "2024-08-16"),
            },
        ),
        ("None of the plants in Khmelnytskyi was hit.", "2025-12-08", set()),
        ("The Klimovsky district has been one of the most often shelled parts of it.", "2024-11-20", set()),
        ("Most of the strikes were aimed at airfields and refineries in Kursk.", "2026-03-14", set()),
        (
            "She attended every meeting the Coordination Headquarters held for families of prisoners in "
            "Chernihiv.",
            "2024-06-29",
            set(),
        ),
        (
            "Over the week the Defence Ministry reported destroying 212 drones over the Bryansk region.",
            "2025-06-29",
            set(),
        ),
        (
            "More than 1,000 Ukrainian drones have been shot down over Russian regions since the "
            "beginning of the week, the Defence Ministry said.",
            "2025-03-22",
            set(),
        ),
        (
            "Over the month, the Defence Ministry reported shooting down more than 1,100 Ukrainian drones "
            "over the Volga regions.",
            "2025-12-02",
            set(),
        ),
        (
            "A missile hit a house in Kryvyi Rih on Monday. On Thursday a fifth victim, a 71-year-old "
            "neighbour, died in a burns unit in Dnipro.",
            "2026-09-26",
            {("attack", "Kryvyy Rih", "2026-09-21")},
        ),
    ],
)
def test_what_a_strike_is_like_or_where_its_victims_went_is_no_strike_there(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.date) for e in events} == expected


def test_a_table_of_months_a_headline_spans_reports_its_dated_rows_but_not_its_totals():
    text = (
        "Six months under fire: Nikopol's shelling in numbers, July to December 2024\n\n"
        "In those six months, officials reported 1,607 attacks on the city. Only three days passed without a "
        "single strike.\n\n"
        "Month     | Attacks | Killed | Injured | Deadliest attack of the month\n"
        "July      | 214     | 5      | 38      | 19 July: artillery shells hit the central market; 2 "
        "killed, 9 injured\n"
        "August    | 263     | 7      | 52      | 14 August: Grad rockets hit a residential block; 3 killed, "
        "5 injured"
    )
    events = run_with_gazetteer(text, "2025-01-24")
    assert [(e.date, e.killed, e.injured) for e in by_type(events, "casualties")] == [
        ("2024-07-19", 2, 9),
        ("2024-08-14", 3, 5),
    ]
    assert by_type(events, "attack") == []  # (the rows' strikes are placed nowhere: no row names the city)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Ukrainian drones struck a refinery in Nizhnekamsk on Wednesday, in one of Kyiv's deepest "
            "strikes inside Russia.",
            "2024-12-04",
            {("attack", "Nizhnekamsk")},
        ),
        ("A missile struck Kyiv's military hospital on Wednesday.", "2024-12-04", {("attack", "Kyiv")}),
        (
            "In Kyiv, Zelenskiy said Russia had launched more than 1,800 glide bombs at Ukraine over the "
            "past week.",
            "2025-07-14",
            set(),
        ),
        ("At the Chornobyl site, the team reported air raid alarms on three days.", "2024-05-17", set()),
        ("Our weekly recap of Russian strikes on the front-line communities of Zaporizhzhia Oblast.",
         "2026-03-15", set()),
    ],
)
def test_a_capitals_strikes_a_weeks_launches_alarms_and_recaps_are_no_strikes_there(
    text, published, expected
):
    assert {(e.event_type, e.place) for e in run_with_gazetteer(text, published)} == expected


def test_a_kyiv_district_stays_kyivs_in_a_text_about_kyiv_after_a_strike_on_another_city():
    text = (
        "The week in Kyiv: two nights of strikes\n\n"
        "Kyiv ends November clearing glass from courtyards. Wednesday was a day of mourning in Kyiv.\n\n"
        "On Thursday morning a drone hit a filling station on the outskirts of Bila Tserkva.\n\n"
        "Drones returned on the night into Saturday. One hit a building in the Obolonskyi district, killing "
        "a 71-year-old woman."
    )
    events = run_with_gazetteer(text, "2025-11-30")
    tolls = by_type(events, "casualties")
    assert {(e.place, e.precision) for e in tolls} == {("Obolonskyi district", "district")}


def test_a_list_of_settlements_after_a_town_told_with_an_age_keeps_every_settlement():
    text = (
        "Over the past day, the enemy carried out 412 strikes on 14 settlements of the Zaporizhzhia "
        "region.\n\n"
        "- 263 drones attacked Orikhiv, Huliaipole, Stepnohirsk, Preobrazhenka and Vilniansk.\n\n"
        "In Huliaipole, a 66-year-old woman was killed by artillery fire. In Orikhiv, an FPV drone hit a "
        "car: three men aged 39, 44 and 61 and a 57-year-old woman were wounded."
    )
    events = run_with_gazetteer(text, "2024-12-03")
    assert {e.place for e in by_type(events, "attack") if e.precision == "city"} >= {
        "Orikhiv",
        "Hulyaypole",
        "Stepnohirsk",
        "Preobrazhenka",
        "Vilnyansk",
    }
    assert {(e.place, e.killed, e.injured) for e in by_type(events, "casualties")} == {
        ("Hulyaypole", 1, None),
        ("Orikhiv", None, 4),
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Five UAVs destroyed on the approaches to Moscow.", "2025-07-21", {("interception", "Moscow", 5)}),
        (
            "In Shostka and Konotop power cuts after drone strikes have become part of the weekly routine.",
            "2024-09-22",
            set(),
        ),
        (
            "The year before, in August 2023, a missile struck the square in Chernihiv on a Saturday; seven "
            "died.",
            "2024-09-22",
            set(),
        ),
        (
            "A drone hit a house in Kamensk-Shakhtinsky overnight. The woman injured during the night has "
            "been transferred to Regional Clinical Hospital No. 1 in Rostov-on-Don.",
            "2024-08-26",
            {("attack", "Kamensk-Shakhtinsky", None), ("casualties", "Kamensk-Shakhtinsky", None)},
        ),
    ],
)
def test_downings_near_a_city_routines_any_saturday_and_a_numbered_hospital(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.drones) for e in events} == expected


def test_a_dateline_on_the_line_under_the_headline_is_no_place_struck():
    text = (
        "Russian glide bombs kill three in Zaporizhzhia\n"
        "KYIV, July 14 (Reuters) - Russian glide bombs struck an industrial area in the southern Ukrainian "
        "city of Zaporizhzhia late on Sunday, killing three people, regional officials said."
    )
    events = run_with_gazetteer(text, "2025-07-14")
    assert {e.place for e in events} == {"Zaporizhzhya"}


def test_drones_a_ministry_destroyed_overnight_are_downings_and_its_share_is_the_regions():
    text = "MoD: 23 drones destroyed overnight, 18 of them over the Bryansk region."
    events = run_with_gazetteer(text, "2025-04-11")
    assert [(e.event_type, e.place, e.drones) for e in events] == [("interception", "Bryansk Oblast", 18)]


@pytest.mark.parametrize(
    "counted",
    [
        "In total, 16 drones were launched; air defence forces destroyed 12 of them.",
        "In total, 16 drones were recorded over the region; air defence forces destroyed 12 of them.",
    ],
)
def test_those_destroyed_of_the_drones_a_sentence_counted_are_the_interceptions_count(counted):
    text = "Overnight the enemy attacked the Cherkasy region with drones. " + counted
    interceptions = by_type(run_with_gazetteer(text, "2025-06-29"), "interception")
    assert [(e.place, e.drones) for e in interceptions] == [("Cherkasy Oblast", 12)]


def test_a_share_of_the_drones_downed_over_a_city_is_the_citys_and_the_rest_the_regions():
    text = (
        "Governor Maksym Kozytskyi said five cruise missiles and 14 drones had been destroyed over the Lviv "
        "region, seven of the drones over Lviv itself."
    )
    events = run_with_gazetteer(text, "2025-10-08")
    assert [(e.place, e.missiles, e.drones) for e in events] == [("Lviv Oblast", 5, 14), ("Lviv", None, 7)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A Sunday missile strike on Sumy killed 35 people, officials said.",
            "2025-04-16",
            {("attack", "Sumy", "2025-04-13"), ("casualties", "Sumy", "2025-04-13")},
        ),
        (
            "Kramatorsk was shelled the day before, killing two people, Mayor Oleksandr Honcharenko said.",
            "2025-06-10",
            {("attack", "Kramatorsk", "2025-06-10"), ("casualties", "Kramatorsk", "2025-06-10")},
        ),
        (
            "Tuesday's strike was Kyiv's deadliest attack of the war, killing 31 people, officials said.",
            "2025-06-10",
            {("attack", "Kyiv", "2025-06-10"), ("casualties", "Kyiv", "2025-06-10")},
        ),
        (
            "KYIV, June 10 (Reuters) - Russian drones struck Kharkiv overnight, officials said, as Kyiv "
            "pressed allies for more air defence. Officials in Kyiv said more Patriot systems were "
            "needed. In the Shevchenkivskyi district, a high-rise building was damaged, Mayor Ihor "
            "Terekhov said.",
            "2025-06-10",
            {("attack", "Kharkiv", "2025-06-10"), ("damage", "Kharkiv", "2025-06-10")},
        ),
        (
            "Part of Kherson was left without electricity after shelling on Tuesday, the regional "
            "administration said.",
            "2025-06-11",
            {("attack", "Kherson", "2025-06-10"), ("damage", "Kherson", "2025-06-10")},
        ),
        (
            "A Russian drone hit a house in Kherson on Monday. Two injured people were handed over to "
            "medics. Doctors transferred 12 injured people to the regional hospital.",
            "2025-06-10",
            {("attack", "Kherson", "2025-06-09"), ("casualties", "Kherson", "2025-06-09")},
        ),
        (
            "Russian forces shelled Kherson and the settlement of Bilozerka on Monday. In the city, a "
            "60-year-old man was wounded.",
            "2025-06-10",
            {("attack", "Kherson", "2025-06-09"), ("casualties", "Kherson", "2025-06-09")},
        ),
        (
            "On the night of June 9 - 10, Russia attacked Kyiv with drones and missiles, killing four "
            "people.",
            "2025-06-10",
            {("attack", "Kyiv", "2025-06-10"), ("casualties", "Kyiv", "2025-06-10")},
        ),
        (
            "Kharkiv region.\n\nKupyansk and Izium. A guided bomb hit a private house in Izium. A "
            "70-year-old woman was injured.",
            "2025-06-10",
            {("attack", "Izyum", "2025-06-10"), ("casualties", "Izyum", "2025-06-10")},
        ),
        ("Residents of Nikopol say Russian drones kill someone almost every week.", "2025-06-10", set()),
        (
            "Explosions rocked Kharkiv for the second time this week on Tuesday night, Mayor Ihor Terekhov "
            "said.",
            "2025-06-11",
            {("attack", "Kharkiv", "2025-06-10")},
        ),
        (
            "Russia fired two Iskander-M ballistic missiles into Kryvyi Rih on Monday evening, killing three "
            "people, Ukraine's air force said.",
            "2025-06-10",
            {("attack", "Kryvyy Rih", "2025-06-09"), ("casualties", "Kryvyy Rih", "2025-06-09")},
        ),
        (
            "Some of the explosions were heard in the centre of Kharkiv overnight, the mayor said.",
            "2025-06-10",
            {("attack", "Kharkiv", "2025-06-10")},
        ),
        (
            "Kharkiv region. A drone hit Kupyansk. In the Sumy region, a drone hit a school. Three more "
            "drones were shot down over the region, the Sumy governor said.",
            "2025-06-10",
            {
                ("attack", "Kupyansk", "2025-06-10"),
                ("attack", "Sumy Oblast", "2025-06-10"),
                ("interception", "Sumy Oblast", "2025-06-10"),
            },
        ),
    ],
)
def test_a_reviewers_counter_examples_to_the_twenty_third_sessions_rules(text, published, expected):
    events = run_with_gazetteer(text, published)
    assert {(e.event_type, e.place, e.date) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("No missile was intercepted over Chernihiv: the city had no air defences.", "2024-04-18", set()),
        ('Such "double-tap" strikes have been used in Kharkiv and Odesa.', "2025-10-10", set()),
        (
            "The UN human rights monitoring mission in Ukraine, based in Kyiv, said 2,000 civilians were "
            "killed so far this year.",
            "2024-12-30",
            set(),
        ),
        ("Russian troops on the left bank regularly shell Kherson and villages.", "2024-12-13", set()),
        (
            "A missile strike on the depot in Poltava came only minutes before.",
            "2025-05-10",
            {("attack", "Poltava")},
        ),
        (
            "In the city of Kharkiv, two people were killed and 13 were injured in Russian attacks over the "
            "week.",
            "2025-01-27",
            set(),
        ),
        ("Moscow's version: a group strike hit Dnipro.", "2025-10-05", {("attack", "Dnipro")}),
        (
            "A drone hit Kherson on Monday. Zelenskiy said the attack showed that Moscow was \"not preparing "
            "for peace\".",
            "2025-08-19",
            {("attack", "Kherson")},
        ),
    ],
)
def test_kinds_of_strike_a_years_toll_and_moscows_version_are_no_strikes_there(text, published, expected):
    assert {(e.event_type, e.place) for e in run_with_gazetteer(text, published)} == expected


def test_destroying_the_enemy_in_an_area_is_fighting_not_damage():
    text = (
        "Russia launched 11 Shaheds at the Kharkiv region. Air defence forces destroyed 6 of them.\n\n"
        "Units of the North group of forces continue to destroy the enemy in the Sudzha area."
    )
    events = run_with_gazetteer(text, "2025-06-10")
    assert [(e.event_type, e.drones) for e in events] == [("attack", 11), ("interception", 6)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Zaporizhzhya region over the past day\nHulyaypole - 3 artillery strikes, a private house "
            "damaged.\nStepnohirsk - a drone attack, a man injured.",
            "2025-06-10",
            {
                ("attack", "Hulyaypole"),
                ("damage", "Hulyaypole"),
                ("attack", "Stepnohirsk"),
                ("casualties", "Stepnohirsk"),
            },
        ),
        ("There were no Russian drone attacks on Kyiv overnight, the city administration said.", "2025-06-10",
         set()),
        (
            "A Russian missile killed 12 people in Kryvyi Rih on Friday in the deadliest strike on the city "
            "so far this year.",
            "2025-06-10",
            {("attack", "Kryvyy Rih"), ("casualties", "Kryvyy Rih")},
        ),
        (
            "The Ukrainian Red Cross said its headquarters in Kherson was hit by Russian shelling on Tuesday "
            "morning. No one was injured.",
            "2025-06-10",
            {("attack", "Kherson")},
        ),
        (
            "Ukrainian drones destroyed enemy ammunition depots near Tokmak overnight, the General Staff "
            "said.",
            "2025-06-10",
            {("attack", "Tokmak"), ("damage", "Tokmak")},
        ),
        (
            "Ukrainian drones hit eight fuel tanks at the Novorossiysk oil depot overnight and destroyed "
            "three of them, the General Staff said.",
            "2025-06-10",
            {("attack", "Novorossiysk"), ("damage", "Novorossiysk")},
        ),
        (
            "Russian drones destroyed overnight two houses in Slovyansk, Mayor Vadym Lyakh said.",
            "2025-06-10",
            {("attack", "Slovyansk"), ("damage", "Slovyansk")},
        ),
        (
            "Ukraine and Russia exchanged 84 prisoners each on Friday. Russia also handed over 15 seriously "
            "wounded defenders, Zelensky said.",
            "2025-06-10",
            {("prisoner_exchange", "Ukraine")},
        ),
        (
            "Russian forces repeatedly hit Kherson overnight, killing two people and wounding five.",
            "2025-06-10",
            {("attack", "Kherson"), ("casualties", "Kherson")},
        ),
    ],
)
def test_a_second_reviewers_counter_examples_to_the_twenty_third_sessions_rules(
    text, published, expected
):
    assert {(e.event_type, e.place) for e in run_with_gazetteer(text, published)} == expected


@pytest.mark.parametrize(
    "negation",
    ["Neither was intercepted.", "Neither missile was intercepted.", "Neither of them was shot down."],
)
def test_neither_of_the_missiles_downed_is_no_interception(negation):
    text = f"Two Russian missiles struck Poltava on Monday. {negation}"
    assert {e.event_type for e in run_with_gazetteer(text, "2026-02-10")} == {"attack"}


@pytest.mark.parametrize("claim_first", [False, True])
def test_a_sides_claim_of_the_soldiers_it_killed_does_not_replace_the_toll(claim_first):
    toll = "Governor Volodymyr Kohut said nine people were killed and 44 wounded in the strike on Poltava."
    claim = (
        "Russia's Defence Ministry said its missiles struck a training centre in Poltava and claimed up to "
        "50 servicemen had been killed."
    )
    text = f"{claim}\n\n{toll}" if claim_first else f"{toll}\n\n{claim}"
    [casualties] = by_type(run_with_gazetteer(text, "2026-02-10"), "casualties")
    assert (casualties.killed, casualties.injured) == (9, 44)


def test_a_sides_claim_of_the_soldiers_it_killed_is_the_toll_when_no_other_is_told():
    text = (
        "Ukraine's navy said its drones struck a Russian radar station near Yevpatoria overnight and "
        "claimed two servicemen had been killed."
    )
    [casualties] = by_type(run_with_gazetteer(text, "2026-02-10"), "casualties")
    assert casualties.killed == 2


def test_the_weapons_the_enemy_used_are_the_nights_attack_summed_over_their_kinds():
    text = (
        "According to the Air Force, tonight the enemy used 4 Iskander-M ballistic missiles, 21 Kh-101 "
        "cruise missiles and 273 Shahed-type attack drones against Ukraine."
    )
    [attack] = by_type(run_with_gazetteer(text, "2025-05-18"), "attack")
    assert (attack.place, attack.missiles, attack.drones) == ("Ukraine", 25, 273)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said Russia had used more than 200 missiles and about 2,000 drones against Ukraine this "
        "month alone.",
        "Russia used more than 1,200 attack drones and nearly 40 missiles against Ukraine this week.",
    ],
)
def test_weapons_used_over_a_week_or_a_month_are_no_attack(text):
    assert by_type(run_with_gazetteer(text, "2025-05-18"), "attack") == []


def test_a_launch_and_its_downed_share_after_a_comma_are_not_summed():
    events = run_with_gazetteer("Russia launched 40 drones, 30 were shot down.", "2025-05-18")
    [attack] = by_type(events, "attack")
    assert attack.drones == 40


@pytest.mark.parametrize(
    "text",
    [
        "After the attack on substations, the Khmelnytskyi and Rivne nuclear power plants cut output.",
        "Drones hit energy facilities in several regions, including Khmelnytskyi and Rivne.",
    ],
)
def test_each_name_of_a_list_of_regions_or_of_nuclear_plants_is_a_region(text):
    attacks = by_type(run_with_gazetteer(text, "2025-11-08"), "attack")
    assert {(e.place, e.precision) for e in attacks} == {
        ("Khmelnytskyi Oblast", "region"),
        ("Rivne Oblast", "region"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "HRMMU recorded 21 civilians killed and 168 injured in Kherson city; 12 killed and 97 injured in "
        "Kharkiv city, all but one of the Kharkiv deaths in a single attack.",
        "The mission verified that at least 174 civilians were killed and 1,012 injured in Kharkiv.",
        "January in numbers: drones killed 19 and wounded more than 180 in the Kherson region",
        "For comparison, the deadliest month of 2024 in the region was November, when 47 civilians were "
        "killed in Kherson.",
    ],
)
def test_a_monitors_or_a_months_tally_is_no_happening(text):
    assert by_type(run_with_gazetteer(text, "2025-02-03"), "casualties") == []


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("Doctors recorded 11 injured after the Russian missile strike on a mall in Kharkiv.", None, 11),
        ("The mission documented that 12 civilians were killed on 9 February when a missile hit a train near "
         "Barvinkove.", 12, None),
        ("In the evening, medics registered 4 wounded after an FPV drone hit a minibus in Kherson.", None, 4),
    ],
)
def test_a_toll_counted_after_a_strike_or_on_a_day_it_names_is_a_happening(text, killed, injured):
    [casualties] = by_type(run_with_gazetteer(text, "2026-02-10"), "casualties")
    assert (casualties.killed, casualties.injured) == (killed, injured)


def test_a_strike_on_a_road_at_a_distance_from_a_town_in_words_is_placed_at_the_town():
    text = "On 9 October, a drone struck a minibus on a road about four kilometres south of Bilopillia."
    [attack] = by_type(run_with_gazetteer(text, "2025-10-11"), "attack")
    assert (attack.place, attack.date) == ("Bilopillia", "2025-10-09")


@pytest.mark.parametrize(
    "later",
    [
        "Talks resume on Wednesday morning.",
        "We'll be back on Wednesday with the second day of talks in Geneva.",
    ],
)
def test_talks_to_come_on_a_weekday_are_not_last_weeks(later):
    text = f"Ukrainian and Russian delegations held talks in Geneva on Tuesday. {later}"
    talks = by_type(run_with_gazetteer(text, "2026-01-20"), "talks")
    assert [(e.place, e.date) for e in talks] == [("Geneva", "2026-01-20")]


@pytest.mark.parametrize(
    "text, attacked, downed",
    [
        ("Russia launched 48 missiles, 41 missiles were destroyed by air defences.", 48, 41),
        ("The enemy launched 4 missiles, 2 missiles were shot down and 2 hit Kharkiv.", 4, 2),
    ],
)
def test_a_launch_and_a_downing_after_a_comma_are_not_one_list(text, attacked, downed):
    events = run_with_gazetteer(text, "2026-02-10")
    assert [e.missiles for e in by_type(events, "attack")] == [attacked]
    assert [e.missiles for e in by_type(events, "interception")] == [downed]


@pytest.mark.parametrize(
    "text",
    [
        "This week, Russia used more than 1,300 attack drones and nine missiles against Ukraine.",
        "Since the start of February, Russia has used more than 1,500 drones and 60 missiles.",
    ],
)
def test_weapons_used_over_a_period_named_before_them_are_no_attack(text):
    assert by_type(run_with_gazetteer(text, "2026-02-10"), "attack") == []


def test_a_strike_for_the_second_time_this_week_is_a_happening():
    text = "Russia fired missiles at Kyiv on Tuesday for the second time this week, killing two."
    assert [e.place for e in by_type(run_with_gazetteer(text, "2026-02-10"), "attack")] == ["Kyiv"]


def test_drones_destroyed_by_fire_groups_are_downed_and_a_house_destroyed_by_a_drone_is_damaged():
    text = "Over the Mykolaiv region, 31 UAVs were destroyed, among them 12 UAVs destroyed by navy units."
    assert {e.event_type for e in run_with_gazetteer(text, "2025-09-16")} == {"interception"}
    text = "In Kharkiv, a house was destroyed by a drone."
    assert {e.event_type for e in run_with_gazetteer(text, "2025-09-16")} == {"damage"}


@pytest.mark.parametrize(
    "text, places",
    [
        ("Russian drones hit the Kharkiv and Sumy oblasts, including Kupiansk and Shostka, overnight.",
         {"Kupiansk", "Shostka"}),
        ("Grossi visited Kyiv and the Zaporizhzhia NPP a day after a drone hit Kyiv.", {"Kyiv"}),
    ],
)
def test_towns_of_regions_just_named_and_a_city_before_one_plant_stay_towns(text, places):
    attacks = by_type(run_with_gazetteer(text, "2026-02-10"), "attack")
    assert {(e.place_name, e.precision) for e in attacks} == {(place, "city") for place in places}


def test_the_launch_site_in_an_occupied_part_of_a_region_is_not_where_the_attack_was():
    text = (
        "On Saturday evening Russia fired four Iskander-M missiles at the Dnipropetrovsk region from the "
        "occupied part of the Donetsk region."
    )
    attacks = by_type(run_with_gazetteer(text, "2025-10-05"), "attack")
    assert {e.place for e in attacks} == {"Dnipropetrovsk Oblast"}


def test_a_missile_of_a_years_production_does_not_make_the_strike_background():
    text = "A missile of 2024 production struck Kharkiv on Monday, injuring three people."
    assert {e.event_type for e in run_with_gazetteer(text, "2026-02-10")} == {"attack", "casualties"}


def test_a_morning_summary_dated_day_dot_month_dates_its_items_the_day_before():
    text = (
        "Kharkiv region over the past day\n\n"
        "Oleh Syniehubov | Telegram | 23.11.2024, 07:52\n\n"
        "Over the past day, the occupiers carried out strikes on 16 settlements of the Kharkiv region.\n\n"
        "Izium district. At 11:40, the enemy dropped a KAB on Borova. A 49-year-old woman was injured."
    )
    events = run_with_gazetteer(text, "2024-11-23")
    assert {(e.event_type, e.place, e.date) for e in events} >= {
        ("attack", "Borova", "2024-11-22"),
        ("casualties", "Borova", "2024-11-22"),
    }


def test_a_kab_dropped_on_a_village_is_an_attack():
    text = "On Friday the Russians dropped two KABs on Borova, Kharkiv region."
    events = run_with_gazetteer(text, "2024-11-23")
    assert [(e.place, e.date) for e in by_type(events, "attack")] == [("Borova", "2024-11-22")]


def test_a_district_in_posts_of_a_city_council_head_is_that_citys_not_a_namesakes():
    text = (
        "Posts by Oleksandr Vilkul, head of the Kryvyi Rih city Defence Council, on Tuesday.\n\n"
        "19:42\nA ballistic missile strike on the city. Tsentralno-Miskyi district. A hit on a five-storey "
        "residential building. Preliminary: 2 dead, 11 wounded."
    )
    places = {(e.place, e.precision) for e in run_with_gazetteer(text, "2026-01-21")}
    assert places == {("Kryvyy Rih", "city")}


def test_a_town_at_a_bearing_from_a_city_is_no_district_of_that_city():
    text = "Ukrainian drones attacked an oil refinery in Ryazan, southeast of Moscow, overnight."
    [attack] = by_type(run_with_gazetteer(text, "2024-09-20"), "attack")
    assert (attack.place_name, attack.precision, attack.admin1) == ("Ryazan", "city", "Ryazan Oblast")


def test_a_day_opening_a_sentence_with_places_but_no_event_dates_the_next_ones():
    text = (
        "Overnight into Monday, at least nine drones crossed the border from Belarus over the Rivne and "
        "Volyn regions. One of them hit a sawmill in Rokytne, starting a fire."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-11-10"), "attack")
    assert [(e.place, e.date) for e in attacks] == [("Rokytne", "2026-11-09")]


@pytest.mark.parametrize(
    "text, day",
    [
        ("Ukraine will never forget the attack on Kharkiv on Sunday. The strike killed seven.", "2026-02-08"),
        ("A Russian drone struck a house next to a school in Kherson on Sunday.", "2026-02-08"),
        ("The next Russian attack came on Sunday, when a drone hit a shop in Sumy.", "2026-02-08"),
    ],
)
def test_a_future_word_far_from_a_weekday_leaves_it_in_the_past(text, day):
    assert {e.date for e in by_type(run_with_gazetteer(text, "2026-02-10"), "attack")} == {day}


def test_a_highway_from_a_city_does_not_put_the_strike_in_it():
    text = (
        "A Russian drone struck a car on the highway from Kharkiv to Chuhuiv on Monday. The attack happened "
        "near the village of Rohan."
    )
    assert {e.place for e in by_type(run_with_gazetteer(text, "2026-02-10"), "attack")} == {"Rohan"}


def test_a_city_named_only_by_its_authorities_holds_no_district_of_another_city():
    text = (
        "Kyiv authorities declared a day of mourning after a Russian missile hit the Sobornyi district of "
        "Dnipro on Monday, governor Serhii Lysak said."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-02-10"), "attack")
    assert all(e.place != "Kyiv" for e in attacks)


def test_a_downing_twenty_kilometres_from_a_town_is_not_put_at_the_town():
    text = "A drone was shot down 20 kilometres south of Kotovsk on Monday."
    assert all(e.place_name != "Kotovsk" for e in run_with_gazetteer(text, "2026-02-10"))


def test_a_mayor_commenting_holds_no_district_of_the_city_a_governor_reports_on():
    text = (
        "Kharkiv mayor Ihor Terekhov said his city would send rescuers to help. A Russian ballistic missile "
        "struck the Kovpakivskyi district on Monday, killing 11 people, Sumy's regional governor said."
    )
    assert all(e.place != "Kharkiv" for e in run_with_gazetteer(text, "2026-02-10"))


def test_a_regional_administrations_city_holds_none_of_its_regions_raions():
    text = (
        "Summary of the night\n\nMykola Kalashnyk, head of the Kyiv Regional Military Administration\n\n"
        "On Monday, a drone hit a house in the Bucha district, injuring two people."
    )
    attacks = by_type(run_with_gazetteer(text, "2026-02-10"), "attack")
    assert [e.precision for e in attacks] == ["region"]


def test_talks_and_swaps_dated_only_to_next_week_are_a_plan():
    text = (
        "Ukrainian and Russian delegations are due to meet in Istanbul next week for a new round of talks on "
        "humanitarian issues, including prisoner exchanges, Ukraine's foreign ministry said."
    )
    assert run_with_gazetteer(text, "2026-08-20") == []
    text = "Russia and Ukraine swapped 84 prisoners each, days before talks planned for next week."
    swaps = by_type(run_with_gazetteer(text, "2026-08-20"), "prisoner_exchange")
    assert [e.place for e in swaps] == ["Ukraine"]


def test_an_item_of_a_past_days_summary_is_not_dated_by_the_regions_night_above_it():
    text = (
        "Kharkiv region over the past day\n\n"
        "Oleh Syniehubov | Telegram | 23.11.2024, 07:52\n\n"
        "Over the past day, the occupiers carried out strikes on 16 settlements of the Kharkiv region.\n\n"
        "Overnight, 13 Shahed-type UAVs were shot down by air defence forces over the region.\n\n"
        "Consequences of the shelling:\n\n"
        "Kharkiv district. In Derhachi, at about 17:30, an FPV drone damaged a private house."
    )
    attacks = by_type(run_with_gazetteer(text, "2024-11-23"), "attack")
    assert [(e.place, e.date) for e in attacks if e.place == "Derhachi"] == [("Derhachi", "2024-11-22")]
