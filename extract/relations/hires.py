"""Hires and promotions: "Netflix has hired Amy Reinhard as president of advertising", "HBO named
X executive vice president of drama", "At Apple TV+, X has been promoted to head of programming",
"X, who joined HBO in 2009" (person -> org). The job title becomes the person's role attribute.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.relations.attributes import ROLE_TITLE
from mediakg.extract.evidence import document_text, sentence_evidence
from mediakg.extract.records import Fact
from mediakg.extract.lexicon import lower_words, ordered_words
from mediakg.extract.relations.engine import Rule, ent, entity_end, gap, in_relative_object, kinds, lemma, possessive_after, word
from mediakg.extract.relations.employment import joins_a_companys_project
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import doc_sents, entity_of, entity_tokens, kind_of, ref_of, shared_subject_verb, tokens_with

ORG, PERSON = kinds("org"), kinds("person")
HIRE_VERBS = ordered_words("hire_verbs")
PASSIVE_HIRES = ordered_words("passive_hire_words")
# The nouns of a parent's company of its own: "its Lumen Pictures unit", "its Lumen label".
UNIT_NOUNS = ordered_words("unit_nouns")
# The post after a hired name at such a unit: "as CEO of its Lumen Pictures unit" (not one left:
# "formerly of its X unit").
UNIT_POST_RE = re.compile(r"^\s*(?:as|to)?\s*(?:(?!formerly|previously|former)[\w-]+\s+){0,4}?(?:of|at)\s+(?:its|their)\s+(?:[A-Z][\w&.+'-]*\s+){1,5}(?:" + "|".join(UNIT_NOUNS) + r")\b")


RULES = [
    # "Netflix has hired X as ...", "HBO named X executive vice president": the person right
    # after the verb, so "HBO named the series ..." gives nothing.
    # "has hired former Hulu executive X": the person's past company may come between.
    # "up" hires only as a verb ("upped A to"), not as the particle of "picked up A's debut";
    # a person in the possessive ("A's debut", "A's partner B") owns the object, not hired.
    # Not "Harbour Films has tapped X to direct Y": hired for one work's credit, not a job there.
    # The post the person held may stand before the name ("promoted chief creative officer A",
    # "hiring BBC drama commissioner A"), and the hire may be the means of a verb before it
    # ("has moved quickly by hiring A").
    Rule("hires.org_hires", "employedBy", [ent("org", "object"), *gap(4), {**lemma(*HIRE_VERBS), "DEP": {"NOT_IN": ["prt"]}},
                                           word("former", "veteran", op="?"), ent("org", OP="?"), *gap(3), ent("person", "subject")],
         PERSON, ORG, 0.8, coordinate=False, veto=lambda roles: possessive_after(roles["subject"]) or hired_for_a_credit(roles["subject"])
         or _in_other_clause(roles["object"], roles["subject"]) or _heads_a_unit(roles["subject"]) or _object_of_its_own(roles["object"])),
    # "Harbor Group has appointed A as CEO of its Lumen Pictures unit": the post is at the unit,
    # a company of its own (corporate.its_unit), not at the parent that made the appointment.
    Rule("hires.unit_head", "employedBy", [ent("org"), *gap(4), {**lemma(*HIRE_VERBS), "DEP": {"NOT_IN": ["prt"]}}, ent("person", "subject"),
                                           word("as", "to", op="?"), *[dict(g, LOWER={"NOT_IN": ["formerly", "previously", "former", ","]}) for g in gap(4)],
                                           word("of", "at"), word("its", "their"), ent("org", "object"),
                                           word(*UNIT_NOUNS)],
         PERSON, ORG, 0.75, coordinate=False),
    # "At Apple TV+, X has been promoted to head of programming".
    Rule("hires.at_org_promoted", "employedBy", [word("at"), ent("org", "object"), word(","), ent("person", "subject"), *gap(3), word(*PASSIVE_HIRES)],
         PERSON, ORG, 0.75, coordinate=False),
    # "X has been named head of drama at HBO", "X, who has been named head of drama at HBO,".
    Rule("hires.named_role_at", "employedBy", [ent("person", "subject"), word(",", op="?"), word("who", op="?"), *gap(3), word(*PASSIVE_HIRES),
                                               # "named in a lawsuit filed at X": no post after the verb
                                               {"LOWER": {"NOT_IN": ["in", "by", "on", "for", "after", "with", "among", "from", "as"]}, "IS_PUNCT": False},
                                               *gap(7), word("at"), ent("org", "object")],
         PERSON, ORG, 0.75, coordinate=False, veto=lambda roles: in_relative_object(roles["subject"])),
    # "X joined HBO in 2009", "X, who joins Netflix from Hulu": joining a company is working there.
    Rule("hires.joined", "employedBy", [ent("person", "subject"), *gap(3), word("joined", "joins", "rejoined", "rejoins"), ent("org", "object")],
         PERSON, ORG, 0.75, coordinate=False, veto=lambda roles: joins_a_companys_project(roles["object"])),
    # "A and B negotiated the deal for Neon", "A brokered the sale on behalf of X": a deal's
    # negotiator acts for the company named, as its executive.
    Rule("hires.negotiated_for", "employedBy", [ent("person", "subject"), word("negotiated", "brokered"), word("the", op="?"),
                                                word("deal", "pact", "sale", "acquisition", "agreement", op="?"), word("for"), ent("org", "object")],
         PERSON, ORG, 0.7),
    Rule("hires.negotiated_on_behalf", "employedBy", [ent("person", "subject"), word("negotiated", "brokered"), word("the", op="?"),
                                                      word("deal", "pact", "sale", "acquisition", "agreement", op="?"), word("on"), word("behalf"),
                                                      word("of"), ent("org", "object")],
         PERSON, ORG, 0.7),
]

def _object_of_its_own(org: Token) -> bool:
    """"A left Kestrel Media in May and hired B": a company that is the object of another verb or a
    preposition's is not the one that hires; the hirer is a subject."""
    head = org
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "pobj", "dative")


