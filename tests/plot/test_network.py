"""The co-occurrence network and matrix figures: deterministic, sized by mentions, escaped."""

import pytest

from toolkit import InputError, load_article
from toolkit.explore.pairs import cooccurrence
from toolkit.plot import cooccurrence_matrix, network


@pytest.fixture(scope="module")
def edges(seed):
    return cooccurrence(seed)


def test_network_is_deterministic_and_sized_by_mentions(edges):
    first, again = network(edges), network(edges)
    assert first.to_json() == again.to_json()
    nodes = [t for t in first.data if t.mode == "markers+text"]
    names = [n for t in nodes for n in t.text]
    assert "Ali Khamenei" in names and len(names) == len(set(names))
    sizes = {n: s for t in nodes for n, s in zip(t.text, t.marker.size, strict=True)}
    assert sizes["Ali Khamenei"] > sizes["John Bolton"]
    hover = next(t for t in first.data if t.name == "edges").hovertext
    assert any("Ali Khamenei – United States" in h for h in hover)


def test_network_top_and_min_weight(edges):
    small = network(edges, top=3)
    assert sum(len(t.text) for t in small.data if t.mode == "markers+text") == 3
    strong = network(edges, min_weight=int(edges.weight.max()))
    assert sum(len(t.text) for t in strong.data if t.mode == "markers+text") >= 2


def test_matrix_is_symmetric(edges):
    fig = cooccurrence_matrix(edges)
    z = [list(row) for row in fig.data[0].z]
    assert z == [list(col) for col in zip(*z, strict=True)]
    i, j = list(fig.data[0].x).index("Ali Khamenei"), list(fig.data[0].x).index("United States")
    found = edges[(edges.source == "Ali Khamenei") & (edges.target == "United States")]
    assert z[i][j] == int(found.weight.iloc[0])


def test_labels_from_the_text_are_escaped():
    article = load_article("Dr <b>Evil</b> met John Smith in Paris on Monday, officials said.")
    edges = cooccurrence(article)
    labels = [name for t in network(edges).data if t.mode == "markers+text" for name in t.text]
    assert labels and not any("<b>" in name for name in labels)


def test_wrong_inputs_are_toolkit_errors():
    for call in (lambda: network(None), lambda: cooccurrence_matrix(None)):
        with pytest.raises(InputError, match="takes"):
            call()
