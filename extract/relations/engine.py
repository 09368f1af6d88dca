"""Running relation rules over a document whose entity mentions are single tokens.

A rule is data: a spaCy Matcher token pattern in which the tokens that stand for the fact's ends
carry an extra key "ROLE" ("subject" or "object"). The engine strips that key, runs the Matcher
with alignments, and reads each role back from the matched tokens. An end a pattern leaves out is
found from the sentence (see `Default`), because news states the work once and then lists its
people: "The project unites ... writer Yeon Sang-ho ... and Shinzo Katayama at the helm".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from enum import Enum
from typing import Callable, Iterable, Iterator

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence
from mediakg.extract.lexicon import lower_words, words
from mediakg.extract.mentions.finders import KIND_CLASS, POSSESSIVE_MARKS
from mediakg.extract.relations.hedges import STATUSES, cues_status, hedge_cues
from mediakg.extract.records import Fact
from mediakg.extract.mentions.topics import same_topic, topic_starts
from mediakg.extract.tokens import entity_of, entity_tokens, entity_tokens_within, kind_of, ref_of, token_table


def _in_other_adverbial(token: Token, i: int) -> bool:
    """Whether the token sits in an adverbial clause ("After X completed its run, ...") that does
    not hold token i."""
    return any(a.dep_ == "advcl" and not a.left_edge.i <= i <= a.right_edge.i for a in token.ancestors)

class Default(Enum):
    """Where to look for an end the pattern does not match."""

    NONE = "none"  # the pattern must match it
    SENTENCE = "sentence"  # nearest entity of the kind in the sentence, left first
    SENTENCE_OR_SALIENT = "salient"  # ... else the document's most named entity of the kind
    SENTENCE_LEFT = "left"  # nearest entity of the kind to the left of the match


@dataclass(frozen=True)
class Rule:
    name: str
    predicate: str
    pattern: list[dict]
    subject_kinds: frozenset[str]
    object_kinds: frozenset[str]
    confidence: float
    subject_default: Default = Default.NONE
    object_default: Default = Default.NONE
    coordinate: bool = True  # "stars A and B" gives both
    # A match opening on its subject also takes the names listed before it ("A, B and C will
    # produce"); not where the words after the subject describe it alone ("A and B, CEO of X").
    list_before: bool = True
    also: tuple[str, ...] = ()  # further predicates the same match states ("P directed W": knownFor)
    inverse_also: tuple[str, ...] = field(default=())  # predicates stated object -> subject
    # A reading of the matched ends that undoes the match (the sentence says something else).
    veto: Callable[[dict[str, Token]], bool] | None = None


def kinds(*names: str) -> frozenset[str]:
    return frozenset(names)


def ent(kind: str | Iterable[str], role: str | None = None, **extra) -> dict:
    """A pattern token that is an entity mention of one or several kinds."""
    spec: dict = {"_": {"mkg_kind": {"IN": [kind] if isinstance(kind, str) else list(kind)}}}
    spec.update(extra)
    if role:
        spec["ROLE"] = role
    return spec


def word(*forms: str, op: str | None = None) -> dict:
    spec: dict = {"LOWER": {"IN": list(forms)}} if len(forms) > 1 else {"LOWER": forms[0]}
    if op:
        spec["OP"] = op
    return spec


def co_word(*forms: str, op: str | None = None) -> dict:
    """A pattern token that is one of the forms with the "co-" prefix the tokenizer keeps on its
    word ("co-wrote", "co-directed")."""
    return word(*(f"co-{form}" for form in forms), op=op)


def lemma(*forms: str, op: str | None = None) -> dict:
    spec: dict = {"LEMMA": {"IN": list(forms)}}
    if op:
        spec["OP"] = op
    return spec


# Kinds of entity a gap never steps over. A gap may cross an agreement's words ("a multi-year
# deal"): the rules were written and measured that way; and a festival that modifies the
# next name ("acquired Sundance hit Salt Road"): an event is never a rule's subject or object
# where the gap stands.
GAP_STOPS = [kind for kind in KIND_CLASS if kind not in ("agreement", "event")]


def gap(n: int = 3) -> list[dict]:
    """Up to n ordinary words (no entity, no sentence punctuation) between two parts of a pattern."""
    return [{"_": {"mkg_kind": {"NOT_IN": GAP_STOPS}},
             "IS_SENT_START": False, "TEXT": {"NOT_IN": [".", ";", "!", "?"]}, "OP": "?"}] * n


def in_relative_object(person: Token) -> bool:
    """"A, who worked with CEO B, was named president at C": B is the object of a preposition or
    verb inside a relative clause on another name, a colleague mentioned in passing, never the
    one the main clause's hire or post is about."""
    if person.dep_ not in ("pobj", "dobj", "appos", "conj"):
        return False
    for ancestor in person.ancestors:
        if ancestor.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return False
        if ancestor.dep_ == "relcl":
            return True
    return False


def _described_in_name_phrase(doc: Doc, roles: dict[str, Token], end: int, cues: list[str]) -> bool:
    """Whether both ends of a match lie inside one noun phrase with no verb, the match ending on
    the phrase's head, and no hedge or negation word stands inside that phrase: "(in talks to
    hire) Hulu executive A", "(did not buy) Kestrel's drama X". What a name's own premodifiers
    say of it is stated as the present fact, whatever the clause around the phrase reports,
    hedges or denies; "the rumoured Kestrel drama X" keeps its cue (inside the phrase), and a
    match with an end outside the phrase ("X is not directed by A") is the clause's statement."""
    root = doc[end - 1]
    if root.pos_ not in ("PROPN", "NOUN") or "subject" not in roles or "object" not in roles:
        return False
    phrase = doc[root.left_edge.i:end]
    if any(not phrase.start <= roles[r].i < phrase.end for r in ("subject", "object")):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return False
    return not any(cue.lower() in phrase.text.lower() for cue in cues)


