"""Employment read from the parse, in the forms that put words between the person and the company:
"A is the chief executive of X", "A serves as head of drama at X", "A was previously head of
comedy at X", "A has been hired by X as head of drama", "X, headed by A,", "Led by A and B, X",
"A, who runs the company, joined X". The person works (or worked) for the company; a job title
found beside the company becomes the person's role.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import company_descriptor_nouns, lower_words, words
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import coordinated, coordinated_before, entity_end, names_a_unit, names_the_next_holder, possessive_after
from mediakg.extract.relations.hedges import hedge_cues, is_hedged
from mediakg.extract.tokens import entity_of, entity_tokens, kind_of, ref_of, shared_subject_verb, tokens_with

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
    while start - 1 >= company.sent.start and not kind_of(doc[start - 1]) and (
            doc[start - 1].lower_ in roles or doc[start - 1].lower_ in ("of", "for", "and", "&", "-")
            or doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN") or doc[start - 1].lower_ in DEPARTMENT_WORDS):
        start -= 1  # ("VP scripted at X": a department the tagger reads as a participle)
    # ("a former chief executive of X": the past marker is no part of the title, which is kept:
    # a post once held is still the person's role at that company.)
    while start < prep and doc[start].lower_ not in roles:
        start += 1  # the title opens at its first role word ("previously head of" -> "head of")
    end = _before_all(doc, start, prep)
    return doc[start:end].text if start < end else ""


def _before_all(doc: Doc, start: int, end: int) -> int:
    """Where a title ends that runs "head of all" up to `end`: "all" is no department, the post is
    head of the whole company ("interim head of all of X" -> "interim head")."""
    if end - 2 > start and doc[end - 1].lower_ in ("all", "both", "everything") and doc[end - 2].lower_ in ("of", "for"):
        return end - 2
    return end


ROLE_WORDS = lower_words("role_title_words")
# "co-chairman", "co-CEO": a shared title is a title (the tokenizer keeps the prefix on its word).
ROLE_WORDS |= frozenset(f"co-{w}" for w in ROLE_WORDS)
DEPARTMENT_WORDS = lower_words("department_words")
# Dependencies a company may hang by below a job title: "head of drama at X", "founder of the
# software company X", "X's head of drama", "founder and CEO of X"; "head of scripted for X", where
# the parser takes the department adjective for the preposition's complement (pcomp).
TITLE_PATH_DEPS = frozenset({"prep", "pobj", "conj", "cc", "compound", "poss", "case", "pcomp"})


def _title_company(title: Token) -> Token | None:
    """The company a job title names, found below it in the parse through prepositions,
    coordinated titles and possessives only (not through a relative clause: "a producer who
    worked at X" says where she worked, not what the title is)."""
    stack = list(title.children)
    while stack:
        token = stack.pop(0)
        # "the software company Oracle": a name the parse hangs as an apposition right after a
        # company noun is that company; one after a comma ("president, Original Programming,")
        # is a department or the next item of a list.
        descriptor = token.dep_ == "appos" and token.i > 0 and token.doc[token.i - 1].text != "," and token.doc[token.i - 1].pos_ == "NOUN"
        if token.dep_ not in TITLE_PATH_DEPS and not descriptor:
            continue
        if kind_of(token) == "org":
            return token
        if kind_of(token):
            continue  # another name: a company beyond it is that one's
        stack.extend(token.children)
    return None


def _company_preposition(title: Token, company: Token) -> int:
    """Where the title ends before the company: the nearest "of"/"at"/"for" above the company in
    the parse ("vp of studio operations at X" ends at "at"), else the title's last such
    preposition before it ("the founder of the software company X" ends at "of")."""
    node = company
    while node.i != title.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("of", "at", "for", "with") and node.i > title.i:
            return node.i
        node = node.head
    preps = [c.i for head in [title, *title.conjuncts] for c in head.children
             if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with") and title.i < c.i < company.i]
    return max(preps) if preps else company.i


def _title_text(title: Token, company: Token | None) -> str:
    """The job title as written, from its first role word up to the preposition (or after the
    possessive) that leads to the company: "the founder and CEO of X" -> "founder and CEO",
    "X's head of drama" -> "head of drama"; "" for a past post ("the former head of X")."""
    doc = title.doc
    start = title.left_edge.i
    end = title.right_edge.i + 1
    if company is not None:
        if company.i > title.i:
            end = _company_preposition(title, company)
        else:
            start = company.i + 1
    # A relative clause or a parenthesis after the title is no part of it.
    for token in doc[title.i + 1:end]:
        if token.dep_ in ("relcl", "acl") or token.text in ("(", ",", ";"):
            end = token.i
            break
    end = _before_all(doc, start, end)
    # "a producer of films and formerly a top executive at X": two descriptions joined by "and"
    # and a past marker; the post at the company is the second.
    joint = next((t.i for t in doc[start:end] if t.lower_ == "and" and t.i + 1 < end and doc[t.i + 1].lower_ in ("formerly", "previously", "later")), None)
    if joint is not None and company is not None and company.i > joint:
        start = joint + 2
    # ("former", "ex-": a past marker is no word of the title; the post once held is kept.)
    words = [t for t in doc[start:end] if (not t.is_punct or t.text in ("-", "&")) and t.lower_ not in lower_words("former_job_words")]
    # a plural title is one too ("the co-presidents of drama")
    # A department right before the role word is a part of the title: "distribution manager",
    # "acquisitions executive" (not "the", "new" or a name's possessive).
    while words and (words[0].lower_ not in ROLE_WORDS and words[0].lemma_.lower() not in ROLE_WORDS or words[0].tag_ == "POS") \
            and not (len(words) > 1 and words[0].lower_ in DEPARTMENT_WORDS and words[1].lower_ in ROLE_WORDS):
        words = words[1:]
    # "A, a producer on hit series X": a title cut before a work, left ending on its preposition,
    # is a credit on that work, no post.
    if words and words[-1].lower_ in ("on", "of", "for", "at", "with", "in"):
        return ""
    return doc[words[0].i:words[-1].i + 1].text if words else ""


def titled_apposition(person: Token) -> tuple[Token, str] | None:
    """The company and job title of an apposition to a person, read from the parse: "A, the
    founder and CEO of X," -> (X, "founder and CEO"); "A, X's head of drama," -> (X, "head of
    drama"); "said A, president, original programming, X" -> (X, "president, original
    programming"), the press-release form where title, department and company each follow a
    comma and the company closes the list. None when the apposition names no company."""
    for title in person.children:
        if title.dep_ != "appos" or title.lower_ not in ROLE_WORDS:
            continue
        if names_the_next_holder(title):
            continue  # "A, Harbour's vice-chair Jun Park, and B": the title is the next name's, A is another item
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in title.children):
            continue  # "A, his longtime producing partner, B": a person's partner, no post at a company
        last = _closing_company(title)
        if last is not None:
            role = _press_release_title(title, last)
            if role:
                return last, role
        company = _title_company(title)
        if company is None:
            continue
        return company, _title_text(title, company)
    return None


def _appositions(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"A, the founder and CEO of X,": a job title in apposition to a name, with the company it
    names, makes the person its staff and the title their role (see titled_apposition)."""
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person):
            continue
        found = titled_apposition(person) or _listed_title(person)
        if found is not None and found[1]:
            yield [person], found[0], found[1], person


def _listed_title(person: Token) -> tuple[Token, str] | None:
    """"said A, SVP Film Production, X.", "said A, senior vp international sales and distribution
    at X": the press-release title after the name, read from the words when the parse scatters it
    (it hangs "Production" or "sales" on the name and the title word below). The title opens with
    a job word, holds no name, verb or clause, and ends at a comma before the company that closes
    the sentence or the aside, or at "at" before it."""
    doc = person.doc
    i = person.i + 1
    if i >= person.sent.end - 2 or doc[i].text != "," or doc[i + 1].lower_ not in ROLE_WORDS:
        return None
    for j in range(i + 2, min(i + 10, person.sent.end - 1)):
        token = doc[j]
        if kind_of(token) or token.pos_ in ("VERB", "AUX", "PRON", "DET") or token.lower_ in ("who", "which"):
            return None  # a name or a clause: no title alone
        if token.text == "," or token.lower_ == "at":
            company = doc[j + 1]
            closes = j + 2 >= company.sent.end or doc[j + 2].is_punct or doc[j + 2].is_space
            if kind_of(company) == "org" and not ref_of(company) and closes:
                return company, doc[i + 1:j].text
            return None
    return None


def _closing_company(title: Token) -> Token | None:
    """"said A, president, original programming, X.": the company that closes the sentence
    after a comma, a few words after the title (the parse of such lists varies)."""
    doc, end = title.doc, title.sent.end
    while end - 1 > title.i and ((doc[end - 1].is_punct and doc[end - 1].text not in (",",)) or doc[end - 1].is_space):
        end -= 1  # the full stop and closing quotes, and the line break that ends a paragraph
    last = doc[end - 1]
    if kind_of(last) == "org" and last.i - title.i <= 8 and doc[last.i - 1].text == ",":
        return last
    # "A, managing director, X, said ...": the same list set as an aside before the main verb;
    # the company is the comma-framed name right before the verb of the sentence.
    for token in doc[title.i + 1:min(end - 2, title.i + 9)]:
        if (kind_of(token) == "org" and doc[token.i - 1].text == "," and doc[token.i + 1].text == ","
                and doc[token.i + 2].pos_ in ("VERB", "AUX") and doc[token.i + 2].dep_ == "ROOT"):
            return token
    return None


def _press_release_title(title: Token, company: Token) -> str:
    """"president, original programming, X": the words from the title to the comma before the
    company, when they hold no person and no "and" (a list is something else). A department
    the tagger took for a company ("Original Programming") stays a part of the title."""
    doc = title.doc
    start = title.i
    # "managing director", "executive vice president": the title's own modifiers before it
    while start - 1 > title.sent.start and doc[start - 1].head.i == title.i and doc[start - 1].dep_ in ("amod", "compound") \
            and not doc[start - 1].is_punct:
        start -= 1
    between = doc[start:company.i - 1]
    if any(kind_of(t) == "person" or t.lower_ in ("and", "&", "or") or t.pos_ in ("VERB", "AUX") for t in between):
        return ""
    if company.i + 1 < company.sent.end and doc[company.i + 1].text not in (".", ",", ";", "\u201d", "\"") and not doc[company.i + 1].is_space:
        return ""
    return between.text


def _of_companies(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"said A of X", "A (and B) of X will produce": a person's "of" phrase naming a company is
    where they work, and the people listed before them with "and" (a work after "of" is a
    calling card, read elsewhere)."""
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person):
            continue
        for prep in person.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == person.i + 1:
                company = next((o for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
                # "A of Greek outfit Lykos Films", "A of the London-based banner X": a description
                # of the company (plain words, a nationality) may stand before its name.
                described = company is not None and company.i <= prep.i + 6 and all(
                    kind_of(t) in ("", "place") and (t.is_lower or t.ent_type_ == "NORP" or kind_of(t) or t.text == "-") for t in doc[prep.i + 1:company.i])
                if company is not None and (company.i <= prep.i + 2 or described):
                    # "A, B and C of Harbour Films will executive produce": a list joined by
                    # "and" before the name shares its company, as "Harbour Films' A and B" does.
                    yield [*coordinated_before(person), person], company, "", person


def _abbreviated_posts(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"Tom Reyes, MD Orbit Pictures, said", "said A, CEO Harbour Films.": British press copy
    writes a capital post abbreviation right before the company, with no "of" or "at"; the
    person holds that post there."""
    posts = lower_words("role_title_words")
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person):
            continue
        i = entity_end(person) + 1
        if i + 2 < person.sent.end and doc[i].text == "," and doc[i + 1].text.isupper() and doc[i + 1].lower_ in posts \
                and kind_of(doc[i + 2]) == "org" and entity_of(doc[i + 2]) != entity_of(doc[i + 1]):
            after = entity_end(doc[i + 2]) + 1
            if after >= len(doc) or doc[after].text in (",", ".", ";", "\u201d", "\"") or doc[after].is_space:
                yield [person], doc[i + 2], doc[i + 1].text, person


def _titles_before_company_names(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"Managing director of ITV Studios Julian Bellamy said", "Programme director for TV4 Ana
    Berg added": British copy runs a post, its company and the holder's name together with no
    comma. The post opens its phrase (the sentence, a clause after a comma or colon, or "said"),
    so a credit inside a longer noun phrase is left alone; the company is the whole object of
    "of", "at" or "for"."""
    posts = lower_words("role_title_words")
    past = lower_words("former_job_words") | {"late"}  # "The late founder of X A": a post no longer held
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person) or person.i < 3:
            continue
        # (The company's territory may follow it: "Programme director for TV4 Sweden A".)
        placed = person.i > 3 and kind_of(doc[person.i - 1]) == "place"
        company, preposition = doc[person.i - 1 - placed], doc[person.i - 2 - placed]
        if kind_of(company) != "org" or preposition.lower_ not in ("of", "at", "for"):
            continue
        start = preposition.i - 1
        while start - 1 >= person.sent.start and (doc[start - 1].lower_ in posts or doc[start - 1].lower_ in ("and", "&", "of")
                                                  or (doc[start - 1].is_lower or start - 1 == person.sent.start)  # (capitalised opening the sentence)
                                                  and doc[start - 1].pos_ in ("NOUN", "ADJ") and not kind_of(doc[start - 1])):
            start -= 1
        while start < preposition.i and doc[start].lower_ in ("and", "&", "of"):
            start += 1
        title = doc[start:preposition.i]
        if not title or not any(t.lower_ in posts for t in title):
            continue
        opens = start == person.sent.start or doc[start - 1].text in (",", ":", ";", "\u2014", "\u201c", "\"") \
            or doc[start - 1].lower_ in ("said", "says", "the")
        if opens and not any(t.lower_ in past for t in doc[max(person.sent.start, start - 2):preposition.i]):
            yield [person], company, title.text, person


def _shared_owners(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"A and B's Harbour Films": people coordinated before a company's possessive run it
    together (read on the tokens: the parse often takes "A" for an object and the company for
    its conjunct)."""
    for company in entity_tokens(doc, "org"):
        i = company.i
        if kind_of(company) != "org" or i < 4 or doc[i - 1].lower_ not in ("'s", "\u2019s", "'", "\u2019") \
                or kind_of(doc[i - 2]) != "person":
            continue
        people = [doc[i - 2]]
        j = i - 3
        # The owners end in "and" ("A, B and C's"): a comma alone before the last name separates
        # items of a list ("from writer A, B's Harbour Films and Lionsgate": A owns nothing).
        if j < 0 or doc[j].lower_ not in ("and", "&"):
            continue
        while j - 1 >= company.sent.start and doc[j].lower_ in ("and", "&", ",") and kind_of(doc[j - 1]) == "person":
            people.append(doc[j - 1])
            j -= 2
        if len(people) > 1:
            yield people[::-1], company, "", company


def _people(head: Token) -> list[Token]:
    people = [t for t in coordinated(head) if kind_of(t) == "person"]
    # "another Netflix executive, A, joined Y": a describing noun names its person in apposition.
    return people or [c for c in head.children if c.dep_ == "appos" and kind_of(c) == "person"]


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether a clause of its own (relcl, acl, advcl, xcomp, ccomp) lies between the token and the verb."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "xcomp", "ccomp"):
            return True
        node = node.head
    return False


def _controller_people(verb: Token) -> list[Token]:
    """"A joins X as head of comedy after serving as head of Y": a participle with no subject of
    its own that opens an adverbial phrase ("after serving", "before running") is said of the
    subject of the clause it modifies (English subject control), found up the parse."""
    # ... and so is an infinitive of purpose or a verb's complement: "A left X to serve as
    # president of Y", "A, who departed to serve as president of Y,".
    infinitive = verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (infinitive or (verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("pcomp", "advcl"))) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    # Only a post taken "as" a title ("serving as head of Y"): "serving lunch to the head of Y"
    # names no post of the subject's.
    if not any(p.dep_ == "prep" and p.lower_ == "as" and any(t.dep_ == "pobj" and t.lower_ in ROLE_WORDS for t in p.children)
               for p in verb.children):
        return []
    return _people_up_from(verb.head)


def _people_up_from(node: Token) -> list[Token]:
    """The people subject of the nearest verb up the parse from node that has a subject ("A joins
    X from Y": from Y, A); a relative's "who" stands for the name the clause hangs on."""
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if node.pos_ in ("VERB", "AUX") and subjects:
            if node.dep_ == "relcl" and all(s_.lower_ in ("who", "that") for s_ in subjects):
                return _people(node.head)  # "A, who departed to serve as ...": the relative's antecedent
            return [p for s_ in subjects for p in _people(s_)]
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _copula_roles(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A is (previously) head of drama at X", "A serves as the chief executive of X", "A will
    become president of X", "A will continue as chairman of X" (staying on in a post is holding
    it: the lexicon's staying_verbs, with the post after "as")."""
    # ("A remains president of X": a staying verb with no "as" is a copula, copula_role_verbs.)
    staying = verb.lemma_.lower() in lower_words("staying_verbs") and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    # "A becomes / will become president of X": coming to hold a post states it as much as
    # "A is president of X" (the lexicon's copula_role_verbs).
    if verb.lemma_.lower() not in lower_words("copula_role_verbs") and not staying:
        return
    people = [p for s in verb.children if s.dep_ == "nsubj" for p in _people(s)]
    if not people and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children) and verb.dep_ == "relcl":
        # "A, who serves as X's head of drama,", "A, who is also president of X,": the
        # relative's subject is the name it hangs on.
        people = _people(verb.head)
    if not people and verb.dep_ == "conj":
        # "A joined the BBC in 2008 and was previously head of development at X": a copula joined
        # to the verb before it shares that verb's subject.
        people = [p for s in shared_subject_verb(verb).children if s.dep_ == "nsubj" for p in _people(s)]
    if not people:
        people = _controller_people(verb)
    # "A joins X from Y, where she was head of acquisitions": a "where" clause on a company, its
    # subject a pronoun, holds the post at that company; the pronoun is the main clause's person.
    where = _where_company(verb)
    if where is not None and not people:
        people = _people_up_from(where)
        titles = [c for c in verb.children if c.dep_ == "attr" and c.lower_ in ROLE_WORDS]
        if people and titles and _title_company(titles[0]) is None:
            yield people, where, _title_text(titles[0], None)
        return
    if not people:
        return
    scope = verb.subtree
    if staying:
        scope = [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as" for t in prep.subtree]
    for company in scope:
        # "A is currently X's head of drama": the company is the possessive of the job title
        # the copula names, so the title follows the company instead of preceding it.
        role = _possessive_title(company, verb)
        if role:
            yield people, company, role
            return
        # "A had been a candidate to head X, a post vacated by B, who is leaving to join Y":
        # a company inside a clause of its own (relative, participle, infinitive) is that
        # clause's, not the copula subject's.
        if kind_of(company) == "org" and company.i > verb.i and not _in_own_clause(company, verb) and not _work_owner(company):
            role = _role_before(company)
            if role:
                yield people, company, role
                return
    # "At X, A was head of drama": a fronted "at" phrase sets the company of the whole clause,
    # so a title after the copula that names no company of its own is held there.
    fronted = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" and p.i < verb.i and p.i == p.sent.start
               for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
    titles = [c for c in verb.children if c.dep_ == "attr" and c.lower_ in ROLE_WORDS]
    if fronted and titles and _title_company(titles[0]) is None and not is_hedged(verb.doc, fronted[0].i, titles[0].i + 1):
        yield people, fronted[0], _title_text(titles[0], None)
        return
    # "A served as president of B's production company X": the company hangs below the title
    # through a descriptive noun, which the word-level reading above does not cross.
    if verb.lemma_ == "serve" and not staying:
        titles = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for t in p.children
                  if t.dep_ == "pobj" and t.lower_ in ROLE_WORDS]
        company = _title_company(titles[0]) if titles else None
        # "served as director of the film for X": a post on a work is a credit, no job at X.
        works = lower_words("rel6_work_post_nouns")
        if company is not None and any(t.lower_ in works or kind_of(t) == "work" for t in verb.doc[titles[0].i:company.i]):
            company = None
        if company is not None and not _in_own_clause(company, verb) and not _work_owner(company):
            yield people, company, _title_text(titles[0], company)


def _where_company(verb: Token) -> Token | None:
    """The company a "where" relative clause hangs on ("Y, where she was head of X"), with a
    personal pronoun for its subject; None otherwise."""
    if verb.dep_ != "relcl" or kind_of(verb.head) != "org" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.head if subjects and subjects[0].lower_ in ("she", "he", "they") else None


# Nouns of a post's holding or leaving that take the title after "as": "A's exit as CEO of X",
# "her departure as head of drama at X", "stepping down from her role as director of X".
POST_NOUNS = frozenset({"exit", "departure", "ouster", "resignation", "role", "post", "position", "tenure", "stint", "stints"})


def _post_nouns(doc: Doc) -> Iterator[tuple[list[Token], Token, str, Token]]:
    """"A's exit as CEO of X", "A announced her departure as head of drama at X", "A is stepping
    down from her role as general director of X": the noun's owner (a name, or a possessive pronoun
    standing for the clause's subject) held the post after "as" at the title's company, or at the
    company of an "at" phrase on the clause's verb."""
    for noun in tokens_with(doc, lower=POST_NOUNS, pos=("NOUN",)):
        if noun.lower_ not in POST_NOUNS or noun.pos_ != "NOUN":
            continue
        titles = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "as" for t in p.children
                  if t.dep_ == "pobj" and t.lower_ in ROLE_WORDS]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if not titles or owner is None:
            continue
        if kind_of(owner) == "person":
            people = [owner]
        elif owner.lower_ in ("her", "his", "their"):
            people = _people_up_from(noun)
        else:
            continue
        title = titles[0]
        company = _title_company(title)
        if company is None:
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            company = next((o for p in (verb.children if verb is not None else ()) if p.dep_ == "prep" and p.lower_ in ("at", "with") and p.i > title.i
                            for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
        if people and company is not None:
            yield people, company, _title_text(title, company if company in title.subtree else None), noun


def _work_owner(company: Token) -> bool:
    """Whether a company stands in the possessive before a title: "served as executive producer
    on the CW's X" names the work the post is on, and the company only as the work's maker.
    A work noun may stand between ("on Sony TV's series X", "on the CW's new drama X")."""
    if not possessive_after(company):
        return False
    doc, i = company.doc, entity_end(company) + 1
    j = i + 1
    while j < min(len(doc), i + 4) and not kind_of(doc[j]) and doc[j].is_lower:
        j += 1  # "new", "drama", "series": words of the work's description
    return j < len(doc) and kind_of(doc[j]) == "work"


def _possessive_title(company: Token, verb: Token) -> str:
    """"A is X's head of drama", "A is currently the BBC's director of content", "A serves as X's
    head of drama", "A became X's head of drama": a company in the possessive of the copula's complement (or of "serve as"),
    a job title (role_title_words) that a past marker does not qualify ("X's former head of drama" is no post held now); the title runs from its role
    word to the end of its phrase, before any comma or clause of its own."""
    title = company.head
    # "A serves as X's head of drama": the title is the object of the verb's "as".
    served = (verb.lemma_ == "serve" and title.dep_ == "pobj" and title.head.lower_ == "as" and title.head.head.i == verb.i)
    if kind_of(company) != "org" or company.dep_ != "poss" or not (
            served or (title.dep_ == "attr" and title.head.i == verb.i and verb.lemma_ in ("be", "become"))):
        return ""
    doc = company.doc
    start = company.i + 1
    while start < title.i and doc[start].tag_ == "POS":
        start += 1
    while start < title.i and doc[start].lower_ in lower_words("former_job_words"):
        start += 1  # "X's former head of drama": the past marker is no word of the title
    words = doc[start:title.i + 1]
    if not words or words[0].lower_ not in ROLE_WORDS:
        return ""
    end = title.i + 1
    while end <= title.right_edge.i and doc[end].dep_ in ("prep", "pobj", "compound", "amod", "cc", "conj") \
            and not kind_of(doc[end]) and doc[end].text not in (",", ";"):
        end += 1
    # "X's director of production for Norway and Denmark": the run stops at the place, and a
    # preposition or conjunction left at its end is no part of the title.
    while end > start + 1 and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
        end -= 1
    return doc[start:end].text


def _led_companies(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"X, headed by A," (the participle hangs from X) and "Led by A, X ..." (it opens the
    sentence and X is the subject of the main verb)."""
    if verb.lemma_ not in LEADING_VERBS or verb.tag_ != "VBN":
        return
    people = [p for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for p in _people(o)]
    if not people:
        return
    company = verb.head if kind_of(verb.head) == "org" else None
    head = verb.head
    if company is None and verb.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "appos" and kind_of(head.head) == "org" \
            and head.lower_ in company_descriptor_nouns():
        # "X, the London-based production company run by A and B,": the participle hangs on the
        # noun that describes X in apposition, and what it says of that noun it says of X.
        company = head.head
    if company is None and verb.dep_ == "acl" and head.dep_ == "appos" and head.lower_ in company_descriptor_nouns():
        # "a stake in X, the indie co-founded by A and B": the parse may hang the description on
        # another noun, yet set off right after a company's name it describes that company.
        left = head.left_edge.i
        if left >= 2 and verb.doc[left - 1].text == "," and kind_of(verb.doc[left - 2]) == "org":
            company = verb.doc[left - 2]
    if company is None and verb.i >= 2 and verb.doc[verb.i - 1].text == "," and kind_of(verb.doc[verb.i - 2]) == "org":
        # "closed Germany and X, headed by A and B,": set off right after a company, the
        # participle describes that company, wherever the parse hangs it (on the first of the
        # coordinated objects, or on the clause as if it were fronted).
        company = verb.doc[verb.i - 2]
    if company is None and verb.dep_ in ("advcl", "csubj", "ccomp"):
        company = next((s for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass") and kind_of(s) == "org"), None)
    if company is None:
        # "X is led by A, its managing director": the passive's own subject is the company.
        company = next((s for s in verb.children if s.dep_ == "nsubjpass" and kind_of(s) == "org"), None)
    if company is not None:
        for person in people:
            # "led by A, managing director": the title in apposition to the one named is theirs.
            title = next((c for c in person.children if c.dep_ == "appos" and c.lower_ in ROLE_WORDS), None)
            # (A founder's word before the name is a calling, no post: "founded by producer A".)
            role = _title_text(title, None) if title is not None else \
                _title_after_by(person) if verb.lemma_ in ("head", "lead", "run", "helm", "chair") else ""
            yield [person], company, role


def _title_after_by(person: Token) -> str:
    """ "led by president A", "run by co-CEOs A and B": the lower-case title between "by" and the
    name is the post the person leads with; "" when no such title stands there."""
    doc, start = person.doc, person.i
    while start > 0 and kind_of(doc[start - 1]) == "person" and entity_of(doc[start - 1]) == entity_of(person):
        start -= 1
    by = start - 1
    while by > person.sent.start and doc[by].lower_ != "by" and (doc[by].is_lower or doc[by].is_upper) and not kind_of(doc[by]):
        by -= 1
    words = doc[by + 1:start]
    if doc[by].lower_ != "by" or not words or words[0].lower_ not in ROLE_WORDS or any(t.is_punct for t in words):
        return ""
    return words.text


def _runs_companies(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A, who runs X,", "A heads X", "A co-founded X": the subject of an active leading verb
    works at the company that is its object."""
    if verb.lemma_ not in LEADING_VERBS or any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children):
        return
    people, company = _people_and_company_object(verb)
    if not people and verb.dep_ in ("xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        people = _clause_people(verb)  # "A left X to run Y": the one who leaves is the one who runs (corp3)
    if people and company is not None:
        yield people, company, ""


def _people_and_company_object(verb: Token) -> tuple[list[Token], Token | None]:
    """The people an active verb is said of (through "who" to the name it describes) and the
    company that is its object: "A, who runs X,", "A joined X"."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    # "A left X in May and joined Y": a verb coordinated with no subject of its own shares the
    # subject of the verb it is joined to.
    head = verb
    while not subjects and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        subjects = [s for s in head.children if s.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in ("who", "that") and head.dep_ == "relcl":
        subjects = [head.head]
    people = [p for s in subjects for p in _people(s)]
    return people, next((o for o in verb.children if o.dep_ == "dobj" and kind_of(o) == "org"), None)


def _spent_years(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A spent a decade at X", "A has spent 12 years with X": time spent at a company is time
    employed there (a past job is a job, as "former X executive" is)."""
    if verb.lemma_ != "spend":
        return  # the verb first: employment_clauses asks this of every verb of the article
    # "spent over two decades at X": the parser hangs the time on "over" (a pobj, no dobj).
    times = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("year", "decade")]
    times += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("over", "nearly", "almost", "about")
              for o in p.children if o.dep_ == "pobj" and o.lemma_ in ("year", "decade")]
    if not times:
        return
    people, _ = _people_and_company_object(verb)  # "A, who spent ...": through "who" to A
    if not people and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp"):
        people = _clause_people(verb)  # "After spending nine years at X, A said ...": subject control
    # "at X" hangs on the verb, or on the time noun ("spent [a decade at X]").
    holders = [verb, *times]
    company = next((o for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in ("at", "with")
                    for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
    if people and company is not None:
        yield people, company, ""


def _team_members(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"X's team consists of A, B and C", "The X team includes A and B": the people a company's
    team or staff is made of work for it (a cast or a jury is no one's staff)."""
    if verb.lemma_ not in ("consist", "include", "comprise"):
        return  # the verb first: employment_clauses asks this of every verb of the article
    team = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("team", "staff")), None)
    company = next((c for c in team.children if c.dep_ in ("poss", "nmod", "compound") and kind_of(c) == "org"), None) \
        if team is not None else None
    if company is None:
        return
    members = [o for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")
               for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
    people = [t for m in members for t in m.subtree if kind_of(t) == "person"]
    if people:
        yield people, company, ""


def _hired_to(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A has been named president of X", "A was promoted to head of drama at X": a passive hire
    without a "by" agent names the company in the title or beside it."""
    if verb.lemma_ not in HIRING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return
    if any(c.dep_ == "agent" for c in verb.children):
        return  # "hired by X as ...": _joins_and_hires reads it
    people = [p for s in verb.children if s.dep_ == "nsubjpass" for p in _people(s)]
    if not people and verb.dep_ == "relcl" and any(s.dep_ == "nsubjpass" and s.lower_ in ("who", "that") for s in verb.children):
        # "A, who was named president of X last week,": the relative's passive subject is the
        # name the clause hangs on, as in the active "A, who runs X" (_people_and_company_object).
        people = _people(verb.head)
    # ("A and B have been named co-presidents of X": two people share the post in the plural.)
    titles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") and (c.lower_ in ROLE_WORDS or _shared_post(c, people))]
    titles += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "as")
               for p in prep.children if p.dep_ == "pobj" and (p.lower_ in ROLE_WORDS or _shared_post(p, people))]
    # "A has been upped from senior VP to president of comedy at X": the parser hangs "to" on
    # "from"; the post a promotion leads to is the one after "to", the one after "from" is left.
    titles += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for to in prep.children if to.dep_ == "prep" and to.lower_ == "to"
               for p in to.children if p.dep_ == "pobj" and p.lower_ in ROLE_WORDS]
    if not people or not titles:
        return
    title = titles[0]
    company = _title_company(title)
    if company is None:  # "appointed as head of drama at X": "at X" hangs from the verb
        company = next((o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for") and prep.i > title.i
                        for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
    if company is not None:
        yield people, company, _title_text(title, company if company in title.subtree else None)


def _shared_post(title: Token, people: list[Token]) -> bool:
    """Whether a plural job noun names the one post two or more people were given together."""
    return len(people) > 1 and _plural_role_word(title.lower_)


def _plural_role_word(word: str) -> bool:
    """Whether a lower-case word is the plural of a job word ("co-presidents", "co-heads")."""
    return word.endswith("s") and word not in ROLE_WORDS and word[:-1] in ROLE_WORDS


def _post_taken(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A has landed the role of head of development at X", "A will take up the position as head
    of documentaries at X", "A steps into the post of CEO at X": taking a post (rel6_post_nouns)
    whose job title follows "of"/"as" is holding it, at the company of the title or of the post
    noun's "at". The taking verb is the lexicon's rel6_post_taking_verbs."""
    if verb.lemma_.lower() not in lower_words("rel6_post_taking_verbs") or verb.pos_ != "VERB":
        return
    posts = [o for o in verb.children if o.dep_ == "dobj" and o.lower_ in lower_words("rel6_post_nouns")]
    # "step into the role of ...": the post after a preposition
    posts += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("into", "in") for o in p.children
              if o.dep_ == "pobj" and o.lower_ in lower_words("rel6_post_nouns")]
    people, _ = _people_and_company_object(verb)
    if not people and verb.dep_ == "conj":
        people, _ = _people_and_company_object(verb.head)
    for post in posts:
        titles = [t for p in post.children if p.dep_ == "prep" and p.lower_ in ("of", "as") for t in p.children
                  if t.dep_ == "pobj" and t.lower_ in ROLE_WORDS]
        if not people or not titles:
            continue
        title = titles[0]
        company = _title_company(title) or next((o for p in [*post.children, *verb.children] if p.dep_ == "prep" and p.lower_ in ("at", "with")
                                                  for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
        if company is None:
            # "takes the new role of head of scripted at X": the parser may hang "at X" on a word
            # of the title's department; it is still inside the post's noun phrase.
            company = next((o for o in post.subtree if o.dep_ == "pobj" and kind_of(o) == "org" and o.head.lower_ == "at"), None)
            if company is not None and title.i < company.head.i:
                yield people, company, title.doc[title.i:company.head.i].text  # the title runs up to that "at"
                continue
        if company is not None:
            yield people, company, _title_text(title, company if company in title.subtree else None)


def _overseen_units(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A oversees drama at X", "A will lead X's drama team", "A runs the scripted division at
    X": a managing verb (rel6_unit_overseeing_verbs) whose object is a department, team or slate
    (rel6_unit_objects) of the company after "at" or in the object's possessive. A work or a cast
    as the object ("leads the cast of X for Netflix") is no department; "for X" is left out, as a
    producer makes a film "for" a company she does not work for."""
    if verb.lemma_.lower() not in lower_words("rel6_unit_overseeing_verbs") or verb.pos_ != "VERB" \
            or any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return
    units = lower_words("rel6_unit_objects")
    objects = [o for o in verb.children if o.dep_ == "dobj" and not kind_of(o) and o.lower_ in units]
    if not objects:
        return
    people, _ = _people_and_company_object(verb)
    if not people and verb.dep_ in ("xcomp", "conj"):
        people, _ = _people_and_company_object(verb.head)
    obj = objects[0]
    company = next((t for t in obj.subtree if t.dep_ == "poss" and kind_of(t) == "org" and t.i < obj.i), None)
    if company is None:
        company = next((o for p in [*verb.children, *obj.children] if p.dep_ == "prep" and p.lower_ == "at"
                        for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
    if people and company is not None:
        yield people, company, ""


@lru_cache(maxsize=None)
def _phrase_openings(name: str) -> frozenset[str]:
    """The first words of a lexicon list's phrases, lower-cased."""
    return frozenset(p.split()[0] for p in lower_words(name) if p.split())


POST_AS_PARTICLES = ("over", "down", "up", "in", "aboard", "on", "out", "aside")  # "takes over as", "steps down as"


def _post_as(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A takes over as head of drama at X", "A is stepping down as CEO of X", "A will succeed B
    as president of X": a verb of taking up, inheriting or leaving a post (the lexicon's
    probeB_post_as_verbs, with its particle) names the post after "as", and whoever takes or
    leaves it holds or held it at the company of the title ("CEO of X") or of the verb's "at X".
    A negated verb ("is not stepping down") is none; hedges are _employment_facts' to drop."""
    phrases = lower_words("probeB_post_as_verbs")
    lemma = verb.lemma_.lower()
    # The verb's phrase opens with its lemma's first word: a verb whose first word opens none of
    # the phrases is passed over before its children are read for a particle.
    opening = lemma.split()[:1]
    if opening and opening[0] not in _phrase_openings("probeB_post_as_verbs"):
        return
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in POST_AS_PARTICLES), "")
    if f"{lemma} {particle}".strip() not in phrases and not (lemma in phrases and not particle):
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    titles = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for t in p.children
              if t.dep_ == "pobj" and t.lower_ in ROLE_WORDS]
    if not titles and lemma in ("succeed", "replace"):
        # "A will succeed B as CEO of X": the parser may hang "as" on B; read the words after the
        # object, up to the next verb.
        titles = _as_title_after(verb)
    people, _ = _people_and_company_object(verb)
    if not people:
        # "A was forced out as CEO of X" (also "A, who was ousted as ..."): the passive's subject
        # is the one who leaves the post.
        passive = [s for s in verb.children if s.dep_ == "nsubjpass"]
        if passive and passive[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
            passive = [verb.head]
        people = [p for s in passive for p in _people(s)]
    if not titles or not people:
        return
    title = titles[0]
    company = _title_company(title)
    if company is None:  # "takes over as head of drama at X" (or "for X"): "at X" hangs from the verb
        company = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "for") and p.i > title.i
                        for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
    if company is not None and not _in_own_clause(company, verb):
        role = _title_text(title, company if company in title.subtree else None)
        yield people, company, role
        # "A will succeed B as president of X", "A replaces B as CEO of X": B held the post, and
        # a post once held is B's role there too.
        if lemma in ("succeed", "replace"):
            predecessors = [p for c in verb.children if c.dep_ == "dobj" for p in _people(c)]
            if predecessors:
                yield predecessors, company, role


def _fronted_post(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """ "As VP of production at X during the 1970s, A oversaw ...", "As head of drama at X, she
    commissioned ...": a post set before the subject with "as", opening the sentence, is the
    subject's, at the company the title names. (A post with no company says nothing here: "As
    an independent producer, A made ...".)"""
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == c.sent.start), None)
    if fronted is None:
        return
    titles = [t for t in fronted.children if t.dep_ == "pobj" and t.lower_ in ROLE_WORDS]
    people = [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.i > fronted.i for p in _people(s)]
    if not titles or not people:
        return
    company = _title_company(titles[0])
    if company is not None:
        yield people, company, _title_text(titles[0], company)


def _as_title_after(verb: Token) -> list[Token]:
    """The job title after the first "as" past the verb, read on the words ("succeed B as CEO of
    X"); none when another verb comes first."""
    doc = verb.doc
    for i in range(verb.i + 1, verb.sent.end - 1):
        if doc[i].pos_ in ("VERB", "AUX"):
            return []
        if doc[i].lower_ == "as":
            role = next((t for t in doc[i + 1:min(i + 5, verb.sent.end)] if t.lower_ in ROLE_WORDS), None)
            return [role] if role is not None else []
    return []


def joins_a_companys_project(org: Token) -> bool:
    """"A has joined Sony's upcoming reboot of X", "A joins Netflix's thriller Y": a company's
    possessive before a work or a work noun means A joins the company's project (a cast or a
    crew), not the company."""
    doc = org.doc
    if org.i + 1 >= len(doc) or doc[org.i + 1].tag_ != "POS":
        return False
    # "joined Netflix's content team" is joining the company: only a work or a work noun vetoes.
    projects = lower_words("cast4_credit_objects") | lower_words("cast_nouns") | {"reboot", "remake", "sequel", "revival"}
    return any(kind_of(t) == "work" or t.lower_ in projects for t in doc[org.i + 2:min(org.i + 6, org.sent.end)])


def _joins_and_hires(verb: Token) -> Iterator[tuple[list[Token], Token, str]]:
    """"A, who runs the company, joined X"; "A has been hired by X as head of drama"."""
    if verb.lemma_ in JOINING_VERBS:
        people, company = _people_and_company_object(verb)
        if not people and company is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp"):
            # "A has spent two decades at Google, joining X as CEO in 2014", "12 years after first
            # joining X": a subjectless participle is said of the subject of the clause it
            # modifies (subject control), as "after serving as head of Y" is (_controller_people).
            people = _clause_people(verb)
        if people and company is not None and not joins_a_companys_project(company):
            # "A will join X as head of comedy": the title after "as" is the post joined.
            yield people, company, _role_after_as(verb)
    elif verb.lemma_ in HIRING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        people = [p for s in verb.children if s.dep_ == "nsubjpass" for p in _people(s)]
        company = next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                        if o.dep_ == "pobj" and kind_of(o) == "org"), None)
        if people and company is not None:
            yield people, company, _role_after_as(verb)


def _role_after_as(verb: Token) -> str:
    """"hired by X as head of drama": the title after "as", up to the clause's end."""
    doc, roles = verb.doc, lower_words("role_title_words")
    # (The parser may hang "as" on the company joined: "joined Y as EVP".)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and kind_of(c) == "org")]
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            words = [t for t in doc[prep.i + 1:prep.right_edge.i + 1]]
            while words and words[0].lower_ in ("the", "a", "an", "its", "new"):
                words = words[1:]
            if words and words[0].lower_ in roles:
                # "as senior vp of comedy after serving as head of Y": a clause the title's
                # subtree carries ("after", "reporting to", "where") tells more of the hire, the
                # title ends before it.
                # A comma before an article opens an apposition that describes the post, no part
                # of its title ("as EVP, international content, a Los Angeles-based position").
                # (A word hyphened to the one before is part of it: "faith-based content".)
                cut = next((k for k, t in enumerate(words) if k and (t.lower_ in ROLE_CLAUSE_OPENERS and words[k - 1].text != "-"
                            or t.text == "," and k + 1 < len(words) and words[k + 1].lower_ in ("a", "an", "the"))), len(words))
                words = words[:cut]
                while words and (words[-1].is_punct or words[-1].lower_ in ("and", "or")):
                    words = words[:-1]
                return doc[words[0].i:words[-1].i + 1].text if words else ""
    return ""


# Words that open a clause or phrase after a job title, never a part of it ("from" says where
# the hire comes from: "joins X as head of drama from Y"; "with" and "based" what the post covers
# or where it sits).
ROLE_CLAUSE_OPENERS = frozenset({"after", "before", "while", "when", "following", "since", "where", "who", "which",
                                 "replacing", "succeeding", "reporting", "effective", "until", "starting", "from",
                                 "with", "based"})


def employment_clauses(doc: Doc) -> Iterator[Fact]:
    for verb in tokens_with(doc, pos=("VERB", "AUX")):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for finder in (_copula_roles, _led_companies, _joins_and_hires, _runs_companies, _hired_to, _post_taken, _overseen_units, _post_as, _fronted_post, _spent_years,
                       _team_members):
            for people, company, role in finder(verb):
                yield from _employment_facts(doc, people, company, role, verb, finder.__name__.strip("_"))
    for finder in (_appositions, _of_companies, _shared_owners, _abbreviated_posts, _titles_before_company_names, _post_nouns):
        for people, company, role, anchor in finder(doc):
            yield from _employment_facts(doc, people, company, role, anchor, finder.__name__.strip("_"))


def _employment_facts(doc: Doc, people: list[Token], company: Token, role: str, anchor: Token, name: str) -> Iterator[Fact]:
    """The person works for the company (and holds the role), unless the clause hedges or
    denies it or the company is a former one ("former X executive")."""
    sent: Span = anchor.sent
    span = [*people, company]
    # "A chose not to move, and instead joined Y": a coordinated verb that borrows its subject
    # is hedged by its own words or by those up to the verb it is joined to, not by that verb's
    # other words ("did not leave X and join Y" is still denied).
    joined_to = anchor.head if anchor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children) else None
    if joined_to is not None and max(t.i for t in people) < joined_to.i < anchor.i < company.i:
        if is_hedged(doc, min(t.i for t in people), joined_to.i + 1) or is_hedged(doc, anchor.i, company.i + 1):
            return
    elif is_hedged(doc, min(t.i for t in span), max(t.i for t in span) + 1):
        return
    if company.i > sent.start and doc[company.i - 1].lower_ in ("former", "ex", "ex-"):
        return
    if names_a_unit(company) and not _named_subsidiary(company):
        return  # "head of U.S. Television operations for X": a department's name, not the employer
    # adapt7: "the executive producer of UCP-produced Happy!": a company joined by a hyphen to a
    # participle ("-produced", "-backed") modifies the work after it; it names no employer.
    if company.i + 2 < len(doc) and not company.whitespace_ and doc[company.i + 1].text == "-" and doc[company.i + 2].is_lower:
        return
    evidence = sentence_evidence(sent)
    for person in people:
        for each in _listed_companies(company):
            yield Fact(entity_of(person), "employedBy", entity_of(each), evidence, f"employment.{name}", 0.7)
        if role:
            yield Fact(entity_of(person), "role", one_holders_title(role), evidence, "employment.role", 0.7, is_attribute=True)


def one_holders_title(role: str) -> str:
    """The title one holder has of a post named in the plural for several ("named co-presidents
    of X", "promoted to co-heads of drama"): each person is a "co-president", a "co-head of drama"."""
    first, _, rest = role.partition(" ")
    if _plural_role_word(first.lower()):
        return " ".join(w for w in (first[:-1], rest) if w)
    return role


def _named_subsidiary(company: Token) -> bool:
    """ "CEO of its Lumen Pictures unit": a name the parent's "its" owns, before "unit" or "arm",
    is a company of its own (corporate.its_unit makes it a subsidiary), and the one who runs it
    works for it; a department is written without "its" ("U.S. Television operations")."""
    doc, end = company.doc, entity_end(company)
    start = company.i
    while start > company.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i <= end:
        start -= 1
    return (start > company.sent.start and doc[start - 1].lower_ in ("its", "their")
            and end + 1 < len(doc) and doc[end + 1].lower_ in ("unit", "arm", "subsidiary"))


def _listed_companies(company: Token) -> list[Token]:
    """"president of X, Y and Z": one title held at each company of a list closed by "and" (a
    comma alone may end the phrase: "A, head of drama at X, Netflix said")."""
    items = coordinated(company)
    doc = company.doc
    if len(items) > 1 and doc[items[-1].i - 1].lower_ in ("and", "&"):
        return items
    return [company]


# --- past posts (corp3) ---
# A past job is still a job the person held: "former Hulu executive A", "CBS veteran A",
# "A, a former head of drama at X", "A joins Y from X", "after serving as head of drama at X".
# The person worked for X; the title, no longer held, is not read as their role.
PAST_WORDS = lower_words("former_job_words")


def _premodifier_posts(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"former Hulu executive A", "ex-HBO chief A", "CBS veteran A": a company and a job noun
    (or a veteran noun) in the noun phrase before a name. With a job noun, only a past marker
    before the company makes it a past post (a present one is the corporate rules')."""
    nouns, veterans = lower_words("role_title_words"), lower_words("past_post_nouns")
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person):
            continue
        span = doc[person.left_edge.i:person.i]
        companies = [t for t in span if kind_of(t) == "org"]
        if len(companies) != 1 or any(kind_of(t) and kind_of(t) != "org" for t in span):
            continue
        company = companies[0]
        after = [t for t in doc[company.i + 1:person.i] if t.tag_ != "POS"]
        if not after or not all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in after):
            continue
        veteran = after[-1].lower_ in veterans
        past = any(t.lower_ in PAST_WORDS for t in doc[person.left_edge.i:company.i]) or doc[company.i - 1].lower_ in ("ex", "ex-")
        if veteran or (past and after[-1].lower_ in nouns):
            yield person, company, "" if veteran else doc[after[0].i:after[-1].i + 1].text
    yield from _premodifier_runs(doc)


def _premodifier_runs(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"named former CBS News president A chairman of X", "former Apple and Hulu executive A":
    the same premodified name read off the words right before it, where the parser has cut the
    noun phrase (it takes the job noun for the verb's complement and the name for its
    apposition) or the companies are coordinated. The run is the past marker, the companies
    (joined by "and", "&" or a comma), then job words up to the name; nothing else between."""
    nouns, veterans = lower_words("role_title_words"), lower_words("past_post_nouns")
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person):
            continue
        i = person.i - 1
        while i >= person.sent.start and not kind_of(doc[i]) and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].tag_ != "POS":
            i -= 1
        if i == person.i - 1:
            continue
        job = doc[person.i - 1]
        companies: list[Token] = []
        while i >= person.sent.start and kind_of(doc[i]) == "org" and entity_of(doc[i]):
            companies.append(doc[i])
            if i - 2 >= person.sent.start and doc[i - 1].lower_ in ("and", "&", ",") and kind_of(doc[i - 2]) == "org":
                i -= 2
            else:
                i -= 1
        if not companies or i < person.sent.start:
            continue
        past = doc[i].lower_ in PAST_WORDS or doc[i].lower_ in ("ex", "ex-")
        if job.lower_ in veterans or (past and job.lower_ in nouns):
            role = "" if job.lower_ in veterans else doc[entity_end(companies[0]) + 1:person.i].text
            for company in companies:
                yield person, company, role


def _past_titles(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"A, a former head of drama at X," and "A is a former head of drama at X": a title marked
    as past, in apposition to the person or after a copula, names the company they worked for."""
    for title in tokens_with(doc, lower=ROLE_WORDS, pos=("NOUN", "PROPN")):
        if title.lower_ not in ROLE_WORDS or title.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.lower_ in PAST_WORDS for c in title.children if c.dep_ in ("amod", "advmod", "compound")):
            continue
        if title.dep_ == "appos" and kind_of(title.head) == "person":
            people = [title.head]
        elif title.dep_ == "attr" and title.head.lemma_ == "be":
            people = [p for s in title.head.children if s.dep_ == "nsubj" for p in _people(s)]
        else:
            continue
        company = _title_company(title)
        if company is None:
            # "a former senior vice president of drama at X": "at X" may hang from the copula.
            company = next((o for p in title.head.children if p.dep_ == "prep" and p.lower_ in ("at", "of") and p.i > title.i
                            for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
        for person in people:
            if company is not None:
                yield person, company, _title_text(title, company)


def _clause_people(verb: Token) -> list[Token]:
    """The people a verb is said of: its subject, the name a "who" clause hangs on, or, for a
    subjectless "after serving as ..." / "before joining ...", the subject of the clause above."""
    node = verb
    for _ in range(4):
        subjects = [s for s in node.children if s.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            if subjects[0].lower_ in ("who", "that") and node.dep_ == "relcl":
                return _people(node.head)
            return [p for s in subjects for p in _people(s)]
        if node.dep_ not in ("pcomp", "advcl", "xcomp", "prep", "conj") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _moves_from(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"A joins Y from X", "A, who comes to Y from X": the company a move starts from is the
    one the person worked for (the lexicon's move_verbs)."""
    verbs = lower_words("move_verbs")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for company in (o for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "org"):
                    for person in _clause_people(verb):
                        yield person, company, ""


def _moves_between(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"A moves to Y from X", "A comes over to Y from X", "A moves to Y as head of drama": a
    move verb (the lexicon's move_verbs) whose "to" names a company, with a "from" company or an
    "as" job title right after it, is a job move: both companies employ the person. Read on
    the words, as the parse often takes "to Y" for an infinitive. A bare "moves to Y" (a film, a
    project) is no job move."""
    verbs = lower_words("move_verbs") - {"join", "rejoin"}
    for verb in tokens_with(doc, lemma=verbs):
        if verb.lemma_.lower() not in verbs:
            continue
        sent, j = verb.sent, verb.i + 1
        while j < sent.end and doc[j].lower_ in ("over", "across", "back"):
            j += 1
        if j + 1 >= sent.end or doc[j].lower_ not in ("to", "at") or kind_of(doc[j + 1]) != "org":
            continue
        target, k = doc[j + 1], j + 2
        origin = doc[k + 1] if k + 1 < sent.end and doc[k].lower_ == "from" and kind_of(doc[k + 1]) == "org" else None
        title = k + 1 < sent.end and doc[k].lower_ == "as" and any(t.lower_ in ROLE_WORDS for t in doc[k + 1:min(k + 4, sent.end)])
        if origin is None and not title:
            continue
        people = [p for p in _clause_people(verb) if kind_of(p) == "person"]
        if not people and verb.i > sent.start and kind_of(doc[verb.i - 1]) == "person":
            people = [doc[verb.i - 1]]
        for person in people:
            yield person, target, ""
            if origin is not None:
                yield person, origin, ""


def _served_at(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"after most recently serving as head of drama at X", "A worked at X for a decade":
    serving or working at a company, with or without a subject of its own."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=("serve", "work")):
        if verb.pos_ != "VERB" or verb.lemma_ not in ("serve", "work"):
            continue
        if verb.lemma_ == "serve" and any(s.dep_ == "nsubj" for s in verb.children):
            continue  # "A served as head of X" is _copula_roles' (with its role)
        companies = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("at", "for") and not _in_own_clause(p, verb)
                     for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
        if verb.lemma_ == "work":
            # "worked at X" only: "worked on X's shows", "worked with X" say nothing of a job.
            companies = [c for c in companies if c.head.head.i == verb.i]
            # "worked on A and B for ITV": the works were made for the company; the person's
            # part in them is no post there.
            if any(p.dep_ == "prep" and p.lower_ == "on" and any(kind_of(o) == "work" for o in p.subtree) for p in verb.children):
                companies = [c for c in companies if c.head.lower_ == "at"]
        for company in companies[:1]:
            for person in _clause_people(verb):
                yield person, company, ""


def _named_titles(doc: Doc) -> Iterator[tuple[list[Token], Token, str]]:
    """"X has named A and B the co-presidents of drama at Y", "X promoted A to head of drama
    at Y": an active hire whose title names a company makes the people its staff, with the
    title as their role (the hirer itself is read by hires.org_hires)."""
    for verb in tokens_with(doc, pos=("VERB",), lemma={w.lower() for w in HIRING_VERBS}):
        if verb.pos_ != "VERB" or verb.lemma_ not in HIRING_VERBS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        people = [p for o in verb.children if o.dep_ == "dobj" for p in _people(o)]
        titles = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.lemma_.lower() in ROLE_WORDS]
        titles += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "as")
                   for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in ROLE_WORDS]
        if not people or not titles:
            continue
        company = _title_company(titles[0])
        if company is not None:
            yield people, company, _title_text(titles[0], company)


def _been_at(doc: Doc) -> Iterator[tuple[Token, Token, str]]:
    """"A has been at X since 2011", "A began her career as an assistant at X", "A joins after
    eight years at X": being at a company, starting out there or a stretch there is working for it."""
    for verb in tokens_with(doc, lemma=("be", "begin", "start")):
        if verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in verb.children):
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
            # "A has been with X since 2007", "A had been with X for a decade": being "with" a
            # company over a stretch of time is tenure there; without the stretch ("A was with X
            # in Cannes") "with" may only say company kept, so the time adjunct is required.
            if any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in verb.children):
                preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        elif verb.pos_ == "VERB" and verb.lemma_ in ("begin", "start"):
            preps = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.subtree
                     if p.dep_ == "prep" and p.lower_ in ("at", "for")]
            # "A began her career in development at X": the field of a career's start may stand
            # before the company (the parse hangs "at X" on the verb or on the field).
            if any(c.dep_ == "dobj" and c.lemma_ == "career" for c in verb.children):
                preps += [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "in" for p in a.subtree
                          if p.dep_ == "prep" and p.lower_ == "at"]
                preps += [a for a in verb.children if a.dep_ == "prep" and a.lower_ == "at"]
        else:
            continue
        companies = [o for p in preps for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
        if companies:
            # "at Paramount and Lorimar Television": a start or a stay at each company listed.
            listed = [companies[0], *(c for c in companies[0].conjuncts if kind_of(c) == "org")]
            for person in _been_at_people(verb):
                for company in listed:
                    yield person, company, ""
    # "A joins after eight years at X", "After a decade at X, A joined Y": a stretch of time at a
    # company before the clause's move is tenure there.
    for stretch in tokens_with(doc, lower=("years", "decade", "decades", "stint", "spell", "tenure")):
        after = stretch.head
        if stretch.dep_ != "pobj" or after.lower_ != "after" or after.head.pos_ not in ("VERB", "AUX"):
            continue
        # (The parse may hang "at X" on "after" instead of on the stretch.)
        companies = [o for p in [*stretch.children, *after.children] if p.dep_ == "prep" and p.lower_ in ("at", "with")
                     for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
        if companies:
            for person in _been_at_people(after.head):
                yield person, companies[0], ""


def _been_at_people(verb: Token) -> list[Token]:
    """Whom "has been at X" is said of: its subject; through "who" to the name a relative clause
    hangs on ("A, who has been at X since 2012,"); and for a second verb sharing the first's
    subject ("A, who has led the network since 2015 and been at X for 17 years"), that verb's."""
    node = verb
    for _ in range(3):
        subjects = [s for s in node.children if s.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("who", "that") and node.dep_ == "relcl":
            return _people(node.head)
        if subjects:
            return [p for s in subjects for p in _people(s)]
        if node.dep_ != "conj" or node.head.pos_ not in ("VERB", "AUX"):
            return []
        node = node.head
    return []


def title_before_name(person: Token) -> tuple[Token, str] | None:
    """"the CEO of Vine, Jim Moore," / "the head of drama at X, A": a name set in apposition
    after a job title's company (the parse hangs it on the company) is the title holder: (company,
    title). None for another shape, or a past title ("the former CEO of X, A": no role)."""
    company = person.head
    if person.dep_ != "appos" or kind_of(company) != "org" or company.dep_ != "pobj" or company.i > person.i:
        return None
    prep = company.head
    title = prep.head
    if prep.lower_ not in ("of", "at") or title.lemma_.lower() not in ROLE_WORDS or title.i >= company.i:
        return None
    return company, _title_text(title, company)


def _titles_before_names(doc: Doc) -> Iterator[tuple[list[Token], Token, str]]:
    for person in entity_tokens(doc, "person"):
        if kind_of(person) == "person" and not ref_of(person):
            found = title_before_name(person)
            if found is not None:
                yield [person], found[0], found[1]


# Verbs of closing a deal on someone's behalf: "negotiated by A for Kestrel Films".
DEAL_MAKING_LEMMAS = frozenset({"negotiate", "broker", "handle", "close", "seal", "ink"})


def _posts_around_names(doc: Doc) -> Iterator[tuple[list[Token], Token, str]]:
    """Two surface forms the parse often loses:
    - "overseen by content head Laura Pinto at Solera Media": a job title right before a name and
      "at" a company right after it; the person holds the title there;
    - "the deal was negotiated by Ann Marsh for Kestrel Films and Tom Vance for Lumo": in a
      sentence about making a deal, the company after a negotiator's "for" is the one they act for."""
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person) or person.i + 2 >= len(doc):
            continue
        after, company = doc[person.i + 1], doc[person.i + 2]
        if kind_of(company) != "org":
            continue
        start = person.i
        while start - 1 >= person.sent.start and doc[start - 1].is_lower and (doc[start - 1].lower_ in ROLE_WORDS or doc[start - 1].pos_ in ("NOUN", "ADJ")) \
                and person.i - start < 3:
            start -= 1
        titled = start < person.i and doc[person.i - 1].lower_ in ROLE_WORDS
        if after.lower_ == "at" and titled:
            yield [person], company, doc[start:person.i].text
        elif after.lower_ == "for" and any(t.lemma_.lower() in DEAL_MAKING_LEMMAS and t.pos_ == "VERB" for t in person.sent) \
                and doc[person.i - 1].lower_ in ("by", "and", ","):
            yield [person], company, ""


def past_posts(doc: Doc) -> Iterator[Fact]:
    for people, company, role in _posts_around_names(doc):
        yield from _employment_facts(doc, people, company, role, people[0], "posts_around_names")
    for people, company, role in _titles_before_names(doc):
        yield from _employment_facts(doc, people, company, role, people[0], "title_before_name")
    for people, company, role in _named_titles(doc):
        yield from _employment_facts(doc, people, company, role, people[0], "named_titles")
    # A past title names its role too: "former HBO chief content officer A", "A, a former head
    # of drama at X" (role "head of drama": the post once held is the person's role there).
    for finder in (_premodifier_posts, _past_titles, _moves_from, _moves_between, _served_at, _been_at):
        for person, company, role in finder(doc):
            if entity_of(person) == entity_of(company):
                continue
            # "reportedly hired former Hulu executive A": a past post in the name's premodifier is
            # presupposed, not asserted by the clause, so the clause's hedge is not its own.
            if finder is not _premodifier_posts and is_hedged(doc, min(person.i, company.i), max(person.i, company.i) + 1):
                continue
            evidence = sentence_evidence(person.sent)
            yield Fact(entity_of(person), "employedBy", entity_of(company), evidence, f"employment.{finder.__name__.strip('_')}", 0.65)
            if role:
                yield Fact(entity_of(person), "role", one_holders_title(role), evidence, "employment.role", 0.65, is_attribute=True)


# --- departures (corp4) ---
# Leaving a company says the person worked there: "A departed X", "A, who is leaving X,", "A will
# exit X at the end of June", "A stepped down from X". A purpose clause on the departure names
# the new employer: "A left X to run Y", "A is leaving X to join Y".


def _leaving_phrase(verb: Token) -> str:
    """The verb with its particle: "leave", "step down" (the parser takes "down" for a
    particle or an adverb)."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "out")), "")
    return f"{verb.lemma_.lower()} {particle}".strip()


def _is_leaving(verb: Token) -> bool:
    phrase = _leaving_phrase(verb)
    return phrase in lower_words("corp4_leaving_verbs") or phrase in lower_words("corp4_leaving_from_verbs")


def _departed_companies(verb: Token) -> list[Token]:
    """The companies a leaving verb names: its direct object ("left X") or, for verbs that take
    one (the lexicon's corp4_leaving_from_verbs), its "from" phrase ("stepped down from X")."""
    phrase = _leaving_phrase(verb)
    found = [c for c in verb.children if c.dep_ == "dobj" and kind_of(c) == "org"] \
        if phrase in lower_words("corp4_leaving_verbs") else []
    if phrase in lower_words("corp4_leaving_from_verbs"):
        found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
    return found


def _next_posts(verb: Token) -> list[tuple[Token, str]]:
    """The companies (and job titles) of a leaving verb's purpose clause: "left X to run Y"
    (a leading or joining verb's object; no title), "left (X) to become president of Y" (a
    copula verb's job title and the company it names)."""
    found: list[tuple[Token, str]] = []
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        if clause.lemma_.lower() in lower_words("corp4_next_job_verbs"):
            found += [(o, "") for o in clause.children if o.dep_ == "dobj" and kind_of(o) == "org"]
        elif clause.lemma_.lower() in lower_words("copula_role_verbs"):
            for title in (c for c in clause.children if c.dep_ in ("attr", "oprd", "dobj") and c.lower_ in ROLE_WORDS):
                company = _title_company(title)
                if company is None:  # "to become head of drama at Y": "at Y" may hang on the verb
                    company = next((o for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for") and prep.i > title.i
                                    for o in prep.children if o.dep_ == "pobj" and kind_of(o) == "org"), None)
                if company is not None:
                    found.append((company, _title_text(title, company)))
    return found


def departures(doc: Doc) -> Iterator[Fact]:
    """A person's departure from a company (and, in a purpose clause, the company they leave
    for): both employ them. Not a hedged or denied departure ("is expected to leave", "has not
    left", "could exit"); the person is the verb's subject or the name its "who" clause hangs on."""
    conditional = lower_words("conditional_deal_words")
    leaving = lower_words("corp4_leaving_verbs") | lower_words("corp4_leaving_from_verbs")
    for verb in tokens_with(doc, pos=("VERB",)):
        if verb.pos_ != "VERB":
            continue
        # A verb's phrase (_leaving_phrase) is its lemma alone or with "down" or "out": a verb none
        # of whose phrases is a leaving one names no departure, and its children are not read.
        lemma = verb.lemma_.lower()
        if leaving.isdisjoint({f"{lemma} {particle}".strip() for particle in ("", "down", "out")}):
            continue
        left = _departed_companies(verb)
        # "A, who left to become head of drama at Y": a departure naming only the next post.
        ahead = _next_posts(verb) if _is_leaving(verb) else []
        if not left and not ahead:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in conditional) for c in verb.children):
            continue
        # "has left CAA and signed with UTA": a client leaving its talent agency was never on
        # its staff (the lexicon's corp4_talent_agencies and corp4_representation_words).
        if any(t.lower_ in lower_words("corp4_representation_words") for t in verb.sent):
            continue
        left = [c for c in left if c.text.strip().lower() not in lower_words("corp4_talent_agencies")]
        people = [p for p in _clause_people(verb) if kind_of(p) == "person"]
        for company, rule, role in [(c, "departure", "") for c in left] + [(c, "departure_for", r) for c, r in ahead
                                                                           if c.text.strip().lower() not in lower_words("corp4_talent_agencies")]:
            for person in people:
                ends = (person.i, company.i, verb.i)
                # "A has exited X": "exited" is a negation cue for a project one drops out of,
                # but leaving a company is the departure itself, so the leaving verb is no hedge.
                if [c for c in hedge_cues(doc, min(ends), max(ends) + 1) if c.strip().lower() != verb.lower_]:
                    continue
                yield Fact(entity_of(person), "employedBy", entity_of(company), sentence_evidence(verb.sent),
                           f"employment.{rule}", round(0.65 if not ref_of(company) else 0.55, 2))
                if role:
                    yield Fact(entity_of(person), "role", one_holders_title(role), sentence_evidence(verb.sent), "employment.role", 0.7, is_attribute=True)
