"""Words that report an event, by event type ("struck", "were injured", "shot down"...).

A :class:`Trigger` marks where a sentence reports a happening of one
:class:`~geomap.model.EventType`. Plans, expectations and denials ("agreed to
swap", "brace for more attacks", "no casualties") are not events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.extraction.counts import REPORTED_DOWNED
from geomap.extraction.dates import MONTH_PATTERN, SUPERLATIVE_PATTERN, WEEKDAY_PATTERN
from geomap.extraction.numbers import (
    HAS_WOUNDS_PATTERN,
    MEDICAL_HELP_PATTERN,
    NTH_BODY_PATTERN,
    ORDINALS,
    SUSTAINED_INJURY_PATTERN,
)
from geomap.extraction.openings import compile_opening
from geomap.model import EventType

__all__ = [
    "Trigger",
    "find_triggers",
    "swapped_each",
    "candidate_types",
    "mentions_prisoners",
    "mentions_talks",
    "VIOLENT_TYPES",
]

VIOLENT_TYPES = frozenset({EventType.ATTACK, EventType.CASUALTIES, EventType.DAMAGE, EventType.INTERCEPTION})

_I = re.IGNORECASE
# Read in hot loops: plain names spare the enum attribute lookups.
_ATTACK, _CASUALTIES, _DAMAGE = EventType.ATTACK, EventType.CASUALTIES, EventType.DAMAGE
_FRONT_TYPES = frozenset({EventType.ATTACK, EventType.INTERCEPTION})
_EXCHANGE, _INTERCEPTION, _TALKS = EventType.PRISONER_EXCHANGE, EventType.INTERCEPTION, EventType.TALKS
# Each pattern opens with a lookahead on its words' first letters, derived from the pattern: the search
# passes over other words without trying every alternative at each of them.
# "remain under constant attack": a state, not a happening (no trigger, and no "attack" after it either)
_STATE_OF_ATTACK = (
    r"(?:(?:increasingly|almost|nearly|ever\s+more)\s+)?"
    r"(?:constant|continuous|regular|daily|near-daily|frequent|repeated)"
)
# "destroyed overnight over the region", "over 11 regions", not "destroyed over 30 homes" (more than 30)
_OVER_AN_AREA = (
    # (also "Five UAVs destroyed on the approaches to Moscow", "23 drones destroyed overnight, 18 of them")
    r"(?:on\s+(?:the\s+)?approach(?:es)?\s+to\b|overnight(?=\s*[,.;]|\s+(?:over|above)\b)|(?:over|above)\b(?!\s+(?:\d[\d,]*|(?:a\s+)?(?:dozen|hundred)|half|dozens"
    r"|hundreds|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:regions|oblasts|provinces|areas|districts)\b)))"
)
_FIRED_COUNT = (  # "fires 38 missiles", "fires two ballistic missiles": a count of weapons, not blazes
    r"\s+(?:(?:more\s+than|over|at\s+least|about|nearly|some)\s+)?(?:\d[\d,]*|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:missiles?|rockets?|drones?|UAVs?|shells?|projectiles?|Shaheds?)\b"
)
_OFF_THE_COAST = r"\s+(?:off\s+the\s+(?:coast|shore)|at\s+sea|in\s+the\s+(?:sea|bay))\b"
_AIR_WEAPON = (
    r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|Geran\w*|aircraft|bombs?|targets|aerial\s+vehicles?"
    r"|(?:unmanned|uncrewed)\s+(?:surface\s+)?(?:vessels?|boats?))"  # a sea drone
)
_PATTERNS: dict[EventType, re.Pattern[str]] = {
    EventType.INTERCEPTION: compile_opening(
        r"(?:(?:intercepted|shot\s+down|downed)\s+(?:and|or)\s+(?:destroyed|eliminated)"
        r"|(?:shot|shoots?|shooting)\s+(?:(?:them|it|both|all\s+of\s+them)\s+)?down|downed|intercept(?:ed|s|ing|ion)?"
        # "Air defence units brought down or disabled 98 of them"
        # (not "brought down a drone smuggling ring")
        r"|(?:brought|brings?|bringing)\s+down(?=(?:\s+\S+){0,5}?\s+(?:(?:drones?|missiles?|UAVs?)\b"
        r"(?!\s+(?:smuggling|ring|gang|factory|plant|production|makers?|operators?|units?)\b)|them\b))"
        r"|neutrali[sz](?:ed|es|ing|e)|jam(?:med|ming)|suppressed"
        # "repelled a drone attack", not "repelled more than 150 Russian assaults along the front line"
        r"|repel(?:led|s)?(?!(?:\s+\S+){0,4}?\s+(?:assaults|offensives?|ground\s+attacks?|infantry)\b)"
        # (not "a house was destroyed by a drone": what the drone did)
        rf"|(?:destroy(?:ed|s|ing)?|eliminated)(?!\s+by\b)(?=(?:\s+\S+){{0,5}}?\s+[\"“«]?{_AIR_WEAPON}\b)"
        # "Air defence forces destroyed 11 of them", after the drones launched (see _blocked)
        r"|(?:destroyed|eliminated)(?=\s+(?:all\s+|\d[\d,]*\s+)?of\s+them\b)"
        r"|(?:were|was|have\s+been|had\s+been)\s+(?:destroyed|eliminated|brought\s+down)"
        r"(?=\s+(?:over|above|on\s+(?:the\s+)?approach(?:es)?\s+to)\b)"
        # "105 Ukrainian drones destroyed overnight over 11 regions": a count's reduced passive
        # "four uncrewed boats destroyed off the coast"
        # ("among them 12 UAVs destroyed by mobile fire groups")
        rf"|(?<=\s){_AIR_WEAPON}\s+(?:destroyed|eliminated)(?=\s+{_OVER_AN_AREA}|{_OFF_THE_COAST}|\s+by\b)"
        # "16 drones flying towards the capital were destroyed"
        rf"|{_AIR_WEAPON}\s+(?:(?:flying|heading|approaching|aimed)\s+(?:[\w-]+\s+){{0,3}}?)?"
        r"(?:were|was|have\s+been|had\s+been)\s+(?:destroyed|eliminated)"
        # "21 of the 77 drones it reported destroyed that night were over the Nizhny Novgorod region"
        # (not "the drones that destroyed four bombers": what they struck)
        rf"|{_AIR_WEAPON}\s+{REPORTED_DOWNED})\b",
        _I,
        before=r"\b",
    ),
    EventType.CASUALTIES: compile_opening(
        r"(?:kill(?:ed|ing|s)?|died|dead|deaths?|death\s+toll|lost\s+(?:their|his|her)\s+lives"
        # "By Sunday evening the toll had risen to three"
        r"|toll(?=\s+(?:has\s+|had\s+)?(?:since\s+|now\s+|further\s+)?(?:rose|risen|climbed|increased|reached"
        r"|jumped|grew|grown)\b)"
        r"|injur(?:ed|ing|ies|es|y)|wound(?:ed|ing|s)?|hurt|casualties|hospitali[sz]ed"
        rf"|{SUSTAINED_INJURY_PATTERN}|{MEDICAL_HELP_PATTERN}"
        rf"|{NTH_BODY_PATTERN}|{HAS_WOUNDS_PATTERN}"
        r"|(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospital\s+with\s+(?:[\w-]+\s+){0,2}?burns"
        # "A man was cut by flying glass", not "Several cars were hit by shrapnel"
        r"|(?:man|woman|boy|girl|child|resident|driver|worker|pensioner|teenager|passenger|civilian|person"
        r"|people|residents|civilians)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:cut|hit)\s+by\s+(?:flying\s+)?"
        r"(?:glass|shrapnel))\b",
        _I,
        before=r"\b",
    ),
    EventType.DAMAGE: compile_opening(
        # "the extent of the damage is being clarified" reports none
        r"(?:damag(?:ed|ing|es)|(?<!extent\sof\sthe\s)damage"
        r"(?!\s+(?:is|was|were)\s+(?:still\s+)?being\s+(?:assessed|clarified|established))"
        r"|destroy(?:ed|ing|s)?|collaps(?:ed|ing)|wiped\s+out|shattered|wreck(?:ed|ing)(?!\s+(?:their|his|her|our|my|your|plans?)\b)|ablaze|blaze"
        r"|caught\s+fire|set\s+on\s+fire|on\s+fire|burn(?:ed|t|ing)|(?<!by\s)(?<!from\s)debris|wreckage|rubble"
        r"|(?:blown|blew|blowing)\s+out|flames|(?:secondary\s+)?detonations"
        # "falling fragments broke the windows of several residential buildings"
        r"|(?:broke|smashed|breaking|smashing)\s+(?:\S+\s+){0,3}?windows|windows\s+(?:\S+\s+){0,4}?(?:were|was)\s+(?:also\s+)?(?:broken|smashed)"
        r"|(?:leaving|left)\s+(?:\S+\s+){0,6}?without\s+(?:power|electricity|heat(?:ing)?|water|gas)"
        # "About 2,300 households there are without power", "homes in the area remained without electricity",
        # "28,000 consumers in the Chudniv community were de-energised", "consumers were cut off"
        r"|(?:households|homes|consumers|customers|subscribers|villages)\s+(?:\S+\s+){0,8}?"
        r"(?:are|were|remain(?:ed|s)?|(?:have|had)\s+been)\s+(?:still\s+|left\s+)?"
        r"(?:without\s+(?:power|electricity)|cut\s+off(?!\s+from\s+(?!power|electricity))|de-?energi[sz]ed)"
        r"|(?:power|electricity)\s+(?:was|were|had\s+been)\s+cut"
        r"|(?<!to\s)(?:cut(?:ting)?|knock(?:ed|ing)\s+out)\s+(?:off\s+)?(?:the\s+|an?\s+)?"
        r"(?:power|electricity|heat(?:ing)?|water|gas)\b"
        r"|(?<!under\s)(?<!anti-aircraft\s)(?<!direct\s)(?<!artillery\s)(?<!opened\s)(?<!open\s)"
        # "use the area to fire artillery", "cannot return fire": a verb, not a blaze
        r"(?<!cease-)(?<!cease\s)(?<!machine-gun\s)(?<!heavy\s)(?<!to\s)(?<!return\s)(?<!mobile\s)"
        # "came under mortar fire 14 times": shooting, not a blaze
        r"(?<!mortar\s)(?<!rocket\s)(?<!sniper\s)(?<!enemy\s)(?<!small-arms\s)"  # ("a fuel tank fire" burns)
        rf"(?:fires?(?!\s+at\b)(?!fight)(?!{_FIRED_COUNT})|(?<=\ba\s)fire|(?<=\bthe\s)fire"
        r"|(?:(?<=\blarge\s)|(?<=\bhuge\s)|(?<=\bmassive\s)|(?<=\bbig\s)|(?<=\bmajor\s))fire))\b",
        _I,
        before=r"\b",
    ),
    EventType.ATTACK: compile_opening(
        # (not "continued their strike campaign against Russian logistics": a campaign is no happening)
        # (nor "Petrol prices hit records": a mark reached)
        r"(?:attack(?:s|ed|ing)?|strikes?(?![\s-]+campaigns?\b)|struck|hit(?:s|ting)?(?!\s+(?:(?:an?|new|fresh"
        r"|all-time|record|the)\s+)*(?:records?|highs?|lows?|peaks?|headlines)(?![\w-]))|shell(?:ed|ing|s)?"
        r"|bombard(?:ed|ing|ment)|bombed|bombing(?!\s+campaigns?\b)|pound(?:ed|ing)|barrage|assaults?"
        # not "Pre-trial investigation launched into", "launched a criminal case"
        r"|(?<!investigation\s)(?<!inquiry\s)(?<!probe\s)(?<!proceedings\s)(?<!case\s)(?<!investigation\swas\s)"
        r"(?<!investigation\shas\sbeen\s)(?<!investigation\shad\sbeen\s)(?<!case\swas\s)launch(?:ed|es|ing)"
        r"(?!\s+(?:an?\s+|the\s+)?(?:pre-trial\s+|criminal\s+)?(?:investigation|inquiry|probe|proceedings"
        r"|criminal\s+case|case|appeal|campaign|fundraiser|programme|program)\b)"
        rf"|targeted|under\s+(?!{_STATE_OF_ATTACK}\b)(?:\w+\s+){{0,2}}?"
        r"(?:fire|attack)"
        r"|explosions?|airstrikes?|air\s+raids?(?!\s+(?:sirens?|alerts?|warnings?|alarms?|shelters?))"
        # "two residents were wounded by artillery fire", "artillery fire hit the school"; not "against the
        # background of constant artillery fire", "complained about artillery fire for weeks"
        r"|(?:(?<=\bby\s)|(?<=\bin\s))(?:(?:Russian|Ukrainian|enemy|heavy)\s+)?(?:artillery|mortar|tank|rocket)\s+fire"
        r"|(?:artillery|mortar|tank|rocket)\s+fire(?=\s+(?:hit|struck|killed|wounded|injured|damaged|destroyed)\b)"
        # ("dropped two KAB-250 guided aerial bombs on the village")
        # (not "dropped charges against two suspected bomb makers")
        r"|dropped(?!\s+(?:the\s+)?(?:charges?|cases?|claims?|plans?|bids?|lawsuits?|demands?)\b)"
        r"(?=\s+(?:\S+\s+){0,5}?(?:bombs?|explosives?|munitions?|grenades?|KABs?|FABs?)\b"
        r"(?!\s+(?:makers?|plots?|suspects?)\b))"
        r"|fired(?=\s+(?:\S+\s+){0,3}?(?:missiles?|rockets?|drones?|shells?|projectiles?|artillery|mortars?)\b)"
        # the Air Force's "the enemy used 458 attack UAVs ... and 45 missiles": a count of weapons used
        # (not "uses 500 drones a night": a rate; nor "used 30 drones-interceptors": what downs them)
        r"|used(?=\s+(?:(?:up\s+to|more\s+than|over|at\s+least|about|some)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:missiles?|rockets?|drones?|UAVs?|bombs?)\b(?!-)(?!\s+(?:a|per|each|every)\s+(?:night|day)\b))"
        # "a guided aerial bomb was dropped on the outskirts", "five ATACMS missiles with cluster warheads
        # were fired at Sevastopol", not "did not say how many missiles were fired"
        r"|(?<!many\s)(?:bombs?|missiles?|rockets?|shells?|munitions?)(?:\s+(?:with|carrying)(?:\s+[\w-]+){1,3}?)?"
        r"\s+(?:was|were|had\s+been|has\s+been)\s+"
        r"(?:dropped|fired)"
        # a weapon as the agent: "a guided aerial bomb destroyed a school"
        # (not "105 drones destroyed overnight over 11 regions": shot down)
        # (not "a downed drone crashed into a house": what was shot down fell)
        r"|(?<!downed\s)(?<!intercepted\s)(?<!shot-down\s)"
        # (nor "the 77 drones it reported destroyed": what a ministry downed)
        r"(?:missiles?|drones?|bombs?|shells?|rockets?|projectiles?|UAVs?)(?=\s+(?:(?!(?:were|was|have|had|is|are"
        r"|debris|wreckage|fragments?|it|they|we)\b)"
        # "its drones had destroyed a launcher", not "drones had been destroyed"
        r"\w+\s+){0,2}?(?:(?:had|have|has)\s+)?(?:destroyed|damaged|killed|injured|wounded|slammed|crashed|exploded"
        r"|fell\s+(?:on|onto|into(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sea|water|river|field|lake|reservoir)\b))"
        rf"|set\s+(?:fire|ablaze|alight))\b(?!\s+{_OVER_AN_AREA})(?!\s+by\b))"
        # a timeline's or headline's present tense: "Aug. 23 - Ukrainian drones and missiles destroy an S-400
        # system", "Russian drones kill two in Kherson" (not "use drones to kill civilians")
        r"|(?<!downed\s)(?<!intercepted\s)(?:missiles?|drones?|bombs?|rockets?|UAVs?)"
        r"(?:\s+and\s+(?:missiles|drones|bombs|rockets))?"
        r"(?=(?:\s+(?:again|also))?\s+(?:destroy|destroys|damage|damages|kill|kills)\b)"
        # "a first-person-view drone came down the road behind him and exploded"
        r"|(?<!downed\s)(?<!intercepted\s)(?:missiles?|drones?|bombs?|shells?|rockets?|UAVs?)"
        r"(?=\s+(?:[\w-]+\s+){1,8}?and\s+exploded\b)"
        # a headline's present tense: "Guided bombs pound Kupiansk", "Russia fires 38 missiles at Ukraine"
        r"|(?<!\d\s)(?<!to\s)pounds?(?=\s+(?:the\s+)?(?-i:[A-ZА-ЯІЇЄҐ]))"
        rf"|fires(?={_FIRED_COUNT})"
        r")\b",
        _I,
        before=r"\b(?<!-)",
    ),
    EventType.PRISONER_EXCHANGE: compile_opening(
        r"(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|prisoner\s+releases?)\b"
        # "150 prisoners of war for 150", "410 for 410 on May 21": a swap's formula, in a text on prisoners
        # ("175 Ukrainian servicemen for 175 Russian servicemen")
        r"|(?<![\d,])(?P<given>\d[\d,]*)(?:(?:\s+(?:Ukrainian|Russian))?\s+(?:prisoners(?:\s+of\s+war)?|POWs"
        r"|captives|servicemen|soldiers|civilians|Ukrainians))?(?:\s+|-)for(?:\s+|-)(?P=given)\b(?![\d,]*\d)"
        r"(?!\s+(?:months?|weeks?|days?|years?|hours?|minutes?|km|kilomet\w+|miles|per\s*cent|percent)\b)",
        _I,
        before=r"\b",
    ),
    EventType.TALKS: compile_opening(
        r"(?:talks|negotiations?|summit|meeting|consultations)\b", _I, before=r"\b"
    ),
}
# Mentions that only count when the surrounding text already is about that kind of event.
_WEAK_PATTERNS: dict[EventType, re.Pattern[str]] = {
    EventType.PRISONER_EXCHANGE: compile_opening(
        r"(?:transfer(?:red)?|handover|(?:brought|returned|came|come)\s+(?:home|back)|returned|freed"
        # "The second stage followed on Friday", in an article about a swap
        r"|released|(?:first|second|third|final|last)\s+(?:stage|phase))\b",
        _I,
        before=r"\b",
    ),
    # "A second round in Istanbul lasted about 40 minutes", in an article about talks
    EventType.TALKS: compile_opening(
        r"met\b|(?:first|second|third|fourth|fifth|latest)\s+round\b"
        r"(?!\s+of\s+(?:shelling|strikes|attacks|sanctions|mobili[sz]ation|exchanges?|swaps?)\b)",
        _I,
        before=r"\b",
    ),
}
# Word stems that must appear in a sentence before a type's (costlier) pattern is tried.
_STEMS = {
    EventType.INTERCEPTION: r"shot|shoot|downed|destroy|eliminat|intercept|neutrali|jam|repel|suppress"
    r"|brought|bring",
    EventType.CASUALTIES: r"kill|died|dead|death|lost|injur|wound|hurt|casualt|hospitali|needed|sought|burns"
    r"|treated|concussion|bod|suffered|sustained|received|escaped|crawled|walked|climbed|cut|hit|toll",
    EventType.DAMAGE: r"damag|destroy|collaps|wiped|shattered|wreck|ablaze|blaze|fire|burn|debris"
    r"|rubble|blown|blew|blowing|flames|detonation|leaving|left|power|electricity|cut|knock|windows|energi"
    r"|deenergi",
    EventType.ATTACK: r"attack|strike|struck|hit|shell|bomb|pound|barrage|assault|launch|target|fire"
    r"|explosion|airstrike|raid|dropped|fired|missile|drone|rocket|projectile|uav|artiller|mortar|kab",
    EventType.PRISONER_EXCHANGE: r"exchang|swap|prisoner|transfer|handover|brought|returned|came|come|freed"
    r"|released|stage|phase|for",  # ("168 for 168")
    EventType.TALKS: r"talks|negotiat|summit|meeting|consultations|met|round",
}
_STEM_TYPES: dict[str, frozenset[EventType]] = {
    stem: frozenset(
        t for t, stems in _STEMS.items() for other in stems.split("|") if stem.startswith(other)
    )
    for stem in {stem for stems in _STEMS.values() for stem in stems.split("|")}
}
# Longest stems first, so a match is the longest stem a word starts with; its types include those of the
# shorter stems that are prefixes of it.
_ANY_STEM = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(_STEM_TYPES, key=lambda stem: (-len(stem), stem))) + ")"
)
_PRISONERS = compile_opening(r"\b(?:prisoners?|POWs?|captives?|prisoners\s+of\s+war)\b", _I)
_HOMECOMING = compile_opening(
    r"\b(?:brought|bring|bringing|returned|returning|return|came|come|coming)\s+(?:\w+\s+){0,4}?home\b", _I
)
_TOOK_PLACE = re.compile(
    r"\s+(?:took\s+place|happened|was\s+(?:held|carried\s+out))\s+(?:at|in|on|near)\b", _I
)
# "Seredyna-Buda community (27): artillery and FPV drones.", "Hlukhiv community (5): mortar fire.": a line
# of a summary by community, where the weapons alone say it was shelled (not "district: drone debris fell")
_LABELLED_FIRE = re.compile(
    r"\b(?:communit(?:y|ies)|hromadas?|district)\s*(?:\(\s*[\w-]+\s*\))?:\s*(?:(?:two|three|four|\d+)\s+)?"
    r"(?P<weapon>(?:barrel\s+)?artillery|mortars?|tanks?|MLRS|multiple\s+rocket\s+launchers?"
    r"|FPV(?:[\s-]drones?)?|(?:attack\s+)?(?:drones?|UAVs?)|KABs?|guided\s+(?:aerial\s+)?bombs?)\b"
    r"(?:\s+(?:fire|attacks?|strikes?))?(?!\s+(?:(?:were|was)\s+)?(?:debris|wreckage|fragments|parts|remains"
    r"|shot|downed|destroyed|intercepted|suppressed|neutrali[sz]ed|flew|flying|passed|crossed)\b)",
    _I,
)
_NOT_AN_EXCHANGE = re.compile(
    r"exchang\w*\s+(?:of\s+)?(?:fire|blows|views|information|rates?|data|messages|letters)|stock\s+exchange"
    # "also exchanged the remains of the dead": the dead repatriated, no prisoners
    r"|(?:exchang|swap)\w*\s+(?:the\s+)?(?:remains|bod(?:y|ies))\b(?!\s+and\s+(?:prisoners|POWs|captives))",
    _I,
)
# (not "our district was not left in peace")
_TALKS_CONTEXT = compile_opening(
    r"\b(?:delegations?|talks|negotiat\w+|ceasefire|peace(?:\s+|-)(?:process|deal|plan|agreement|accord"
    r"|summit|envoys?|efforts?|initiative|framework|proposals?|conference|formula))\b",
    _I,
)
# "the Istanbul meeting" is talks in an article about negotiations; "the district administration held a
# meeting at the school" is not
# "meeting", "consultations": talks only in an article about negotiations
_TALKS_IN_CONTEXT = frozenset({"meeting", "consultations"})
_BEING_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", _I)
# "She attended every meeting the Coordination Headquarters held for families": a routine, not talks
_ROUTINE_MEETING_BEFORE = re.compile(r"\b(?:every|each|weekly|monthly|regular)\s+$", _I)
# ("Bodies Returned On Saturday", "the remains were returned in the Bryansk region")
_BODIES_BEFORE = compile_opening(
    r"\b(?:bod(?:y|ies)|remains)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:were\s+|was\s+)?$", _I
)
_EXCHANGE_OBJECT = re.compile(
    # also "Forty-one Ukrainians came home, 33 servicemen and eight civilians"
    r"^,?(?:\s+\S+){0,4}?\s+(?:prisoners?|POWs?|captives?|soldiers|servicemen|combatants|defenders|civilians"
    r"|troops|service\s*members)\b"
    r"|^\s+from\s+(?:[\w-]+\s+)?captivity\b",  # "175 Ukrainians have returned home from Russian captivity"
    _I,
)
# "during the attack", "amid the night's attack": when, of an attack the text reports elsewhere (unless
# it says on what: "during the attack on Kyiv")
_DURING_BEFORE = compile_opening(r"\b(?:during|throughout|amid)\s+the\s+(?:[\w'’-]+\s+)?$", _I)
_AIMED_AFTER = re.compile(r"\s+(?:on|against)\b", _I)
# "Emergency power outages have been applied ... following the overnight attack" (not "following the shelling
# of Nikopol on Tuesday", "following the strike by Russian drones on a substation": told there)
_FOLLOWING_BEFORE = compile_opening(r"\bfollowing\s+the\s+(?:[\w'’-]+\s+)?$", _I)
_TOLD_AFTER = re.compile(r"\s+(?:on|against|of|in|by|at|near|with)\b", _I)
# A plan, an expectation or a hypothesis just before the trigger: not a happening.
# talks still to come: "negotiators were due to meet again in Abu Dhabi later this week"
_STALLED_AFTER = re.compile(
    r"(?:\s+(?:on|over|about)\s+(?:an?\s+|the\s+)?[\w-]+)?\s+(?:(?:have|has|had)\s+)?(?:stalled|broke\s+down|collapsed)\b",
    re.I,
)
_MEETING_AHEAD = re.compile(r"\b(?:is|are|was|were)\s+due\s+to\s+(?:meet|hold|resume|start|begin)\b", re.I)
_IRREALIS = compile_opening(
    # (the month is no "may": "On May 22, drones struck Kharkiv", "In May drones hit Odesa")
    r"\b(?:will|would|could|(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\blast\s)(?<!\bearly\s)(?<!\blate\s)"
    r"may(?!\s+\d)|might|plan(?:s|ned)?|planning|agreed?\s+(?:(?:in|at)\s+[A-Z][\w-]+\s+)?to"
    # ("Russia, Ukraine agree in Istanbul to swap all seriously wounded POWs")
    r"|agreed?\s+on(?=\s+(?:an?|another|new|further|the\s+principle\s+of)\s)|expect(?:s|ed)?|brace"
    # "the only ones able to reliably intercept ballistic missiles", not "was able to shoot down 45"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)able\s+to|capable\s+of"
    # ("A red level of danger of a UAV attack has been declared in Lipetsk")
    r"|bracing|threat(?:en(?:s|ed)?)?|danger|risk|prepar(?:e|es|ing)|propos(?:e|ed|al)|future|possible|such"
    # "the Air Force warned of a new massive attack" (not "warned about the attack on Kyiv, which killed 3")
    r"|warn(?:s|ed|ing)?\s+(?:of|about)\s+(?:an?\s+|the\s+)?"
    r"(?:new|possible|further|more|another|imminent|renewed)"
    # "the next attack", not "the next morning" or "a village next to Ochakiv, came under artillery fire"
    r"|next(?!\s+(?:day|morning|afternoon|evening|night|to|door)\b))\b"
    r"(?:\s+\S+){0,3}?\s*$"
    r"|\bfurther\s+(?:\w+\s+)?$"  # "talks on further prisoner swaps", not "further south, troops shelled"
    # "Kyiv hoped to agree a larger exchange at a new round of talks", "seeking to open the way for strikes"
    # (within its own clause: not "Russia, which hopes to seize the region, struck Kramatorsk", nor "aimed to
    # knock out the grid and launched 470 drones")
    r"|\b(?:hope[sd]?|hoping|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?)\s+to\s+"
    r"(?:(?!and\s)[^\s,;]+\s+){0,9}?$"
    # "Istanbul remained a possible venue for new direct talks"
    r"|\b(?:possible|potential|likely|proposed)\s+venue\s+for\s+(?:\S+\s+){0,4}?$"
    # "did not say how many had been launched": a question, not a report
    r"|\bhow\s+many\b(?:\s+\S+){0,4}?\s*$"
    # "did not say whether air defence had attempted to intercept it": an open question; not "whether the
    # strike on Kharkiv caused casualties" or "whether the missile that hit the hospital", which happened
    r"|\bwhether\b(?:\s+(?!(?:that|which|who)\b)\S+){0,5}?(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bits)\s*$"
    # "a meeting in Istanbul to discuss a prisoner exchange", "talks on an exchange": the topic, not a swap
    r"|\b(?:discuss(?:es|ed|ing|ion|ions)?|talks\s+(?:on|about))\s+(?:[\w-]+\s+){0,3}?$"
    # "as long as Russia attacks its ports", "where to go in the event of a new attack"
    r"|\b(?:as\s+long\s+as|whenever|unless|in\s+(?:the\s+event|case)\s+of)\s+(?:\S+\s+){0,3}?$"
    # "The bombs are hard to intercept", "asked for permission to strike the airfields": what can be done
    r"|\b(?:hard|harder|difficult|easy|easier|impossible|permission|allowed|permitted)\s+to\s+(?:\w+ly\s+)?$"
    # "held drills to prepare industrial sites for drone attacks", "using the Belgorod region as a staging
    # ground for attacks on Kharkiv"
    r"|\bprepar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?for\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:staging\s+(?:ground|area|post|point)|springboard|launch(?:ing)?\s+pad)s?\s+for\s+(?:[\w-]+\s+){0,2}?$"
    # "Kyiv would push for an \"all for all\" exchange of prisoners": what a side wants
    # "ready to host talks", 'Moscow was "open" to another round of talks': an offer
    r"|\b(?:open|ready|willing|offers?|offered|offering)[\"”’']?\s+to\s+(?:[^\s,]+\s+){0,6}?$"
    # (not "Kyiv had long called for the swap, which took place on Tuesday": it came)
    r"|\b(?:push(?:es|ing)?|call(?:s|ing)?|press(?:es|ing)?|hop(?:e|es|ing))\s+for\s+"
    r"(?:an?\s+|the\s+)?(?:[^\s,]+\s+){0,4}?$",
    _I,
)
_DAYS_OWN_BEFORE = compile_opening(
    rf"\b(?:{WEEKDAY_PATTERN}|yesterday|today|tonight)['’]s\s+(?:[\w-]+\s+){{0,2}}?$", _I
)
_IRREALIS_AFTER = re.compile(
    r"(?:\s+\S+){0,6}?\s+[\"“]?(?:would|will|could|might|is\s+expected|are\s+expected|is\s+planned"
    r"|are\s+planned|is\s+scheduled|are\s+scheduled"
    # "their meeting in Luxembourg next week", "another exchange \"in the coming weeks\"": yet to happen
    r"|next\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)"
    # "a follow-up meeting that Switzerland has offered to host in Geneva later in the summer"
    r"|(?:that|which)\s+(?:[\w-]+\s+){0,3}?(?:has\s+|had\s+)?offered\s+to\s+host"
    r"|later\s+(?:this|in\s+the)\s+(?:week|month|year|summer|autumn|fall|winter|spring))\b",
    _I,
)
# an exchange or talks called off: "A swap of 185 prisoners each, which officials had expected last Friday,
# was postponed" (not "exchanged 84 prisoners each on Friday, in a swap that had been postponed since May")
_CALLED_OFF_AFTER = re.compile(
    r"(?:\s+[^\s;]+){0,12}?\s+(?:was|were|has\s+been|have\s+been)\s+(?:postponed|called\s+off|cancell?ed)\b",
    _I,
)
_NEGATION = compile_opening(
    # "no civilian facilities had been damaged" (not "cars not far from it were damaged")
    # (also "nothing had been hit")
    r"\b(?:no|nobody|nothing|no\s+one|none|without|not(?!\s+(?:far|long|only|just|least)\b))\b(?:\s+\S+){0,4}?\s*$"
    r"|\b(?:absence|lack)\s+of\s+(?:[\w-]+\s+){0,2}$"
    r"|\bno\s+reports?\s+of\s+$",
    _I,
)
# "debris from a drone damaged", "fragments of a downed missile hit": what fell, not what attacked
# also "wreckage from a drone that had been shot down smashed into a roof"
_DEBRIS_SUBJECT = compile_opening(
    # ("debris from a downed cruise missile fell")
    r"\b(?:debris|wreckage|fragments?)\s+(?:(?:of|from)\s+)?(?:(?:one|some|parts?|pieces?)\s+of\s+)?(?:\w+\s+){0,3}"
    r"(?:(?:that|which)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+)?$",
    _I,
)
# "debris of a downed drone fell in an open area", "wreckage came down in a field": nothing was hit
_HARMLESS_FALL_AFTER = re.compile(
    r"(?:\s+[^\s,;.]+){0,6}?\s+(?:fell|fallen|landed|came\s+down|dropped|found)\s+(?:in|on|into|onto)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:open|empty|unpopulated|uninhabited|deserted|vacant)\s+(?:area|field|ground|terrain|land|lot|space)"
    r"|fields?\b(?!\s+hospital)|wasteland|forest|woods)",
    _I,
)
# "184 attack and decoy drones", "an attack UAV": the kind of weapon, not a strike
_KIND_OF_WEAPON_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:decoy|reconnaissance|strike|imitation)(?:\s+\w+)?)?\s+(?:drones?|UAVs?|helicopters?"
    r"|aircraft|boats?)\b",
    _I,
)
# "specialists are working at the site where the debris fell": where crews are, said of every downing
_SITE_WHERE_BEFORE = compile_opening(r"\b(?:sites?|places?|scenes?)\s+where\s+(?:the\s+)?$", _I)
# "have come under increasingly frequent fire": shooting, not a blaze
_UNDER_BEFORE = compile_opening(r"\bunder\s+(?:[\w-]+\s+){1,3}$", _I)
# "The fire came from the territory of the Bryansk region": shooting from somewhere, not a blaze
_FIRED_FROM_AFTER = re.compile(
    r"\s+(?:(?:came|comes|was\s+coming|is\s+coming)\s+from|from\s+(?:the\s+)?(?:territory|directions?)\s+of)\b",
    _I,
)
# The words the irrealis, negation, habitual and debris patterns hinge on (the *_WORDS sets): a sentence
# without any of them cannot match, unless the window searched starts or ends inside a word (a cut
# "goodwill" reads "will").
_TWO_WORD_CHARACTERS = re.compile(r"\w\w")
_IRREALIS_WORDS = frozenset(
    """will would could may might plan plans planned planning agreed agree expect expects expected brace
    bracing threat threaten threatens threatened danger risk prepare prepares preparing propose proposed
    proposal next
    future further possible such long whenever unless able capable event case hard harder difficult easy
    easier impossible permission allowed permitted prepared discuss discusses discussed discussing discussion
    discussions talks many whether warn warns warned warning push pushes pushing call calls calling press
    presses pressing hope hopes hoping open ready willing offer offers offered offering staging springboard
    pad pads seek seeks seeking sought aim aims aimed aiming intend intends intended intending potential
    likely""".split()
)
_IRREALIS_AFTER_WORDS = frozenset(
    "would will could might expected planned scheduled next coming offered later".split()
)
_CALLED_OFF_WORDS = frozenset("postponed called cancelled canceled".split())
_CALLED_OFF_TYPES = frozenset({EventType.PRISONER_EXCHANGE, EventType.TALKS})
_PASSIVE_HITS = frozenset(["hit", "struck"])
# "nothing had been hit", "no buildings were struck" (not "a drone that did not explode hit a house")
_NOTHING_HIT_BEFORE = re.compile(
    r"\b(?:nothing|none|no\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:had|has|have)?\s*(?:been|was|were|got)\s+$", _I
)
_NEGATION_WORDS = frozenset("no nobody nothing none without not absence lack".split())
_WAR_TOLL_AFTER = re.compile(
    r"\s+(?:in|during)\s+the\s+(?:war|full-scale\s+invasion|conflict)\b", _I
)
_WAR_WORDS = frozenset("war invasion conflict".split())
# "Ukraine received the bodies of 254 soldiers killed in the fighting", "handed over the bodies of 1,000 dead
# servicemen": the dead repatriated (not "rescuers recovered the bodies of five people killed in the strike")
_BODIES_COUNTED_BEFORE = compile_opening(
    r"\bbod(?:y|ies)\s+of\s+(?:another\s+|a\s+further\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?$", _I
)
# the dead a side got back are soldiers (not "the city morgue has received the bodies of 14 people killed")
_SOLDIERS_BODIES = re.compile(
    r"\bbod(?:y|ies)\s+of\s+[^.;]{0,40}?\b(?:soldiers|servicemen|troops|defenders|fallen)\b", _I
)
_REPATRIATED = re.compile(r"\b(?:repatriat\w*|hand(?:ed|s|ing)?\s+over|received|returned|exchanged)\b", _I)
# "those freed", "the soldiers returned": not "Russia released a video of the strike that killed two"
_FREED_BEFORE = compile_opening(
    r"\b(?:those|the\s+[\w-]+)\s+(?:freed|released|exchanged|swapped|repatriated|returned)\b"
    r"(?:\s+[^\s,;]+){0,5}?\s+$",
    _I,
)
# "31 wounded Ukrainians for 15 wounded Russians", "26 seriously wounded servicemen from each side were
# exchanged": prisoners swapped, not a strike's toll
_SWAPPED = r"(?:Ukrainians|Russians|prisoners|servicemen|soldiers|POWs|captives|civilians|defenders|fighters)"
_CAPTIVES_AFTER = re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]*\s+)?{_SWAPPED}\b", _I)  # ("Azov fighters")
# "Russia also handed over 22 badly wounded Ukrainian soldiers", "lists of about 300 seriously wounded
# Ukrainians had been handed to the Russian side": captives to swap (not "Eight wounded civilians were
# transferred to hospital", "whom rescuers handed over to medics")
_HANDED_OVER_BEFORE = compile_opening(
    r"\b(?:(?:handed|hands|hand|handing)\s+over|transfer(?:red|s|ring)?|lists?\s+of)(?:\s+[^\s,;]+){0,3}?\s+$",
    _I,
)
_HANDED_TO_A_SIDE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:handed|transferred|passed)\s+(?:over\s+)?to\s+(?:the\s+(?:Russian|Ukrainian)\s+side|Russia"
    r"|Ukraine|Moscow|Kyiv|Kiev)\b"
    # ("plus 16 wounded Ukrainians handed over")
    rf"|\s+{_SWAPPED}(?:\s+(?:were|was|had\s+been|have\s+been))?\s+handed\s+over\b(?!\s+to\s+(?!the\s+\w+\s+side\b)[a-z])",
    _I,
)
_SWAP_FORMULA_BEFORE = compile_opening(
    rf"\b{_SWAPPED}\s+for\s+\d[\d,]*(?:\s+(?:badly|seriously|severely))?\s+$", re.IGNORECASE
)
_SWAP_FORMULA_AFTER = re.compile(
    rf"\s+{_SWAPPED}\s+for\s+\d"
    r"|(?:\s+[\w-]+){0,4}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:exchanged|swapped|repatriated)\b"
    # ("15 severely wounded fighters were handed over to Ukraine", not "handed over to medics")
    r"|(?:\s+[\w-]+){0,4}?\s+(?:were|was)\s+handed\s+over\s+to\s+(?:Ukraine|Russia|the\s+(?:Ukrainian|Russian)\s+side)\b",
    re.IGNORECASE,
)
_FREED_WORDS = frozenset("freed released exchanged swapped repatriated returned".split())
_FAILED_TO = re.compile(
    r"\b(?:not|never|failed\s+to|unable\s+to)\s+(?:[\w'’]+\s+){0,3}?$"
    # "None was intercepted.", "No missile was intercepted", "Neither of them was shot down"
    r"|\b(?:(?:none|neither)\s+(?:of\s+(?:them|the\s+[\w-]+)\s+|(?!of\b)[\w-]+\s+)?|no\s+(?:[\w-]+\s+){1,2}?)"
    r"(?:was|were|had\s+been|has\s+been)\s+$",
    _I,
)
_FAILED_WORDS = frozenset("not never failed unable none neither no".split())
# Background, not a happening: a motive ("calling them retaliation for Russian strikes on Ukraine's power
# grid"), a unit's record ("which Ukraine blames for attacks on roads") or a trend over months ("Kyiv has
# stepped up attacks on Russian refineries")
_BACKGROUND_BEFORE = compile_opening(
    r"\b(?:(?:retaliat\w*|revenge|retribution|response|responding|aveng\w*|blames)\s+(?:for|to)\s+"
    r"(?:[^\s,;:.]+\s+){0,4}?"
    r"|(?:has|have|had)\s+(?:been\s+)?(?:stepp(?:ed|ing)\s+up|ramp(?:ed|ing)\s+up|intensif(?:ied|ying)"
    r"|escalat(?:ed|ing)|increas(?:ed|ing))\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?(?:[\w-]+\s+){0,2}"
    r"|(?:carry|carries)\s+out\s+(?:[\w-]+\s+){0,2}"  # "Su-34s carry out glide-bomb strikes": a habit
    # "The Kiev regime has been using drones to attack facilities": a campaign, not a happening
    r"|(?:has|have)\s+been\s+(?:using|deploying|employing)\s+(?:[\w-]+\s+){1,3}?to\s+"
    # "Every night, Russia is launching drones at our towns": what keeps happening
    # (not "The ministry, which publishes a count each morning, said 23 drones had been destroyed")
    r"|(?:every|each)\s+(?:single\s+)?(?:night|day|morning|evening|week),?\s+"
    r"(?:(?!(?:said|says|reported|reports|wrote|writes)\b)[\w’'-]+\s+){0,4}"
    # "The attack on Yuzhne came days after Ukrainian drones struck oil facilities": an earlier happening
    r"|came\s+(?:(?:days|hours|weeks|a\s+day|a\s+week|shortly|just)\s+)?(?:after|before)\s+(?:[\w’'-]+,?\s+){0,6}"
    # "Three years after a stray missile killed two farmers in Przewodów": a happening long before
    # (not "Two months after a similar attack, Russian drones struck": the clause after the comma is news)
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|months)\s+after\s+"
    r"(?:[\w’'-]+\s+){0,6}"
    # "Previous civilian exchanges have mostly taken place on the border with Belarus" (not "the previous
    # attack on Kharkiv on Monday": only of several happenings, see _blocked)
    # "who has kept her cow through three summers of shelling": a span of them, not one happening
    # (not "Three days of Russian shelling of Nikopol injured eight": days may report what happened in them)
    r"|(?:months|years|summers|winters)\s+of\s+(?:(?:constant|daily|nightly|nonstop|relentless|Russian|heavy)\s+)?"
    r"|(?P<previous>(?:previous|prior|past)\s+(?:[\w-]+\s+)?))$",
    _I,
)
_BACKGROUND_WORDS = frozenset(
    "retaliation retaliate retaliates retaliated retaliating retaliatory revenge retribution response blames "
    "responding avenge avenges avenged avenging stepped stepping ramped ramping intensified intensifying "
    "escalated escalating increased increasing carry carries using deploying employing every each "
    "came previous prior past months years summers winters".split()
)
# "Late on Saturday, before the main attack began, debris fell": when, told by an attack reported elsewhere
_TIME_OF_ATTACK_BEFORE = compile_opening(
    r"\b(?:before|after|until|when|as|since)\s+the\s+(?:[\w-]+\s+)?$", _I
)
_BEGAN_AFTER = re.compile(r"\s+(?:began|begun|started|ended|was\s+over)\b(?!\s+(?:on|in|against)\b)", _I)
# "Kharkiv city itself was not attacked overnight"
_NOT_ATTACKED = re.compile(r"\b(?:was|were|is|are|has|have|had)(?:\s+not|n['’]t)\s+(?:been\s+)?$", _I)
# "There were no hits on infrastructure", "neither region has reported a strike", "Vilniansk and Kushuhum
# passed the day without attacks", "Only three days passed without a single strike", 'said "not a single
# explosion" was heard': none happened
_NO_ATTACK_BEFORE = compile_opening(
    r"\b(?:no|without)\s+(?:[\w-]+\s+)?$|\b(?:not|without)\s+(?:a\s+)?single\s+[\"“]?$"
    # "There were no Russian drone attacks on Kyiv" (not "had no electricity since shelling")
    r"|\bno\s+(?!(?:electricity|power|water|heat|heating|gas|light|internet)\b)(?:[\w-]+\s+){2}$"
    r"|\b(?:no|without)\s+(?:a|an|any)\s+(?:major|large|serious|big|massive|new|further)\s+$"
    r"|\b(?:neither|nor|not(?!\s+only)|never|no)\s+(?:[\w-]+\s+){0,2}?(?:reported|recorded|suffered|seen)\s+"
    r"(?:an?\s+|any\s+)?(?:[\w-]+\s+)?$",
    _I,
)
_SOME_OF_THEM_AFTER = re.compile(r"\s+(?:all\s+|\d[\d,]*\s+)?of\s+them\b", _I)
_AIR_DEFENCE_BEFORE = compile_opening(r"\bair[\s-]+defen[cs]es?\b|\bmobile\s+fire\s+groups?\b", _I)
_NO_ATTACK_WORDS = frozenset("no not neither nor never without".split())
# "during the same attack, a drone was shot down over Sambir": the attack reported before, not another
_SAME_BEFORE = compile_opening(r"\b(?:the|that)\s+same\s+$", _I)
_SAME_WORDS = frozenset({"same"})
# "Ukraine has repeatedly targeted Russian air defences": what keeps happening
_HABITUAL_BEFORE = compile_opening(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:repeatedly|regularly|routinely|frequently|often|constantly)\s+$"
    # "for more than two years the community has been shelled": a long spell, not one happening
    r"|\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:\w+\s+)?(?:years|months)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:has|have|had)\s+been\s+$"
    # "why the quiet rear keeps getting hit", "Ukraine and Russia keep swapping prisoners"
    r"|\bkeeps?\s+(?:(?:getting|being)\s+)?$"
    # "Kyiv rarely acknowledges attacks inside Russia", "Moscow almost never confirms hits on its air
    # defences", "Russian forces use the border areas ... to shell"
    r"|\b(?:rarely|seldom|usually|never)\s+(?:[a-z]+s\s+)?$"
    r"|\b(?:use|uses)\s+(?:\S+\s+){0,10}?to\s+$"
    # "The Khalino airfield is used by the occupiers' aviation to launch strikes on the Sumy region"
    r"|\b(?:is|are)\s+used\s+(?:\S+\s+){0,6}?to\s+(?:launch\s+|carry\s+out\s+)?$"
    # "there has hardly been a day without shelling", "not a night goes by without drone attacks"
    r"|\b(?:hardly|barely|scarcely|not)\s+(?:been\s+)?(?:a|one|a\s+single)\s+(?:day|night|week)\s+"
    r"(?:goes\s+by\s+|passes\s+)?without\s+(?:[\w-]+\s+){0,2}?$",
    _I,
)
# "Ukraine has described its strikes on Crimea as a legitimate response": what a side's strikes are (not
# "called its Friday strikes a response": that night's)
_DESCRIBED_OWN = compile_opening(
    r"\b(?:(?:(?:has|have|had)\s+(?:\w+\s+)?(?:described|called|labell?ed|justified|cast)|describes|calls|labels"
    r"|justifies)\s+(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    # "Moscow calls the strikes terrorism": what a side says such strikes are, in the present (not "calls
    # the attacks on Odesa a war crime": those are reported, see _blocked)
    r"|(?P<present>(?:describes|calls|labels)\s+(?:the|these|such)\s+))$",
    _I,
)
_PURPOSE_WORDS = frozenset({"are"})
_OWN_BEFORE = compile_opening(r"\b(?:its|their|our)\s+(?:[\w-]+\s+)?$", _I)
_PURPOSE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,8}?\s+are\s+(?:aimed|intended|meant|designed|a\s+response|legitimate|justified)\b", _I
)
# "In the Kupiansk direction, the enemy attacked six times": a General Staff summary's ground fighting, not a
# strike; unless a weapon from afar is named ("Russian aircraft struck the areas of Rizdvianka")
_FRONT_DIRECTION = re.compile(
    r"\s*[Ii]n\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:and\s+(?:[A-Z][\w-]*\s+){1,2})?directions?\b"
    # ("it reported 17 Russian assaults in the Kupiansk direction, all of them repelled")
    r"|.*?\bin\s+(?:this|the\s+(?:[A-Z][\w-]*\s+){1,3})directions?\b"
)
# the words of ground fighting: "the enemy attacked six times", "11 Russian assaults", "repelled five attacks"
_GROUND_TRIGGER = re.compile(r"attack(?:ed|s)?|assaults?|repel(?:led|s)?", _I)
_DIRECTION_WORDS = frozenset({"direction", "directions"})
_ENEMY_WORDS = frozenset({"occupiers", "invaders", "enemy"})
_ENEMY_LOSSES = compile_opening(
    r"\b(?:occupiers|invaders|enemy\s+(?:soldiers|troops|personnel|servicemen))\s+(?:were|have\s+been)\s+"
    r"(?:eliminated|killed|neutrali[sz]ed|liquidated)\b",
    _I,
)
_STRIKE_WEAPON_WORDS = frozenset(
    "drone drones uav uavs missile missiles rocket rockets shahed shaheds aircraft airstrike airstrikes bomb "
    "bombs artillery shelling shelled shell shells mortar mortars air iskander grad himars strike strikes "
    "struck civilian civilians".split()
)
# who holds off an attack from the air or sea: "The Black Sea Fleet repelled an attack on Sevastopol" (not
# "Defenders repelled an attack near Vovchansk")
_REPELLED_WORDS = _STRIKE_WEAPON_WORDS | {"raid", "warfare", "fleet", "navy", "sea"}


def _names_a_weapon(
    words: frozenset[str] | None,
    text: str,
    lower: int,
    upper: int,
    cues: frozenset[str] = _STRIKE_WEAPON_WORDS,
) -> bool:
    """Return True if the sentence ``text[lower:upper]`` names a weapon from afar (one of ``cues``)."""
    sentence_words = words if words is not None else frozenset(re.findall(r"\w+", text[lower:upper].lower()))
    return not sentence_words.isdisjoint(cues)


# 'preferred to describe such incidents as "attempted attacks" and "minor fires"': a label, not a happening
_DESCRIBED_AS = compile_opening(
    r"\b(?:describe[sd]?|call(?:s|ed)?|label(?:s|led|ed)?|dismiss(?:es|ed)?)\s+(?:such|these|those|the|its|their"
    r"|all)\s+(?:[\w-]+\s+)?(?:incidents|attacks|strikes|hits|events|reports)\s+as\s+[^.;]{0,40}?$"
    # "Moscow calls them terrorist attacks": what one side names the other's strikes
    r"|\b(?:describe[sd]?|call(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|term(?:s|ed)?)\s+(?:them|it|these"
    r"|those)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?$",
    _I,
)
_PLACE_AFTER = re.compile(r"\s+(?:on|in|against)\b", _I)
_DESCRIBED_WORDS = frozenset(
    "describe describes described call calls called label labels labelled labeled justifies justified "
    "dismiss dismisses dismissed brand brands branded term terms termed cast".split()
)
# "an attack of UAVs had been repelled over the region", "An attack by four UAVs flying toward Moscow has
# been repelled": an interception, not a strike
_REPELLED_AFTER = re.compile(
    r"(?:\s+(?:of|by)\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"[\"“]?(?:repelled|repulsed|thwarted|foiled)\b",  # also 'an attack had been "repelled"'
    _I,
)
_REPELLED_BEFORE = compile_opening(
    r"\b(?:repelled|repulsed|thwarted|foiled|averted|(?:hold|held|holding)\s+back|fought\s+off|beat\s+back"
    r"|fend(?:ed|ing)?\s+off)\s+(?:an?\s+|the\s+)?(?:Russian\s+|Ukrainian\s+)?$",
    _I,
)
_NO_TARGET_HIT = compile_opening(  # (also "Neither plant was hit", "None of the plants was hit")
    r"\b(?:no|neither|none\s+of)\s+(?:\w+\s+){1,4}(?:had\s+been|have\s+been|has\s+been|were|was)\s+$", _I
)
# "The Klimovsky district has been one of the most frequently shelled parts of the region": a rank over time
_MOST_OFTEN_BEFORE = compile_opening(r"\bmost\s+(?:frequently|often|regularly|heavily|intensely)\s+$", _I)
# 'Such "double-tap" strikes ... have been used in Kharkiv': a kind of strike, not one
_SUCH_BEFORE = compile_opening(r"\bsuch\s+(?:[\w\"“”'-]+\s+){0,2}?$", _I)
# "Russian troops on the left bank regularly shell Kherson": what keeps happening
_HABIT_ADVERB_BEFORE = compile_opening(
    r"\b(?:regularly|routinely|constantly|frequently|often|repeatedly|usually)\s+$", _I
)
# a striking verb after a habit's adverb, base form too: "Russian troops regularly shell Kherson"
_PRESENT_VERBS = frozenset(
    "shell shells attack attacks strike strikes hits target targets bomb bombs pound pounds".split()
)
# "Our weekly recap of Russian strikes on the front-line communities": what a text is, not a strike of its own
_ACCOUNT_OF_BEFORE = compile_opening(
    r"\b(?:recap|summary|review|round-?up|overview|digest|tracker|chronology)\s+of\s+(?:[\w-]+\s+){0,2}?$", _I
)
# "Most of the strikes were aimed at airfields": what many strikes were like, not one of them
_STRIKES_NOUNS = frozenset({"strikes", "attacks"})
_SHARE_OF_THEM_BEFORE = compile_opening(r"\b(?:most|many|some|half|all)\s+of\s+(?:the|these|those)\s+$", _I)
# "Sumy, Kharkiv and Chernihiv are being hit in a pattern": what keeps happening, not a happening
_PROGRESSIVE_BEFORE = compile_opening(
    rf"\b(?:is|are)\s+being\s+$|\bunder\s+{_STATE_OF_ATTACK}\s+$", _I
)  # also "remain under constant attack"
_WEAPON_NAMED_AFTER = re.compile(r"\s+(?:drones?|UAVs?|helicopters?)\b", _I)
_WEAPON_NOUNS = frozenset({"attack", "strike"})  # "attack drones", not "launched drones"
_GENERIC_SUBJECT = compile_opening(r"\b(?:it|he|she)\s+(?:only\s+|never\s+|always\s+|routinely\s+)?$", _I)
# "the armed forces strike only military targets": what a side says it does
_ONLY_TARGETS_AFTER = re.compile(r"\s+only\s+(?:[\w-]+\s+){0,2}(?:targets|facilities|objects|sites)\b", _I)
# (or a passive past: "a week in which Kyiv and Kharkiv were hit repeatedly")
_PERFECT_BEFORE = compile_opening(
    r"\b(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+\s+)?(?:\w+\s+and\s+)?$", _I
)
# "Glide bombs ... have hit Sumy, Kharkiv and towns along the border for more than two years": a span of
# years or months after an active perfect (not "have destroyed the school where she had taught for 20 years")
_ACTIVE_PERFECT_BEFORE = compile_opening(r"\b(?:has|have)\s+$", _I)
_FOR_YEARS_AFTER = re.compile(
    r"(?:\s+(?!(?:where|who|which|that|when|whose|had|has|was|is)\b)[\w,-]+){0,10}?\s+for\s+"
    r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:\w+\s+)?(?:years|months)\b",
    _I,
)
# also past a few words of the same clause: "have been shelled and attacked by drones almost daily"
_HABITUAL_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,6}?\s+(?:almost\s+|nearly\s+)?(?:daily|every\s+(?:day|night|morning|evening)|repeatedly"
    # "shells land in the gardens in the evenings", "drones hang over the road whenever the weather is clear"
    # ("It has been hit several times this winter.")
    r"|regularly|constantly|routinely|frequently|often|(?:many|several|multiple|numerous)\s+times"
    r"|in\s+the\s+(?:mornings|evenings|nights)"
    # ("The city has been hit before.", not "the day before"; "drone strikes have become part of the weekly
    # routine", "drones kill someone almost every week")
    r"|whenever|(?<!day\s)(?<!night\s)(?<!evening\s)(?<!morning\s)(?<!week\s)before(?=\s*[.,;:])"
    r"|part\s+of\s+(?:the|their|our|its|a)\s+(?:[\w-]+\s+)?routine|every\s+week)\b",
    _I,
)
# "Russian attacks on the region have largely targeted energy sites", "Moscow's nightly air attacks on
# Ukrainian cities": what such happenings are like (not "strikes mostly hit", nor one with its day or toll:
# "Regular Russian attacks on Kharkiv killed two on Saturday")
_MOSTLY_BEFORE = compile_opening(
    r"\b(?:has|have)\s+(?:been\s+)?(?:largely|mostly|mainly|generally|typically|usually)\s+$", _I
)
_MOSTLY_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:has|have)\s+(?:been\s+)?(?:largely|mostly|mainly|generally|typically|usually)\b",
    _I,
)
# a word that dates a report to a day: "on Tuesday", "overnight", "yesterday"
_DAY_WORD = rf"{WEEKDAY_PATTERN}|overnight|yesterday|today|tonight"
_RANKED_IN_PERIOD = re.compile(
    rf"\b(?:{SUPERLATIVE_PATTERN}|most|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\b", _I
)
# a night the clause names for itself, after a period ("Over the past month ...: overnight, air defences
# ..."); narrower than _DAY_NAMED, whose weekdays also name when a summary was published ("In its weekly
# summary, also published on Sunday, the ministry said it had shot down 1,214")
_NIGHT_OF_ITS_OWN = re.compile(r"\b(?:overnight|last\s+night|tonight)\b", _I)
_WHEN_OR_TOLL = re.compile(
    rf"\b(?:{_DAY_WORD}|killed|killing|injured|injuring|wounded|wounding|damaged|damaging|destroyed)\b",
    _I,
)
_PRESENT_REPORTS_BEFORE = compile_opening(
    r"\b(?:reports|records|sees|faces|suffers|endures|comes?\s+under|is|are)\s+(?:[\w-]+\s+){0,2}?$", _I
)
# before a habit's adverb, only the third person's (or a plural's): "drones pound Nikopol almost daily" (not a
# headline's "Russian drones strike Kharkiv as near daily attacks intensify", nor "The strike ... came after
# weeks of almost daily attacks")
_PRESENT_TENSE = re.compile(r"pounds?|attacks|strikes|shells|hits|targets", _I)
# a weapon's present tense: "Russian drones kill someone almost every week"
_PRESENT_AFTER_WEAPON = re.compile(
    r"\s+(?:and\s+\w+\s+)?(?:destroy|destroys|damage|damages|kill|kills)\b", _I
)
_HABIT_ADJECTIVE_BEFORE = compile_opening(
    r"\b(?:nightly|near-daily|daily|regular|repeated|constant|frequent|relentless|incessant|routine)\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    _I,
)
_HABIT_ADJECTIVE_WORDS = frozenset(
    "nightly near daily regular repeated constant frequent relentless incessant routine".split()
)
_HABITUAL_WORDS = frozenset(
    """daily every repeatedly regularly constantly routinely frequently often many several multiple
    numerous mornings evenings nights whenever years months without keep keeps rarely seldom usually use
    uses used before routine never""".split()
)
# an outage reported of its consumers ("households ... are without power"), which is damage only when the
# paragraph tells of a strike and the sentence of no other cause
_OUTAGE = re.compile(r"(?:households|homes|consumers|customers|subscribers|villages)\b", _I)
_WAR_CAUSE = re.compile(
    r"\b(?:strikes?|struck|hit|attack(?:s|ed)?|shell(?:ing|ed)|drones?|missiles?|debris|explosions?|bomb(?:s|ing)?"
    r"|Shaheds?)\b",
    _I,
)
_OTHER_CAUSE = re.compile(
    r"\b(?:storm|heatwave|heat\s+wave|maintenance|scheduled|rotations?|fault|technical|accident"
    r"|schedules?|demand|weather|ice|snow)\b",
    _I,
)
_RESTORED = re.compile(r"\brestored\b", _I)
_ACCIDENT = re.compile(r"\b(?:accident|collided|collision|poisoning|(?:car|road|bus|train)\s+crash)\b", _I)
_ACCIDENT_WORDS = frozenset("accident collided collision poisoning crash".split())
_MOSTLY_WORDS = frozenset("largely mostly mainly generally typically usually".split())
_DEBRIS_WORDS = frozenset("debris wreckage fragment fragments".split())
# "Prisoner exchanges have been one of the few areas of cooperation", "Strikes on refineries have become
# a key part of Kyiv's strategy": a bare plural said to be something is a kind of happening, not one
# also "Kyiv says its strikes on Russian airfields, refineries and arms plants are a response to ..."
_BARE_PLURAL_BEFORE = re.compile(
    r"(?:^|[:;—–]\s*|\b(?:says?|said|that)\s+|\bsince\s+the\s+)(?:(?:its|their|our)\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
_KIND_OF_THING_AFTER = re.compile(
    r"(?:\s+(?:on|against|of|in|by)\s+(?:(?!(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|overnight|last\s+night|yesterday|today)\b)[^.;:]){1,80}?)?\s+"
    r"(?:(?:(?:have|has)\s+(?:been|become|remained)|are|remain)\s+(?:one\s+of|an?|the|part\s+of)"
    # "since the attacks on the capital became regular", not "became the deadliest"
    r"|(?:(?:have|has)\s+(?:been|become|remained)|are|remain|became)\s+(?:\w+\s+)?"
    r"(?:common|rare|routine|frequent|regular|central|key|crucial|vital))\b",
    _I,
)
# 'Peskov said attacks on civilians showed that Kyiv was "not interested in peace"': what they prove (not
# "the strikes on Kharkiv, which killed seven people, showed": those are reported)
_SHOWN_AFTER = re.compile(
    r"(?:\s+(?:on|against|of|in|by)\s+(?:(?!\b(?:which|that|who)\b)[^.;:,]){1,60}?)?\s+"
    r"(?:show|shows|showed|prove|proves|proved|demonstrate|demonstrates|demonstrated)\b",
    _I,
)
_KIND_OF_THING_WORDS = frozenset(
    "been become remained are remain became show shows showed prove proves proved demonstrate demonstrates "
    "demonstrated".split()
)
# "four people were killed and 14 wounded in the district this week": a toll over many happenings
# ("In total, since the beginning of the week the enemy has killed 4 residents")
_PAST_PERIOD = (
    # (also "over the seven days the enemy attacked eight communities; three people were killed")
    r"(?:(?:over|in|during)\s+the\s+(?:(?:past|last)\s+(?:week|month|\d+\s+days)"
    r"|(?<=over\sthe\s)(?:past\s+|last\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s+days"
    r"(?!\s+since))"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month)"
    r"|so\s+far\s+this\s+(?:week|month)|(?:over|during)\s+the\s+week\b"
    # ("In those six months, officials reported 1,607 attacks on the city")
    r"|(?:over|in|during)\s+(?:those|these|the\s+same)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s+(?:weeks|months))"
)
_PERIOD_TALLY = compile_opening(rf"\b(?:by\s+the\s+end\s+of\s+the\s+week|{_PAST_PERIOD})\b", _I)
# named after the toll, only in its own clause: not "killed three on Tuesday, the second attack this week"
_PERIOD_TALLY_AFTER = re.compile(
    rf"[^,;:\u2014\u2013()]*?\b(?:(?:this|that|the\s+past|the\s+last)\s+week|{_PAST_PERIOD})\b", _I
)
_PERIOD_WORDS = frozenset("week month days weeks months".split())
# (not "destroyed enemy ammunition depots", "the enemy's S-400 system": what was theirs)
_FIGHTERS_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:enemy|occupiers|militants|manpower)(?=\s*[,.;]|\s+(?:in|on|at|near|along|across|around)\b)",
    _I,
)
_YEAR_SO_FAR_AFTER = re.compile(r"[^,;:\u2014\u2013()]*?\bso\s+far\s+this\s+year\b", _I)
_RANK_WORD = re.compile(r"\b(?:deadliest|largest|biggest|heaviest|worst|most)\b", _I)
_PERIOD_RIGHT_AFTER = re.compile(
    r"\s+(?:over|during|in)\s+the\s+(?:past\s+|last\s+)?(?:week|month|\d+\s+days)\b", _I
)
_COUNTED_BEFORE = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+)?$")  # "1,607 attacks", "412 artillery strikes"
# "In its weekly summary, the ministry said it had shot down 1,214 drones": many nights' sum
_WEEKLY = re.compile(
    r"\b(?:weekly|monthly)\s+(?:summary|report|tally|update|briefing)\b"
    r"|\bover\s+the\s+(?:(?:past|last)\s+)?(?:week|month)\b",
    _I,
)
# "says it destroyed more than 3,800 Ukrainian drones over the month", "more than 1,000 drones have been shot
# down over Russian regions since the beginning of the week": a period's downings
_OVER_THE_PERIOD_AFTER = re.compile(
    r"(?:\s+[\w,-]+){0,6}?\s+"
    r"(?:over\s+the\s+(?:(?:past|last)\s+)?|since\s+the\s+(?:start|beginning)\s+of\s+the\s+)(?:week|month)\b",
    _I,
)
# (in the launch's own clause: not "launched 40 drones at Odesa overnight, the third attack over the past
# week")
_LAUNCHED_OVER_THE_PERIOD = re.compile(
    r"(?:\s+(?:\d[\d,]*|[\w-]+)){0,12}?\s+(?:over\s+the\s+(?:(?:past|last)\s+)?|(?<!time\s)(?<!times\s)(?<!twice\s)"
    r"(?:this|last)\s+)(?:week|month)\b",
    _I,
)
# ... or before it: "This week, Russia used more than 1,300 attack drones", "Since the start of February,
# Russia has launched ..." (not "for the second time this week", nor a night's "In total, the enemy launched")
_PERIOD_BEFORE_LAUNCH = re.compile(
    r"\b(?:(?<!time\s)(?<!times\s)(?<!twice\s)(?:this|last)\s+(?:week|month)"
    r"|since\s+the\s+(?:start|beginning)\s+of)\b",
    _I,
)
_LAUNCH_PERIOD_WORDS = frozenset("week month since".split())
_LAUNCHES = frozenset({"launched", "fired", "used"})
_WEEKLY_WORDS = frozenset({"weekly", "week", "monthly", "month"})
# "Since Russia's full-scale invasion, 1,120 civilians have been killed", "since 24 February 2022": the war's
# toll; "Over that time" refers to such a period only when one was just named ("since then" after a morning's
# shelling is that day's toll)
_WAR_LONG = (
    r"since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:Russia['’]s\s+|the\s+)?(?:full-scale\s+)?"
    r"(?:invasion|war|special\s+military\s+operation)|since\s+(?:(?:\d{1,2}\s+)?February\s+(?:\d{1,2},?\s+)?)?2022"
    # ("Since the beginning of October, 19 civilians have been killed": a month's toll)
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year|20\d\d|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)"
)
# "Since the beginning of 2025, the enemy has carried out more than 220 attacks on railway infrastructure.
# Fourteen railway workers have been killed": the next sentence's toll in the perfect is the period's too
_PERIOD_SENTENCE_BEFORE = re.compile(rf"(?:^|[.!?]\s+)(?:{_WAR_LONG})\b[^.!?\n]*[.!?][ \t]+$", _I)
_ONE_HAPPENING = re.compile(
    r"\b(?:in|by|during)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|shelling|bombing|explosion)\b",
    _I,
)
_DAY_NAMED = re.compile(rf"\b(?:{_DAY_WORD}|last\s+night)\b", _I)
_WAR_LONG_BEFORE = compile_opening(rf"\b(?:{_WAR_LONG})\b", _I)
_THAT_TIME_BEFORE = compile_opening(
    r"\b(?:over|during|in)\s+(?:that|this|the\s+same)\s+(?:time|period)\b", _I
)
_WAR_LONG_WORDS = frozenset("time period since".split())
# a monitoring mission's count: "HRMMU recorded 21 civilians killed and 168 injured in Kherson city; 12 killed
# ... in Kharkiv city", "The mission verified that at least 174 civilians were killed": a tally of a period,
# not a happening (not "Doctors recorded 11 injured after the strike", nor one on a day it names)
_TALLIED = re.compile(
    r"\b(?:HRMMU|OHCHR|(?:UN|U\.N\.|United\s+Nations|monitoring)\s+(?:[\w-]+\s+){0,3}?mission|the\s+mission"
    r"|monitors)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:recorded|verified|documented|registered)\s+(?:that\s+)?"
    r"(?:the\s+deaths\s+of\s+)?(?:(?:at\s+least|more\s+than|over|some|about)\s+)?\d",
    _I,
)
_TALLY_WORDS = frozenset("recorded verified documented registered".split())
_CALENDAR_DAY = re.compile(rf"\b(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})\b", _I)
# a rank of a strike ("In the biggest drone attack on Moscow since the start of the war"), not of what the
# place saw ("which has seen the fiercest fighting since the start of the full-scale invasion")
_SUPERLATIVE_BEFORE = compile_opening(
    rf"\b{SUPERLATIVE_PATTERN}(?:\s+[\w’'-]+){{0,3}}?\s+(?:attacks?|strikes?|barrages?|bombardments?|assaults?"
    r"|raids?|waves?|salvos?|nights?|days?)(?:\s+[\w’'-]+){0,4}\s+$",
    _I,
)
_TOLLED = frozenset({EventType.CASUALTIES, EventType.INTERCEPTION})  # what a war-long toll can count
_PERFECT = re.compile(r"\b(?:have|has)\b", _I)
_PERFECT_WORDS = frozenset({"have", "has"})
# where a clause of its own begins: "..., but Tuesday's strike, which killed four", "... daily and on Tuesday"
_CLAUSE_CUT = re.compile(
    r"[,;]\s+(?:and|but|while|which|who)\b|\s(?:but|while)\s|\sand\s+(?=on\s|in\s|at\s)|;", _I
)
_COMPARED_WITH = compile_opening(r"\bthan\s+(?:[\w-]+\s+){0,2}?$", _I)


@dataclass(frozen=True)
class Trigger:
    """Where a sentence reports an event.

    Attributes
    ----------
    event_type : EventType
        What kind of event.
    start, end : int
        Offsets of the trigger word(s) in the searched text.
    text : str
        The trigger as written.
    weak : bool
        A mention that only refers back to an event (e.g. "the transfer");
        it may only take a place from its own clause.
    listed : bool
        An item of a list a lead-in sentence introduced ("- 31 UAVs over the Bryansk region;" after
        "destroyed 95 UAVs:"), which has no trigger word of its own.
    """

    event_type: EventType
    start: int
    end: int
    text: str
    weak: bool = False
    listed: bool = False


def swapped_each(trigger: Trigger) -> int | None:
    """Return how many each side handed over, for an exchange told by its formula ("410 for 410"), else None.

    Parameters
    ----------
    trigger : Trigger
        A trigger of any kind.

    Returns
    -------
    int or None

    Examples
    --------
    >>> swapped_each(Trigger(EventType.PRISONER_EXCHANGE, 0, 27, "150 prisoners of war for 150"))
    150
    >>> swapped_each(Trigger(EventType.PRISONER_EXCHANGE, 0, 4, "swap")) is None
    True
    """
    if trigger.event_type is not _EXCHANGE:
        return None
    # (the exchange pattern's own formula, also in a trigger read with the "swap" beside it: "swap - 1,000 for
    # 1,000")
    given = (match.group("given") for match in _PATTERNS[_EXCHANGE].finditer(trigger.text))
    each = next(filter(None, given), None)
    return int(each.replace(",", "")) if each else None


def mentions_prisoners(text: str) -> bool:
    """Return True if ``text`` talks about prisoners (a prerequisite for exchanges).

    Either by name ("prisoners", "POWs") or as people brought home in an exchange
    ("Ukraine brought home 22 civilians ... in an exchange with Russia").
    """
    if _PRISONERS.search(text) is not None:
        return True
    if _HOMECOMING.search(text) is None:
        return False
    swaps = _PATTERNS[EventType.PRISONER_EXCHANGE].finditer(text)
    return any(_NOT_AN_EXCHANGE.match(text, swap.start()) is None for swap in swaps)


def mentions_talks(text: str) -> bool:
    """Return True if ``text`` talks about negotiations (a prerequisite for a "meeting" to be talks)."""
    return _TALKS_CONTEXT.search(text) is not None


def candidate_types(words: frozenset[str]) -> frozenset[EventType]:
    """Return the event types whose trigger words can occur among ``words`` (lower-cased)."""
    return _NO_TYPES.union(*map(_TYPES_OF_WORD.__getitem__, words))


_NO_TYPES: frozenset[EventType] = frozenset()


class _WordTypes(dict[str, frozenset[EventType]]):
    """Word -> the types of the longest trigger stem it starts with, worked out once per word.

    Words recur across sentences and articles: asked again, a plain dictionary lookup answers, cheaper
    than a cached function's call. Emptied when it holds :data:`_WORD_TYPES_SIZE` words, so memory stays
    flat.
    """

    def __missing__(self, word: str) -> frozenset[EventType]:
        if len(self) >= _WORD_TYPES_SIZE:
            self.clear()
        match = _ANY_STEM.match(word)
        types = self[word] = _STEM_TYPES[match.group()] if match else _NO_TYPES
        return types


_WORD_TYPES_SIZE = 65536
_TYPES_OF_WORD = _WordTypes()


def _inside_word(text: str, index: int) -> bool:
    """Return True if ``index`` falls between two word characters (a window edge there cuts a word)."""
    return index > 0 and _TWO_WORD_CHARACTERS.match(text, index - 1) is not None


def _war_outage(text: str, start: int, lower: int, upper: int) -> bool:
    """Return True if an outage's sentence names no other cause and its paragraph names a strike.

    Not "Electricity was restored to homes that were without power": the outage is over.
    """
    if _OTHER_CAUSE.search(text, lower, upper) or _RESTORED.search(text, lower, start):
        return False
    return _WAR_CAUSE.search(text, text.rfind("\n", 0, lower) + 1, upper) is not None


def _is_kind_of_happening(
    text: str, start: int, end: int, bounds: tuple[int, int, int, int], words: frozenset[str] | None
) -> bool:
    """Return True for a trigger telling what such happenings are like, in a sentence dating none.

    "Moscow's nightly air attacks on Ukrainian cities", "attacks on the region have largely targeted energy
    sites".
    """
    lower, upper, window, after = bounds
    plural = text[end - 1] == "s"
    habit = (
        (
            plural
            and _may_hold(words, _HABIT_ADJECTIVE_WORDS, text, window)
            and _HABIT_ADJECTIVE_BEFORE.search(text, window, start) is not None
        )
        or (plural and _may_hold(words, _MOSTLY_WORDS, text, after) and _MOSTLY_AFTER.match(text, end, after))
        or (_may_hold(words, _MOSTLY_WORDS, text, window) and _MOSTLY_BEFORE.search(text, window, start))
    )
    return bool(habit) and _WHEN_OR_TOLL.search(text, lower, upper) is None


def _may_hold(words: frozenset[str] | None, cues: frozenset[str], text: str, edge: int) -> bool:
    """Return False when a pattern hinging on ``cues`` cannot match a sentence window with that edge."""
    return words is None or not words.isdisjoint(cues) or _inside_word(text, edge)


def _is_war_toll(text: str, lower: int, start: int, end: int, upper: int) -> bool:
    """Return True if a toll in the perfect counts the whole war: since 2022, or over a period named so.

    The perfect is the toll's own clause's: "Since February 2022 Kupiansk has been shelled almost daily, and
    on Thursday a drone killed two residents" reports Thursday's toll. The trigger ends at ``end`` and may
    hold it ("98,000 unmanned aerial vehicles have been destroyed").
    """
    period = _WAR_LONG_BEFORE.search(text, lower, start)
    if period is None:
        that_time = _THAT_TIME_BEFORE.search(text, lower, start)
        war_named = that_time is not None and _WAR_LONG_BEFORE.search(text, max(0, lower - 300), lower)
        period = that_time if war_named else None
    if period is None and _PERIOD_SENTENCE_BEFORE.search(text, max(0, lower - 300), lower):
        # (not "Two people have been killed in a guided bomb strike on the Kyivskyi district", nor "have shot
        # down 87 of the 112 drones launched overnight": one happening)
        return (
            _DAY_NAMED.search(text, lower, upper) is None
            and _ONE_HAPPENING.search(text, lower, upper) is None
            and _PERFECT.search(text, lower, end) is not None
        )
    if period is None or _SUPERLATIVE_BEFORE.search(text, max(lower, period.start() - 80), period.start()):
        return False  # (not "In the biggest drone attack on Moscow since the start of the war": a rank)
    cuts = [cut.end() for cut in _CLAUSE_CUT.finditer(text, period.end(), start)]
    return _PERFECT.search(text, cuts[-1] if cuts else period.end(), end) is not None


# "It was the second night of attacks on the region this week": which of the nights told this one is, no
# happening of its own (not "It was the third attack on Odesa's energy infrastructure this week", which may be
# the only telling of the attack)
_RANKED_BEFORE = compile_opening(
    rf"\b(?:it|this|that)\s+(?:was|is|marked)\s+(?:the\s+|an?\s+)?(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)"
    r"|latest|another)\s+(?:[\w-]+\s+){0,3}?$",
    _I,
)
_RANKED_WORDS = frozenset({"was", "is", "marked"})


def _blocked(
    text: str,
    start: int,
    end: int,
    event_type: EventType,
    lower: int,
    upper: int,
    words: frozenset[str] | None = None,
) -> bool:
    window = max(lower, start - 60)
    after = min(upper, end + 80)
    if (
        event_type is _ATTACK
        and text[end - 1] == "s"
        and _may_hold(words, _RANKED_WORDS, text, window)
        and _RANKED_BEFORE.search(text, window, start)
    ):
        return True
    if event_type is not _CASUALTIES and (
        (
            _may_hold(words, _IRREALIS_WORDS, text, window)
            and _IRREALIS.search(text[window:start])
            # (not "intended to use Monday's talks in Istanbul to push for a ceasefire": they were held)
            and not _DAYS_OWN_BEFORE.search(text, max(window, start - 30), start)
        )
        or (_may_hold(words, _IRREALIS_AFTER_WORDS, text, after) and _IRREALIS_AFTER.match(text, end, after))
        or (
            event_type in _CALLED_OFF_TYPES
            and _may_hold(words, _CALLED_OFF_WORDS, text, after)
            and _CALLED_OFF_AFTER.match(text, end, after)
        )
    ):
        return True  # "agreed to swap", "brace for more attacks", "talks on another swap would resume"
    background = None
    if _may_hold(words, _BACKGROUND_WORDS, text, window):
        background = _BACKGROUND_BEFORE.search(text, window, start)
    if background is not None and (background.group("previous") is None or text[end - 1] == "s"):
        return True
    if (
        text[end - 1] == "s"
        and _may_hold(words, _KIND_OF_THING_WORDS, text, after)
        and _BARE_PLURAL_BEFORE.search(text[lower:start])
        and (_KIND_OF_THING_AFTER.match(text, end, after) or _SHOWN_AFTER.match(text, end, after))
    ):
        return True
    if (
        _may_hold(words, _HABITUAL_WORDS, text, after)
        and _FOR_YEARS_AFTER.match(text, end, after)
        and (
            _ACTIVE_PERFECT_BEFORE.search(text, window, start) or _PERFECT_BEFORE.search(text, window, start)
        )
    ):
        return True  # "have hit Sumy ... for more than two years", "has been shelled for months"
    if _may_hold(words, _HABITUAL_WORDS, text, after) and _HABITUAL_AFTER.match(text, end, after):
        if (
            _PERFECT_BEFORE.search(text, window, start)
            or _PRESENT_TENSE.fullmatch(text, start, end)
            or _PRESENT_AFTER_WEAPON.match(text, end, after)
            or _PRESENT_REPORTS_BEFORE.search(text, window, start)
        ):
            # "villages have been shelled almost daily since", "drones pound Nikopol almost daily", "Bogomaz
            # reports shelling or drone strikes on its villages almost every day", "the village is shelled
            # almost every day": a habit
            return True
    if _may_hold(words, _HABITUAL_WORDS, text, window) and _HABITUAL_BEFORE.search(text, window, start):
        return True
    if _is_kind_of_happening(text, start, end, (lower, upper, window, after), words):
        return True
    if event_type is _DAMAGE and _OUTAGE.match(text, start, end):
        if not _war_outage(text, start, lower, upper):
            return True  # "Households in Lviv were without power after a storm"
    if event_type is _CASUALTIES and _may_hold(words, _ACCIDENT_WORDS, text, lower) and _ACCIDENT.search(
        text, lower, upper
    ):
        return True  # "Two drivers were killed in a road accident near Poltava"
    if (
        event_type is _ATTACK
        and text[start:end].lower() in _PASSIVE_HITS
        and _may_hold(words, _NEGATION_WORDS, text, lower)
        and _NOTHING_HIT_BEFORE.search(text, max(lower, start - 40), start)
    ):
        return True  # "reported that 11 drones had been shot down and that nothing had been hit"
    if event_type is _CASUALTIES or event_type is _DAMAGE or event_type is _TALKS:
        # "no one was injured", "despite the absence of wider peace talks"
        near = max(lower, start - 40)
        if _may_hold(words, _NEGATION_WORDS, text, near) and _NEGATION.search(text[near:start]):
            return True
    if (
        event_type is _ATTACK
        and _DURING_BEFORE.search(text, window, start)
        and not _AIMED_AFTER.match(text, end, after)
    ):
        return True  # "Flights at Krasnodar's airport were suspended during the attack": reported elsewhere
    if (
        event_type is _ATTACK
        and _FOLLOWING_BEFORE.search(text, window, start)
        and not _TOLD_AFTER.match(text, end, after)
    ):
        return True
    if event_type is _TALKS and "due" in text[lower:start] and _MEETING_AHEAD.search(text, lower, start):
        return True  # "negotiators were due to meet again in Abu Dhabi later this week for talks"
    if event_type is _TALKS and _STALLED_AFTER.match(text, end, upper):
        return True  # "as talks on a ceasefire stalled": no meeting held
    if event_type is _ATTACK and text[start:end].lower() == "attack":
        if _KIND_OF_WEAPON_AFTER.match(text, end, upper):
            return True  # "launched 37 missiles ... and 184 attack and decoy drones": what kind of drones
    if event_type is _DAMAGE and _FIGHTERS_AFTER.match(text, end, after):
        return True  # "Units of the North group continue to destroy the enemy": fighting, not damage
    if event_type is _DAMAGE and text[start:end].lower() in _DEBRIS_WORDS:
        if _HARMLESS_FALL_AFTER.match(text, end, upper):
            return True  # "debris fell in an open area. No damage": what fell hit nothing
        if _SITE_WHERE_BEFORE.search(text, max(lower, start - 30), start):
            return True  # "Emergency services are working at the site where the debris fell"
    if (
        event_type is _DAMAGE
        and text.startswith("fire", start)
        and (
            _UNDER_BEFORE.search(text, max(lower, start - 40), start)
            or _FIRED_FROM_AFTER.match(text, end, upper)
        )
    ):
        return True  # "came under heavy artillery fire", "the fire came from Russia": shooting, not a blaze
    if (
        event_type is _INTERCEPTION
        and _SOME_OF_THEM_AFTER.match(text, end, after)
        and not _AIR_DEFENCE_BEFORE.search(text, max(lower, start - 80), start)
    ):
        return True  # "damaged 20 houses and destroyed five of them": the houses, not drones
    failed_from = max(lower, start - 30)
    if (
        event_type is _INTERCEPTION
        and _may_hold(words, _FAILED_WORDS, text, failed_from)
        and _FAILED_TO.search(text, failed_from, start)
    ):
        return True  # "had not been able to intercept the missiles", "failed to shoot down"
    if (
        event_type is _CASUALTIES
        and _may_hold(words, _FREED_WORDS, text, window)
        and _FREED_BEFORE.search(text, window, start)
    ):
        return True  # "Among those freed are 12 severely wounded servicemen": prisoners, not a strike's toll
    if event_type is _CASUALTIES and (
        _SWAP_FORMULA_AFTER.match(text, end, after)
        or _SWAP_FORMULA_BEFORE.search(text, window, start)
        or (
            _CAPTIVES_AFTER.match(text, end, after)
            and (
                _HANDED_OVER_BEFORE.search(text, window, start)
                or _HANDED_TO_A_SIDE_AFTER.match(text, end, upper)
            )
        )
    ):
        return True
    if event_type is _CASUALTIES and _may_hold(words, _WAR_WORDS, text, after) and _WAR_TOLL_AFTER.match(
        text, end, after
    ):
        return True  # "the bodies of 503 soldiers killed in the war": the war's toll, not a happening
    if (
        event_type is _CASUALTIES
        and _BODIES_COUNTED_BEFORE.search(text, window, start)
        and _REPATRIATED.search(text, lower, upper)
        and _SOLDIERS_BODIES.search(text, window, after)
    ):
        return True
    if (
        (event_type is _CASUALTIES or (event_type is _ATTACK and _COUNTED_BEFORE.search(text, lower, start)))
        and _may_hold(words, _PERIOD_WORDS, text, lower)
        and (_PERIOD_TALLY.search(text, lower, start) or _PERIOD_TALLY_AFTER.match(text, end, upper))
    ):
        return True  # (and "officials reported 1,607 attacks on the city" over such a period)
    year_so_far = _YEAR_SO_FAR_AFTER.match(text, end, upper) if event_type is _CASUALTIES else None
    if year_so_far is not None and not _RANK_WORD.search(text, end, year_so_far.end()):
        return True  # "2,000 civilians were killed so far this year" (not "the deadliest strike so far ...")
    if event_type is _ATTACK and text[end - 1] in "sS" and _PERIOD_RIGHT_AFTER.match(text, end, upper):
        return True  # "two people were killed ... in Russian attacks over the week"
    weekly = event_type is _INTERCEPTION and _may_hold(words, _WEEKLY_WORDS, text, lower)
    period = _WEEKLY.search(text, lower, end) if weekly else None
    if period is not None and _NIGHT_OF_ITS_OWN.search(text, period.end(), start):
        period = None  # "Over the past month Russia has shifted its strikes west: overnight, ... shot down"
    period_after = _OVER_THE_PERIOD_AFTER.match(text, end, upper) if weekly else None
    if period_after is not None and _RANKED_IN_PERIOD.search(text, end, period_after.end()):
        # "shot down 35 drones overnight, the most since the start of the week", "the third wave since"
        period_after = None
    if period is not None or period_after is not None:
        return True
    launched = event_type is _ATTACK and text[start:end].lower() in _LAUNCHES
    launched = launched and _may_hold(words, _LAUNCH_PERIOD_WORDS, text, lower)
    if launched and (
        _LAUNCHED_OVER_THE_PERIOD.match(text, end, upper) or _PERIOD_BEFORE_LAUNCH.search(text, lower, start)
    ):
        return True  # "Russia had launched more than 1,800 glide bombs at Ukraine over the past week"
    # (or the perfect after a sentence opened by the period)
    war_toll = event_type in _TOLLED and _may_hold(words, _WAR_LONG_WORDS | _PERFECT_WORDS, text, lower)
    if war_toll and _is_war_toll(text, lower, start, end, upper):
        # "Over that time, at least 3,600 civilians have been killed": the war's toll ("Since the start of the
        # special military operation, more than 98,000 UAVs have been destroyed": its downings)
        return True
    if (
        event_type is _CASUALTIES
        and _may_hold(words, _TALLY_WORDS, text, lower)
        and _TALLIED.search(text, lower, start)
        and _DAY_NAMED.search(text, lower, upper) is None
        and _CALENDAR_DAY.search(text, lower, upper) is None
    ):
        return True
    if text[end - 1] == "s" and "than" in text[window:start] and _COMPARED_WITH.search(text, window, start):
        return True  # "Civilian returns have been rarer than prisoner-of-war swaps": a kind, compared
    if event_type is _ATTACK and text[end - 1] == "s" and _GENERIC_SUBJECT.search(text, window, start):
        return True  # "Russia says it strikes only military targets": what it does, not what it did
    if (
        event_type in _FRONT_TYPES
        and _may_hold(words, _DIRECTION_WORDS, text, lower)
        and _GROUND_TRIGGER.fullmatch(text, start, end)
        and _FRONT_DIRECTION.match(text, lower, upper)
        and not _names_a_weapon(words, text, lower, upper)
    ):
        return True
    if (
        event_type is _INTERCEPTION
        and text[start:end].lower().startswith("repel")
        and not _names_a_weapon(words, text, lower, upper, _REPELLED_WORDS)
    ):
        return True  # "Ten of them have been repelled" after "11 Russian assaults": a ground attack held off
    if (
        event_type is _CASUALTIES
        and _may_hold(words, _ENEMY_WORDS, text, lower)
        and _ENEMY_LOSSES.search(text, lower, start)
    ):
        return True  # "112 occupiers were eliminated in this direction today and 41 wounded": battle losses
    described = (
        _DESCRIBED_OWN.search(text, window, start)
        if text[end - 1] == "s" and _may_hold(words, _DESCRIBED_WORDS, text, window)
        else None
    )
    if described is not None and (described.group("present") is None or not _PLACE_AFTER.match(text, end)):
        return True
    if _may_hold(words, _DESCRIBED_WORDS, text, window) and _DESCRIBED_AS.search(text, window, start):
        return True
    if (
        text[end - 1] == "s"
        and _may_hold(words, _PURPOSE_WORDS, text, after)
        and _OWN_BEFORE.search(text, window, start)
        and _PURPOSE_AFTER.match(text, end, after)
    ):
        return True  # "Kyiv says its strikes on Russian industry are aimed at cutting supplies": a purpose
    if event_type is _ATTACK and _ONLY_TARGETS_AFTER.match(text, end, after):
        return True
    if event_type is _ATTACK and (
        _NOT_ATTACKED.search(text, max(lower, start - 25), start)
        or _REPELLED_BEFORE.search(text, window, start)
        or _REPELLED_AFTER.match(text, end, after)
        or _NO_TARGET_HIT.search(text, window, start)
        or _MOST_OFTEN_BEFORE.search(text, max(lower, start - 25), start)
        or (
            text[start:end].lower() in _STRIKES_NOUNS
            and _SHARE_OF_THEM_BEFORE.search(text, max(lower, start - 25), start)
        )
        or _ACCOUNT_OF_BEFORE.search(text, max(lower, start - 40), start)
        or _SUCH_BEFORE.search(text, max(lower, start - 30), start)
        or (
            text[start:end].lower() in _PRESENT_VERBS
            and _HABIT_ADVERB_BEFORE.search(text, max(lower, start - 20), start)
        )
        or _PROGRESSIVE_BEFORE.search(text, window, start)
        or (_may_hold(words, _SAME_WORDS, text, window) and _SAME_BEFORE.search(text, window, start))
        or (
            _may_hold(words, _NO_ATTACK_WORDS, text, window) and _NO_ATTACK_BEFORE.search(text, window, start)
        )
        or (_BEGAN_AFTER.match(text, end, after) and _TIME_OF_ATTACK_BEFORE.search(text, window, start))
    ):
        return True  # "air defences repelled an attack", "no military facilities had been hit"
    if event_type is not _ATTACK and event_type is not _INTERCEPTION:
        return False
    if _may_hold(words, _DEBRIS_WORDS, text, window) and _DEBRIS_SUBJECT.search(text[window:start]):
        return True  # "debris from a downed drone fell": what fell is reported, not a downing
    if event_type is not _ATTACK:
        return False
    # "strike-drone", "Shahed-type attack drones": a weapon's name
    return text.startswith("-", end) or (
        text[start:end].lower() in _WEAPON_NOUNS and _WEAPON_NAMED_AFTER.match(text, end, after) is not None
    )


def find_triggers(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    prisoner_context: bool = False,
    exchange_context: bool = False,
    talks_context: bool = True,
    words: frozenset[str] | None = None,
) -> list[Trigger]:
    """Find the event triggers in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article (offsets index it).
    start, end : int, optional
        Bounds of the sentence.
    prisoner_context : bool
        The article talks about prisoners, so "exchange"/"swap" mean prisoner exchanges.
    exchange_context : bool
        The paragraph already reports an exchange, so "the transfer" refers to it.
    talks_context : bool
        The article talks about negotiations, so "meeting" means talks.
    words : frozenset of str, optional
        The sentence's lower-cased words (see :class:`~geomap.extraction.text.Sentence`); only the
        types whose trigger words occur among them are looked for.

    Returns
    -------
    list of Trigger
        In reading order; overlapping triggers of one type are reported once.
    """
    end = len(text) if end is None else end
    types = candidate_types(words) if words is not None else frozenset(EventType)
    if not types:
        return []
    found: list[Trigger] = []
    covered: list[tuple[int, int]] = []
    for event_type, pattern in _PATTERNS.items():
        if event_type not in types:
            continue
        if event_type is _EXCHANGE and not prisoner_context:
            continue
        for match in pattern.finditer(text, start, end):
            a, b = match.span()
            if event_type is _EXCHANGE and _NOT_AN_EXCHANGE.match(text, a):
                continue
            if event_type is _DAMAGE and any(x <= a < y for x, y in covered):
                continue  # "destroyed 29 drones" is an interception, not damage
            if event_type is _TALKS and match.group().lower() in _TALKS_IN_CONTEXT:
                if (
                    not talks_context
                    or text.endswith("for ", max(start, a - 4), a)  # "recalled its envoy for consultations"
                    or _BEING_VERB_BEFORE.search(text, max(start, a - 12), a)
                    or _ROUTINE_MEETING_BEFORE.search(text, max(start, a - 12), a)
                ):
                    continue  # "Zelensky is meeting the freed men": a verb, not talks
            if event_type is _INTERCEPTION:
                covered.append((a, b))  # (a downing not reported here is no damage either)
            if _blocked(text, a, b, event_type, start, end, words):
                continue
            found.append(Trigger(event_type, a, b, match.group()))
    if _ATTACK in types and text.find(":", start, end) >= 0:
        for match in _LABELLED_FIRE.finditer(text, start, end):
            a, b = match.span("weapon")
            if not any(t.event_type is _ATTACK and t.start < b and a < t.end for t in found):
                found.append(Trigger(_ATTACK, a, b, match.group("weapon")))
    for event_type, pattern in _WEAK_PATTERNS.items():
        if event_type not in types:
            continue
        if event_type is _EXCHANGE and not prisoner_context:
            continue  # "returned home" is an exchange only in an article about prisoners
        for match in pattern.finditer(text, start, end):
            a, b = match.span()
            if event_type is _EXCHANGE:
                if not (exchange_context or _EXCHANGE_OBJECT.match(text[b:end])):
                    continue
                if _BODIES_BEFORE.search(text, max(start, a - 40), a):
                    continue  # "Bodies Returned On Saturday": the dead repatriated, no prisoners exchanged
            elif not (_TALKS_CONTEXT.search(text, start, end) or (talks_context and match.group() != "met")):
                continue  # "they met" is talks in a sentence on talks; "a third round" in a text on them
            if _blocked(text, a, b, event_type, start, end, words):
                continue
            # "the handover took place at a checkpoint in Volyn Oblast" says where it happened
            weak = _TOOK_PLACE.match(text, b, end) is None
            found.append(Trigger(event_type, a, b, match.group(), weak=weak))
    found.sort(key=lambda t: t.start)
    return found
