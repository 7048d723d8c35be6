"""Merge the mentions of one real-world happening into one event.

An article names the same strike in its headline, its lede and again further
down; each sentence gives a :class:`Mention`. Mentions of the same type, at the
same place and on a compatible date are one happening; the richer counts win.
Separate happenings (Friday's exchange and Saturday's) stay separate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from geomap.extraction.locate import PRECISION_RANK, Place
from geomap.extraction.numbers import Count
from geomap.extraction.text import Sentence
from geomap.gazetteer.store import distance_km
from geomap.model import CountQualifier, DatePrecision, EventType, Weapon

__all__ = ["Mention", "Group", "merge_mentions"]

_DIED_LATER = "died_later"  # a count of people among the wounded who died later (see counts.casualty_tallies)
_TOLLS = frozenset({"killed", "injured"})
_TOTAL_PRECISIONS = ("country", "region")  # where a total of finer counts may be given
_EXCHANGE = EventType.PRISONER_EXCHANGE
_REGION_RANK = PRECISION_RANK["region"]
_WEAPON_COUNTS = frozenset({"missiles", "drones"})
_CITY = "city"
_FLOORS = frozenset({CountQualifier.AT_LEAST.value, CountQualifier.MORE_THAN.value})  # "at least one"
_HEADLINE_NEAR_KM = 50.0  # a headline names the best-known town near a village the text goes on to place
_SITE_NEAR_KM = 50.0  # "a village east of Zaporizhzhia": the village the text names within this of the city
_SITE_NAMED_WITHIN = 2  # paragraphs after the report (a headline's may be followed by a byline and the lede)
# how the text may call the site when it names it ("an air base near Zhytomyr", then "the Ozerne airfield")
_BASE_WORDS = ("base", "airfield")
_SITE_WORDS = {
    "air base": _BASE_WORDS, "airbase": _BASE_WORDS, "airfield": _BASE_WORDS, "oil depot": ("depot",)
}
_OUTCOMES = frozenset({EventType.CASUALTIES, EventType.DAMAGE})  # what a strike leaves, on its day
# dated by nothing in the text (a day something was said on is still the latest it happened on)
_UNDATED = {DatePrecision.PUBLICATION.value, DatePrecision.UNKNOWN.value}
_STOPS = frozenset('.!?"”’')  # a sentence closed by one of these is no headline
# the most people a site of that kind has: larger places are no "village in eastern Ukraine"
_SITE_POPULATION = {"village": 20_000, "hamlet": 20_000, "settlement": 50_000, "town": 300_000}
# a region's own tally ("shelled 27 settlements in the region over the past day") is an event of its own
_REGION_TALLY_WORDS = frozenset({"settlements", "hromadas", "communities", "localities", "explosions"})
_UPDATE_REACH = 8  # days: "rose to five on Friday" may tell of last Friday's strike, not one before it
# a day something was reported on is only the latest it can have happened on
_VAGUE_DATES = {DatePrecision.REPORTED.value, DatePrecision.PUBLICATION.value, DatePrecision.UNKNOWN.value}
_DATE_RANK = {
    DatePrecision.DAY.value: 0,
    DatePrecision.RELATIVE.value: 1,
    DatePrecision.REPORTED.value: 2,
    DatePrecision.PUBLICATION.value: 3,
    DatePrecision.UNKNOWN.value: 4,
}


@dataclass
class Mention:
    """One sentence's report of an event."""

    event_type: EventType
    sentence: Sentence
    trigger_text: str
    place: Place | None
    place_origin: str
    date: dt.date | None
    date_precision: str
    date_text: str | None = None
    date_night: bool = False  # the date is of the night that ended on it ("overnight")
    counts: dict[str, Count] = field(default_factory=dict)
    weapons: list[Weapon] = field(default_factory=list)
    actor: str | None = None
    claimed_by: str | None = None
    weak: bool = False
    place_in_sentence: bool = False
    new_happening: bool = False
    # one side counts the soldiers it says it killed on the other's ground ("Russia's Defence Ministry ...
    # claimed up to 50 servicemen had been killed" in Poltava): no toll to replace one told by others
    enemy_losses: bool = False
    update: bool = False  # "the death toll has risen to four": a later report of an earlier happening
    refers_back: bool = False  # "the exchange", "the strike on Sumy": one reported before
    opens_item: bool = False  # heads a live blog's timed item ("09:50 - Russia launched 17 missiles")
    # opens a timeline's item with its day ("April 11 - ", "- Feb. 5 - "), which dates it ("June 8 - Drones
    # attacked overnight" is of June 8)
    opens_dated_item: bool = False
    # the date is of the strike a toll update counts, not of the report ("Wednesday's strike", "a woman
    # wounded when the Russians shelled the city on Monday has died")
    strike_day: bool = False
    restates: bool = False  # gives the toll as it now stands ("stood at three, not four", "stands at two")
    share: bool = False  # a place's share of a total downed ("64 drones: 27 over the Krasnodar region, ...")


