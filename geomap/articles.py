"""Read news articles from files, directories, globs, JSON Lines and standard input.

:func:`read_articles` turns whatever a user points geomap at into a stream of
:class:`Article` records, one at a time, so a corpus of any size is read with
bounded memory. An input that cannot be read (empty, binary, not UTF-8, too
large, a malformed JSON line) does not stop the run: it comes out of the stream
as an :class:`~geomap.errors.InputError` naming the file and the problem, and
the other inputs are still read.

Supported inputs:

- ``.txt`` and other plain text: the text as it is, minus page furniture lines
  ("Read More", "Leave a Reply", "Back to top button"...).
- ``.md`` / ``.markdown``: Markdown with its markup stripped lightly (headings,
  emphasis, links, images, code fences, front matter, whose ``title`` and
  ``date`` are used).
- ``.html`` / ``.htm``: a saved web page; the article text, title and date are
  taken out of the page with trafilatura.
- ``.jsonl`` / ``.ndjson``: one JSON object per line with ``text`` and
  optionally ``url``, ``published``, ``title`` and ``source``; ``.json``: one
  such object or a list of them.
- a directory (searched recursively, in sorted order), a glob pattern
  (``reports/*.html``, ``**`` allowed) or ``-`` for standard input.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from geomap.dates import parse_date
from geomap.errors import InputError

__all__ = [
    "Article",
    "read_articles",
    "expand_inputs",
    "articles_from_bytes",
    "parse_published",
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "STDIN",
]

STDIN = "-"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest single article (or JSON Lines record) read, in bytes: 20 MB."""

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""File name endings taken from directories; explicitly named files of other kinds (``.json``, or
plain text with any ending) are read too. ``.json`` is left out of directories because folders of
articles often hold JSON files that are not articles (annotations, GeoJSON, settings)."""

_GLOB_CHARACTERS = re.compile(r"[*?\[]")
_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Article:
    """One article to extract events from.

    Parameters
    ----------
    text : str
        The article text, cleaned of markup and page furniture.
    source : str
        Where it came from: the URL when known, else the file name (with the
        line number for JSON Lines records).
    published : str or None
        Publication date as ISO ``YYYY-MM-DD``, or None to let the extractor
        infer it from the text.
    title : str or None
        The headline, when the input has one.
    url : str or None
        The article's URL, when known.
    content_hash : str
        SHA-256 of the text; filled in automatically. Incremental runs use it
        to skip articles they have already processed.
    """

    text: str
    source: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    content_hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.content_hash:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "content_hash", digest)


def parse_published(value: str | dt.date | None) -> str | None:
    """Return a publication date as ISO ``YYYY-MM-DD``, or None.

    Parameters
    ----------
    value : str, datetime.date or None
        An ISO date or timestamp ("2025-05-24", "2025-05-24T09:30:00Z"), an RSS
        date ("Sat, 24 May 2025 09:30:00 GMT"), "May 24, 2025", a
        ``date``/``datetime``, or None.

    Returns
    -------
    str or None

    Raises
    ------
    ValueError
        If the value is not a recognisable, complete date.
    """
    date = parse_date(value)
    return None if date is None else date.isoformat()


def read_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    published: str | dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputError]:
    """Read articles from files, directories, globs, JSON Lines or standard input.

    Parameters
    ----------
    inputs : path-like or iterable of path-likes
        Files, directories, glob patterns, or ``-`` for standard input.
    published : str or datetime.date, optional
        Publication date for articles whose input does not state one.
    max_bytes : int
        Largest article (or JSON Lines record) accepted; larger inputs are
        reported as errors instead of being read into memory.
    stdin : binary file, optional
        What ``-`` reads; defaults to ``sys.stdin.buffer``.

    Yields
    ------
    Article or InputError
        Articles in input order (directories and globs in sorted order), and
        an error for each input or record that could not be read.

    Examples
    --------
    >>> for item in read_articles(["reports/", "feed.jsonl"], published="2025-05-24"):
    ...     if isinstance(item, InputError):
    ...         print("skipped:", item)
    """
    default_published = parse_published(published)
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield item
        elif item == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, default_published, max_bytes)
        else:
            yield from _read_path(Path(item), default_published, max_bytes)


def expand_inputs(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES,
) -> Iterator[str | InputError]:
    """Expand directories and glob patterns into file names, in a stable order.

    Parameters
    ----------
    inputs : path-like or iterable of path-likes
        Files, directories, glob patterns, or ``-``.
    suffixes : tuple of str
        File endings taken from directories (explicitly named files are always kept).

    Yields
    ------
    str or InputError
        File names and ``-`` in order; an error for a name that matches nothing.
        A file reached twice is yielded once.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    seen: set[str] = set()
    for raw in inputs:
        name = os.fspath(raw)
        for candidate in _expand_one(name, suffixes):
            if isinstance(candidate, InputError) or candidate == STDIN:
                yield candidate
                continue
            key = os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                yield candidate


