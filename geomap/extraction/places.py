"""Spot place names in a sentence and decide what role each plays.

A capitalised span ("Kyiv", "Tula region", "Solomianskyi district", "Київ") is a
*candidate*; the resolver decides whether it is a place. Its *role* says whether
it locates an event: a dateline ("KYIV, Ukraine (AP) —"), a speaker's office
("Kyiv Mayor", "Russia's defence ministry"), an envoy's posting ("ambassador to
Kyiv"), a reference point ("south of Moscow") or a speaker ("Moscow said") does
not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from geomap.extraction.dates import WEEKDAY_PATTERN
from geomap.extraction.openings import compile_opening
from geomap.extraction.vague import country_code_for
from geomap.names import parse_query

__all__ = [
    "Role",
    "PlaceMention",
    "is_country_locative",
    "Anaphor",
    "find_place_mentions",
    "find_anaphors",
    "find_people",
    "unnamed_site_near",
    "dateline_end",
    "DISTRICT_FORM",
]

_CAP_LETTER = "[A-ZА-ЯІЇЄҐ]"
# The rest of a capitalised word: word characters and hyphens, and apostrophes inside the word but not
# before a possessive "s" ("O'Neill", not "Kyiv's"; but "Luhansk People's Republic"). Runs of word
# characters are matched as one class repetition between apostrophes, the quickest form for the regex engine.
_CAP_REST = r"[\w\-]*(?:(?<=People)['’]s|['’](?![sS]\b)(?=\w)[\w\-]*)*"
_CAP = _CAP_LETTER + _CAP_REST
_QUALIFIER = (
    r"(?:region|oblast|Oblast|Region|district|District|raion|Raion|province|Province|krai|Krai|republic"
    r"|peninsula|Peninsula"  # "over the Crimean peninsula"
    r"|Territory)"  # "the Krasnodar Territory", as TASS writes a krai (not "on Russian territory")
)
_QUALIFIER_WORD = re.compile(_QUALIFIER)
DISTRICT_FORM = re.compile(r"[A-ZА-ЯІЇЄҐ][\w’'-]+\s+district")
"""A name written as a district ("Osnovianskyi district"), which may be a city's the gazetteer lacks."""
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s?\s+[A-ZА-ЯІЇЄҐ]")
_NON_SPACE = re.compile(r"\S+")
_LONG_WORD = re.compile(r"[A-Za-zА-Яа-яІіЇїЄєҐґ]{4,}")
# (also where a bus or train goes: "wounding two people waiting for a bus to Kramatorsk")
_DISTRICT_OF_BEFORE = re.compile(r"\b(?:district|raion)\s+of\s+$", re.IGNORECASE)
_ROAD_TO_BEFORE = re.compile(
    r"\b(?:road|highway|route|bus|minibus|coach|train)\s+(?:leading\s+|bound\s+)?(?:to|towards|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_A_REGION_AFTER = re.compile(r"\s+of\s+the\s+(?:republic|region|oblast|province|krai|peninsula)\b")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-ZА-ЯІЇЄҐ]")  # also "Lutsk, the capital of the Volyn region"
