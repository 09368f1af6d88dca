"""What works come from and what people are known for (work -> work, person -> work, person -> person)."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import document_text, sentence_evidence
from mediakg.extract.lexicon import lexicon_table, lower_words, plural_work_nouns
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import Default, Rule, coordinated, ent, entity_start, gap, kinds, word, possessive
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import doc_sents, entity_of, kind_of, ref_of, tokens_at, tokens_with, word_indices

WORK, PERSON = kinds("work"), kinds("person")
# The nouns that name an adaptation's source kind before its title.
# "by [bestselling] [Irish] [author] A": lower-case content words between "by" and an author.
AUTHOR_WORDS = [{"IS_LOWER": True, "POS": {"NOT_IN": ["ADP", "DET", "PRON", "CCONJ", "AUX", "SCONJ", "PART", "PUNCT"]}, "OP": "?"}] * 2
# "A's [bestselling] [2015] [debut] novel": a year and a few adjectives or participles between
# an author's possessive and the book noun still describe the author's book.
# The nouns of a work's maker ("the filmmaker behind X", "the director of X").
MAKER_NOUNS = ("filmmaker", "director", "writer", "creator", "co-creator", "showrunner", "producer", "star", "author", "auteur", "mind", "man", "woman")
BOOK_MODIFIERS = [{"IS_LOWER": True, "TAG": {"IN": ["JJ", "JJS", "JJR", "VBG", "VBN", "NN"]}, "OP": "?"},
                  {"SHAPE": "dddd", "OP": "?"},
                  {"IS_LOWER": True, "TAG": {"IN": ["JJ", "JJS", "JJR", "VBG", "VBN", "NN"]}, "OP": "?"}]
# "X, the 2015 novel by A": the description after the title is one reference token ("the 2015
# novel") that names the book's kind at its end.
BOOK_REFERENCE = {"_": {"mkg_kind": "work", "mkg_ref": True}, "LOWER": {"REGEX": r"\b(?:novel|book|memoir|novella|webtoon|manga|bestseller)$"}}
SOURCE_NOUNS = ("novel", "book", "memoir", "webtoon", "manga", "comic", "play", "bestseller", "novella", "short story", "story",
                "graphic novel", "podcast", "article", "series", "film", "game")

# probeD: "X, a reimagining of Y", "a modern retelling of Y": nouns that, like "remake", name a
# new work by the one it reworks.
REWORKING_NOUNS = ("reimagining", "re-imagining", "retelling", "reimagination")



def opening_adaptation(sent) -> tuple[Token, list[Token]] | None:
    """"Based on the novel “S,” the series “T” stars ...", "Adapted from A's book, T follows ...":
    a participle phrase opening the sentence is said of the main clause's subject, the work right
    after the phrase's comma (a work noun may stand before it). Gives that work and the works the
    phrase names (none when the source is named only by its kind)."""
    doc = sent.doc
    first = sent[0] if sent[0].text not in ("\u201c", '"') else sent[1] if len(sent) > 1 else sent[0]
    if first.lower_ not in ("based", "adapted") or first.i + 1 >= sent.end or doc[first.i + 1].lower_ not in ("on", "from"):
        return None
    # The phrase ends at its first comma outside parentheses: "(“Deadpool,” “Zombieland”)" lists
    # someone's credits inside it.
    depth, comma, inside = 0, None, set()
    for t in doc[first.i + 2:sent.end]:
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            inside.add(t.i)
        elif t.text == ",":
            comma = t
            break
    if comma is None:
        return None
    after = document_text(doc)[comma.idx + 1:sent.end_char]
    lead = re.match(r"[\u201d\u2019\"']?\s*(?:(?i:the)\s+(?:[a-z][\w\-]*\s+){0,3})?[\u201c\"]?", after)
    at = comma.idx + 1 + lead.end()
    subject = next((t for t in doc[comma.i + 1:sent.end] if t.idx == at and kind_of(t) == "work"), None)
    if subject is None:
        # "Adapted from A's novel “S,” the series follows ...": a reference to the work the
        # article is about is the clause's subject.
        subject = next((t for t in doc[comma.i + 1:sent.end] if t.idx < at and kind_of(t) == "work" and ref_of(t)), None)
    if subject is None:
        return None
    return subject, [t for t in doc[first.i + 2:comma.i] if kind_of(t) == "work" and t.i not in inside]


def _past_job_reworking(source: Token) -> bool:
    """Whether the reworking noun before `source` ("the reboot of X") is what a past-tense verb
    did or worked on: "wrote for the reboot of X", "directed the remake of X"."""
    doc = source.doc
    noun = next((t for t in reversed(doc[source.sent.start:source.i]) if t.i + 1 < source.i and doc[t.i + 1].lower_ == "of"
                 and t.lower_ in ("adaptation", "remake", "reboot", *REWORKING_NOUNS)), None)
    if noun is None:
        return False
    # The verb before the noun, read on the tags (the parser often takes "reboot" for an adverb).
    verb = next((t for t in reversed(doc[source.sent.start:noun.i]) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBD" and verb.lemma_ != "be"


def _untitled_reworking(source: Token) -> bool:
    """Whether the reworking noun before `source` names a work of its own that no title is said
    to be: "attached to star in Warner's remake of X", "has joined the reboot of X" (an untitled
    remake, no other title's source). The title it is said of stands as the copula's subject ("Y
    is an adaptation of X"), before it in apposition ("Y, a remake of X") or after "as" ("Y
    serves as a reboot of X")."""
    doc = source.doc
    noun = next((t for t in reversed(doc[source.sent.start:source.i]) if t.i + 1 < source.i and doc[t.i + 1].lower_ == "of"
                 and t.lower_ in ("adaptation", "remake", "reboot", *REWORKING_NOUNS)), None)
    if noun is None:
        return False
    if noun.dep_ in ("attr", "appos") or noun.head.lemma_ == "be" or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        return False
    # "Y, a new remake of X": the apposition the parser may hang elsewhere, read on the words.
    i = noun.i - 1
    while i > source.sent.start and (doc[i].is_lower or doc[i].text == "-") and not kind_of(doc[i]):
        i -= 1
    return not (doc[i].text == "," and i > source.sent.start and kind_of(doc[i - 1]) == "work"
                or kind_of(doc[i]) == "work" and doc[i].i == noun.i - 1)


def _title_article_before(person: Token) -> bool:
    """"A Babysitter's Guide to Monster Hunting", "The Queen's Gambit": a capitalised article right
    before the possessor opens a title that holds the possessive; the NER's person is a word of it."""
    i = person.i
    while i > person.sent.start and entity_of(person.doc[i - 1]) == entity_of(person):
        i -= 1
    return i > person.sent.start and person.doc[i - 1].text in ("A", "An", "The")


def _opening_subject(roles: dict[str, Token]) -> bool:
    """The work a sentence-opening "Based on A's novel, T ..." is said of is the adaptation: the
    novel's author is not its writer."""
    work = roles.get("subject")
    opening = opening_adaptation(work.sent) if work is not None else None
    return opening is not None and opening[0].i == work.i


def _owned_book(roles: dict[str, Token]) -> bool:
    """"Adapted from Ana Ruiz's novel Salt Road by Tom Reyes": a book its owner's possessive
    already credits ("A's novel", "her novel") has its author; the "by" after its title names who
    adapted it."""
    work = roles.get("subject")
    if work is None:
        return False
    i = entity_start(work)
    before = list(work.doc[max(work.sent.start, i - 6):i])
    nouns = [k for k, t in enumerate(before) if t.lower_ in lower_words("source_work_nouns")]
    if not nouns:
        return False
    # The owner must stand in the book noun's own phrase: "Netflix's adaptation of the novel X by
    # B" owns the adaptation, and B wrote the novel.
    window = before[max(0, nouns[-1] - 4):nouns[-1]]
    owners = [k for k, t in enumerate(window) if t.tag_ == "POS" or t.lower_ in ("his", "her", "their")]
    return bool(owners) and not any(t.lower_ == "of" for t in window[owners[-1]:])


def opening_adaptations(doc: Doc) -> Iterator[Fact]:
    """"Based on the 2015 novel “S,” the series “T” ...": T is basedOn the work the phrase names."""
    for sent in doc_sents(doc):
        opening = opening_adaptation(sent)
        if opening is None or not opening[1] or is_hedged(doc, sent.start, sent.end):
            continue
        work, sources = opening
        if entity_of(sources[0]) != entity_of(work):
            yield Fact(entity_of(work), "basedOn", entity_of(sources[0]), sentence_evidence(sent), "works.opening_adaptation", 0.8)


def _created_and_more(person: Token, work: Token) -> bool:
    """"A created and executive produces X": a present credit joined to the creation, which
    then names the work A is on now, not a calling card."""
    doc = person.doc
    verb = next((t for t in doc[person.i + 1:work.i] if t.lower_ in ("created", "co-created")), None)
    return verb is not None and verb.i + 1 < work.i and doc[verb.i + 1].lower_ in ("and", "&")


RULES = [
    # Adaptations: "based on X", "an adaptation of X", "adapted from X".
    Rule("works.based_on", "basedOn", [word("based", "adapted"), word("on", "from"), *gap(3), ent("work", "object")],
         WORK, WORK, 0.85, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    # Not a reworking someone worked on in the past ("He also wrote for the Bluebird reboot of
    # X"): an earlier job's unnamed work, not the one the article is about.
    Rule("works.adaptation_of", "basedOn", [word("adaptation", "remake", "reboot", *REWORKING_NOUNS), word("of"), *gap(3), ent("work", "object")],
         WORK, WORK, 0.8, subject_default=Default.SENTENCE_OR_SALIENT, coordinate=False,
         veto=lambda roles: _past_job_reworking(roles["object"]) or _untitled_reworking(roles["object"])),
    # The source's noun phrase often carries its author and a praise word before the title:
    # "adapted from the bestselling novel X", "an adaptation of A's novel X", "based on A's
    # acclaimed memoir X" (or "her novel, X,"). Only a source noun may close the phrase, so "based
    # on the book by A and the film X" stays out.
    Rule("works.based_on_source_noun", "basedOn", [word("based", "adapted"), word("on", "from"), word("the", "a", op="?"), ent("person", OP="?"), possessive(op="?"),
                                                   *gap(2), word(*SOURCE_NOUNS), {"ORTH": ",", "OP": "?"}, {"IS_PUNCT": True, "ORTH": {"NOT_IN": ["(", "[", ",", "."]}, "OP": "*"},
                                                   ent("work", "object")],
         WORK, WORK, 0.85, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    Rule("works.adaptation_of_source_noun", "basedOn", [word("adaptation", "remake", "reboot", *REWORKING_NOUNS), word("of"), word("the", "a", op="?"), ent("person", OP="?"),
                                                        possessive(op="?"), *gap(2), word(*SOURCE_NOUNS),
                                                        {"IS_PUNCT": True, "ORTH": {"NOT_IN": ["(", "[", ",", "."]}, "OP": "*"}, ent("work", "object")],
         WORK, WORK, 0.8, subject_default=Default.SENTENCE_OR_SALIENT, coordinate=False),
    # An author's book: "Min Jin Lee's novel “Pachinko”", "the novel by X".
    Rule("works.authors_novel", "writtenBy", [ent("person", "object"), possessive(), *BOOK_MODIFIERS, word("novel", "book", "memoir", "webtoon", "manga", "comic", "play", "bestseller"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "subject")],
         WORK, PERSON, 0.85, coordinate=False, veto=_opening_subject),
    # The same in apposition after the title: "Salt Road, Ana Ruiz's debut novel, sold ...": the
    # description set off by the title's comma names its author. The noun must close the
    # apposition (a comma, a full stop, a parenthesis or "about"/"that"), or "X, A's novel Y"
    # would name the wrong book.
    Rule("works.authors_novel", "writtenBy", [ent("work", "subject"), {"ORTH": {"IN": ["\u201d", "\""]}, "OP": "?"}, {"ORTH": ","},
                                              {"ORTH": {"IN": ["\u201d", "\""]}, "OP": "?"}, ent("person", "object"), possessive(), *BOOK_MODIFIERS,
                                              word("novel", "book", "memoir", "webtoon", "manga", "comic", "play", "bestseller", "novella"),
                                              {"LOWER": {"IN": [",", ".", ";", ")", "about", "that", "which", "\u2014", "-"]}}],
         WORK, PERSON, 0.8, coordinate=False),
    # A hyphened praise or theme word before the noun: "A's 2016 Pulitzer-winning novel X", "A's
    # pandemic-themed bestseller X" (the tokenizer splits the compound at its hyphen).
    Rule("works.authors_novel", "writtenBy", [ent("person", "object"), possessive(), *BOOK_MODIFIERS[:2], {"IS_ALPHA": True}, {"ORTH": "-"},
                                              {"IS_LOWER": True, "TAG": {"IN": ["JJ", "VBG", "VBN"]}}, *BOOK_MODIFIERS[2:],
                                              word("novel", "book", "memoir", "webtoon", "manga", "comic", "play", "bestseller"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "subject")],
         WORK, PERSON, 0.85, coordinate=False, veto=_opening_subject),
    # A book's byline: "the 2009 novel Cold Harbour by Polish author Ana Ruiz", "the memoir
    # X by A": after a source noun and its title, "by" and a few descriptor words name the author.
    Rule("works.novel_by", "writtenBy", [word("novel", "book", "memoir", "novella", "webtoon", "manga", "comic", "play", "bestseller"),
                                         {"IS_PUNCT": True, "OP": "*"}, ent("work", "subject"), {"IS_PUNCT": True, "ORTH": {"NOT_IN": [",", ";", "(", "."]}, "OP": "*"},
                                         word("by"), *AUTHOR_WORDS, {"ENT_TYPE": "NORP", "OP": "?"}, *AUTHOR_WORDS, ent("person", "object")],
         WORK, PERSON, 0.8, coordinate=False, veto=_owned_book),
    # A name before the noun is its author as well: "the 2015 Ana Ruiz novel Cold Harbour".
    Rule("works.author_noun", "writtenBy", [ent("person", "object"), word("novel", "book", "memoir", "webtoon", "manga", "comic", "bestseller"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "subject")],
         WORK, PERSON, 0.8, coordinate=False),
    # "P's “T”", "P's T": the possessive names the title's maker (mentions.adaptations decides
    # author or director). The punctuation is the title's quotes, if any: "P's (T1, T2) new
    # series" lists P's calling cards.
    Rule("works.authors_title", "writtenBy", [ent("person", "object"), possessive(), {"IS_PUNCT": True, "ORTH": {"NOT_IN": ["(", "["]}, "OP": "*"}, ent("work", "subject")],
         WORK, PERSON, 0.7, coordinate=False, veto=lambda roles: _title_article_before(roles["object"])),
    # "“X,” the novel by Y" (or "the acclaimed 1965 novel by Y") names the book; "a drama based on the novel by Y" an unnamed one, and
    # its author is not the drama's writer: the book must stand right before.
    Rule("works.novel_by", "writtenBy", [ent("work", "subject"), {"IS_PUNCT": True, "OP": "*"}, word("the", "a", op="?"), *gap(2), word("novel", "book", "memoir", "webtoon", "manga"), word("by"), ent("person", "object")],
         WORK, PERSON, 0.8, coordinate=False),
    # The same apposition when the description is one reference token, and "by" may take a few
    # descriptor words before the name ("X, the 2015 novel by bestselling author A").
    Rule("works.novel_by", "writtenBy", [ent("work", "subject"), {"IS_PUNCT": True, "OP": "+"}, BOOK_REFERENCE, word("by"), *AUTHOR_WORDS,
                                         {"ENT_TYPE": "NORP", "OP": "?"}, *AUTHOR_WORDS, ent("person", "object")],
         WORK, PERSON, 0.8, coordinate=False),
    # A film's byline: "Long Summer, a drama film by A", "X, the debut feature by A": a film,
    # feature or documentary "by" a person is the director's (the trade press bylines films so);
    # a genre noun alone ("a drama by A") may be a series' writer, so it is left out.
    Rule("works.film_by", "directedBy", [ent("work", "subject"), {"IS_PUNCT": True, "OP": "+"}, word("the", "a", "an", op="?"), *gap(2),
                                         word("film", "feature", "movie", "documentary", "doc", "pic", "short", "debut", "docu"),
                                         word("by"), ent("person", "object")],
         WORK, PERSON, 0.75, coordinate=False),
    # A calling card: "known for A and B", "best known for A". Below the top band: unquoted
    # titles after it are split at "and", which a title may hold ("known for Salt and Silence").
    Rule("works.known_for", "knownFor", [ent("person", "subject"), *gap(3), word("known"), word("for"), *gap(3), ent("work", "object")],
         PERSON, WORK, 0.8),
    Rule("works.known_for_left", "knownFor", [word("known"), word("for"), *gap(3), ent("work", "object")],
         PERSON, WORK, 0.75, subject_default=Default.SENTENCE_LEFT),
    # "The drama X, from Ada Fenn, tells ...": a title set off with "from" and a person (no
    # possessive: "from A's novel" names a source) comes from its maker, who is known for it;
    # which credit (creator, writer, director) the words do not say.
    Rule("works.title_from_person", "knownFor", [ent("work", "object"), {"ORTH": {"IN": ["\u201d", "\""]}, "OP": "?"}, word(","),
                                                 {"ORTH": {"IN": ["\u201d", "\""]}, "OP": "?"}, word("from"), ent("person", "subject"),
                                                 {"ORTH": {"IN": [",", ".", "and"]}}],
         PERSON, WORK, 0.65),
    # "best known as the filmmaker behind (such cult classics as) X and Y", "known as the director
    # of X": the maker's noun and its "behind" or "of" name the works a person is known by.
    Rule("works.known_as_maker", "knownFor", [ent("person", "subject"), *gap(3), word("known"), word("as"), word("the", "a"), *gap(2),
                                              word(*MAKER_NOUNS), word("behind", "of"), *gap(6), ent("work", "object")],
         PERSON, WORK, 0.75),
    # "Amy Brenneman of “Private Practice”", "“Lost” co-creator Damon Lindelof".
    Rule("works.person_of_work", "knownFor", [ent("person", "subject"), word("of"), {"TEXT": {"IN": ["\u201c", "\""]}}, ent("work", "object")],
         PERSON, WORK, 0.75),
    # A singular epithet tags the one name it stands before: in "X star A, B and C" only A is
    # X's star, the others are listed after her.
    Rule("works.creator", "knownFor", [ent("work", "object"), {"IS_PUNCT": True, "OP": "*"}, word("co-creator", "creator", "star", "showrunner", "director", "writer", op="+"), ent("person", "subject")],
         PERSON, WORK, 0.7, coordinate=False),
    # "the creator of the NBC series “X”": the network that airs it may stand between.
    Rule("works.creator_of", "knownFor", [ent("person", "subject"), *gap(4), word("creator", "co-creator", "star"), word("of", "on"), *gap(5), ent("org", OP="?"), *gap(2), ent("work", "object")],
         PERSON, WORK, 0.75),
    # A showrunner runs the show as its executive producer: "the showrunner on Season 1 of “X”".
    Rule("works.showrunner_of", "knownFor", [ent("person", "subject"), *gap(4), word("showrunner", "co-showrunner"), word("of", "on", "for"), *gap(5), ent("org", OP="?"), *gap(2), ent("work", "object")],
         PERSON, WORK, 0.75, inverse_also=("executiveProducer",)),
    Rule("works.credits_include", "knownFor", [word("credits"), word("include", "includes", "are"), *gap(1), ent("work", "object")],
         PERSON, WORK, 0.75, subject_default=Default.SENTENCE_OR_SALIENT),
    # "A, who co-created X": the relative clause gives a calling card.
    Rule("works.penned", "knownFor", [ent("person", "subject"), word(","), word("who"), word("previously", "also", op="?"),
                                      word("penned", "wrote", "created", "directed", "co-penned", "co-wrote", "co-created", "co-directed"), *gap(6), ent("work", "object")],
         PERSON, WORK, 0.8),
    # "A co-created X and Y", "A previously created the HBO drama X" (the network may modify the
    # show noun): a creator is known for the
    # show ("who created X" is works.penned). Not a future or hedged creation: the hedge check
    # of the rule set drops "is set to create"; "will create" names a plan, no show yet.
    Rule("works.created", "knownFor", [ent("person", "subject"), word("previously", "also", "originally", op="?"),
                                       word("created", "co-created"), *gap(4), ent("org", OP="?"), *gap(2), ent("work", "object")],
         PERSON, WORK, 0.8, veto=lambda roles: _created_and_more(roles["subject"], roles["object"])),
    # "A, fresh off X, will direct Y": the recent work one comes off is a calling card.
    Rule("works.fresh_off", "knownFor", [ent("person", "subject"), word(","), word("fresh", "hot"), word("off", "from"), *gap(3), ent("work", "object")],
         PERSON, WORK, 0.75),
    Rule("works.directed_known", "knownFor", [ent("person", "subject"), *gap(3), word("directed"), *gap(4), ent("work", "object")],
         PERSON, WORK, 0.7),
    # Apprenticeship: "an assistant director under Bong Joon-ho", "worked with X".
    # Not "alongside": "A will executive produce alongside B" shares a credit, it states no
    # working relation the way an apprenticeship does.
    # Not "under the banner of X", "under its pact with X": a company's name, not a mentor's.
    Rule("works.under", "workedWith", [ent("person", "subject"), *gap(12), word("under"),
                                       *[dict(g, LOWER={"NOT_IN": sorted(lower_words("cast2_company_under_words"))}) for g in gap(6)],
                                       ent("person", "object")],
         PERSON, PERSON, 0.7, coordinate=False),
    Rule("works.worked_with", "workedWith", [ent("person", "subject"), *gap(2), word("worked", "collaborated", "teamed"), word("with", "up"), word("with", op="?"), ent("person", "object")],
         PERSON, PERSON, 0.75),
    # "A will re-team with (her X director) B": the tokenizer splits "re-team" and the parse of
    # the pieces is no verb, so the words themselves are read; "reteam" is read from the parse
    # (collaborations).
    Rule("works.re_team", "workedWith", [ent("person", "subject"), *gap(4), word("re"), word("-"), word("team", "teams", "teamed", "teaming"),
                                         word("with"), *gap(2), ent("work", OP="?"), *gap(3), ent("person", "object")],
         PERSON, PERSON, 0.7, coordinate=False),
]


def _subject_people(verb: Token, together: bool = False) -> list[Token]:
    """The people doing what the verb says: its subject and those coordinated with it, the
    antecedent of "who", or the subject of the verb it completes ("will continue to lead").
    For a verb done together ("A and B, who worked together on X") the antecedent of "who" is
    the whole pair, which the parse hangs on its last name."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("who", "that") and current.dep_ == "relcl":
                subject = current.head
                while together and subject.dep_ == "conj" and kind_of(subject.head) == "person" and subject.head.i < subject.i:
                    subject = subject.head
            return [t for t in coordinated(subject) if kind_of(t) == "person"]
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return []
        current = current.head
    return []


def collaborations(doc: Doc) -> Iterator[Fact]:
    """People stated to work together (person -> person, in text order):
    - "A and B, who worked together on X": a verb of the lexicon's collaboration_verbs with
      "together" (or "teamed", which says it alone) and coordinated subjects; the works of
      its "on" phrase are calling cards of each of them;
    - "A and B will continue to lead X": coordinated subjects of a leading verb share the job;
    - "A will report to B": reporting to someone is working under them;
    - "A reunites with B", "X reunites A and B": a reunion is work done together before;
    - "A reteams with B", "A teams up with B": a teaming verb's "with" partner is worked with."""
    teamed, leading = lower_words("collaboration_verbs"), lower_words("co_leading_verbs")
    teaming = lower_words("teaming_verbs")
    lemma_fixes = {wrong: verb for verb, forms in lexicon_table("teaming_lemma_fixes").items() for wrong in forms}
    # A headline-style "A reteams with B" is often tagged a noun at the root: a teaming word
    # with a "with" phrase is read as the verb it is.
    headline = [t for t in tokens_with(doc, lemma=teaming) if t.pos_ == "NOUN" and t.dep_ == "ROOT" and _with_partners(t)]
    for verb in sorted({t.i: t for t in [*tokens_with(doc, pos=("VERB",)), *headline]}.values(), key=lambda t: t.i):
        if verb.pos_ != "VERB" and verb not in headline:
            continue
        # The small model lemmatises "reteaming", "reteamed" as "reteame": the lexicon's
        # teaming_lemma_fixes maps such forms back to the verb.
        lemma = lemma_fixes.get(verb.lemma_.lower(), verb.lemma_.lower())
        # "A and B collaborated on X": collaborating is working together by its sense, as teaming is.
        together = any(c.lower_ == "together" for c in verb.children) or lemma in ("team", "reteam", "re-team", "collaborate")
        pairs: list[tuple[Token, Token]] = []
        works: list[Token] = []
        people = _subject_people(verb, together=together or lemma in leading)
        if not people and verb in headline and verb.i > verb.sent.start and kind_of(doc[verb.i - 1]) == "person":
            people = [doc[verb.i - 1]]  # "A reteams with B": the name parsed as the noun's compound
        # Leading a company, not "leading the charge": the object must be an organisation.
        leads_company = lemma in leading and any(c.dep_ == "dobj" and kind_of(c) == "org" for c in verb.children)
        partners = _with_partners(verb)
        if lemma in teamed and people and partners:
            # "A reteams with B on X", "A teams up with director B": the one teamed with is a
            # partner in the work; the work, a new one, is no calling card.
            pairs = [(a, b) for a in people for b in partners if a.i != b.i]
        elif (lemma in teamed and together) or leads_company:
            pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
            if lemma in teamed:
                works = [w for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("on", "for")
                         for pobj in prep.children if pobj.dep_ == "pobj" for w in coordinated(pobj) if kind_of(w) == "work"]
        elif lemma in ("reunite", "re-unite"):
            # "A reunites with B (for X)", "A and B reunite for X", "X reunites A and B": a
            # reunion says the people worked together before. The work is the new one, so no
            # calling card; a work as the subject is no person of the pair.
            objects = [o for c in verb.children if c.dep_ == "dobj" for o in coordinated(c) if kind_of(o) == "person"]
            # "X reunites A with B": the parse may hang "with B" on A rather than on the verb.
            partners += [p for o in objects for p in _with_partners(o)]
            group = [*people, *objects] if people else objects
            pairs = [(a, b) for a in group for b in partners] or [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]
        elif lemma in FOUNDING_LEMMAS:
            # "A and B founded X", "X was founded in 2007 by A and B", "A co-founded X with B":
            # the founders of one company work together (only a company founded: "founded the
            # festival" is left out, as is a founder alone).
            companies = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and kind_of(c) == "org"]
            # (the agents may come with their jobs: "by its CEO A and managing director B")
            # (not a person the agents' own phrases name: "by A, son of Oracle founder B")
            agents = [t for a in verb.children if a.dep_ == "agent" for t in a.subtree if kind_of(t) == "person"
                      and not any(x.dep_ in ("relcl", "prep", "acl") for x in _ancestors_below(t, a))]
            founders = [*people, *agents]
            if companies:
                pairs = [(a, b) for a in founders for b in partners] or [(a, b) for i, a in enumerate(founders) for b in founders[i + 1:]]
        elif lemma == "report":
            bosses = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                      for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "person"]
            if not people and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                # "A has been promoted to president, reporting to B": the participle's subject is
                # the main clause's.
                people = [t for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass")
                          for t in coordinated(s) if kind_of(t) == "person"]
            pairs = [(a, b) for a in people for b in bosses]
        ends = [t.i for pair in pairs for t in pair] + [w.i for w in works]
        if not pairs or is_hedged(doc, min([verb.i, *ends]), max([verb.i, *ends]) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for a, b in pairs:
            yield Fact(entity_of(a), "workedWith", entity_of(b), evidence, f"works.together_{lemma}", 0.7)
        for work in works:
            for person in people:
                yield Fact(entity_of(person), "knownFor", entity_of(work), evidence, "works.together_on", 0.7)


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    """The tokens on the parse path from token up to top, top left out."""
    path = []
    for node in token.ancestors:
        if node.i == top.i:
            break
        path.append(node)
    return path


# Verbs of founding a company, as lemmas ("co-founded" may come as one word or three).
FOUNDING_LEMMAS = frozenset({"found", "co-found", "cofound"})


def _with_partners(head: Token) -> list[Token]:
    """The people of a "with" phrase hanging on the head: "with B", "with B and C", "with
    director B"."""
    return [o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in prep.children if pobj.dep_ == "pobj" for o in coordinated(pobj) if kind_of(o) == "person"]


def _collaborator_noun(token: Token) -> bool:
    """"collaborator", "co-writer", "writing partner": a noun that names someone one works with
    (the lexicon's collaborator_nouns; "partner" only with a working modifier, for a bare
    "her partner" may be a spouse)."""
    if token.lemma_.lower() in lower_words("collaborator_nouns") or token.lower_ in lower_words("collaborator_nouns"):
        return True
    return token.lemma_.lower() == "partner" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lower_words("collaborator_partner_modifiers") for c in token.children)


def joint_owners(doc: Doc) -> Iterator[Fact]:
    """"A and B's upcoming series", "A and B's new film X": two people who own one project in a
    shared possessive make it together, so each has worked with the other. Only a project (a
    work noun of any medium, or a title) as what they own: "A and B's wedding" is none."""
    nouns = plural_work_nouns() | lower_words("rec5_work_nouns") | {"project", "projects"}
    for marker in tokens_with(doc, lower=("'s", "\u2019s", "'", "\u2019")):
        if marker.tag_ != "POS" or marker.i == 0 or kind_of(doc[marker.i - 1]) != "person":
            continue
        owner = doc[marker.i - 1]
        # The names joined before the possessive by "and" and commas (read on the surface: the
        # parser often joins the first name to the owned noun instead).
        # The list's "and" stands before its last name: in "A, B and C, D's X" the list closed at
        # C, and D owns X alone.
        if owner.i < 2 or doc[owner.i - 1].lower_ != "and":
            continue
        owners, k = [owner], owner.i - 1
        while k - 1 >= marker.sent.start and doc[k].lower_ in ("and", ",") and kind_of(doc[k - 1]) == "person":
            owners.append(doc[k - 1])
            k -= 2
        if len(owners) < 2:
            continue
        # The owned noun phrase: modifiers up to its head, which must be a project or a title.
        j = marker.i + 1
        while j < marker.sent.end and not kind_of(doc[j]) and doc[j].pos_ in ("ADJ", "NUM", "ADV") and doc[j].lower_ not in nouns:
            j += 1
        if j >= marker.sent.end or not (kind_of(doc[j]) == "work" or doc[j].lower_ in nouns):
            continue
        if is_hedged(doc, min(t.i for t in owners), j + 1):
            continue
        evidence = sentence_evidence(marker.sent)
        owners.sort(key=lambda t: t.i)
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                yield Fact(entity_of(a), "workedWith", entity_of(b), evidence, "works.joint_owners", 0.7)


def collaborator_nouns(doc: Doc) -> Iterator[Fact]:
    """A collaborator noun between two people says they work together (person -> person):
    - "A's longtime collaborator B", "B, A's frequent collaborator,": the possessor and the
      one named in apposition;
    - "a script by her frequent collaborator B": a possessive pronoun stands for the one person
      named before it in the sentence;
    - "written by A and longtime collaborator B": the one named is coordinated with A.
    Not "A is looking for a collaborator": a noun naming no one gives nothing, and a hedged
    clause ("could become A's collaborator") gives nothing."""
    # Only a collaborator word can open the construction: those tokens, not every token's kind.
    words_ = lower_words("collaborator_nouns")
    candidates = word_indices(doc, lower=words_) | word_indices(doc, lemma=words_ | {"partner"})
    for noun in tokens_at(doc, candidates):
        if noun.pos_ not in ("NOUN", "PROPN") or kind_of(noun) or not _collaborator_noun(noun):
            continue
        sent = noun.sent
        # The one the noun names: its apposition, the name right after it, or the name it describes.
        named = next((c for c in noun.children if c.dep_ == "appos" and kind_of(c) == "person"), None)
        if named is None and noun.i + 1 < sent.end and kind_of(doc[noun.i + 1]) == "person":
            named = doc[noun.i + 1]
        if named is None and noun.dep_ == "appos" and kind_of(noun.head) == "person":
            named = noun.head
        if named is None:
            continue
        owners: list[Token] = []
        for poss in (c for c in noun.children if c.dep_ == "poss"):
            if kind_of(poss) == "person":
                owners.append(poss)
            elif poss.lower_ in ("his", "her", "their"):
                before = [t for t in doc[sent.start:poss.i] if kind_of(t) == "person" and t.i != named.i]
                if len({entity_of(t) for t in before}) == 1:
                    owners.append(before[-1])
        # "B, a frequent collaborator of A": the noun's "of" names the other one.
        owners += [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "person"]
        if not owners and named.dep_ == "conj" and kind_of(named.head) == "person" and noun.i < named.i:
            # "A and longtime collaborator B": the noun sits in the second conjunct.
            owners = [t for t in coordinated(named.head) if kind_of(t) == "person" and t.i < named.i]
        if not owners and named.i == noun.i + 1:
            # The same read on the words when the parse loses the coordination: "and", then
            # only the noun's modifiers ("longtime", "frequent"), then the noun.
            i = noun.i - 1
            while i > sent.start and doc[i].pos_ == "ADJ":
                i -= 1
            if i > sent.start and doc[i].lower_ == "and" and kind_of(doc[i - 1]) == "person":
                owners = [doc[i - 1]]
        owners = [t for t in owners if entity_of(t) != entity_of(named)]
        if not owners:
            continue
        ends = [noun.i, named.i, *(t.i for t in owners)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(sent)
        for owner in owners:
            a, b = sorted((owner, named), key=lambda t: t.i)
            yield Fact(entity_of(a), "workedWith", entity_of(b), evidence, "works.collaborator_noun", 0.7)


def collaboration_nouns(doc: Doc) -> Iterator[Fact]:
    """A noun for work done together names those who did it (person -> person, in text order):
    - "A and B's fourth collaboration": the owners of the noun;
    - "A's third collaboration with B", "a reunion with B": the owner and the "with" people;
    - "the second collaboration between A and B", "the pairing of A and B": the people of
      "between" or "of".
    People only: "the first collaboration between Netflix and Toho" is a company deal, read
    elsewhere; one person alone ("her latest collaboration") gives nothing, nor a hedged noun
    ("a rumoured reunion of A and B")."""
    nouns = lower_words("collaboration_nouns")
    for noun in tokens_at(doc, word_indices(doc, lower=nouns | {n + "s" for n in nouns})):
        if noun.pos_ != "NOUN" or kind_of(noun):
            continue
        people: list[Token] = []
        # The parse may make the first owner of "A and B's collaboration" the noun's nmod.
        for poss in (c for c in noun.children if c.dep_ in ("poss", "nmod")):
            people += [t for t in coordinated(poss) if kind_of(t) == "person"]
            # "A and B's collaboration": the parse may hang "A" elsewhere and only "B" on the noun.
            if poss.i >= 2 and doc[poss.i - 1].lower_ == "and" and kind_of(doc[poss.i - 2]) == "person":
                people.append(doc[poss.i - 2])
        people += [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "of")
                   for pobj in prep.children if pobj.dep_ == "pobj" for o in coordinated(pobj) if kind_of(o) == "person"]
        group = sorted({entity_of(t): t for t in people}.values(), key=lambda t: t.i)
        if len(group) < 2:
            continue
        ends = [noun.i, *(t.i for t in group)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(noun.sent)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield Fact(entity_of(a), "workedWith", entity_of(b), evidence, "works.collaboration_noun", 0.7)


def behind_credits(doc: Doc) -> Iterator[Fact]:
    """"A and B, the duo behind X and Y", "Copperline, the company behind X", "Ana Ruiz is the
    writer behind X": a noun said of a name (an apposition, or a copula's complement) whose
    "behind" phrase lists works credits the name with them. People are known for them
    (knownFor); a company made them (produces). The noun may be any: what is "behind" a work
    made it."""
    for behind in tokens_with(doc, lower=("behind",)):
        # "Harrow Films is behind X", "Harrow Films, which has been behind series such as X and
        # Y,": "behind" may hang on the copula itself, whose subject (or the relative's
        # antecedent) is then the maker.
        copula = behind.dep_ == "prep" and behind.head.lemma_ == "be" and behind.head.pos_ in ("AUX", "VERB")
        if behind.lower_ != "behind" or behind.dep_ != "prep" or (behind.head.pos_ not in ("NOUN", "PROPN") and not copula):
            continue
        noun = behind.head
        # "behind X and Y", "behind the drama X" (the title in apposition to its noun)
        objects = [t for pobj in behind.children if pobj.dep_ == "pobj"
                   for t in [*coordinated(pobj), *(a for a in pobj.children if a.dep_ == "appos")]]
        # "behind the films “X” and “Y”": the small model often loses the titles after a plural
        # work noun from the parse; the list right after the noun (past quotes) is its titles.
        for pobj in [p for p in behind.children if p.dep_ == "pobj" and not kind_of(p)]:
            j = pobj.i + 1
            while j < behind.sent.end and doc[j].text in ("\u201c", "\"", "'", "\u2018"):
                j += 1
            # "behind series such as X, Y and Z": the list after the plural noun's "such as".
            if pobj.lower_ in plural_work_nouns() and j + 2 < behind.sent.end and doc[j].lower_ == "such" and doc[j + 1].lower_ == "as":
                j += 2
                while j < behind.sent.end and (kind_of(doc[j]) == "work" or doc[j].lower_ in ("and", ",", "\u201c", "\u201d", "\"")):
                    if kind_of(doc[j]) == "work":
                        objects.append(doc[j])
                    j += 1
            elif pobj.lower_ in plural_work_nouns() and j < behind.sent.end and kind_of(doc[j]) == "work":
                objects += coordinated(doc[j])
        # "behind “X” and “Y,” is": the small model may hand a quoted list's last title to the
        # verb; the titles written right after "behind" (quotes, commas, "and") are its objects.
        j = behind.i + 1
        while j < behind.sent.end and (kind_of(doc[j]) == "work" or doc[j].lower_ in ("and", ",", "\u201c", "\u201d", "\"")):
            if kind_of(doc[j]) == "work":
                objects.append(doc[j])
            j += 1
        works = list({w.i: w for w in objects if kind_of(w) == "work"}.values())
        if copula:
            subjects = [c for c in noun.children if c.dep_ == "nsubj"]
            relative = subjects and subjects[0].lower_ in ("which", "that", "who") and noun.dep_ == "relcl"
            named = coordinated(noun.head) if relative else [t for s in subjects for t in coordinated(s)]
        elif noun.dep_ == "appos":
            named = coordinated(noun.head)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            named = [t for s in noun.head.children if s.dep_ == "nsubj" for t in coordinated(s)]
        elif noun.i >= 2 and doc[noun.i - 1].text == "," and kind_of(doc[noun.i - 2]) in ("person", "org") and noun.i - 2 >= noun.sent.start:
            # "Harbour Films, the studio behind X, has signed ...": an apposition the small model
            # parses as the verb's subject (the name left dangling); the name right before the
            # comma is the one the noun describes.
            named = [doc[noun.i - 2]]
        else:
            continue
        named = [t for t in named if kind_of(t) in ("person", "org")]
        # "X, the holding company behind Y": an owner noun whose "behind" phrase names a company
        # states that X owns it (rel6_owner_behind_nouns; the noun may be merged as a reference).
        companies = [t for t in objects if kind_of(t) == "org"]
        owner_noun = " ".join(w for w in noun.text.lower().split() if w not in ("the", "a", "its"))
        owner_noun = owner_noun if kind_of(noun) else " ".join(
            t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")) + " " + noun.lower_
        if companies and owner_noun.strip() in lower_words("rel6_owner_behind_nouns"):
            owners = [t for t in named if kind_of(t) == "org"]
            if owners and not is_hedged(doc, min(t.i for t in owners), max(c.i for c in companies) + 1):
                for owner in owners:
                    for company in companies:
                        yield Fact(entity_of(owner), "owns", entity_of(company), sentence_evidence(behind.sent), "works.owner_behind", 0.7)
        if not works or not named or is_hedged(doc, min(t.i for t in named), max(w.i for w in works) + 1):
            continue
        evidence = sentence_evidence(behind.sent)
        for owner in named:
            for work in works:
                if kind_of(owner) == "person":
                    yield Fact(entity_of(owner), "knownFor", entity_of(work), evidence, "works.behind", 0.7)
                else:
                    yield Fact(entity_of(owner), "produces", entity_of(work), evidence, "works.behind", 0.7)


# The verbs of making a new version of a work, as lemmas ("remade" may lemmatise to itself).
ADAPTING_LEMMAS = frozenset({"adapt", "reboot", "remake", "remade", "rework"})


def adapting_companies(doc: Doc) -> Iterator[Fact]:
    """"AMC and the BBC are adapting the 1983 thriller X as a six-part series featuring A and B",
    "Harbour Films is rebooting X as a series starring A": the companies that make a new version
    of a title produce it, and the cast the "as" phrase names stars in it. The title's token is
    the new work's (the adaptation step splits the source off under a key of its own)."""
    for verb in tokens_with(doc, lemma=ADAPTING_LEMMAS, pos=("VERB",)):
        if verb.pos_ != "VERB" or verb.lemma_ not in ADAPTING_LEMMAS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "X was adapted by Y" is the passive credits' reading
        works = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree if kind_of(t) == "work" and not ref_of(t)]
        if not works or is_hedged(doc, verb.sent.start, verb.sent.end):
            continue
        # The subject, or the company a "which" clause hangs on ("Harbour Films, which is
        # rebooting X, ...").
        subjects = [s for s in verb.children if s.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
            subjects = [verb.head]
        companies = [t for s in subjects for t in coordinated(s) if kind_of(t) == "org"]
        work, evidence = entity_of(works[0]), sentence_evidence(verb.sent)
        for company in companies:
            yield Fact(entity_of(company), "produces", work, evidence, "works.adapting_company", 0.7)
        # "... as a six-part series featuring A, B and C": the new version's cast.
        cast = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("as", "into")
                for noun in prep.children for clause in noun.children
                if clause.dep_ == "acl" and clause.lower_ in ("starring", "featuring", "co-starring")
                for o in clause.children if o.dep_ == "dobj" for p in coordinated(o) if kind_of(p) == "person"]
        for person in cast:
            yield Fact(work, "starring", entity_of(person), evidence, "works.adapted_cast", 0.7)