@dataclass
class Group:
    """The mentions merged into one event so far."""

    event_type: EventType
    mentions: list[Mention]
    place: Place | None
    place_origin: str
    date: dt.date | None
    date_precision: str
    date_text: str | None
    date_night: bool
    counts: dict[str, Count]
    weapons: list[Weapon]
    actor: str | None
    claimed_by: str | None

    @classmethod
    def start(cls, mention: Mention) -> Group:
        """Open a group with its first mention."""
        return cls(
            mention.event_type,
            [mention],
            mention.place,
            mention.place_origin,
            mention.date,
            mention.date_precision,
            mention.date_text,
            mention.date_night,
            _died_later({}, mention.counts),
            list(mention.weapons),
            mention.actor,
            mention.claimed_by,
        )

    @property
    def reported_later(self) -> bool:
        """Return True if only updates told of the happening so far ("The death toll ... rose to five").

        Their day is when the toll was counted, and the strike they tell of may have come before it. (The
        first mention is rarely an update, so the test usually stops there.)
        """
        return all(m.update for m in self.mentions)

    def add(self, mention: Mention) -> None:
        """Fold a mention into the group: finer place, more specific date, richer counts."""
        reported_later = self.reported_later
        self.mentions.append(mention)
        # a toll update ("...in Darnytskyi had climbed to four") says where the later bodies were found, not
        # where the whole happening was
        finer = mention.place is not None and (self.place is None or mention.place.rank < self.place.rank)
        if finer and not (mention.update and self.place is not None):
            self.place, self.place_origin = mention.place, mention.place_origin
        rank, current = _DATE_RANK[mention.date_precision], _DATE_RANK[self.date_precision]
        # an update's day ("UPDATE, Wednesday, 21 January: the death toll has risen") is when it was
        # counted, not when it happened
        if not mention.update and (
            rank < current
            # (the day of the strike an update told of: "Three glide bombs hit the town on Thursday")
            or (rank == current and reported_later)
            # "on Tuesday night" says which night "overnight" in a Wednesday paper meant
            or (rank == current and self.date_night and not mention.date_night)
        ):
            self.date, self.date_precision = mention.date, mention.date_precision
            self.date_text, self.date_night = mention.date_text, mention.date_night
        sentence = mention.sentence
        if _DIED_LATER in mention.counts:
            # (not after "Death toll ... rises to 3" in the headline: the new toll already counts the death)
            if not any(m.update and "killed" in m.counts for m in self.mentions[:-1]):
                # the later death adds to the toll the body told last ("A woman was killed ... one of the
                # injured died": two), which a headline or lede ahead of it may already count ("Guided bombs
                # kill two"; "Drone hits bus ..., one woman killed" over "one of the women wounded has died")
                tolls = [m for m in self.mentions[:-1] if "killed" in m.counts]
                in_body = [m.counts["killed"].value for m in tolls if not _in_headline(m)]
                told_last = (in_body or [0])[-1] if tolls else None
                self.counts = _died_later(self.counts, mention.counts, told_last=told_last)
            return
        for name, count in mention.counts.items():
            old = self.counts.get(name)
            if (
                old is not None
                and name in _WEAPON_COUNTS
                and sentence.start <= old.start < sentence.end
                and old.start != count.start
            ):
                # "six aerial drones had been shot down over the city and four uncrewed boats destroyed":
                # another trigger's count in the same sentence, at the same place, is more of them
                self.counts[name] = Count(old.value + count.value, old.qualifier, old.start, count.end)
            elif count.reaches is not None and old is not None and old.value == count.reaches - 1:
                # "One woman was killed" then "A second woman died in hospital": two
                self.counts[name] = Count(count.reaches, old.qualifier, count.start, count.end)
            elif name in _TOLLS and old is not None and mention.enemy_losses != self._claimed_as_losses(old):
                # a side's count of the soldiers it says it killed gives way to a toll told by others
                if not mention.enemy_losses:
                    self.counts[name] = count
            else:
                self.counts[name] = count if mention.restates else richer(old, count)
        self.weapons.extend(mention.weapons)
        self.actor = self.actor or mention.actor
        self.claimed_by = self.claimed_by or mention.claimed_by

    def _claimed_as_losses(self, count: Count) -> bool:
        """Return True if ``count`` came from a side's claim of the enemy soldiers it killed."""
        return any(m.enemy_losses and any(count is own for own in m.counts.values()) for m in self.mentions)

    def counts_any_of(self, mention: Mention) -> bool:
        """Return True if the group has a count of a kind the mention gives ("killed" for a new toll).

        A later death of one of the wounded updates a toll that counted any.
        """
        if _DIED_LATER in mention.counts:
            return not self.counts.keys().isdisjoint(_TOLLS)
        return not self.counts.keys().isdisjoint(mention.counts)

    def accepts(self, mention: Mention) -> bool:
        """Return True if ``mention`` can report the same happening."""
        if mention.event_type is not self.event_type:
            return False
        # "Hours before the exchange, on Friday evening, ...": the date is not the exchange's (but "April 11 -
        # The Easter exchange ..." or "- Feb. 5 - 150 for 150" opening a factbox's item is that day's)
        if mention.opens_dated_item and self.date != mention.date:
            return False  # a factbox's item tells a happening of its day, not one the article told undated
        dated_item = mention.date_text is not None and mention.sentence.text.startswith(mention.date_text)
        own_day = dated_item and not _dates_compatible(self, mention)
        if mention.refers_back and mention.place is None and not own_day:
            return True
        if mention.refers_back and _holds(mention.place, self.place):
            # "Zelenskyy said the strike on Sumy showed...", "outside the damaged building" the next
            # afternoon, "shot down over the LPR during the attack": the one reported (there or inside the
            # area named), unless this sentence dates it to another day
            own_date = mention.date_text is not None and mention.date_text in mention.sentence.text
            if not own_date or _within_a_day(self, mention):
                return True
        if mention.update and _strike_day_differs(mention, self):
            return False  # "injured in Wednesday's strike ... has risen to nine" is not Thursday's toll
        if mention.update and mention.counts and not mention.place_in_sentence:
            # a later figure said without its place: the happening that counted it, or the one at the place
            # the paragraph is about ("rescuers in Bar had pulled a second body ... Five people were being
            # treated for injuries")
            return self.counts_any_of(mention) or _same_place(self.place, mention.place)
        if mention.update and self.place is not None and mention.place is not None:
            # "By Wednesday afternoon, the death toll in Odesa had risen to four after rescuers pulled two
            # more bodies from the rubble": the day is when it was reported, so the sentence's reports join
            # the happenings at their place (or the city holding its district) whatever the date; a later
            # death, the happening that counted the wounded
            later_death = _DIED_LATER in mention.counts
            return _holds(self.place, mention.place) and (not later_death or self.counts_any_of(mention))
        if (
            not mention.update
            and not mention.new_happening
            and self.reported_later
            and _holds(self.place, mention.place)
            and _days_before(mention, self) in range(_UPDATE_REACH)
        ):
            # "The death toll from a strike on Kochetok rose to five on Friday" then "Three glide bombs hit
            # the town on Thursday": the strike the update told of, on its own day
            return True
        if not _dates_compatible(self, mention):
            return False
        if mention.place is None:
            return True
        if self.place is None:
            # "Thursday's exchange ..." then "The exchange took place in the Sumy region": a later report
            # that dates nothing itself may say where the unplaced happening was ("the freed soldiers were
            # taken to a hospital in Chernihiv" does not: a weak mention is no report of where it happened)
            if not mention.counts and not self.counts.keys().isdisjoint(_WEAPON_COUNTS):
                return False  # "2,961 drones" used along the whole front are not the bombs on one village
            if not mention.counts.keys().isdisjoint(_WEAPON_COUNTS) and not _counts_agree(mention, self):
                return False  # "11 drones over the region" are not the Air Force's 54 across the country
            vague_date = mention.date_precision in _VAGUE_DATES and not mention.weak
            return self.date == mention.date or vague_date
        return self.place.key == mention.place.key


