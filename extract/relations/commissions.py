"""Who a work is made for, and who is behind it: two ways trade news credits a work to a company
without a production verb between them.

- "Release the Hounds for ITV2", "Nazareth, a new series for Fox", "developed X for Apple TV+":
  a title (or the noun that describes it, or a making verb that has it as object) followed by
  "for" and a channel or streamer names the platform that commissioned it, which produces it in
  the graph (as "a Netflix series" does).
- "Blumhouse has been behind shows including X and Y", "The indie is behind X": a copula whose
  complement is a "behind" phrase credits its subject with the works the phrase names (the
  apposition "the company behind X" is works.behind_credits').

Both keep quiet on a hedged or denied clause (hedges.is_hedged).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lower_words
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import coordinated
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import class_of, entity_of, kind_of, ref_of, tokens_with


def _platforms(prep: Token) -> list[Token]:
    """The channels and streamers a "for" governs, with those listed with them ("for BBC1 and
    Amazon"). Only a platform class (corp4_platform_classes) is a commissioner: a production
    company after "for" is a producer's banner, a place or a sum is something else."""
    classes = lower_words("corp4_platform_classes")
    return [t for pobj in prep.children if pobj.dep_ == "pobj" for t in coordinated(pobj)
            if kind_of(t) == "org" and class_of(t).lower() in classes and not ref_of(t)]


def _governor(prep: Token) -> Token:
    """What a "for" phrase is said of. The parser often hangs it on the agent of a passive
    ("produced by Harbour Films for ITV": on "Films"), where it belongs to the verb."""
    head = prep.head
    if kind_of(head) == "org" and head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return head


def _commissioned_work(prep: Token) -> Token | None:
    """The work a "for <platform>" phrase is said of, read from the parse:
    - the title itself: "Bigheads for ITV";
    - a noun describing a title, in apposition to it ("Nazareth, a new series for Fox") or as a
      copula's complement ("Constellation is a thriller for Apple TV+"), when the noun is a work
      noun (rec5_work_nouns);
    - a making verb (rec5_commission_verbs) whose object is the title: "she developed X for
      Apple TV+", "he directed X for Amazon"."""
    head = _governor(prep)
    if kind_of(head) == "work":
        return head
    # "directed episodes of X for Amazon", "season two of X for Netflix": a part of a work.
    if head.pos_ == "NOUN" and head.lemma_.lower() in lower_words("rec5_part_nouns"):
        return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and kind_of(o) == "work"), None)
    if head.pos_ == "NOUN" and head.lemma_.lower() in lower_words("rec5_work_nouns"):
        if head.dep_ == "appos" and kind_of(head.head) == "work":
            return head.head
        if head.dep_ == "attr" and head.head.lemma_ == "be":
            return next((s for s in head.head.children if s.dep_ == "nsubj" and kind_of(s) == "work"), None)
    if head.pos_ == "VERB" and head.lemma_.lower() in lower_words("rec5_commission_verbs") and head.tag_ == "VBN":
        # The passive: "X is produced by C for ITV", "X, made by C for Sky": the work is the
        # passive subject or the noun the participle clause hangs on.
        if head.dep_ == "acl" and kind_of(head.head) == "work":
            return head.head
        subjects = [s for s in head.children if s.dep_ == "nsubjpass" and kind_of(s) == "work"]
        return subjects[0] if len(subjects) == 1 else None
    if head.pos_ == "VERB" and head.lemma_.lower() in lower_words("rec5_commission_verbs"):
        # "produced the series X for HBO": the object may be the work noun the title stands in
        # apposition to.
        objects = [t for o in head.children if o.dep_ == "dobj"
                   for t in (o, *(a for a in o.children if a.dep_ == "appos")) if kind_of(t) == "work"]
        return objects[0] if len(objects) == 1 else None
    return None


def commissioned_works(doc: Doc) -> Iterator[Fact]:
    """A title "for" a channel or streamer is made for it: in credit lists ("makes shows such as
    X for ITV2, Y for ITV"), résumés ("directed X for Amazon") and descriptions ("X, a new
    series for Fox"), the platform after "for" is the one that ordered the work, so it produces
    it. A hedged or denied clause ("X, reportedly in the works for Netflix") gives nothing."""
    for prep in tokens_with(doc, lower=("for",)):
        if prep.lower_ != "for" or prep.dep_ != "prep":
            continue
        work = _commissioned_work(prep)
        # The parse may hang "for" on the wrong item of a list ("X for ITV2, Y for ITV and Z for
        # Sky One", "created X and co-created Y for BBC"): only a describing noun phrase may
        # stand between the work and "for", never another name, verb or coordination.
        # A passive ties the work to "for" through its verb: its agent stands between them.
        passive = _governor(prep).tag_ == "VBN" and _governor(prep).pos_ == "VERB"
        if work is not None and not passive and any(kind_of(t) or t.pos_ in ("PROPN", "VERB", "CCONJ") for t in doc[work.i + 1:prep.i]):
            work = None
        platforms = _platforms(prep) if work is not None and work.i < prep.i else []
        if not platforms or is_hedged(doc, min(work.i, prep.i), max(p.i for p in platforms) + 1):
            continue
        for platform in platforms:
            yield Fact(entity_of(platform), "produces", entity_of(work), sentence_evidence(prep.sent),
                       "commissions.made_for", 0.7)


