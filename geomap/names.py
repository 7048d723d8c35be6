"""Normalise place names so that spellings of one place meet on one key.

Three levels of matching are offered, from strict to forgiving:

* :func:`normalize` gives the *exact key*: case-folded, without diacritics on
  Latin letters, typographic apostrophes and punctuation removed, hyphens as
  spaces. ``"Solom’yanskyi"``, ``"Solom'yanskyi"`` and ``"SOLOMYANSKYI"`` share a key.
  Cyrillic stays Cyrillic (``"Київ"`` → ``"київ"``), so ``й`` and ``и`` are not merged.
* :func:`loose_key` gives a *transliteration-blind key*: Cyrillic is romanised and
  spelling differences between romanisation systems are folded
  (``kh``/``h``, ``ia``/``ya``/``a``, ``yi``/``iy``/``i``, doubled letters...), so
  ``"Solomianskyi"``, ``"Solomyanskyi"`` and ``"Соломянский"`` meet.
* :func:`parse_query` splits a written mention into its core name, a qualifier
  (``"region"``, ``"district"`` or ``"city"``) and an optional parent place
  (``"Kyiv's Obolon district"`` → core ``obolon``, qualifier district, parent ``kyiv``).

Examples
--------
>>> normalize("Solom’yanskyi")
'solomyanskyi'
>>> loose_key("Solomianskyi") == loose_key("Solom'yanskyi") == loose_key("Соломянский")
True
>>> parse_query("Kyiv's Obolon district")
ParsedName(core='obolon', qualifier='district', parent='kyiv')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from unidecode import unidecode

__all__ = [
    "ParsedName",
    "normalize",
    "loose_key",
    "parse_query",
    "adjective_stem",
    "script_of",
    "QUALIFIERS",
]

# Apostrophe-like marks that transliterations use for the soft sign or the Ukrainian apostrophe.
_APOSTROPHES = "'’‘ʼʹʻ`´′″”“\"ˈ"
_APOSTROPHE_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_SEPARATOR_RE = re.compile(r"[\s\-‐‑‒–—_/.,;:()\[\]{}!?«»„]+")
_DROP_RE = re.compile(r"[^\w ]+")
_CACHE_SIZE = 20_000  # names kept per function; a 20,000-article news corpus asks about 3,200 distinct ones

# Words that say what kind of place a name denotes, in English, Ukrainian and Russian.
QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "region",
            "oblast",
            "oblasti",
            "province",
            "krai",
            "kray",
            "republic",
            "governorate",
            "territory",
            "область",
            "обл",
            "край",
            "республика",
            "республіка",
            "регион",
            "регіон",
            "округ",
        ],
        "region",
    ),
    **dict.fromkeys(
        [
            "district",
            "raion",
            "rayon",
            "rajon",
            "borough",
            "neighbourhood",
            "neighborhood",
            "quarter",
            "microdistrict",
            "район",
            "р н",
            "рн",
            "мікрорайон",
            "микрорайон",
        ],
        "district",
    ),
    **dict.fromkeys(
        [
            "city",
            "town",
            "village",
            "settlement",
            "hromada",
            "municipality",
            "місто",
            "город",
            "село",
            "селище",
            "поселок",
            "посёлок",
            "м",
            "г",
            "с",
            "смт",
            "пгт",
        ],
        "city",
    ),
}
_LEADING_ONLY = {"м", "г", "с", "смт", "пгт"}  # abbreviations written before the name ("м. Київ")
_ARTICLES = {"the", "in", "near", "at", "from", "to", "of", "outside"}  # leading words, not part of a name
# "Kharkiv's Kyivskyi district", not "Donetsk People's Republic"
_POSSESSIVE_RE = re.compile(r"^(?P<parent>.+?)(?<!people)(?:['’ʼ]s|s['’ʼ])\s+(?P<rest>.+)$", re.IGNORECASE)
_TRAILING_POSSESSIVE_RE = re.compile(r"(?:['’ʼ]s|s['’ʼ])$", re.IGNORECASE)
_OF_RE = re.compile(r"^(?P<rest>.+?)\s+(?:of|in|near)\s+(?P<parent>.+)$", re.IGNORECASE)

# Romanisation differences folded by loose_key, applied in order (longest first).
_LOOSE_RULES = [
    ("shch", "s"),
    ("sch", "s"),
    ("kh", "h"),
    ("zh", "z"),
    ("ch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ye", "e"),
    ("ie", "e"),
    ("je", "e"),
    ("yo", "o"),
    ("io", "o"),
    ("jo", "o"),
    ("yi", "i"),
    ("iy", "i"),
    ("yy", "i"),
    ("ii", "i"),
    ("y", "i"),
    ("j", "i"),
    ("g", "h"),
]
_DOUBLE_RE = re.compile(r"(.)\1+")
_ADJECTIVE_SUFFIX_RE = re.compile(r"(?:sk|ck|zk|c|sc)(?:ii|i|ia|a|aa|e|oe|ie|o|ogo|oho)?$")


class ParsedName(NamedTuple):
    """A place mention split into its parts (all parts are exact keys)."""

    core: str
    qualifier: str | None
    parent: str | None


def script_of(text: str) -> str:
    """Return ``"latin"``, ``"cyrillic"``, ``"mixed"`` or ``"other"`` for the letters of ``text``.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        The script of its letters; ``"other"`` if it has none in Latin or Cyrillic.

    Examples
    --------
    >>> script_of("Київ"), script_of("Kyiv"), script_of("東京")
    ('cyrillic', 'latin', 'other')
    """
    if text.isascii():
        return "latin" if any(c.isalpha() for c in text) else "other"
    scripts = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if name.startswith("LATIN"):
                scripts.add("latin")
            elif name.startswith("CYRILLIC"):
                scripts.add("cyrillic")
            else:
                return "other"
    if len(scripts) > 1:
        return "mixed"
    return scripts.pop() if scripts else "other"


def _strip_latin_marks(text: str) -> str:
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=_CACHE_SIZE)
def normalize(name: str) -> str:
    """Return the exact matching key of a place name.

    Parameters
    ----------
    name : str
        A place name as written, in any case, with or without diacritics.

    Returns
    -------
    str
        Lower case, Latin diacritics removed, ``ё`` → ``е``, apostrophes dropped,
        hyphens and punctuation turned into single spaces.

    Examples
    --------
    >>> normalize("  Bila Tserkva ")
    'bila tserkva'
    >>> normalize("Ivano-Frankivsk")
    'ivano frankivsk'
    >>> normalize("Кропивницький"), normalize("Орёл")
    ('кропивницький', 'орел')
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.replace("ё", "е").replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("đ", "d")
    text = _APOSTROPHE_RE.sub("", text)
    text = _strip_latin_marks(text)
    text = _SEPARATOR_RE.sub(" ", text)
    text = _DROP_RE.sub("", text)
    return " ".join(text.split())


