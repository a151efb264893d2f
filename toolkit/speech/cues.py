"""Cue words of reported speech (said, told, according to...) and what the dependency parse says they report.

The lexicon lives in ``toolkit/data/cue_verbs.tsv``. A cue's content is its clausal complement ("said [that Iran
was ready]"), continued through a coordinated verb without its own subject ("..., but [will continue to resist]"),
the clause a cue follows ("[Iran will not hold talks], Khamenei said"), the object predicate of a naming verb
("called it [a clear message]", "called [him divisive]"), a stance verb's object with what it is held to be or
blamed for ("accused [him of lying]", "endorsed [Clinton]"), or the rest of the sentence around "according to X".
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from toolkit.lexicon import document_nouns, instrument_verbs, read_table, survey_nouns, titles

COMPLEMENTS = {
    "speech": ("ccomp",),
    "writing": ("ccomp",),
    "belief": ("ccomp",),
    "stance": ("ccomp", "dobj", "xcomp"),
    "intention": ("xcomp", "ccomp", "dobj"),
    "naming": ("oprd", "ccomp"),
    "request": ("ccomp", "xcomp", "dobj"),
}
"""Per class, the dependency relations that carry a cue verb's content, in order of preference."""
OBJECT_AFTER_CLAUSE = {"speech", "writing", "belief"}
"""Classes whose object counts only for the verbs ``cue_objects`` marks "yes" and only when it does not name
someone."""
PUNCT_EDGE = set(" ,;:-–—.\n")
SPOKEN = {"speech", "writing"}
"""Cue classes that state what was said or written: a quote near such a cue is taken as its content first."""
REPORTING = SPOKEN | {"source"}
"""Cue classes whose reported clause is kept even when no speaker is found, and that report the words of a belief
or stance cue inside their content."""
RELATIVE = {"who", "that", "which", "whom"}
PERSONAL = {"he", "she", "they", "we", "i"}
DASHES = {"—", "–", "--"}
FINITE = {"VBD", "VBZ", "VBP"}
"""Tags of a finite verb, which has a subject somewhere even when the parse attaches it elsewhere."""
STANCE_PREPOSITIONS = {"of", "for", "as", "over", "about"}
"""What a stance verb holds its object to be, or for ("accused him [of] ...", "praised her [for] ...", "described it
[as] ...")."""
PAST = {"VBN": "VBD"}
"""The past participle taken for the past tense: the tagger confuses them ("has criticized ... and called")."""


class Cue(NamedTuple):
    """A cue token (or the first token of a cue phrase) with its class and the span of what it reports (-1 when
    the parse shows nothing)."""

    token: Token
    start: int
    end: int
    content_start: int
    content_end: int
    cls: str


@cache
def cue_lexicon() -> dict[str, str]:
    """Cue lemma -> class (speech, writing, belief, naming, source), read once from the data file.

    >>> cue_lexicon()["say"], cue_lexicon()["according to"]
    ('speech', 'source')
    """
    return {row["lemma"].strip(): row["class"].strip() for row in read_table("cue_verbs.tsv")}


@cache
def cue_objects() -> dict[str, str]:
    """Cue lemma -> the ``object`` column of the data file, where given: "yes" for a verb of speech, writing or belief
    whose direct object is its content when it governs no clause ("mentioned [the plan]"); "no" for a verb whose
    object is never its content, only a clause or infinitive is ("threatened [to resign]", not "threatened civil
    liberties"); "thing" for a stance verb whose object is its content only when it is not one person ("challenged
    [the ruling]", not "challenged Ayotte for her seat"); "document" for a verb whose object is its content when
    its subject is a document, record or poll ("polls show [Clinton with a narrow lead]", not "he showed flashes of
    compassion").

    >>> cue_objects()["mention"], cue_objects()["threaten"], "criticize" in cue_objects()
    ('yes', 'no', False)
    """
    return {row["lemma"].strip(): row["object"].strip() for row in read_table("cue_verbs.tsv") if row.get("object")}


@cache
def cue_nouns() -> dict[str, str]:
    """Noun -> class: the nouns of ``toolkit/data/cue_nouns.tsv``, which report words through a "that" clause or,
    for nouns of stance, what follows their preposition (``noun_objects``).

    >>> cue_nouns()["claim"], "fact" in cue_nouns()
    ('speech', False)
    """
    return {row["noun"]: row["class"] for row in read_table("cue_nouns.tsv")}