# Companies and facilities are listed together ("Mill Road Studios, Eastgate Stages and Pier Nine
# Studios"): a studio's name is a company's or its lot's, and the finders tell them apart unevenly.
_FAMILIES = {"facility": "org"}


def _same_family(a: str, b: str) -> bool:
    return _FAMILIES.get(a, a) == _FAMILIES.get(b, b)


def coordinated(token: Token) -> list[Token]:
    """The token and the entities listed with it: "A and B", "A, B and C", "“A,” “B”"."""
    found = [token]
    kind = kind_of(token)
    i = token.i + 1
    doc = token.doc
    table = token_table(doc)  # the words and tags as strings: a Token made only for is_punct
    texts, lowers, tags = table.text, table.lower, table.tag
    while i < len(doc):
        # "Dana Vale as Nora and Tom Reyes as Jack": a cast member's part, after "as", is an
        # aside of the item; the list goes on after it.
        if kind == "person" and lowers[i] == "as":
            k = i + 1
            while k < min(len(doc), i + 7) and texts[k] not in ",;.:!?" and lowers[k] not in ("and", "or", "&") and not kind_of(doc[k]):
                k += 1
            if k > i + 1 and k < len(doc) and (texts[k] == "," or lowers[k] == "and"):
                nxt = k + 1 if k + 1 < len(doc) and lowers[k + 1] == "and" else k
                if nxt + 1 < len(doc) and kind_of(doc[nxt + 1]) == kind and _opens_clause(doc, nxt + 1):
                    break  # "stars A as Nora and B directs": B opens a clause of its own
                i = k
        j = i
        seen_sep = False
        while j < len(doc) and texts[j] not in ".;:!?" and (lowers[j] in ("and", "or", "&") or doc[j].is_punct
                                                             or (lowers[j] == "as" and tuple(lowers[j + 1:j + 3]) == ("well", "as"))):
            # "A, B, as well as C": the phrase joins the last item as "and" does.
            if lowers[j] == "as":
                seen_sep, j = True, j + 3
                continue
            seen_sep = seen_sep or texts[j] in (",", "and", "or", "&", "\u201c", "\"")
            # "“A” (for which she won an Emmy), “B” (2019) and “C”": an item's bracketed aside is
            # no end of the list.
            if texts[j] == "(" and kind == "work":
                close = next((k for k in range(j + 1, min(j + 16, token.sent.end)) if texts[k] == ")"), None)
                if close is not None:
                    j = close
            j += 1
        # "from A's Harbour Films, B's Kestrel Media and Lumen": a person's possessive opens a
        # banner's item; the banner is the list's.
        # So in a list of titles: "in A's X, B's Y, as well as C's Z" (each maker owns an item).
        if kind in ("org", "work") and seen_sep and j < len(doc) and kind_of(doc[j]) == "person":
            owned = entity_end(doc[j]) + 1
            if owned + 1 < len(doc) and tags[owned] == "POS" and kind_of(doc[owned + 1]) == kind:
                j = owned + 1
        if not seen_sep or j >= len(doc) or not _same_family(kind_of(doc[j]), kind):
            break
        # "featuring A and B, C's “X”": a possessive owner starts the list's next item, a title.
        if j + 1 < len(doc) and tags[j + 1] == "POS":
            break
        # "on X starring A and B, and C returns as director": after an object list, ", and" with
        # a name its own finite verb follows opens a new clause; C is its subject, no list item.
        if texts[i] == "," and lowers[j - 1] == "and" and _opens_clause(doc, j) and _object_list(token):
            break
        # "acquired by A and B, Deadline has learned": a name after a bare comma that reports
        # the news is its source, no list item.
        if texts[j - 1] == "," and _reports(doc, j):
            break
        found.append(doc[j])
        i = j + 1
    return found


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether the name at i is followed, past its own tokens, by a finite verb or a modal."""
    j = i
    while j + 1 < len(doc) and entity_of(doc[j + 1]) and entity_of(doc[j + 1]) == entity_of(doc[i]):
        j += 1
    return j + 1 < len(doc) and doc[j + 1].tag_ in ("VBZ", "VBD", "VBP", "MD")


def _reports(doc: Doc, i: int) -> bool:
    """Whether the name at i is the subject of a verb of reporting news ("Variety has learned",
    "Deadline reported"), past its own tokens and auxiliaries."""
    j = i
    while j + 1 < len(doc) and entity_of(doc[j + 1]) and entity_of(doc[j + 1]) == entity_of(doc[i]):
        j += 1
    j += 1
    while j < len(doc) and (doc[j].pos_ == "AUX" or doc[j].lower_ in ("exclusively", "first", "also")):
        j += 1
    return j < len(doc) and doc[j].pos_ == "VERB" and doc[j].lemma_.lower() in lower_words("source_report_lemmas")


def _object_list(token: Token) -> bool:
    """Whether a list starting at token follows a verb of its sentence as its object, not a
    subject list ("A, B, and C will produce", whose verb follows the last name)."""
    return token.dep_ not in ("nsubj", "nsubjpass") and any(t.pos_ == "VERB" for t in token.doc[token.sent.start:token.i])


def antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative "which"/"that" subject stands for ("X, which was bought by Y": X);
    any other subject is itself."""
    return verb.head if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" else subject


def coordinated_before(token: Token) -> list[Token]:
    """The entities listed before a subject with it, nearest last: "HBO and the BBC have renewed
    X", "A, B and C will produce". Only a list joined by "and" or "&" (a comma alone may end a
    phrase: "After its deal with Sky, the BBC renewed X")."""
    doc, kind = token.doc, kind_of(token)
    found, i, joined = [], token.i - 1, False
    while i >= 0:
        j = i
        while j >= 0 and (doc[j].text in (",", "&") or doc[j].lower_ in ("and", "the")):
            joined = joined or doc[j].lower_ in ("and", "&")
            j -= 1
        if j == i or j < 0 or not _same_family(kind_of(doc[j]), kind) or not entity_of(doc[j]):
            break
        # A list's "and" stands before its last item: in "A, B and C, D's X" the list closed at C,
        # and D opens a phrase of its own.
        if not found and not joined:
            return []
        # The whole name: the list item ends at its last token; step to its first.
        key = entity_of(doc[j])
        found.append(doc[j])
        while j > 0 and entity_of(doc[j - 1]) == key:
            j -= 1
        i = j - 1
    return list(reversed(found)) if joined else []