def _died_later(
    counts: dict[str, Count], given: dict[str, Count], *, told_last: int | None = None
) -> dict[str, Count]:
    """Return ``counts`` with a mention's counts folded in, the later deaths moved from injured to killed.

    "The driver was killed and his wife wounded" then "the woman had died in hospital": two killed, none
    injured. ``told_last``: the toll the body told last before the deaths, which they add to; a larger
    toll already kept (a headline's or a lede's final one) is not added to.
    """
    later = given.get(_DIED_LATER)
    result = {**counts, **{name: count for name, count in given.items() if name != _DIED_LATER}}
    if later is None:
        return result
    killed, injured = counts.get("killed"), counts.get("injured")
    if injured is None:
        # "killed a 70-year-old woman. The woman died in hospital": no one wounded was counted to die later
        if killed is None and "killed" not in given:  # (a toll said with the death stands)
            result["killed"] = Count(later.value, "exact", later.start, later.end)
        return result
    value = later.value + (killed.value if killed is not None else 0)
    if told_last is not None and killed is not None:
        value = max(killed.value, told_last + later.value)
    toll = given.get("killed")  # "The toll rose to two: the wounded woman died": the toll said, if more
    value = max(value, toll.value) if toll is not None else value
    result["killed"] = Count(value, killed.qualifier if killed else "exact", later.start, later.end)
    if injured.value > later.value:
        left = injured.value - later.value
        result["injured"] = Count(left, injured.qualifier, injured.start, injured.end)
    else:
        del result["injured"]
    return result


