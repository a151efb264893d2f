"""The boilerplate table cuts what it should and leaves sentences alone."""

import pytest

from toolkit.cleaning.boilerplate import detect_outlet, match_rule


@pytest.mark.parametrize(
    "line, outlet, reason",
    [
        ("Listen Live", None, "listen-live"),
        ("Get short URL", "sputnik", "share"),
        ("Community standards", None, "comments"),
        ("Discussion", None, "comments"),
        ("Community standardsDiscussion", None, "comments"),
        ("Also on rt.com US sanctions target Iranian oil", "rt", "outlet-promo"),
        ("Think your friends would be interested? Share this story!", None, "social-prompt"),
        ("The views and opinions expressed in the article do not necessarily reflect those of Sputnik.", "sputnik",
         "opinion-disclaimer"),
        ("The views expressed in this article are the author's own.", None, "opinion-disclaimer"),
        ("READ MORE: Moscow Warns of Military Confrontation Risks", None, "read-more"),
        ("Share this article", None, "share"),
        ("Follow us on Twitter", None, "follow"),
        ("Subscribe to our newsletter", None, "subscribe"),
        ("By signing up you agree to receive email alerts from the Ledger. You can unsubscribe at any time.", None,
         "subscribe"),
        ("We use cookies to improve your experience on our site.", None, "cookies"),
        ("Advertisement", None, "advertisement"),
        ("Photo: Reuters / Jonathan Ernst", None, "photo-credit"),
        ("Buy Photo A delivery van waits outside the depot on Monday.", None, "photo-caption"),
        ("A bus waits at the depot in Flint, Mich., on May 4, 2020. (Photo: Jane Roe, The Flint Daily)", None,
         "photo-caption"),
    ],
)
def test_boilerplate_lines_are_cut(line, outlet, reason):
    found = match_rule(line, outlet)
    assert found is not None and found[0].reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "Iran will not hold negotiations with the United States as there is no sense in such talks.",
        "The bakery said its cookies sold out within an hour of the protest ending.",
        "Khamenei wrote on his Twitter page that the talks were harmful.",
        "Discussion of the deal will continue in Vienna next week, diplomats said.",
        "He urged Iranians to follow the law.",
        "The museum will buy photos from local artists (photos: 40 so far) and show them in May, the director said.",
    ],
)
def test_sentences_are_not_cut(line):
    assert match_rule(line, "sputnik") is None


def test_outlet_detection():
    assert detect_outlet("MOSCOW (Sputnik) – Iran said") == "sputnik"
    assert detect_outlet("text", "https://www.rt.com/news/123-iran/") == "rt"
    assert detect_outlet("LONDON (Reuters) - Shares fell") is None