@cache
def noun_objects() -> dict[str, tuple[str, ...]]:
    """Noun -> the prepositions that take what a noun of stance is about (the ``object`` column of
    ``cue_nouns.tsv``).

    >>> noun_objects()["criticism"], "claim" in noun_objects()
    (('of',), False)
    """
    return {row["noun"]: tuple(row["object"].split()) for row in read_table("cue_nouns.tsv") if row.get("object")}


def find_cues(doc: Doc, inside_quote: list[bool]) -> list[Cue]:
    """Cue words of ``doc`` outside quotation marks, in order, each with its content span (-1, -1 if none found).

    ``inside_quote[i]`` tells whether token ``i`` lies inside a quoted passage.
    """
    lexicon, nouns = cue_lexicon(), cue_nouns()
    phrasal = {lemma.split()[0] for lemma, cls in lexicon.items() if " " in lemma and cls in COMPLEMENTS}
    cues = []
    for token in doc:
        if inside_quote[token.i]:
            continue
        phrase = source_phrase(token)
        if phrase is not None:
            start, end = _source_content(phrase)
            cues.append(Cue(token, phrase.start_char, phrase.end_char, start, end, "source"))
        elif token.pos_ == "VERB" and _name_of_a_thing(token):
            continue
        elif token.pos_ == "VERB" and token.lemma_.lower() in phrasal and (found := _phrasal(token, lexicon)):
            cls, (start, end) = found
            cues.append(Cue(token, token.idx, token.idx + len(token), start, end, cls))
        elif token.pos_ == "VERB" and lexicon.get(token.lemma_.lower()) in COMPLEMENTS:
            cls = lexicon[token.lemma_.lower()]
            start, end = _verb_content(token, cls)
            cues.append(Cue(token, token.idx, token.idx + len(token), start, end, cls))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns and (found := _noun_content(token, nouns)):
            cls, (start, end) = found
            cues.append(Cue(token, token.idx, token.idx + len(token), start, end, cls))
    return cues


def _name_of_a_thing(verb: Token) -> bool:
    """Whether a naming verb is a participle giving a noun its name ("a group called Black Votes Matter", "a
    program named Sandy Hook Promise"): the name of the thing, nobody's words."""
    return (cue_lexicon().get(verb.lemma_.lower()) == "naming" and verb.dep_ == "acl" and verb.tag_ == "VBN"
            and verb.head.pos_ in ("NOUN", "PROPN"))


