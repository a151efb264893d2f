"""The command line: ``toolkit demo`` tells the whole story of the sample article, ``toolkit report`` writes the
report, bad input gives one line and a non-zero exit."""

import subprocess
import sys

import pytest

from toolkit.cli import main, summary


@pytest.fixture(scope="module")
def story(seed) -> str:
    return summary(seed)


def _section(story: str, heading: str) -> list[str]:
    """The lines of the section that starts with ``heading``, without the heading."""
    block = next(part for part in story.split("\n\n") if part.startswith(heading))
    return [line for line in block.splitlines()[1:] if line.startswith("  ")]


def test_story_fits_a_terminal_in_order(story):
    assert max(len(line) for line in story.splitlines()) <= 100
    headings = ["ARTICLE", "CUT", "ACTORS", "QUOTES", "CO-OCCURRENCES", "KEYWORDS"]
    assert [part.split()[0] for part in story.split("\n\n")] == headings


def test_story_metadata_and_cuts(story):
    article = _section(story, "ARTICLE")
    assert "  source     sputnik_iran_2020-07-08.txt (toolkit sample)" in article
    assert "  published  2020-07-08 23:23+00:00" in article
    assert "  section    Middle East" in article and "  dateline   MOSCOW (Sputnik)" in article
    assert "  author     -" in article and "  body       8 paragraphs, 296 words" in article
    tags = article[article.index("  author     -") + 1]
    assert tags.startswith("  tags       negotiations, sanctions, Hassan Rouhani")
    cuts = _section(story, "CUT")
    assert story.split("\n\n")[1].startswith("CUT  11 pieces of the raw text")
    assert cuts[0].startswith("  by reason  related headline 3, timestamp 1")
    assert "  [22:33]      listen-live       Listen Live" in cuts and cuts[-1] == "  … and 3 more"


def test_story_actors_with_roles(story):
    actors = {line.split("  ")[1]: line for line in _section(story, "ACTORS")}
    assert actors["Ali Khamenei"].split()[:3] == ["Ali", "Khamenei", "person"]
    assert "  5  Supreme Leader, Ayatollah  Khamenei" in actors["Ali Khamenei"]
    assert actors["Patrick Shanahan"].endswith("Acting Defense Secretary")
    assert actors["United States"].endswith("U.S., US")
    assert list(actors)[:3] == ["name", "United States", "Iran"]


def test_story_quotes_with_speaker_actor_and_cue(story):
    lines = _section(story, "QUOTES")
    assert len(lines) == 20
    wrote = next(i for i, line in enumerate(lines) if " wrote " in line)
    assert lines[wrote] == "   3.  direct    wrote         Khamenei -> Ali Khamenei"
    assert lines[wrote + 1].startswith("       By returning to the negotiation table, they mean negotiating with U.S.")
    assert lines[wrote + 1].endswith("…") and len(lines[wrote + 1]) <= 100
    assert "  10.  indirect  saying        Acting US Defense Secretary Patrick Shanahan -> Patrick Shanahan" in lines


def test_story_pairs_and_keywords(story):
    pairs = _section(story, "CO-OCCURRENCES")
    assert pairs[:3] == ["  weight  pair", "       6  Iran <-> United States", "       3  Ali Khamenei <-> Iran"]
    assert len(pairs) == 1 + 8
    keywords = _section(story, "KEYWORDS")
    assert keywords[1].split() == ["1", "United", "States", "16.5", "11"]
    assert len(keywords) == 1 + 10


def test_narrow_width_keeps_speaker_and_actor(seed):
    lines = summary(seed, width=70).splitlines()
    assert "   3.  direct    wrote         Khamenei -> Ali Khamenei" in lines
    assert any(line.endswith("… -> Patrick Shanahan") for line in lines)
    assert max(len(line) for line in lines) <= 70
    assert "  Ali Khamenei      person               5  Supreme Leade…  Khamenei" in lines


def test_demo_prints_the_story_and_writes_the_report(tmp_path, capsys):
    report = tmp_path / "r.html"
    assert main(["demo", "-o", str(report)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ARTICLE\n") and "Ali Khamenei -> " not in out.splitlines()[0]
    assert "   3.  direct    wrote         Khamenei -> Ali Khamenei" in out
    assert out.rstrip().endswith(f"report:    {report}")
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Ali Khamenei" in html
    assert "<script src=" not in html and html.count("js-plotly-plot") + html.count('id="tk-') >= 3


def test_report_writes_only_the_report(tmp_path, capsys):
    report = tmp_path / "r.html"
    assert main(["report", "-o", str(report)]) == 0
    assert capsys.readouterr().out == f"report:    {report}\n"


def test_python_dash_m_toolkit_demo_runs(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "toolkit", "demo", "-o", str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Ali Khamenei" in run.stdout and "CO-OCCURRENCES" in run.stdout and (tmp_path / "r.html").exists()


def test_missing_file_is_one_line_and_non_zero(tmp_path, capsys):
    missing = tmp_path / "nowhere.txt"
    assert main(["demo", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.splitlines() == [f"toolkit: no such file: {missing}"]


def test_bad_input_without_traceback(tmp_path, capsys):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00" * 50)
    assert main(["demo", str(bad)]) == 2
    assert "x.txt looks binary" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    import toolkit.cli

    def broken(article, out):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(toolkit.cli, "write_report", broken)
    assert main(["report"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected ZeroDivisionError: a bug" in err and "--debug" in err
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "report"])


def test_a_corpus_run_names_a_skipped_file_in_one_line(tmp_path):
    (tmp_path / "good.txt").write_text("The mayor of Springfield said on Monday that the schools would reopen. " * 3)
    (tmp_path / "empty.txt").write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "toolkit", "analyze-corpus", str(tmp_path), "--out",
                          str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "1 document was not loaded" in run.stdout
    warned = [line for line in run.stderr.splitlines() if "InputWarning" in line]
    assert len(warned) == 1 and warned[0].startswith("toolkit: InputWarning: skipped")
    assert "empty.txt is empty" in warned[0]
    assert "numbered = " not in run.stderr  # no source line of ours