# a name set right after the kind of place, not a day ("struck the city Tuesday", as AP writes)
_NAME_APPOSED = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)[A-ZА-ЯІЇЄҐ][\w’'\-]+"
)
# "Kharkiv regional", "the Sumy and Kharkiv regions", "shelling kills two in Zaporizhzhia village": the region
# "Kharkiv regional", "Sumy villages", "drone strike on Bryansk border village": the region, not its capital
_REGIONAL_AFTER = re.compile(
    r"\s+regional\b|\s+(?:regions|oblasts|provinces)\b|\s+(?:villages?|towns)\b"
    r"|\s+(?:border|frontier|front-line|frontline)\s+(?:villages?|towns?|areas?|districts?|communit(?:y|ies))\b"
)
# "the Poltava and Kyiv regions": the plural qualifier applies to every name in the list.
_MORE_NAMES = r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-ZА-ЯІЇЄҐ])[\w’'\-]*)+"
_LISTED_REGIONS_AFTER = re.compile(_MORE_NAMES + r"\s+(?:regions|oblasts|provinces)\b")
# "in most regions, including Vinnytsia, Khmelnytskyi and Rivne": each name of the list is a region
_REGIONS_LISTED_BEFORE = compile_opening(
    r"\b(?:regions|oblasts|provinces),?\s+(?:including|such\s+as|namely|notably)\s+"
    r"(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w’'\-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
_NAME_ENDS = re.compile(r"[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+$")  # "the Kharkiv and Sumy oblasts" names the regions
_ENDS_WITH_QUALIFIER = compile_opening(_QUALIFIER + "$")
# The capital comes first and the test of the character before it after (a two-character lookbehind): a
# pattern opening with a character set lets the search skip ahead to the next capital.
OPENING_QUOTES = frozenset('"“«')
_SPAN = re.compile(rf"{_CAP_LETTER}(?<![\w’'\-].){_CAP_REST}(?:[ \t]+{_CAP})*(?:[ \t]+{_QUALIFIER}\b)?")
# (not "Klimovsky district, the village of Sachkovichi": the village is another place, in the district)
_DESCRIBED_AFTER = re.compile(
    # (also "Grozny, the capital of Chechnya": "the capital" is Grozny thereafter)
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<kind>(?:city|town|village|settlement)\b(?!\s+of\s+(?-i:[A-Z]))|capital\b)",
    re.IGNORECASE,
)
# "Inkerman, on the outskirts of Sevastopol,": where the place lies, named by a bigger one
_EDGE_OF_AFTER = re.compile(r",\s+on\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edge|fringes?)\s+of\b", re.IGNORECASE)
# "Boryspil, home to Kyiv's main international airport,": what the place holds, whoever's it is
HOME_TO = r",\s+(?:(?:which\s+is\s+)?home\s+to|the\s+site\s+of)\s+"
_HOME_TO_AFTER = re.compile(HOME_TO, re.IGNORECASE)
_APPOSITION_END = re.compile(r",|\s(?:where|which|that|when|after)\s")
_SETTLEMENT_OF = compile_opening(
    r"\b(?:the\s+)?(?:(?:front-line|frontline|border|southern|northern|eastern|western|central|port|industrial"
    r"|Black\s+Sea|small|occupied|Russian-occupied|Ukrainian-held|Russian-held)\s+)*"
    r"(?P<kind>city|town|village|settlement|community|hamlet|region|province|district|port)\s+of\s+$",
    re.IGNORECASE,
)
# Words that end a place name inside a longer capitalised span: "Kyiv City Military Administration",
# "Sumy State University", "Kyiv Mayor Vitalii Klitschko".
_INSTITUTION_WORDS = frozenset(
    """Administration Ministry Minister Mayor Governor President Council Service Headquarters Security
    Defense Defence Foreign Secretary Military University Forces Force Army Navy National State Coordination
    Emergency Telegram Union Command General Prime Parliament Duma Kremlin Police Guard Office Committee
    Institute Agency Airlines Railways Energy News Times Post Press Television Radio TV Channel Council
    Deputy Acting Spokesperson Ambassador Embassy Prosecutor Court Church Cathedral Palace""".split()
)
# a name's other spelling or former name in brackets, then the kind of place: "Kyivskyi (Kievsky) district",
# "Khadzhybeiskyi (formerly Malynovskyi) district"
_RESPELLED_KIND_AFTER = re.compile(
    r"\s*\((?:formerly\s+|former\s+|previously\s+|until\s+\d{4}\s+)?[A-ZА-ЯІЇЄҐ][\w’'-]+\)\s+(?P<kind>district|raion)\b"
)
# "the Smolensk Aviation Plant", "the Saratov Oil Refinery": a facility in the town named before it
_FACILITY_WORDS = frozenset(
    "Aviation Oil Nuclear Thermal Power Plant Refinery Factory Works Depot Airport".split()
)
_ADJECTIVE = re.compile(r"^(?!Republic$)[A-Z][a-z]+(?:ian|ean|ish|ese|ern|ic)$|-[a-z]{3,}$")
_FUNCTION_WORDS = frozenset(
    """the a an in on at by for from of to with after before during meanwhile separately elsewhere also and
    but however although despite according as while when where then yet later earlier overnight some many
    both another other others several most all this that these those it he she they we i you his her their
    our its there here just only even acting local below above residents officials if since until near across
    over under into around regional military emergency air more no none nearly about at least one two three
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december four five six seven eight nine ten dozens tens hundreds
    thousands""".split()
)
# gazetteer names that open English sentences as words ("Sad news from the Slobidskyi district"): no place
# there, unless the text says it is one ("in the village of Sad")
_SENTENCE_OPENING_WORDS = frozenset({"Sad"})
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_OPENING_MARKS = " \t\n\"“«'‘-–—•*"  # what may come before a sentence's first word
_TITLES = compile_opening(
    r"\b(?:President|Governor|Mayor|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|General|Gen|Colonel"
    r"|Col|Lieutenant|Mr|Mrs|Ms|Dr|Prime|Chancellor|King|Pope|Ambassador|Chief|Commander|Deputy|Head"
    r"|governor|mayor|minister|president|spokesperson|spokesman|head|chief|commander|resident|official"
    r"|member|daughter|son|wife|husband|mother|father|grandson|granddaughter|grandmother|grandfather|brother"
    r"|sister|nephew|niece|cousin|uncle|aunt|neighbour|neighbor"  # ("Her grandson Bohdan serves")
    # a vessel's name: "the large landing ship Novocherkassk in the port of Feodosia", "the cruiser Moskva"
    r"|ship|cruiser|frigate|corvette|submarine|tanker|vessel)\.?\s+$"
)
# People named in an article: after a title ("Governor Alexander Gusev", "regional Gov. Serhiy Borzov") or
# before an age ("said Nadiia, a 61-year-old pensioner", "Oksana Hrytsenko, 41,"). Their names are no places
# later on ("Gusev thanked the air defence crews").
_PERSON_NAME = r"[A-ZА-ЯІЇЄҐ][\w’'\-]+"
# an age in words: "Valentyna, seventy-four, who ...", "twenty-six-year-old Andrii"
_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|eighteen|nineteen)"
)
_PERSON_NOUN = (
    r"(?:man|woman|pensioner|resident|volunteer|mother|father|teacher|nurse|doctor|driver|worker|student"
    r"|engineer|farmer|soldier|veteran|widow|grandmother|grandfather|shopkeeper|mechanic|retiree|local"
    r"|paramedic|medic|husband|wife|son|daughter|neighbour|neighbor|colleague)"
)
_PEOPLE = compile_opening(
    r"\b(?:(?:President|Governor|Mayor|Minister|Spokesperson|Spokesman|Spokeswoman|Colonel|Chancellor|Ambassador"
    r"|Commander|governor|mayor|spokesperson|spokesman|spokeswoman|commander)|(?:Gov|Gen|Col|Mr|Mrs|Ms|Dr)\.?)"
    rf"[ \t]+(?:{_PERSON_NAME}[ \t]+)?(?P<titled>{_PERSON_NAME})"
    # (not the place a person is of: "Another resident of Halytsynove, a 41-year-old man, sought help", "In
    # Huliaipole, a 66-year-old woman was killed")
    rf"|(?<!\bof\s)(?<!\bin\s)(?<!\bIn\s)(?<!\bfrom\s)(?<!\bat\s)(?<!\bAt\s)(?P<aged>{_PERSON_NAME}),\s+(?:an?\s+\d{{1,3}}-year-old\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_PERSON_NOUN}\b"  # ("Serhii, a 58-year-old former school bus driver")
    rf"|(?:\d{{1,3}}|{_AGE_WORDS}),\s+(?:who|said|says|told|a|an)\b)"
    # named after what they are, with an age: "our driver Serhii, 43, our paramedic Iryna, 29, and ..."
    rf"|\b{_PERSON_NOUN}[ \t]+(?P<named>{_PERSON_NAME}),[ \t]+(?:aged[ \t]+)?\d{{1,3}}"
    r"(?=[ \t]*[,;)]|[ \t]+and\b)"
    # set off by commas after the office: "the regional governor, Vladimir Vladimirov, had confirmed",
    # "the head of Dagestan, Sergei Melikov, said"
    rf"|\b(?:governor|mayor|spokes(?:person|man|woman)|commander|head\s+of\s+{_PERSON_NAME}),[ \t]+"
    rf"{_PERSON_NAME}[ \t]+(?P<apposed>{_PERSON_NAME}),"
)
# More people, each looked for only where its cue occurs (a full text is searched once per article):
# "thirty-four-year-old Serhii"; '"We will find another van," says Serhii'; "the windows of Nadiia's kitchen"
# (the name alone: not "a 30-year-old Kharkiv resident")
_YOUNG = re.compile(
    rf"-year-old\s+({_PERSON_NAME})(?=\s*[,.;]|\s+(?:was|were|is|has|had|and|who|said|says|told)\b)"
)
# (the name alone, not "said Kharkiv Mayor Ihor Terekhov", "says Nikopol resident Valentyna")
_QUOTED = compile_opening(
    rf"[,?!][\"”]\s+(?:says|said|asks|asked|adds|added|recalls|recalled)\s+({_PERSON_NAME})(?=\s*[,.;]|\s*$)"
)
# (not "Kharkiv's apartment buildings", "Odesa's family-run bakery")
_OWNED = re.compile(
    r"['’]s\s+(?:kitchen|garden|yard|son|daughter|husband|wife|mother|father|brother|sister|grandson"
    r"|granddaughter|neighbour|neighbor)\b(?!-)"
)
_OWNER_BEFORE = re.compile(rf"\b({_PERSON_NAME})$")
_GOVERNMENT_AFTER = re.compile(
    r"^[\"”’']?\s+(?:regime|government|leadership)\b(?!\s+(?:building|house|offices?|headquarters|quarter|complex))"
)
_OFFICE_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:City|city|Regional|regional|Oblast|oblast|Region|region|State|state|District"
    r"|district|Military|military|Civil|civil|Air|air|Foreign|foreign|Defen[cs]e|defen[cs]e|Interior"
    r"|interior|Emergency|emergency|National|national|Security|security|deputy|Deputy|acting|Acting"
    r"|General|general|Coordination|Prosecutor|prosecutor|Police|police)\s+)*"
    r"(?:Administration|administration|Mayor|mayor|Governor|governor|Council|council|Police|police"
    r"|officials?|authorities|Ministry|ministry|Minister|minister|President|president|Force|force"
    r"|military|Military|army|Army|forces|Forces|Service|service|Headquarters|headquarters|government"
    r"|Government|embassy|Embassy|delegation|spokesperson|spokesman|media|Telegram|channels?|Office"
    r"|office|prosecutors?|Prosecutor|Guard|guard|University|Command|command|Staff|staff|leadership"
    r"|foreign\s+minister|troops|soldiers|servicemen|officers?|diplomats?|leaders?|people\b(?!\s+(?:in|of))"
    r"|war|invasion|aggression|regime|economy|war\s+effort|war\s+machine|propaganda|strikes|attacks|shelling"
    r"|bombardment|version|account|narrative)\b"
    # (not "the Dzhankoi military airfield": a site there)
    r"(?!\s+(?:air\s*fields?|air\s+bases?|bases?|depots?|units?|camps?|barracks|facilit(?:y|ies)|installations?"
    r"|hospitals?|academy|college|school))"
)
# "the Dnipro river", "the Black Sea": a water body named like a city is no place for an event.
_WATER_AFTER = re.compile(
    r"\s+(?:river|River|riverside|riverbank|reservoir|Reservoir|lake|Lake|bay|Bay|estuary|Estuary)\b"
)
# "Russia's Black Sea and Azov coast": a sea's coast, not the town of Azov
_SEA_COAST = re.compile(r"(?<=Azov)\s+(?:coast|coastline|shore)\b")
# "the Volga region": the lands along the river, not the town of Volga (matched where the name starts)
_RIVER_LANDS = re.compile(r"Volga\s+(?:region|area|basin)\b")
# "along the Dnipro in Kherson Oblast", "across the Don", "artillery firing from across the Dnipro had hit the
# city": a river named with its article and nothing after it
# that it qualifies ("the Dnipro city centre", "the Desna training ground" are the places)
_RIVERS = frozenset(
    "Dnipro Dnieper Desna Don Donets Volga Oskil Danube Inhulets Seim Seym Psel Vorskla".split()
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
# "a car at the old Dnipro ferry landing": a crossing of the river, with or without its article
_RIVER_CROSSING_AFTER = re.compile(r"\s+(?:ferry|crossings?|islands?|floodplains?|delta)\b")
_RIVER_ENDS = re.compile(
    r"\s+(?:in|at|near|and|or|to|from|into|between|on|south|north|east|west|river|River|valley|banks?"
    r"|embankment|this|overnight|where|which|when|while|had|has|have|was|were|is|are|with|for|by|as)\b"
    r"|['’]s\s+(?:left|right|east|west)\s+bank|[ \t]*(?:[,.;:)\n]|$)"
)
# "the Lukianivska and Akademmistechko metro stations" (shelters), "the Sumy direction" (a front's axis),
# "the Donetsk, Zaporizhzhia and Kursk directions", "the Druzhba pipeline" (named after a place it does not
# run through)
_LANDMARK_AFTER = re.compile(
    # ("Lisova and Chernihivska stations were full of people": metro stations named like places)
    r"(?:(?:\s*,\s*|\s+and\s+)[A-ZА-ЯІЇЄҐ][\w’'\-]*)*\s+(?:(?:metro|subway|underground)\s+stations?|stations|directions?|axis|axes"
    r"|sector|front|pipeline)\b"
    # a military unit named after a place: "the Khortytsia operational-strategic group said"; not a place at
    # all: "Mobile air defence groups shot down three more drones"
    r"|\s+(?:[Oo]perational(?:[- ](?:[Ss]trategic|[Tt]actical))?\s+|[Aa]ir[- ][Dd]efen[cs]e\s+|[Ff]ire\s+)?"
    r"(?:[Gg]roups?|[Bb]rigade|[Bb]attalion|[Rr]egiment)\b"
    # where a charity comes from: "volunteers from a Zaporizhzhia charity were handing out bread"
    r"|[\"”’']?\s+(?:charit(?:y|ies)|[Ff]oundation|NGOs?|volunteers?)\b"  # (the 'Nadiia' foundation)
    r"|\s+time\b"  # "7:00 a.m. Moscow time": a time zone
    # a weapon's name: "the Tor surface-to-air missile system", "Patriot air defence systems"
    r"|\s+(?:surface-to-air|air[- ]defen[cs]e|anti-aircraft|anti-ship|ballistic|cruise)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:missiles?|systems?|launchers?)\b"
)
# a make of vehicle named like a village: "a burned-out yellow Bogdan minibus", "a KamAZ truck" (not "a
# Nikopol minibus", the town's)
_VEHICLE_MAKES = frozenset("Bogdan Bohdan Etalon Gazel GAZelle KamAZ Kamaz Lada UAZ PAZ".split())
_VEHICLE_AFTER = re.compile(
    r"\s+(?:minibus(?:es)?|bus(?:es)?|cars?|trucks?|lorr(?:y|ies)|vans?|jeeps?|pickups?|SUVs?|minivans?)\b"
)
# "taken to hospital in Kursk" is where the wounded went, "launch sites in occupied Crimea" where missiles
# came from; "struck a hospital in Kharkiv" is where it happened
# "without mentioning Tatarstan", "did not mention the Tyumen region" (not "named the Kursk region among...")
_MENTIONING = compile_opening(
    r"\b(?:mention(?:s|ed|ing)?|nam(?:e|es|ed|ing))\s+$|\b(?:not|never|without)\s+(?:\w+\s+)?mention(?:ing|ed)?\s+the\s+$",
    re.IGNORECASE,
)
# what a correction says was wrong: "had named the neighbouring village of Teplytsia", "Artsyz, not
# Teplytsia", "The bomb did not hit Serhiivka but Tetianivka"
_CORRECTED_AWAY = compile_opening(
    r"\bnamed\s+the\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement)\s+of\s+$"
    r"|\b(?:strike|struck|hit|attack\w*|bomb\w*|correct\w*)\b[^.;]{0,50},\s+not\s+$"
    # the weapon did not hit it (not "Russia said it did not hit Odesa": a denial)
    r"|\b(?:bomb|missile|drone|strike|shell|rocket)s?\s+(?:did\s+not|didn['’]t)\s+(?:hit|strike|target)\s+"
    r"(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
# "The Kharkiv Oblast Military Administration says there was no strike on Kolomak and that the reports ...
# are false" (not the Kremlin's denial, nor "there were no attacks on Kyiv on Saturday": a quiet day)
_NO_STRIKE_ON = compile_opening(
    r"\bthere\s+(?:was|were|had\s+been)\s+no\s+(?:strikes?|attacks?|hits?|explosions?)\s+(?:on|in|at)\s+"
    r"(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
_DENIED_BY_RUSSIA = re.compile(r"\b(?:Kremlin|Moscow|Russia|Russian)\b")
_WHEN_AFTER = re.compile(
    rf"\s+(?:on\s+)?(?:{WEEKDAY_PATTERN}|overnight|yesterday|today|last\s+night|that\s+(?:night|day))\b",
    re.IGNORECASE,
)
# what a newsroom says it got wrong, to the end of the clause: "An earlier version of this story said the
# missile hit", "An earlier version also said that 21 people were injured", "we mistakenly reported that",
# "CORRECTION. ... we wrote that the drone struck a facility in"; "we wrote" alone corrects only in a
# paragraph that opens as a correction
_WE_WROTE = re.compile(
    r"\b(?:(?:(?:an?|the)\s+)?(?P<version>earlier|previous|original)\s+version(?:\s+of\s+this\s+\w+)?|we)\s+"
    r"(?:had\s+)?(?:also\s+)?(?P<slip>(?:incorrectly|mistakenly|wrongly|erroneously)\s+)?"
    r"(?:wrote|reported|said|stated|misstated|named|identified|gave)\b[^;]*$",
    re.IGNORECASE,
)
_CORRECTION_OPENING = re.compile(r"\s*(?:correction|clarification)\b", re.IGNORECASE)
# A site named after a place that the text says lies in another town: "the Kostroma power station in the
# town of Volgorechensk". Not "the Kirishi refinery in the Leningrad region".
_SITE_ELSEWHERE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:power\s+(?:station|plant)|refinery|air\s*base|airfield|airport|port|plant"
    r"|factory|depot|terminal),?\s+(?:(?:which|that)\s+)?(?:(?:is|was|lies)\s+)?(?:(?:located|situated)\s+)?"
    r"(?:in|near|at|outside)\s+the\s+(?:town|city|village|settlement)\s+of\s+(?-i:[A-ZА-ЯІЇЄҐ])",
    re.IGNORECASE,
)
# "Horodotska Street", "on Lenina and Shkolnaya streets": a street's name, not a place's (not "shelling hit
# Kherson streets": the city's)
_STREET_AFTER = re.compile(r"\s+(?:street|avenue|lane|boulevard|prospekt)\b", re.IGNORECASE)
_STREETS_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+)(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*)*\s+(?:streets|avenues)\b", re.IGNORECASE
)
_ON_NAMES_BEFORE = re.compile(r"\bon\s+(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)
_BANK_OF_BEFORE = re.compile(r"\b(?:banks?|shores?)\s+of\s+the\s+$", re.IGNORECASE)
# Nuclear plants lie in their staff towns, not the city they are named after ("the Rostov nuclear power
# plant" is at Volgodonsk, "the Kursk nuclear power plant" at Kurchatov): the name stands for its region, as
# each name of a list does ("the Khmelnytskyi and Rivne nuclear power plants")
_NUCLEAR_PLANT_AFTER = re.compile(
    r"\s+(?:(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station)s?\b|NPPs?\b)"
    rf"|{_MORE_NAMES}\s+(?:(?:nuclear|atomic)\s+(?:power\s+)?(?:plants|stations)\b|NPPs\b)",
    re.IGNORECASE,
)
# "the Belgorod border village of Golovchino", "the Russian Volga city of Saratov": the region (or river) the
# place named next lies in
_REGION_OF_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:(?:border|front-?line|frontier|coastal|occupied|port)\s+)?(?:village|town|city|settlement|hamlet)"
    r"\s+of\s+[A-ZА-ЯІЇЄҐ]"
)
# "Hryshyne (Pokrovsk community)", "Bohuslavka, in the Borova community": the area the place before lies in
# (a name: not "hit a farm (Marhanets community)")
_AREA_OF_PLACE_BEFORE = re.compile(r"\b[A-ZА-ЯІЇЄҐ][\w’'-]*(?:\s*\(|,\s+in\s+the)\s*$")
_AREA_AFTER = re.compile(
    r"\s+(?:(?:urban|rural|settlement|territorial)\s+)*(?:community|hromada|district|raion|municipality)\b",
    re.IGNORECASE,
)
_PART_OF_IT_AFTER = re.compile(r"^(?:['’]s\b|\s+itself\b)")
_TREATED_IN = compile_opening(
    r"\b(?:(?:taken|rushed|brought|admitted|transported|transferred|evacuated|flown)\s+"
    # ("brought all the injured to the regional hospital in Kherson")
    r"(?:(?:all\s+)?(?:the\s+)?(?:injured|wounded|victims|casualties|them|him|her)\s+)?"
    r"(?:by\s+(?:\w+\s+){1,2})?to\s+"
    # ("taken by ambulance to the regional hospital in Mykolaiv", "taken by air ambulance to the regional
    # burns centre in Samara")
    r"(?:a\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?"
    # ("had been taken to the republican burns centre in Ufa", "transferred to the burns centre of the
    # Dzhanelidze Research Institute in St Petersburg")
    r"(?:hospital|clinic|(?:medical|health|treatment|burns?|trauma)\s+(?:facilit(?:y|ies)|centres?|centers?"
    r"|institutions?|units?)"
    # ("taken to a transit point in Kherson": where evacuees are sheltered, not "struck a transit point in")
    r"|(?:transit|evacuation|reception)\s+(?:point|centre|center|hub|shelter))"
    # ("transferred to Regional Clinical Hospital No. 1 in Rostov-on-Don")
    r"s?(?:\s+of\s+the\s+(?:[\w’'-]+\s+){0,3}?(?:Institute|Hospital|Centre|Center))?(?:\s+No\.?\s*\d+)?"
    # ("are being treated in hospital in Simferopol")
    r"|hospitali[sz]ed|treated(?:\s+in\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:hospital|clinic)s?)?"
    r"|being\s+given\s+medical\s+(?:help|care|aid|treatment)"
    # ("died on the way to hospital in Zaporizhzhia", not "hit an ambulance on the way to hospital in
    # Kherson")
    r"|died\s+(?:[\w’'-]+\s+){0,2}?(?:on\s+(?:the|his|her|their)\s+way|en\s+route)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:hospital|clinic)s?"
    # "had died in the regional hospital in Tambov", "is recovering in a hospital in Dnipro": where a victim
    # was cared for (not "patients who were being treated in a hospital in Kherson were injured": where they
    # were hit)
    # (also "died in the burns unit of the Mechnikov hospital in Dnipro")
    r"|(?:died|dies|recovering|remains?|remained)\s+(?:[\w’',-]+\s+){0,4}?in\s+(?:an?\s+|the\s+)?"
    r"(?:[\w’'-]+\s+){0,5}?(?:hospital|clinic|intensive\s+care(?:\s+unit)?|burns?\s+(?:unit|centre|center|ward))s?"
    # "Two workers were injured and are in hospital in Vinnytsia" (not "patients who were in a hospital in
    # Kupiansk were injured": where they were hit)
    r"|(?<!who\s)(?:is|are|was|were)\s+(?:now\s+|still\s+)?in\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:hospital|clinic|intensive\s+care(?:\s+unit)?)s?"
    r"|launch\s+(?:sites?|pads?|positions?|areas?))\s+in\s+(?:the\s+)?(?:occupied\s+)?$",
    re.IGNORECASE,
)
# where one of those hurt lives, not where they were hurt: "Three more people were wounded, among them a
# 38-year-old resident of Druzhkivka who was delivering bread"
_HOME_OF_ONE_OF_THEM = compile_opening(
    r"\b(?:among\s+them|one\s+of\s+them\s+(?:was|is))\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:resident|native|inhabitant)s?\s+of\s+$",
    re.IGNORECASE,
)
# whom something matters to, not where it happened: "Both ports have taken on greater importance for Moscow"
_MATTERS_TO = re.compile(
    r"\b(?:importance|significance)\s+(?:\w+\s+){0,2}?for\s+$",
    re.IGNORECASE,
)
# where people or trains go on to: "will continue to Mykolaiv today", "services to Adler", "bound for Crimea"
# (not "moved on to Kremenchuk, where they hit the refinery")
_GOING_ON_TO = re.compile(
    r"\b(?:(?:continues?|continued|continuing|(?:go|goes|went|move|moves|moved)\s+on)\s+(?:on\s+)?to"
    r"|(?:services|trains|flights|routes|buses|ferries)\s+(?:to|for)|bound\s+for)\s+$",
    re.IGNORECASE,
)
# (the place it went on to is where it struck: ", where ...", "and struck the refinery")
_WHERE_AFTER = re.compile(
    r",?\s+(?:where\b|and\s+(?:then\s+)?(?:struck|hit|attacked|targeted|bombed|shelled|damaged|destroyed)\b)"
)
# where aircraft flew as they launched, not what they hit: "Russian Su-34 aircraft, flying over the Kursk
# region, dropped three guided bombs on Sumy" (not "drones flying over Kyiv were shot down")
_AIRCRAFT_OVER = re.compile(
    r"\b(?:aircraft|jets?|planes?|bombers?|helicopters?|[ST]u-\d+(?:M|MS|SM|M3)?s?),?\s+"
    r"(?:flying|operating|circling)\s+(?:over|from|above)\s+(?:the\s+)?(?:airspace\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_DROPPED_ON_AFTER = re.compile(
    r",?\s+(?:dropped|launched|fired)\s+(?:[\w-]+\s+){0,5}?(?:on|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z]"
)
# the far end of a range, which only spans the places between: "hit power plants from Burshtyn to Mukachevo"
# (not a way travelled: "a drone flew from Chernihiv to Kyiv", "launched drones from Kursk to Sumy")
_RANGE_END = re.compile(
    r"(?<!\bflew\s)(?<!\bflying\s)(?<!\bmoved\s)(?<!\bheaded\s)"
    r"(?<!\bdrones\s)(?<!\bmissiles\s)(?<!\bShaheds\s)"
    r"\bfrom\s+(?:the\s+)?[A-ZА-ЯІЇЄҐ][\w’'-]*(?:[ -][A-ZА-ЯІЇЄҐ][\w’'-]*)?\s+to\s+$"
)
# a place said not to be where it happened: "fell not on Kyiv or the front-line cities but on ..." (not "not
# only in Kyiv")
_NOT_THERE = compile_opening(r"\bnot\s+(?:on|in|at|over|against)\s+(?:the\s+)?$", re.IGNORECASE)
# where a swap or a truce was agreed, not where it took place: "The exchange agreed in Riyadh came on Friday",
# "a swap negotiated at the talks in Istanbul"
_AGREED_IN = compile_opening(
    r"\b(?:agreed|negotiated|brokered|signed)\s+(?:(?:on|upon|at|during)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    # ("the exchange agreed by the Ukrainian and Russian delegations in Istanbul")
    r"(?:talks|meeting|summit)\s+|by\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?)?in\s+$"
    # "the exchange followed several months of discreet contacts with both parties in Geneva"
    r"|\bcontacts\s+(?:with\s+(?:[\w-]+\s+){1,3})?in\s+$",
    re.IGNORECASE,
)
# "brought to the Trubchevsk central district hospital", "transferred to the Bryansk regional hospital", "died
# in the Belgorod hospital on Sunday"
_CARRIED_TO = compile_opening(
    r"\b(?:(?:taken|rushed|brought|admitted|transported|evacuated|flown|transferred|delivered)\s+"
    r"(?:by\s+(?:\w+\s+){1,2})?to|(?:died|dies|recovering|treated)\s+in)\s+(?:a\s+|the\s+)?$",
    re.IGNORECASE,
)
# "died in the Kharkiv regional hospital when a guided bomb struck its surgical wing": where the strike was
_HOSPITAL_HIT = re.compile(r"\b(?:struck|hit|shelled|attacked|bombed)\b", re.IGNORECASE)
_HOSPITAL_AFTER = re.compile(
    r"(?:\s+(?:regional|central|district|city|municipal|clinical|children['’]s|military|oblast|emergency|trauma"
    r"|burns?))*"
    r"\s+(?:hospital|clinic)\b",
    re.IGNORECASE,
)
# The patterns searched before a name open with a lookahead on their words' first letters, derived from
# the pattern: the search passes over other words without trying every alternative at each of them.
_POSTED_TO = compile_opening(
    # an embassy's building is where it is: "a missile struck near the Qatari embassy in Kyiv"
    r"(?:(?:ambassador|envoy|consul|mission)\s+(?:to|in)|(?:embassy|consulate)\s+to)\s+$",
    re.IGNORECASE,
    before=r"\b",
)
# "north-east", "5 km south": a bearing or a distance from a place
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_DISTANCE = r"(?:kilomet(?:er|re)s?|km|miles)"
# "in the north-eastern", "struck southern": the side of a place before its name
_SIDE_BEFORE_NAME = (
    # "in neighbouring Poltava Oblast", "in Russian-occupied southern Kherson"
    r"\s+(?:the\s+)?(?:(?:Russian-)?occupied\s+|neighbou?ring\s+|nearby\s+|front-?line\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$"
)
# "launched from the directions of Kursk", "took off from the Savasleyka airfield": where it came from
_RELATIVE_TO = compile_opening(
    # "north-east of Donetsk" says where another place lies; "in the east of Chernihiv Oblast" is inside it
    rf"(?:(?<!in\sthe\s)(?:{_BEARING}|{_DISTANCE}(?:\s+{_BEARING})?)\s+of\s+$"
    # (also "fired from Russia's Kursk region")
    # (not "Sad update from Beryslav", "more from Bashkortostan": what is reported there)
    r"|(?<!update\s)(?<!updates\s)(?<!news\s)(?<!more\s)(?<!report\s)"
    r"from\s+(?:the\s+)?(?:(?:(?:directions?|area|vicinity|territory)\s+of|airspace\s+(?:over|of))\s+(?:the\s+)?)?"
    # ("launched from the airspace over the temporarily occupied part of the Kherson region")
    r"(?:(?:temporarily\s+)?(?:Russian-)?occupied\s+(?:(?:part|parts|areas?|territory)\s+of\s+(?:the\s+)?)?)?"
    r"(?:(?:Russia|Belarus)['’]s\s+)?$"
    r"|towards\s+$"
    # "strikes away from the border regions of Belgorod, Bryansk and Kursk": where they were not
    r"|away\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?$"
    # "is expected to travel to Kyiv and Moscow": where someone goes
    r"|(?:travel|travels|travelled|traveled|travelling|traveling|trip|visit)\s+(?:to|towards)\s+$"
    # "in the settlement on the western edge of Kherson": where the settlement lies (not "struck the
    # outskirts of Kherson")
    r"|(?:settlement|village|town|suburb|community|hamlet)\s+on\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|fringes?)"
    r"\s+of\s+$"
    # "close to the border with Ukraine's Sumy region", "near the border with the so-called Luhansk
    # People's Republic": a region on the other side of the border
    r"|border\s+with\s+(?:[A-Z][\w-]*['’]s\s+|the\s+so-called\s+)$)",
    re.IGNORECASE,
    before=r"\b",
)
# "the village of Novaya Lyada, between Rasskazovo and the regional capital Tambov": where it lies; "trains on
# the line between Liski and Voronezh were delayed": where a railway runs
_BETWEEN = re.compile(
    r"(?:,|\b(?:[Ll]ines?|[Rr]ailway|[Tt]rains))\s+between\s+"
    r"(?:[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+)?and\s+)?(?:the\s+(?:[a-z-]+\s+){0,2})?$"
)
# "the road between Bilopillia and the regional centre": one end of a way, not where the strike was
_BETWEEN_AND = re.compile(r"\bbetween\s+[A-ZА-ЯІЇЄҐ][\w’'-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'-]*)?\s+and\s+$")
_SPEAKER_AFTER = re.compile(
    # "Kyiv did not comment on the strike", "Moscow declined to comment"
    r"^(?:['’]s)?\s+(?:(?:did|does|has|have|had)(?:n['’]t)?\s+|also\s+|(?:declined|refused)\s+to\s+)?[\"“]?"
    r"(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:comment|respond|confirm|react|say|said|says|claimed"
    r"|claims|acted\s+as|acts\s+as|supported|supports|welcomed|welcomes"
    r"|claiming|saying|reported|handed\s+over|hands\s+over"
    r"|reports|announced|commented|comments|discussed|discusses"
    r"|announces|stated|states|told|tells|wrote|writes|accused|accuses|denied|denies|warned|warns|insisted"
    r"|insists|confirmed|confirms|responded|responds|condemned|condemns|brokered|mediated|hosted|facilitated|helped"
    r"|negotiated|arranged|organi[sz]ed|proposed|offered"
    # "the first time Tokyo has played that role", "Doha served as a go-between"
    r"|play(?:ed|s)\s+(?:that|the|this|a|an|its|such\s+a)\s+(?:[\w-]+\s+){0,2}?role"
    r"|serve[sd]\s+as\s+(?:an?\s+|the\s+)?(?:mediator|intermediary|go-between|broker|guarantor)"
    # "Kyiv received the remains of 757 people": a side of an exchange
    r"|(?:received|receives|got\s+back)\s+(?:back\s+)?(?:the\s+)?(?:remains|bodies|prisoners|POWs"
    r"|[\d,]+\s+(?:prisoners|POWs|servicemen|soldiers|civilians|bodies)))\b"
)
# "officials in Kyiv and Moscow said", "a statement issued in Abu Dhabi", "his video address from Kyiv",
# "territory controlled by Kyiv": where speakers sit or who governs, not where anything happened
_SPEAKERS_IN = re.compile(
    r"\b(?i:(?:officials?|authorities|sources|diplomats?|spokes(?:people|man|woman|person)|experts?"
    r"|analysts?|partners|allies|counterparts|brokers|traders|journalists|correspondents"
    r"|ministry|ministries|affairs|command|regime)\s+(?:in|from)"  # "the regime in Kyiv"
    # ("speaking at a conference of European mayors in Vilnius")
    # (not "said at a briefing that the strike in Izium killed a man")
    r"|(?:statement|remarks|comments|briefing|conference|address|interview|speech)\s+(?:(?!that\b)\w+\s+){0,3}?"
    r"(?:in|from)"
    # "a statement issued at its headquarters in Linz", "the group, headquartered in Linz", "the UN
    # mission, based in Kyiv," (not "struck the army headquarters in Kharkiv", "said its headquarters in
    # Kherson was hit")
    r"|issued\s+(?:at|from)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:headquarters|head\s+office)\s+in"
    r"|headquartered\s+in"
    r"|,\s+based\s+in"
    # "its mediation efforts between Moscow and Kyiv": the parties
    r"|(?:mediation|efforts|relations|dialogue|contacts)\s+between"
    r"|(?:said|says|spoke|speaking)\s+in|(?:told|talking\s+to|speaking\s+to)\s+(?:[\w.]+\s+){1,2}?in"
    # "on the sidelines of a forum in Moscow"; not "met on the sidelines of a summit in Istanbul"
    r"|(?<!met\son\sthe\s)(?<!meet\son\sthe\s)(?<!talks\son\sthe\s)(?<!meeting\son\sthe\s)"
    r"sidelines\s+of\s+(?:[\w-]+\s+){1,4}?(?:in|at)"
    # also "aircraft used by Moscow to launch cruise missiles": whose they are
    # ("the first prisoner swap brokered by Doha": the mediator)
    r"|(?:controlled|held|occupied|governed|run|used|operated|deployed|brokered|mediated|facilitated)\s+by)"
    # (and each of a list: "officials in Kyiv, Moscow and Astana said")
    r"\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s*,\s*|\s+(?:and|or)\s+)){0,4}$"
)
# A government named by its capital acting: "as Moscow kept up its bombardment", "Kyiv launched drones"
_AGENT_AFTER = re.compile(
    # "as Kyiv and Moscow swap prisoners": two parties
    r"\s+and\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+(?:swap|swapped|exchange|exchanged|traded)\b"
    # 'Pushilin said Kiev "has no intention of stopping"', 'the strike showed Moscow "is not interested"'
    r"|\s+[\"“]?(?:(?:has|have|had)\s+no\s+(?:intention|interest|desire)"
    # (also 'Peskov said attacks on civilians showed that Kyiv was "not interested in peace"')
    # (not "Kyiv was not prepared for the scale of Saturday's drone attack": the city was hit)
    r"|(?:is|are)\s+[\"“]?not\s+(?:interested|willing|looking|seeking|ready|prepared|preparing|planning|serious)"
    r"|(?:was|were)\s+[\"“]?not\s+(?:interested|willing|serious|preparing|planning|ready|seeking)"
    # 'the attack showed that Moscow was "mocking" efforts to end the war'
    r"|(?:is|was)\s+[\"“]?(?:mocking|trying|seeking|refusing|stalling))\b"
    # "Moscow, for its part, has answered with its own bombardment"
    r"|(?:,\s+for\s+its\s+part,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:swap|swapped|exchange|exchanged|traded|kept|keeps|launched|launches|fired"
    r"|fires|pressed|presses|stepped\s+up|steps\s+up|continued|continues|intensified|intensifies|retaliated"
    r"|retaliates|unleashed|unleashes|pounded|pounds|bombarded|bombards|answered|answers|appealed|appeals"
    r"|stood\s+ready|stands\s+ready|(?:is|was|remains)\s+ready|(?:is|was)\s+[\"“]open\s+to|wants|wanted"
    r"|refused|refuses|rejected|rejects"
    # "Kyiv also received the bodies of 1,000 soldiers" (not "Kharkiv received 12 strikes")
    r"|(?:received|receives|handed\s+over|hands\s+over|freed|frees)\s+(?:back\s+)?(?:the\s+)?(?:[\w,-]+\s+){0,3}?"
    r"(?:bodies|prisoners|POWs|servicemen|soldiers|captives|defenders|civilians)"
    r")\b"
    # "Moscow had not yet received official information about the results of the consultations"
    r"|\s+(?:has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:received|been\s+(?:told|informed|briefed))(?:\s+[\w-]+){0,2}?"
    r"\s+(?:information|results?|word|details|briefing|notice|notification|about|of)\b"
    # "Kyiv has repeatedly targeted refineries", "Moscow has been saving up missiles"
    r"|\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:targeted|attacked|struck|hit|shelled)\b"
    r"|\s+(?:has|have|had)\s+been\s+(?:saving|preparing|building|stockpiling|planning|launching|firing"
    r"|sending|using|striking|targeting|attacking|shelling|pushing|trying|seeking)\b"
)
# A government named by its capital as the object of diplomacy, blame or thanks: "efforts to bring Moscow and
# Kyiv back to the negotiating table", "urged Kyiv to", "accuses Moscow of hitting Ukrainian cities",
# "thanking Jakarta for its mediation" (thanked for something), not "thanked Kharkiv rescuers"
_THANKED_BEFORE = compile_opening(r"(?:thank|thanks|thanked|thanking)\s+$", re.IGNORECASE, before=r"\b")
# "thanked Jakarta for its mediation", "thanked Singapore, which he said had mediated the exchange"
_FOR_AFTER = re.compile(
    r"\s+for\b|,\s+which\s+(?:\w+\s+){0,3}?(?:had\s+|has\s+)?(?:mediated|brokered|hosted|facilitated)\b"
)
_PERSUADED_BEFORE = compile_opening(
    r"(?:bring|brought|bringing|pressure|pressured|pressuring|urge|urged|urging|persuade|persuaded"
    r"|persuading|convince|convinced|convincing|accuse|accuses|accused|accusing|blame|blames|blamed|blaming)"
    r"\s+(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w’'\-]*\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
    before=r"\b",
)
# a superlative's domain ("one of the largest refineries in the Volga area"), not "one of the residents in X"
_COMPARED_IN = compile_opening(
    r"\bone\s+of\s+the\s+(?:\w+est|most\s+\w+)(?:\s+\w+)?\s+in\s+(?:the\s+)?$", re.IGNORECASE
)
_WATER_BEFORE = compile_opening(r"\b(?:Sea|sea|Gulf|gulf|Bay|bay|Lake|lake|Strait|strait)\s+of\s+$")
# between two names of one list ("Kursk, Bryansk and Navlya"); ", and" may open a clause of its own
# what joins the names of a list, past names the gazetteer does not know ("Millerovo and Chauda (Crimea)": and
# where one lies)
_JOINT = r"(?:,\s*|\s+(?:and|or)\s+|\s+\()"
_LIST_JOINT = re.compile(rf"(?:{_JOINT}[A-ZА-ЯІЇЄҐ][\w’'-]*)*{_JOINT}")
_PEOPLE_OF = compile_opening(
    r"\b(?:residents|people|inhabitants|locals|witnesses)\s+(?:of|in)\s+$", re.IGNORECASE
)
_LOCATIVE_BEFORE = compile_opening(
    r"(?:(?:in|across|throughout|over|into|inside|on|at|near|around|outside|against|within|along|above"
    r"|struck|attacked|hit|targeted|shelled|bombed|pounded|raided|hitting|striking|attacking|targeting)"
    r"|of\s+(?:the\s+)?(?:city|town|village|settlement|region|district|port|community)|territory\s+of)"
    + _SIDE_BEFORE_NAME,
    re.IGNORECASE,
    before=r"\b",
)
_DATELINE = re.compile(
    # (not a day: "Tuesday, 17 November - Kovel (Volyn region): drones hit" is a dated item)
    rf"\s*(?!(?i:{WEEKDAY_PATTERN})\b)"
    r"(?P<places>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:(?:[ \t]+|/)[A-ZА-ЯІЇЄҐ][\w’'\-]*)*"  # "MOSCOW/KYIV"
    # "ZAPORIZHZHIA, Ukraine", "SKVYRA, Kyiv region"
    r"(?:,[ \t]+[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|region|oblast|province|krai|district))*)?)"
    # a date: "MOSCOW, March 9 —", "KYIV, 6 April 2026 (Ukrinform) -"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"|,?[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*"
    r"(?:[—–]|[ \t]-{1,2}[ \t]|\.?[ \t]*/[A-Z][A-Za-z\-]{1,15}/\.?)"  # a dash, or "/TASS/."
)
# A dateline of a date and an agency alone: "July 17 (Reuters) -"
_DATE_DATELINE = re.compile(
    r"\s*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?[ \t]*\([^)\n]{1,40}\)[ \t]*(?:[—–]|-{1,2})"
)
# What a dateline ends with, a dash or an agency's name in slashes ("/TASS/."): without any, none is sought.
_DATELINE_ENDS = ("—", "–", " -", "\t-", "/")
_ANAPHOR_KINDS = tuple("city capital town village district region oblast province peninsula country".split())
_ANAPHOR_WORDS = frozenset(_ANAPHOR_KINDS) | {"centre", "center"}  # ("the regional centre")
_ANAPHOR = compile_opening(
    r"\b(?P<the>the|The)\s+(?:(?:resort|port|border|front-line|frontline|industrial|southern|northern|eastern"
    r"|western|central|occupied|coastal|embattled|besieged|small|regional)\s+"
    # "the Crimean port city": a demonym before the kind
    r"|(?:Crimean|Ukrainian|Russian|Black\s+Sea|Azov|Danube|Dnipro)\s+(?:(?:port|border|resort|industrial)\s+)?)?"
    rf"(?P<kind>{'|'.join(_ANAPHOR_KINDS)}|(?<=regional\s)cent(?:re|er))\b(?P<poss>['’]s)?"
)

