"""Actor co-occurrence, the graph exports, the network and matrix figures, and the dashboard callbacks."""

import networkx as nx
import pytest

from toolkit import InputError, load_article
from toolkit.explore.pairs import cooccurrence, export_graph, graph
from toolkit.plot import cooccurrence_matrix, network
from toolkit.widgets import Settings, controls_for, explore, figures, refresh, settings_from


@pytest.fixture(scope="module")
def seed():
    return load_article()


@pytest.fixture(scope="module")
def edges(seed):
    return cooccurrence(seed)


def pair(edges, a, b):
    a, b = sorted((a, b))
    return edges[(edges.source == a) & (edges.target == b)]


def test_sentence_edges_point_at_shared_sentences(seed, edges):
    meet = pair(edges, "Ali Khamenei", "United States")
    assert len(meet) == 1 and meet.weight.iloc[0] >= 2
    for (_, start, end), context in zip(meet.meetings.iloc[0], meet.contexts.iloc[0]):
        window = seed.text[start:end]
        assert window.startswith(context[:50])
        assert "Khamenei" in window and ("United States" in window or "U.S." in window)
    assert (edges.source < edges.target).all()
    assert list(edges.weight) == sorted(edges.weight, reverse=True)


def test_paragraph_window_is_wider_than_sentence(seed, edges):
    by_paragraph = cooccurrence(seed, window="paragraph")
    sentence_pairs = set(zip(edges.source, edges.target))
    paragraph_pairs = set(zip(by_paragraph.source, by_paragraph.target))
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
    assert g["Ali Khamenei"]["United States"]["weight"] == int(pair(edges, "Ali Khamenei", "United States").weight.iloc[0])
    assert nx.read_gexf(export_graph(edges, tmp_path / "a.gexf")).number_of_edges() == len(edges)
    assert nx.read_graphml(export_graph(edges, tmp_path / "a.graphml")).number_of_nodes() == g.number_of_nodes()
    assert export_graph(edges, tmp_path / "a.csv").read_text().startswith("source,target,weight")
    with pytest.raises(InputError, match="gexf"):
        export_graph(edges, tmp_path / "a.png")


def test_network_is_deterministic_and_sized_by_mentions(edges):
    first, again = network(edges), network(edges)
    assert first.to_json() == again.to_json()
    nodes = [t for t in first.data if t.mode == "markers+text"]
    names = [n for t in nodes for n in t.text]
    assert "Ali Khamenei" in names and len(names) == len(set(names))
    sizes = {n: s for t in nodes for n, s in zip(t.text, t.marker.size)}
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
    assert z == [list(col) for col in zip(*z)]
    i, j = list(fig.data[0].x).index("Ali Khamenei"), list(fig.data[0].x).index("United States")
    assert z[i][j] == int(pair(edges, "Ali Khamenei", "United States").weight.iloc[0])


def test_dashboard_callbacks(seed):
    wide = figures(seed, settings=Settings(top=20))
    narrow = figures(seed, settings=Settings(top=3))
    count = lambda fig: sum(len(t.text) for t in fig.data if t.mode == "markers+text")
    assert count(narrow["network"]) < count(wide["network"])
    only_people = figures(seed, settings=Settings(types=("person",), window="paragraph"))
    assert {t.name for t in only_people["network"].data if t.mode == "markers+text"} == {"person"}


def test_labels_from_the_text_are_escaped():
    article = load_article("Dr <b>Evil</b> met John Smith in Paris on Monday, officials said.")
    edges = cooccurrence(article)
    labels = [name for t in network(edges).data if t.mode == "markers+text" for name in t.text]
    assert labels and not any("<b>" in name for name in labels)


def test_controls_round_trip_and_refresh_in_place(seed):
    settings = Settings(types=("person", "organization"), window="paragraph", min_weight=2, top=5, cloud="tags", seed=3)
    controls = controls_for(settings)
    assert settings_from(controls, seed=3) == settings
    box = explore(seed)
    network_widget = box.children[1].children[0]
    before = network_widget.to_json()
    refresh({"network": network_widget, "matrix": box.children[1].children[1], "cloud": box.children[2]},
            seed, Settings(top=2))
    assert network_widget.to_json() != before


def test_wrong_inputs_are_toolkit_errors(tmp_path):
    from toolkit.plot import tag_cloud

    for call in (lambda: cooccurrence(123), lambda: graph("x"), lambda: network(None),
                 lambda: cooccurrence_matrix(None), lambda: tag_cloud("abc")):
        with pytest.raises(InputError, match="takes"):
            call()
    edges = cooccurrence("Iran and Russia met in Geneva on Monday.")
    assert export_graph(edges, tmp_path / "x.GEXF").read_text()[:5] == "<?xml"
