"""Speakers resolved to actors: pronouns to the nearest compatible earlier actor, or to none when unsure; a relative
pronoun to the noun it stands for.

Each repair rule has at least two sentences, worded differently; a comment names the rule in
``toolkit/speech/speakers.py``.
"""

import pytest

import toolkit
from toolkit.speech.tables import quotes


# pronoun_actor: he/she to the nearest earlier person, it to the nearest organisation, country or group
@pytest.mark.parametrize(
    "text, rows",
    [
        ("Angela Merkel arrived in Paris on Monday. She said that the talks went well.", [["She", "Angela Merkel"]]),
        ("Senator Paul Hale arrived in Denver on Friday. He told reporters that the bill would pass.",
         [["He", "Paul Hale"]]),
        ("The Pentagon released a statement. It said that more troops would be sent.", [["It", "Pentagon"]]),
        ("The World Bank published its report on Tuesday. It warned that growth would slow.", [["It", "World Bank"]]),
    ],
)
def test_pronouns_resolve_to_the_nearest_compatible_actor(text, rows):
    table = quotes(text)
    assert table[["speaker", "actor"]].values.tolist() == rows


# pronoun_actor: two candidates in the nearest sentence leave the actor empty (unless one is of the other gender)
@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg met Peter Lind in Oslo on Friday. He said that the deal was close.",
        "Ari Cohen met Kiran Shah in Delhi on Friday. He said that the deal was close.",
    ],
)
def test_ambiguous_pronoun_leaves_the_actor_empty(text):
    table = quotes(text)
    assert table[["speaker", "actor"]].values.tolist() == [["He", ""]]


# person_genders: a gendered title decides between two persons
@pytest.mark.parametrize(
    "template, pronoun, actor",
    [
        ("Mr. John Smith met Mrs. Mary Jones in Paris. {} said that the talks went well.", "She", "Mary Jones"),
        ("Mr. John Smith met Mrs. Mary Jones in Paris. {} said that the talks went well.", "He", "John Smith"),
        ("Ms. Laura Chen met Mr. David Park in Seoul. {} told reporters that the deal was close.", "She", "Laura Chen"),
        ("Ms. Laura Chen met Mr. David Park in Seoul. {} told reporters that the deal was close.", "He", "David Park"),
    ],
)
def test_pronoun_gender_from_titles(template, pronoun, actor):
    table = quotes(template.format(pronoun))
    assert table[["speaker", "actor"]].values.tolist() == [[pronoun, actor]]


# THEY_LABELS: "they" speaks for an organisation or a group, not for a place the sentence before mentions
@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Paris on Monday. They said the reform was unfair.",
        "Farmers drove their tractors into Brussels on Tuesday. They said the new rules would ruin them.",
    ],
)
def test_they_does_not_speak_for_a_place_merely_mentioned(text):
    row = quotes(text).iloc[0]
    assert (row.speaker, row.actor) == ("They", "")


# LOOKBACK_PARAGRAPHS: a pronoun does not reach back more than two paragraphs
@pytest.mark.parametrize(
    "text, pronoun",
    [
        ("Angela Merkel arrived in Paris on Monday.\n\nThe weather was cold and wet.\n\nTraffic was slow all day."
         "\n\nShe said that the talks went well.", "She"),
        ("Senator Paul Hale spoke first.\n\nThe hall was full.\n\nMany stood at the back.\n\n"
         "He said that the bill would pass.", "He"),
    ],
)
def test_a_pronoun_does_not_reach_back_further_than_two_paragraphs(text, pronoun):
    table = quotes(text)
    assert table[["speaker", "actor"]].values.tolist() == [[pronoun, ""]]


# speaker_span (with cues.antecedent): "who" gives the noun it stands for as the speaker (issue 13)
@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        ("The mayor met Tom Berg, who told her that the bridge was unsafe.", "Tom Berg", "Tom Berg"),
        ("The union invited Maria Lopez, who said that the strike would go on.", "Maria Lopez", "Maria Lopez"),
        # _name_beside: the noun is a role set beside a name before it ("Tom Rath, a party leader who ...")
        ("The panel heard from Tom Rath, a veteran New Hampshire GOP leader who said that the race was over.",
         "a veteran New Hampshire GOP leader", "Tom Rath"),
        ("Reporters spoke to Anna Weber, the chief economist of the Bundesbank, who argued that rates must rise.",
         "the chief economist", "Anna Weber"),
    ],
)
def test_a_relative_pronoun_speaks_for_its_noun(text, speaker, actor):
    row = quotes(text).iloc[0]
    assert (row.speaker, row.actor) == (speaker, actor)


# referent/_name_beside: a name in apposition, or heading the role phrase, beats the role noun (issue 14)
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Her personal lawyer, David Kendall, said the emails had been handed over.", "David Kendall"),
        ("Acme's campaign manager, Jeff Weaver, told reporters that the race was tightening.", "Jeff Weaver"),
        ("Former Vermont governor Howard Dean said the party should unite.", "Howard Dean"),
    ],
)
def test_a_name_beside_a_role_is_the_actor(text, actor):
    assert toolkit.quotes(text).actor.tolist() == [actor]


def test_a_role_without_a_name_beside_it_keeps_its_own_resolution():
    text = "Mayor Ann Lee opened the session. The mayor said the budget was balanced."
    assert toolkit.quotes(text).actor.tolist() == ["Ann Lee"]


# finder._addressed_names and _repair_person: after a form of address a title word is a name ("Mr. King")
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Mr. King, 82, said the company would close.", "King"),
        ("Asked about the vote, Ms. Judge said she had not decided.", "Judge"),
    ],
)
def test_a_titled_surname_after_a_form_of_address_is_a_person(text, actor):
    assert toolkit.quotes(text).actor.tolist() == [actor]
    assert toolkit.mentions.actor_types(text)[actor] == "person"