def _holds(area: Place | None, place: Place | None) -> bool:
    """Return True if both are known and ``place`` is ``area`` or lies inside it."""
    return area is not None and place is not None and area.holds(place)


def _same_place(a: Place | None, b: Place | None) -> bool:
    """Return True if both are known and are the same place."""
    return a is not None and b is not None and a.key == b.key


def _dates_compatible(a: Group | Mention, b: Group | Mention) -> bool:
    """Return True if ``a`` and ``b`` fall on the same date or night, or either has only a fallback date.

    "Overnight" in a Wednesday paper and "on Tuesday night" are one night.
    """
    if a.date == b.date or a.date_precision in _VAGUE_DATES or b.date_precision in _VAGUE_DATES:
        return True
    if a.date is None or b.date is None or abs((a.date - b.date).days) != 1:
        return False
    later = a if a.date > b.date else b
    return later.date_night


def _days_before(a: Group | Mention, b: Group | Mention) -> int | None:
    """Return how many days ``a`` is dated before ``b`` (None if either is undated)."""
    return None if a.date is None or b.date is None else (b.date - a.date).days


def _strike_day_differs(mention: Mention, group: Group) -> bool:
    """Return True if a toll update dates the strike it counts ("Wednesday's strike") to another day.

    A group dated only by the publication is no other day: "Death toll in Drohobych rises to five" in a
    headline is the toll of "Wednesday's Russian missile strike"; nor is Friday's shelling of the woman
    "wounded last night" in a Saturday paper.
    """
    if not mention.strike_day or group.date is None:
        return False
    return not _dates_compatible(mention, group)


def _within_a_day(a: Group | Mention, b: Group | Mention) -> bool:
    """Return True if ``a`` and ``b`` are dated at most a day apart (or either is undated)."""
    return a.date is None or b.date is None or abs((a.date - b.date).days) <= 1


def richer(old: Count | None, new: Count) -> Count:
    """Return the count to keep: the larger one, an exact one on ties."""
    if old is None or new.value > old.value:
        return new
    if new.value == old.value and old.qualifier != "exact" and new.qualifier == "exact":
        return new
    return old


