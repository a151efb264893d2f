"""Canonical actors: surnames, aliases, demonyms, role phrases and titles joined to the right actor, or to none.

Each rule has at least two sentences, worded differently (the first is often the seed article); a comment names the
rule in ``toolkit/mentions/index.py``.
"""

import pytest

import toolkit
from toolkit.mentions.tables import entities, resolve_mention

from .spans import snippet, span_of


def test_us_spellings_are_one_actor(seed):
    us = toolkit.actors(seed).set_index("actor").loc["United States"]
    assert set(us.aliases) == {"United States", "U.S.", "US"}
    df = entities(seed)
    assert set(df[df.text.isin(["US", "U.S.", "the United States", "The United States"])].actor) == {"United States"}


# _named: aliases join one actor, named as the alias table says
@pytest.mark.parametrize(
    "text, actor, aliases",
    [
        ("Britain said no. The UK will leave, and the United Kingdom will pay.", "United Kingdom",
         {"Britain", "UK", "United Kingdom"}),
    ],
)
def test_aliases_are_one_actor(text, actor, aliases):
    table = toolkit.actors(text)
    assert table.actor.tolist() == [actor] and set(table.aliases.iloc[0]) == aliases


def test_demonyms_link_to_their_country_only_when_asked(seed):
    plain = toolkit.actors(seed).set_index("actor")
    linked = toolkit.actors(seed, demonyms=True).set_index("actor")
    assert plain.loc["Americans", "type"] == "group" and "Americans" not in linked.index
    assert "Americans" in linked.loc["United States", "aliases"]
    assert "Iranian" in linked.loc["Iran", "aliases"] and linked.loc["Iran", "mentions"] > plain.loc["Iran", "mentions"]
    assert set(entities(seed)[lambda d: d.text == "Iranian"].actor) == {""}


# _find: a demonym joins its country when asked
@pytest.mark.parametrize(
    "text, country, demonym",
    [
        ("Polish farmers blocked the road. Poland said it would talk to them.", "Poland", "Polish"),
        ("Norwegian officials met in Oslo. Norway said the deal was fair.", "Norway", "Norwegian"),
    ],
)
def test_a_demonym_joins_its_country_when_asked(text, country, demonym):
    linked = toolkit.actors(text, demonyms=True).set_index("actor")
    assert set(linked.loc[country, "aliases"]) == {country, demonym}
    assert demonym not in set(toolkit.actors(text).actor)


def test_same_surname_goes_to_nearest_preceding_person():
    a = snippet(
        "Hillary Clinton met Bill Clinton in Little Rock on Monday. Clinton said the talks went well.\n\n"
        "Later, Hillary Clinton spoke to reporters. Clinton told them she was tired."
    )
    df = entities(a)
    assert df[df.text == "Clinton"].actor.tolist() == ["Bill Clinton", "Hillary Clinton"]
    people = toolkit.actors(a).query("type == 'person'")
    assert sorted(people.actor) == ["Bill Clinton", "Hillary Clinton"]


# _person: a surname alone joins the nearest person before it with that surname ...
@pytest.mark.parametrize(
    "text, surname, person",
    [
        ("Anna Berg and Tom Berg spoke in Oslo. Mayor Berg said the talks went well.", "Berg", "Tom Berg"),
        # ... unless only one of them holds the title it is written with
        ("President Bill Clinton met Senator Hillary Clinton. Later, President Clinton said the talks went well.",
         "Clinton", "Bill Clinton"),
        ("Judge Anna Berg met Mayor Tom Berg in Oslo. Later, Judge Berg said the case was closed.", "Berg",
         "Anna Berg"),
    ],
)
def test_a_surname_joins_the_nearest_person_with_it(text, surname, person):
    df = entities(text)
    assert df[df.text == surname].actor.tolist() == [person]


