"""Command line: ``toolkit demo [SOURCE]`` prints the story of an article (the embedded one by default): metadata and
cuts, actors and their roles, who says what, who appears with whom and the top keywords, then writes its report;
``toolkit report [SOURCE] -o report.html`` writes the report only; ``toolkit analyze-corpus SOURCE --out DIR``
analyses a whole corpus into Parquet tables (resumable) and prints a summary."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import textwrap
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from toolkit.article import Article
from toolkit.errors import ToolkitError
from toolkit.reading.sources import SAMPLE, load_article

WIDTH = 100
SHOWN_CUTS = 8
SHOWN_PAIRS = 8
SHOWN_KEYWORDS = 10
COLUMN = 40


def summary(article: Article, *, width: int = WIDTH) -> str:
    """The story of ``article`` in plain text, lines at most ``width`` long: metadata, what was cut and why, the
    actors with their roles, each quote with its speaker, the strongest co-occurrences and the top keywords.

    >>> text = summary(load_article())
    >>> print(text.splitlines()[1])
      source     sputnik_iran_2020-07-08.txt (toolkit sample)
    >>> print(next(line for line in text.splitlines() if " wrote " in line))
       3.  direct    wrote         Khamenei -> Ali Khamenei
    """
    parts = []
    for section in [_article_lines, _cut_lines, _actor_lines, _quote_lines, _pair_lines, _keyword_lines]:
        heading, *lines = section(article, width)
        parts.append("\n".join([textwrap.fill(heading, width, subsequent_indent="  "), *lines]))
    return "\n\n".join(parts)


def _clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis if longer.

    >>> _clip("Iran will not hold negotiations", 12)
    'Iran will n…'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def _field(name: str, value: str, width: int) -> list[str]:
    """A ``name  value`` line, the value wrapped under itself.

    >>> _field("tags", "Iran, sanctions, talks", 24)
    ['  tags       Iran,', '             sanctions,', '             talks']
    """
    head = f"  {name:<10} "
    indent = " " * len(head)
    return textwrap.wrap(value or "-", width, initial_indent=head, subsequent_indent=indent, break_on_hyphens=False)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int, right: Sequence[int] = ()) -> list[str]:
    """Columns padded to their widest cell (at most ``COLUMN`` wide, narrowed from the right if the table would not
    fit ``width``; those in ``right`` aligned right), the last one clipped to fit.

    >>> print("\\n".join(_table(["name", "n", "roles"], [["Iran", "8", "-"]], 30, right=[1])))
      name  n  roles
      Iran  8  -
    """
    cells = [list(header), *([" ".join(str(cell).split()) for cell in row] for row in rows)]
    sizes = [min(max(len(row[i]) for row in cells), COLUMN) for i in range(len(header) - 1)]
    for i in reversed(range(len(sizes))):  # too wide: narrow the columns from the right, down to 8
        sizes[i] -= max(min(sizes[i] - 8, sum(size + 2 for size in sizes) + 12 - width), 0)
    last = max(width - 2 - sum(size + 2 for size in sizes), 10)
    lines = []
    for row in cells:
        padded = [
            _clip(cell, size).rjust(size) if i in right else _clip(cell, size).ljust(size)
            for i, (cell, size) in enumerate(zip(row, sizes, strict=False))
        ]
        lines.append("  " + "  ".join([*padded, _clip(row[-1], last)]).rstrip())
    return lines


def _article_lines(article: Article, width: int) -> list[str]:
    source = article.source or "text"
    if source.endswith(SAMPLE):
        source = f"{SAMPLE} (toolkit sample)"
    published = article.published.isoformat(sep=" ", timespec="minutes") if article.published else ""
    fields = [
        ("source", source),
        ("title", article.title or ""),
        ("published", published),
        ("section", article.section or ""),
        ("dateline", f"{article.place or '-'}{f' ({article.agency})' if article.agency else ''}"),
        ("author", article.author or ""),
        ("tags", ", ".join(article.tags)),
        ("body", f"{len(article.paragraphs)} paragraphs, {len(article.text.split())} words"),
        *(("related", title) for title in article.related),
    ]
    return ["ARTICLE"] + [line for name, value in fields for line in _field(name, value, width)]


def _cut_lines(article: Article, width: int) -> list[str]:
    cuts = article.removed
    chars = sum(len(cut.text) for cut in cuts)
    lines = [f"CUT  {len(cuts)} pieces of the raw text, {chars} characters (toolkit.cleaning.removed_table)"]
    if not cuts:
        return lines
    reasons = Counter(cut.reason for cut in cuts).most_common()
    lines += _field("by reason", ", ".join(f"{reason} {n}" for reason, n in reasons), width)
    rows = [[f"[{cut.start}:{cut.end}]", cut.reason, cut.text] for cut in cuts[:SHOWN_CUTS]]
    lines += _table(["where", "reason", "text"], rows, width)
    if len(cuts) > SHOWN_CUTS:
        lines.append(f"  … and {len(cuts) - SHOWN_CUTS} more")
    return lines


def _actor_lines(article: Article, width: int) -> list[str]:
    from toolkit.mentions import actors

    table = actors(article)
    lines = [f"ACTORS  {len(table)} found, most mentioned first (toolkit.actors)"]
    if table.empty:
        return [*lines, "  (none)"]
    table = table.sort_values("mentions", ascending=False, kind="stable")
    rows = [
        [r.actor, r.type, str(r.mentions), ", ".join(r.roles), ", ".join(a for a in r.aliases if a != r.actor)]
        for r in table.itertuples(index=False)
    ]
    return lines + _table(["name", "type", "mentions", "roles", "also written"], rows, width, right=[2])


def _quote_lines(article: Article, width: int) -> list[str]:
    from toolkit.speech import quotes

    table = quotes(article)
    direct = int((table["kind"] == "direct").sum())
    lines = [f"QUOTES  {len(table)} attributions, {direct} direct, in reading order: speaker -> actor (toolkit.quotes)"]
    if table.empty:
        return [*lines, "  (none)"]
    indent = " " * 7
    cue = max(len(c) for c in table["cue"])
    for n, row in enumerate(table.itertuples(index=False), 1):
        head = f"  {n:>2}.  {row.kind:<8}  {(row.cue or '-'):<{cue}}  "
        actor = f" -> {row.actor or '(no actor)'}"
        speaker = _clip(row.speaker, max(width - len(head) - len(actor), 12)) if row.speaker else "(no speaker)"
        lines.append(head + _clip(speaker + actor, max(width - len(head), 12)))
        lines.append(indent + _clip(row.content, width - len(indent)))
    return lines


def _pair_lines(article: Article, width: int) -> list[str]:
    from toolkit.explore import cooccurrence

    edges = cooccurrence(article, window="sentence")
    shown = min(len(edges), SHOWN_PAIRS)
    lines = [f"CO-OCCURRENCES  strongest {shown} of {len(edges)} actor pairs sharing a sentence (toolkit.cooccurrence)"]
    if edges.empty:
        return [*lines, "  (none)"]
    rows = [[str(e.weight), f"{e.source} <-> {e.target}"] for e in edges.head(SHOWN_PAIRS).itertuples(index=False)]
    return lines + _table(["weight", "pair"], rows, width, right=[0])


def _keyword_lines(article: Article, width: int) -> list[str]:
    from toolkit.explore import terms

    table = terms(article, kind="keywords", top=SHOWN_KEYWORDS)
    lines = [f"KEYWORDS  top {len(table)}: nouns, names and adjectives by count, names x1.5 (toolkit.terms)"]
    if table.empty:
        return [*lines, "  (none)"]
    rows = [[str(i), t.term, f"{t.weight:g}", str(t.count)] for i, t in enumerate(table.itertuples(index=False), 1)]
    return lines + _table(["#", "term", "weight", "count"], rows, width, right=[0, 2, 3])


def write_report(article: Article, out: Path) -> Path:
    """Write the self-contained HTML report of ``article`` to ``out``."""
    from toolkit.report import report

    out.write_text(report(article), encoding="utf-8")
    return out


def _one_line_warning(message: Warning | str, category: type[Warning], *_: object, **__: object) -> str:
    return f"toolkit: {category.__name__}: {message}\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 with one ``toolkit: ...`` line on bad input).

    >>> main(["demo", "/no/such/file.txt"])
    2
    """
    parser = argparse.ArgumentParser(prog="toolkit", description="Read news articles closely.")
    commands = parser.add_subparsers(dest="command", required=True)
    _corpus_parser(commands)
    helps = {
        "demo": "print the story of the article (metadata, cuts, actors, quotes, pairs, keywords), write the report",
        "report": "write a self-contained HTML report (plotly inlined, opens offline)",
    }
    for name, text in helps.items():
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("source", nargs="?", help="a .txt/.html/.json file; omit for the embedded Sputnik article")
        command.add_argument("-o", "--output", type=Path, default=Path("report.html"), help="where to write the report")
    parser.add_argument("--debug", action="store_true", help="show the Python traceback when something fails")
    args = parser.parse_args(argv)
    shown = warnings.formatwarning
    if not args.debug:  # a warning is one line naming the file and the problem, not the code that raised it
        warnings.formatwarning = _one_line_warning
    try:
        if args.command == "analyze-corpus":
            return _analyze_corpus(args)
        article = load_article(args.source)
        if args.command == "demo":
            print(summary(article, width=max(60, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))) + "\n")
        out = write_report(article, args.output)
        print(f"report:    {out.resolve()}")
    except BrokenPipeError:  # the reader stopped early (toolkit demo | head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (ToolkitError, OSError) as err:
        if args.debug:
            raise
        print(f"toolkit: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # a bug of ours: one line, and the traceback on request
        if args.debug:
            raise
        print(f"toolkit: {args.source or 'the sample'}: unexpected {type(err).__name__}: {err} (run with --debug "
              "for the traceback, and please report it)", file=sys.stderr)
        return 1
    finally:
        warnings.formatwarning = shown
    return 0


def _corpus_parser(commands: argparse._SubParsersAction) -> None:
    text = "analyse every article of a corpus into Parquet tables (rerun to resume) and print a summary"
    command = commands.add_parser("analyze-corpus", help=text, description=text)
    command.add_argument("source", nargs="?", help="a folder, glob, .csv or .jsonl file; omit for the sample corpus")
    command.add_argument("--out", type=Path, required=True, help="folder for the tables (a rerun resumes it)")
    command.add_argument("--text-column", help="the column holding the text in CSV/JSON Lines files")
    command.add_argument("--n-process", type=int, default=1, help="worker processes (or Dask workers)")
    command.add_argument("--batch-size", type=int, default=32, help="articles per batch and Parquet file")
    command.add_argument("--engine", choices=["local", "dask"], default="local")
    command.add_argument("--scheduler", help="a Dask scheduler address (tcp://host:8786); default: a local cluster")


def _analyze_corpus(args: argparse.Namespace) -> int:
    """Run ``toolkit analyze-corpus``: the progress bar on stderr, the summary on stdout."""
    from toolkit.corpus import analyze_corpus

    result = analyze_corpus(args.source, out=args.out, text_column=args.text_column, n_process=args.n_process,
                            batch_size=args.batch_size, engine=args.engine, scheduler=args.scheduler)
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
