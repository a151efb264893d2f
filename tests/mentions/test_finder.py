"""Entity mentions with the small model's mistakes repaired: titles, fragments, mislabelled names, demonyms,
agencies, facilities, the article's tags.

Each repair rule has at least two sentences, worded differently (the first is often the seed article); a comment
names the rule in ``toolkit/mentions/finder.py``.
"""

import pytest

import toolkit
from toolkit import Article
from toolkit.mentions.finder import Mention, _bare_surnames
from toolkit.mentions.tables import entities
from toolkit.speech.tables import quotes


def snippet(text: str) -> Article:
    return toolkit.load_article(text)


def test_model_fragments_are_repaired(seed):
    df = entities(seed)
    names = set(toolkit.actors(seed).actor)
    assert not {"Supreme", "Defense", "US National Security", "Patriot", "B-52", "F-15"} & names
    assert "Patriot" not in set(df[df.label == "PERSON"].text)
    assert set(df[df.label == "ORG"].text) == {"Pentagon"}


def test_repairs_are_general_on_the_raw_scrape(seed):
    """The raw page still has the dateline, "his Twitter page" and the READ MORE headline "Moscow Warns ..."."""
    raw = Article(raw=seed.raw, text=seed.raw, agency=seed.agency, tags=seed.tags)
    df = entities(raw)
    persons = set(df[df.label == "PERSON"].text)
    assert persons == {"Ali Khamenei", "Hassan Rouhani", "Khamenei", "John Bolton", "Patrick Shanahan"}
    assert df[df.text == "Sputnik"].label.tolist() == ["ORG"]
    assert "Moscow" in set(df[df.label == "GPE"].text)


# _absorb_title_chains: titles before a name become the person's roles (with the words that qualify an office, and
# over a place word to a stand-in or qualifier before it), and the model's ORG fragments inside them go (the seed:
# "Iranian Supreme Leader Ayatollah Ali Khamenei", "US National Security Adviser John Bolton", "Acting US Defense
# Secretary Patrick Shanahan")
@pytest.mark.parametrize(
    "text, person, roles",
    [
        ("German Finance Minister Olaf Brenner said the budget was balanced.", "Olaf Brenner", ["Finance Minister"]),
        ("French Defence Minister Paul Girard visited the base.", "Paul Girard", ["Defence Minister"]),
        ("British Home Secretary Amber Lowe spoke in Leeds.", "Amber Lowe", ["Home Secretary"]),
        ("US Treasury Secretary Janet Mills spoke in Ohio.", "Janet Mills", ["Treasury Secretary"]),
        ("Chief Medical Officer Chris Whyte warned of a second wave.", "Chris Whyte", ["Chief Medical Officer"]),
        ("UK Foreign Secretary Jane Hill met the press.", "Jane Hill", ["Foreign Secretary"]),
        ("Former US Treasury Secretary Janet Mills spoke in Ohio.", "Janet Mills", ["Former Treasury Secretary"]),
        ("Acting UK Home Secretary Amber Lowe spoke in Leeds.", "Amber Lowe", ["Acting Home Secretary"]),
    ],
)
def test_titles_before_a_name_become_roles(text, person, roles):
    table = toolkit.actors(text)
    assert table.set_index("actor").loc[person, "roles"] == roles
    assert set(table.type) <= {"person", "place"}  # no ORG fragment of the title ("Defence", "British Home")


# the ORG/PERSON fragments inside a title go, unless the name stands on its own elsewhere in the article
@pytest.mark.parametrize(
    "text, org, person, roles",
    [
        ("Google CEO Sundar Pichai said the firm would invest. Pichai added that Google would hire people.",
         "Google", "Sundar Pichai", ["CEO"]),
        ("Apple CEO Tim Cook spoke. Apple said sales were up.", "Apple", "Tim Cook", ["CEO"]),
    ],
)
def test_org_named_on_its_own_stays_an_org_before_a_title(text, org, person, roles):
    table = toolkit.actors(snippet(text)).set_index("actor")
    assert table.loc[org, "mentions"] == 2 and table.loc[person, "roles"] == roles


