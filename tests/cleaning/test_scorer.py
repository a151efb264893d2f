"""The main-block scorer on made-up pages: the article wins over comment threads, teaser cards and menus that a
rule counting prose words would take; nothing is lost from a clean article with a list; every cut is recorded."""

import pytest

from toolkit.cleaning.cleaner import clean, main_block
from toolkit.cleaning.normalise import split_lines
from toolkit.cleaning.scorer import FEATURES, fitted_weights, line_features, probabilities

MENU = ["Home", "Local", "Harbour", "Weather", "Opinion", "Events", "Contact"]
ARTICLE = [
    "The old swing bridge over the harbour mouth opened to traffic again on Tuesday morning, eleven weeks after a "
    "barge struck one of its piers during a winter gale and left the town split in two.",
    "Engineers replaced two steel girders and rebuilt the damaged pier on new piles, the council said, and the "
    "bridge passed its load test on Friday with a convoy of gravel lorries parked across the span.",
    "Shopkeepers on the east bank said the closure had cost them a third of their trade, because visitors no longer "
    "walked over from the station, and several asked the council for a rates holiday.",
    "The ferry that stood in during the repairs will keep running at weekends until the end of the summer.",
    "Traffic on the coast road, which carried every car and bus round the long way through the hills, fell back to "
    "its usual level by lunchtime, the highways office said, and the temporary lights at the junction were removed.",
    "The barge's owners have accepted liability for the damage and will pay for the repairs, which the council put "
    "at a little under two million, although the final bill will not be known until the autumn.",
    "An inquiry into why the barge left the outer basin in a gale warning is expected to report before the summer, "
    "and the harbour master said new rules on sailing in high winds would follow whatever it found.",
    "The mayor, who walked across the bridge with schoolchildren at eight o'clock, thanked the engineers and the "
    "ferry crews and said the town had shown great patience during a long and difficult winter.",
]
COMMENTS = [
    ("gullwatcher", "I walked over it this morning and it feels just as wobbly as before, to be honest, and I still "
     "do not understand why the barge was allowed to sail in that weather when every other boat stayed tied up."),
    ("old_salt_42", "Eleven weeks is nothing. When the tram bridge went in my grandfather's time the town waited two "
     "whole years, and people rowed across with their shopping in little boats, which we would all enjoy more."),
    ("marigold", "Could the council not have built a temporary footbridge for the shopkeepers on the east bank? "
     "Other towns manage it within days, and it would have saved a lot of small businesses from a hard winter."),
    ("pierhead_pete", "The ferry crew deserve a medal. They kept going in all weathers, they were always cheerful, "
     "and they even waited for the late train on Saturday nights so nobody had to take the road round the hills."),
    ("ruth_b", "I hope somebody checks the other piers as well. If one barge can do this much damage in a single "
     "night we should not wait for the next gale before the engineers take a proper look at the rest of it."),
    ("tidewater", "My daughter crossed on the ferry every day to get to school and she says she will miss it, "
     "which I did not expect, because she complained about the early start every single morning of the winter."),
    ("net_mender", "Two million pounds seems a lot for two girders and a pier, and I would like to see the invoices "
     "before the council asks the rest of us to pay anything towards it through the rates next year."),
    ("east_bank_baker", "We lost almost half our customers while the bridge was shut and nobody from the council "
     "came to see us once, so a rates holiday is the least they can do for the shops on our side of the water."),
]
TEASERS = [
    ("Lifeboat crew rescues three walkers cut off by the tide",
     "Three walkers were lifted from a sandbank at dusk on Sunday after the incoming tide cut them off from the "
     "shore, and the volunteer crew said they had ignored the warning signs at the top of the beach path while the "
     "tide table at the harbour office clearly showed a spring tide that…"),
    ("Fish market to move to the old rope works next spring",
     "The fish market will leave its cramped sheds on the quay and move into the restored rope works next spring, "
     "the harbour board decided on Monday after a long debate about parking, lorries and the smell that several "
     "residents of the new flats on the waterfront had complained…"),
    ("School choir wins regional title for the second year",
     "The choir of the harbour primary school won the regional title for the second year running on Saturday, "
     "singing two sea shanties and a hymn that the headteacher had arranged herself during the long evenings of "
     "the winter term, and the judges praised in particular the…"),
]
HEAD = "Bridge reopens after repairs - The Harbour Gazette\n" + "\n".join(MENU) + "\nBridge reopens after repairs\n"


def words(texts):
    return sum(len(text.split()) for text in texts)


def comment_page():
    thread = "\n".join(f"{name}\n{n + 2} hours ago\n{text}\nReply" for n, (name, text) in enumerate(COMMENTS))
    return HEAD + "\n".join(ARTICLE) + "\nLeave a comment\n" + thread + "\n" + "\n".join(MENU)


