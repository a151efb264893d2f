"""The demo command, the tables and the cleaning renderer."""

from toolkit import load_article
from toolkit.cli import main
from toolkit.render import cleaning
from toolkit.cleaning.tables import metadata_table, removed_table


def test_demo_prints_what_was_found_and_writes_the_report(tmp_path, capsys):
    report = tmp_path / "r.html"
    assert main(["demo", "-o", str(report)]) == 0
    out = capsys.readouterr().out
    assert f"report:    {report}" in out
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Ali Khamenei" in html
    assert "<script src=" not in html and html.count("js-plotly-plot") + html.count('id="tk-') >= 3
    assert "section:   Middle East" in out
    assert "dateline:  MOSCOW (Sputnik)" in out
    assert "body:      8 paragraphs" in out
    assert "listen-live: Listen Live" in out


def test_demo_reports_bad_input_without_traceback(tmp_path, capsys):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00" * 50)
    assert main(["demo", str(bad)]) == 2
    assert "x.txt looks binary" in capsys.readouterr().err


def test_tables():
    article = load_article()
    meta = metadata_table(article).set_index("field")["value"]
    assert meta["published"] == "2020-07-08T23:23:00+00:00" and meta["place"] == "MOSCOW"
    cuts = removed_table(article)
    assert list(cuts.columns) == ["start", "end", "reason", "text"]
    assert (cuts.text == [article.raw[s:e] for s, e in zip(cuts.start, cuts.end)]).all()


def test_cleaning_render_escapes_and_marks_every_cut():
    article = load_article("<b>Bold</b> claims & more were made by the minister on Monday.\n\nShare")
    html = cleaning(article)
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt; claims &amp; more" in html
    seed_html = cleaning(load_article())
    assert seed_html.count('class="tk-cut"') == len(load_article().removed)
    assert "tex2jax_ignore" in seed_html
    assert cleaning(load_article()) == seed_html
