"""The entity and actor tables and the mention resolver: columns, offsets, caching, empty and string input."""

import pandas as pd
import pytest

import toolkit
from toolkit import Article
from toolkit.mentions.tables import actor_index, actor_types, entities, resolve_mention

from .spans import snippet, span_of


def test_entity_rows_carry_offsets_into_the_text(seed):
    df = entities(seed)
    assert list(df.columns) == ["text", "label", "start", "end", "sentence", "paragraph", "actor"]
    assert all(seed.text[r.start : r.end] == r.text for r in df.itertuples())
    for r in df.itertuples():
        paragraph = seed.paragraphs[r.paragraph]
        assert paragraph.start <= r.start < r.end <= paragraph.end
    assert df.sentence.is_monotonic_increasing and df.paragraph.max() == len(seed.paragraphs) - 1


def test_non_actors_have_no_actor(seed):
    df = entities(seed)
    assert set(df[df.label.isin(["DATE", "PRODUCT", "CARDINAL"])].actor) == {""}
    assert {"B-52", "F-15"} <= set(df[df.label == "PRODUCT"].text)


def test_seed_actor_table(seed):
    table = toolkit.actors(seed)
    assert list(table.columns) == ["actor", "type", "mentions", "aliases", "roles", "first_start"]
    by_name = table.set_index("actor")
    people = set(table[table.type == "person"].actor)
    assert people == {"Ali Khamenei", "Hassan Rouhani", "John Bolton", "Patrick Shanahan"}
    khamenei = by_name.loc["Ali Khamenei"]
    assert khamenei.roles == ["Supreme Leader", "Ayatollah"]
    assert khamenei.mentions == 5  # two full names, two surnames, "the supreme leader"
    assert khamenei.first_start == seed.text.index("Ali Khamenei")
    assert by_name.loc["Hassan Rouhani", "roles"] == ["President"]
    assert by_name.loc["John Bolton", "roles"] == ["National Security Adviser"]
    assert by_name.loc["Patrick Shanahan", "roles"] == ["Acting Defense Secretary"]
    assert by_name.loc["Pentagon", "type"] == "organization"
    assert table.first_start.is_monotonic_increasing


def test_resolve_mention_on_the_seed(seed):
    assert resolve_mention(seed, *span_of(seed, "Khamenei", 1)) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "the supreme leader")) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "U.S.")) == "United States"
    assert resolve_mention(seed, *span_of(seed, "Acting US Defense Secretary Patrick Shanahan")) == "Patrick Shanahan"
    assert resolve_mention(seed, *span_of(seed, "Iranian Supreme Leader Ayatollah Ali Khamenei")) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "negotiations")) == ""
    assert resolve_mention(seed, -5, 3) == "" and resolve_mention(seed, 10, 10**6) == ""


def test_resolve_mention_does_not_reparse(seed, monkeypatch):
    entities(seed)
    doc, index = seed.doc, actor_index(seed)
    monkeypatch.setattr(toolkit.nlp, "load_model", lambda *a, **k: pytest.fail("parsed again"))
    for _ in range(3):
        assert resolve_mention(seed, *span_of(seed, "Khamenei", 2)) == "Ali Khamenei"
    assert seed.doc is doc and actor_index(seed) is index


def test_index_is_rebuilt_when_the_text_changes():
    a = snippet("Hassan Rouhani spoke in Tehran.")
    assert set(toolkit.actors(a).actor) == {"Hassan Rouhani", "Tehran"}
    a.text = "Angela Merkel spoke in Berlin."
    assert set(toolkit.actors(a).actor) == {"Angela Merkel", "Berlin"}


def test_actor_types(seed):
    types = actor_types(seed)
    assert types["Ali Khamenei"] == "person" and types["Iran"] == "place" and types["Pentagon"] == "organization"


def test_empty_text_gives_empty_tables():
    empty = Article(raw="", text="")
    assert entities(empty).empty and toolkit.actors(empty).empty
    assert list(toolkit.actors(empty).columns) == ["actor", "type", "mentions", "aliases", "roles", "first_start"]
    assert resolve_mention(empty, 0, 0) == ""
    assert isinstance(entities(empty), pd.DataFrame)


def test_strings_are_taken_as_they_are():
    table = entities("Iran said no to talks with Washington.")
    assert table[["text", "start", "end"]].values.tolist() == [["Iran", 0, 4], ["Washington", 27, 37]]
    with pytest.raises(toolkit.InputError, match="not int"):
        entities(42)