def _heads_a_unit(person: Token) -> bool:
    """Whether the post after the hired person's name is at the hiring parent's unit ("as CEO of
    its Lumen Pictures unit"): then the parent is not the employer."""
    doc = person.doc
    end = entity_end(person)
    return bool(UNIT_POST_RE.match(doc.text[doc[end].idx + len(doc[end].text):doc[end].idx + 140]))


def _in_other_clause(org: Token, person: Token) -> bool:
    """"Heyday, which was launched by A and NBCUIS in 2015, appointed B": the company sits in a
    relative or participle clause that does not hold the hire, so it is not the one hiring."""
    return any(a.dep_ in ("relcl", "acl") and not (a.left_edge.i <= person.i <= a.right_edge.i) for a in org.ancestors)


# "hired X as president of advertising", "promoted to head of programming", "named X chief ...".
HIRED_AS_RE = re.compile(r"^\s*(?:,\s*)?(?:has been |have been |was |is |will be )?(?:(?:named|appointed|promoted|tapped|hired|upped|elevated)\s+)?"
                         r"(?:as|to)?\s*(?:(?:the|its|their|his|her|a|an|new|permanent|interim)\s+)*" + ROLE_TITLE
                         # The title ends at a clause word too ("... as head of drama after serving as ..."):
                         # a subordinate clause after a title is the hire's circumstances, no part of the title.
                         # "as CEO of its Lumen Pictures unit": the parent's unit follows (hires.unit_head).
                         + r"(?=\s*(?:[,.;]|\bat\b|\bfor\b|$|\bof\s+(?:its|their)\s|\b(?:" + "|".join(ordered_words("role_clause_words")) + r")\b))", re.I)
# probeB: trade headlines and ledes use the present ("Harbour Films taps A as chief content officer").
# The person's past post may stand between ("has hired former Netflix exec A as ..."): up to four
# words, none closing a clause.
# The noun of a hire says the same: "the appointment of A as head of drama", "the promotion of A to ...".
HIRE_BEFORE_RE = re.compile(r"\b(?:hired|named|appointed|tapped|promoted|recruited|poached|elevated|upped"
                            r"|hires|names|appoints|taps|promotes|recruits|poaches|elevates|ups"
                            r"|(?:appointment|promotion|hiring|elevation)\s+of)\s+(?:[\w&+.'\u2019-]+\s+){0,4}?$", re.I)