# person_genders: a first name, or the article's own pronouns, tie a gender to a name, which then decides between
# two persons
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Angela Merkel met Emmanuel Macron in Paris. He said that the talks went well.", "Emmanuel Macron"),
        ("Angela Merkel met Emmanuel Macron in Paris. She said that the talks went well.", "Angela Merkel"),
        ("Ari Cohen runs the clinic, and her staff trust her. Ari Cohen met Kiran Shah on Monday. "
         "He said that the deal was close.", "Kiran Shah"),
        ("Anna Berg runs the clinic, and her staff trust her. Anna Berg met Peter Lind on Monday. "
         "She said that the deal was close.", "Anna Berg"),
        ("Peter Lind founded the firm, and his sons run it. Anna Berg met Peter Lind on Monday. "
         "He said that the deal was close.", "Peter Lind"),
        ("Peter Lind founded the firm, and his sons run it. Anna Berg met Peter Lind on Monday. "
         "She said that the deal was close.", "Anna Berg"),
    ],
)
def test_pronoun_gender_from_the_articles_own_pronouns(text, actor):
    assert quotes(text)[["speaker", "actor"]].values.tolist()[-1][1] == actor


# person_genders: a he/she inside quotation marks, or after an office holder named as a subject in between, tells
# nothing of the person before it; a known first name outweighs pronouns
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Casey Pike attacked the governor on Monday. “He lies every day, and he knows it,” Pike said. Asked about "
         "the vote, she said the count was fair.", "Casey Pike"),
        ("Kerry Dunmore met the mayor twice. “He never listens, and he never will,” Dunmore told reporters. Later "
         "she said the talks had failed.", "Kerry Dunmore"),
        ("Michigan Attorney General Dana Nessel said the president was not welcome at the plant after he refused to "
         "wear a mask. “He is a ridiculous person,” she said.", "Dana Nessel"),
        ("Mary Hale said the bill would pass once he signed it. Hale smiled. Later, she said the vote was close.",
         "Mary Hale"),
    ],
)
def test_pronouns_about_someone_else_give_no_gender(text, actor):
    assert quotes(text).actor.tolist()[-1] == actor


def test_pronouns_that_disagree_about_a_person_give_no_gender():
    text = ("Ari Lee said she would run. Ari Lee said he would not. Ari Lee met Noor Haddad on Monday. "
            "She said that the deal was close.")
    assert quotes(text).actor.tolist()[-1] == ""


# cues.source_behind: a report, survey or unnamed group speaks for whoever made it, when the text names them; the
# speaker runs on to that name (record.speaker_span)
@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        ("About a third of adults sleep badly, according to a report from the CDC.", "a report from the CDC", "CDC"),
        ("Most people back the limits on gatherings, according to a survey conducted by YouGov for the paper.",
         "a survey conducted by YouGov", "YouGov"),
        ("A new study by researchers at Harvard University found that the virus spread faster than thought.",
         "A new study by researchers at Harvard University", "Harvard University"),
        ("Turnout rose by a fifth, according to a tally by the Associated Press.", "a tally by the Associated Press",
         "Associated Press"),
        ("A spokesman for the company said the plant would reopen.", "A spokesman", ""),
        ("A woman from Texas said the lines at the clinic were long.", "A woman", ""),
        ("A student from Germany said the exams had been moved online.", "A student", ""),
    ],
)
def test_a_source_speaks_for_its_maker(text, speaker, actor):
    assert quotes(text)[["speaker", "actor"]].values.tolist() == [[speaker, actor]]


# speakers._author: words that speak ("his remarks", "her statement") speak for whoever owns them
@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        ("Mayor Ann Lee spoke at length on Monday. Her statement said the pools would stay open all summer.",
         "Her statement", "Ann Lee"),
        ("Senator Tom Hale met the press. His remarks, which lasted an hour, suggested that the vote would be close.",
         "His remarks", "Tom Hale"),
        ("The Red Cross issued a report. The Red Cross's letter said the camps needed more water.",
         "The Red Cross's letter", "Red Cross"),
        ("The governor's letter said the budget was tight.", "The governor's letter", ""),
    ],
)
def test_words_speak_for_their_owner(text, speaker, actor):
    row = quotes(text).iloc[-1]
    assert (row.speaker, row.actor) == (speaker, actor)


def test_a_role_phrase_keeps_a_person_within_reach_of_a_pronoun():
    text = ("In his speech, former President Barack Obama told students that they had faced big challenges.\n\n"
            "Then the pandemic hit, and the graduations moved online.\n\n"
            "Obama told the class that the crisis would force them to grow up faster.\n\n"
            "“This pandemic has laid bare a lot of our deep problems,” he said.\n\n"
            "The former president closed with a final piece of advice: Build a community.\n\n"
            "“No one does big things by themselves,” he said.")
    assert quotes(text).actor.tolist() == ["Barack Obama"] * 4


# ActorIndex.resolve and BASED_IN: a place that only says where the speaker is based does not speak for it (issue 14)
@pytest.mark.parametrize(
    "text",
    [
        "Target reported its sales on Monday. The Minneapolis-based retailer said it would hire more staff.",
        "Prices rose in May. A London-based analyst said they would fall again by the winter.",
    ],
)
def test_a_place_where_the_speaker_is_based_is_not_its_actor(text):
    row = quotes(text).iloc[-1]
    assert row.speaker.endswith(("retailer", "analyst")) and row.actor == ""
