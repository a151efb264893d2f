"""Who appears with whom: actor co-occurrence by sentence, paragraph or token window, as edges and graphs."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

from toolkit.article import Article, as_article, is_one_article
from toolkit.errors import InputError, require_table
from toolkit.mentions.tables import actor_rows, entity_rows
from toolkit.nlp import parse, sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

COLUMNS = ["source", "target", "weight", "source_type", "target_type", "source_mentions", "target_mentions",
           "meetings", "contexts"]
CONTEXT_CHARS = 300


def _windows(article: Article, window: str | int) -> list[tuple[int, int]]:
    if window == "sentence":
        return sentence_spans(parse(article))
    if window == "paragraph":
        return [(p.start, p.end) for p in article.paragraphs]
    raise InputError(f"window must be 'sentence', 'paragraph' or a number of tokens, not {window!r}")


def _meetings(
    article: Article, window: str | int, types: Collection[str] | None, demonyms: bool
) -> tuple[dict, dict]:
    """Map each actor pair to the ``(start, end)`` spans where they meet; also each actor's type and mentions."""
    if isinstance(types, str):
        types = (types,)
    info = {name: (kind, count) for name, kind, count, *_ in actor_rows(article, demonyms=demonyms)
            if types is None or kind in types}
    found = sorted((s, e, a) for _, _, s, e, _, _, a in entity_rows(article, demonyms=demonyms) if a in info)
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    if isinstance(window, int) and not isinstance(window, bool):
        doc = parse(article)
        located = [(doc.char_span(s, e, alignment_mode="expand").start, a, s, e) for s, e, a in found]
        for (i, a, s1, _), (j, b, _, e2) in combinations(located, 2):
            if a != b and abs(j - i) <= window:
                pairs[tuple(sorted((a, b)))].append((min(s1, e2), max(s1, e2)))
        return pairs, info
    starts = [s for s, _, _ in found]
    for start, end in _windows(article, window):  # the mentions inside each window, found by bisection
        inside = {a for _, e, a in found[bisect_left(starts, start) : bisect_left(starts, end)] if e <= end}
        for a, b in combinations(sorted(inside), 2):
            pairs[(a, b)].append((start, end))
    return pairs, info


def cooccurrence(
    article: Article | str | Doc | Iterable[Article | str | Doc],
    *,
    window: str | int = "sentence",
    types: Collection[str] | None = None,
    demonyms: bool = False,
) -> pd.DataFrame:
    """Actor pairs that appear together, strongest first.

    ``window``: ``"sentence"``, ``"paragraph"`` or a number of tokens between two mentions. ``types`` keeps only
    actors of those types (``person``, ``organization``, ``place``, ``group``). Columns: ``source``,
    ``target`` (alphabetical), ``weight`` (windows or mention pairs shared), their types and mention counts,
    ``meetings`` (``(article, start, end)`` offsets into each article's text) and ``contexts`` (the text there).
    ``article`` may be one article (an Article, text or a spaCy Doc) or many (a corpus): weights then add up over
    articles. ``demonyms``: count "Iranian" as Iran, as ``toolkit.actors(..., demonyms=True)`` does.

    >>> from toolkit import load_article
    >>> edges = cooccurrence(load_article(), window="paragraph")
    >>> bool((edges.weight >= 1).all())
    True
    """
    if isinstance(window, int) and not isinstance(window, bool) and window < 1:
        raise InputError(f"cooccurrence() takes a window of at least 1 token, not {window}")
    if not is_one_article(article) and not isinstance(article, Iterable):
        raise InputError(f"cooccurrence() takes an Article, text, a spaCy Doc or a list of them, not "
                         f"{type(article).__name__}")
    articles = [as_article(article)] if is_one_article(article) else [as_article(a) for a in article]
    merged: dict[tuple[str, str], list] = defaultdict(list)
    nodes: dict[str, tuple[str, int]] = {}
    for n, one in enumerate(articles):
        pairs, info = _meetings(one, window, types, demonyms)
        for name, (kind, count) in info.items():
            nodes[name] = (nodes.get(name, (kind, 0))[0], nodes.get(name, (kind, 0))[1] + count)
        for pair, spans in pairs.items():
            merged[pair].extend((n, start, end, one.text[start:end][:CONTEXT_CHARS]) for start, end in spans)
    rows = [
        (a, b, len(found), nodes[a][0], nodes[b][0], nodes[a][1], nodes[b][1],
         [(n, s, e) for n, s, e, _ in found], [text for *_, text in found])
        for (a, b), found in merged.items()
    ]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)


def pair_rows(
    article: Article, *, window: str | int = "sentence", types: Collection[str] | None = None, demonyms: bool = False
) -> list[tuple]:
    """The edges of one article as tuples in ``COLUMNS`` order, strongest first, with ``meetings`` as ``(start,
    end)`` pairs (no article number): what a corpus run stores per article.

    >>> from toolkit import load_article
    >>> pair_rows(load_article())[0][:3]
    ('Iran', 'United States', 6)
    """
    pairs, info = _meetings(article, window, types, demonyms)
    text = article.text
    rows = [
        (a, b, len(spans), info[a][0], info[b][0], info[a][1], info[b][1], spans,
         [text[start:end][:CONTEXT_CHARS] for start, end in spans])
        for (a, b), spans in pairs.items()
    ]
    return sorted(rows, key=lambda row: (-row[2], row[0], row[1]))


def graph(edges: pd.DataFrame, *, min_weight: int = 1) -> nx.Graph:
    """A networkx graph of the edges: node attributes ``type`` and ``mentions``, edge attributes ``weight`` and
    ``contexts`` (the shared sentences joined by `` | ``).

    >>> from toolkit import load_article
    >>> g = graph(cooccurrence(load_article()))
    >>> g.nodes["Ali Khamenei"]["type"]
    'person'
    """
    require_table(edges, ("source", "target", "weight"), "graph()")
    g = nx.Graph()
    for row in edges[edges.weight >= min_weight].itertuples():
        g.add_node(row.source, type=row.source_type, mentions=int(row.source_mentions))
        g.add_node(row.target, type=row.target_type, mentions=int(row.target_mentions))
        g.add_edge(row.source, row.target, weight=int(row.weight), contexts=" | ".join(row.contexts))
    return g


def export_graph(edges: pd.DataFrame, path: str | Path) -> Path:
    """Write the edges for Gephi and friends: ``.gexf``, ``.graphml`` or ``.csv`` (by the file's suffix).

    >>> import tempfile, pathlib
    >>> from toolkit import load_article
    >>> out = export_graph(cooccurrence(load_article()), pathlib.Path(tempfile.mkdtemp()) / "actors.gexf")
    >>> out.read_text()[:5]
    '<?xml'
    """
    require_table(edges, ("source", "target", "weight"), "export_graph()")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".gexf":
        nx.write_gexf(graph(edges), path)
    elif suffix == ".graphml":
        nx.write_graphml(graph(edges), path)
    elif suffix == ".csv":
        flat = edges.drop(columns=["meetings"]).assign(contexts=edges.contexts.map(" | ".join))
        flat.to_csv(path, index=False)
    else:
        raise InputError(f"export to .gexf, .graphml or .csv, not {path.suffix or 'a file without a suffix'}")
    return path