# A work after these words is named in passing, as someone's calling card or a source ("Amy
# Brenneman of “X”", "known for X", "an adaptation of X"): not what an unnamed credit is about.
PASSING_WORDS = lower_words("passing_words")
# "of" marks a work in passing only after a person or a noun of provenance ("eight episodes of
# “X”" is X itself).
PASSING_OF = lower_words("passing_of_words")

PASSING_IN = lower_words("passing_in_words")
# The makers of a new work, named by their earlier one: "from the trio behind X".
MAKER_GROUP_NOUNS = frozenset({"team", "trio", "duo", "pair", "people", "minds", "creator", "creators", "co-creator", "co-creators",
                               "producer", "producers", "maker", "makers", "filmmaker", "filmmakers", "writer", "writers",
                               "director", "company", "outfit", "studio"})


# "known for the documentary X": what describes the title does not change what came before it.
TITLE_DESCRIPTORS = lower_words("title_descriptor_words")


def _in_person_parens(token: Token) -> bool:
    """"Jane Roe (Moonfall, Nine Rivers)": a parenthesis after a person lists calling cards."""
    doc = token.doc
    texts = token_table(doc).text  # the words as strings: no Token made for each step back
    for i in range(token.i - 1, max(-1, token.i - 12), -1):
        if texts[i] == ")":
            return False
        if texts[i] == "(":
            j = i - 1
            while j >= 0 and texts[j] in ("\u201d", "\"", "\u2019"):
                j -= 1
            return j >= 0 and kind_of(doc[j]) == "person"
    return False


def on_company(participle: Token) -> bool:
    """Whether a credit participle hangs on a company ("Blue Door, the Danish company directed by
    A", "a banner run by A"): it says who runs the company, not who made the sentence's work."""
    return participle.dep_ == "acl" and (participle.head.lower_ in lower_words("company_head_nouns")
                                         or kind_of(participle.head) == "org")