# _repair_person: a name that only modifies a common noun is a product (the seed: "Patriot missiles")
@pytest.mark.parametrize(
    "text, products",
    [
        ("The deployments include Patriot missiles and Apache helicopters.", ["Patriot", "Apache"]),
        ("The army bought Javelin missiles and Stinger rockets last year.", ["Javelin", "Stinger"]),
    ],
)
def test_a_name_that_modifies_a_thing_is_a_product(text, products):
    df = entities(text)
    assert df[df.label == "PRODUCT"].text.tolist() == products
    assert toolkit.actors(text).empty


# _office_and_holder: a name the model ran on from an office into its holder ("Secretary of [Defense Jim Mattis]")
@pytest.mark.parametrize(
    "text, person",
    [
        ("Secretary of Defense Jim Mattis said on Monday that troops would stay.", "Jim Mattis"),
        ("Secretary of Agriculture Sonny Perdue said farmers would get help.", "Sonny Perdue"),
    ],
)
def test_an_office_run_into_its_holder_gives_the_person(text, person):
    table = toolkit.actors(text)
    assert person in set(table[table.type == "person"].actor)
    assert not any(person in name for name in table[table.type == "organization"].actor)


# _without_space: a name the model ran into an unclosed parenthesis or a trailing preposition
@pytest.mark.parametrize(
    "text, name",
    [
        ("According to the World Health Organization (WHO, the virus spread fast.", "World Health Organization"),
        ("Members of United Teachers of Los Angeles marched.", "United Teachers"),
    ],
)
def test_a_name_ends_before_an_unclosed_parenthesis_or_a_preposition(text, name):
    assert name in set(toolkit.actors(text).actor)


# _repair_person: a word that is no first name before a group the model found is no person ("Furious Germans")
@pytest.mark.parametrize(
    "text, group",
    [
        ("Angry Iranians marched. Furious Germans said no.", "Germans"),
        ("Radical Democrats Want More. The Democrats said no to the plan.", "Democrats"),
    ],
)
def test_a_group_with_a_capitalised_word_before_it_is_the_group(text, group):
    table = toolkit.actors(text)
    assert group in set(table[table.type == "group"].actor) and "person" not in set(table.type)


# _repair_person: a person loses a trailing verb (the raw seed: a READ MORE headline)
@pytest.mark.parametrize(
    "text, person",
    [
        ("Maria Lopez Wins Again In Leeds", "Maria Lopez"),
    ],
)
def test_a_headline_verb_is_not_part_of_the_name(text, person):
    assert entities(text)[lambda d: d.label == "PERSON"].text.tolist() == [person]


def test_person_names_the_model_tagged_as_something_else():
    a = snippet(
        "Donald Trump spoke on Monday. The Trump campaign said it would appeal, and Trump supporters cheered.\n\n"
        "Melania Trump arrived later. Donald waved while Melania smiled."
    )
    df = entities(a)
    assert set(df[df.text == "Trump"].label) == {"PERSON"} and set(df[df.text == "Trump"].actor) == {"Donald Trump"}
    assert df[df.text == "Melania"].actor.tolist() == ["Melania Trump"]
    assert df[df.text == "Donald"].actor.tolist() == ["Donald Trump"]
    assert sorted(toolkit.actors(a).actor) == ["Donald Trump", "Melania Trump"]


# find_mentions: a name the model tagged ORG, GPE or DATE (as a subject) that is the full, first or last name of a
# person in the article is that person (index: a first name alone joins the one full name with it)
@pytest.mark.parametrize(
    "text, name, person",
    [
        ("Bernie Sanders held a rally in Iowa. Volunteers for the Sanders team knocked on doors.", "Sanders",
         "Bernie Sanders"),
        ("Kamala Harris spoke in Ohio. Kamala waved while Joe smiled.", "Kamala", "Kamala Harris"),
        ("Tom August spoke. Then August answered the questions.", "August", "Tom August"),
    ],
)
def test_a_persons_name_tagged_as_something_else_is_that_person(text, name, person):
    df = entities(text)
    assert df[df.text == name][["label", "actor"]].values.tolist() == [["PERSON", person]]
    assert person in set(toolkit.actors(text).actor) and name not in set(toolkit.actors(text).actor)