# "the town's Russian-installed mayor", "the city's military administration": who speaks for the place
_ITS_OFFICIAL_AFTER = re.compile(
    r"\s+(?:(?:[\w]+-(?:installed|appointed|backed)|occupation|military|civil|city|regional|acting)\s+)*"
    r"(?:mayor|governor|head|administration|authorities|officials?|council)\b"
    r"(?!\s+(?:building|offices?|headquarters|premises))",  # "the city's administration building" is a place
    re.IGNORECASE,
)
_SITE_KINDS = r"village|town|settlement|hamlet|air\s+base|airbase|airfield|refinery|oil\s+depot"
# One site placed only by a town near it: "guided bombs on a village east of the Ukrainian city of
# Zaporizhzhia", "glide bombs kill three in village near Zaporizhzhia", "an air base near Zhytomyr"
_SITE_NEAR_BEFORE = compile_opening(
    # (a headline drops the article: "Russia Strikes Air Base Near Zhytomyr")
    r"\b(?:(?:an?|one)\s+(?:[\w-]+\s+){0,2}?)?"
    rf"(?P<site>{_SITE_KINDS})\s+"
    rf"(?:(?:about|some|around|roughly)\s+)?(?:(?:[\d.]+|[a-z]+)\s*{_DISTANCE}\s+(?:\([^)]*\)\s+)?)?"
    rf"(?:{_BEARING}(?:ern)?\s+of|near|outside|close\s+to|from)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:city|town|regional\s+capital)\s+of\s+)?$",
    re.IGNORECASE,
)
_SITE_WORD = re.compile(_SITE_KINDS, re.IGNORECASE)  # what the pattern needs: spares it elsewhere
_BEARING_OF = compile_opening(rf"\b(?:{_BEARING}|{_DISTANCE})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a few kilometres from a town, near enough to stand for where it happened ("four kilometres south of
# Bilopillia", not "20 kilometres south of Kotovsk")
_FEW_KM_OF = compile_opening(
    r"\b(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)[\s-]*"
    rf"(?:kilomet(?:er|re)s?|km)\s+(?:{_BEARING}\s+)?of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_COUNTRY_LOCATIVE_BEFORE = compile_opening(
    r"(?:\b(?:in|across|throughout|into|inside|over|at|within|against|struck|attacked|hit|targeted|shelled|bombed|pounded"
    r"|raided|hitting|striking|attacking|targeting)|\b(?:attacks?|strikes?|assault|barrage|offensive|raids?)\s+on)"
    + _SIDE_BEFORE_NAME,
    re.IGNORECASE,
)


def is_country_locative(text: str, start: int, sentence_start: int) -> bool:
    """Return True if the country name at ``start`` is where something happened ("struck Ukraine").

    Countries are also parties ("Russia and Ukraine exchanged") and targets of
    policy ("sanctions on Russia"); only a locative preposition or a strike verb
    makes them a location.

    Parameters
    ----------
    text : str
        The article.
    start : int
        Offset of the country name.
    sentence_start : int
        Offset of its sentence.

    Returns
    -------
    bool
    """
    return _COUNTRY_LOCATIVE_BEFORE.search(text, max(sentence_start, start - 40), start) is not None


class Role(StrEnum):
    """What a place name does in its sentence."""

    LOCATION = "location"  # where something happened
    CONTAINER = "container"  # names the area around a finer place ("Kyiv's Darnytskyi district")
    OFFICE = "office"  # part of an institution or title ("Kyiv Mayor", "Russia's defence ministry")
    SPEAKER = "speaker"  # stands for a government ("Moscow said")
    POSTING = "posting"  # an envoy's posting ("ambassador to Kyiv")
    REFERENCE = "reference"  # a reference point ("south of Moscow")
    RETRACTED = "retracted"  # a place a correction says was wrong ("The bomb did not hit Serhiivka")
    # named in what a newsroom says it had written wrongly ("An earlier version said ... in Zvenyhorodka"):
    # wrong only if the correction goes on to name another place
    MISREPORTED = "misreported"
    DATELINE = "dateline"  # the article's dateline


@dataclass(frozen=True)
class PlaceMention:
    """A candidate place name in a sentence.

    Attributes
    ----------
    text : str
        The name as written, possessive stripped, qualifier kept ("Tula region").
    query : str
        What to ask the resolver (e.g. "Dnipropetrovsk region" for "Dnipropetrovsk regional ...").
    start, end : int
        Offsets of ``text`` in the article.
    role : Role
        What the name does in the sentence.
    locative : bool
        Introduced by a locative preposition or a strike verb ("in Odesa", "struck Ukraine").
    kind : str or None
        "city", "town", "village", "region"... when the text says so ("the town of Huliaipole").
    site : str
        The kind of unnamed site the name only says lies near it ("village" of "a village east of
        Zaporizhzhia", see :func:`unnamed_site_near`), or "".
    """

    text: str
    query: str
    start: int
    end: int
    role: Role
    locative: bool
    kind: str | None = None
    site: str = ""


@dataclass(frozen=True)
class Anaphor:
    """A phrase referring back to a place named earlier ("the city", "the region")."""

    text: str
    kind: str
    start: int
    end: int
    role: Role


def dateline_end(text: str, paragraph_start: int) -> int:
    """Return the offset where a dateline opening the paragraph ends, or ``paragraph_start``.

    Parameters
    ----------
    text : str
        The article.
    paragraph_start : int
        Offset of the paragraph's first character.

    Returns
    -------
    int
    """
    limit = min(len(text), paragraph_start + 120)
    opening = text[paragraph_start:limit]
    if not any(mark in opening for mark in _DATELINE_ENDS):
        return paragraph_start
    match = _DATELINE.match(text, paragraph_start, limit)
    match = match or _DATE_DATELINE.match(text, paragraph_start, limit)
    return match.end() if match else paragraph_start


def written_in_error(text: str, sentence_start: int, start: int) -> bool:
    """Return True if ``start`` lies in what a newsroom says it had written wrongly.

    "An earlier version of this story said that 21 people were injured in Shpola": neither the figure nor
    the place is reported by that sentence.

    Parameters
    ----------
    text : str
        The article.
    sentence_start, start : int
        Where the sentence starts, and the offset asked about.

    Returns
    -------
    bool
    """
    wrote = _WE_WROTE.search(text, sentence_start, start)
    if wrote is None:
        return False
    if wrote.group("version") or wrote.group("slip"):
        return True
    return _CORRECTION_OPENING.match(text, text.rfind("\n", 0, sentence_start) + 1) is not None


def _role(
    text: str, start: int, end: int, sentence_start: int, dateline_until: int, site: str
) -> tuple[Role, bool]:
    if start < dateline_until:
        return Role.DATELINE, False
    before = text[max(sentence_start, start - 40) : start]
    after = text[end : end + 60]
    locative = _LOCATIVE_BEFORE.search(before) is not None
    if _POSTED_TO.search(before):
        return Role.POSTING, False
    if _SPEAKERS_IN.search(before):
        return Role.OFFICE, False
    if (
        _WATER_AFTER.match(text, end, end + 12)
        or _LANDMARK_AFTER.match(text, end, end + 80)
        or _REGION_OF_SETTLEMENT_AFTER.match(text, end, end + 40)
        or _SITE_ELSEWHERE_AFTER.match(text, end, end + 80)
        or (text[start:end] in _VEHICLE_MAKES and _VEHICLE_AFTER.match(text, end, end + 20))
    ):
        return Role.REFERENCE, False
    river = text[start:end] in _RIVERS
    if (
        _SEA_COAST.match(text, end)
        or _RIVER_LANDS.match(text, start)
        or (river and _THE_BEFORE.search(before) and _RIVER_ENDS.match(text, end))
        or (river and _RIVER_CROSSING_AFTER.match(text, end))
    ):
        return Role.REFERENCE, False
    if _CORRECTED_AWAY.search(before) and not _PART_OF_IT_AFTER.match(after):
        return Role.RETRACTED, False  # (not "did not target Odesa's port": a part of the place)
    if (
        _NO_STRIKE_ON.search(before)
        and not _PART_OF_IT_AFTER.match(after)
        and not _WHEN_AFTER.match(after)
        and not _DENIED_BY_RUSSIA.search(text, sentence_start, start)
    ):
        return Role.RETRACTED, False
    if written_in_error(text, sentence_start, start):
        return Role.MISREPORTED, False
    # ("brought the injured to the central hospital in Kostiantynivka, a guided bomb struck the hospital":
    # where the strike was)
    treated = _TREATED_IN.search(text, max(sentence_start, start - 90), start) is not None
    if (
        (treated and not _HOSPITAL_HIT.search(after.split(".")[0]))
        or _MENTIONING.search(before)
        or _AGREED_IN.search(text, max(sentence_start, start - 90), start)
        or _NOT_THERE.search(before)
        or _HOME_OF_ONE_OF_THEM.search(before)
    ):
        # "taken to hospital in Kursk", "without mentioning Tatarstan", "The exchange agreed in Riyadh", "its
        # heaviest blows fell not on Kyiv but on two quiet regions"
        return Role.REFERENCE, False
    if _HOSPITAL_AFTER.match(after) and _CARRIED_TO.search(before) and not _HOSPITAL_HIT.search(after):
        return Role.REFERENCE, False  # "transferred to the Bryansk regional hospital"
    if site:
        return Role.LOCATION, True  # "bombs on a village east of Zaporizhzhia": the nearest place named
    if (
        _RELATIVE_TO.search(before)
        or _BETWEEN.search(text, max(sentence_start, start - 80), start)
        or _RANGE_END.search(before)
        or (_AIRCRAFT_OVER.search(before) and _DROPPED_ON_AFTER.match(after) is not None)
        or _MATTERS_TO.search(before)
        or (_GOING_ON_TO.search(before) and not _WHERE_AFTER.match(after))
    ):
        return Role.REFERENCE, False
    area_of_place = _AREA_OF_PLACE_BEFORE.search(before) and _AREA_AFTER.match(after)
    if _POSSESSIVE_BEFORE_NAME.match(after) or area_of_place:
        return Role.CONTAINER, False  # "Kyiv's Darnytskyi district", "Hryshyne (Pokrovsk community):"
    if _GOVERNMENT_AFTER.match(after):
        return Role.SPEAKER, False  # "the Kyiv regime", "the Moscow government": a party
    if _OFFICE_AFTER.match(after):
        return (Role.LOCATION, True) if locative and after[:1] not in "'’" else (Role.OFFICE, False)
    speaks = (
        _SPEAKER_AFTER.match(after)
        or _AGENT_AFTER.match(after)
        or _PERSUADED_BEFORE.search(before)
        or (_THANKED_BEFORE.search(before) and _FOR_AFTER.match(after))
    )
    if not locative and speaks and not _PEOPLE_OF.search(before):
        return Role.SPEAKER, False  # "Moscow said", "Moscow kept up its bombardment", not "Residents of X"
    if _WATER_BEFORE.search(before) or _COMPARED_IN.search(before):
        return Role.REFERENCE, False  # "the Sea of Azov", "one of the largest in the Volga area"
    return Role.LOCATION, locative


def _name_parts(span: str, offset: int, headline: bool) -> list[tuple[str, int, bool]]:
    """Cut a capitalised span into candidate names: (text, offset, cut_before_institution)."""
    words = [(m.group(), m.start() + offset) for m in _NON_SPACE.finditer(span)]
    parts: list[tuple[str, int, bool]] = []
    current: list[tuple[str, int]] = []

    def close(institution: bool) -> None:
        if current:
            text = " ".join(w for w, _ in current)
            parts.append((text, current[0][1], institution))
            current.clear()

    # an all-capitals heading ("KHARKIV REGIONAL MILITARY ADMINISTRATION") is compared in title case
    titled = [word.strip("’'").capitalize() if word.isupper() else word.strip("’'") for word, _ in words]
    for index, (word, position) in enumerate(words):
        bare = word.strip("’'")
        if bare.lower() in _FUNCTION_WORDS and not current:
            continue
        if _opens_institution(titled, index):
            close(True)
            break  # what follows a title or an institution is a person's or the institution's name
        if bare in _FACILITY_WORDS and current:
            close(False)
            break
        following = words[index + 1][0] if index + 1 < len(words) else ""
        if _ADJECTIVE.search(bare) and "-on-" not in bare and following.lower() != "peninsula":
            close(False)  # (but "the Crimean peninsula" is a name)
            continue
        current.append((word, position))
        if headline and not _QUALIFIER_WORD.fullmatch(following):
            close(_opens_institution(titled, index + 1))  # "Cherkasy" of "Cherkasy Regional Administration"
    close(False)
    return parts


def _is_street_or_river(text: str, start: int, a: int, b: int, end: int) -> bool:
    """Return True if the name at ``text[a:b]`` is a street's or a river's ("on the bank of the Ustia")."""
    if _STREET_AFTER.match(text, b, end):
        return True
    if _STREETS_AFTER.match(text, b, end) and _ON_NAMES_BEFORE.search(text, max(start, a - 80), a):
        return True
    # (not "the left bank of the Kherson region": a name and its kind are one span)
    river = _BANK_OF_BEFORE.search(text, max(start, a - 20), a)
    return river is not None and _ENDS_WITH_QUALIFIER.search(text, a, b) is None


def _opens_institution(words: Sequence[str], index: int) -> bool:
    """Return True if an institution's name opens at ``words[index]``: "Council", "Regional Council"."""
    if index >= len(words):
        return False
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    return word in _INSTITUTION_WORDS or (
        word in ("City", "Regional", "Oblast") and following in _INSTITUTION_WORDS
    )


@lru_cache(maxsize=65536)
def _span_parts(span: str, headline: bool) -> tuple[tuple[str, int, bool], ...]:
    """Candidate names in a capitalised span (offsets relative to it): the same spans recur in articles."""
    return tuple(_name_parts(span, 0, headline))


def _after_title(text: str, sentence_start: int, start: int) -> bool:
    """Return True if a title ("President", "mother") or a vessel ("the cruiser") comes right before it."""
    # A title is followed by whitespace: without any before the name, there is nothing to search.
    return (
        start > sentence_start
        and text[start - 1].isspace()
        and _TITLES.search(text[max(sentence_start, start - 30) : start]) is not None
    )


def _is_headline(sentence: str) -> bool:
    if sentence.rstrip()[-1:] in '.!?"”’':
        return False  # headlines carry no closing punctuation
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def find_place_mentions(
    text: str,
    *,
    start: int,
    end: int,
    dateline_until: int = 0,
    known: Callable[[str], bool] | None = None,
    people: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """Find candidate place names in the sentence ``text[start:end]``.

    Possessives are split off ("Kyiv's Darnytskyi district" gives Kyiv as a
    container and the district as the location); names before a title or an
    institution ("Kyiv Mayor ...", "Sumy State University") are kept as
    offices, or as locations when introduced by a preposition ("near Sumy
    State University"); people's names after a title are left out. In a
    title-case headline each word is a candidate of its own.

    Parameters
    ----------
    text : str
        The article (offsets index it).
    start, end : int
        Bounds of the sentence.
    dateline_until : int
        Offset where the paragraph's dateline ends; names before it are datelines.
    known : callable, optional
        A cheap test of whether a name is a place at all (``Resolver.is_place_name``); names it
        rejects are dropped before their role is worked out.
    people : frozenset of str
        Names of the article's people (:func:`find_people`): no places unless a preposition says where
        ("in Gusev").

    Returns
    -------
    list of PlaceMention
        Candidates in reading order.
    """
    headline = _is_headline(text[start:end])
    mentions: list[PlaceMention] = []
    # the mentions a road leads to, or a few kilometres from which something lies: the place, if none nearer
    # is named
    near_only: list[int] = []
    described_until = -1  # the end of "Komyshany, a settlement on the western edge of Kherson,"
    reference_end = -1  # the end of the last name that only says where something lies or came from
    for match in _SPAN.finditer(text, start, end):
        parts = _span_parts(match.group(), headline)
        if not parts or _after_title(text, start, match.start()):
            continue
        if headline and known is not None and len(parts) > 1:
            parts = tuple(_known_names_joined(parts, match.group(), known))
        for span, offset, institution in parts:
            a = match.start() + offset
            if len(span) < 3 or span.isdigit():
                continue
            if span.isupper() and len(span) <= 3 and a >= dateline_until:
                # an acronym ("US", "GMT") unless it names where: "downed over the LPR", 'over the "LPR"'
                quoted = a - 1 if a > start and text[a - 1] in OPENING_QUOTES else a
                if _LOCATIVE_BEFORE.search(text, max(start, quoted - 40), quoted) is None:
                    continue
            if mentions and a < mentions[-1].end:
                continue  # "Kievsky" of "Kyivskyi (Kievsky) district": the name before in another spelling
            if span in _SENTENCE_OPENING_WORDS and not text[start:a].strip(_OPENING_MARKS):
                if _LOWER_WORD_AFTER.match(text, a + len(span)):
                    continue  # (not "Sad, a village on the outskirts of Sumy", nor "- Sad: a drone hit")
            b = a + len(span)
            if _is_street_or_river(text, start, a, b, end):
                continue
            respelled = _RESPELLED_KIND_AFTER.match(text, b, end)
            if respelled is not None:
                # "Donetsk, Petrovskyi (Petrovsky) district:" is the Petrovskyi district
                span, b = f"{span} {respelled.group('kind')}", respelled.end()
            query = span
            listed = (
                _REGIONAL_AFTER.match(text, b, b + 30)
                or _LISTED_REGIONS_AFTER.match(text, b, b + 80)
                or _listed_after_regions(text, start, a)
            )
            regional = listed or _NUCLEAR_PLANT_AFTER.match(text, b, b + 80)
            if regional and not _ENDS_WITH_QUALIFIER.search(span):
                query = f"{span} region"
            if known is not None and not known(query) and not DISTRICT_FORM.fullmatch(query):
                continue  # (a district the gazetteer lacks may still be one of the city reported on)
            site = unnamed_site_near(text, a, start)
            role, locative = _role(text, a, b, start, dateline_until, site)
            if span in people and not locative:
                continue  # "Gusev thanked the crews" after "Governor Alexander Gusev"
            if a < described_until and role is Role.LOCATION:
                role = Role.REFERENCE  # a place that only says where the one described lies
            elif role is Role.LOCATION and not locative and _LIST_JOINT.fullmatch(text, reference_end, a):
                role = Role.REFERENCE  # "from the directions of Kursk, Bryansk and Navlya": the whole list
            if role is Role.REFERENCE:
                reference_end = b
            if headline and not locative and not institution:
                # title case makes every word a candidate; only "... on Kyiv" locates, and a heading's
                # "KHARKIV REGIONAL MILITARY ADMINISTRATION" names whose posts follow
                continue
            if institution and not locative and role in (Role.LOCATION, Role.DATELINE):
                role = Role.OFFICE  # (also "KHARKIV REGIONAL MILITARY ADMINISTRATION - ...", no dateline)
            before = text[max(start, a - 60) : a]
            # "the town of ...": only worth the full pattern when the text just before ends with "of"
            settlement = _SETTLEMENT_OF.search(before) if before.rstrip()[-2:].lower() == "of" else None
            kind = settlement.group("kind").lower() if settlement else None
            if text.startswith(",", b):
                described = _DESCRIBED_AFTER.match(text, b, end) if kind is None else None
                if described:
                    kind = described.group("kind").lower()  # "Kurakhove, a mining town that ..."
                # "Inkerman, on the outskirts of Sevastopol": the bigger place only says where it lies
                positioned = (
                    described or _EDGE_OF_AFTER.match(text, b, end) or _HOME_TO_AFTER.match(text, b, end)
                )
                if positioned:
                    # up to the end of the apposition, or a clause of its own ("the port city where ...")
                    closing = _APPOSITION_END.search(text, positioned.end(), end)
                    described_until = end if closing is None else closing.start()
            if kind and role in (Role.LOCATION, Role.SPEAKER):
                role, locative = Role.LOCATION, True
            site = site if role is Role.LOCATION and locative else ""
            if role is Role.LOCATION and _ROAD_TO_BEFORE.search(text, max(start, a - 30), a):
                role = Role.REFERENCE
                near_only.append(len(mentions))
            elif role is Role.REFERENCE and _FEW_KM_OF.search(text, max(start, a - 40), a):
                near_only.append(len(mentions))
            mentions.append(PlaceMention(span, query, a, b, role, locative, kind, site))
    if near_only and not any(m.role is Role.LOCATION for m in mentions):
        # "on the road to Semenivka, about three kilometres outside Novhorod-Siverskyi" is near the town it is
        # outside; "a drone struck a bus on the road to Kherson" or "a minibus on a road about four kilometres
        # south of Bilopillia" says no nearer place than the town
        for index in near_only:
            mentions[index] = replace(mentions[index], role=Role.LOCATION)
    return mentions


def _listed_after_regions(text: str, start: int, at: int) -> bool:
    """Return True if the name at ``at`` is one listed after "regions, including".

    "in most regions, including Vinnytsia, Khmelnytskyi and Rivne" lists regions; "the Kharkiv and Sumy
    oblasts, including Kupiansk and Shostka" lists towns of the regions it has just named.
    """
    opening = _REGIONS_LISTED_BEFORE.search(text, max(start, at - 120), at)
    if opening is None:
        return False
    return _NAME_ENDS.search(text, max(start, opening.start() - 40), opening.start()) is None


def _known_names_joined(
    parts: Sequence[tuple[str, int, bool]], span: str, known: Callable[[str], bool]
) -> list[tuple[str, int, bool]]:
    """Join a title-case headline's neighbouring words that together name a place ("Bila Tserkva")."""
    joined: list[tuple[str, int, bool]] = []
    for text, offset, institution in parts:
        if joined:
            last_text, last_offset, _ = joined[-1]
            together = span[last_offset : offset + len(text)]
            adjacent = last_offset + len(last_text) + 1 == offset
            # (not "Voronezh Region Village": a kind of place after a name is no part of it)
            if adjacent and parse_query(together).qualifier is None and known(together):
                joined[-1] = (together, last_offset, institution)
                continue
        joined.append((text, offset, institution))
    return joined


def unnamed_site_near(text: str, start: int, sentence_start: int) -> str:
    """Return the kind of site (a village, an air base) a town named at ``start`` only says lies near, or "".

    Parameters
    ----------
    text : str
        The article.
    start, sentence_start : int
        Where the town's name and its sentence start.

    Returns
    -------
    str
        "village" for "a village east of the Ukrainian city of Zaporizhzhia"; "" when the town is where it
        happened.

    Examples
    --------
    >>> text = "Guided bombs hit a village east of the city of Zaporizhzhia."
    >>> unnamed_site_near(text, text.index("Zaporizhzhia"), 0)
    'village'
    """
    lower = max(sentence_start, start - 90)
    if _SITE_WORD.search(text, lower, start) is None:
        return ""  # (most names have no site word before them: spare the pattern)
    found = _SITE_NEAR_BEFORE.search(text, lower, start)
    return found.group("site").lower() if found is not None else ""


def find_people(text: str) -> frozenset[str]:
    """Return the names of people in ``text``: the surname after a title or an office, the name before an age.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    frozenset of str
        Names as written ("Gusev" for "Governor Alexander Gusev").

    Examples
    --------
    >>> sorted(find_people("Governor Alexander Gusev said. Gusev thanked Nadiia, a 61-year-old pensioner."))
    ['Gusev', 'Nadiia']
    """
    names = {next(filter(None, match.groups())) for match in _PEOPLE.finditer(text)}
    if "-year-old" in text:
        names.update(match.group(1) for match in _YOUNG.finditer(text))
    names.update(match.group(1) for match in _QUOTED.finditer(text))
    for match in _OWNED.finditer(text):
        owner = _OWNER_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if owner is not None:
            names.add(owner.group(1))
    labels = Counter(match.group(1) for match in _SPEAKER_LABEL.finditer(text))
    turns = [label for label, count in labels.items() if count > 1]
    if len(turns) > 1:
        names.update(turns)  # "TARAS: ..." and "OLHA: ..." taking turns: the speakers of a transcript
    return frozenset(names)


# a line opening with a speaker's name in capitals: "TARAS: Dniprovskyi. At about half past one ..."
_SPEAKER_LABEL = re.compile(r"^([A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ’'-]+)(?:[ \t]+\([^)\n]*\))?:", re.MULTILINE)
_OUTSIDE_OPENING = re.compile(r"(?:[\d:.]+\s*[-—–]\s*)?(?:Outside|Beyond|Away\s+from)\s+", re.IGNORECASE)


def find_anaphors(text: str, *, start: int, end: int, words: frozenset[str] | None = None) -> list[Anaphor]:
    """Find phrases such as "the city" or "the region" that refer back to a named place.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        Bounds of the sentence.
    words : frozenset of str, optional
        The sentence's lower-cased words; without "city", "region"... among them nothing is searched.

    Returns
    -------
    list of Anaphor
    """
    if words is not None and words.isdisjoint(_ANAPHOR_WORDS):
        return []
    found = []
    for match in _ANAPHOR.finditer(text, start, end):
        after = text[match.end() : match.end() + 60]
        possessive = bool(match.group("poss"))
        if possessive and _ITS_OFFICIAL_AFTER.match(after):
            role = Role.OFFICE  # "the town's Russian-installed mayor said"
        elif (
            possessive
            and _HOSPITAL_AFTER.match(text, match.end())
            and _CARRIED_TO.search(text, max(start, match.start() - 40), match.start())
            and not _HOSPITAL_HIT.search(text, match.end(), match.end() + 60)
        ):
            role = Role.REFERENCE  # "had died in the city's trauma hospital": where a victim was cared for
        elif _TREATED_IN.search(text, max(start, match.start() - 90), match.start()) or _BETWEEN_AND.search(
            text, max(start, match.start() - 80), match.start()
        ):
            # "were taken to hospital in the regional centre", "the road between Bilopillia and the regional
            # centre"
            role = Role.REFERENCE
        elif possessive or _DISTRICT_OF_BEFORE.search(text, max(start, match.start() - 12), match.start()):
            role = Role.CONTAINER  # "the city's Shevchenkivskyi district", "the Kievsky district of the city"
        elif _OFFICE_AFTER.match(after) or _SPEAKERS_IN.search(
            text, max(start, match.start() - 40), match.start()
        ):
            role = Role.OFFICE  # "the city council", "told a briefing in the capital": where speakers sit
        elif _OF_NAME.match(after) or _NAME_APPOSED.match(after):
            continue  # "the city of Kursk", "the regional capital Saransk": the name itself is spotted
        elif _BEARING_OF.search(text, max(start, match.start() - 40), match.start()):
            role = Role.REFERENCE  # "a town south of the capital", not "drones flying towards the capital"
        elif _OUTSIDE_OPENING.fullmatch(text, start, match.start()):
            role = Role.REFERENCE  # "Outside the city, a Shahed hit a facility in Chuhuiv": elsewhere than it
        elif match.group("kind").lower() == "district" and _HOSPITAL_AFTER.match(text, match.end()):
            role = Role.REFERENCE  # "taken to the central district hospital": a kind of hospital
        else:
            role = Role.LOCATION
        written = match.group()[: match.start("poss") - match.start()] if possessive else match.group()
        kind = match.group("kind").lower()
        before_kind = written.split()[1:-1]  # "Crimean" of "the Crimean capital"
        if kind in ("centre", "center"):
            kind = "regional capital"  # "the regional centre": the region's, as "the regional capital"
        elif kind == "capital" and (
            written.lower().endswith("regional capital")
            or (before_kind and country_code_for(before_kind[0]) is None)
            or _OF_A_REGION_AFTER.match(after)
        ):
            # the region's centre, not the country's capital: "the Crimean capital" (no country's demonym),
            # "across the capital of the republic"
            kind = "regional capital"
        found.append(Anaphor(written, kind, match.start(), match.end(), role))
    return found