def owns_next_company(person: Token) -> bool:
    """Whether a person's possessive owns the company named next ("Will Vale's Harbour Films",
    "Vale's own production company, X"): the company, not the person, holds a credit there."""
    doc, i = person.doc, person.i + 1
    if i >= len(doc) or not (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s", "'", "\u2019")):
        return False
    for t in doc[i + 1:min(i + 5, len(doc))]:
        if kind_of(t) == "org" or t.lower_ in lower_words("company_head_nouns"):
            return True
        if not (t.is_lower or t.text in (",", "-")):
            return False
    return False


def agent_participle(person: Token) -> Token | None:
    """The participle whose "by"-agent the person is ("directed by A and B": directed)."""
    node = person
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.dep_ == "agent":
        return node.head.head
    return None


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token in the parse (the token itself if it is one), or None: the
    clause a word belongs to, which a rule reads as a whole ("bought X from Y": the "from" of
    the buying verb's own clause, not of a relative clause inside it)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def in_passing(token: Token) -> bool:
    if _in_person_parens(token):
        return True
    before = [t for t in token.doc[max(0, token.i - 6):token.i] if not t.is_punct]
    while len(before) > 1 and before[-1].lower_ in TITLE_DESCRIPTORS:
        before.pop()
    # "a role in Ryan Murphy's Ratched", "the lead in A24's Priscilla": the owner's possessive
    # before a title belongs to the title's phrase and leaves the word that frames it in force.
    if len(before) > 2 and before[-1].lower_ in ("'s", "\u2019s") and kind_of(before[-2]) in ("person", "org"):
        owner = entity_of(before[-2])
        before.pop()
        while len(before) > 1 and entity_of(before[-1]) == owner and kind_of(before[-1]):
            before.pop()
    if not before:
        return False
    # "including A, B and C": a list shares the passing word that opens it.
    if before[-1].lower_ in ("and", "or") and len(before) > 1 and kind_of(before[-2]) == kind_of(token):
        return in_passing(before[-2])
    if kind_of(before[-1]) and kind_of(before[-1]) == kind_of(token):
        return in_passing(before[-1])
    # "a comedy from the trio behind X", "from the creators of X": the new work's makers named by
    # their earlier one (references.PASSING_BEFORE_RE reads the same words).
    if before[-1].lower_ in ("behind", "of") and len(before) > 2 and before[-2].lower_ in MAKER_GROUP_NOUNS \
            and any(t.lower_ == "from" for t in before[-5:-2]):
        return True
    if before[-1].lower_ == "of" and len(before) > 1:
        return kind_of(before[-2]) == "person" or before[-2].lower_ in PASSING_OF
    if before[-1].lower_ == "in" and len(before) > 1:  # "who starred in “X”": a past role
        return before[-2].lower_ in PASSING_IN
    # probeD: "a pilot order for drama X", "a series order to X": the work a network orders is
    # what the sentence is about, not one named in passing.
    if before[-1].lower_ in ("for", "to") and len(before) > 1 and before[-2].lower_ in ORDER_NOUNS:
        return False
    # "closed territory sales on the drama X", "rights on X": the work a sale is of is what the
    # sentence reports, not one named in passing.
    if before[-1].lower_ in ("on", "for") and len(before) > 1 and before[-2].lower_ in SALE_NOUNS:
        return False
    # "are joining forces on X", "production begins on X", "teamed up on X": the work a
    # partnership or a shoot is on is what the sentence reports.
    if before[-1].lower_ == "on" and len(before) > 1 and before[-2].lower_ in JOINT_WORK_WORDS:
        return False
    return before[-1].lower_ in PASSING_WORDS


# Nouns of a network's order, whose "for"/"to" names the work ordered.
ORDER_NOUNS = ("order", "pilot", "pickup", "commission", "greenlight")
# Nouns of a sale, whose "on"/"for" names the work sold.
SALE_NOUNS = ("sales", "sale", "rights", "deal", "deals", "territories")
# Words of a partnership or a shoot, whose "on" names the work it is on.
JOINT_WORK_WORDS = ("forces", "production", "filming", "shooting", "up", "partnered", "partnering", "collaborating", "teamed", "teaming")


def _job_word_before_participle(doc: Doc, i: int, end: int) -> bool:
    """"X, executive produced by A": the job word is part of the participle phrase ("executive
    produced", "exec produced"), which the tagger reads as an adjective and a participle."""
    return doc[i].lower_ in ("executive", "exec", "executively") and i + 1 < end and doc[i + 1].tag_ in ("VBN", "VBG")


def item_work(sent: Span, around: int, kinds_: frozenset[str]) -> Token | None:
    """"X, starring A, and Y, directed by B": in a roundup each title's participle phrase follows it
    right after a comma, so the title just before the phrase is its work, before the article's
    main work or a nearer one, even where a list cue ("include") makes titles look passing."""
    from mediakg.extract.relations.constructions import epithet_person  # imports this module

    if "work" not in kinds_:
        return None
    doc = sent.doc
    j = around - 1
    if j > sent.start and doc[j].lower_ == "which":  # "X, which stars A, and Y": the antecedent
        j -= 1
    # Only a participle phrase ("starring", "directed by") or a relative "which" describes the
    # title; a comma that closes an aside ("A, who created X, has cast B") does not.
    elif around >= sent.end or not (doc[around].tag_ in ("VBN", "VBG") or _job_word_before_participle(doc, around, sent.end)):
        return None
    while j > sent.start and doc[j].text in (",", "\"", "\u201d", "\u2019"):
        j -= 1
    if not any(t.text == "," for t in doc[j + 1:around]):
        return None
    before = doc[j]
    if kind_of(before) == "work" and epithet_person(before) is None:
        return before
    return None


def relative_on_person(clause: Token) -> bool:
    """Whether a relative clause (its verb) is said of a person: its antecedent is one, or "who"
    opens it, whatever the antecedent is named ("the Vale sisters, who ...")."""
    return kind_of(clause.head) == "person" or clause.left_edge.lower_ in ("who", "whom", "whose")


def in_other_relative(token: Token, around: int, on_person: bool = False) -> bool:
    """Whether a token stands in a relative clause that does not hold `around` (one said of a
    person, when asked): in "A, who has written books including X, will executive produce Y" X is
    A's calling card, and the main clause's credit is not X's."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return not ancestor.left_edge.i <= around <= ancestor.right_edge.i and (not on_person or relative_on_person(ancestor))
    return False


def _nearest(sent: Span, around: int, kinds_: frozenset[str], *, left_only: bool,
             skip_passing: bool = False) -> Token | None:
    from mediakg.extract.relations.constructions import epithet_person  # imports this module

    # "Ember showrunners A and B will produce": a title that stands as a person's epithet is their
    # calling card, not the work the sentence credits.
    # "A, who spent a decade at Hulu, has signed a deal with B": a company in a relative clause on
    # a person is said of that person, no party of the main clause.
    # "produced by Falkon Pictures (“Berlin Nights”)": a title in a parenthesis after a name is
    # that name's calling card, not the work credited.
    def fits(t: Token) -> bool:
        return kind_of(t) in kinds_ and not (skip_passing and in_passing(t)) \
            and not (kind_of(t) == "work" and (epithet_person(t) is not None or in_other_relative(t, around) or _card_in_parens(t))) \
            and not (kind_of(t) == "org" and in_other_relative(t, around, on_person=True))

    described = described_work(sent, around, kinds_)
    if described is not None:
        return described
    item = item_work(sent, around, kinds_)
    if item is not None:
        return item
    tagged = entity_tokens_within(sent.doc, sent.start, sent.end, kinds_)  # fits only these
    lefts = [t for t in tagged if t.i < around and fits(t)]
    if lefts:
        return lefts[-1]
    if left_only:
        return None
    rights = [t for t in tagged if t.i > around and fits(t)]
    return rights[0] if rights else None


def _card_in_parens(work: Token) -> bool:
    """Whether a title stands in a parenthesis opened right after a person's or a company's name."""
    doc = work.doc
    i = work.i - 1
    while i > work.sent.start and (doc[i].text in ("\u201c", '"', ",") or kind_of(doc[i]) == "work"):
        i -= 1
    return doc[i].text == "(" and i > work.sent.start and kind_of(doc[i - 1]) in ("person", "org")


# Lower-case nouns of a company's unit: a name before one qualifies a department ("head of U.S.
# Television operations"), it names no employer.
UNIT_NOUNS = frozenset({"operations", "operation", "division", "divisions", "department", "unit", "units", "business",
                        "businesses", "arm", "group", "team", "slate", "programming", "content"})


def entity_start(token: Token) -> int:
    """The index of the first token of the entity mention `token` is part of."""
    i = token.i
    while i > 0 and kind_of(token.doc[i - 1]) and entity_of(token.doc[i - 1]) == entity_of(token):
        i -= 1
    return i


def entity_end(token: Token) -> int:
    """The index of the last token of the entity mention `token` opens or is part of."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and kind_of(doc[end + 1]) and entity_of(doc[end + 1]) == entity_of(token):
        end += 1
    return end


def possessive_after(name: Token) -> bool:
    """Whether a name stands in the possessive ("director B's script", "Harbor TV's school"): the
    clitic right after the last token of its mention."""
    doc, end = name.doc, entity_end(name)
    return end + 1 < len(doc) and doc[end + 1].lower_ in POSSESSIVE_MARKS


def names_a_unit(company: Token) -> bool:
    """Whether a company name stands before a lower-case unit noun: "head of U.S. Television
    operations for X", "its Harbour drama division" (the department, not the employer)."""
    end = entity_end(company)
    # "president of HBO Programming": a capitalised unit word names the parent's division, and
    # the one who runs it works for the parent.
    return end + 1 < len(company.doc) and company.doc[end + 1].lower_ in UNIT_NOUNS and company.doc[end + 1].is_lower


def names_the_next_holder(title: Token) -> bool:
    """Whether a person's name follows the job title, past up to three more lower-case title words
    ("BBC News chief Tomas Brenner", "Kanal Nord chief executive Tomas Brenner"). A name the NER
    guessed a company's counts too when no preposition stands between ("vice-chair Jun Park,"): a
    title's company follows "of", "at" or "for", and a bare name after a title is its holder's."""
    doc, i = title.doc, title.i + 1
    while i < len(doc) and i <= title.i + 3 and doc[i].is_lower and not kind_of(doc[i]):
        i += 1
    if i >= len(doc):
        return False
    # Only a person or a name taken for a company: a place closes a title as its territory
    # ("Harbour's director Japan"), and a department the NER took for a company is the title's
    # own ("Lumen's vice president Original Series").
    if {w.lower() for w in doc[i].text.split()} & (lower_words("department_words") | UNIT_WORDS):
        return False
    return kind_of(doc[i]) == "person" or (kind_of(doc[i]) == "org" and doc[i].pos_ == "PROPN" and doc[i - 1].lower_ not in TITLE_COMPANY_PREPOSITIONS)


# Words of a unit's name a title may close with ("vice president Original Series").
UNIT_WORDS = frozenset({"series", "original", "originals", "film", "films", "television", "tv", "features", "scripted", "unscripted", "international"})
# The prepositions that join a job title to its company: "head of Harbour Films", "VP at Lumen".
TITLE_COMPANY_PREPOSITIONS = frozenset({"of", "at", "for", "in", "with"})


def past_year_bracket(doc: Doc, j: int, end: int) -> int:
    """Token j moved past a title's year in brackets, when one stands there: "“X” (2016) writer B"
    names B's calling card as "“X” writer B" does."""
    if j + 2 < end and doc[j].text == "(" and re.fullmatch(r"(?:1[89]|20)\d\d", doc[j + 1].text) and doc[j + 2].text == ")":
        return j + 3
    return j


def before_crew_noun(work: Token) -> bool:
    """Whether a crew or cast noun follows a title at once, past its closing quotes ("from 'Ember'
    Showrunner", "the Ember creator"): the title is someone's calling card, named or not."""
    doc = work.doc
    j = entity_end(work) + 1
    while j < work.sent.end and doc[j].text in ("\u201d", "\"", "'", "\u2019"):
        j += 1
    j = past_year_bracket(doc, j, work.sent.end)
    nouns = lower_words("cast2_epithet_nouns") | lower_words("prec5_card_epithet_nouns")
    return j < work.sent.end and doc[j].lower_ in nouns and doc[j].tag_ != "VBZ"


WORK_PART_NOUNS = frozenset({"pilot", "season", "episode", "episodes", "finale", "premiere", "run"})
# The nouns a "whose" clause's subject names an untitled work by ("project", "drama"): "whose
# character is written by B" is no work, and a part of a work is not another work ("the remake,
# whose pilot is co-produced by C"). Built once, not on every credit the engine places.
WHOSE_WORK_NOUNS = (lower_words("title_slot_nouns") | {"project", "projects"}) - WORK_PART_NOUNS


def relative_clause_of(token: Token) -> Token | None:
    """The verb of the nearest relative clause that holds the token (the token itself if it is
    one), or None."""
    return next((t for t in (token, *token.ancestors) if t.dep_ == "relcl"), None)


def whose_subject(token: Token) -> Token | None:
    """The subject noun of the "whose" relative clause the token stands in ("A, whose drama X will
    be directed by B, ..."), or None: what the clause's credits are about, not the sentence's work."""
    token = relative_clause_of(token)
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                 and c.lower_ in WHOSE_WORK_NOUNS and any(w.lower_ == "whose" for w in c.children)), None)