def test_courtesy_titles_are_roles_not_names():
    a = snippet("Mrs. Theresa May spoke in London. Mr. Corbyn replied, and May answered him.")
    table = toolkit.actors(a).set_index("actor")
    assert table.loc["Theresa May", "roles"] == ["Mrs."] and table.loc["Theresa May", "mentions"] == 2
    assert "Mrs. Theresa May" not in set(entities(a).text)


# _relabel: a demonym the model took for a place (the model does it for "Ukrainian" in several sentences)
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops advanced near Kharkiv on Monday, officials said.",
        "Ukrainian officials said the bridge was destroyed.",
    ],
)
def test_a_demonym_tagged_as_a_place_is_a_demonym(text):
    linked = entities(text, demonyms=True)
    assert linked[linked.text == "Ukrainian"][["label", "actor"]].values.tolist() == [["NORP", "Ukraine"]]
    assert "Ukrainian" not in set(toolkit.actors(text).actor)


# _relabel: names in the alias table get the alias's type
@pytest.mark.parametrize(
    "text, name",
    [
        ("Defense Secretary Mark Esper wrote on his Twitter page that Sputnik was lying about the talks.", "Sputnik"),
        ("The minister told Xinhua that the deal was close.", "Xinhua"),
    ],
)
def test_news_agencies_are_organisations_wherever_they_appear(text, name):
    assert toolkit.actors(text).set_index("actor").loc[name, "type"] == "organization"


# _relabel: a facility that is cited ("according to ...") or speaks is an organisation
@pytest.mark.parametrize(
    "text, name",
    [
        ("The plan was approved, according to Buckingham Palace.", "Buckingham Palace"),
        ("Gracie Mansion said the mayor was in Albany.", "Gracie Mansion"),
    ],
)
def test_a_facility_that_speaks_is_an_organisation(text, name):
    assert entities(text)[lambda d: d.text == name].label.tolist() == ["ORG"]
    assert toolkit.actors(text).set_index("actor").loc[name, "type"] == "organization"


# _apply_tags: an article tag the model cut short is tagged whole, with the label the model gave its pieces
@pytest.mark.parametrize(
    "text, tag, person",
    [
        ("Recep Tayyip Erdogan spoke in Ankara. Erdogan said the talks failed.", "Recep Tayyip Erdogan",
         "Recep Tayyip Erdogan"),
        ("Luiz Inacio Lula da Silva won the vote.", "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"),
        pytest.param(
            "Prime Minister Kari Lunde met the press. Kari Lunde said nothing.", "Prime Minister Kari Lunde",
            "Kari Lunde",
            marks=pytest.mark.xfail(reason="a tag that starts with a two-word title puts the title into the full "
                                    "name (_person_names strips one-word titles only), so the bare name the model "
                                    "tagged ORG is no longer relabelled PERSON", strict=True),
        ),
    ],
)
def test_article_tags_complete_names_the_model_cut_short(text, tag, person):
    article = snippet(text)
    article.tags = [tag]
    df = entities(article)
    assert df.text.iloc[0] == person
    assert set(df[df.text.str.contains(person.split()[-1])].label) == {"PERSON"}


# _appositive_roles: an office set beside a name is the person's role, and "the <office>" later refers back
@pytest.mark.parametrize(
    "text, phrase, actor",
    [
        ("Jane Doe, the mayor, opened the new bridge on Monday. Traffic will flow by June, the mayor added.",
         "the mayor", "Jane Doe"),
        ("Tom Reyes, a spokesman for the airline, declined to comment. The spokesman said talks would resume.",
         "The spokesman", "Tom Reyes"),
        ("The senator, Maria Lopez, voted against the bill. The senator said it was rushed.", "The senator",
         "Maria Lopez"),
    ],
)
def test_an_office_beside_a_name_is_a_role(text, phrase, actor):
    table = quotes(text)
    assert table[table.speaker == phrase].actor.tolist() == [actor]