# After the name, the passive of a hire ("has been named", "is being promoted", "was made") or a
# verb of taking up a post ("becomes", "will take over as", "steps up to"): the title follows.
# "A, senior vice president at X, has been named president": an apposition giving the post she
# leaves may stand between.
TAKES_POST_RE = re.compile(r"^(?:\s*,[^,]{1,80},)?\s*(?:(?:has|have|had)\s+(?:now\s+)?been|(?:is|are|was|were)(?:\s+being)?|will\s+be)\s+"
                           r"(?:named|appointed|promoted|tapped|hired|upped|elevated|made)\b"
                           r"|^(?:\s*,[^,]{1,80},)?\s*(?:(?:will|is\s+to|has)\s+)?(?:becomes?|became|become|takes?\s+over\s+as|took\s+over\s+as|taken\s+over\s+as"
                           r"|steps?\s+up\s+(?:to|as)|stepped\s+up\s+(?:to|as)|moves?\s+up\s+to|moved\s+up\s+to)\b"
                           # "tapped A to serve as co-head of television": the post is the infinitive's.
                           r"|^\s*to\s+(?:serve|act)\s+as\b"
                           # "A previously worked at X as head of marketing": a post held at a company.
                           r"|^\s*(?:(?:has|had|have)\s+)?(?:previously\s+|also\s+|most\s+recently\s+|earlier\s+)?(?:worked|served)\s+(?:at|for|with)\s+[^,.;]{1,60}?\s+as\b", re.I)
HOLDS_POST_RE = re.compile(r"^\s*(?:,\s*who\s+)?(?:is|was|remains|has\s+been|will\s+remain|continues\s+as|will\s+continue\s+as)\s+(?:(?:also|now|currently|still)\s+)?(?=(?:the\s+)?[a-z])", re.I)
# The titles that name a credit on a work as often as a post: "A is executive producer".
CREDIT_TITLE_RE = re.compile(r"(?:(?:executive|co-|senior)\s*)*(?:producer|director|executive)", re.I)
# "director of the film", "producer of the series": a post on a work is a credit.
ON_A_WORK_RE = re.compile(r"\b(?:of|for)\s+(?:the|this|that|a)\s+(?:[a-z]+\s+)?(?:film|movie|series|show|project|pilot|episode|documentary|feature|play)\s*$", re.I)
# A jury's or a panel's president judges a festival's films for it: a post, no job.
PANEL_RE = re.compile(r"\b(?:jury|juries|panel|committee)\b", re.I)
# "appointed A to the newly created role of chief creative officer": the post named by a noun of office.
POST_NOUN_RE = re.compile(r"\s*to\s+(?:the|a)\s+(?:(?:newly[- ]created|new|newly|created|permanent|interim)\s+)*(?:role|post|position)\s+of\s+")


def hired_for_a_credit(person: Token) -> bool:
    """"tapped A to direct", "has set A to star in", "hired A to write the adaptation": the
    infinitive after the person is a credit on a work (the lexicon's project_credit_verbs), so
    the company engages A for that work, it does not employ A."""
    doc = person.doc
    after = doc[person.i + 1:min(person.i + 5, person.sent.end)]
    credits, titles = lower_words("project_credit_verbs"), lower_words("role_title_words")
    # "upped A to executive vice president": a credit word that opens a job title ("executive"
    # before "vice president", "director" after it) names the post A is promoted to, no credit.
    return (len(after) >= 2 and after[0].lower_ == "to"
            and any((t.lemma_.lower() in credits or t.lower_ in credits)
                    and not (t.i + 1 < person.sent.end and doc[t.i + 1].lower_ in titles)
                    for t in after[1:3]))


def coordinated_hires(doc: Doc) -> Iterator[Fact]:
    """ "Harbour Films has promoted A from X to Y and hired Lumen's B as head of drama": a hire
    verb joined to the verb before it shares that verb's subject, which the token rules, a few
    words from the verb, cannot reach. Only a company as the shared subject and a person as the
    verb's own object; not one hired for a credit ("and tapped B to direct")."""
    hires = frozenset(HIRE_VERBS)
    for verb in tokens_with(doc, lemma=hires):
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_ not in hires \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        head = shared_subject_verb(verb)
        companies = [c for c in head.children if c.dep_ == "nsubj" and kind_of(c) == "org"]
        people = [c for c in verb.children if c.dep_ == "dobj" and kind_of(c) == "person"]
        if not companies or not people or _in_other_clause(companies[0], people[0]) or hired_for_a_credit(people[0]) \
                or _heads_a_unit(people[0]) or is_hedged(doc, head.i, verb.right_edge.i + 1):
            continue
        yield Fact(entity_of(people[0]), "employedBy", entity_of(companies[0]), sentence_evidence(verb.sent), "hires.coordinated_hire", 0.75)


