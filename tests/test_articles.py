import datetime as dt
import io
import json
import resource
import shutil
from pathlib import Path

import pytest

from geomap.articles import Article, expand_inputs, parse_published, read_articles
from geomap.errors import InputError

DATA = Path(__file__).parent / "data" / "corpus"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_plain_text_keeps_the_text_and_takes_the_headline_as_title(tmp_path):
    path = tmp_path / "kyiv.txt"
    path.write_text(
        "Drones strike Kyiv\n\nRussian drones struck Kyiv overnight.\nFive people were injured.\n"
    )
    [article] = read_articles(path)
    assert (
        article.text
        == "Drones strike Kyiv\n\nRussian drones struck Kyiv overnight.\nFive people were injured."
    )
    assert article.title == "Drones strike Kyiv"
    assert article.source == str(path)
    assert article.published is None
    assert len(article.content_hash) == 64


def test_content_hash_depends_on_the_text_only(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling in Kherson injured two.")
    (tmp_path / "b.txt").write_text("Shelling in Kherson injured two.")
    (tmp_path / "c.txt").write_text("Shelling in Kherson injured three.")
    a, b, c = read_articles(sorted(tmp_path.iterdir()))
    assert a.content_hash == b.content_hash != c.content_hash


def test_page_furniture_lines_are_dropped_from_text_files():
    [article] = read_articles(DATA / "site" / "2025" / "kherson.txt")
    assert "Read More" not in article.text
    assert "Share this article" not in article.text
    assert "Back to top button" not in article.text
    # the words inside a real sentence are not furniture
    assert "said a read more prompt on its site was broken" in article.text


def test_markdown_markup_is_stripped_and_front_matter_used():
    [article] = read_articles(DATA / "report.md")
    assert article.title == "Missile strike on Odesa port"
    assert article.published == "2025-05-20"
    assert "A Russian missile struck port infrastructure in Odesa on Monday night, killing three people." in (
        article.text
    )
    for markup in ("**", "](", "#", "![", "> ", "- Two", "Show More"):
        assert markup not in article.text
    assert "\n\nTwo warehouses were destroyed." in article.text


def test_html_page_gives_the_article_text_title_date_and_url():
    [article] = read_articles(DATA / "page.html")
    assert article.title == "Drones hit Kharkiv overnight"
    assert article.published == "2025-06-02"
    assert article.url == "https://news.example.org/2025/06/02/kharkiv-drones"
    assert article.source == str(DATA / "page.html")
    assert "injuring five people and damaging a school" in article.text
    assert "shot down 31 of the 40 drones" in article.text
    for furniture in ("Read More", "Leave a Reply", "Back to top", "Related Articles", "Home", "Copyright"):
        assert furniture not in article.text
    # paragraphs stay apart, so context does not leak across them
    assert "said on Monday.\n\nFirefighters" in article.text


def test_html_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>")
    [error] = read_articles(path)
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert "no article text" in error.problem


def test_jsonl_keeps_good_records_and_reports_bad_lines_by_number():
    articles, errors = split(read_articles(DATA / "feed.jsonl", published="2025-05-30"))
    assert [a.text[:20] for a in articles] == [
        "Russian drones attac",
        "A missile hit Dnipro",
        "Ukraine and Russia e",
    ]
    first, second, third = articles
    assert (first.source, first.url, first.title, first.published) == (
        "https://example.org/odesa",
        "https://example.org/odesa",
        "Drones attack Odesa",
        "2025-05-21",
    )
    assert second.published == "2025-05-22"  # timestamp reduced to its date
    assert second.source == f"{DATA / 'feed.jsonl'}:5"
    assert third.published == "2025-05-30"  # --published fills in a record without a date
    feed = str(DATA / "feed.jsonl")
    assert [e.source for e in errors] == [f"{feed}:2", f"{feed}:3", f"{feed}:6", f"{feed}:7"]
    assert "not valid JSON" in errors[0].problem
    assert "'text'" in errors[1].problem
    assert "last week" in errors[2].problem
    assert "JSON object" in errors[3].problem


def test_json_file_with_a_list_of_records(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": "Talks in Istanbul on Friday."}, {"title": "no text"}]))
    articles, errors = split(read_articles(path))
    assert [a.text for a in articles] == ["Talks in Istanbul on Friday."]
    assert [e.source for e in errors] == [f"{path}[1]"]


def test_directories_are_read_recursively_in_sorted_order_skipping_hidden_and_other_files():
    articles, errors = split(read_articles(DATA / "site"))
    assert errors == []
    assert [Path(a.source).relative_to(DATA / "site").as_posix() for a in articles] == [
        "2025/kherson.txt",
        "a-talks.txt",
    ]


def test_glob_patterns_and_missing_inputs(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(f"Article {name} about Sumy.")
    items = list(
        read_articles([str(tmp_path / "*.txt"), str(tmp_path / "*.html"), str(tmp_path / "missing.txt")])
    )
    assert [Path(i.source).name for i in items if isinstance(i, Article)] == ["a.txt", "b.txt"]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.problem for e in errors] == ["the pattern matches no files", "no such file or directory"]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Drones over Sumy.")
    assert list(expand_inputs([path, str(path), tmp_path])) == [str(path)]


def test_stdin_text_and_stdin_json_lines():
    [article] = read_articles(
        "-", stdin=io.BytesIO(b"Missiles hit Lviv on Sunday.\n"), published="2025-05-25"
    )
    assert (article.source, article.published) == ("-", "2025-05-25")
    lines = b'{"text": "Drones over Kursk.", "url": "u1"}\n{"text": "Shelling in Belgorod."}\n'
    articles = list(read_articles("-", stdin=io.BytesIO(lines)))
    assert [a.source for a in articles] == ["u1", "-:2"]


def test_stdin_json_lines_longer_than_the_sniffed_head():
    records = [{"text": f"Report {i}: " + "x" * 500} for i in range(50)]
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    articles = list(read_articles("-", stdin=io.BytesIO(data)))
    assert [a.text for a in articles] == [r["text"] for r in records]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\n\t\n", "is empty"),
        (b"Read More\nLeave a Reply\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Обстріл Харкова".encode("cp1251"), "not valid UTF-8"),
    ],
)
def test_unreadable_files_give_an_error_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = read_articles(path)
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert problem in error.problem
    assert str(path) in str(error)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_are_decoded(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes("Обстріл Харкова: двоє поранених.".encode(encoding))
    [article] = read_articles(path)
    assert article.text == "Обстріл Харкова: двоє поранених."


def test_bad_inputs_do_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("Drones over Sumy.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.txt").write_text("Missiles over Dnipro.")
    items = list(read_articles(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]


def test_a_100_megabyte_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    [error] = read_articles(path)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert "100.0 MB" in error.problem and "limit" in error.problem
    assert after - before < 30 * 1024  # kilobytes: nothing close to 100 MB was loaded


def test_overlong_json_lines_are_skipped_and_the_rest_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    long_record = json.dumps({"text": "x" * 5000})
    path.write_text(f'{{"text": "first"}}\n{long_record}\n{{"text": "last"}}\n')
    articles, errors = split(read_articles(path, max_bytes=1000))
    assert [a.text for a in articles] == ["first", "last"]
    assert [e.source for e in errors] == [f"{path}:2"]
    assert "longer than" in errors[0].problem


@pytest.mark.slow
def test_a_100_megabyte_json_lines_file_is_streamed_with_bounded_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    line = (json.dumps({"text": "Drones struck Kharkiv overnight. " * 30}) + "\n").encode()
    with open(path, "wb") as handle:
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = sum(1 for item in read_articles(path) if isinstance(item, Article))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert count == 100 * 1024 * 1024 // len(line) + 1
    assert after - before < 50 * 1024  # kilobytes


def test_unreadable_path_is_reported(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    if shutil.os.access(path, shutil.os.R_OK):  # running as root: permissions are not enforced
        pytest.skip("file permissions are not enforced for this user")
    [error] = read_articles(path)
    assert "cannot be read" in error.problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-24", "2025-05-24"),
        ("2025-05-24T23:10:00Z", "2025-05-24"),
        ("2025-05-24T23:10:00+03:00", "2025-05-24"),
        (dt.date(2025, 5, 24), "2025-05-24"),
        (dt.datetime(2025, 5, 24, 8, 0), "2025-05-24"),
        (None, None),
        ("", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "24/05/2025", "2025-13-01", 20250524])
def test_parse_published_rejects_non_dates(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published(value)


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Обстріл Харкова</title></head><body><article><p>Російські дрони атакували Харків уночі, "
        "поранено п'ятьох людей, повідомив голова обласної військової адміністрації.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    [article] = read_articles(path)
    assert "Російські дрони атакували Харків" in article.text


def test_json_files_in_directories_are_not_taken_for_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Drones over Sumy.")
    (tmp_path / "a.json").write_text(json.dumps({"text": "a.txt", "events": []}))
    assert [Path(a.source).name for a in read_articles(tmp_path)] == ["a.txt"]


def test_a_directory_without_articles_is_reported(tmp_path):
    (tmp_path / "notes.log").write_text("not an article")
    [error] = read_articles(tmp_path)
    assert error.source == str(tmp_path)
    assert "holds no article files (.txt" in error.problem