def untitled_work(doc: Doc, trigger: int) -> bool:
    """"a legal drama written by P", "an untitled thriller from P": the credit is about a work
    the sentence describes and does not name, so it is no title's, not even the article's."""
    # "A, whose untitled project will be directed by B and star C, penned the series".
    subject = whose_subject(doc[trigger])
    if subject is not None and not any(kind_of(t) == "work" for t in subject.subtree):
        return True
    i = trigger - 1
    while i > 0 and doc[i].lower_ in ("executive", "exec", "-"):
        i -= 1  # "a drama executive produced by P": the job word is part of the participle
    while i > 1 and doc[i].lower_ in ("and", ",", "/") and doc[i - 1].tag_ == "VBN":
        i -= 2  # "written and directed by", "written/directed by": back to the noun before the first participle
    head = doc[i] if i >= 0 else None
    if head is None or kind_of(head) or head.pos_ != "NOUN" or head.lower_ not in lower_words("title_slot_nouns") | lower_words("episode_nouns"):
        return False
    j = i
    while j > head.sent.start and not kind_of(doc[j - 1]) and doc[j - 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT") \
            and doc[j - 1].text not in (",", "(", ")"):
        j -= 1
    # "Ana Ruiz's movie stars A", "his next film stars A": a person's work with no title of its own
    # (a title in apposition would name it: "Ruiz's film, Glasshouse, stars A").
    owned = (j - 2 >= head.sent.start and doc[j - 1].lower_ in ("'s", "\u2019s", "'", "\u2019") and kind_of(doc[j - 2]) == "person"
             or j - 1 >= head.sent.start and doc[j - 1].lower_ in ("his", "her", "their")
             and any(doc[k].lower_ in ("next", "new", "upcoming", "untitled", "latest") for k in range(j, i)))
    if owned and not any(kind_of(c) == "work" for c in head.children):
        return True
    if not (j > head.sent.start and doc[j - 1].lower_ in ("a", "an")):
        return False
    # "Copperhead, a 2021 thriller directed by P" describes a title: see described_work.
    return not (j - 3 >= head.sent.start and doc[j - 2].text == "," and kind_of(doc[j - 3]) == "work")


def unknown_title(doc: Doc, trigger: int) -> bool:
    """"Other titles include The Teacher starring P", "Southland, directed by P": the credit's
    participle modifies a capitalised name no entity covers, a title the finders missed; the
    credit is that title's, so no other work of the sentence or the article takes it."""
    if doc[trigger].text == "," and trigger + 1 < len(doc):
        trigger += 1  # a pattern that opens on the word before "produced by" (the comma)
    verb = doc[trigger]
    if verb.tag_ not in ("VBG", "VBN"):
        return False

    # Only a title is directed, written or starred in: a place or company name there is a title
    # the NER took for one ("Tin Harbor (France), directed by B").
    creative = verb.lemma_ in ("direct", "write", "star", "helm", "pen", "co-direct", "co-write")
    not_titles = ("PERSON", "NORP") if creative else ("PERSON", "GPE", "LOC", "NORP")

    def untagged_name(head: Token) -> bool:
        return (not kind_of(head) and head.i > head.sent.start and head.text[:1].isupper()
                and head.pos_ in ("PROPN", "NOUN") and head.ent_type_ not in not_titles)

    if verb.dep_ == "acl" and verb.head.i < verb.i and untagged_name(verb.head):
        return True
    # "went to A for Staff Room, produced by B": the participle phrase set off by a comma describes
    # the name right before the comma, even where the parser hangs it on an earlier noun.
    if not (trigger >= 2 and verb.i > verb.sent.start + 1 and doc[trigger - 1].text == ","
            and verb.dep_ in ("acl", "advcl", "conj", "relcl")):
        return False
    named = trigger - 2
    # "Copper Moon (U.S., Mexico), directed by B": a festival line's countries in parentheses
    # stand between the title and its credit.
    if doc[named].text == ")":
        opening = next((t.i for t in reversed(doc[verb.sent.start:named]) if t.text == "("), None)
        named = opening - 1 if opening is not None and opening > verb.sent.start else named
    return untagged_name(doc[named]) or (creative and kind_of(doc[named]) == "org" and doc[named].ent_type_ == "ORG")


def unresolved_work_reference(sent: Span) -> bool:
    """"The show, produced by P, ...", where "the show" was left pointing at nothing (an untitled
    work the article introduced, "in an upcoming drama series"): the sentence is about a work we
    cannot name, so no other title stands in for it. A source noun ("the novel") does not count."""
    heads = lower_words("prec5_work_reference_heads")
    # "has cast A in an upcoming drama series", "The show, produced by P": a work noun with its
    # own determiner, no compound of another noun ("a series regular").
    # A noun that says what a work is ("is a thriller", "as a first-time feature") introduces none.
    return any(t.lower_ in heads and not kind_of(t) and t.dep_ not in ("compound", "attr") and t.pos_ == "NOUN"
               and not (t.dep_ == "pobj" and t.head.lower_ == "as") and not (t.dep_ == "appos" and kind_of(t.head) == "work")
               and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.children) for t in sent)