def replaced_at(doc: Doc) -> Iterator[Fact]:
    """ "A will be replaced at X by deputy head of drama B", "A was succeeded at X by B": the one
    leaving and the one coming both hold the post at the company named with "at"."""
    for verb in tokens_with(doc, lemma=("replace", "succeed")):
        if verb.lemma_ not in ("replace", "succeed") or not any(c.dep_ == "auxpass" for c in verb.children) \
                or any(c.dep_ in ("aux", "neg") and c.lower_ in ("may", "might", "could", "would", "not", "n't") for c in verb.children):
            continue  # ("may be replaced": a change only possible)
        companies = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children
                     if o.dep_ == "pobj" and kind_of(o) == "org"]
        # The one coming in: the "by" agent, or the name set in apposition to its title.
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        coming = [t for o in agents for t in [o, *(c for c in o.children if c.dep_ == "appos")] if kind_of(t) == "person"]
        leaving = [s for s in verb.children if s.dep_ == "nsubjpass" and kind_of(s) == "person"]
        if not companies or not (coming or leaving) or is_hedged(doc, verb.sent.start, verb.sent.end):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in [*leaving, *coming]:
            yield Fact(entity_of(person), "employedBy", entity_of(companies[0]), evidence, "hires.replaced_at", 0.7)


def hire_roles(doc: Doc) -> Iterator[Fact]:
    """The title a hire or promotion gives: the person's role."""
    people = entity_tokens(doc, "person")
    for sent in doc_sents(doc):
        for token in [t for t in people if sent.start <= t.i < sent.end]:
            if kind_of(token) != "person" or ref_of(token):
                continue
            before = document_text(doc)[sent.start_char:token.idx]
            after = document_text(doc)[token.idx + len(token.text):sent.end_char]
            passive = TAKES_POST_RE.match(after)
            # "A is head of originals", "A, who is senior vice president of development,": a post
            # held, said by the copula; a credit's noun there ("A is executive producer") is a
            # credit on a work, no post.
            held = None if passive else HOLDS_POST_RE.match(after)
            passive = passive or held
            if not (HIRE_BEFORE_RE.search(before) or passive):
                continue
            skip = passive.end() if passive else 0  # the title is read after the verb
            # "to the role of <title>" reads as "to <title>": the title starts after the office noun
            # (read with a "to " of three characters put before it, which the offset takes back).
            post = POST_NOUN_RE.match(after, skip)
            read, skip = ("to " + after[post.end():], post.end() - 3) if post else (after[skip:], skip)
            match = HIRED_AS_RE.match(read)
            # "promoted to president of X": a title running on into a company is cut at it by
            # the employment clauses, which give that role.
            start = token.idx + len(token.text) + skip + (match.start(1) if match else 0)
            named = {kind_of(t) for t in sent if start <= t.idx < start + len(match.group(1))} if match else set()
            if "org" in named:
                continue
            if match and (held and CREDIT_TITLE_RE.fullmatch(match.group(1)) or ON_A_WORK_RE.search(match.group(1)) or "work" in named):
                continue  # a credit on a work ("is executive producer", "the director of the film", "of X"), no post
            # "X has reportedly named A ...": a rumoured hire gives no role (corp3).
            # (An acronym is a title whatever its length: "as CEO", "as MD".)
            if match and (len(match.group(1)) > 3 or match.group(1).isupper()) and not PANEL_RE.search(match.group(1)) and not is_hedged(doc, sent.start, token.i + 1):
                yield Fact(entity_of(token), "role", _title_before_a_verb(doc, start, match.group(1)).strip(), sentence_evidence(sent),
                           "hires.role", 0.7, is_attribute=True)


def _title_before_a_verb(doc: Doc, start: int, title: str) -> str:
    """The title up to an "and" that opens a verb phrase: "will become head of scripted and oversee
    drama" holds the title "head of scripted" ("head of drama and comedy" is one title)."""
    for joined in re.finditer(r"\s+and\s+", title):
        word = doc.char_span(start + joined.end(), start + joined.end() + 1, alignment_mode="expand")
        if word is not None and len(word) and word[0].pos_ in ("VERB", "AUX"):
            return title[:joined.start()]
    return title