def merge_mentions(mentions: list[Mention]) -> list[Group]:
    """Merge mentions, in reading order, into one group per happening.

    A mention without a place joins the latest compatible group of its type
    (preferring one on the same date); a region-level group folds into the only
    finer group of its type in that region ("drone strikes in the Tula region"
    and "the drone hit a chemical plant in Tula"), unless that one is reported as
    another happening ("a drone also hit a house in Klintsy") or counts otherwise.

    Parameters
    ----------
    mentions : list of Mention
        In reading order.

    Returns
    -------
    list of Group
        In order of first mention.
    """
    groups: list[Group] = []
    of_type: dict[EventType, list[Group]] = {}  # only groups of the mention's type can take it
    waiting: list[tuple[int, Mention]] = []  # a toll update read before the toll it updates
    for mention in mentions:
        of_its_type = of_type.get(mention.event_type, ())
        restated = _restated_total(mention, of_its_type)
        if restated is not None:
            restated.add(replace(mention, place=None))
            continue
        candidates = [g for g in of_its_type if g.accepts(mention)]
        if mention.place is None and mention.counts:
            candidates = [g for g in candidates if _may_take_unplaced_figures(g, mention, of_its_type)]
        if not candidates and mention.update and mention.counts and not mention.place_in_sentence:
            paragraph = mention.sentence.paragraph
            updated = [g for g in of_its_type if g.mentions[-1].sentence.paragraph == paragraph]
            if updated:  # "raising the death toll to three. At least four more people were wounded"
                updated[-1].add(mention)
                continue
            # "...Death toll rises to three" in a headline: an update read before the report it updates
            waiting.append((len(groups), mention))
            continue
        if mention.opens_item and mention.place is None and mention.counts:
            # "09:50 - Air Force: Russia launched 17 missiles and 24 drones overnight": the figures of the
            # report the item goes on to give, not of an item before it
            waiting.append((len(groups), mention))
            continue
        if candidates:
            if mention.update:  # "bringing the number of dead there to four": the toll that had a death count
                # at its own place rather than in the region that also counted it ("four killed and ten
                # injured in the oblast")
                counting = [g for g in candidates if g.counts_any_of(mention)]
                here = [g for g in candidates if _same_place(g.place, mention.place)]
                preferred = (
                    [g for g in counting if g in here]
                    # "injured in Wednesday's strike on the Oleksandrivskyi district has risen to nine": the
                    # happening its sentence began to tell, not another day's toll of the region holding it
                    or [g for g in here if any(m.sentence is mention.sentence for m in g.mentions)]
                    or [g for g in counting if _holds(g.place, mention.place)]
                    or here
                    or counting
                )
            else:
                preferred = [g for g in candidates if g.date == mention.date]
                if mention.place is None and mention.counts:
                    # "The 64 drones Russia said it shot down overnight": the happening that gave that figure
                    same_figure = [g for g in preferred or candidates if g.counts_any_of(mention)]
                    preferred = [g for g in same_figure if _counts_agree(mention, g)] or preferred
            (preferred or candidates)[-1].add(mention)
        else:
            group = Group.start(mention)
            groups.append(group)
            of_type.setdefault(mention.event_type, []).append(group)
    for position, mention in reversed(waiting):
        counted = [g for g in of_type.get(mention.event_type, ()) if g.counts_any_of(mention)]
        pool = [g for g in counted if _counts_agree(mention, g)] or counted
        # "The number of injured has risen to 11" after "...in Korsun-Shevchenkivskyi": the toll there
        pool = [g for g in pool if _holds(g.place, mention.place)] or pool
        pool = [g for g in pool if _dates_compatible(g, mention)]  # (not "June 26 - ..." for "July 9 - ...")
        if mention.opens_dated_item:
            pool = [g for g in pool if g.date == mention.date]  # (nor an undated headline's)
        if pool:
            # the report that follows the update ("Death toll rises to three" before its lede)
            after = [g for g in pool if groups.index(g) >= position]
            (after[0] if after else pool[-1]).add(mention)
        else:
            group = Group.start(mention)
            groups.insert(position, group)
            of_type.setdefault(mention.event_type, []).append(group)
    folded = _uncounted_into_regions(
        _fold_regions(_fold_headline_towns(_place_unnamed_sites(_fold_unplaced(groups))))
    )
    return _dated_by_their_strike(_without_totals(folded))


def _may_take_unplaced_figures(group: Group, mention: Mention, groups: Sequence[Group]) -> bool:
    """Return True if figures said without a place (and none carried to them) may be ``group``'s.

    Not those of a place a sentence named together with others, uncounted ("Air Force: Russia launched 33
    missiles, 246 drones" after a headline's "hit rail and energy in Cherkasy, Kirovohrad, Poltava
    regions") or given a smaller share of a total in an earlier paragraph; nor weapons counted in a later
    paragraph than a town's report ("Air Force: Russia launched 122 drones overnight" under its own heading
    after Zdolbuniv's strike): the country's, told next.
    """
    last = group.mentions[-1].sentence
    if not group.counts and any(
        other is not group and any(m.sentence is last for m in other.mentions) for other in groups
    ):
        return False
    share = any(m.share for m in group.mentions)
    if share and last.paragraph != mention.sentence.paragraph and not _within_share(mention, group):
        # ("- 4 UAVs over the territory of the Tula region" is not where "Over the past day, air defence
        # means shot down ... 241 UAVs")
        return False
    if mention.counts.keys().isdisjoint(_WEAPON_COUNTS) or group.place is None:
        return True
    return group.place.precision in _TOTAL_PRECISIONS or last.paragraph == mention.sentence.paragraph


def _within_share(mention: Mention, group: Group) -> bool:
    """Return True if the mention's figures are no larger than the group's, count by count."""
    given = mention.counts.items()
    return all(group.counts[name].value >= count.value for name, count in given if name in group.counts)