def described_work(sent: Span, around: int, kinds_: frozenset[str]) -> Token | None:
    """"T, a 2019 thriller directed by P": the credit sits in an apposition that describes T, so
    it is T's even where T itself is someone's earlier credit ("she starred in T, a film ...")."""
    if "work" not in kinds_:
        return None
    doc = sent.doc
    for i in range(around - 1, max(sent.start, around - 10) - 1, -1):
        token = doc[i]
        if token.lower_ in ("a", "an", "the") and i - 2 >= sent.start and doc[i - 1].text == ",":
            title = doc[i - 2]
            return title if kind_of(title) == "work" else None
        # "an HBO crime drama": a network's name may qualify the work noun of the description.
        if kind_of(token) == "org" and i + 1 < around and doc[i + 1].is_lower and doc[i + 1].pos_ in ("NOUN", "ADJ"):
            continue
        # Anything but plain words ends the description: a clause, a list, another name.
        if kind_of(token) or token.is_punct and token.text != "-":
            return None
    return None


@dataclass
class RuleSet:
    rules: list[Rule]
    salient: dict[str, str] = field(default_factory=dict)  # kind -> entity key of the most named
    cards: frozenset[str] = frozenset()  # works named only as people's calling cards

    def matcher(self, doc: Doc) -> tuple[Matcher, dict[int, int], list[tuple[int, int]] | None]:
        """The Matcher of the rules that may match this document, its match ids' rule indices,
        and the token ranges that hold their matches (None: the whole document)."""
        from mediakg.extract.relations.matching import candidate_matcher  # needs Rule

        return candidate_matcher(self.rules, doc)

    def facts(self, doc: Doc) -> Iterator[Fact]:
        from mediakg.extract.relations.matching import matches  # needs Rule

        matcher, rule_of, ranges = self.matcher(doc)
        if not rule_of:
            return  # no rule can match (a Matcher of no rules may not run)
        for match_id, start, end, alignment in matches(matcher, doc, ranges):
            rule = self.rules[rule_of[match_id]]
            cues = hedge_cues(doc, start, end)
            status = cues_status(cues)
            roles: dict[str, Token] = {}
            for offset, pattern_index in enumerate(alignment):
                role = rule.pattern[pattern_index].get("ROLE")
                if role and role not in roles:
                    roles[role] = doc[start + offset]
            if status and _described_in_name_phrase(doc, roles, end, cues):
                status = ""  # "in talks to hire Hulu executive A": A's post at Hulu is stated
            if status and status not in STATUSES:
                continue  # "is not directing", "could direct": not a fact the article states
            if rule.veto is not None and rule.veto(roles):
                continue
            # "in talks to acquire": kept, with its status, apart from the stated facts.
            for fact in self._facts_of_match(doc, rule, roles, start, end):
                yield replace(fact, status=status) if status else fact

    def _end(self, doc: Doc, roles: dict[str, Token], role: str, default: Default,
             wanted: frozenset[str], start: int, end: int, rule: Rule) -> list[tuple[str, str]]:
        """The (entity key, kind) pairs at one end of a matched fact."""
        if role in roles:
            tokens = coordinated(roles[role]) if rule.coordinate else [roles[role]]
            if roles[role].i == start and rule.pattern[0].get("ROLE") == role and rule.list_before:
                tokens = coordinated_before(roles[role]) + tokens
            return [(entity_of(t), kind_of(t)) for t in tokens if entity_of(t)]
        if default is Default.NONE:
            return []
        sent = doc[start].sent
        # "X, a drama written by A, a comedy written by B": a credit on a work the sentence only
        # describes is that work's, even when the sentence names the article's work elsewhere.
        if "work" in wanted and untitled_work(doc, start):
            return []
        if "work" in wanted:
            # "the memoir X, which A and B are producing": a credit told in a relative clause is
            # its antecedent's, whatever else the sentence or the article names.
            antecedent = next((t.head for t in doc[start:end] if t.dep_ == "relcl" and t.head.i < start and kind_of(t.head) == "work"), None)
            if antecedent is not None:
                return [(entity_of(antecedent), "work")]
            # "A, whose drama X will be directed by B, penned the series": the clause's subject names its work.
            subject = whose_subject(doc[start])
            named = [t for t in subject.subtree if kind_of(t) == "work"] if subject is not None else []
            if named:
                return [(entity_of(named[0]), "work")]
        if default is Default.SENTENCE_OR_SALIENT and "work" in wanted:
            # "in Cold Creek directed by Ana Cole": a participle right after a title (past its
            # closing quote) is a reduced relative on that title, whatever the article is about.
            j = start - 1
            while j > sent.start and doc[j].text in ("\u201d", "\"", "'", "\u2019"):
                j -= 1
            if j >= sent.start and doc[start].tag_ == "VBN" and kind_of(doc[j]) == "work" and not ref_of(doc[j]):
                return [(entity_of(doc[j]), kind_of(doc[j]))]
            # "X (starring A) and Y (starring B)": a credit that opens a bracket right after a
            # title is that title's, however the parser hangs the bracket.
            if j >= sent.start and doc[j].text == "(" and j - 1 >= sent.start:
                k = j - 1
                while k > sent.start and doc[k].text in ("\u201d", "\"", "'", "\u2019"):
                    k -= 1
                if kind_of(doc[k]) == "work" and not ref_of(doc[k]):
                    return [(entity_of(doc[k]), kind_of(doc[k]))]
        if default is Default.SENTENCE_OR_SALIENT:
            # The work the article is about, when the sentence names it (often as "the series"),
            # beats a nearer work mentioned in passing ("known for A and B").
            from mediakg.extract.relations.constructions import epithet_person  # imports this module

            # "Y, an HBO crime drama starring A": the credit is in an apposition describing Y.
            described = described_work(sent, start, wanted)
            if described is not None and epithet_person(described) is None:
                return [(entity_of(described), kind_of(described))]
            item = item_work(sent, start, wanted)
            if item is not None:
                return [(entity_of(item), kind_of(item))]
            # "Based on the novel “S,” the series “T” premiered on HBO": the opening phrase names the
            # source; the work its main clause speaks of is the one after the phrase.
            from mediakg.extract.relations.works import opening_adaptation  # imports this module

            opening = opening_adaptation(sent) if "work" in wanted else None
            if opening is not None and opening[0].i < start:
                return [(entity_of(opening[0]), kind_of(opening[0]))]
            # (Not one named only in an adverbial clause the credit is outside of: "After X ended
            # its run, he made Y, starring A" speaks of Y.)
            main = [t for t in entity_tokens_within(doc, sent.start, sent.end, wanted)
                    if kind_of(t) in wanted and entity_of(t) in self.salient.values()
                    and not (kind_of(t) == "work" and (epithet_person(t) is not None or before_crew_noun(t)))
                    and not _in_other_adverbial(t, start)]
            if main:
                return [(entity_of(main[0]), kind_of(main[0]))]
        salient = default is Default.SENTENCE_OR_SALIENT
        if "work" in wanted and (untitled_work(doc, start) or unknown_title(doc, start)):
            return []
        near = _nearest(sent, start, wanted, left_only=default is Default.SENTENCE_LEFT, skip_passing=salient)
        if near is not None and kind_of(near) == "work" and before_crew_noun(near):
            return []  # "an order to a drama from 'Ember' showrunner": Ember is a maker's calling card
        if near is None and "work" in wanted and unresolved_work_reference(sent):
            return []
        if near is None and salient and sent.start > 0:
            # "It is written by X": the previous sentence's entity, nearest to its end.
            previous = doc[sent.start - 1].sent
            near = _nearest(previous, previous.end, wanted, left_only=True, skip_passing=True)
            if near is not None and entity_of(near) in self.cards:
                near = None  # "A was last seen in Ember. The series is produced by P": not Ember's credit
            if near is not None and kind_of(near) == "work":
                from mediakg.extract.relations.roles import told_in_passing  # imports this module

                if told_in_passing(near):
                    near = None  # "He also created Lovesick. It will be directed by P": not Lovesick's
        if near is None and salient and "work" in wanted:
            # probeD: "NBC has ordered a pilot for drama B. ... Lumen Pictures will produce.": in a
            # roundup a later paragraph that names its own title, and not the article's main
            # work, is an item about that title; an unnamed "will produce" in it is that title's
            # (constructions.work_of reads credit lists the same way).
            from mediakg.extract.relations.constructions import paragraph_work  # imports this module

            near = paragraph_work(sent, self.salient.get("work", ""))
            if near is None:
                # "X is a thriller. A and B are producing.": the title the sentence before is about
                # (constructions.work_of reads untitled credit lists the same way).
                from mediakg.extract.relations.constructions import subject_work_before  # imports this module

                near = subject_work_before(sent)
        if near is not None:
            return [(entity_of(near), kind_of(near))]
        if default is Default.SENTENCE_OR_SALIENT:
            return [(self.salient[k], k) for k in sorted(wanted) if k in self.salient
                    and named_in_topic(doc, self.salient[k], doc[start].idx)
                    and not (k == "work" and opens_new_item(doc, self.salient[k], doc[start].idx))][:1]
        return []

    def _facts_of_match(self, doc: Doc, rule: Rule, roles: dict[str, Token], start: int, end: int) -> Iterator[Fact]:
        subjects = self._end(doc, roles, "subject", rule.subject_default, rule.subject_kinds, start, end, rule)
        objects = self._end(doc, roles, "object", rule.object_default, rule.object_kinds, start, end, rule)
        sent = doc[start].sent
        evidence = sentence_evidence(sent)
        # A fact whose ends the pattern matched itself is surer than one with an end inferred.
        confidence = rule.confidence if ("subject" in roles and "object" in roles) else rule.confidence * 0.85
        if any(ref_of(t) for t in roles.values()):
            confidence *= 0.85  # "The streamer will distribute X": the end is a resolved description
        for s_key, s_kind in subjects:
            for o_key, o_kind in objects:
                if s_key == o_key or s_kind not in rule.subject_kinds or o_kind not in rule.object_kinds:
                    continue
                for predicate in (rule.predicate, *rule.also):
                    yield Fact(s_key, predicate, o_key, evidence, rule.name, round(confidence, 2))
                for predicate in rule.inverse_also:
                    yield Fact(o_key, predicate, s_key, evidence, rule.name, round(confidence, 2))


