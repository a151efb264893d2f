"""Corpus runs: every engine gives the same tables as the per-article functions, a stored run resumes after a
kill without losing or repeating an article, and a failing article is named without stopping the run."""

import json
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.corpus.run import sample_corpus_path
from toolkit.corpus.tables import TABLES


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The first ten articles of the sample corpus, as a CSV file of their own."""
    path = tmp_path_factory.mktemp("corpus") / "small.csv"
    pd.read_csv(sample_corpus_path(), dtype=str, keep_default_na=False).iloc[::6].head(10).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def reference(small):
    return toolkit.analyze_corpus(small, text_column="body_text", progress=False, batch_size=3)


def plain(table: pd.DataFrame) -> list:
    """Rows as JSON-able values, so tables read back from Parquet (arrays) compare with those built in memory."""

    def value(cell):
        if isinstance(cell, (list, tuple, np.ndarray)):
            return [value(c) for c in cell]
        if isinstance(cell, (np.integer, np.floating)):
            return cell.item()
        if isinstance(cell, pd.Timestamp):
            return cell.isoformat()
        return None if cell is pd.NaT or (isinstance(cell, float) and cell != cell) else cell

    return [[value(c) for c in row] for row in table.itertuples(index=False)]


def test_tables_match_the_per_article_functions(small, reference):
    articles = list(toolkit.load_corpus(small, text_column="body_text"))
    assert reference.articles["id"].tolist() == list(range(len(articles))) == list(range(10))
    assert reference.articles["outlet"].nunique() >= 4
    for i in (0, 7):
        quotes = reference.quotes[reference.quotes.article == i].drop(columns="article").reset_index(drop=True)
        assert quotes.equals(toolkit.quotes(articles[i]))
        actors = reference.actors[reference.actors.article == i].drop(columns="article").reset_index(drop=True)
        assert plain(actors) == plain(toolkit.actors(articles[i]))
    assert set(reference.entities.article) == set(range(10)) and reference.failures.empty


def test_two_processes_give_the_same_tables(small, reference):
    twice = toolkit.analyze_corpus(small, text_column="body_text", progress=False, batch_size=2, n_process=2)
    for name in TABLES:
        assert plain(getattr(twice, name)) == plain(getattr(reference, name)), name


def test_dask_on_a_local_cluster_of_two_workers_gives_the_same_tables(small, reference):
    pytest.importorskip("distributed")
    on_dask = toolkit.analyze_corpus(small, text_column="body_text", progress=False, batch_size=4, engine="dask",
                                     n_process=2)
    for name in TABLES:
        assert plain(getattr(on_dask, name)) == plain(getattr(reference, name)), name


def test_a_stored_run_killed_midway_resumes_without_loss_or_repeats(small, reference, tmp_path):
    out = tmp_path / "run"
    script = textwrap.dedent(f"""
        import toolkit
        toolkit.analyze_corpus({str(small)!r}, text_column="body_text", out={str(out)!r}, batch_size=1,
                               progress=False)
    """)
    process = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "articles").glob("part-*.parquet"))) < 3:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = toolkit.open_corpus(out)
    assert 3 <= len(partial.articles) < 10, "the run was not interrupted midway"
    resumed = toolkit.analyze_corpus(small, text_column="body_text", out=out, batch_size=1, progress=False)
    assert sorted(resumed.articles["id"]) == list(range(10))
    for name in TABLES:
        assert plain(getattr(resumed, name)) == plain(getattr(reference, name)), name
    assert not [p for p in out.rglob(".*.tmp")] or all(p.parent.name for p in out.rglob(".*.tmp"))


def test_a_stored_run_reopens_and_refuses_other_settings(small, tmp_path):
    out = tmp_path / "run"
    first = toolkit.analyze_corpus(small, text_column="body_text", out=out, progress=False)
    again = toolkit.open_corpus(out)
    assert again.path == out and plain(again.quotes) == plain(first.quotes)
    assert json.loads((out / "manifest.json").read_text())["text_column"] == "body_text"
    with pytest.raises(toolkit.InputError, match="other settings"):
        toolkit.analyze_corpus(small, text_column="body_text", out=out, demonyms=True, progress=False)


def test_a_long_article_is_parsed_in_pieces_and_one_too_long_is_named(nlp, monkeypatch):
    import toolkit.nlp

    monkeypatch.setattr(nlp, "max_length", 2_000)
    monkeypatch.setattr(toolkit.nlp, "MAX_CHARS", 5_000)
    said = "".join(f"Minister {n} said that the talks would resume in week {n}.\n\n" for n in range(100))
    corpus = pd.DataFrame({"text": [said, said[: len(said) * 3 // 5], "The minister said talks would resume."]})
    result = toolkit.analyze_corpus(corpus, progress=False)
    assert result.articles["id"].tolist() == [1, 2]
    assert result.failures["article"].tolist() == [0] and "MAX_CHARS" in result.failures.loc[0, "error"]
    assert len(said) > 5_000 and 2_000 < len(said) * 3 // 5 < 5_000
    assert (result.quotes.article == 1).sum() == said[: len(said) * 3 // 5].count(" said that")
    assert "1 articles failed" in result.summary()


@pytest.mark.parametrize("option", [{"engine": "spark"}, {"n_process": 0}, {"batch_size": -1}, {"errors": "bogus"}])
def test_bad_options_are_refused(option):
    with pytest.raises(toolkit.InputError):
        toolkit.analyze_corpus(["x.txt"], progress=False, **option)


def test_open_corpus_on_a_missing_folder(tmp_path):
    with pytest.raises(toolkit.InputError, match="does not exist"):
        toolkit.open_corpus(tmp_path / "nothing")


def test_the_command_line_writes_the_tables_and_prints_a_summary(small, tmp_path):
    out = tmp_path / "cli"
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze-corpus", str(small), "--out", str(out),
                           "--text-column", "body_text"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("10 articles from") and "most mentioned:" in done.stdout
    assert len(toolkit.open_corpus(out).articles) == 10
    missing = subprocess.run([sys.executable, "-m", "toolkit", "analyze-corpus", str(tmp_path / "none"), "--out",
                              str(tmp_path / "o")], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.startswith("toolkit: ")