# _shared_surname: a lone surname that two full names bear gives its title to neither
@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton met Bill Clinton in Little Rock. Senator Clinton said the talks went well.",
        "Ole Dahl and Kari Dahl ran the farm together. Dr. Dahl said the harvest was poor.",
    ],
)
def test_a_surname_two_people_share_gives_its_title_to_neither(text):
    table = toolkit.actors(text)
    assert all(roles == [] for roles in table[table.type == "person"].roles)


# _person: a surname before the one full name with it joins that person
@pytest.mark.parametrize(
    "text, person",
    [
        ("Berg said the farm was lost. Later, Tom Berg told reporters he would rebuild.", "Tom Berg"),
        ("Reporters waited for Okafor. At noon, Grace Okafor walked in.", "Grace Okafor"),
        # _first_last: a middle name does not make a second bearer of the surname
        ("President Obama spoke on Monday. Barack Obama was the 44th president. Barack Hussein Obama was born in "
         "1961.", "Barack Obama"),
        ("Ms. Lindqvist arrived late. Anna Lindqvist chairs the board; Anna Maria Lindqvist joined it in 2001.",
         "Anna Lindqvist"),
    ],
)
def test_a_surname_before_the_full_name_joins_it(text, person):
    assert toolkit.actors(text).actor.tolist() == [person]


# _first_last and _surname: a suffix is not the surname, and it tells father and son apart
def test_a_suffix_tells_namesakes_apart_and_is_no_surname():
    table = toolkit.actors("Wayne Reese Sr. ran the farm for forty years. His son, Wayne Reese Jr., took over in "
                           "2010. Reese said the harvest was good.")
    assert sorted(table.actor) == ["Wayne Reese Jr.", "Wayne Reese Sr."]


def test_role_phrases_resolve_to_the_one_holder():
    a = snippet(
        "Iran's Foreign Ministry said on Monday it had summoned the British ambassador. "
        "The ministry called it a protest.\n\nForeign Minister Javad Zarif blamed the US. "
        "The foreign minister said Tehran would respond. "
        "Deputy Foreign Minister Abbas Araghchi agreed."
    )
    df = entities(a).set_index("text")
    assert df.loc["The ministry", "actor"] == "Foreign Ministry"
    assert df.loc["The foreign minister", "actor"] == "Javad Zarif"
    assert toolkit.actors(a).set_index("actor").loc["Abbas Araghchi", "roles"] == ["Deputy Foreign Minister"]


# finder._role_phrases and Actor.holds: a role phrase joins the one actor that held the role before it, also when
# the phrase names only the last word of the office
@pytest.mark.parametrize(
    "text, phrase, actor",
    [
        ("Mayor Ann Lee opened the bridge. The mayor said it was safe.", "The mayor", "Ann Lee"),
        ("The Finance Ministry said taxes would rise. The ministry called it necessary.", "The ministry",
         "Finance Ministry"),
        ("Health Minister Kari Lunde spoke first. The minister said that nurses would be hired.", "The minister",
         "Kari Lunde"),
        ("Police Chief Tom Reyes closed the road. The chief said it was flooded.", "The chief", "Tom Reyes"),
    ],
)
def test_a_role_phrase_joins_its_one_holder(text, phrase, actor):
    df = entities(text)
    assert df[df.text == phrase][["label", "actor"]].values.tolist() == [["ROLE", actor]]


def test_role_phrase_with_two_holders_is_left_unresolved():
    a = snippet("US President Donald Trump called Russian President Vladimir Putin. The president said they talked.")
    assert resolve_mention(a, *span_of(a, "The president")) == ""
    assert "ROLE" not in set(entities(a).label)


# _role_holder: two holders of the role leave the phrase unresolved
@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Mayor Ann Lee met Mayor Tom Reyes. The mayor said they talked.", "The mayor"),
    ],
)
def test_a_role_phrase_with_two_holders_is_left_unresolved(text, phrase):
    a = snippet(text)
    assert resolve_mention(a, *span_of(a, phrase)) == ""
    assert "ROLE" not in set(entities(a).label)


