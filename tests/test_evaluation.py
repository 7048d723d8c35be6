"""The gold-set evaluation: matching, scoring, the command line, and the extractor's score on tests/gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import Point

from geomap.evaluation import evaluate, load_gold, main, match_events
from geomap.gazetteer.store import distance_km
from geomap.model import Event

GOLD = Path(__file__).parent / "gold"


def event(event_type, lon, lat, *, precision="city", country="UA", date="2025-05-24", **counts):
    return Event(id=f"{event_type}{lon}", event_type=event_type, geometry=Point(lon, lat), lon=lon, lat=lat,
                 precision=precision, location_reason="test", quote="q", country_code=country, date=date,
                 place=f"p{lon}", **counts)  # fmt: skip


def gold_event(event_type, lon, lat, *, precision="city", country="UA", date="2025-05-24", **counts):
    return {"event_type": event_type, "lon": lon, "lat": lat, "precision": precision, "country_code": country,
            "date": date, "place": f"g{lon}", **counts}  # fmt: skip


def write_gold(directory, events, text="Some text."):
    (directory / "a.txt").write_text(text, encoding="utf-8")
    (directory / "a.json").write_text(
        json.dumps({"published": "2025-05-24", "events": events}), encoding="utf-8"
    )


def test_haversine():
    assert distance_km(50.45, 30.52, 46.48, 30.74) == pytest.approx(441, abs=2)


def test_matching_prefers_same_date_and_nearest_place():
    gold = [
        gold_event("prisoner_exchange", 30.0, 50.0, date="2025-05-23"),
        gold_event("prisoner_exchange", 30.0, 50.0, date="2025-05-24"),
    ]
    events = [
        event("prisoner_exchange", 30.0, 50.0, date="2025-05-24"),
        event("prisoner_exchange", 30.0, 50.0, date="2025-05-23"),
    ]
    assert sorted((i, j) for i, j, _ in match_events(gold, events)) == [(0, 1), (1, 0)]


def test_far_or_other_type_events_do_not_match():
    gold = [gold_event("attack", 30.52, 50.45)]
    assert match_events(gold, [event("attack", 30.74, 46.48)]) == []  # Odesa is not Kyiv
    assert match_events(gold, [event("damage", 30.52, 50.45)]) == []


def test_report_counts_precision_recall_counts_and_errors(tmp_path):
    write_gold(
        tmp_path,
        [gold_event("attack", 30.52, 50.45, killed=3), gold_event("talks", 28.95, 41.01, country="TR")],
    )

    def fake_extractor(text, **options):
        return [event("attack", 30.53, 50.45, killed=2), event("damage", 30.0, 50.0)]

    report = evaluate(tmp_path, extractor=fake_extractor, resolver=object())
    assert report.recall("attack") == 1.0 and report.recall("talks") == 0.0
    assert report.precision() == 0.5 and report.recall() == 0.5
    assert (report.counts_right, report.counts_total) == (0, 1)
    assert report.median_error_km("city") == pytest.approx(0.7, abs=0.1)
    assert report.wrong_country == 0
    assert any("missed talks" in p for p in report.problems)
    assert any("extra damage" in p for p in report.problems)
    assert "attack" in report.summary()


def test_wrong_country_is_counted(tmp_path):
    write_gold(tmp_path, [gold_event("attack", 33.52, 44.61, country="UA")])  # Sevastopol is Ukraine
    report = evaluate(tmp_path, extractor=lambda text, **o: [event("attack", 33.52, 44.61, country="RU")],
                      resolver=object())  # fmt: skip
    assert report.wrong_country == 1


def test_an_extra_event_in_a_country_the_article_is_not_about_is_a_wrong_country(tmp_path):
    write_gold(tmp_path, [gold_event("attack", 30.74, 46.48, country="UA")])  # Odesa
    found = [event("attack", 30.74, 46.48), event("damage", 40.3, 64.7, country="RU"), event("talks", 31, 47)]
    report = evaluate(tmp_path, extractor=lambda text, **o: found, resolver=object())
    assert report.wrong_country == 1  # the Arkhangelsk damage; the Ukrainian extra is only an extra


def test_missing_gold_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(FileNotFoundError, match="no gold annotations"):
        load_gold(tmp_path)
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="b.txt"):
        load_gold(tmp_path)
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "error" in capsys.readouterr().err


def test_gold_files_are_complete():
    articles = load_gold(GOLD)
    assert len(articles) >= 13
    for article in articles:
        for gold in article.events:
            assert {"event_type", "lat", "lon", "precision", "country_code", "date"} <= set(gold), (
                article.name
            )


@pytest.mark.slow
def test_extractor_meets_the_targets_on_the_gold_set():
    resolver_module = pytest.importorskip("geomap.resolver")
    try:
        resolver = resolver_module.Resolver.default()
    except OSError as error:  # no gazetteer built in this checkout
        pytest.skip(f"no gazetteer: {error}")
    report = evaluate(GOLD, resolver=resolver)
    assert report.recall() > 0.9, report.summary()
    assert report.precision() > 0.9, report.summary()
    assert report.wrong_country == 0, report.summary()
    assert report.counts_right / report.counts_total > 0.9, report.summary()