def _restated_total(mention: Mention, groups: Sequence[Group]) -> Group | None:
    """Return the group of a wider area whose weapons count a mention placed by an earlier sentence restates.

    "On-duty air defence systems destroyed 57 UAVs" after "57 drones over Russian regions, including 18 over
    the Tver Region" restates the country's total, not a figure for Tver, the region the text named last.
    """
    if mention.place is None or mention.place_in_sentence or not mention.counts or mention.update:
        return None
    if not mention.counts.keys() <= _WEAPON_COUNTS:
        return None  # a toll said again is the one its place gave ("the number of dead stood at three")
    restated = [
        g
        for g in groups
        if g.date == mention.date and g.counts_any_of(mention) and _counts_agree(mention, g)
        and _holds(g.place, mention.place) and not _same_place(g.place, mention.place)
    ]
    here = [g for g in groups if _same_place(g.place, mention.place)]
    if restated and here and all(g.counts_any_of(mention) and not _counts_agree(mention, g) for g in here):
        return restated[-1]
    return None


def _uncounted_into_regions(groups: list[Group]) -> list[Group]:
    """Count drones downed near a town ("destroyed on approach to Vyazma") in their region's count.

    The governor's "the drones had been destroyed on approach to Vyazma" after the ministry's "eight over
    the Smolensk Region" says where some of those eight fell, not that more were downed; the region keeps
    its place and count.
    """
    counted = [
        g
        for g in groups
        if g.event_type is EventType.INTERCEPTION
        and g.counts
        and g.place is not None
        and g.place.precision == "region"
    ]
    kept: list[Group] = []
    for group in groups:
        if group.event_type is EventType.INTERCEPTION and not group.counts and group.place is not None:
            regions = [g for g in counted if g.place is not None and g.place.contains(group.place)]
            regions = [g for g in regions if g.date == group.date]
            if len(regions) == 1:
                regions[0].mentions.extend(group.mentions)
                continue
        kept.append(group)
    return kept


def _fold_unplaced(groups: list[Group]) -> list[Group]:
    """Fold a group no text placed into the only group of its type that gives the same figures.

    "Russian glide bombs kill 4 in front-line Ukrainian town" heads a report whose lede says "at least two"
    and whose toll reaches four in Velyka Novosilka later on: the headline's four are those.
    """
    kept: list[Group] = []
    for group in groups:
        if group.place is None and group.counts:
            same = [
                g
                for g in groups
                if g is not group
                and g.event_type is group.event_type
                and g.place is not None
                and group.counts.keys() <= g.counts.keys()
                and _counts_agree(group, g)
            ]
            if len(same) == 1:
                for mention in group.mentions:
                    same[0].add(mention)
                continue
        kept.append(group)
    return kept


def _dated_by_their_strike(groups: list[Group]) -> list[Group]:
    """Date a toll or damage the text does not date by the one strike at its place.

    "A bus was struck by a drone on Wednesday morning ... The driver and two passengers were injured. The bus
    was badly damaged": the injuries and the damage are that strike's, on its day, not on the day of
    publication.
    """
    strikes: dict[str, list[Group]] = {}
    for group in groups:
        if group.event_type is EventType.ATTACK and group.place is not None:
            strikes.setdefault(group.place.key, []).append(group)
    for group in groups:
        if group.event_type not in _OUTCOMES or group.date_precision not in _UNDATED:
            continue
        here = strikes.get(group.place.key, []) if group.place is not None else []
        if len(here) == 1 and here[0].date_precision not in _VAGUE_DATES:
            strike = here[0]
            group.date, group.date_precision = strike.date, strike.date_precision
            group.date_text, group.date_night = strike.date_text, strike.date_night
    return groups


def _without_totals(groups: list[Group]) -> list[Group]:
    """Drop a country- or region-wide count that the article's finer ones account for (add up to it or more).

    "Air defences destroyed 47 drones over three regions" before "21 over the
    Volgograd Region, 17 over the Rostov Region and nine over the Belgorod Region"
    reports the same drones twice, as "struck several settlements of the oblast, killing four and
    injuring 10" does the tolls of its towns.
    """
    # (not a town the gazetteer lacks, placed on its district: "Kamianske (Vasylivka district)")
    totals = [
        g
        for g in groups
        if g.counts and g.place and g.place.precision in _TOTAL_PRECISIONS and not g.place.named_site
    ]
    dropped = set()
    for total in totals:
        area = total.place
        parts = [
            g
            for g in groups
            if g.event_type is total.event_type
            and g.place is not None
            and area is not None
            and area.contains(g.place)
            and _dates_compatible(g, total)
        ]
        sums = {name: sum(g.counts[name].value for g in parts if name in g.counts) for name in total.counts}
        # (weapons in two finer counts at least: one town with the country's 122 drones was given them, and
        # the total is what the text said)
        counted = [g for g in parts if not g.counts.keys().isdisjoint(total.counts)]
        enough = len(counted) > 1 or total.counts.keys().isdisjoint(_WEAPON_COUNTS)
        accounted = all(sums[name] >= count.value for name, count in total.counts.items())
        if not accounted and total.counts.keys() == _TOLLS:
            # "In total, one person was killed and five were injured" before "the man who was wounded in this
            # afternoon's bombing has died": the total counted him among the wounded
            later = (m.counts.get(_DIED_LATER) for g in parts for m in g.mentions)
            died = sum(count.value for count in later if count is not None)
            killed, injured = total.counts["killed"].value, total.counts["injured"].value
            accounted = sums["killed"] - died >= killed and sums["injured"] + died >= injured
        if len(parts) > 1 and enough and accounted:
            dropped.add(id(total))
    return [g for g in groups if id(g) not in dropped] if dropped else groups