# Actor.holds: a qualified office ("Deputy Health Minister") is not the office itself
@pytest.mark.parametrize(
    "text",
    [
        "Deputy Health Minister Ole Dahl spoke first. The health minister said that nurses would be hired.",
        "Vice President Ann Hale spoke first. The president said the plan was ready.",
        "Assistant Police Chief Tom Reyes spoke. The police chief said the road was closed.",
    ],
)
def test_a_qualified_office_does_not_hold_the_office(text):
    assert "ROLE" not in set(entities(text).label)


def test_resolve_mention_uses_only_what_came_before():
    a = snippet("The president spoke first. Later, President Hassan Rouhani arrived. The president said he was ready.")
    assert resolve_mention(a, *span_of(a, "The president", 0)) == ""
    assert resolve_mention(a, *span_of(a, "The president", 1)) == "Hassan Rouhani"


def test_resolve_mention_of_a_role_with_its_country():
    a = snippet("Foreign Minister Javad Zarif met the press. Iran's foreign minister said Tehran would respond.")
    assert resolve_mention(a, *span_of(a, "Iran's foreign minister")) == "Javad Zarif"
    assert resolve_mention(a, *span_of(a, "Tehran")) == "Tehran"


# ActorIndex.resolve (_role_words): a role with its country resolves to the holder of the role
@pytest.mark.parametrize(
    "text, phrase, actor",
    [
        ("Defence Secretary Ann Hale spoke first. The UK's defence secretary then left.",
         "The UK's defence secretary", "Ann Hale"),
    ],
)
def test_a_role_with_its_country_resolves_to_its_holder(text, phrase, actor):
    a = snippet(text)
    assert resolve_mention(a, *span_of(a, phrase)) == actor


# _person: a gendered title keeps a surname from joining a namesake of the other gender
@pytest.mark.parametrize(
    "text, surname, actors, roles",
    [
        ("Mr Michael Howard spoke first. Mrs Howard said she agreed. Mr Howard then left.", "Howard",
         ["Howard", "Michael Howard"], ["Mrs"]),
        ("Mrs. Anna Dahl chaired the meeting. Mr. Dahl arrived late.", "Dahl", ["Dahl"], ["Mr."]),
    ],
)
def test_a_namesake_of_another_gender_is_another_person(text, surname, actors, roles):
    a = snippet(text)
    df = entities(a)
    assert df[df.text == surname].actor.tolist() == actors
    assert toolkit.actors(a).set_index("actor").loc[surname, "roles"] == roles


# _person: a first name tells namesakes apart too; "Mrs. Dahl" joins the one woman of that surname, even one named
# later
@pytest.mark.parametrize(
    "text, actors",
    [
        ("Susan Dahl chaired the meeting. Her husband Peter Dahl spoke next. Mrs. Dahl said the budget was tight.",
         ["Susan Dahl", "Peter Dahl", "Susan Dahl"]),
        ("Peter Dahl spoke first. Mrs. Dahl said the budget was tight. Susan Dahl chaired the meeting.",
         ["Peter Dahl", "Susan Dahl", "Susan Dahl"]),
        ("Jonas Lind spoke first. His sister Maria Lind arrived late. Mr. Lind said the roads were closed.",
         ["Jonas Lind", "Maria Lind", "Jonas Lind"]),
    ],
)
def test_a_first_name_tells_namesakes_apart(text, actors):
    df = entities(snippet(text))
    assert df[df.label == "PERSON"].actor.tolist() == actors


# role_key: a title with and without its period is one role
@pytest.mark.parametrize(
    "text, person, roles",
    [
        ("Mr. John Smith met the press on Monday in London.\n\nThe talks, Mr Smith said, went well.", "John Smith",
         ["Mr."]),
        ("Dr. Alice Wong spoke in Leeds on Monday.\n\nThe talks, Dr Wong said, went well.", "Alice Wong", ["Dr."]),
    ],
)
def test_a_title_with_and_without_its_period_is_one_role(text, person, roles):
    assert toolkit.actors(text).set_index("actor").loc[person, "roles"] == roles