def _expand_one(name: str, suffixes: tuple[str, ...]) -> Iterator[str | InputError]:
    if name == STDIN:
        yield STDIN
    elif os.path.isdir(name):
        yield from _directory(name, suffixes)
    elif os.path.exists(name):
        yield name
    elif _GLOB_CHARACTERS.search(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield InputError(name, "the pattern matches no files")
        for match in matches:
            if os.path.isdir(match):
                yield from _directory(match, suffixes)
            else:
                yield match
    else:
        yield InputError(name, "no such file or directory")


def _directory(directory: str, suffixes: tuple[str, ...]) -> Iterator[str | InputError]:
    """Yield the article files under ``directory``, or an error saying it holds none."""
    empty = True
    for item in _walk(directory, suffixes):
        empty = empty and isinstance(item, InputError)
        yield item
    if empty:
        yield InputError(directory, f"holds no article files ({', '.join(suffixes)})")


def _walk(directory: str, suffixes: tuple[str, ...]) -> Iterator[str | InputError]:
    """Yield the article files under ``directory`` sorted by path, skipping hidden ones."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(directory, f"cannot be listed: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, suffixes)
        elif entry.name.lower().endswith(suffixes):
            yield entry.path


# --- reading one input -------------------------------------------------------------------------


def _read_path(path: Path, published: str | None, max_bytes: int) -> Iterator[Article | InputError]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as handle:
                yield from _read_jsonl(handle, source, published, max_bytes)
            return
        data = _read_capped(path, max_bytes)
    except InputError as error:
        yield error
        return
    except OSError as error:
        yield InputError(source, f"cannot be read: {error.strerror or error}")
        return
    yield from articles_from_bytes(data, source=source, kind=_kind(suffix), published=published)


def _read_stdin(stream: IO[bytes], published: str | None, max_bytes: int) -> Iterator[Article | InputError]:
    head = stream.read(_SNIFF_BYTES)
    kind = _sniff_kind(head)
    if kind == "jsonl":
        joined = io.BufferedReader(_Prefixed(head, stream))
        yield from _read_jsonl(joined, STDIN, published, max_bytes)
        return
    rest = stream.read(max_bytes + 1 - len(head)) if len(head) == _SNIFF_BYTES else b""
    data = head + rest
    if len(data) > max_bytes:
        limit = _megabytes(max_bytes)
        yield InputError(STDIN, f"standard input is larger than {limit}, the limit for one article")
        return
    yield from articles_from_bytes(data, source=STDIN, kind=kind, published=published)


def articles_from_bytes(
    data: bytes, *, source: str, kind: str = "text", published: str | None = None
) -> Iterator[Article | InputError]:
    """Decode and parse one input's content into articles.

    Parameters
    ----------
    data : bytes
        The raw content.
    source : str
        Name used for the articles' ``source`` and in error messages.
    kind : {"text", "markdown", "html", "json", "jsonl"}
        How to parse the content.
    published : str, optional
        ISO publication date for articles that do not state one.

    Yields
    ------
    Article or InputError
    """
    try:
        text = _decode(data, source, declared=_declared_charset(data) if kind == "html" else None)
    except InputError as error:
        yield error
        return
    if kind == "jsonl":
        yield from _read_jsonl(io.BytesIO(text.encode("utf-8")), source, published, len(data) + 1)
    elif kind == "json":
        yield from _read_json(text, source, published)
    else:
        yield _single_article(text, source, kind, published)


def _single_article(text: str, source: str, kind: str, published: str | None) -> Article | InputError:
    title = url = None
    if kind == "html":
        text, title, page_date, url = _html_article(text)
        published = page_date or published
        source = url if source == STDIN and url else source
    elif kind == "markdown":
        text, title, stated = _strip_markdown(text)
        try:
            published = parse_published(stated) or published
        except ValueError:
            return InputError(source, f"front matter date {stated!r} is not a date; use YYYY-MM-DD")
    text = _drop_furniture(text)
    if not text.strip():
        problem = "no article text found in the page" if kind == "html" else "is empty"
        return InputError(source, problem)
    return Article(text=text, source=source, published=published, title=title or _headline(text), url=url)


def _read_capped(path: Path, max_bytes: int) -> bytes:
    with open(path, "rb") as handle:
        if os.path.isfile(path):
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    str(path),
                    f"is {_megabytes(size)}, larger than the {_megabytes(max_bytes)} limit for one article; "
                    "split it or save many articles as JSON Lines (.jsonl), which is streamed",
                )
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(str(path), f"is larger than the {_megabytes(max_bytes)} limit for one article")
    return data


def _decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM, or the charset an HTML page declares."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise InputError(
            source, "is a binary file (it contains NUL bytes), not text; pass text, HTML or JSON Lines"
        )
    else:
        encoding = declared or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            source,
            f"is not valid {encoding.upper()} text (byte {data[error.start]:#04x} at offset {error.start}); "
            "re-save it as UTF-8",
        ) from None


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """Return the encoding an HTML page declares in a ``<meta>`` tag, if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _kind(suffix: str) -> str:
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    return "text"


def _sniff_kind(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    return "text"


# --- JSON records ---------------------------------------------------------------------------


def _read_jsonl(
    handle: IO[bytes], source: str, published: str | None, max_bytes: int
) -> Iterator[Article | InputError]:
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            limit = _megabytes(max_bytes)
            yield InputError(where, f"this line is longer than the {limit} limit for one record")
            continue
        if not line.strip():
            continue
        try:
            text = _decode(line, where)
            record = json.loads(text.strip())
        except InputError as error:
            yield error
            continue
        except json.JSONDecodeError as error:
            yield InputError(where, f"is not valid JSON ({error.msg} at column {error.colno})")
            continue
        yield _record_article(record, where, published)


def _skip_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        chunk = handle.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return


def _read_json(text: str, source: str, published: str | None) -> Iterator[Article | InputError]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        yield InputError(source, f"is not valid JSON ({error.msg} at {where})")
        return
    if isinstance(document, dict):
        yield _record_article(document, source, published)
    elif isinstance(document, list):
        for index, record in enumerate(document):
            yield _record_article(record, f"{source}[{index}]", published)
    else:
        yield InputError(source, "must hold an article object or a list of them")


def _record_article(record: Any, where: str, published: str | None) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(where, "is not a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "has no 'text' field with the article text")
    try:
        stated = parse_published(record.get("published"))
    except ValueError as error:
        return InputError(where, f"'published': {error}")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    title = record.get("title") if isinstance(record.get("title"), str) else None
    named = record.get("source") if isinstance(record.get("source"), str) else None
    text = _drop_furniture(text)
    if not text.strip():
        return InputError(where, "has only page furniture in its 'text'")
    source = named or url or where
    return Article(text=text, source=source, published=stated or published, title=title, url=url)


# --- cleaning -------------------------------------------------------------------------------

_FURNITURE_LINES = (
    r"read more|read next|read also|read the full story|continue reading|show (?:more|less)",
    r"load more(?: comments)?|see more|view comments|leave a (?:reply|comment)|post a comment",
    r"\d* ?comments?|no comments(?: yet)?|back to top(?: button)?|scroll to top|skip to (?:main )?content",
    r"share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|print|email|copy link",
    r"advertisement|sponsored(?: content)?|related(?: articles?| posts?| stories| news)?",
    r"you may also like|more from \w+(?: \w+)?|recommended(?: for you)?|most read|trending(?: now)?",
    r"subscribe(?: now| to our newsletter)?|sign up for our newsletter|follow us(?: on [\w ,&]+)?",
    r"your email address will not be published\.?(?: required fields are marked \*)?",
    r"required fields are marked \*|accept (?:all )?cookies|cookie settings|loading\.*",
    r"click here to [\w ]+|tags?:.*|filed under:.*|home|menu|search|log ?in|sign in|next|previous",
)
_FURNITURE = re.compile(r"^\W*(?:" + "|".join(_FURNITURE_LINES) + r")\W*$", re.IGNORECASE)
_BLANK_RUN = re.compile(r"\n{3,}")


def _drop_furniture(text: str) -> str:
    lines = [line for line in text.splitlines() if not (len(line) < 120 and _FURNITURE.match(line.strip()))]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


def _headline(text: str) -> str | None:
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if rest.startswith("\n") and 10 <= len(first) <= 200 and not first.endswith((".", ":", ";", ",")):
        return first
    return None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_MARKDOWN_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"</?[a-zA-Z][^>\n]*>"), ""),
]
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)


def _strip_markdown(text: str) -> tuple[str, str | None, str | None]:
    """Return the plain text, the title and the stated date of a Markdown document."""
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[front.end() :]
    heading = _HEADING.search(text)
    title = meta.get("title") or (heading.group(1) if heading else None)
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    stated = meta.get("published") or meta.get("date")
    blocks = _PARAGRAPH_BREAK.split(text)
    paragraphs = (" ".join(line.strip() for line in block.splitlines()).strip() for block in blocks)
    return "\n\n".join(p for p in paragraphs if p), title, stated


def _html_article(html: str) -> tuple[str, str | None, str | None, str | None]:
    """Return the article text, title, publication date and URL of a saved web page."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if document is None:
        return "", None, None, None
    paragraphs = [line.strip() for line in (document.text or "").splitlines() if line.strip()]
    try:
        date = parse_published(document.date)
    except ValueError:
        date = None
    return "\n\n".join(paragraphs), document.title, date, document.url


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


class _Prefixed(io.RawIOBase):
    """A raw stream that replays bytes already read before the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        """Return True: this stream is read-only."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the replayed prefix, then from the stream."""
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
