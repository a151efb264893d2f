"""The lexicon layer: every table in toolkit/data loads through toolkit.lexicon, the accessors agree with each other
and with the patterns built from them, a row added to a table is honoured, and the word lists behave as before."""

from datetime import UTC, datetime
from importlib.resources import files
from types import MappingProxyType

import pytest

from toolkit import lexicon
from toolkit.cleaning.metadata import DATE_FILLER, ZONES, parse_timestamp
from toolkit.mentions.gender import title_gender
from toolkit.speech import cues
from toolkit.speech.direct import ABBREVIATION, _breaks, abbreviation_pattern
from toolkit.speech.marks import SINGLE_OPEN, find_quotes, single_open_pattern
from toolkit.speech.tables import quotes
from toolkit.speech.transcripts import _is_speaker

TABLES = sorted(p.name for p in (files("toolkit") / "data").iterdir() if p.name.endswith(".tsv"))
CACHED = [f for f in vars(lexicon).values() if hasattr(f, "cache_clear")] + [cues.cue_lexicon, cues.cue_objects]


def clear_caches() -> None:
    for accessor in CACHED:
        accessor.cache_clear()


@pytest.fixture
def added(monkeypatch):
    """Rows to add, per table name, to what ``read_table`` returns; the lexicon caches are cleared around the test."""
    rows: dict[str, list[dict[str, str]]] = {}
    read = lexicon.read_table

    def read_with_rows(name: str):
        return read(name) + tuple(MappingProxyType(row) for row in rows.get(name, []))

    clear_caches()
    monkeypatch.setattr(lexicon, "read_table", read_with_rows)
    monkeypatch.setattr(cues, "read_table", read_with_rows)
    yield rows
    clear_caches()


@pytest.mark.parametrize("name", TABLES)
def test_every_table_loads_with_all_its_columns(name):
    rows = lexicon.read_table(name)
    assert rows, name
    for row in rows:
        assert None not in row and None not in row.values(), (name, dict(row))


def test_tables_are_read_once_and_read_only():
    rows = lexicon.read_table("titles.tsv")
    assert lexicon.read_table("titles.tsv") is rows
    with pytest.raises(TypeError):
        rows[0]["kind"] = "office"


def test_new_tables_are_present():
    assert {"actor_types.tsv", "elisions.tsv", "time_zones.tsv", "transcript_labels.tsv"} <= set(TABLES)


def test_actor_type_accessors_agree():
    names = lexicon.type_names()
    assert names == ("person", "organization", "place", "group")
    assert tuple(lexicon.type_label()) == names == tuple(lexicon.type_colors())
    assert set(lexicon.label_types().values()) == set(names)
    assert all(lexicon.label_types()[lexicon.type_label()[t]] == t for t in names)
    assert {kind for _, kind in lexicon.aliases().values()} <= set(names)
    assert lexicon.label_types() == {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                                     "FAC": "place", "NORP": "group"}


def test_title_accessors_agree():
    kinds = {row["kind"] for row in lexicon.read_table("titles.tsv")}
    assert kinds == {"office", "honorific", "qualifier", "standin", "body", "abbreviation", "suffix"}
    assert set(lexicon.title_genders().values()) == {"m", "f"}
    assert set(lexicon.title_genders()) <= set(lexicon.titles())
    assert {"mr", "mr.", "sir", "mrs", "mrs.", "ms", "ms.", "madam", "dame"} <= set(lexicon.title_genders())
    assert all(word.endswith(".") for word in lexicon.abbreviations())
    assert not {"st.", "jr.", "sr."} & set(lexicon.titles()) and {"jr.", "iii"} <= lexicon.name_suffixes()
    assert all(title == title.lower() for title in lexicon.titles())


def test_the_patterns_are_built_from_the_tables():
    assert ABBREVIATION.pattern == abbreviation_pattern(lexicon.abbreviations()).pattern
    assert SINGLE_OPEN.pattern == single_open_pattern(lexicon.elisions()).pattern
    assert ZONES == lexicon.time_zones()
    assert all(DATE_FILLER.match(zone.lower()) for zone in ZONES)
    assert set(lexicon.transcript_labels().values()) == {"whole", "first-word"}
    assert set(cues.cue_lexicon().values()) <= set(cues.COMPLEMENTS) | {"source"}


