"""The entity highlighter: escaped, deterministic displaCy HTML with the canonical actor in each tooltip."""

from html.parser import HTMLParser

import pytest

import toolkit
from toolkit import render


class Marks(HTMLParser):
    """Collects each <mark>'s title and text, and checks that tags nest."""

    def __init__(self):
        super().__init__()
        self.marks, self.stack, self.inside = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "img"):
            return
        self.stack.append(tag)
        if tag == "mark":
            self.inside = [dict(attrs)["title"], ""]
        elif tag == "span" and self.inside:
            self.marks.append(tuple(self.inside))
            self.inside = None

    def handle_endtag(self, tag):
        if tag == "br":
            return
        assert self.stack.pop() == tag

    def handle_data(self, data):
        if self.inside:
            self.inside[1] += data.strip()


def parse_marks(html):
    parser = Marks()
    parser.feed(html)
    assert parser.stack == []
    return parser.marks


def test_every_entity_is_marked_with_its_actor(seed):
    html = render.entities(seed)
    table = toolkit.entities(seed)
    marks = parse_marks(html)
    assert len(marks) == len(table)
    assert ("Ali Khamenei", "Khamenei") in marks and ("United States", "U.S.") in marks
    assert ("Ali Khamenei", "the supreme leader") in marks
    assert ("Absolute or relative dates or periods", "Wednesday") in marks
    assert html.startswith('<div class="tex2jax_ignore">')


def test_label_picker_and_colors(seed):
    html = render.entities(seed, labels=["person", "ROLE"], colors={"PERSON": "#123456"})
    marks = parse_marks(html)
    assert {title for title, _ in marks} == {"Ali Khamenei", "Hassan Rouhani", "John Bolton", "Patrick Shanahan"}
    assert html.count("#123456") == len(marks) - 1  # the role phrase keeps its own colour
    assert parse_marks(render.entities(seed, labels=[])) == []


def test_html_is_escaped_and_deterministic():
    text = 'Donald Trump wrote <script>alert("x")</script> & left.\n\nTrump said "$5" was fair.'
    a = toolkit.load_article(text)
    html = render.entities(a)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert render.entities(a) == html
    assert ("Donald Trump", "Trump") in parse_marks(html)


def test_saved_file_renders(seed, tmp_path):
    path = tmp_path / "entities.html"
    path.write_text(f"<!doctype html><meta charset='utf-8'>{render.entities(seed)}", encoding="utf-8")
    assert len(parse_marks(path.read_text(encoding="utf-8"))) == len(toolkit.entities(seed))


def test_one_label_as_a_string_and_colours_that_cannot_break_out(seed):
    one = render.entities(seed, labels="PERSON").count("<mark")
    assert one == render.entities(seed, labels=["PERSON"]).count("<mark") > 0
    with pytest.raises(toolkit.InputError, match="CSS colours"):
        render.entities(seed, colors={"PERSON": 'red"><script>alert(1)</script>'})
    assert "rgb(1, 2, 3)" in render.entities(seed, colors={"GPE": "rgb(1, 2, 3)"})