def _noun_content(noun: Token, nouns: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The class and content of a noun cue with a source ("Trump's [claim] that taxes will rise"): the "that"
    clause the noun governs, or for a noun of stance with a source that is no pronoun what it is about ("Trump's
    criticism of [the judge]"); None without a source or either."""
    source = noun_source(noun)
    if source is None:
        return None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "appos") and any(c.dep_ == "mark" and c.lower_ == "that"
                                                            for c in child.children):
            return nouns[noun.lemma_.lower()], _trim(list(child.subtree))
    about = noun_objects().get(noun.lemma_.lower(), ()) if source.pos_ != "PRON" else ()
    for child in noun.rights:  # "Trump's criticism of [the Khan family]"
        target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if child.dep_ == "prep" and child.lower_ in about and target is not None:
            tokens = list(target.subtree)
            start, end = _span_or_name(tokens, target, someone=_one_named(tokens))
            return (nouns[noun.lemma_.lower()], (start, end)) if start >= 0 else None
    return None


def noun_source(noun: Token) -> Token | None:
    """Who a noun cue's words belong to: its possessor ("Trump's claim", "her pledge"; his, her, its or their as the
    subject of the clause they stand for, see ``_owner_subject``), or whom it is "by" or "from" ("a warning from
    the CDC")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _owner_subject(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "PRON", "NOUN"):
                return obj
    return None


OWNER_NUMBER = {"his": "sg", "her": "sg", "its": "sg", "their": "pl"}


def _owner_subject(owner: Token) -> Token:
    """For his, her, its or their, the subject of the clause it stands in when the pronoun can stand for it ("the
    attendees expressed [their] support for Trump": the attendees; "Trump continued [his] attacks"); else the owner."""
    number = OWNER_NUMBER.get(owner.lower_)
    clause = _clause_of(owner)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if number else None
    if subject is None or subject.i > owner.i or subject.pos_ not in ("NOUN", "PROPN"):
        return owner
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural == (number == "pl") else owner


def _phrasal(verb: Token, lexicon: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """A cue of the lexicon made of the verb and its particle ("called for [a ban]", "called on [the council to
    act]", "calling for [the United States to step up ...]"): its class and what follows the particle, on through
    an infinitive the verb governs."""
    for child in verb.rights:
        if child.dep_ == "prep":
            particle, head = child, next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        elif child.dep_ == "prt":  # "pointed [out] that ...": the clause or object after the particle
            particle = child
            head = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj") and c.i > child.i), None)
        elif child.dep_ == "advcl":  # "calling [for] the United States to step up": "for" marks the clause
            particle, head = next((c for c in child.children if c.dep_ == "mark"), None), child
        else:
            continue
        cls = lexicon.get(f"{verb.lemma_.lower()} {particle.lower_}") if particle is not None else None
        if cls not in COMPLEMENTS or head is None:
            continue
        tokens = sorted({*head.subtree, *(t for c in verb.children if c.dep_ == "xcomp" and c.i > head.i
                                            for t in c.subtree)}, key=lambda t: t.i)
        return cls, _trim([t for t in tokens if t.i > particle.i])
    return None


def source_phrase(token: Token) -> Span | None:
    """The source phrase of the lexicon ("according to") that starts at ``token``, if any."""
    doc = token.doc
    for phrase in _source_phrases():
        if token.lower_ == phrase[0] and [t.lower_ for t in doc[token.i : token.i + len(phrase)]] == phrase:
            return doc[token.i : token.i + len(phrase)]
    return None


@cache
def _source_phrases() -> list[list[str]]:
    return [lemma.split() for lemma, cls in cue_lexicon().items() if cls == "source"]


def _verb_content(verb: Token, cls: str) -> tuple[int, int]:
    """What a cue verb of class ``cls`` reports: its complement (see ``COMPLEMENTS`` and the ``object`` column of
    ``cue_verbs.tsv``), else what a naming verb calls its object, else the clause it is set in or beside."""
    objects = cue_objects().get(verb.lemma_.lower())
    document = objects == "document" and _document_subject(verb)
    complement = _complement(verb, cls, objects, document)
    if complement is not None:
        return _complement_content(verb, cls, complement, objects, document)
    if cls == "naming" and (named := _object_named(verb)) is not None:
        return named
    return _clause_beside(verb, cls)


def _complement(verb: Token, cls: str, objects: str | None, document: bool) -> Token | None:
    """The child that carries a cue verb's content, in the order of preference of its class; an object only where
    the ``object`` column allows it and, for verbs of speech, writing and belief, when it names no one (unless a
    document is the subject: "polls show [Clinton] ..."); else any clausal complement, else what someone is told to
    do (``_told_to``)."""
    deps = COMPLEMENTS[cls]
    if objects == "yes" or document:
        deps += ("dobj", "dative") if document else ("dobj",)
    elif objects == "no":
        deps = tuple(d for d in deps if d != "dobj")
    return next(
        (c for dep in deps for c in verb.children if c.dep_ == dep and c.i > verb.i
         and not (dep == "dobj" and cls in OBJECT_AFTER_CLAUSE and _names_someone(c) and not document)),
        None,
    ) or next((c for c in verb.children if c.dep_ == "ccomp"), None) or _told_to(verb, cls)


def _complement_content(verb: Token, cls: str, complement: Token, objects: str | None,
                        document: bool) -> tuple[int, int]:
    """The span a complement reports: its subtree, cut before a second act of the speaker the parse joined to it,
    run on through a coordinated verb of a reported clause; for a document's object the rest of the clause, for a
    stance verb's object what it is held to be, for a naming verb's one-word predicate its object too."""
    tokens = list(complement.subtree)
    if document and complement.dep_ in ("dobj", "dative"):  # "polls show [Clinton with a lead]": the rest of the
        # clause, up to a clause of its own joined to it ("..., and the senator is worried")
        own = next((c for c in verb.rights if c.dep_ == "conj" and _has_subject(c)), None)
        end = own.left_edge.i if own is not None else verb.right_edge.i + 1
        tokens = [t for t in verb.doc[complement.left_edge.i : end] if not (own is not None and t.dep_ == "cc"
                                                                             and t.head == verb)]
    second = next((t for t in tokens if t.dep_ == "conj" and not _has_subject(t)
                   and (_reports_a_clause(t) or _second_report(t, verb, complement))), None)
    if second is not None:  # "said the budget was tight and [added that] ...", the parse joining "added" to "was"
        tokens = [t for t in tokens if t.i < second.left_edge.i and not (t.i > complement.i and t.dep_ == "cc")]
    for conj in verb.children:
        if complement.i > verb.i and conj.dep_ == "conj" and conj.i > tokens[-1].i and not _has_subject(conj):
            if _reports_a_clause(conj) or _second_report(conj, verb, complement):
                # "praised X and [said that] ...", "criticized X as 'Y' and [accused] ...": an attribution of its
                # own; the content runs up to it
                tokens = list(verb.doc[tokens[0].i : conj.left_edge.i])
                while tokens and tokens[-1].dep_ == "cc" or tokens and tokens[-1].text.strip() in PUNCT_EDGE:
                    tokens.pop()
                break
            if complement.pos_ in ("VERB", "AUX") or cls not in ("naming", "stance"):
                # a clause runs on ("said that ..., but will resist"); what someone is called or criticized ends
                # ("called him [divisive] and walked off")
                tokens = list(verb.doc[tokens[0].i : conj.right_edge.i + 1])
    if cls == "stance" and complement.dep_ == "dobj":
        return _stance_object(verb, complement, tokens, someone=objects != "thing" and _one_named(tokens))
    found = _trim(tokens)
    if found[0] < 0 and cls == "naming":  # "called him [divisive]": one word says nothing without its object
        return _object_named(verb) or found
    return found


def _clause_beside(verb: Token, cls: str) -> tuple[int, int]:
    """For a cue with no complement: the clause it is set in ("Many, he said, have closed") or vouches for ("as
    Politico has reported, [...]"); (-1, -1) otherwise."""
    head_cls = cue_lexicon().get(verb.head.lemma_.lower())
    head_is_cue = head_cls in REPORTING if verb.dep_ == "parataxis" else head_cls is not None  # "CNN, Cruz said,
    # called it ...": a parenthetical cue reports a clause around another kind of cue
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i and _has_subject(verb) and not head_is_cue:
        return _around(verb)
    if _vouching(verb, cls):  # "As Politico has reported, [cases that led to charges were larger]"
        inner = [t.i for t in verb.subtree]
        side = [t for t in verb.head.subtree if (t.i > max(inner) if min(inner) < verb.head.i else t.i < min(inner))]
        return _trim(side)
    return -1, -1


def _told_to(verb: Token, cls: str) -> Token | None:
    """The infinitive a verb of speech or writing tells someone to follow ("told residents [not to drink the
    water]"), when it reports no clause."""
    if cls not in SPOKEN:
        return None
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                      and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return next((c for c in verb.children if c.dep_ == "xcomp" and addressee is not None and c.i > addressee.i), None)


def _document_subject(verb: Token) -> bool:
    """Whether a verb's subject is a document, record or poll ("polls show [Clinton with a lead]", "with polls
    showing ...")."""
    subject = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _a_document(subject)


def _a_document(token: Token) -> bool:
    """Whether a token is a noun of a document, record or poll (``document_nouns.tsv``, ``survey_nouns.tsv``)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in document_nouns() | survey_nouns()


def _one_named(tokens: list[Token]) -> bool:
    """Whether a one-word object names someone: a name the model knows, or a personal pronoun ("him")."""
    words = _words(tokens)
    return len(words) == 1 and _names_someone(words[0]) and words[0].lower_ not in THINGS_SAID


def _stance_object(verb: Token, target: Token, tokens: list[Token], *, someone: bool) -> tuple[int, int]:
    """The content of a stance verb's object (``tokens``: the object, cut or run on as ``_complement_content``
    found it): on through what it is held to be, accused of or praised for right after it ("accused [Cruz, the
    senator from Texas, of being 'politically correct']", "described [it as a gift]"); a lone word only when it
    names ``someone`` ("endorsed [Clinton]")."""
    why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS
                and c.i > tokens[-1].i and not any(not t.is_punct for t in verb.doc[target.right_edge.i + 1 : c.i])),
               None)
    if why is not None:
        tokens = list(verb.doc[tokens[0].i : why.right_edge.i + 1])
    return _span_or_name(tokens, target, someone=someone)


def _span_or_name(tokens: list[Token], target: Token, *, someone: bool) -> tuple[int, int]:
    """The trimmed span of ``tokens``; when that is too short to say anything, the lone ``target`` word if it names
    ``someone`` ("endorsed [Clinton]", "criticism of [him]"), else (-1, -1)."""
    start, end = _trim(tokens)
    if start < 0 and someone:
        return target.idx, target.idx + len(target)
    return start, end


def _object_named(verb: Token) -> tuple[int, int] | None:
    """What a naming verb calls something, with the thing, when the predicate is one word ("called [him divisive]",
    "called [himself pro-choice]"): from its object to its predicate, however the parse labelled the two; None
    without both."""
    parts = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
    if len(parts) < 2:
        return None
    start, end = _trim(list(verb.doc[parts[0].left_edge.i : parts[-1].right_edge.i + 1]))
    return (start, end) if start >= 0 else None


def _vouching(verb: Token, cls: str) -> bool:
    """Whether a verb of speech or writing vouches for the clause it is set beside ("as Politico has reported, ...",
    "..., as the mayor said"): opened by "as" at the start of its sentence or after a comma, with no object or
    clause of its own; a temporal "as" ('Cruz said as the heckler yelled') has no comma."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if verb.dep_ != "advcl" or cls not in SPOKEN or mark is None or verb.lemma_.lower() == "continue":
        return False
    before = verb.doc[mark.i - 1] if mark.i > verb.sent.start else None
    bare = not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    return bare and (before is None or before.text == ",")


def _believer(verb: Token) -> Token | None:
    """The cue of the lexicon whose clause ``verb`` is ("strategists fear that Clinton [missed] ..."), of any class;
    None when ``verb`` is not in such a clause."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cue_lexicon() and verb.head.pos_ == "VERB":
        return verb.head
    return None


def _second_report(conj: Token, verb: Token, complement: Token) -> bool:
    """Whether a coordinated cue verb after a cue is the speaker's second act, not more of the words reported: joined
    to the cue after an object, or after a clause in the cue's tense ("oppose the tax, and [have pledged] to ...");
    joined by the parse to the words reported, in the cue's tense where neither the complement nor the verb it is
    joined to has that tense ("criticized the pope as 'a political person' and [accused] him", "said she admires
    his determination and [highlighted] ..."; "said he knew and [wanted] ..." stays one report). A past participle
    counts as the past tense."""
    if cue_lexicon().get(conj.lemma_.lower()) not in COMPLEMENTS or conj.i < verb.i:
        return False
    tense = _tense(conj)
    if conj.head == verb:
        return complement.pos_ not in ("VERB", "AUX") or tense == _tense(verb)
    return tense == _tense(verb) and tense not in (_tense(complement), _tense(conj.head))


def _tense(verb: Token) -> str:
    """A verb's tag, a past participle taken for the past tense."""
    return PAST.get(verb.tag_, verb.tag_)


def _second_report_of(conj: Token) -> Token | None:
    """The cue verb whose second act ``conj`` is (see ``_second_report``), if any: the nearest cue above it, through
    the complement it hangs in."""
    child = conj
    for verb in conj.ancestors:
        if verb.pos_ == "VERB" and cue_lexicon().get(verb.lemma_.lower()) in COMPLEMENTS:
            through_complement = child.dep_ in ("ccomp", "dobj", "xcomp", "oprd")
            return verb if through_complement and _second_report(conj, verb, child) else None
        child = verb
    return None


def _reports_a_clause(verb: Token) -> bool:
    """Whether a verb is a cue with a reported clause of its own ("... and said [that ...]")."""
    return verb.lemma_.lower() in cue_lexicon() and any(c.dep_ == "ccomp" for c in verb.children)


def _names_someone(token: Token) -> bool:
    """Whether an object names whom the words are addressed to or about ("reminded [voters]"), not the words."""
    return token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _around(verb: Token) -> tuple[int, int]:
    """The clause a parenthetical cue sits in or after ("Many, he said, have closed"; "X is so, he said"): the
    head's subtree, without the cue's own clause when that hangs at an edge."""
    inner = {t.i for t in verb.subtree}
    tokens = list(verb.head.subtree)
    while tokens and (tokens[-1].i in inner or tokens[-1].is_punct):
        tokens.pop()
    while tokens and (tokens[0].i in inner or tokens[0].is_punct):
        tokens.pop(0)
    return _trim(tokens)


def _source_content(source: Span) -> tuple[int, int]:
    """The larger side of the sentence around a source phrase and what it names ("according to X")."""
    sent = source.sent
    phrase = sorted({t for token in source for t in token.subtree}, key=lambda t: t.i)
    before = [t for t in sent if t.i < phrase[0].i]
    after = [t for t in sent if t.i > phrase[-1].i]
    side = before if len(_words(before)) >= len(_words(after)) else after
    return _trim(side)


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct and not t.is_space]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _trim(tokens: list[Token]) -> tuple[int, int]:
    """Character span of ``tokens`` (contiguous), without punctuation or spaces at either edge."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct and tokens[0].text in PUNCT_EDGE or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.strip() in PUNCT_EDGE or tokens[-1].text.strip() == ""):
        tokens = tokens[:-1]
    if len(_words(tokens)) < 2:
        return -1, -1
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def subject_of(cue: Token) -> Token | None:
    """The token naming who the cue's speech belongs to: its subject; for a participle or infinitive without one ("...,
    saying", "by saying", "continued to say", "was quick to add") the subject of the verb it hangs on, or that verb's
    object ("led some to speculate"), or for "..., adding" after reported speech the reporter; for "a statement saying"
    said by someone, that someone; the object of a source phrase ("according to"); for a finite verb the parse left
    without one, the name right before it (before the first of coordinated verbs: "Porter railed against X and
    [explained] ...").
    """
    source = source_phrase(cue)
    if source is not None:
        return next((c for c in source[-1].children if c.dep_ == "pobj"), None)
    if cue.pos_ == "NOUN":
        return noun_source(cue)
    subject = _parsed_subject(cue)
    if subject is None and cue.tag_ in FINITE and not any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        first = cue
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX"):
            first = first.head  # "Johnson also railed against X, and [explained] ...": before the first verb
        return _name_before(first) or _who_before(first)
    if subject is None:
        return None
    return _publisher(_matrix_subject(_survey_behind(_past_dateline(subject, cue), cue), cue))


THINGS_SAID = {"this", "that", "these", "those", "it", "much", "little", "nothing", "something", "anything",
               "everything", "more", "less", "plenty", "lots"}
"""Objects that are what is said, not who says it ("had [this] to say", "had [little] to add")."""
BOUND = {"he": "sg", "she": "sg", "they": "pl"}


def _matrix_subject(subject: Token, cue: Token) -> Token:
    """For he, she or they as the subject of a cue inside the words another speaker reports ("Jealous told
    reporters that [he] believed ...") or inside a "what" phrase of another's verb ("Cruz railed against what [he]
    calls ..."), that speaker or subject when the pronoun can stand for them; else the pronoun."""
    number = BOUND.get(subject.lower_)
    if number is not None and cue.dep_ == "ccomp" and spoken(cue.head):
        outer = _parsed_subject(cue.head)
    elif number is not None and cue.dep_ == "pcomp" and cue.head.head.pos_ == "VERB":
        outer = _parsed_subject(cue.head.head)
    else:
        return subject
    if outer is None or outer.i >= subject.i or outer.pos_ not in ("NOUN", "PROPN"):
        return subject
    plural = outer.tag_ in ("NNS", "NNPS")
    return outer if plural == (number == "pl") else subject


def _publisher(subject: Token) -> Token:
    """For a document that says something, the object of a verb ("Trump released a video [that] said ...", "The Post
    ran a piece [that] noted ..."), that verb's subject when it names someone; else the subject itself."""
    if subject.lower_ not in RELATIVE:
        return subject
    document = antecedent(subject)
    if document is subject or document.lemma_.lower() not in document_nouns():
        return subject
    verb = document.head
    if document.dep_ != "dobj" or verb.pos_ != "VERB":
        return subject
    maker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return maker if maker is not None and (maker.pos_ == "PROPN" or maker.lower_ in PERSONAL) else subject


SHARES = {"percent", "%", "majority", "minority", "plurality", "half", "third", "quarter"}
"""Head words of a share of people ("28 percent of voters", "a majority"), besides numbers."""


def _survey_behind(subject: Token, cue: Token) -> Token:
    """For a share of people as subject ("In a CNN poll, [28 percent] of voters said ..."), the poll or survey named
    in the subject or in a phrase of the cue (or of the verb it is coordinated with); else the subject itself."""
    if not _share(subject):
        return subject
    verbs = {cue.i, cue.head.i} if cue.dep_ == "conj" else {cue.i}
    polls = [t for t in cue.sent if t.lemma_.lower() in survey_nouns()
             and (subject.is_ancestor(t) or _clause_of(t).i in verbs)]
    return min(polls, key=lambda t: abs(t.i - subject.i)) if polls else subject


def _share(token: Token) -> bool:
    """Whether a noun names a share of people: a number, a share word ("28 percent", "a majority"), or a noun
    counted as so many in so many ("Six in 10 voters")."""
    return (token.like_num or token.lower_ in SHARES
            or any(c.dep_ == "nummod" and any(q.lower_ == "in" for q in c.children) for c in token.children))


def _clause_of(token: Token) -> Token:
    """The nearest verb above a token (the token itself at the root)."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)


def _parsed_subject(cue: Token) -> Token | None:
    """The subject the parse gives, up the chain of participles and coordinated verbs, past a fronted phrase the
    parse took for it ("[Of] Cole, Fisher said"); a passive verb's subject speaks for an active cue coordinated with
    it or its infinitive ("officials were angered and [predicted]", "Trump was pressed to [explain]")."""
    via = ""
    active = not any(c.dep_ == "auxpass" for c in cue.children)
    for _ in range(5):
        subject = _inverted(cue) or next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "ADP":
            return _after_fronted(subject, cue)
        if subject is not None:  # "officials were angered by the deal and [predicted] ...": the officials predict
            passive_speaks = active and via in ("conj", "xcomp") and cue.dep_ not in ("ccomp", "acl", "relcl")
            return subject if subject.dep_ != "nsubjpass" or passive_speaks else None
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        head = cue.head
        if cue.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and head.lemma_.lower() not in instrument_verbs() and obj.lower_ not in THINGS_SAID:
                return obj
        elif cue.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
            if spoken(cue):  # "X said the deal has 'kept us safe' before [claiming] ...": X claims, not the deal
                head = reporter(head) or head
        elif cue.dep_ in ("acl", "relcl"):
            if head.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None
            polls = head.dep_ == "pobj" and cue.dep_ == "acl" and head.lemma_.lower() in survey_nouns()
            if head.dep_ not in ("dobj", "pobj") or polls:
                return head  # "with [polls] showing ...": the polls
            head = head.head.head if head.dep_ == "pobj" else head.head
            if head.pos_ not in ("VERB", "AUX"):
                return None
        elif (spoken(cue) and cue.dep_ == "advcl" and cue.tag_ == "VBG"
              or cue.dep_ == "conj" and _reports_a_clause(cue)):
            # "X said the plan was good, adding / and added ...": X adds, not the plan; "strategists fear that
            # Clinton missed a chance and warn that ...": the strategists warn
            head = reporter(head) or _believer(head) or head
        elif cue.dep_ == "conj" and not _has_subject(cue) and (second := _second_report_of(cue)) is not None:
            head = second  # "criticized the pope as 'a political person' and [accused] him": the critic accuses
        elif cue.dep_ not in ("advcl", "conj", "acomp"):  # acomp: "was quick [to add]", "was willing [to say]"
            return None
        if head.i == cue.i:
            return None
        via, cue = cue.dep_, head
    return None


def _inverted(verb: Token) -> Token | None:
    """Of a verb the parse gave two subjects, the one that names a person, else the one right after the verb ('The
    rejection signals "the end", [said] Geert Wilders': the parse hung the clause the verb follows on it as a subject
    too; 'said Navy Capt. Jeff Davis': the title and the name)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    named = [c for c in subjects if c.ent_type_ == "PERSON"]
    after = [c for c in subjects if c.left_edge.i == verb.i + 1]
    return named[0] if len(named) == 1 else after[0] if after else None


def reporter(verb: Token) -> Token | None:
    """The verb of speech or writing whose reported clause ``verb`` is in ("Amar said that a deal [might] be
    possible", "Hale said she will have to [choose]"), up a chain of clausal complements (and the infinitives and
    coordinated verbs inside one); None when ``verb`` is not reported speech.

    >>> from toolkit.nlp import load_model
    >>> doc = load_model()("Amar said that a deal might be possible.")
    >>> reporter(doc[6]).text
    'said'
    """
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        clause = verb.dep_ == "ccomp"
        verb = verb.head
        if clause and spoken(verb):
            return verb
    return None


def earlier_speaker(cue: Token, inside: list[bool]) -> Token | None:
    """For a cue whose parsed subject lies inside a quotation ('"Too much hate," she said, [blaming] ...'): the
    subject of the nearest verb of speech before it in its sentence, outside the quotation marks."""
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if not inside[token.i] and spoken(token):
            subject = _parsed_subject(token)
            return subject if subject is not None and not inside[subject.i] else None
    return None


def spoken(token: Token) -> bool:
    """Whether a token is a verb of speech or writing in the cue lexicon ("said", "wrote")."""
    return token.pos_ == "VERB" and cue_lexicon().get(token.lemma_.lower()) in SPOKEN


def _past_dateline(subject: Token, cue: Token) -> Token:
    """The subject after a dateline the parse took for it ("DENVER, May 3 (UPI) — Former Governor Alan Fisher
    told ..."): when a name opening the line (in capitals, or before a comma or an agency in
    brackets) is followed by one dash before the cue, the first name or noun after the dash."""
    sent = subject.sent
    doc = subject.doc
    at_line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
    if not at_line_start or subject.pos_ != "PROPN" or subject.i - sent.start > 2 or subject.i >= cue.i:
        return subject
    dash = next((t for t in doc[subject.i + 1 : min(sent.start + 10, cue.i)] if t.text in DASHES), None)
    if dash is None or any(t.text in DASHES for t in doc[dash.i + 1 : cue.i]):
        return subject
    place = doc[sent.start : dash.i]
    if not (subject.text.isupper() or any(t.text in ("(", ",") for t in place)):
        return subject
    noun = next((t for t in doc[dash.i + 1 : cue.i] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i < cue.i:
        noun = noun.head
    return noun if noun is not None else subject


def _after_fronted(preposition: Token, verb: Token) -> Token | None:
    """The speaker after a fronted phrase the parse took for the subject ("Of Cole, Fisher said"): the name set
    beside the phrase's object, else the name right before the verb."""
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    beside = None if obj is None else _beside(obj)
    return beside if beside is not obj else _name_before(verb)


def _beside(name: Token) -> Token:
    """The name set beside the object of a fronted phrase ("On Cole, [Fisher] said"), else the object itself."""
    return next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN"), name)


def _name_before(verb: Token) -> Token | None:
    """The subject the parse missed of a finite verb ("..., Senator Maria Ortiz, the majority leader, said"): the
    name or personal pronoun the words right before the verb belong to, through appositions, prepositions,
    coordinated offices ("DiPietro, the club's president and general manager, said") and relative clauses ("Brandt,
    who gave money to Keller, said" -> Brandt); past an adverb of the verb ("Johnson also railed"), when the name is
    no other verb's ("offered a job as Secretary of Defense, then says")."""
    i, adverb = verb.i - 1, False
    while i >= verb.sent.start and (verb.doc[i].is_punct or verb.doc[i].dep_ == "advmod" and verb.doc[i].head == verb):
        adverb = adverb or not verb.doc[i].is_punct
        i -= 1
    token = verb.doc[i] if i >= verb.sent.start else None
    for _ in range(6):
        if token is None or token.i >= verb.i:
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
        if clause is not None:
            token = clause.head
            continue
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "PROPN" or token.lower_ in PERSONAL:
            if adverb and _clause_of(token).i not in (verb.i, token.i):
                return None  # "offered a job as Secretary of [Defense], then says": another verb's object
            return _beside(token) if token.dep_ == "pobj" else token
        coordinated_role = token.dep_ == "conj" and titles().get(token.lower_) == "office"
        token = token.head if token.dep_ in ("appos", "pobj", "prep", "compound", "amod") or coordinated_role else None
    return None


def _who_before(verb: Token) -> Token | None:
    """The name before a relative clause set off by commas right before the verb, however the parse took the clause
    ("Lucy van Dorp, who co-led the work, said": the parse made "led" the verb's clause)."""
    doc, start = verb.doc, verb.sent.start
    if verb.i - 1 <= start or doc[verb.i - 1].text != ",":
        return None
    who = next((t for t in reversed(doc[start : verb.i - 1]) if t.text == "," or t.lower_ == "who"), None)
    if who is None or who.lower_ != "who" or who.i - 2 < start or doc[who.i - 1].text != ",":
        return None
    name = doc[who.i - 2]
    return name if name.pos_ == "PROPN" else None


def antecedent(speaker: Token) -> Token:
    """The noun a relative pronoun stands for ("officials, [who] said..." -> officials); else the token itself."""
    if speaker.lower_ in RELATIVE and speaker.head.dep_ == "relcl":
        return speaker.head.head
    return speaker


def mention_span(head: Token) -> Span:
    """The noun phrase a speaker token heads, from its left edge to the head itself (no trailing clauses);
    a left part cut off by a comma and punctuation at its start (a closing quotation mark) are dropped."""
    doc = head.doc
    start = head.left_edge.i
    for t in doc[start : head.i]:
        if t.text in (",", "(", "—", "–"):
            start = t.i + 1
    while start < head.i and doc[start].is_punct:
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == head.i:
        end += 1
    return doc[start:end]


SOURCE_LINKS = {"by", "from", "at"}
"""Prepositions that tie a source to whoever made it: "a report from the CDC", "a study by researchers at Harvard"."""


def source_behind(head: Token, hops: int = 2) -> Span | None:
    """The organisation or person a speaker that is a thing or an unnamed group comes from ("according to [a
    report] from the CDC", "[a survey] conducted by YouGov", "[researchers] at Harvard University"); None when no
    name stands behind it within two links."""
    if head.ent_type_ or head.pos_ not in ("NOUN",) or hops == 0:
        return None
    links = [c for c in head.children if c.dep_ == "prep" and c.lower_ in SOURCE_LINKS]
    links += [g for c in head.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    for link in links:
        for obj in (c for c in link.children if c.dep_ == "pobj"):
            if obj.ent_type_ in ("ORG", "PERSON"):  # not a place: "a woman from Texas" does not speak for Texas
                return entity_of(obj)
            found = source_behind(obj, hops - 1)
            if found is not None:
                return found
    return None


def entity_of(token: Token) -> Span:
    """The entity a token lies in, found from the token's IOB tags (``doc.ents`` is built anew on every call)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