# ActorIndex.add: a place first written in capitals (a dateline) takes the name as the text writes it
@pytest.mark.parametrize(
    "text, place",
    [
        ("LONDON was cold on Monday. London was calm by noon.", "London"),
        ("CAIRO is calm. Cairo was busy by noon.", "Cairo"),
    ],
)
def test_a_place_in_capitals_takes_its_written_name(text, place):
    assert toolkit.actors(text).actor.tolist() == [place]


# not_actors.tsv: diseases, viruses, drugs, nutrients and molecules stay entities and never become actors (issue 14)
@pytest.mark.parametrize(
    "text, name",
    [
        ("COVID-19 has killed thousands, the Health Ministry said. Officials warned that COVID-19 was spreading.",
         "COVID-19"),
        ("Doctors in Lagos said Ebola had returned, and the Ebola outbreak worried the World Bank.", "Ebola"),
        # nutrients and molecules the model tags PERSON
        ("Doctors said Vitamin C helps. Vitamin C is cheap, the clinic said.", "Vitamin C"),
        ("The vaccine uses messenger RNA. Messenger RNA was tested in Boston.", "Messenger RNA"),
        # ... with the period that ends the sentence taken into the name
        ("The doctor was charged because he treated his patients with Vitamin C.\n\nMichigan officials declined to "
         "comment.", "Vitamin C"),
        ("Investigators said the clinic sold Vitamin D.\n\nThe owner denied it.", "Vitamin D"),
    ],
)
def test_diseases_are_entities_but_never_actors(text, name):
    table = entities(text)
    assert table.text.str.contains(name).any()  # still an entity, with the model's label
    assert not toolkit.actors(text).actor.str.startswith(name).any()
    assert set(table[table.text.str.contains(name)].actor) == {""}


# _find and _named: an acronym joins its organization, introduced in parentheses or spelled by its initials
@pytest.mark.parametrize(
    "text, actor, acronym",
    [
        ("The Republican National Committee said on Monday it would sue. The RNC filed the suit in Ohio.",
         "Republican National Committee", "RNC"),
        ("Officials at the Centers for Disease Control and Prevention (CDC) urged caution. Later the CDC changed "
         "its advice.", "Centers for Disease Control and Prevention", "CDC"),
        ("The IMF warned of a slump. The International Monetary Fund said growth would fall by 3 percent.",
         "International Monetary Fund", "IMF"),
        ("The U.S. Department of Agriculture said prices rose. USDA data showed a 4 percent rise in May.",
         "U.S. Department of Agriculture", "USDA"),
        # initials: a hyphenated name gives an initial for each part
        ("The Atlanta Journal-Constitution reported the story first. The AJC said the mayor lied.",
         "Atlanta Journal-Constitution", "AJC"),
    ],
)
def test_an_acronym_is_one_actor_with_its_organization(text, actor, acronym):
    table = toolkit.actors(text).set_index("actor")
    assert actor in table.index and acronym not in table.index
    assert acronym in table.loc[actor, "aliases"] and table.loc[actor, "type"] == "organization"