# A round-up item opens with the newcomer and the project they join: "Lena Cho has signed on for
# Stone Hill." The verbs (lemmas) of that opening.
_JOIN_LEMMAS = frozenset({"join", "sign", "cast", "board", "land", "tap", "add"})
_NOT_TITLE_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP", "LOC", "MONEY", "PERCENT"})


def opens_new_item(doc: Doc, key: str, pos: int) -> bool:
    """Whether pos's paragraph is a round-up item about another project than the article's work
    key: its first sentence has a person join something it names for the first time ("Lena Cho
    has signed on for Stone Hill.", "Tom Hale has been cast in Ember"), and the paragraph does
    not name key by pos's sentence. "The film" later in that item is the newly named project,
    even when the finder missed its title, never the work of an earlier item. "Tom Hale has
    joined the cast." names nothing new: the paragraph goes on about the article's work."""
    text = document_text(doc)
    start = text.rfind("\n", 0, pos) + 1
    if start == 0:
        return False
    first = next((t for t in doc if t.idx >= start and not t.is_space), None)
    if first is None:
        return False
    here = doc.char_span(pos, pos + 1, alignment_mode="expand")
    limit = here.sent.end_char if here is not None and len(here) else len(text)
    if any(entity_of(t) == key and start <= t.idx < limit for t in entity_tokens(doc, key, attr="mkg_entity")):
        return False
    opening = first.sent
    joins = [t for t in opening if t.lemma_.lower() in _JOIN_LEMMAS and t.pos_ in ("VERB", "AUX")]
    if kind_of(first) == "person":
        verb = joins[0] if joins else None
    else:
        # "A day after A signed on, Amiah Cole has been cast in Ember": an opening phrase may stand
        # before the newcomer; the join is then the verb whose subject is a person.
        verb = next((t for t in joins if any(c.dep_ in ("nsubj", "nsubjpass") and kind_of(c) == "person"
                                              for c in t.children)), None)
    if verb is None:
        return False
    seen = {entity_of(t) for t in doc[:first.i] if entity_of(t)}
    for t in doc[verb.i + 1:opening.end]:
        if t.text == "(":
            break  # "(Ember)": a calling card, not the project joined
        if entity_of(t):
            if kind_of(t) not in ("person", "place") and entity_of(t) not in seen and not ref_of(t):
                return True
        elif t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in _NOT_TITLE_TYPES:
            return True
    return False