@lru_cache(maxsize=_CACHE_SIZE)
def loose_key(name: str) -> str:
    """Return a key that ignores differences between transliteration systems.

    Parameters
    ----------
    name : str
        A place name in Latin or Cyrillic script.

    Returns
    -------
    str
        An ASCII key. Names that differ only in romanisation share it.

    Examples
    --------
    >>> loose_key("Kharkiv") == loose_key("Харків")
    True
    >>> loose_key("Zaporizhzhia") == loose_key("Zaporizhia") == loose_key("Zaporizhzhya")
    True
    """
    text = unidecode(normalize(name)).lower()
    text = _DROP_RE.sub("", _APOSTROPHE_RE.sub("", text))
    for old, new in _LOOSE_RULES:
        text = text.replace(old, new)
    return _DOUBLE_RE.sub(r"\1", text.replace(" ", ""))


def adjective_stem(key: str) -> str | None:
    """Return the stem of an adjectival region or district name, or None.

    Region and district names are usually adjectives formed from a town:
    ``Obolonskyi`` (raion), ``Kyivska`` (oblast), ``Tul'skaya`` (oblast). The stem
    lets ``"Obolon district"`` find the Obolonskyi raion.

    Parameters
    ----------
    key : str
        A loose key (see :func:`loose_key`).

    Returns
    -------
    str or None
        The key without its adjective ending, or None when it has none or the
        stem would be shorter than three letters.

    Examples
    --------
    >>> adjective_stem(loose_key("Obolonskyi")) == loose_key("Obolon")
    True
    """
    stem = _ADJECTIVE_SUFFIX_RE.sub("", key)
    if stem == key or len(stem) < 3:
        return None
    return stem


def _split_qualifiers(words: list[str]) -> tuple[list[str], str | None]:
    qualifier = None
    while len(words) > 1 and words[-1] in QUALIFIERS and words[-1] not in _LEADING_ONLY:
        word = words.pop()
        qualifier = qualifier or QUALIFIERS[word]
    while len(words) > 1 and (words[0] in QUALIFIERS or words[0] in _ARTICLES):
        word = words.pop(0)
        if word in QUALIFIERS:
            qualifier = qualifier or QUALIFIERS[word]
    if len(words) > 2 and " ".join(words[-2:]) in QUALIFIERS:  # "р-н" becomes "р н"
        qualifier = qualifier or QUALIFIERS[" ".join(words[-2:])]
        del words[-2:]
    return words, qualifier


@lru_cache(maxsize=_CACHE_SIZE)
def parse_query(text: str) -> ParsedName:
    """Split a place mention into core name, qualifier and parent place.

    Parameters
    ----------
    text : str
        A mention such as ``"Tula region"``, ``"the city of Dnipro"``,
        ``"Kyiv's Obolon district"``, ``"Obolon district of Kyiv"`` or ``"Russia's"``.

    Returns
    -------
    ParsedName
        ``core`` and ``parent`` are exact keys (see :func:`normalize`);
        ``qualifier`` is ``"region"``, ``"district"``, ``"city"`` or None.

    Examples
    --------
    >>> parse_query("Tula region")
    ParsedName(core='tula', qualifier='region', parent=None)
    >>> parse_query("the city of Dnipro")
    ParsedName(core='dnipro', qualifier='city', parent=None)
    >>> parse_query("Russia’s")
    ParsedName(core='russia', qualifier=None, parent=None)
    """
    raw = " ".join(unicodedata.normalize("NFKC", text).split())
    parent = None
    possessive = _POSSESSIVE_RE.match(raw)
    if possessive:
        parent, raw = possessive.group("parent"), possessive.group("rest")
    raw = _TRAILING_POSSESSIVE_RE.sub("", raw)
    of_form = _OF_RE.match(raw)
    if of_form and _is_qualifier_phrase(of_form.group("rest")):
        rest, parent = of_form.group("rest"), of_form.group("parent")
        if all(word in QUALIFIERS or word in _ARTICLES for word in normalize(rest).split()):
            raw, parent = f"{rest} {parent}", None  # "the city of Dnipro" names Dnipro itself
        else:
            raw = rest
    words, qualifier = _split_qualifiers(normalize(raw).split())
    parent_key = normalize(parent) if parent else None
    if parent_key:
        parent_words, _ = _split_qualifiers(parent_key.split())
        parent_key = " ".join(parent_words) or None
    return ParsedName(" ".join(words), qualifier, parent_key)


def _is_qualifier_phrase(text: str) -> bool:
    """Tell whether ``text`` contains a qualifier word ("Obolon district", "the city")."""
    return any(word in QUALIFIERS for word in normalize(text).split())
