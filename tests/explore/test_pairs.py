"""Actor co-occurrence by sentence, paragraph or token window, and the graph built from it and its exports."""

import networkx as nx
import pytest

from toolkit import InputError, load_article
from toolkit.explore.pairs import cooccurrence, export_graph, graph


@pytest.fixture(scope="module")
def edges(seed):
    return cooccurrence(seed)


def pair(edges, a, b):
    a, b = sorted((a, b))
    return edges[(edges.source == a) & (edges.target == b)]


def test_sentence_edges_point_at_shared_sentences(seed, edges):
    meet = pair(edges, "Ali Khamenei", "United States")
    assert len(meet) == 1 and meet.weight.iloc[0] >= 2
    for (_, start, end), context in zip(meet.meetings.iloc[0], meet.contexts.iloc[0], strict=True):
        window = seed.text[start:end]
        assert window.startswith(context[:50])
        assert "Khamenei" in window and ("United States" in window or "U.S." in window)
    assert (edges.source < edges.target).all()
    assert list(edges.weight) == sorted(edges.weight, reverse=True)


def test_paragraph_window_is_wider_than_sentence(seed, edges):
    by_paragraph = cooccurrence(seed, window="paragraph")
    sentence_pairs = set(zip(edges.source, edges.target, strict=True))
    paragraph_pairs = set(zip(by_paragraph.source, by_paragraph.target, strict=True))
    assert sentence_pairs < paragraph_pairs
    assert len(pair(by_paragraph, "John Bolton", "Pentagon")) == 1 and len(pair(edges, "John Bolton", "Pentagon")) == 0
    assert all(not text.endswith("\n") for texts in edges.contexts for text in texts)


def test_token_window_and_types(seed):
    near = cooccurrence(seed, window=5)
    far = cooccurrence(seed, window=40)
    assert len(near) < len(far)
    people = cooccurrence(seed, window="paragraph", types=["person"])
    assert set(people.source_type) | set(people.target_type) == {"person"}
    assert cooccurrence(seed, window="paragraph", types="person").equals(people)


def test_corpus_weights_add_up(seed, edges):
    twice = cooccurrence([seed, load_article()])
    assert twice.weight.sum() == 2 * edges.weight.sum()
    assert {n for n, *_ in twice.meetings.iloc[0]} == {0, 1}


def test_bad_window(seed):
    with pytest.raises(InputError, match="window must be"):
        cooccurrence(seed, window="page")


def test_graph_and_exports(edges, tmp_path):
    g = graph(edges)
    weight = int(pair(edges, "Ali Khamenei", "United States").weight.iloc[0])
    assert g["Ali Khamenei"]["United States"]["weight"] == weight
    assert nx.read_gexf(export_graph(edges, tmp_path / "a.gexf")).number_of_edges() == len(edges)
    assert nx.read_graphml(export_graph(edges, tmp_path / "a.graphml")).number_of_nodes() == g.number_of_nodes()
    assert export_graph(edges, tmp_path / "a.csv").read_text().startswith("source,target,weight")
    with pytest.raises(InputError, match="gexf"):
        export_graph(edges, tmp_path / "a.png")


def test_wrong_inputs_are_toolkit_errors(tmp_path):
    for call in (lambda: cooccurrence(123), lambda: graph("x")):
        with pytest.raises(InputError, match="takes"):
            call()
    edges = cooccurrence("Iran and Russia met in Geneva on Monday.")
    assert export_graph(edges, tmp_path / "x.GEXF").read_text()[:5] == "<?xml"
