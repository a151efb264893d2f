"""Weighted terms for tag clouds: the article's tags, its actors, keywords from lemmas."""

import pytest

import toolkit
from toolkit import InputError, load_article
from toolkit.explore.keywords import terms


def test_tags_weighted_by_occurrences(seed):
    found = terms(seed, kind="tags")
    assert sorted(found.term) == sorted(seed.tags)
    iran = found.set_index("term").loc["Iran"]
    assert iran["count"] == seed.text.count("Iran") - seed.text.count("Iranian")
    for term, offsets in zip(found.term, found.offsets, strict=True):
        assert all(seed.text[s:e].lower() == term.lower() for s, e in offsets)


def test_keywords_skip_stop_words_and_keep_offsets(seed):
    found = terms(seed, kind="keywords")
    assert set(found.term[:2]) == {"Iran", "United States"}
    assert "Ali Khamenei" in set(found.term) and "Khamenei" not in set(found.term)
    assert not {"the", "will", "have", "said"} & set(found.term)
    assert "negotiation" in set(found.term)
    lemmas = {(t.idx, t.idx + len(t)): t.lemma_.lower() for t in toolkit.parse(seed)}
    actors = toolkit.entities(seed)
    actor_at = dict(zip(zip(actors.start, actors.end, strict=True), actors.actor, strict=True))
    for term, offsets in zip(found.term, found.offsets, strict=True):
        for span in offsets:
            assert actor_at.get(span) == term or seed.text[slice(*span)] == term or lemmas.get(span) == term
    assert list(found.weight) == sorted(found.weight, reverse=True)


def test_entities_kind_uses_canonical_actors(seed):
    found = terms(seed, kind="entities").set_index("term")
    assert "Ali Khamenei" in found.index and "Khamenei" not in found.index


def test_unknown_kind():
    with pytest.raises(InputError, match="kind must be"):
        terms(load_article(), kind="colours")
