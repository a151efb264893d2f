"""The tag cloud figure: seeded, words that never overlap, PNG export, an empty cloud that says so."""

import base64
import io

import pytest
from PIL import Image

from toolkit import InputError, load_article
from toolkit.explore.keywords import terms
from toolkit.plot import tag_cloud, tag_cloud_png


def test_tag_cloud_is_seeded_and_hovers_counts(seed):
    found = terms(seed, kind="tags")
    first, again, other = tag_cloud(found), tag_cloud(found), tag_cloud(found, seed=3)
    assert first.to_json() == again.to_json()
    assert first.layout.images[0].source != other.layout.images[0].source
    assert set(first.data[0].text) == set(seed.tags)
    assert "Iran: 8 in the text" in first.data[0].hovertext


def test_tag_cloud_words_do_not_overlap(seed):
    """Draw every placed word alone, as wordcloud draws it, and count the words inking each pixel."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    from toolkit.plot._tag_cloud import _layout

    cloud = _layout(terms(seed, kind="keywords"), 800, 420, 7)
    assert len(cloud.layout_) >= 40
    coverage = np.zeros((420, 800), dtype=int)
    for (word, _), size, (top, left), orientation, _ in cloud.layout_:
        canvas = Image.new("L", (800, 420))
        font = ImageFont.TransposedFont(ImageFont.truetype(cloud.font_path, size), orientation=orientation)
        ImageDraw.Draw(canvas).text((int(left), int(top)), word, fill=255, font=font)
        coverage += np.asarray(canvas) > 0
    assert coverage.max() == 1


def test_png_export(seed):
    png = tag_cloud_png(terms(seed, kind="tags"), width=400, height=200)
    assert Image.open(io.BytesIO(png)).size == (400, 200)
    embedded = tag_cloud(terms(seed, kind="tags"), width=400, height=200).layout.images[0].source
    assert base64.b64decode(embedded.split(",", 1)[1]) == png


def test_empty_cloud_is_a_figure_that_says_so():
    nothing = terms(load_article("the cat sat on the mat and it was fine."), kind="entities")
    figure = tag_cloud(nothing)
    assert nothing.empty and "no terms" in figure.layout.annotations[0].text


def test_wrong_inputs_are_toolkit_errors():
    with pytest.raises(InputError, match="takes"):
        tag_cloud("abc")


def test_zero_nan_and_negative_weights_are_left_out_and_count_is_optional():
    import pandas as pd

    terms = pd.DataFrame({"term": ["Iran", "sanctions", "talks", "war"], "weight": [3.0, 0.0, float("nan"), -1.0]})
    figure = tag_cloud(terms)
    assert set(figure.data[0].text) == {"Iran"} and "Iran: 3.0 in the text" in figure.data[0].hovertext
    nothing = tag_cloud(terms.assign(weight=0))
    assert "no terms" in nothing.layout.annotations[0].text
    with pytest.raises(InputError, match="numbers in the weight column"):
        tag_cloud(terms.assign(weight="heavy"))
