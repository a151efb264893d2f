"""The quotes renderer: marks content, cue and speaker, shows the actor on hover, escapes the text."""

import toolkit
from toolkit.render import quotes as render_quotes


def test_seed_marks_every_attribution_and_is_deterministic():
    article = toolkit.load_article()
    html = render_quotes(article)
    table = toolkit.quotes(article)
    assert html == render_quotes(article)
    assert html.count('class="tk-cue" title=') == len(table)
    assert html.count("<p>") == len(article.paragraphs)
    assert '<span class="tk-speaker" title="Ali Khamenei">the supreme leader</span>' in html
    assert 'title="direct · Ali Khamenei">By returning to the negotiation table' in html
    assert "tex2jax_ignore" in html


def test_text_is_escaped():
    html = render_quotes('<script>alert(1)</script> "Tom & Jerry are <b>fine</b> and well," the mayor said.')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Tom &amp; Jerry are &lt;b&gt;fine&lt;/b&gt; and well" in html
    assert '<span class="tk-speaker" title="actor not resolved">the mayor</span>' in html


def test_filtered_table_marks_only_those_rows():
    article = toolkit.load_article()
    table = toolkit.quotes(article)
    only = table[table.speaker == "the Pentagon"]
    html = render_quotes(article, table=only)
    assert html.count('class="tk-cue" title=') == 1 and "according to</span>" in html


def test_a_right_to_left_override_stays_inside_its_mark():
    from toolkit import render

    text = "Ann Lee said that the vote \u202emoved\u202c to May. Tom Berg said that it did not."
    assert "\u202e" not in render.cleaning(text).split("Clean article")[1]  # the clean text drops it
    assert "tk-quotes p span{unicode-bidi:isolate}" in render.quotes(text)
    assert "unicode-bidi: isolate" in render.entities(text)
