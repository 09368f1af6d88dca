"""Employment read from the parse, in the forms that put words between the person and the company:
"A is the chief executive of X", "A serves as head of drama at X", "A was previously head of
comedy at X", "A has been hired by X as head of drama", "X, headed by A,", "Led by A and B, X",
"A, who runs the company, joined X". The person works (or worked) for the company; a job title
found beside the company becomes the person's role.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lower_words, words
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import coordinated
from mediakg.extract.relations.hedges import is_hedged

# Participles whose "by" agent runs the company: "Harbour Films, headed by A".
LEADING_VERBS = words("leading_verbs")
# Verbs whose subject joins the company that is their object or "by" agent.
JOINING_VERBS = words("joining_verbs")
HIRING_VERBS = words("hiring_verbs")


def _role_before(company: Token) -> str:
    """"head of drama at X", "the chief executive of X": the job title that ends right before
    "at"/"of" and the company, beginning at a role word ("" when none)."""
    doc, roles = company.doc, lower_words("role_title_words")
    prep = company.i - 1
    if prep < company.sent.start or doc[prep].lower_ not in ("at", "of", "for"):
        return ""
    start = prep
    while start - 1 >= company.sent.start and not doc[start - 1]._.mkg_kind and (
            doc[start - 1].lower_ in roles or doc[start - 1].lower_ in ("of", "for", "and", "&", "-")
            or doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN")):
        start -= 1
    if any(t.lower_ in lower_words("former_job_words") for t in doc[start:prep]):
        return ""  # "a former chief executive of X": the article keeps past posts out
    while start < prep and doc[start].lower_ not in roles:
        start += 1  # the title opens at its first role word ("previously head of" -> "head of")
    return doc[start:prep].text if start < prep else ""


def _people(head: Token) -> list[Token]:
    return [t for t in coordinated(head) if t._.mkg_kind == "person"]


def _copula_roles(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A is (previously) head of drama at X", "A serves as the chief executive of X"."""
    if verb.lemma_ not in ("be", "serve"):
        return
    people = [p for s in verb.children if s.dep_ == "nsubj" for p in _people(s)]
    if not people:
        return
    for company in verb.subtree:
        if company._.mkg_kind == "org" and company.i > verb.i:
            role = _role_before(company)
            if role:
                yield people, company, role
                return


def _led_companies(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"X, headed by A," (the participle hangs from X) and "Led by A, X ..." (it opens the
    sentence and X is the subject of the main verb)."""
    if verb.lemma_ not in LEADING_VERBS or verb.tag_ != "VBN":
        return
    people = [p for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for p in _people(o)]
    if not people:
        return
    company = verb.head if verb.head._.mkg_kind == "org" else None
    if company is None and verb.dep_ in ("advcl", "csubj", "ccomp"):
        company = next((s for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass") and s._.mkg_kind == "org"), None)
    if company is not None:
        yield people, company, ""


def _joins_and_hires(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A, who runs the company, joined X"; "A has been hired by X as head of drama"."""
    if verb.lemma_ in JOINING_VERBS:
        subjects = [s for s in verb.children if s.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
            subjects = [verb.head]
        people = [p for s in subjects for p in _people(s)]
        company = next((o for o in verb.children if o.dep_ == "dobj" and o._.mkg_kind == "org"), None)
        if people and company is not None:
            yield people, company, ""
    elif verb.lemma_ in HIRING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        people = [p for s in verb.children if s.dep_ == "nsubjpass" for p in _people(s)]
        company = next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                        if o.dep_ == "pobj" and o._.mkg_kind == "org"), None)
        if people and company is not None:
            yield people, company, _role_after_as(verb)


def _role_after_as(verb: Token) -> str:
    """"hired by X as head of drama": the title after "as", up to the clause's end."""
    doc, roles = verb.doc, lower_words("role_title_words")
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            words = [t for t in doc[prep.i + 1:prep.right_edge.i + 1]]
            while words and words[0].lower_ in ("the", "a", "an", "its", "new"):
                words = words[1:]
            if words and words[0].lower_ in roles:
                return doc[words[0].i:words[-1].i + 1].text
    return ""


def employment_clauses(doc: Doc) -> Iterator[Fact]:
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for finder in (_copula_roles, _led_companies, _joins_and_hires):
            for people, company, role in finder(verb):
                sent: Span = verb.sent
                span = [*people, company]
                if is_hedged(doc, min(t.i for t in span), max(t.i for t in span) + 1):
                    continue
                if company.i > sent.start and doc[company.i - 1].lower_ in ("former", "ex", "ex-"):
                    continue
                evidence = sentence_evidence(sent)
                for person in people:
                    yield Fact(person._.mkg_entity, "employedBy", company._.mkg_entity, evidence, f"employment.{finder.__name__.strip('_')}", 0.7)
                    if role:
                        yield Fact(person._.mkg_entity, "role", role, evidence, "employment.role", 0.7, is_attribute=True)