def _counts_agree(a: Group | Mention, b: Group) -> bool:
    """Return True unless ``a`` and the group ``b`` give different figures for the same count.

    "14 drones were shot down over Crimea" is not "a downed drone" in Simferopol; "the death toll had risen to
    three" is what "at least one person was killed" gave a floor of.
    """
    return all(_agree(count, b.counts[name]) for name, count in a.counts.items() if name in b.counts)


def _agree(count: Count, other: Count) -> bool:
    """Return True if two counts of one field can be the same figure ("at least one" and "three")."""
    if count.value == other.value:
        return True
    low = count if count.value < other.value else other
    return low.qualifier in _FLOORS


def _fold_regions(groups: list[Group]) -> list[Group]:
    """Fold an area's report into the finer report it is about.

    A region-level group joins the only finer group of its type inside the region; so does a country-level
    one that places an unnamed site ("a front-line village in eastern Ukraine"), if the finer place is small
    enough for that kind of site, and a city-level one the only district of the city the gazetteer lacks
    ("Russian missiles hit Kryvyi Rih" and "In the Ternivskyi district, a missile hit a school"). A headline
    naming a region, or an attack on a region or city with several finer attacks inside it, with no figures
    and no tally of its own ("shelled 27 settlements"), joins the first finer report inside it as evidence.
    """
    kept: list[Group] = []
    for group in groups:
        area = group.place
        # (not a named town the gazetteer lacks, placed on its area: "Kamianske, Vasylivka district")
        # (a border area holds the one crossing an exchange took place at, not every village it names)
        crossing = area is not None and area.precision == "border_area" and group.event_type is _EXCHANGE
        # (a city holds the districts the gazetteer lacks that the text puts in it: "the Ternivskyi district")
        city = area is not None and area.precision == _CITY
        areal = area is not None and (area.precision == "region" or crossing or city or _unnamed_site(group))
        if area is not None and not area.named_site and areal:
            finer = [
                g
                for g in groups
                if g is not group
                and g.event_type is group.event_type
                and g.place is not None
                and area.contains(g.place)
                and (
                    area.precision == "region"
                    or crossing
                    or (city and bool(g.place.named_site))
                    or (not city and g.place.rank < _REGION_RANK and _may_be_site(group, g.place))
                )
                and _dates_compatible(g, group)
            ]
            if len(finer) == 1 and _folds_into(group, finer[0]):
                for mention in group.mentions:
                    finer[0].add(mention)
                continue
            overview = (
                len(finer) > 1
                and group.event_type is EventType.ATTACK
                and area.precision in ("region", _CITY)
                and not any(m.sentence.words & _REGION_TALLY_WORDS for m in group.mentions)
            )
            if finer and not group.counts and (_headline_only(group) or overview):
                # "Russian attack on Dnipropetrovsk, Poltava oblasts: What we know so far" heads the reports
                # of Petrykivka and Tsarychanka, and "A restless night in the region. The enemy attacked with
                # drones." those of Solone, Mezhyrich and Shyroke: its quote stays as their evidence
                finer[0].mentions.extend(group.mentions)
                continue
        kept.append(group)
    return kept


def _fold_headline_towns(groups: list[Group]) -> list[Group]:
    """Fold a headline's report at a town into the one report of its type the text gives near that town.

    "HUR Says Drones Hit S-400 Radar Near Yevpatoria" heads the strike the text places at Myrnyi, 30 km
    away; a headline town the text reports anything at itself ("... radar near Alushta destroyed", then a
    strike near Alushta) stays.
    """
    kept: list[Group] = []
    for group in groups:
        town = group.place
        if town is not None and town.precision == _CITY and _headline_only(group):
            same = [g for g in groups if g is not group and g.event_type is group.event_type]
            reported_here = any(
                g.place is not None and g.place.key == town.key and not _headline_only(g) for g in groups
            )
            near = [
                g
                for g in same
                if g.place is not None
                and g.place.rank <= town.rank
                and not _headline_only(g)
                and _dates_compatible(g, group)
                and distance_km(g.place.lat, g.place.lon, town.lat, town.lon) <= _HEADLINE_NEAR_KM
            ]
            if len(near) == 1 and not reported_here:
                for mention in group.mentions:
                    near[0].add(replace(mention, place=near[0].place))
                continue
        kept.append(group)
    return kept