def named_in_topic(doc: Doc, key: str, pos: int) -> bool:
    """Whether the item of a roundup that holds pos names the entity by the end of pos's
    sentence: the title a later "Separately, ..." item is about is not what an earlier unnamed
    credit means, nor the reverse; and "the series" is not a title the article has yet to name
    ("the series will be produced by X" about an untitled project, a past credit named later)."""
    starts = topic_starts(document_text(doc))
    here = doc.char_span(pos, pos + 1, alignment_mode="expand")
    limit = here.sent.end_char if here is not None and len(here) else len(document_text(doc))
    return any(entity_of(t) == key and t.idx < limit and same_topic(starts, t.idx, pos)
               for t in (entity_tokens(doc, key, attr="mkg_entity") if key else doc))


def possessive(op: str | None = None) -> dict:
    """"'s" by its form: the small models tag a curly "’s" as a closing quote as often as POS."""
    spec: dict = {"LOWER": {"IN": ["'s", "\u2019s", "'", "\u2019"]}}
    if op:
        spec["OP"] = op
    return spec


@lru_cache(maxsize=1)
def _festival_section_words() -> frozenset[str]:
    return frozenset(w for name in words("festival_section_names") for w in name.split())


def festival_word(token: Token) -> bool:
    """A word of a festival's name or of one of its sections (festival_section_names): "Cannes",
    "Competition", "Panorama"."""
    return kind_of(token) == "event" or token.text in _festival_section_words()
