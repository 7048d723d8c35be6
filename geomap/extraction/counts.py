"""Counts tied to what they count: killed, injured, prisoners, missiles and drones.

Each finder returns :class:`Tally` items carrying the position of the word
that reports them, so the pipeline can hand each count to the event trigger
it belongs to. The numbers are found once (:func:`~geomap.extraction.numbers.find_counts`)
and every pattern here is anchored at a number, so sentences without numbers cost nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geomap.extraction.dates import WEEKDAY_PATTERN
from geomap.extraction.numbers import (
    HAS_WOUNDS_PATTERN,
    MEDICAL_HELP_PATTERN,
    NTH_BODY_PATTERN,
    ORDINALS,
    SUSTAINED_INJURY_PATTERN,
    Count,
    find_counts,
    hedged_count,
)
from geomap.extraction.openings import compile_opening

__all__ = [
    "DOWNED_WORDS",
    "Tally",
    "casualty_tallies",
    "is_part_of_them",
    "weapon_tallies",
    "prisoner_tallies",
    "unnumbered_toll",
    "is_toll_update",
    "is_toll_restated",
    "RESTATED_TOLL_WORDS",
    "TOLL_UPDATE_WORDS",
    "shares_by_place",
    "toll_shares_by_place",
]

_I = re.IGNORECASE
_PEOPLE = (
    r"(?:people|persons|civilians|residents|children|others|adults|women|men|soldiers|servicemen|workers"
    r"|employees|passengers|pensioners|teenagers|villagers|rescuers|firefighters|medics|officers|staff|minors"
    r"|electricians|engineers|repairmen|miners|farmers|drivers|guards|volunteers|journalists|teachers|doctors"
    r"|nurses|policemen|students|patients|railwaymen|fishermen|paramedics|neighbours|neighbors|crew\s+members"
    r"|crewmen|sailors|seafarers)"
)
_PERSON_WORDS = frozenset(
    "man woman child boy girl person civilian resident driver pensioner teenager worker soldier rescuer "
    "firefighter medic paramedic officer passenger infant baby volunteer guard nurse doctor journalist "
    "farmer student employee miner watchman shopkeeper cyclist pedestrian motorist fisherman teacher priest "
    "electrician postman son daughter husband wife mother father brother sister grandson granddaughter "
    "grandmother grandfather patient neighbour neighbor passerby bystander courier cashier saleswoman "
    "salesman vendor fitter assistant engineer mechanic technician conductor machinist welder lineman "
    "repairman dispatcher".split()
)
_PERSON = "(?:passer-by|" + "|".join(sorted(_PERSON_WORDS, key=lambda word: (-len(word), word))) + ")"
# the words a sentence naming a person holds ("passer" of "a passer-by")
_PERSON_GATE_WORDS = _PERSON_WORDS | {"passer"}
_KILL = r"(?:killed|killing|kills?|died|dead|deaths?|lost\s+(?:their|his|her)\s+lives)"
_INJURE = (
    rf"(?:injur(?:ed|ing|es|ies)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|{MEDICAL_HELP_PATTERN}"
    r"|(?:cut|hit)\s+by\s+(?:flying\s+)?(?:glass|shrapnel)"
    r"|(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospital\s+with\s+(?:\w+\s+){0,2}?(?:wounds|injuries|burns)"
    rf"|{SUSTAINED_INJURY_PATTERN}|{HAS_WOUNDS_PATTERN})"
)
_KILL_WORD = re.compile(_KILL, _I)
_VERB = rf"(?P<verb>{_KILL}|{_INJURE})"
_AGE_VALUE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"  # "aged 67", "aged sixty-two"
# an aside between the count and its verb: "Five people, including a child, were injured", "Two women, aged 67
# and 71, were killed"
_AGES = (  # "aged 67 and 71", "aged from 15 to 81", "aged 30-45"
    rf"aged\s+(?:(?:from|between)\s+)?{_AGE_VALUE}(?:(?:\s*,\s*|,?\s+and\s+|\s+to\s+|\s*[-–]\s*){_AGE_VALUE})*"
)
_INCLUDING = (
    r"(?:\s*,\s*(?:(?:including|among\s+them)[^,]{1,60}"
    # ("Two farm workers, men aged 44 and 52, were wounded", "Two crew members, a citizen of Ukraine and a
    # citizen of Georgia, were injured")
    rf"|(?:(?:men|women|boys|girls)\s+)?{_AGES}|an?\s+[^,]{{1,60}}),"
    rf"|\s+{_AGES})?"  # "nine people aged from 15 to 81 were killed"
)
_AUX = (
    r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|have|has|had|been)\s+)?"
    r"(?:being\s+)?"  # "18 people were being treated for injuries"
    r"(?:(?:reportedly|also|\w+ly)\s+){0,2}"  # "were slightly injured", "was also seriously wounded"
    r"(?:(?:reported|confirmed)\s+)?"  # "Three people were initially reported injured", "confirmed dead"
    r"(?:(?:now\s+)?(?:counted|listed|registered|recorded)\s+as\s+)?"  # "three are now counted as injured"
)
_AGE = r"(?:\d+-year-old\s+|[a-z]+(?:-[a-z]+)?-year-old\s+|elderly\s+|young\s+|local\s+)?"
_TRADE = r"(?:[a-z]+\s+)?"  # "a truck driver", "a police officer"
# "one employee of the (power) plant", "One employee of the regional power company", "the driver of one of
# them" (of the lorries just named), "Two residents of Yarova, a village on the Siverskyi Donets river,",
# "three residents of the village of Hrabovske"
_NAME = r"(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*)?"
_OF_WHERE = (
    r"(?:\s+(?:of|at|from|in)\s+(?:(?:the|a)\s+(?:\w+\s+){0,2}?(?!and\b|or\b)\w+(?:\s+of\s+" + _NAME + r")?"
    r"|one\s+of\s+them"
    r"|[a-z]+(?:-[a-z]+)?(?=\s+(?:was|were|is|has|had)\b)"  # an age: "a man of sixty-two was killed"
    r"|" + _NAME + r"(?:,\s+an?\s+(?:village|town|city|settlement|suburb)\b[^,.;]{0,80},)?))?"
)
# Anchored right after a number: "Five residents were injured", "17 others wounded", "Two employees of the
# plant were injured".
# "Two Ukrenergo employees who were on duty at the substation were injured": where they were, not what
# befell them (not "Two people who were injured in the attack died")
# "Two truck drivers waiting to unload in the port were injured": what they were doing there
# what people were doing where they were hit: "working in a field", "two drivers waiting to unload"
_DOING = (
    r"(?:living|working|walking|standing|sitting|sleeping|sheltering|waiting|queu(?:e)?ing|passing|travell?ing"
    r"|driving|riding|cycling)"
)
_WHO_WERE_THERE = (
    # ("Two men who were travelling to work in the fields were injured")
    rf"(?:\s+(?:who\s+(?:was|were|had\s+been)\s+(?:on\s+duty|at\s+work|{_DOING}|inside|nearby|there|at|in|on)"
    rf"|{_DOING})\b"
    rf"(?:(?!{_KILL}|{_INJURE})[^,.;]){{0,40}}?)?"
)
_THEN_VERB = re.compile(
    rf"(?:\s+(?:[^\s,;:]+\s+){{0,2}}?{_PEOPLE}{_OF_WHERE}{_WHO_WERE_THERE}|\s+more)?{_INCLUDING}"
    # "three men aged 39, 44 and 61 and a 57-year-old woman were wounded": one more
    rf"(?P<and_one>\s+and\s+(?:an?|the|one|his|her|their)\s+{_AGE}{_TRADE}{_PERSON})?\s+{_AUX}{_VERB}\b",
    _I,
)
# Just before a number: "killing 34 people", "injuring at least 15".
_VERB_BEFORE = compile_opening(
    r"\b(?P<verb>killing|killed|kills|kill|injuring|injured|injures|wounding|wounded|wounds)\s+"
    r"(?:(?!and\b|or\b)\w+\s+)?$",
    _I,
)
_VICTIMS_AFTER = re.compile(
    # "injuring two of them" (the volunteers just named)
    rf"\s+(?:\S+\s+){{0,2}}?{_PEOPLE}\b|\s+of\s+them\b|\s*(?:[,.;]|and\b|in\b|on\b|when\b|$)"
    # "wounded eight the previous evening"
    r"|\s+(?:the\s+(?:previous|same)|overnight|yesterday|late|early)\b",
    _I,
)
# "an 81-year-old man was injured", "The driver, a 44-year-old local resident, was wounded", "The driver,
# 47-year-old volunteer Andrii Moroz, was killed": one person
# "A woman living there suffered a shrapnel wound", "a man walking nearby was injured", "A man riding a
# bicycle was wounded"
_DOING_THERE = (
    r"(?:\s+born\s+(?:in\s+)?(?:19|20)\d\d"  # "A woman born in 1961 received cuts from broken glass"
    rf"|\s+aged\s+{_AGE_VALUE}"  # "A man aged fifty-eight was injured"
    # "A 78-year-old patient who was in the surgical ward when the bomb hit has died"
    rf"|\s+who\s+(?:was|had\s+been)\s+(?:{_DOING}\s+)?(?:in|at|on|inside|nearby|there)\b"
    rf"(?:(?!{_KILL}|{_INJURE})[^,.;]){{0,60}}?"
    # "A 67-year-old man who had refused to evacuate was injured"
    rf"|\s+who\s+(?:had|has)\s+(?!been\b)(?:(?!{_KILL}|{_INJURE})[^,.;]){{1,50}}?"
    rf"|\s+{_DOING}\s+(?:there|nearby|next\s+door"
    r"|(?:in|at|on)\s+(?:the|a|an)\s+[\w-]+|(?:a|an|his|her)\s+(?:bicycle|bike|motorcycle|motorbike|scooter|car"
    r"|tractor|van|truck|lorry|bus)))?"
)
# a soldier's death in the fighting, not in the strike reported: "Her husband was killed at the front"
_NOT_IN_THE_WAR = (
    r"(?!\s+(?:at\s+the\s+front|in\s+(?:the\s+)?(?:war|combat|action|battle)\b|in\s+(?:19|20)\d\d))"
)
_ONE_THEN_VERB = compile_opening(
    # (after an age, whoever the words name: "A 43-year-old shift supervisor was killed")
    # ("Her mother, eighty-one-year-old Hanna Petrivna, was killed", "The driver, 34, was wounded")
    # (not "after his father was killed and his mother detained", "since her husband was killed": what had
    # happened before)
    rf"\b(?<!after\s)(?<!since\s)(?<!when\s)(?<!before\s)(?P<n>an?|one|the|1|his|her|their)\s+"
    rf"(?:{_AGE}{_TRADE}{_PERSON}{_OF_WHERE}"
    r"|(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+(?!(?:who|that|which|whom)\b)(?-i:[a-z][\w-]*)){0,2}?)"
    # ("A 63-year-old resident, Hanna, was cut by glass")
    # ("His 58-year-old wife, who was in the passenger seat, received a mine-blast injury", "The driver, born
    # in 1971, sustained shrapnel wounds")
    # ("One worker, aged 44, was injured")
    rf"(?:,\s+(?:(?:an?\s+|{_AGE_VALUE}-year-old\s+|who\s+(?:was|had\s+been)\s+)[^,]{{1,50}}|\d{{1,3}}"
    rf"|aged\s+{_AGE_VALUE}|born\s+(?:in\s+)?(?:19|20)\d\d"
    rf"|(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]+),)?"
    rf"{_DOING_THERE}\s+{_AUX}{_VERB}\b{_NOT_IN_THE_WAR}",
    _I,
)
# "her neighbour, Mykola, a 71-year-old retired tractor driver, who was wounded in the leg": one person
# "Mykola, who was fifty-eight, was killed on the spot"
_NAMED_ONE_WHO = re.compile(
    rf"\b(?P<n>(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]+),\s+(?:(?:an?\s+)?{_AGE_VALUE}-year-old\b[^,.;]{{0,50}},\s+who\s+"
    rf"(?:was|had\s+been)\s+|(?:who\s+was\s+|aged\s+){_AGE_VALUE},\s+)(?:was\s+|had\s+been\s+)?{_AUX}{_VERB}\b",
    _I,
)
# "a woman and a 16-year-old girl were injured", "a man and his son were killed": two people
_PAIR_THEN_VERB = compile_opening(
    # ("The man, 45, and his wife, 43, were injured")
    rf"\b(?P<n>an?|one|the|his|her|their)\s+{_AGE}{_TRADE}{_PERSON}(?:,\s+\d{{1,3}},)?\s+and\s+"
    # ("His wife and a neighbour who was standing nearby were wounded", "The driver and his passenger, two
    # men aged 41 and 45, received shrapnel wounds", "A 31-year-old paramedic and the 44-year-old driver")
    rf"(?:an?|one|the|his|her|their)\s+{_AGE}{_TRADE}{_PERSON}"
    r"(?:,\s+(?:\d{1,3}|(?:two|both)\s+(?:men|women|people|residents)(?:\s+aged\s+[^,]{1,20})?),)?"
    rf"{_OF_WHERE}{_DOING_THERE}\s+{_AUX}{_VERB}\b",
    _I,
)
# a person, or two, the sentence before named: "He was hospitalized", "Both were killed on the spot"
_PRONOUN_THEN_VERB = compile_opening(rf"\b(?P<n>he|she|both)\s+(?:of\s+them\s+)?{_AUX}{_VERB}\b", _I)
_PRONOUNS = frozenset({"he", "she", "both"})
_VERB_THEN_ONE = compile_opening(
    rf"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?P<n>an?|one|the|its|his|her)\s+{_AGE}{_TRADE}"
    # one, unless others follow: not "killing its driver and two passengers", "killing her husband and son"
    rf"{_PERSON}\b(?!\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|its|their"
    rf"|another|several|other|{_PERSON})\b)",
    _I,
)
# "the death toll in Odesa had risen to", "the number of (people) injured rose to": the figure that follows.
_TOLL = compile_opening(
    # "the death toll", and a toll alone ("By Sunday evening the toll had risen to three")
    r"\b(?:(?P<death>(?:death\s+)?toll)|number\s+of\s+(?:people\s+)?(?:(?P<dead>dead|deaths|killed|fatalities)"
    # ("the number of wounded had also risen, to six")
    r"|(?:injured|wounded|injuries)))\s+(?:[\w'’-]+\s+){0,14}?(?:(?:risen|rose),\s+)?(?:to|at|of|reached"
    r"|(?:is|was)\s+now)\s+$",  # ("so the number of wounded is now five")
    _I,
)
_RATIO_AFTER = re.compile(r"\s*(?:times\b|%|per\s*cent\b|percent\b)", _I)
_TOLL_UPDATE = compile_opening(
    # ("The death toll from a strike on Kochetok, a small town east of Kharkiv, rose to five")
    r"\b(?:toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|killed|fatalities|injured|wounded|injuries))"
    r"\s+(?:[\w'’-]+,?\s+){0,14}?"
    r"(?:rose|risen|rises|climbed|climbs|increased|increases|grew|grown|grows|jumped|jumps|reached|reaches)\b"
    r"|\b(?:bringing|brought|bring|raising|raised)\s+the\s+(?:death\s+toll|toll|number\s+of\s+\w+)\b",
    _I,
)
# "recovered the body of a fourth victim", "pulled a second body from the rubble": the toll has reached that
_NTH_BODY = compile_opening(NTH_BODY_PATTERN, _I, before=r"\b")
# one more of the wounded or the dead, who brings their number to its ordinal: "a second employee had been
# taken to hospital with burns", "a third resident was injured", "A second woman, aged 73, died of her
# wounds", "a third person, a security guard, had sought medical help"
_NTH_VICTIM = re.compile(
    rf"\ba\s+(?P<nth>{'|'.join(ORDINALS)})\s+(?:[\w-]+\s+)?{_PERSON}\b(?:,[^,]{{1,40}},)?\s+"
    r"(?:had\s+been\s+|has\s+been\s+|was\s+|is\s+|has\s+|had\s+)?(?:later\s+|since\s+|also\s+|subsequently\s+)?"
    r"(?:(?P<wounded>taken\s+to\s+(?:an?\s+|the\s+)?"
    rf"hospital|hospitali[sz]ed|(?:found\s+)?(?:injured|wounded|hurt)|{MEDICAL_HELP_PATTERN})|died|killed)\b"
    # (not "A second Kherson resident has been killed by drones in as many days": a count over days)
    r"(?![^.;]{0,40}?\b(?:in|within|over)\s+(?:as\s+many|the\s+(?:past|last)\s+\w+|two|three|four|five|\d+)"
    r"\s+(?:days|weeks|hours)\b)",
    _I,
)
# "including a 12-year-old", "63 drones ..., including 22 over the Belgorod region": part of a count given
# "38 of them over the Krasnodar region", "seven of the drones over Lviv itself"
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|which|the\s+(?:drones|UAVs|missiles|targets))\b", _I)
_DOWNED_BEFORE = compile_opening(
    # "brought down or disabled 98 of them" (not "disabled 20 of them, and 50 were shot down")
    r"\b(?:destroyed|eliminated|shot\s+down|downed|intercepted|neutrali[sz]ed|brought\s+down)"
    r"(?:\s+or\s+(?:disabled|suppressed|jammed))?\s+$",  # "shot down or suppressed 68 of them"
    _I,
)
# "launched 96 drones at the country overnight, of which air defences shot down or suppressed 71"
_OF_WHICH_DOWNED_BEFORE = compile_opening(
    r"\bof\s+which,?\s+(?:[\w-]+\s+){0,4}?(?:destroyed|eliminated|shot\s+down|downed|intercepted"
    r"|neutrali[sz]ed|brought\s+down)(?:\s+or\s+(?:disabled|suppressed|jammed))?\s+$",
    _I,
)
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b|$)")  # (not "shot down over 11 regions")
_SUBSET = compile_opening(r"\b(?:including|among\s+them|of\s+whom|of\s+them|of\s+which),?\s+$", _I)

# "unmanned aerial vehicles" are drones, and so are naval ones: "six unmanned surface vessels", "eleven
# unmanned boats"
_UNIT = (
    r"(?P<unit>missiles?|rockets?|drones?|UAVs?|Shaheds?|Gerans?|aerial\s+vehicles?"
    r"|(?:unmanned|uncrewed)\s+(?:surface\s+)?(?:vessels?|boats?))"
)
# "five drones", "12 Iskander-M missiles", "five U.S.-made ATACMS missiles", "23 ballistic and cruise
# missiles"; not "a dozen wounded as drone hits": the words between describe the weapon
_UNIT_AFTER = re.compile(
    # (not another weapon's count: "about 900 guided aerial bombs and 46 missiles"; nor a count of attacks:
    # "five attacks with mortars and FPV drones")
    r"[\"”’]?\s+(?:(?!(?:as|when|after|while|were|was|are|is|by|in|killed|wounded|injured|dead|died|people"
    r"|bombs?|shells?|grenades?|munitions?|attacks|strikes|times|explosions|blasts|shellings)(?![\w-]))"
    rf"[\w\-./]+\s+){{0,3}}?(?:and\s+[\w\-]+\s+)?[\"“«]?{_UNIT}\b",  # "two Kh-59/69 guided air missiles"
    _I,
)  # also after a quote: '"all four" Storm Shadow missiles', and before one: '9 "Shaheds"'
_LIST_OPENING = re.compile(r":[ \t]*\n\s*[-•*–]")  # a lead-in, then items on lines of their own
_OTHER_UNIT_JOINED = re.compile(rf"\s+(?:and|or|&)\s+(?:[\w-]+\s+)?{_UNIT}\b", _I)
_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", _I)
REPORTED_DOWNED = (
    r"(?:it|they)\s+(?:said\s+it\s+had\s+|reported\s+|had\s+)?(?:destroyed|destroying|downed|intercepted"
    r"|shot\s+down)"
)
"""What a body says it downed, after the weapons: "(the 77 drones) it reported destroyed"."""
_ALL_DOWNED_AFTER = re.compile(rf"\s+{REPORTED_DOWNED}\b", _I)
_DOWNED_AFTER = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:of\s+(?:them|which|those)\s+)?(?:were|was|have\s+been|had\s+been)\s+"
    # not "22 more were lost from radar": those are not counted as downed
    r"(?:shot\s+down|intercepted|destroyed|downed|jammed|neutrali[sz]ed|suppressed|brought\s+down)\b",
    _I,
)
# drones that vanished from radar, which an air force counts apart from those it downed: "- 32 enemy
# imitator drones were locationally lost", "23 more drones were lost from radar" (not "40 drones attacked the
# region and power was lost")
_LOST_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:were|was|have|had|and)\b)[^\s.,;]+){0,6}?"
    r"[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:\w+ly[ \t]+|also[ \t]+)?[\"“]?"
    r"(?:\w+ly[ \t]+)?lost\b",
    _I,
)
_ONE_DOWNED = compile_opening(rf"\b(?P<n>an?|one)\s+(?:downed|intercepted|shot-down)\s+{_UNIT}\b", _I)
_DOWNED = r"(?:shot\s+down|intercepted|downed)"
_ONE_WAS_DOWNED = compile_opening(
    rf"\b(?P<n>an?|one)\s+(?:\w+\s+)?{_UNIT}\s+(?:(?:was|has\s+been|had\s+been)\s+"
    rf"(?:{_DOWNED}|destroyed|suppressed|jammed|neutrali[sz]ed)\b"
    # also without its auxiliary, before where: "A drone shot down over the town fell onto a block", not "A
    # Russian drone shot down a helicopter"
    rf"|{_DOWNED}(?=\s+(?:over|above|near|in|on|outside|at|by)\b))"
    rf"|\b{_DOWNED}\s+(?P<n2>an?|one)\s+(?:\w+\s+)?(?P<unit2>missiles?|rockets?|drones?|UAVs?"
    r"|Shaheds?|Gerans?)\b",
    _I,
)
# Words that signal "a downed missile"; without them or a number a sentence holds no weapon count.
DOWNED_WORDS = frozenset(
    {"downed", "intercepted", "shot", "destroyed", "suppressed", "jammed", "neutralised", "neutralized"}
)
_PRISONERS_AFTER = re.compile(
    # ("fifteen seriously wounded Ukrainian soldiers returned home")
    r"\s+(?:[\w\-]+\s+){0,3}?(?:prisoners(?:\s+of\s+war)?|POWs|soldiers|servicemen|combatants"
    r"|captives|civilians|people|defenders|troops|service\s*members|detainees|individuals|Ukrainians|Russians"
    r"|citizens)\b"
    # "On Friday, 146 more were exchanged each way": the people of the swap told before
    r"|\s+more(?=\s+(?:were|have\s+been|had\s+been)\s+(?:exchanged|swapped|freed|released|returned)\b)",
    _I,
)
# "More than 3,700 Ukrainians have been freed so far", "bringing home 127 Ukrainians in the course of the
# week": a running total of several swaps, unless a superlative or an ordinal
# tells which swap the phrase ranks ("390 prisoners each in the largest swap since the start of the war")
_SO_FAR = re.compile(
    r"\b(?:so\s+far|to\s+date|since\s+the\s+(?:start|beginning)|in\s+all"
    r"|(?:in\s+the\s+course\s+of|over)\s+the\s+(?:past\s+)?week|this\s+week)\b"
    r"|\b(?P<ranked>largest|biggest|greatest|latest|last|first|\d+(?:st|nd|rd|th)|"
    + "|".join(ORDINALS)
    + r")\b",
    _I,
)
# "has been involved in most exchanges since January 2024 and says more than 4,600 captives have been freed":
# a count said in the perfect after a period of several swaps totals them (not "Held in captivity since
# 2022, 84 Ukrainians returned home")
_SINCE_PERIOD = re.compile(
    r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+)?(?:19|20)\d\d\b",
    _I,
)
_HAVE_BEEN = re.compile(r"\s+(?:have|has)\s+been\b", _I)  # "... 4,600 captives have been freed"
# what the side counted was given for: "returned home in exchange for 1,000 Ukrainians"
_IN_EXCHANGE_FOR = re.compile(r"\bin\s+exchange\s+for\s+$", _I)
# the day of one swap: "In total, 103 defenders have been returned home today"
_SAME_DAY = re.compile(
    rf"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|on\s+{WEEKDAY_PATTERN})\b", _I
)
# "In total, 1,000 Russian citizens have been returned home": every stage of a swap, or every swap, summed
_IN_TOTAL = re.compile(r"\b(?:in\s+total|altogether|in\s+all)\b", _I)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
# a people named by nationality are prisoners only where the clause says they came back: "175 Ukrainians
# have returned home", "189 citizens of Ukraine returned home", not "300 Ukrainians were evacuated"
_NATIONALS = frozenset({"ukrainians", "russians", "citizens"})
_RETURNED = re.compile(
    r"\b(?:return\w*|back|home|free[ds]?|releas\w*|captivity|exchanged|swapped|repatriat\w*)\b", _I
)
_AMONG_THE_TOTAL = re.compile(
    r"[^.;:]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:freed|released|returned|exchanged|swapped|brought|who\s+(?:came|returned|were))\b",
    _I,
)  # (not "were among the 1,200 people Moscow has agreed to return": a bigger promise)
_BODIES = compile_opening(r"\b(?:bod(?:y|ies)|remains)\s+of\s+$", _I)
_AND = re.compile(r"\s*,?\s*and\s+", _I)
# "The handover brought to 478 the number of Ukrainians freed since Thursday", "its mediation had now freed a
# total of 4,641 captives": the sum of several swaps
_SUM_BEFORE = compile_opening(
    r"\b(?:(?:brought|bringing|brings|raised|raising)\s+(?:the\s+(?:total|number|tally)\s+)?to"
    # (not "has returned a total of 84 people in today's exchange": one swap's)
    r"|(?:had|have|has)\s+(?:now|so\s+far|already)\s+\w+\s+a\s+total\s+of)\s+$",
    _I,
)
_PLANNED = compile_opening(r"\b(?:planned|plan|agreed|agree|promised|proposed|would|will)\b", _I)


@dataclass(frozen=True)
class Tally:
    """A count of something, anchored at the word that reports it.

    Attributes
    ----------
    field : str
        ``killed``, ``injured``, ``prisoners``, ``missiles`` or ``drones``.
    count : Count
        Value, hedge and offsets of the number.
    anchor : int
        Offset of the reporting word (verb or noun), used to find its trigger.
    role : str
        For missiles and drones: ``launched``, ``downed``, ``downed_part`` or ``any``; for a toll,
        ``reached`` when one more victim brings it to a figure ("a second body", "a second employee had been
        taken to hospital").
    """

    field: str
    count: Count
    anchor: int
    role: str = "any"


def _field_for(verb: str) -> str:
    return "killed" if _KILL_WORD.fullmatch(verb) else "injured"


# "The driver was severely injured and died on the way to hospital": a death
_AND_DIED = re.compile(
    r"(?:\s+(?!and\b)[\w-]+){0,8}?\s+and\s+(?:later\s+|then\s+|subsequently\s+|soon\s+)?died\b", _I
)


def _field_of(text: str, match: re.Match[str]) -> str:
    """Return the toll a person pattern's ``verb`` counts into, a wounding that ended in death a killing."""
    field = _field_for(match.group("verb"))
    return "killed" if field == "injured" and _AND_DIED.match(text, match.end("verb")) else field


# a figure given first and then corrected: "The governor had initially said four people were killed", "The
# number of dead is two, not four"
_SUPERSEDED = compile_opening(
    r"\b(?:initially|originally)\s+(?:said|reported|stated|gave)\s+(?:that\s+)?$|,\s+not\s+$",
    _I,
)


def is_part_of_them(text: str, count: Count, end: int) -> bool:
    """Return True if "of them" follows ``count``: "51 drones, 13 of them over the Saratov region".

    Parameters
    ----------
    text : str
        The article.
    count : Count
        A count found in a sentence.
    end : int
        Where that sentence ends.

    Returns
    -------
    bool
    """
    return _OF_THEM_AFTER.match(text, count.end, end) is not None


def is_subset(text: str, start: int, count: Count) -> bool:
    """Return True if ``count`` is said to be part of another: "including 22 over the Belgorod region".

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the count's sentence starts.
    count : Count
        A count found in that sentence.

    Returns
    -------
    bool
    """
    return _SUBSET.search(text, max(start, count.start - 20), count.start) is not None


def casualty_tallies(
    text: str,
    *,
    start: int,
    end: int,
    numbers: list[Count] | None = None,
    words: frozenset[str] = _PERSON_GATE_WORDS,
) -> list[Tally]:
    """Find killed and injured counts in the sentence ``text[start:end]``.

    Handles "Five residents were injured", "killing 34 people and injuring 117",
    "an 81-year-old man was injured", "the death toll rose to 12"; counts after
    "including" are parts of another count and are skipped.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    numbers : list of Count, optional
        The sentence's numbers from :func:`~geomap.extraction.numbers.find_counts`, if already found.
    words : frozenset of str, optional
        The sentence's lower-cased words; "a man was killed" is only looked for when they name a person.

    Returns
    -------
    list of Tally
        In reading order.
    """
    numbers = find_counts(text, start=start, end=end) if numbers is None else numbers
    tallies: list[Tally] = []
    for count in numbers:
        superseded = _SUPERSEDED.search(text, max(start, count.start - 50), count.start) is not None
        if superseded or is_subset(text, start, count):
            continue  # "had initially said four", "two, not four"; "one of them"
        after = _THEN_VERB.match(text, count.end, end)
        if after:
            one = _ONE_AND_BEFORE.search(text, max(start, count.start - 50), count.start)
            if one is not None:  # "The driver, 61, and two women passengers were injured": three
                count = Count(count.value + 1, count.qualifier, one.start(), count.end)
            if after.group("and_one"):
                count = Count(count.value + 1, count.qualifier, count.start, count.end)
            tallies.append(Tally(_field_of(text, after), count, after.start("verb")))
            continue
        before = _VERB_BEFORE.search(text, max(start, count.start - 40), count.start)
        if before and _VICTIMS_AFTER.match(text, count.end, end):
            tallies.append(Tally(_field_for(before.group("verb")), count, before.start("verb")))
        else:
            toll = _TOLL.search(text, max(start, count.start - 140), count.start)
            if toll and not _RATIO_AFTER.match(text, count.end, end):  # (not "is now 10 times higher")
                field = "killed" if toll.group("death") or toll.group("dead") else "injured"
                tallies.append(Tally(field, count, count.start))
    pairs: list[tuple[int, int]] = []
    people_named = (
        bool(words & _PERSON_GATE_WORDS)
        or text.find("-year-old", start, end) >= 0
        or text.find(", who was ", start, end) >= 0  # "Mykola, who was fifty-eight, was killed"
        or "aged" in words
    )
    for pattern in (_PAIR_THEN_VERB, _ONE_THEN_VERB, _VERB_THEN_ONE, _NAMED_ONE_WHO) if people_named else ():
        for match in pattern.finditer(text, start, end):
            if any(a <= match.start("n") < b for a, b in pairs):
                continue  # the second of a pair already counted
            value = 2 if pattern is _PAIR_THEN_VERB else 1
            count = hedged_count(text, value, match.start("n"), match.end("n"), start=start)  # "At least one"
            if not is_subset(text, start, count):
                tallies.append(Tally(_field_of(text, match), count, match.start("verb")))
                if value == 2:
                    pairs.append(match.span())
    for match in _PRONOUN_THEN_VERB.finditer(text, start, end) if not words.isdisjoint(_PRONOUNS) else ():
        # "He was hospitalized with shrapnel wounds", "Both were killed on the spot"
        value = 2 if match.group("n").lower() == "both" else 1
        count = Count(value, "exact", match.start("n"), match.end("n"))
        tallies.append(Tally(_field_of(text, match), count, match.start("verb")))
    for match in _NTH_BODY.finditer(text, start, end) if text.find("bod", start, end) >= 0 else ():
        value = ORDINALS[(match.group("nth") or match.group("nth2")).lower()]
        reached = Count(value, "exact", match.start(), match.end())
        tallies.append(Tally("killed", reached, match.start(), "reached"))
    for match in _NTH_VICTIM.finditer(text, start, end) if not words.isdisjoint(ORDINALS) else ():
        value = ORDINALS[match.group("nth").lower()]
        field = "injured" if match.group("wounded") else "killed"
        # only after the figure it follows in the sentence ("one worker injured; ... a second employee"): not
        # "killed two residents. A third resident was injured", the third resident named
        earlier = [t for t in tallies if t.field == field and t.anchor < match.start()]
        if any(t.count.value == value - 1 for t in earlier):
            tally = Tally(field, Count(value, "exact", match.start(), match.end()), match.start(), "reached")
        else:
            # one more than a figure another sentence gave, which the merge brings to the ordinal ("One woman
            # was killed. ... A second woman died in hospital"), or one person
            tally = Tally(field, Count(1, "exact", match.start(), match.end(), reaches=value), match.start())
        # (in place of "a ... employee" counted as one)
        tallies = [t for t in tallies if not (t.field == field and t.count.start == match.start())]
        tallies.append(tally)
    if "died" in words:
        tallies = _later_deaths(text, start, end, tallies)
    return _dedupe(tallies)


# someone already counted among the wounded who died later: "one of the wounded, a 58-year-old man, had died
# in hospital", "the man who was injured in the drone attack ... has died", "the woman had died in hospital"
_LATER_DEATH = compile_opening(
    r"\b(?:(?P<n>one|two|three|[1-9])\s+of\s+the\s+(?:(?:seriously|severely|badly)\s+)?(?:injured|wounded)"
    rf"(?:\s+{_PEOPLE})?"
    # ("one of the electricians wounded in Graivoron has died", or of those just counted: "wounding three
    # workers. ... one of them, a 52-year-old fitter, had died")
    rf"|(?P<n2>one|two|three|[1-9])\s+of\s+(?:the\s+{_PEOPLE}\s+(?:injured|wounded)[^,.;]{{0,60}}?|them)"
    # ("The 61-year-old woman wounded in Huty died in hospital in Bohodukhiv", "A woman injured in Saturday's
    # bombing of the Kyivskyi district has died in hospital")
    # (not "The man was injured and his wife died at the scene")
    rf"|(?:the|an?)\s+{_AGE}{_TRADE}{_PERSON}\s+(?:who\s+(?:was|had\s+been)\s+(?:\w+\s+)?|(?:\w+ly\s+)?)"
    # (not "A man injured in the attack told reporters his neighbour had died": another's death)
    r"(?:injured|wounded)(?:\s+(?!(?:told|tells|said|says|recalled|described|and|but)\b)[^\s,.;]+){0,12}?"
    # ("the wounded woman died in hospital in Mykolaiv")
    rf"|the\s+(?:(?:seriously|severely|badly)\s+)?(?:injured|wounded)\s+{_AGE}{_TRADE}{_PERSON}"
    rf"|the\s+{_AGE}{_TRADE}{_PERSON}(?=\s+(?:(?:has|had)\s+)?(?:since\s+|later\s+)?died\s+in\s+(?:the\s+)?"
    r"(?:hospital|intensive\s+care)))"
    # (an aside, with an age: "one of the injured, Fomin's neighbour Valentina, 64, had died", or where she
    # was taken: "The woman wounded last night, who had been transferred to the Belgorod Regional Clinical
    # Hospital, has died")
    r"(?:\s*,[^,]{1,90}(?:,\s*\d{1,3})?,)?\s+(?:(?:has|had|have)\s+)?(?:since\s+|later\s+|also\s+)?died\b"
    # (not "killing two men and wounding a woman. One of them died at the scene": one of the dead)
    r"(?!\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately|on\s+impact)\b)",
    _I,
)
_SMALL_COUNTS = {"one": 1, "two": 2, "three": 3}


def _later_deaths(text: str, start: int, end: int, tallies: list[Tally]) -> list[Tally]:
    """Replace a later death of someone counted among the wounded by a ``died_later`` tally.

    The merge moves that many from the injured to the killed of the happening: "Two people were killed and
    five injured. ... one of the wounded had died in hospital" is three killed and four injured; a sentence
    that also gives the new death toll ("The toll rose to two: the wounded woman died") keeps that toll and
    still takes her from the injured.
    """
    later = _LATER_DEATH.search(text, start, end)
    if later is None:
        return tallies
    within = [t for t in tallies if later.start() <= t.count.start < later.end()]
    n = later.group("n") or later.group("n2")
    value = int(n) if n and n.isdigit() else _SMALL_COUNTS.get((n or "one").lower(), 1)
    died = Tally("died_later", Count(value, "exact", later.start(), later.end()), later.start())
    return [*(t for t in tallies if t not in within), died]


_ONE_AND_BEFORE = compile_opening(
    rf"\b(?:the|an?)\s+(?:[\w-]+\s+)?{_PERSON}(?:,\s+(?:aged\s+)?\d{{1,3}},)?\s+and\s+$", _I
)
_UNNUMBERED = compile_opening(
    rf"\b(?:dozens|scores|hundreds|several|many|a\s+number)\s+(?:of\s+)?(?:\S+\s+){{0,2}}?{_PEOPLE}"
    rf"{_INCLUDING}\s+{_AUX}{_VERB}\b",
    _I,
)


TOLL_UPDATE_WORDS = frozenset(["toll", "number", "body", "bodies", "died"])
"""Words a toll update needs: without one of them a sentence cannot update a toll."""


# "death toll revised down to three", "lowering an earlier toll", "three, not four as first reported"; "As of
# this hour, the toll of the morning strike stands at two killed and three wounded"
_TOLL_RESTATED = compile_opening(
    r"\brevised\s+down|\b(?:lowered|lowering|reduced|reducing|corrected|correcting)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:earlier\s+|initial\s+|death\s+)*toll\b|,\s+not\s+[\w,]+\s+as\s+(?:first|initially|earlier|previously)\s+"
    r"(?:reported|said|stated)"
    # (the toll of a strike, not "The toll among children now stands at 2")
    r"|\btoll\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:strike|attack|shelling|bombing|bombardment)s?\s+"
    r"(?:(?:on|in)\s+(?:the\s+)?[\w'’-]+\s+)?)?(?:now\s+)?stands\s+at\b",
    _I,
)


# "So, on 20 November, the Russians killed 4 residents of the Donetsk region, and 10 were wounded", "Thus, as
# a result of the shelling of Kramatorsk, two people were killed and eight were injured": a sum drawn again
# after an update (not "So, a 45-year-old man was hospitalised": one of its people; nor "In total, one person
# was killed ... across Kherson Oblast": a day's sum beside other periods' sums)
_SUMMED_UP = re.compile(
    r"\W*(?:So|Thus),\s+(?:(?:on|over|for|in)\s+[^,.;]{2,25}|as\s+a\s+result\s+of\s+[^,.;]{2,60}),"
)
RESTATED_TOLL_WORDS = frozenset(["not", "toll", "down", "so", "thus"])
"""Words a restated toll needs: without one of them a sentence cannot restate a toll."""


def is_toll_restated(text: str, *, start: int, end: int) -> bool:
    """Return True if the sentence ``text[start:end]`` gives a toll as it now stands, replacing earlier ones.

    A toll revised down ("revised down to three", "three, not four as first reported"), said as it stands
    ("the toll of the morning strike stands at two killed and three wounded") or summed up again ("So, on
    20 November, the Russians killed 4 residents ..., and 10 were wounded") replaces the figures given
    before, even larger ones.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.

    Returns
    -------
    bool
    """
    summed_up = _SUMMED_UP.match(text, start, end) is not None
    return summed_up or _TOLL_RESTATED.search(text, start, end) is not None


def is_toll_update(text: str, *, start: int, end: int) -> bool:
    """Return True if the sentence ``text[start:end]`` updates a toll ("the death toll has risen to four").

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.

    Returns
    -------
    bool
    """
    return (
        _TOLL_UPDATE.search(text, start, end) is not None
        or _NTH_BODY.search(text, start, end) is not None
        or _LATER_DEATH.search(text, start, end) is not None
    )


def unnumbered_toll(text: str, *, start: int, end: int) -> str | None:
    """Return the sentence's casualty phrase that gives no figure ("dozens of people were injured"), if any.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.

    Returns
    -------
    str or None
        The phrase as written.
    """
    match = _UNNUMBERED.search(text, start, end)
    return match.group() if match else None


def _dedupe(tallies: list[Tally]) -> list[Tally]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for tally in sorted(tallies, key=lambda t: t.count.start):
        key = (tally.field, tally.count.start)
        if key not in seen:
            seen.add(key)
            unique.append(tally)
    return unique


def _unit_field(unit: str) -> str:
    unit = unit.lower()
    return "missiles" if unit.startswith(("missile", "rocket")) else "drones"


# "21 over the Volgograd Region": a share followed by a name (capitalised, unlike "over nine regions"), also
# a part of the total a few words on: "28 of the drones and both missiles were downed over the Kursk region"
_SHARE_OVER = compile_opening(
    r"\s+(?:of\s+(?:the|them)\s+(?:\w+\s+){0,6}?|(?:\w+\s+){0,3}?)(?:over|above)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?"
    r"(?-i:(?=[A-ZА-ЯІЇЄҐ]))",
    _I,
)



def shares_by_place(
    text: str, *, start: int, end: int, numbers: list[Count] | None = None
) -> list[tuple[Count, int]]:
    """Find a total split over places: "47 drones: 21 over the Volgograd Region, 17 over the Rostov Region".

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    numbers : list of Count, optional
        The sentence's numbers, if already found.

    Returns
    -------
    list of (Count, int)
        Each share and where the name of its place starts; empty unless there are two shares or more,
        or one said to be part of the total ("including 22 over the Belgorod region").
    """
    numbers = find_counts(text, start=start, end=end) if numbers is None else numbers
    shares = _shares(_SHARE_OVER, text, numbers, end)
    if len(shares) == 1:
        count = shares[0][0]
        part = is_subset(text, start, count) or is_part_of_them(text, count, end)
        return shares if part else []
    return shares


# "eight in the Darnytskyi district", "three employees of the logistics company in the Holosiivskyi district"
_SHARE_IN = compile_opening(r"(?:\s+[\w'-]+){0,6}?\s+in\s+(?:the\s+)?(?-i:(?=[A-ZА-ЯІЇЄҐ]))", _I)


def toll_shares_by_place(text: str, *, start: int, end: int, numbers: list[Count]) -> list[tuple[Count, int]]:
    """Find a toll split over places after a colon: "11 injured: eight in Darnytskyi, three in Holosiivskyi".

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    numbers : list of Count
        The sentence's numbers.

    Returns
    -------
    list of (Count, int)
        Each share and where the name of its place starts; empty unless two shares or more follow the colon.
    """
    colon = text.find(": ", start, end)
    if colon < 0:
        return []
    shares = _shares(_SHARE_IN, text, [count for count in numbers if count.start > colon], end)
    return shares if len(shares) > 1 else []


def _shares(share: re.Pattern[str], text: str, numbers: list[Count], end: int) -> list[tuple[Count, int]]:
    """Return each count ``share`` matches right after, with where the place name after it starts."""
    return [
        (count, found.end()) for count in numbers if (found := share.match(text, count.end, end)) is not None
    ]


_OVER_AFTER = re.compile(r"\s*[-–—:]\s*(?:over|above)\s+the\s+(?:territory|airspace)\b", _I)


_DETECTED_AFTER = re.compile(
    r"(?:\s+\w+)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:recorded|detected|tracked|spotted|registered)\b",
    _I,
)


def weapon_tallies(
    text: str,
    *,
    start: int,
    end: int,
    previous_unit: str | None = None,
    numbers: list[Count] | None = None,
    words: frozenset[str] = DOWNED_WORDS,
) -> list[Tally]:
    """Find counts of missiles and drones in the sentence ``text[start:end]``.

    "29 of 42 drones" gives 29 downed and 42 launched; "88 were shot down"
    counts the unit named last before it (``previous_unit`` when the sentence
    names none); "a downed missile" is one missile downed.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    previous_unit : str, optional
        "missiles" or "drones": what the previous sentence counted.
    numbers : list of Count, optional
        The sentence's numbers, if already found.
    words : frozenset of str, optional
        The sentence's lower-cased words; "a downed missile" is only looked for after "downed" and the like.

    Returns
    -------
    list of Tally
        In reading order.
    """
    numbers = find_counts(text, start=start, end=end) if numbers is None else numbers
    tallies: list[Tally] = []
    used: set[int] = set()
    for index, count in enumerate(numbers):
        if count.start in used:
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        joint = _OF_AFTER.match(text, count.end, end)
        if joint and following is not None and following.start == joint.end():
            unit = _UNIT_AFTER.match(text, following.end, end)
            if unit and _OTHER_UNIT_JOINED.match(text, unit.end(), end):
                # "413 of 497 Russian missiles and drones downed": of both together, neither's count
                used.add(following.start)
                continue
            if unit:
                field = _unit_field(unit.group("unit"))
                # ("21 of the 77 drones it reported destroyed that night": all of them downed)
                whole = "downed" if _ALL_DOWNED_AFTER.match(text, unit.end(), end) else "launched"
                tallies.append(Tally(field, count, count.start, "downed"))
                tallies.append(Tally(field, following, unit.start("unit"), whole))
                used.add(following.start)
                continue
        unit = _UNIT_AFTER.match(text, count.end, end)
        if unit and _LOST_AFTER.match(text, unit.end(), end):
            continue  # "- 32 enemy imitator drones were locationally lost": neither launched nor downed apart
        if unit:
            # "shot down or jammed 71 of the drones, and hits were recorded": the downing's, not the hits'
            downed = _DOWNED_BEFORE.search(text, max(start, count.start - 40), count.start) is not None
            # ("16 drones were recorded over the region; air defence destroyed 12 of them": all that came)
            detected = _DETECTED_AFTER.match(text, unit.end(), end) is not None
            role = "downed" if downed else "launched" if detected else "any"
            tallies.append(Tally(_unit_field(unit.group("unit")), count, unit.start("unit"), role))
        elif _DOWNED_AFTER.match(text, count.end, end) or (
            previous_unit is not None and _OVER_AFTER.match(text, count.end) is not None
        ):
            # (also "41 - over the territory of the Bryansk Region," in a list of what was downed)
            named = [t for t in tallies if t.anchor < count.start]
            part_field = named[-1].field if named else previous_unit
            if part_field:
                tallies.append(Tally(part_field, count, count.start, "downed_part"))
        elif (
            tallies
            and _OF_WHICH_DOWNED_BEFORE.search(text, max(start, count.start - 80), count.start)
            and _NOTHING_COUNTED_AFTER.match(text, count.end, end)
        ):
            tallies.append(Tally(tallies[-1].field, count, count.start, "downed"))
        elif (
            (previous_unit or tallies)
            and is_part_of_them(text, count, end)
            and _DOWNED_BEFORE.search(text, max(start, count.start - 30), count.start)
        ):
            # "Russia launched 16 drones overnight. Air defence forces destroyed 11 of them." (or in one
            # sentence: "16 drones were launched; air defence forces destroyed 12 of them")
            # (of one kind only: not "40 drones and 5 missiles; air defence destroyed 38 of them")
            units = {t.field for t in tallies} or ({previous_unit} if previous_unit else set())
            downed_unit = units.pop() if len(units) == 1 else None
            if downed_unit:
                tallies.append(Tally(downed_unit, count, count.start, "downed"))
    if words & DOWNED_WORDS:
        # "a downed missile", "a drone was shot down"
        for match in (*_ONE_DOWNED.finditer(text, start, end), *_ONE_WAS_DOWNED.finditer(text, start, end)):
            number_group, unit_group = ("n", "unit") if match.group("unit") else ("n2", "unit2")
            count = Count(1, "exact", match.start(number_group), match.end(number_group))
            tallies = [t for t in tallies if t.count.start != count.start]  # "one drone" was counted as any
            tallies.append(
                Tally(_unit_field(match.group(unit_group)), count, match.start(unit_group), "downed")
            )
    return sorted(tallies, key=lambda t: t.count.start)


def _clause_end(text: str, at: int, end: int) -> int:
    """Return where the clause holding ``at`` ends: at the next comma, semicolon, colon or dash."""
    found = _CLAUSE_BREAK.search(text, at, end)
    return found.start() if found else end


def _clause_start(text: str, start: int, at: int) -> int:
    """Return where the clause holding ``at`` starts: after the last comma, semicolon, colon or dash."""
    breaks = list(_CLAUSE_BREAK.finditer(text, start, at))
    return breaks[-1].end() if breaks else start


def _is_running_total(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]``, after a count, says it totals every swap so far.

    A rank read first says which swap the phrase places: "the largest swap since the start of the war", "the
    65th swap to date".
    """
    found = _SO_FAR.search(text, start, end)
    return found is not None and not found.group("ranked")


def bulleted_sums(text: str, *, start: int, end: int, tallies: list[Tally], placed: list[int]) -> list[Tally]:
    """Sum what the items of a bulleted list count, field by field, when they name no places.

    "shot down or suppressed 413 air targets:" then "- 2 Kh-47M2 Kinzhal missiles;", "- 5 Iskander-M
    missiles;", ... "- 361 enemy UAVs": the items are parts of one downing, 52 missiles and 361 drones.
    Items that say where ("- 31 UAVs over the Bryansk region") are shares of places and stay apart.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    tallies : list of Tally
        The sentence's weapon counts.
    placed : list of int
        Offsets of the places the sentence names.

    Returns
    -------
    list of Tally
        ``tallies`` with each field's items replaced by one tally of their sum.
    """
    opening = _LIST_OPENING.search(text, start, end)
    if opening is None or any(at > opening.start() for at in placed):
        return tallies
    items = [t for t in tallies if t.count.start > opening.start()]
    if len({(t.field, t.role) for t in items}) > len({t.field for t in items}):
        return tallies  # "- 8 Kh-101 missiles, of which 6 were shot down;": launched and downed, not parts
    kept = [t for t in tallies if t.count.start <= opening.start()]
    for field in dict.fromkeys(t.field for t in items):
        parts = [t for t in items if t.field == field]
        first = parts[0]
        total = replace(first.count, value=sum(t.count.value for t in parts), end=parts[-1].count.end)
        kept.append(replace(first, count=total))
    return sorted(kept, key=lambda tally: tally.count.start)


def prisoner_tallies(text: str, *, start: int, end: int, numbers: list[Count] | None = None) -> list[Tally]:
    """Find counts of exchanged prisoners in the sentence ``text[start:end]``.

    Counts introduced by a plan ("the planned swap of 1,000 prisoners") are skipped.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    numbers : list of Count, optional
        The sentence's numbers, if already found.

    Returns
    -------
    list of Tally
        In reading order.
    """
    numbers = find_counts(text, start=start, end=end) if numbers is None else numbers
    tallies: list[Tally] = []
    listed_until = -1  # where the last counted group's noun ends
    for count in numbers:
        group = _PRISONERS_AFTER.match(text, count.end, end)
        if not group:
            continue
        if _PLANNED.search(text, max(start, count.start - 30), count.start) or is_subset(text, start, count):
            continue
        if _SUM_BEFORE.search(text, max(start, count.start - 40), count.start):
            continue
        if _AMONG_THE_TOTAL.match(text, group.end(), end):
            continue  # "Four servicemen from the region were among the 150 Ukrainians freed": the swap's
        if _BODIES.search(text, max(start, count.start - 20), count.start) or "bodies" in group.group():
            continue  # "the bodies (remains) of 909 people": a repatriation of the dead, not prisoners
        clause_end = _clause_end(text, group.end(), end)
        before = text[start : count.start]
        today = _SAME_DAY.search(text, count.end, clause_end)
        summed_up = _SINCE_PERIOD.search(before) or (_IN_TOTAL.search(before) and today is None)
        if (
            _is_running_total(text, group.end(), clause_end)
            or (summed_up and _HAVE_BEEN.match(text, group.end(), clause_end))
            or _IN_EXCHANGE_FOR.search(text, max(start, count.start - 20), count.start)
        ):
            continue
        if group.group().rsplit(None, 1)[-1].lower() in _NATIONALS and not _RETURNED.search(
            text, _clause_start(text, start, count.start), clause_end
        ):
            continue
        if tallies and _AND.fullmatch(text, listed_until, count.start):
            # "22 civilians and 43 servicemen": one side's total
            first = tallies.pop().count
            count = Count(first.value + count.value, first.qualifier, first.start, count.end)
        tallies.append(Tally("prisoners", count, count.start))
        listed_until = group.end()
    return tallies
