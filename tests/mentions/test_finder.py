"""Entities and canonical actors on the seed article and on small hand-written snippets."""

import pandas as pd
import pytest

import toolkit
from toolkit import Article
from toolkit.mentions.tables import actor_index, actor_types, entities, resolve_mention


def snippet(text: str) -> Article:
    return toolkit.load_article(text)


def span_of(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)


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


def test_us_spellings_are_one_actor(seed):
    us = toolkit.actors(seed).set_index("actor").loc["United States"]
    assert set(us.aliases) == {"United States", "U.S.", "US"}
    df = entities(seed)
    assert set(df[df.text.isin(["US", "U.S.", "the United States", "The United States"])].actor) == {"United States"}


def test_model_fragments_are_repaired(seed):
    df = entities(seed)
    names = set(toolkit.actors(seed).actor)
    assert not {"Supreme", "Defense", "US National Security", "Patriot", "B-52", "F-15"} & names
    assert "Patriot" not in set(df[df.label == "PERSON"].text)
    assert set(df[df.label == "ORG"].text) == {"Pentagon"}


def test_repairs_are_general_on_the_raw_scrape(seed):
    """The raw page still has the dateline, "his Twitter page" and the READ MORE headline "Moscow Warns ..."."""
    raw = Article(raw=seed.raw, text=seed.raw, agency=seed.agency, tags=seed.tags)
    df = entities(raw)
    persons = set(df[df.label == "PERSON"].text)
    assert persons == {"Ali Khamenei", "Hassan Rouhani", "Khamenei", "John Bolton", "Patrick Shanahan"}
    assert df[df.text == "Sputnik"].label.tolist() == ["ORG"]
    assert "Moscow" in set(df[df.label == "GPE"].text)


def test_demonyms_link_to_their_country_only_when_asked(seed):
    plain = toolkit.actors(seed).set_index("actor")
    linked = toolkit.actors(seed, demonyms=True).set_index("actor")
    assert plain.loc["Americans", "type"] == "group" and "Americans" not in linked.index
    assert "Americans" in linked.loc["United States", "aliases"]
    assert "Iranian" in linked.loc["Iran", "aliases"] and linked.loc["Iran", "mentions"] > plain.loc["Iran", "mentions"]
    assert set(entities(seed)[lambda d: d.text == "Iranian"].actor) == {""}


def test_same_surname_goes_to_nearest_preceding_person():
    a = snippet(
        "Hillary Clinton met Bill Clinton in Little Rock on Monday. Clinton said the talks went well.\n\n"
        "Later, Hillary Clinton spoke to reporters. Clinton told them she was tired."
    )
    df = entities(a)
    assert df[df.text == "Clinton"].actor.tolist() == ["Bill Clinton", "Hillary Clinton"]
    people = toolkit.actors(a).query("type == 'person'")
    assert sorted(people.actor) == ["Bill Clinton", "Hillary Clinton"]


def test_role_phrases_resolve_to_the_one_holder():
    a = snippet(
        "Iran's Foreign Ministry said on Monday it had summoned the British ambassador. The ministry called it a protest."
        "\n\nForeign Minister Javad Zarif blamed the US. The foreign minister said Tehran would respond. "
        "Deputy Foreign Minister Abbas Araghchi agreed."
    )
    df = entities(a).set_index("text")
    assert df.loc["The ministry", "actor"] == "Foreign Ministry"
    assert df.loc["The foreign minister", "actor"] == "Javad Zarif"
    assert toolkit.actors(a).set_index("actor").loc["Abbas Araghchi", "roles"] == ["Deputy Foreign Minister"]


def test_role_phrase_with_two_holders_is_left_unresolved():
    a = snippet("US President Donald Trump called Russian President Vladimir Putin. The president said they talked.")
    assert resolve_mention(a, *span_of(a, "The president")) == ""
    assert "ROLE" not in set(entities(a).label)


def test_resolve_mention_on_the_seed(seed):
    assert resolve_mention(seed, *span_of(seed, "Khamenei", 1)) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "the supreme leader")) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "U.S.")) == "United States"
    assert resolve_mention(seed, *span_of(seed, "Acting US Defense Secretary Patrick Shanahan")) == "Patrick Shanahan"
    assert resolve_mention(seed, *span_of(seed, "Iranian Supreme Leader Ayatollah Ali Khamenei")) == "Ali Khamenei"
    assert resolve_mention(seed, *span_of(seed, "negotiations")) == ""
    assert resolve_mention(seed, -5, 3) == "" and resolve_mention(seed, 10, 10**6) == ""