def test_an_added_title_is_a_title_an_abbreviation_and_a_gender(added):
    added["titles.tsv"] = [{"title": "supt.", "kind": "office", "gender": ""},
                           {"title": "mme", "kind": "honorific", "gender": "f"}]
    assert lexicon.titles()["supt."] == "office" and "supt." in lexicon.abbreviations()
    assert abbreviation_pattern(lexicon.abbreviations()).sub("_", "Supt. Hale") == "_ Hale"
    assert lexicon.genders(["Mme"]) == {"f"}
    assert title_gender("Mme Jane Doe", 4) == "female"


def test_added_rows_of_the_other_tables_are_honoured(added):
    added["transcript_labels.tsv"] = [{"label": "EXCLUSIVE", "match": "whole"}]
    added["elisions.tsv"] = [{"elision": "cos"}]
    added["time_zones.tsv"] = [{"zone": "IST", "hours": "5.5"}]
    added["actor_types.tsv"] = [{"type": "product", "labels": "PRODUCT WORK_OF_ART", "color": "#8c564b"}]
    added["cue_verbs.tsv"] = [{"lemma": "opine", "class": "speech"}, {"lemma": "recount", "class": "speech",
                                                                       "object": "yes"}]
    added["first_names.tsv"] = [{"name": "zorione", "gender": "f"}]
    assert not _is_speaker("EXCLUSIVE") and _is_speaker("EXCLUSIVE SOURCE")
    assert not single_open_pattern(lexicon.elisions()).match("'cos")
    assert lexicon.time_zones()["IST"] == 19800
    assert lexicon.type_names()[-1] == "product" and lexicon.label_types()["WORK_OF_ART"] == "product"
    assert lexicon.type_label()["product"] == "PRODUCT" and lexicon.type_colors()["product"] == "#8c564b"
    assert cues.cue_lexicon()["opine"] == "speech" and cues.cue_objects()["recount"] == "yes"
    assert lexicon.name_genders("Zorione Etxeberria") == {"f"}


@pytest.mark.parametrize(
    "text, start, gender",
    [("Mrs. Jane Doe", 5, "female"), ("Ms Jane Doe", 3, "female"), ("Madam Jane Doe", 6, "female"),
     ("Dame Jane Doe", 5, "female"), ("Mr. John Doe", 4, "male"), ("Sir John Doe", 4, "male"),
     ("John Doe", 0, None), ("Dr. Jane Doe", 4, None)],
)
def test_titles_decide_a_pronouns_gender(text, start, gender):
    assert title_gender(text, start) == gender


def test_she_resolves_past_a_man_to_madam():
    table = quotes("Mr. John Smith met Madam Mary Jones in Paris. She said that the talks went well.")
    assert table[["speaker", "actor"]].values.tolist() == [["She", "Mary Jones"]]


@pytest.mark.parametrize("gap", [" Mr. Brandt ", " Gov. Newsom ", " St. Louis ", " King Jr. ", " J. Doe ",
                                 " Sen. Lt. Col. Roe "])
def test_abbreviation_periods_do_not_end_a_sentence(gap):
    assert not _breaks(gap)


def test_sentence_ends_still_break():
    assert _breaks(" he said. Then ") and _breaks(" Newsom. Then ")


@pytest.mark.parametrize("text", ["Let 'em in.", "Rock ’n’ roll.", "It was 'twas fine.", "It was 'cause of rain.",
                                  "Wait 'til dawn.", "In the '90s."])
def test_elisions_open_no_quote(text):
    assert not SINGLE_OPEN.search(text)
    assert find_quotes(text) == []


def test_a_single_quote_still_opens():
    text = "He called it 'a disgrace' today."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["a disgrace"]


@pytest.mark.parametrize("label, speaker", [("UPDATE", False), ("EDITOR’S NOTE", False), ("DEAR ABBY", False),
                                            ("PHASE ONE", False), ("NOTE TO READERS", True), ("WALLACE", True),
                                            ("Q", True), ("Update.", False)])
def test_transcript_labels(label, speaker):
    assert _is_speaker(label) is speaker


@pytest.mark.parametrize(
    "line, hour",
    [("8 July 2020 14:00 MSK", 11), ("Published 8 July 2020 09:30 EDT", 13),
     ("Updated: July 8, 2020 at 4:00 pm ET", 21), ("8 July 2020 14:00 gmt", 14)],
)
def test_zones_from_the_table(line, hour):
    stamp = parse_timestamp(line)
    assert stamp is not None and stamp.tzinfo == UTC and stamp.hour == hour
    assert stamp.date() == datetime(2020, 7, 8).date()