def _behind_works(behind: Token) -> list[Token]:
    """The works a "behind" phrase names: its object and the titles listed with it, the title in
    apposition to a describing noun, or the titles after "including"/"such as" on a plain noun
    ("behind shows including X and Y")."""
    found: list[Token] = []
    for pobj in (c for c in behind.children if c.dep_ == "pobj"):
        if kind_of(pobj) == "work":
            found += coordinated(pobj)
            continue
        found += [t for a in pobj.children if a.dep_ == "appos" and kind_of(a) == "work" for t in coordinated(a)]
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in lower_words("rec5_listing_preps"):
                found += [t for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "work" for t in coordinated(o)]
    return [w for w in found if kind_of(w) == "work"]


def behind_copulas(doc: Doc) -> Iterator[Fact]:
    """"Harbour Films is behind X", "The indie has also been behind X, Y and Z": a copula whose
    complement is a "behind" phrase says its subject made the works; a company produces them, a
    person is known for them. Not when hedged or denied ("is said to be behind X", "is not
    behind X")."""
    for behind in tokens_with(doc, lower=("behind",)):
        if behind.lower_ != "behind" or behind.dep_ != "prep" or behind.head.lemma_ != "be":
            continue
        owners = [t for s in behind.head.children if s.dep_ == "nsubj" for t in coordinated(s)
                  if kind_of(t) in ("org", "person")]
        works = _behind_works(behind)
        if not owners or not works:
            continue
        ends = [*owners, *works]
        if is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
            continue
        evidence = sentence_evidence(behind.sent)
        for owner in owners:
            predicate = "knownFor" if kind_of(owner) == "person" else "produces"
            for work in works:
                subject, obj = entity_of(owner), entity_of(work)
                yield Fact(subject, predicate, obj, evidence, "commissions.behind_copula", 0.7)


# A copula that classes a work as a company's product: "X is a Harbour Films production".
_COPULAS = frozenset({"is", "was", "'s", "\u2019s", "remains"})
_PRODUCT_NOUNS = frozenset({"production", "co-production", "coproduction"})


def production_copulas(doc: Doc) -> Iterator[Fact]:
    """"X is a Harbour Films production", "X was a Harbour Films and Redline Media co-production":
    a copula whose complement is "a <company> production" says the company made the work (the
    noun "production" here names the product, the company before it its maker). Read on the
    tokens, since the small model parses the company run loosely: work, closing quotes, copula,
    "a"/"an", companies joined by "and"/"&"/",", then "production" (or "co-production"). A reference ("The series is ...") is not read: it may point
    anywhere. Not when hedged or denied ("is not a Harbour Films production")."""
    for noun in tokens_with(doc, lower=tuple(_PRODUCT_NOUNS)):
        if noun.lower_ not in _PRODUCT_NOUNS:
            continue
        if noun.i + 1 < noun.sent.end and doc[noun.i + 1].pos_ == "NOUN":
            continue  # "a Harbour Films production executive": "production" modifies another noun
        i = noun.i - 1
        makers: list[Token] = []
        while i >= noun.sent.start:
            t = doc[i]
            if kind_of(t) == "org" and not ref_of(t):
                makers.append(t)
            elif not (makers and t.lower_ in ("and", "&", ",", "/")):
                break
            i -= 1
        # The copula, or the comma of an apposition: "X, a Harbour Films production, stars ...".
        if not makers or i < noun.sent.start + 2 or doc[i].lower_ not in ("a", "an") or (doc[i - 1].lower_ not in _COPULAS
                                                                                        and doc[i - 1].text != ","):
            continue
        j = i - 2
        while j >= noun.sent.start and doc[j].is_punct and doc[j].text in ("\u201d", "\"", "'", "\u2019", ","):
            j -= 1
        # "X, which is a Harbour Films production, ...": the relative pronoun stands for the title
        # before its comma.
        if j >= noun.sent.start + 1 and doc[j].lower_ == "which" and doc[i - 1].lower_ in _COPULAS:
            j -= 1
            while j >= noun.sent.start and doc[j].is_punct and doc[j].text in ("\u201d", "\"", "'", "\u2019", ","):
                j -= 1
        work = doc[j] if j >= noun.sent.start else None
        if work is None or kind_of(work) != "work" or ref_of(work):
            continue
        if is_hedged(doc, work.i, noun.i + 1):
            continue
        # "... production in association with Redline Media": the associate co-produces.
        if doc[noun.i + 1:noun.i + 4].text.lower() == "in association with":
            k = noun.i + 4
            while k < noun.sent.end and (kind_of(doc[k]) == "org" or (doc[k].lower_ in ("and", "&", ",") and k + 1 < noun.sent.end
                                                                           and kind_of(doc[k + 1]) == "org")):
                if kind_of(doc[k]) == "org" and not ref_of(doc[k]):
                    makers.append(doc[k])
                k += 1
        # "... a Harbour Films production for BBC One": the channel it is made for commissioned it.
        k = noun.i + 1
        if k + 1 < noun.sent.end and doc[k].lower_ == "for":
            k += 2 if doc[k + 1].lower_ == "the" else 1
            if k < noun.sent.end and kind_of(doc[k]) == "org" and not ref_of(doc[k]):
                makers.append(doc[k])
        evidence = sentence_evidence(noun.sent)
        for maker in makers:
            yield Fact(entity_of(maker), "produces", entity_of(work), evidence, "commissions.production_copula", 0.75)