def test_resolve_mention_uses_only_what_came_before():
    a = snippet("The president spoke first. Later, President Hassan Rouhani arrived. The president said he was ready.")
    assert resolve_mention(a, *span_of(a, "The president", 0)) == ""
    assert resolve_mention(a, *span_of(a, "The president", 1)) == "Hassan Rouhani"


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


def test_org_named_on_its_own_stays_an_org_before_a_title():
    a = snippet("Google CEO Sundar Pichai said the firm would invest. Pichai added that Google would hire people.")
    table = toolkit.actors(a).set_index("actor")
    assert table.loc["Google", "mentions"] == 2 and table.loc["Sundar Pichai", "roles"] == ["CEO"]


def test_empty_text_gives_empty_tables():
    empty = Article(raw="", text="")
    assert entities(empty).empty and toolkit.actors(empty).empty
    assert list(toolkit.actors(empty).columns) == ["actor", "type", "mentions", "aliases", "roles", "first_start"]
    assert resolve_mention(empty, 0, 0) == ""
    assert isinstance(entities(empty), pd.DataFrame)


def test_person_names_the_model_tagged_as_something_else():
    a = snippet(
        "Donald Trump spoke on Monday. The Trump campaign said it would appeal, and Trump supporters cheered.\n\n"
        "Melania Trump arrived later. Donald waved while Melania smiled."
    )
    df = entities(a)
    assert set(df[df.text == "Trump"].label) == {"PERSON"} and set(df[df.text == "Trump"].actor) == {"Donald Trump"}
    assert df[df.text == "Melania"].actor.tolist() == ["Melania Trump"]
    assert df[df.text == "Donald"].actor.tolist() == ["Donald Trump"]
    assert sorted(toolkit.actors(a).actor) == ["Donald Trump", "Melania Trump"]


def test_resolve_mention_of_a_role_with_its_country():
    a = snippet("Foreign Minister Javad Zarif met the press. Iran's foreign minister said Tehran would respond.")
    assert resolve_mention(a, *span_of(a, "Iran's foreign minister")) == "Javad Zarif"
    assert resolve_mention(a, *span_of(a, "Tehran")) == "Tehran"


def test_courtesy_titles_are_roles_not_names():
    a = snippet("Mrs. Theresa May spoke in London. Mr. Corbyn replied, and May answered him.")
    table = toolkit.actors(a).set_index("actor")
    assert table.loc["Theresa May", "roles"] == ["Mrs."] and table.loc["Theresa May", "mentions"] == 2
    assert "Mrs. Theresa May" not in set(entities(a).text)


def test_a_namesake_of_another_gender_is_another_person():
    a = snippet("Mr Michael Howard spoke first. Mrs Howard said she agreed. Mr Howard then left.")
    df = entities(a)
    assert df[df.text == "Howard"].actor.tolist() == ["Howard", "Michael Howard"]
    assert toolkit.actors(a).set_index("actor").loc["Howard", "roles"] == ["Mrs"]


def test_a_demonym_tagged_as_a_place_is_a_demonym():
    text = "Ukrainian troops advanced near Kharkiv on Monday, officials said."
    linked = entities(text, demonyms=True)
    assert linked[linked.text == "Ukrainian"][["label", "actor"]].values.tolist() == [["NORP", "Ukraine"]]
    assert "Ukrainian" not in set(toolkit.actors(text).actor)


def test_news_agencies_are_organisations_wherever_they_appear():
    text = "Defense Secretary Mark Esper wrote on his Twitter page that Sputnik was lying about the talks."
    assert toolkit.actors(text).set_index("actor").loc["Sputnik", "type"] == "organization"


def test_a_title_with_and_without_its_period_is_one_role():
    text = "Mr. John Smith met the press on Monday in London.\n\nThe talks, Mr Smith said, went well."
    assert toolkit.actors(text).set_index("actor").loc["John Smith", "roles"] == ["Mr."]


def test_strings_are_taken_as_they_are():
    table = entities("Iran said no to talks with Washington.")
    assert table[["text", "start", "end"]].values.tolist() == [["Iran", 0, 4], ["Washington", 27, 37]]
    with pytest.raises(toolkit.InputError, match="not int"):
        entities(42)