def _place_unnamed_sites(groups: list[Group]) -> list[Group]:
    """Put a report of an unnamed site near a town (a village, an air base) at the site the text names next.

    "Russian aircraft dropped guided bombs on a village east of the Ukrainian city of Zaporizhzhia, killing
    three people", then "The bombs hit a street of private houses in Kamiane, a village ... 20 km east of the
    regional capital": the strike and its toll are Kamiane's, not Zaporizhzhia's. The site is the one place
    near the town named after the report, at most two paragraphs later, in a sentence that calls it that kind
    of site; with none, or several, the report stays at the town.
    """
    kept: list[Group] = []
    for group in groups:
        town = group.place
        at_town = [m for m in group.mentions if m.place is not None and _same_place(m.place, town)]
        if town is None or town.precision != _CITY or not at_town or not all(_site_only(m) for m in at_town):
            kept.append(group)
            continue
        # (a later toll said without its place may have joined: "Fedorov had initially reported two killed")
        last = max(m.sentence.index for m in at_town)
        paragraph = max(m.sentence.paragraph for m in at_town)
        kinds = {m.place.unnamed_site for m in at_town if m.place is not None}
        words = {word for kind in kinds for word in _SITE_WORDS.get(kind, (kind,))}
        # the place named next near the town, where the text calls it that kind of site ("in Kamiane, a
        # village of about 1,200 people", "the Ozerne air base"), not another strike ("shelled Bilozerka")
        named_after = [
            g
            for g in groups
            if g.place is not None
            and g.place.rank <= town.rank
            and g.place.key != town.key
            and last < g.mentions[0].sentence.index
            and g.mentions[0].sentence.paragraph <= paragraph + _SITE_NAMED_WITHIN
            and any(word in g.mentions[0].sentence.text.lower() for word in words)
            and distance_km(g.place.lat, g.place.lon, town.lat, town.lon) <= _SITE_NEAR_KM
            and _may_be_site(group, g.place)
        ]
        sites = {g.place.key: g.place for g in named_after if g.place is not None}
        if len(sites) != 1:
            kept.append(group)
            continue
        site = next(iter(sites.values()))
        same = [
            g
            for g in groups
            if g is not group
            and g.event_type is group.event_type
            and _same_place(g.place, site)
            and _dates_compatible(g, group)
        ]
        if same:
            for mention in group.mentions:
                same[0].add(replace(mention, place=site))
            continue
        group.place = site
        kept.append(group)
    return kept


def _site_only(mention: Mention) -> bool:
    """Return True if the mention's place is only where an unnamed site it reports lies."""
    return mention.place is not None and bool(mention.place.unnamed_site)


def _headline_only(group: Group) -> bool:
    """Return True if the group is reported only in the article's headline."""
    return all(_in_headline(m) for m in group.mentions)


def _in_headline(mention: Mention) -> bool:
    """Return True if the mention is read in the article's headline: an opening line left unstopped."""
    return mention.sentence.index == 0 and mention.sentence.text[-1] not in _STOPS


def _may_be_site(group: Group, place: Place) -> bool:
    """Return True if ``place`` is no larger than the kind of site the group's phrase names.

    "A village in northern Ukraine" is not Kharkiv, a city of a million; a refinery or a city may be anywhere.
    """
    kinds = {m.place.unnamed_site for m in group.mentions if m.place is not None}
    population = place.extra.get("population") or 0
    return all(population <= _SITE_POPULATION.get(kind, population) for kind in kinds)


def _unnamed_site(group: Group) -> bool:
    """Return True if every mention puts the group in an area only as where an unnamed site lies."""
    return all(_site_only(m) for m in group.mentions)


def _folds_into(region: Group, finer: Group) -> bool:
    """Return True if a region's report is the one happening reported inside it.

    Not when the finer report is one of several ("also"), gives other figures (unless the area's report only
    updates a toll: "the death toll in Kherson had risen to three"), or, for interceptions, lacks the region's
    count: "14 drones over the Leningrad region" were downed over the region, not all "near Kirishi".
    """
    if any(m.new_happening for m in finer.mentions):
        return False
    if not _counts_agree(region, finer) and not region.reported_later:
        return False
    return region.event_type is not EventType.INTERCEPTION or region.counts.keys() <= finer.counts.keys()