def teaser_page():
    cards = "\n".join(f"{head}\n12 March 2021\n{blurb}" for head, blurb in TEASERS)
    return HEAD + "\n".join(ARTICLE) + "\nMore from the harbour\n" + cards + "\n" + "\n".join(MENU)


def assert_every_line_accounted(article):
    """Every line of the raw page is a paragraph of the text or a recorded cut whose offsets point at it."""
    kept = {p.text for p in article.paragraphs}
    cut = {r.text for r in article.removed}
    for r in article.removed:
        assert article.raw[r.start : r.end] == r.text and r.reason
    for line in filter(None, article.raw.splitlines()):
        assert line in kept or line in cut


def test_comment_thread_with_more_prose_than_the_article_is_cut():
    assert words(text for _, text in COMMENTS) > words(ARTICLE)  # counting prose words alone, the thread wins
    article = clean(comment_page())
    assert [p.text for p in article.paragraphs] == ARTICLE
    reasons = {r.text: r.reason for r in article.removed}
    assert all(reasons[text] == "outside main text" for _, text in COMMENTS)
    assert_every_line_accounted(article)


def test_teaser_cards_after_the_article_are_cut():
    article = clean(teaser_page())
    assert [p.text for p in article.paragraphs] == ARTICLE
    cut = {r.text for r in article.removed}
    assert all(head in cut and blurb in cut for head, blurb in TEASERS)
    assert_every_line_accounted(article)


def test_clean_article_with_a_list_is_kept_whole():
    lines = [*ARTICLE[:3], "The council listed what the repairs covered:", "• two new steel girders",
             "• a rebuilt pier on new piles", "• fresh paint on the swing span", *ARTICLE[3:]]
    assert clean("\n\n".join(lines)).text == "\n\n".join(lines)


STANDINGS = ["Pos. Rider Points Wins", *(f"{n} {name} {points} {wins}" for n, (name, points, wins) in enumerate(
    [("Ada Moss", 412, 5), ("Ben Lund", 398, 4), ("Cai Ferro", 377, 2), ("Dana Kim", 351, 1), ("Eli Novak", 330, 1),
     ("Fay Ortiz", 297, 0), ("Gus Brandt", 281, 0), ("Hal Reyes", 254, 1), ("Ivo Marsh", 240, 0),
     ("Jo Pena", 221, 0), ("Kit Dahl", 198, 0), ("Lou Haas", 176, 0)], start=1))]


def test_a_table_a_sentence_announces_is_part_of_the_article():
    # _announced: the rows after a sentence ending in a colon, up to the next sentence or menu-like line
    intro = ["This page always has the championship standings up to date after the latest race.",
             "Final standings of the 2019 season after twenty races:"]
    after = ["* Only the top twelve riders race for the title in the last five rounds.", "Home | Results | Contact"]
    flags = [row["announced"] for row in line_features([*intro, *STANDINGS, *after])]
    assert flags == [0.0, 0.0] + [1.0] * len(STANDINGS) + [0.0, 0.0]
    page = "\n\n".join([*MENU, *intro, *STANDINGS, *after, "© 2019 Race Weekly"])
    text = clean(page).text
    assert text.startswith(intro[0]) and all(row in text for row in STANDINGS) and "Home" not in text


def test_menu_lines_score_low_and_paragraphs_high():
    menus = ["Home | Local | Harbour | Weather", "Subscribe to our newsletter »"]
    texts = [*menus, *ARTICLE[:4], "© 2021 Harbour Gazette"]
    chances = probabilities(line_features(texts), fitted_weights())
    assert max(chances[:2]) < 0.5 < min(chances[2:6]) and chances[6] < 0.5


def test_a_leading_bullet_is_no_menu_mark():
    listed, menu, short = line_features(["• Wear a face covering outside the home", "News • Sport • Weather • Travel",
                                         "Home • News"])
    assert listed["marks"] == 0 and menu["marks"] > 0 and short["marks"] > 0


def test_weights_are_the_ones_passed():
    lines = split_lines(comment_page())
    lines = [line for line in lines if line.text]
    keep = [True] * len(lines)
    refuse = {name: 0.0 for name in FEATURES} | {"bias": -50.0}  # nothing is article: the text is kept whole
    assert main_block(lines, keep, weights=refuse) == (0, len(lines) - 1)
    first, last = main_block(lines, keep)
    assert lines[first].text == ARTICLE[0] and lines[last].text == ARTICLE[-1]


@pytest.mark.parametrize("noise", ["|" * 5000, "»" * 3000 + " " + "@" * 3000])
def test_a_line_of_marks_does_not_overflow(noise):
    assert clean(noise + "\n" + "\n".join(ARTICLE)).text == "\n\n".join(ARTICLE)