# _common_word: a one-word ORG that is a common word capitalised only because it opens a sentence or a quote, and
# that the article also writes in lower case, is no actor
@pytest.mark.parametrize(
    "text, word",
    [
        ("Vaccines will take a year, the chief scientist said. Most vaccines need two doses.", "Vaccines"),
        ("Healthcare workers are exhausted. The union says healthcare costs have doubled since May.", "Healthcare"),
        ("Digital sales rose by half in April, while digital ads fell, Amazon said.", "Digital"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_actor(text, word):
    table = toolkit.actors(text)
    assert word not in set(table.actor)
    assert word not in set(entities(text).text)
    assert set(table.actor) <= {"Amazon"}


def test_a_name_also_capitalised_inside_a_sentence_stays_an_actor():
    text = "Subway is closing 500 stores. The chain said Subway would keep its name, and the subway kept running."
    assert toolkit.actors(text).set_index("actor").loc["Subway", "mentions"] == 2


# _named_relative: a name the model took for something else, opening with a known first name and set beside a noun
# a person owns ("her mother, ..."), is a person
@pytest.mark.parametrize(
    "text, name",
    [
        ('"He was the youngest of four," his father, Nikki Collins-Moore, told ABC News.', "Nikki Collins-Moore"),
        ("His partner, Sandra Bay Harbor, declined to comment.", "Sandra Bay Harbor"),
    ],
)
def test_a_relative_named_beside_a_possessed_noun_is_a_person(text, name):
    assert toolkit.actors(text).set_index("actor").loc[name, "type"] == "person"


def test_a_company_beside_a_possessed_noun_stays_a_company():
    assert toolkit.actors("Their company, Morgan Stanley, said profits fell.").type.tolist() == ["organization"]


# _bare_surnames: a surname the model left untagged is the person it named in full
@pytest.mark.parametrize(
    "text, person, mentions",
    [
        ("Attorney General Dana Nessel spoke on Friday. “This is a man who has encouraged people to break the law,” "
         "Nessel said. Nessel went on to criticise the plan.", "Dana Nessel", 3),
        ("Senator Willa Brauning voted no. Brauning went on to attack the bill, and Brauning had warned about it "
         "before.", "Willa Brauning", 3),
    ],
)
def test_an_untagged_surname_is_the_person_named_in_full(text, person, mentions):
    assert toolkit.actors(text).set_index("actor").loc[person, "mentions"] == mentions


@pytest.mark.parametrize(
    "text, found",
    [
        ("Santander Bank cut rates. Later, Bank said it would pay.", ["Bank"]),
        ("Santander Bank cut rates. Later, Bank said the bank would pay.", []),
        ("Vitamin C sold out. Later, C was back, and Vitamin C sold out again.", []),
    ],
)
def test_an_untagged_word_the_article_writes_in_lower_case_is_no_surname(text, found):
    """The model sometimes takes a business for a person ("Santander Bank"); its last word is then no surname when
    the article also writes it in lower case."""
    doc = toolkit.parse(text)
    added = _bare_surnames(doc, [Mention(0, 2, "PERSON")], {t.text for t in doc if t.is_lower})
    assert [doc[m.i : m.j].text for m in added] == found


# _named_relative: a name the model took for an organization, set beside an office, is the office holder
@pytest.mark.parametrize(
    "text, name",
    [
        ("The head of the clinic, Beslan Matiev, denied all the charges.", "Beslan Matiev"),
        ("The head of the school, Nikki Collins-Moore, said the classes would resume.", "Nikki Collins-Moore"),
        ("A spokesman for the clinic, Beslan Matiev, said the girl was healthy.", "Beslan Matiev"),
    ],
)
def test_a_name_beside_an_office_is_a_person_and_speaks_for_it(text, name):
    assert toolkit.actors(text).set_index("actor").loc[name, "type"] == "person"
    assert quotes(text).actor.tolist() == [name]


# _titled_name: a one-word name the model took for a place or an organization, right after an office in lower case,
# is the office holder, and the role phrase speaks for that name
@pytest.mark.parametrize(
    "text, name",
    [
        ("The French diplomat Talleyrand said of them, “They had learned nothing and forgotten nothing.”",
         "Talleyrand"),
        ("The Italian diplomat Ciano wrote that the war was lost.", "Ciano"),
    ],
)
def test_a_name_after_an_office_is_a_person(text, name):
    assert toolkit.actors(text).set_index("actor").loc[name, "type"] == "person"
    assert quotes(text).actor.tolist() == [name]
