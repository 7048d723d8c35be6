"""Split an article into paragraphs and sentences, keeping character offsets.

Offsets index the original text, so every event can quote its sentence
verbatim and point back at where it was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.extraction.openings import compile_opening

__all__ = ["Sentence", "split_sentences"]

_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and a capital letter, digit, opening quote or list bullet, or at a line break.
# Opened by a lookahead on the characters an end can start with: the search skips the others at once. A
# line break is matched from the newline itself, not from the spaces before it, so the search does not
# try every space between two words (the sentence is trimmed of them anyway).
_SENTENCE_END = compile_opening(
    r"(?:(?P<stop>[.!?][\"'”’)\]]*)\s+|\n\s*)"  # punctuation (and closing quotes) or a line break,
    # then a capital, a digit, an opening quote or a bullet (a hyphen or star before a number only after a
    # full stop: "- 10 over the Belgorod region;" continues the sentence that introduced the list, "... was
    # damaged.\n- 2 residents were wounded" opens another item)
    # (and a table's row after a line break: "| 2026-10-21 | Vyshhorod | Drone struck ... |")
    r"(?=[\"“‘(]?[A-ZА-ЯІЇЄҐ0-9]|[•▪●◦]\s|[*-]\s+[A-ZА-ЯІЇЄҐ]|(?(stop)[*-][ \t]+\d|(?!))|(?(stop)(?!)|\|))"
)
_ABBREVIATION = compile_opening(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|Prof|Sen|Rep|Gov|No|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec"
    # (a factbox's "OCT. 1 - Russia launched ...")
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)|\b[A-Z](?:\.[A-Z])*)\.$"
)

# "between 11:00 p.m. Moscow time on Wednesday and 7:00 a.m.", "between 11 p.m. Tuesday and 7 a.m. Wednesday":
# a clock time's zone or day goes on the sentence
_CLOCK_BEFORE = re.compile(r"[ap]\.m\.$")
_TIME_ZONE_AFTER = re.compile(
    r"[A-Z][a-z]+\s+time\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!\s+(?:was|is)\b)"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article and where it sits.

    Attributes
    ----------
    text : str
        The sentence, verbatim (internal line breaks included).
    start, end : int
        Offsets of the sentence in the article.
    paragraph : int
        Index of the paragraph (blocks separated by blank lines).
    index : int
        Index of the sentence in the article.
    words : frozenset of str
        Its words, lower-cased: a cheap test of whether a costlier pattern can match at all.
    """

    text: str
    start: int
    end: int
    paragraph: int
    index: int
    words: frozenset[str] = frozenset()


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split_sentences(text: str) -> list[Sentence]:
    r"""Split ``text`` into sentences with their offsets and paragraph numbers.

    Paragraphs are separated by blank lines, so a headline or a photo caption
    on its own line is its own sentence. Common abbreviations ("Mr.", "U.K.")
    do not end a sentence.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    list of Sentence
        In reading order; whitespace-only stretches are skipped.

    Examples
    --------
    >>> [s.text for s in split_sentences("Kyiv was hit. Five were hurt.\n\nNext.")]
    ['Kyiv was hit.', 'Five were hurt.', 'Next.']
    """
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(_paragraph_spans(text)):
        start = p_start
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            stop = match.group("stop")
            if stop is not None and _ABBREVIATION.search(
                text, max(p_start, match.start() - 12), match.start() + 1
            ):
                continue
            if (
                stop == "."
                and _TIME_ZONE_AFTER.match(text, match.end())
                and _CLOCK_BEFORE.search(text, max(p_start, match.start() - 3), match.start() + 1)
            ):
                continue
            _append(sentences, text, start, match.end("stop") if stop is not None else match.start(), number)
            start = match.end()
        _append(sentences, text, start, p_end, number)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentence = text[start:end]
        words = frozenset(_WORD.findall(sentence.lower()))
        sentences.append(Sentence(sentence, start, end, paragraph, len(sentences), words))
