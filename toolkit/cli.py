"""Command line: ``toolkit demo [SOURCE]`` prints what the toolkit finds in an article (the embedded one by default)
and writes its report; ``toolkit report [SOURCE] -o report.html`` writes the report only."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from toolkit.article import Article
from toolkit.errors import ToolkitError
from toolkit.reading.sources import SAMPLE, load_article


def summary(article: Article) -> str:
    """A plain-text summary of a cleaned article: metadata, body, and what was cut and why.

    >>> print(summary(load_article()).splitlines()[0])
    source:    sputnik_iran_2020-07-08.txt (toolkit sample)
    """
    source = article.source or "text"
    if source.endswith(SAMPLE):
        source = f"{SAMPLE} (toolkit sample)"
    lines = [
        f"source:    {source}",
        f"title:     {article.title or '-'}",
        f"published: {article.published.isoformat() if article.published else '-'}",
        f"section:   {article.section or '-'}",
        f"dateline:  {article.place or '-'}{f' ({article.agency})' if article.agency else ''}",
        f"tags:      {', '.join(article.tags) or '-'}",
        f"body:      {len(article.paragraphs)} paragraphs, {len(article.text.split())} words",
    ]
    lines += [f"related:   {title}" for title in article.related]
    lines.append(f"cut:       {len(article.removed)} pieces of the raw text")
    lines += [f"  [{r.start}:{r.end}] {r.reason}: {textwrap.shorten(r.text, 70)}" for r in article.removed]
    return "\n".join(lines)


def write_report(article: Article, out: Path) -> Path:
    """Write the self-contained HTML report of ``article`` to ``out``."""
    from toolkit.report import report

    out.write_text(report(article), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="toolkit", description="Read news articles closely.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in [("demo", "print what the toolkit finds and write the HTML report"),
                       ("report", "write a self-contained HTML report (plotly inlined, opens offline)")]:
        command = commands.add_parser(name, help=text)
        command.add_argument("source", nargs="?", help="a .txt/.html/.json file; omit for the embedded Sputnik article")
        command.add_argument("-o", "--output", type=Path, default=Path("report.html"), help="where to write the report")
    args = parser.parse_args(argv)
    try:
        article = load_article(args.source)
        if args.command == "demo":
            print(summary(article))
        out = write_report(article, args.output)
    except (ToolkitError, OSError) as err:
        print(f"toolkit: {err}", file=sys.stderr)
        return 2
    print(f"report:    {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
