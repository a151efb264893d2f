"""The cleaning tables (metadata, cuts) and the cleaning renderer."""

from toolkit import load_article
from toolkit.cleaning.tables import metadata_table, removed_table
from toolkit.render import cleaning


def test_tables():
    article = load_article()
    meta = metadata_table(article).set_index("field")["value"]
    assert meta["published"] == "2020-07-08T23:23:00+00:00" and meta["place"] == "MOSCOW"
    cuts = removed_table(article)
    assert list(cuts.columns) == ["start", "end", "reason", "text"]
    assert (cuts.text == [article.raw[s:e] for s, e in zip(cuts.start, cuts.end, strict=True)]).all()


def test_cleaning_render_escapes_and_marks_every_cut():
    article = load_article("<b>Bold</b> claims & more were made by the minister on Monday.\n\nShare")
    html = cleaning(article)
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt; claims &amp; more" in html
    seed_html = cleaning(load_article())
    assert seed_html.count('class="tk-cut"') == len(load_article().removed)
    assert "tex2jax_ignore" in seed_html
    assert cleaning(load_article()) == seed_html
