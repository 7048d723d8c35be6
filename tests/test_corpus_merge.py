from shapely.geometry import Point, box

from geomap.corpus import merge_reports
from geomap.corpus.merge import same_place
from geomap.model import Event


def report(
    source, *, event_type="casualties", date="2025-05-24", published="2025-05-24", place="Kyiv", **fields
):
    geonameid = fields.pop("geonameid", {"Kyiv": 703448, "Odesa": 698740}.get(place))
    geometry = fields.pop("geometry", Point(30.52, 50.45))
    point = geometry.representative_point()
    return Event(
        id=f"{source}-{event_type}-{place}",
        event_type=event_type,
        geometry=geometry,
        lon=point.x,
        lat=point.y,
        precision=fields.pop("precision", "city"),
        location_reason="test",
        quote=fields.pop("quote", f"quote from {source}"),
        place_name=place,
        place=place,
        geonameid=geonameid,
        uncertainty_km=10.0,
        date=date,
        published=published,
        source=source,
        confidence=fields.pop("confidence", 0.6),
        **fields,
    )


def test_reports_of_the_same_happening_become_one_event_citing_all():
    a = report("city-administration", killed=6, injured=10, weapon="unknown")
    b = report("president", killed=15, weapon="drone", quote="Fifteen people were killed in Kyiv.")
    other = report("president", event_type="attack", quote="Drones attacked Kyiv.")
    [merged, attack] = merge_reports([a, other, b])
    assert attack == other
    assert merged.sources == ("city-administration", "president")
    assert merged.quotes == ("quote from city-administration", "Fifteen people were killed in Kyiv.")
    assert merged.source_count == 2
    assert merged.id == a.id and merged.quote == a.quote
    assert merged.weapon == "drone"
    assert merged.injured == 10
    assert merged.confidence == 0.84  # 1 - 0.4 * 0.4: independent reports add up


def test_conflicting_counts_keep_the_highest_same_day_figure_and_stay_visible():
    (merged,) = merge_reports([report("A", killed=6), report("B", killed=15)])
    assert merged.killed == 15
    assert (
        "killed: 15 (highest figure); reports differ: 6 per A (2025-05-24), 15 per B (2025-05-24)"
        in merged.notes
    )
    assert "merged from 2 reports" in merged.notes


def test_a_later_report_wins_even_with_a_lower_figure():
    early = report("early", killed=8, published="2025-05-24")
    late = report("late", killed=7, published="2025-05-26", count_qualifier="exact")
    (merged,) = merge_reports([early, late])
    assert merged.killed == 7
    assert merged.count_qualifier == "exact"
    assert "killed: 7 (latest report); reports differ: 8 per early (2025-05-24), 7 per late (2025-05-26)" in (
        merged.notes
    )


def test_agreeing_counts_make_no_conflict_note():
    (merged,) = merge_reports([report("A", killed=3), report("B", killed=3), report("C")])
    assert merged.killed == 3
    assert merged.notes == "merged from 3 reports"


def test_different_dates_places_types_and_undated_reports_stay_apart():
    events = [
        report("A"),
        report("B", date="2025-05-25"),
        report("C", place="Odesa"),
        report("D", event_type="attack"),
        report("E", date=None),
        report("F", date=None),
    ]
    assert merge_reports(events) == events


def test_two_events_of_one_article_are_never_merged_with_each_other():
    first, second = report("A", quote="first strike"), report("A", quote="second strike")
    third = report("B", quote="one of them")
    merged = merge_reports([first, second, third])
    assert len(merged) == 2
    assert merged[0].sources == ("A", "B") and merged[1] == second


def test_merging_again_adds_new_sources_to_a_merged_event():
    once = merge_reports([report("A", killed=2), report("B", killed=2)])
    [twice] = merge_reports([*once, report("C", killed=4)])
    assert twice.sources == ("A", "B", "C")
    assert twice.killed == 4
    assert "2 per A + B (2025-05-24), 4 per C (2025-05-24)" in twice.notes


def test_overlapping_areas_without_geonameid_merge_but_nested_areas_do_not():
    border = box(36.0, 50.2, 37.5, 50.6)
    shifted = box(36.1, 50.2, 37.6, 50.6)
    country = box(22.0, 44.0, 40.0, 52.5)
    a = report("A", place="border", geonameid=None, geometry=border, precision="border_area")
    b = report("B", place="border", geonameid=None, geometry=shifted, precision="border_area")
    c = report("C", place="Ukraine", geonameid=None, geometry=country, precision="country")
    assert same_place(a, b)
    assert not same_place(a, c)
    merged = merge_reports([a, b, c])
    assert [m.sources for m in merged] == [("A", "B"), ()]


def test_points_without_geonameid_merge_within_their_uncertainty():
    a = report("A", place="here", geonameid=None, geometry=Point(30.50, 50.45))
    b = report("B", place="here", geonameid=None, geometry=Point(30.55, 50.46))  # ~4 km
    far = report("C", place="there", geonameid=None, geometry=Point(31.0, 50.45))  # ~34 km
    assert same_place(a, b) and not same_place(a, far)
    point_vs_area = report("D", place="area", geonameid=None, geometry=box(30, 50, 31, 51))
    assert not same_place(a, point_vs_area)


def test_country_level_reports_are_not_merged():
    ukraine = box(22.0, 44.0, 40.0, 52.4)
    a = report("A", place="Ukraine", geonameid=690791, geometry=ukraine, precision="country")
    b = report("B", place="Ukraine", geonameid=690791, geometry=ukraine, precision="country")
    assert merge_reports([a, b]) == [a, b]


def test_many_differing_reports_are_summarised_by_figure():
    reports = [report(f"S{i}", killed=[3, 5][i % 2] if i < 10 else 10 + i) for i in range(20)]
    (merged,) = merge_reports(reports)
    assert merged.killed == 29
    assert "3 per S0 (2025-05-24) and S2 (2025-05-24) and S4 (2025-05-24) and 2 more" in merged.notes
    assert "5 per S1 (2025-05-24)" in merged.notes
    assert "6 other figures" in merged.notes
    assert len(merged.sources) == 20