# _find: a bare surname joins the one full name whatever label the model gave it
@pytest.mark.parametrize(
    "text, person, surname",
    [
        ("Matt Willis, a nurse in Leeds, worked every night. Willis said the ward was full.", "Matt Willis", "Willis"),
        ("Coach Will Carroll spoke after the game. Asked about the injury, Carroll shrugged.", "Will Carroll",
         "Carroll"),
        # _could_be_surname: a surname opening with a particle
        ("Akle said he feared a plot by deputy oil minister Ahmed al-Shamaa. Akle said he believed al-Shamaa wanted "
         "to derail the plan.", "Ahmed al-Shamaa", "al-Shamaa"),
        # bare: a possessive the model labelled a facility
        ("For Craig Broughton of Edinburgh, the trip was a chance to see friends. At Broughton’s home, the fire had "
         "stopped.", "Craig Broughton", "Broughton"),
        # _find: before the one full name with it, whatever the label ("the Millas brothers" GPE)
        ("Sports kept the Millas brothers busy after school. Then life changed for Lee-Ann Millas, their mother.",
         "Lee-Ann Millas", "Millas"),
    ],
)
def test_a_bare_surname_joins_the_full_name(text, person, surname):
    table = toolkit.actors(text).set_index("actor")
    assert surname not in table.index and table.loc[person, "mentions"] == 2


def test_a_place_named_like_a_surname_stays_a_place():
    table = toolkit.actors("Greg Poland, a vaccine expert, spoke on Monday. Poland closed its borders on Friday.")
    assert {"Greg Poland", "Poland"} <= set(table.actor)


# _settle_types: an organization, place or group takes the type most of its mentions say
def test_the_type_follows_most_mentions():
    from toolkit.mentions.index import Actor, ActorIndex, _settle_types

    index = ActorIndex("", actors=[Actor("Foxconn", "place"), Actor("Anna Berg", "person"), Actor("Oslo", "place")])
    index._labels = {0: ["GPE", "ORG", "ORG"], 1: ["PERSON", "ORG", "ORG"], 2: ["GPE", "ORG", "GPE"]}
    _settle_types(index)
    assert [a.type for a in index.actors] == ["organization", "person", "place"]


# finder.bare and _without_space: quotation marks and brackets at a name's edges are not part of the actor's name
def test_a_quoted_organization_is_named_without_its_quotation_marks():
    text = "Members of the “National Defence Forces” fought back, the spokesman said. The NDF denied it."
    assert "National Defence Forces" in set(toolkit.actors(text).actor)


# _same_organization: the first words of an organization's name, or its last words ending in the kind of body it is,
# name the same organization, whichever comes first
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Ford Motor Company said sales fell. Ford Motor said it would cut jobs.", "Ford Motor Company"),
        ("The Los Angeles Unified said schools would close. The Los Angeles Unified School District confirmed it.",
         "Los Angeles Unified School District"),
        ("The Senate Foreign Relations Committee met on Monday. The Foreign Relations Committee voted on the bill.",
         "Senate Foreign Relations Committee"),
        # the longer name's initials then name it too
        ("The Postal Service raised prices. The US Postal Service delivered ballots on time. The USPS said it had "
         "hired extra staff.", "US Postal Service"),
    ],
)
def test_a_short_form_of_an_organization_is_the_organization(text, actor):
    assert toolkit.actors(text).actor.tolist() == [actor]


@pytest.mark.parametrize(
    "text, actors",
    [
        # two longer names share the short form: it is neither
        ("The Republican National Committee and the Democratic National Committee disagreed. The National "
         "Committee said no.",
         {"Republican National Committee", "Democratic National Committee", "National Committee"}),
        # the last words of a name that does not end in a body word
        ("The International New York Times ran the story. The New York Times did not.",
         {"International New York Times", "New York Times"}),
    ],
)
def test_a_short_form_that_names_no_single_organization_stays_apart(text, actors):
    assert set(toolkit.actors(text).actor) == actors


# _named and _singular: a group named in the singular and the plural is one group
@pytest.mark.parametrize(
    "text, group",
    [
        ("Republicans in the House voted no. One Republican, Rep. Anna Berg, said the bill was flawed.", "Republicans"),
        ("Democrats met in Ohio. A Democrat from Texas said the party was split.", "Democrats"),
    ],
)
def test_a_group_in_the_singular_and_plural_is_one_group(text, group):
    table = toolkit.actors(text).set_index("actor")
    assert table.loc[group, "mentions"] == 2 and table.loc[group, "type"] == "group"
