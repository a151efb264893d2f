"""One API: every analysis and rendering function takes the article first (an Article, text or a spaCy Doc), every
option after it by keyword; the parse and the actor index are cached on the Article, never in ``article.meta``."""

import inspect
import subprocess
import sys

import pandas as pd
import pytest

import toolkit
from toolkit import render, widgets
from toolkit.cleaning import metadata_table, removed_table
from toolkit.errors import InputError
from toolkit.report import report

TEXT = (
    "Iranian officials met Russian diplomats in Moscow on Monday.\n"
    '"We will not negotiate under pressure," said Foreign Minister Javad Zarif. Iranian media called it a warning.'
)

ANALYSES = [toolkit.entities, toolkit.actors, toolkit.quotes, toolkit.cooccurrence, toolkit.terms, render.entities,
            render.quotes, widgets.figures, widgets.explore, report]


@pytest.mark.parametrize("function", ANALYSES, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_options_after_the_article_are_keyword_only(function):
    parameters = list(inspect.signature(function).parameters.values())
    assert parameters[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters[1:]), function.__name__


def test_a_positional_option_is_refused():
    with pytest.raises(TypeError):
        toolkit.terms(TEXT, "tags")


def test_a_doc_from_the_users_own_pipeline_is_used_as_it_is(nlp):
    doc = nlp(TEXT)
    found = toolkit.quotes(doc)
    assert found.loc[0, "speaker"] == "Foreign Minister Javad Zarif"
    assert TEXT[found.loc[0, "content_start"] : found.loc[0, "content_end"]] == "We will not negotiate under pressure"
    assert toolkit.entities(doc).equals(toolkit.entities(TEXT))
    assert toolkit.parse(doc) is doc
    assert "Javad Zarif" in render.entities(doc, labels="PERSON")


def test_a_doc_without_a_parser_is_refused_clearly():
    import spacy

    blank = spacy.blank("en")(TEXT)
    with pytest.raises(InputError, match="no a dependency parse and no named entities"):
        toolkit.quotes(blank)


def test_parse_and_actor_index_are_cached_on_the_article_not_in_meta():
    article = toolkit.load_article(TEXT)
    toolkit.actors(article)
    assert article.meta == {} or not any(key.startswith("_") for key in article.meta)
    doc = article.doc
    assert doc is not None and toolkit.parse(article) is doc
    article.text = article.text.replace("Monday", "Friday")
    assert article.doc is None
    assert toolkit.parse(article).text.endswith("a warning.") and "Friday" in toolkit.parse(article).text


def test_demonyms_reach_every_function_that_resolves_actors():
    with_demonyms = set(toolkit.actors(TEXT, demonyms=True).actor)
    assert "Iran" in with_demonyms and "Iran" not in set(toolkit.actors(TEXT).actor)
    pairs = toolkit.cooccurrence(TEXT, window="paragraph", demonyms=True)
    assert "Iran" in set(pairs.source) | set(pairs.target)
    assert "Iran" in set(toolkit.terms(TEXT, kind="entities", demonyms=True).term)
    assert "Iran" in set(toolkit.entities(TEXT, demonyms=True).actor)
    said = toolkit.quotes(TEXT, demonyms=True)
    assert set(said.actor) - {""} <= with_demonyms


def test_render_entities_takes_a_precomputed_table(seed):
    table = toolkit.entities(seed)
    only = table[table.actor == "Ali Khamenei"]
    html = render.entities(seed, table=only)
    assert html.count("<mark") == len(only) and 'title="Ali Khamenei"' in html
    with pytest.raises(InputError, match="render.entities"):
        render.entities(seed, table=only.drop(columns=["actor"]))


def test_render_quotes_refuses_a_table_missing_columns(seed):
    with pytest.raises(InputError, match="render.quotes"):
        render.quotes(seed, table=pd.DataFrame({"kind": ["direct"]}))


def test_tables_cleaning_view_and_report_take_a_string():
    assert metadata_table(TEXT).set_index("field").loc["words", "value"] == str(len(TEXT.split()))
    assert removed_table(TEXT).empty
    scrape = "Share this article\n" + TEXT
    assert 'title="share"' in render.cleaning(scrape)
    assert "Javad Zarif" in report(TEXT)


def test_import_toolkit_is_light_and_python_m_toolkit_runs():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, toolkit; print(sorted(m for m in ('spacy', 'plotly', 'ipywidgets', "
                               "'pandas') if m in sys.modules))"],
        capture_output=True, text=True, check=True,
    )
    assert loaded.stdout.strip() == "[]"
    helped = subprocess.run([sys.executable, "-m", "toolkit", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "demo" in helped.stdout


def test_no_module_shares_its_name_with_an_exported_function():
    import pkgutil

    names = {m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(toolkit.__path__, "toolkit.")}
    functions = {name for name in toolkit.__all__ if callable(getattr(toolkit, name))
                 and not inspect.isclass(getattr(toolkit, name)) and not inspect.ismodule(getattr(toolkit, name))}
    assert functions and not names & functions
