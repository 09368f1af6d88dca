"""Credits stated as what someone is, or as what they do in a cast: "A will serve as director and executive producer",
"B is producer", "C and D will also be writers on X".

A copula ("be") or "serve as" links people to a role noun; each coordinated role noun names a
credit of its own (the lexicon's `role_complement_nouns`). The work is the one the role is "on",
"of" or "for", else the one the sentence is about, else the article's work in the same item.
A role the ontology has no property for ("showrunner") gives nothing.

A credit fused to a name by a hyphen is a role too: "the Ana Ruiz-fronted thriller X" (the
lexicon's `credit_suffixes`).
"""
from __future__ import annotations

from collections import Counter

from bisect import bisect_right

import re
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence, sentence_text
from mediakg.extract.lexicon import lexicon_table, lower_words
from mediakg.extract.mentions.references import named_as_earlier
from mediakg.extract.mentions.titles import DATING_BRACKET_RE, YEAR_RE
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import before_crew_noun, antecedent, coordinated, entity_end, festival_word, past_year_bracket
from mediakg.extract.relations.clauses import is_past
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.relations.constructions import _listed_after, _listed_before, epithet_person, names_no_work, trigger_index, work_of
from mediakg.extract.tokens import class_of, doc_sents, entity_of, entity_tokens, entity_tokens_within, kind_of, ref_of, token_table, tokens_at, tokens_with, word_indices


# Words that may sit between the verb and the roles: "will also serve as the series' writer".
LEAD_WORDS = lower_words("role_lead_words") | lower_words("cast4_role_lead_words")
# Words that continue a list of roles: "director, writer and executive producer".
# The role nouns of role_complement_nouns, one word each ("writer", "producer", "director").
CREDIT_ROLE_WORDS = frozenset(w for forms in lexicon_table("role_complement_nouns").values() for form in forms for w in form.split())
# ("writer-producer", "writer/producer": the tokenizer splits the joined roles at the mark.)
LIST_WORDS = frozenset({",", "and", "&", "-", "/"})


def _skip_co_role(doc: Doc, i: int, end: int) -> int:
    """Past a "co-executive producer": a role of its own, which must not read as its tail."""
    while i < end and doc[i].lower_ not in LIST_WORDS and (doc[i].pos_ in ("ADJ", "NOUN") or doc[i].lower_ == "-"
                                                         or doc[i].lower_.startswith("co-")):
        i += 1
    return i


def _complement_roles(verb: Token) -> list[tuple[int, int, str]]:
    """(start, end, predicate) of each role noun in the complement of a copula or "serve as".
    Read on the tokens, not the parse: the small models attach "showrunner and executive
    producer" as a modifier of "producer" as often as a coordination."""
    doc, end = verb.doc, verb.sent.end
    if verb.lemma_ == "serve" and not (verb.i + 1 < end and doc[verb.i + 1].lower_ == "as"):
        return []
    i = verb.i + 1
    while i < end and doc[i].lower_ in LEAD_WORDS:
        i += 1
    table = trigger_index("role_complement_nouns")
    found = []
    while i < end:
        if doc[i].lower_.startswith("co-"):
            # "co-writers", "co-director": a role of its own, one word.
            joined, width = doc[i].lower_, 1
            credit = next((p for w, p in table.get(joined, ()) if w == (joined,)), None)
            if credit is not None:
                found.append((i, i + width, credit))
                i += width
                continue
            i = _skip_co_role(doc, i, end)
            continue
        match = next((i + len(words) for words, predicate in table.get(doc[i].lower_, ())
                      if tuple(t.lower_ for t in doc[i:i + len(words)]) == words), None)
        if match is not None:
            if not _job_title(doc, i, match, end):
                found.append((i, match, next(p for w, p in table[doc[i].lower_] if len(w) == match - i)))
            i = match
        elif doc[i].lower_ in LIST_WORDS or (doc[i].pos_ in ("ADJ", "NOUN") and not kind_of(doc[i])):
            i += 1  # "showrunner", "lead": a role the ontology has no property for, still in the list
        else:
            break
    return found


def _job_title(doc: Doc, start: int, end: int, sent_end: int) -> bool:
    """"managing director", "director of development at X", "director of photography": a role
    noun with a job modifier before it (the lexicon's job_director_words) or an "of"/"at" phrase
    after it that names no work is a post at a company or a crew job, not the credit."""
    if start > 0 and doc[start - 1].lower_ in lower_words("job_director_words") and not kind_of(doc[start - 1]):
        # "writer-producer": a hyphen joining two roles of the credit, not a job's modifier;
        # "associate producer" is a screen credit ("associate director" is a crew job).
        joined = doc[start - 1].text in ("-", "/") and start > 1 and doc[start - 2].lower_ in CREDIT_ROLE_WORDS
        associate = doc[start - 1].lower_ == "associate" and doc[start].lower_ in ("producer", "producers")
        return not (joined or associate)
    if end < sent_end and doc[end].lower_ in ("of", "at"):
        rest = [t for t in doc[end + 1:min(end + 4, sent_end)] if t.pos_ != "DET" and t.text not in ("\u201c", "\"")]
        if rest and kind_of(rest[0]) == "org" and doc[end].lower_ == "of" and _possessed_work(doc, rest[0].i, sent_end) is not None:
            return False
        return not (rest and kind_of(rest[0]) == "work")
    return False


def _company_show_after(doc: Doc, prep: int, end: int) -> Token | None:
    """The title of "of (the) MSNBC's ... show, X" after the preposition at prep: the first word
    past an article or opening quote must be a company (_possessed_work reads the rest)."""
    first = next((t for t in doc[prep + 1:min(prep + 4, end)] if t.pos_ != "DET" and t.text not in ("\u201c", "\"")), None)
    return _possessed_work(doc, first.i, end) if first is not None and kind_of(first) == "org" else None


def _possessed_work(doc: Doc, i: int, end: int) -> Token | None:
    """"of MSNBC's popular morning show, X": a company's possessive at i opens a noun phrase about
    the company's show, which goes on through its modifiers (and a comma of apposition) to the
    title; the role is on that show, no post at the company. None when no title ends the phrase."""
    key = entity_of(doc[i])
    while i < end and entity_of(doc[i]) == key and kind_of(doc[i]) == "org":
        i += 1
    if not (i < end and (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s"))):
        return None
    for t in doc[i + 1:min(i + 9, end)]:
        if kind_of(t):
            return t if kind_of(t) == "work" else None
        if t.pos_ in ("VERB", "AUX", "ADP") or t.text in (";", ":", "(", "."):
            return None
    return None


def _title_after_year(year: Token) -> Token | None:
    """The title a year's possessive dates: "1973's mega-hit X" gives X's first word; None when a
    verb, a preposition or a stop comes first."""
    doc = year.doc
    if not (year.i + 1 < len(doc) and doc[year.i + 1].lower_ in ("'s", "\u2019s")):
        return None
    for t in doc[year.i + 2:min(year.i + 8, year.sent.end)]:
        if kind_of(t):
            return t if kind_of(t) == "work" else None
        if t.pos_ in ("AUX", "ADP") or t.text in (";", ":", "(", ".", ","):
            return None
    return None


def _describes(verb: Token) -> bool:
    """"She is a writer and producer": with "a", a copula says what someone is, not a credit."""
    after = verb.doc[verb.i + 1:verb.i + 3]
    return verb.lemma_ == "be" and any(t.lower_ in ("a", "an") for t in after)


def _stated_work(verb: Token, nouns: list[Token]) -> Token | None:
    """"director on X", "serve as producers of X", "be writer for X": the work the role is on."""
    for head in [*nouns, verb]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "of", "for"):
                objects = [p for p in prep.children if p.dep_ == "pobj"]
                work = next((p for p in objects if kind_of(p) == "work"), None)
                # "on the comedy Glasshouse": the title stands beside the work noun the parse takes
                # for the object.
                work = work or next((t for p in objects for t in p.children
                                     if t.dep_ in ("appos", "compound", "dobj", "npadvmod") and kind_of(t) == "work" and t.i > p.i), None)
                # "on 1973's X": a year's possessive the parse takes for the object dates the title
                # right after it (titles.YEAR_OWNER_MODIFIERS may stand between).
                work = work or next((_title_after_year(p) for p in objects if re.fullmatch(r"(?:19|20)\d\d", p.text)), None)
                # "on the CW's X": the maker in the possessive before the title, which the parse
                # may take for the object and leave the title hanging elsewhere.
                doc = verb.doc
                work = work or next((doc[p.i + 2] for p in objects if kind_of(p) == "org" and p.i + 2 < len(doc)
                                     and doc[p.i + 1].lower_ in ("'s", "\u2019s") and kind_of(doc[p.i + 2]) == "work"), None)
                # "of MSNBC's popular morning show, X": the maker's possessive, modifiers and an
                # apposition before the title.
                if work is None:
                    work = _company_show_after(doc, prep.i, verb.sent.end)
                # "on the CBS reboot of X", "on Fox's series adaptation of X": a noun for a new
                # version of a work names it by the title after "of" (lexicon version_nouns; not
                # a spinoff or sequel, which is another work).
                work = work or next((w for p in objects if p.lower_ in lower_words("version_nouns") for q in p.children
                                     if q.dep_ == "prep" and q.lower_ == "of" for w in q.children
                                     if w.dep_ == "pobj" and kind_of(w) == "work"), None)
                if work is not None:
                    return work
    # The parse may hang "of MSNBC's show, X" on another noun of the list: read the words right
    # after the role noun.
    doc = verb.doc
    for noun in nouns:
        i = noun.i + 1
        if i + 1 < verb.sent.end and doc[i].lower_ in ("of", "on", "for"):
            work = _company_show_after(doc, i, verb.sent.end)
            if work is not None:
                return work
            work = _version_work(doc, i + 1, verb.sent.end)
            if work is not None:
                return work
    return None


def _version_work(doc: Doc, i: int, end: int) -> Token | None:
    """"the CBS reboot of “X”", "Fox's upcoming series adaptation of X" read on the words from i:
    modifiers, then a version noun (lexicon version_nouns), "of" and the title."""
    nouns = lower_words("version_nouns")
    for j in range(i, min(i + 7, end - 2)):
        t = doc[j]
        if t.lower_ in nouns and doc[j + 1].lower_ == "of":
            k = j + 2
            while k < end and doc[k].text in ("\u201c", "\""):
                k += 1
            return doc[k] if k < end and kind_of(doc[k]) == "work" else None
        if kind_of(t) not in ("", "org") or t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.tag_ != "POS":
            return None
    return None


def role_complements(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    # Only a participle of placing or a copula ("be", "serve") can state such a role.
    for verb in tokens_at(doc, word_indices(doc, lower=lower_words("cast4_role_placing_verbs"))
                          | word_indices(doc, lemma=("be", "serve"), pos=("AUX", "VERB"))):
        # "A and B are slated as producers": a passive of placing (cast4_role_placing_verbs) before "as" states a role as a copula does.
        placed = verb.lower_ in lower_words("cast4_role_placing_verbs") and verb.tag_ == "VBN" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "as"
        if not placed and (verb.lemma_ not in ("be", "serve") or verb.pos_ not in ("AUX", "VERB")):
            continue
        people = [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for p in coordinated(s) if kind_of(p) == "person"]
        # "A, who most recently was a writer on X, ...": a relative clause's "who" is its antecedent.
        if not people and verb.dep_ == "relcl" and kind_of(verb.head) == "person" \
                and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in verb.children):
            people = [verb.head]
        anchor = people[0].i if people else verb.i
        # "A and B developed X and will serve as executive producers": a verb coordinated after
        # the first one, with no subject of its own, shares its subject; the work is the one the
        # first verb names (the nearest before the second).
        if not people and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            subjects = [s for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass")]
            # "The book's author, A, will write the drama and serve as ...": the name in
            # apposition to a noun subject.
            subjects += [a for s in subjects if not kind_of(s) for a in s.children if a.dep_ == "appos"]
            people = [p for s in subjects for p in coordinated(s) if kind_of(p) == "person"]
        roles = _complement_roles(verb) if people else []
        if not roles:
            continue
        sent: Span = verb.sent
        stated = _stated_work(verb, [doc[end - 1] for _, end, _ in roles])
        if stated is None and _describes(verb):
            continue
        work, weight = (entity_of(stated), 1.0) if stated is not None else work_of(sent, anchor, salient_work)
        if not work or is_hedged(doc, min(p.i for p in people), roles[-1][1]):
            continue
        evidence = sentence_evidence(sent)
        # "A and B are producer and executive producer respectively": the nth person holds the nth role.
        # With a count that does not match (a name we missed), which role is whose is not known.
        if _respectively(doc, roles[-1][1], sent.end):
            if len(roles) == len(people) > 1:
                for (_, _, predicate), person in zip(roles, people):
                    yield Fact(work, predicate, entity_of(person), evidence, "roles.complement_respectively", round(0.75 * weight, 2))
            continue
        works = [work, *_works_listed_after(stated)] if stated is not None else [work]
        for _, _, predicate in roles:
            for person in people:
                for each in works:
                    yield Fact(each, predicate, entity_of(person), evidence, "roles.complement", round(0.75 * weight, 2))
        # "A was (previously) a writer on X", "A has been an executive producer on X": a job on a
        # work the phrase names, held in the past, is a calling card as well as a credit.
        if stated is not None and verb.lemma_ in ("be", "serve") and is_past(verb):
            for person in people:
                for each in works:
                    yield Fact(entity_of(person), "knownFor", each, evidence, "roles.complement_known", round(0.7 * weight, 2))
        # "A will serve as producer alongside B and C": B and C share the one role; with several
        # roles ("writer and producer alongside B") which of them B shares is not said.
        if len({predicate for _, _, predicate in roles}) == 1:
            for person in _credit_partners(verb, [doc[end - 1] for _, end, _ in roles]):
                if is_hedged(doc, min(p.i for p in people), person.i + 1):
                    continue  # "along with A, plus possibly B": B is no stated partner
                yield Fact(work, roles[0][2], entity_of(person), evidence, "roles.complement_partner", round(0.7 * weight, 2))


def _works_listed_after(work: Token) -> list[str]:
    """"A was the director of X and Y": the works coordinated after a stated work share its job;
    not a name that opens a clause of its own ("..., and Y starred in Z")."""
    doc = work.doc
    return [entity_of(t) for t in coordinated(work)[1:] if kind_of(t) == "work" and t.dep_ not in ("nsubj", "nsubjpass")
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"))]


def _respectively(doc: Doc, i: int, end: int) -> bool:
    """"respectively" right after the roles, or after their work phrase ("on X, respectively")."""
    return any(t.lower_ == "respectively" for t in doc[i:min(i + 6, end)])


def _credit_partners(verb: Token, nouns: list[Token]) -> list[Token]:
    """The people of an "alongside" or "along with" phrase on a role verb or its role noun."""
    heads = {verb.i, *(n.i for n in nouns)}
    preps = [p for h in heads for p in verb.doc[h].children if p.dep_ == "prep"]
    preps += [w for p in preps if p.lower_ == "along" for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    partners = _people([o for p in preps if p.lower_ in ("alongside", "with") and (p.lower_ == "alongside" or p.head.lower_ == "along")
                        for o in p.children if o.dep_ == "pobj"])
    # "along with A and B, who worked together on X, plus C": "plus" adds to the partners after
    # an aside that ends their list.
    if partners:
        doc = verb.doc
        for plus in doc[partners[-1].i + 1:verb.sent.end]:
            if plus.lower_ == "plus" and plus.i + 1 < verb.sent.end and kind_of(doc[plus.i + 1]) == "person":
                partners += [t for t in coordinated(doc[plus.i + 1]) if kind_of(t) == "person"]
                break
    return partners


def hyphen_credits(doc: Doc) -> Iterator[Fact]:
    """"the Ana Ruiz-fronted crime thriller Glasshouse": a name fused to a credit word by a hyphen
    credits that person on the work the noun phrase goes on to name."""
    by_suffix = {w: p for p, suffixes in lexicon_table("credit_suffixes").items() for w in suffixes}
    # "the Harbour Films-produced drama X": a company fused to "produced" made the work.
    by_company_suffix = {w: p for p, suffixes in lexicon_table("company_credit_suffixes").items() for w in suffixes}
    for person in [*entity_tokens(doc, "person"), *entity_tokens(doc, "org")]:
        if kind_of(person) not in ("person", "org") or person.i + 2 >= len(doc) or doc[person.i + 1].text != "-":
            continue
        predicate = (by_suffix if kind_of(person) == "person" else by_company_suffix).get(doc[person.i + 2].lower_)
        # The noun phrase runs on through modifiers to its title: no verb, comma or other name.
        work = None
        for token in doc[person.i + 3:min(person.i + 9, person.sent.end)]:
            if kind_of(token):
                work = token if kind_of(token) == "work" else None
                break
            if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
                break
        if predicate is None or work is None or is_hedged(doc, person.i, work.i + 1):
            continue
        evidence = sentence_evidence(person.sent)
        if predicate in ("knownFor", "produces"):
            yield Fact(entity_of(person), predicate, entity_of(work), evidence, "roles.hyphen_credit", 0.75)
        else:
            yield Fact(entity_of(work), predicate, entity_of(person), evidence, "roles.hyphen_credit", 0.75)


# Between "by" and the name: "by Hungarian writer-director Ana Ruiz", "by filmmaker Tom Hale".
BYLINE_WORDS = lower_words("byline_words")


# Words of a festival's or a market's line-up: "X by A will close the festival", "the
# competition includes X by A and Y by B".
# A programme's words too: "the strand offers X by A", "restored prints of X by A"; and the verb
# "screen" ("will screen X by A"; the noun, "bring X by A to the screen", is an adaptation's).
SCREENING_WORDS = frozenset({"festival", "competition", "lineup", "line-up", "sidebar", "premiere", "premieres", "jury", "selection",
                             "screening", "screenings", "berlinale", "cannes", "venice", "sundance", "tiff", "awards", "prize",
                             "strand", "section", "retrospective", "restored", "restoration", "showcase"})
# Nouns that make a "by" byline an author's: "the novel X by A", "the publisher's list includes X by A".
SOURCE_WORDS = frozenset({"novel", "book", "memoir", "play", "comic", "manga", "webtoon", "novella", "poem", "story", "essay",
                          "publisher", "published", "author", "authors", "imprint", "bestseller", "novels", "books"})


def _screening_line(work: Token) -> bool:
    """Whether a work of no decided medium stands in a festival or market line-up sentence, where
    "X by A" names a film and its director (no source noun in the sentence)."""
    sent_words = {t.lower_ for t in work.sent}
    # "line-up" is three tokens ("line", "-", "up").
    listed = bool(sent_words & SCREENING_WORDS) or "line-up" in work.sent.text.lower() \
        or any(t.lemma_ == "screen" and t.pos_ == "VERB" for t in work.sent)
    return class_of(work) == "CreativeWork" and listed and not sent_words & SOURCE_WORDS


# The words right before an owner's possessive that make the owned work a book: an option, an
# adaptation, a basis ("optioned A's thriller X", "to adapt A's drama X", "based on A's thriller X").
OPTIONED_BEFORE_RE = re.compile(r"\b(?:optioned|options|option|optioning|adapt|adapts|adapted|adapting|adaptation of|based on)\s+(?:the\s+)?$", re.I)


def film_bylines(doc: Doc) -> Iterator[Fact]:
    """A film "by" someone, or someone's film, is theirs as its director: "the comedy Glasshouse
    by Ana Ruiz", "Tom Hale's new drama Ember". Only for a work typed Film: a novel by its
    author is the novel rules' (writtenBy), and a series "by" someone may be its creator's."""
    genres = lower_words("byline_genre_nouns")
    for work in [*entity_tokens(doc, "Film", attr="mkg_class"), *entity_tokens(doc, "CreativeWork", attr="mkg_class")]:
        if class_of(work) not in ("Film", "CreativeWork"):
            continue
        sent = work.sent
        # "Glasshouse by [Hungarian writer-director] Ana Ruiz" (the byline may open the next line)
        i = work.i + 1
        while i < sent.end and doc[i].is_space or i < sent.end and doc[i].text in ("\u201d", "\"") and i == work.i + 1:
            i += 1
        # A work not typed a film has a byline only after a film's genre noun: "the Chilean
        # drama X by A"; "the novel X by A" names its author.
        genre = work.i > 0 and doc[work.i - 1].lower_ in genres
        if i < sent.end and doc[i].lower_ == "by":
            j = i + 1
            while j < sent.end and not kind_of(doc[j]) and (doc[j].lower_ in BYLINE_WORDS or doc[j].pos_ in ("ADJ", "PROPN") and doc[j].ent_type_ == "NORP"):
                j += 1
            # A catalogue's entry dates the work after its maker: "Night Harbor by A (1934, 1h22)".
            dated = j < sent.end and DATING_BRACKET_RE.match(doc.text, doc[j].idx + len(doc[j].text))
            if (j < sent.end and kind_of(doc[j]) == "person" and not is_hedged(doc, work.i, j + 1)
                    and (class_of(work) == "Film" or genre or _screening_line(work) or dated)):
                yield from _byline(work, doc[j], doc[i + 1:j].text.lower(), "roles.film_by")
        # "Tom Hale's [new] drama [,] Ember"
        j = work.i - 1
        # (a lower-case word the tagger calls a proper noun is a modifier too: "sci-fi"; so is
        # any word of a hyphened compound: "coming-of-age drama", even a place's: "Alaska-set thriller")
        # A festival and its section may name where the film shows: "Ana Ruiz's Cannes
        # Competition title X", "Tom Hale's Sundance hit X".
        festival = False
        while j > sent.start and (not kind_of(doc[j]) or _hyphened_place(doc, j) or festival_word(doc[j])) and doc[j].tag_ != "POS" and (
                doc[j].pos_ in ("ADJ", "NOUN", "NUM", "PUNCT") or (doc[j].pos_ == "PROPN" and doc[j].text.islower())
                or _in_hyphened_word(doc, j) or _hyphened_place(doc, j) or festival_word(doc[j])) \
                and doc[j].text not in (".", ";", "(", ")") and work.i - j <= 7:
            festival = festival or festival_word(doc[j])
            j -= 1
        # A work not yet typed a film is one when a film's genre noun stands between ("Tom
        # Hale's upcoming thriller Ember"), as for the "by" byline; not a debut, part or star
        # vehicle, which an actor may own as well ("A's feature film debut X" may be her first role).
        # The owner must be named: "the director's 2015 drama X" may mean another director than
        # the one the reference was resolved to.
        between = {t.lower_ for t in doc[j + 1:work.i]}
        job = _owner_job(doc[j - 1]) if j - 1 > sent.start else set()
        # "director Nils Berg's Cold Harbor": the owner's job says whose film it is without a genre noun.
        # (A director's debut is her film: "filmmaker A's feature debut X".)
        stops = between & lower_words("possessive_byline_stop_words") - ({"debut"} if job & DIRECTOR_JOBS else set())
        # (What a festival shows, its "entry" or "title", is a film.)
        shown = festival and bool(between & lower_words("festival_work_nouns"))
        film = class_of(work) == "Film" or class_of(work) == "CreativeWork" and bool(between & genres | job & DIRECTOR_JOBS or shown) \
            and not stops and j > sent.start and not ref_of(doc[j - 1])
        # "Director A died on Sunday. His latest movie, X, ...": a sentence-opening possessive
        # pronoun resolved to a person the article introduces as a director owns the film named
        # after a film noun as its director (an actor's "his film" may be one he starred in).
        # (Only the maker's own film: "her latest movie", not "her favourite movie".)
        # (After a preposition too: "attracted attention with his 1955 documentary X"; and a year
        # alone says the film: "His 1959 X was Oscar nominated".)
        # (A year alone says a film only of a work not typed a series; an actor "starred in his 1985 X".)
        dated = class_of(work) in ("Film", "CreativeWork") and any(t.like_num and YEAR_RE.fullmatch(t.text) for t in doc[j + 1:work.i])
        # (j may fall before the sentence's start where a merge left an odd parse: read it as an opening.)
        pronoun_owner = _pronoun_owner(doc[j]) if j <= sent.start or doc[j - 1].pos_ == "ADP" and doc[j - 1].head.lemma_ not in ACTING_LEMMAS else None
        if pronoun_owner is not None and ref_of(pronoun_owner) and not _only_person_around(doc, sent, entity_of(pronoun_owner)):
            pronoun_owner = None
        if pronoun_owner is not None and (between & lower_words("film_nouns") or dated) \
                and between <= OWN_FILM_WORDS | lower_words("film_nouns") | {t.lower_ for t in doc[j + 1:work.i] if YEAR_RE.fullmatch(t.text)} \
                and _introduced_as_director(doc, entity_of(pronoun_owner)) and not is_hedged(doc, j, work.i + 1):
            yield from _byline(work, pronoun_owner, "", "roles.pronoun_film")
            yield Fact(entity_of(pronoun_owner), "knownFor", entity_of(work), sentence_evidence(sent), "roles.pronoun_film", 0.65)
        # "A's 2020 novel X": a book noun right before the title says the owner wrote it, whatever
        # class the work was given (the film adapted from it may have lent it its medium).
        before_title = doc[work.i - 2] if work.i >= 2 and doc[work.i - 1].text in ("\u201c", "\"") else doc[work.i - 1]
        if film and before_title.lower_ in BOOK_NOUNS:
            film = False
        # A genre noun alone makes no film in a sentence about television ("the network ordered
        # three dramas, including ... Sam Holt's thriller X": the owner of a show is its creator).
        if film and class_of(work) == "CreativeWork" and any(t.lower_ in lower_words("series_medium_words") for t in sent):
            film = False
        if film and j - 1 >= sent.start and doc[j].tag_ == "POS" and kind_of(doc[j - 1]) == "person" and (j < work.i - 1 or job & DIRECTOR_JOBS):
            # "has optioned Ruth Kane's thriller X", "will adapt Ruth Kane's thriller X", "based on
            # Ruth Kane's thriller X": what is optioned or adapted is a book, so its owner wrote it.
            # ("based on Joe Dante's 1985 film X": a film noun says the source is a film, which its
            # owner directed.)
            adapted_book = OPTIONED_BEFORE_RE.search(document_text(doc), max(0, doc[j - 1].idx - 24), doc[j - 1].idx) \
                and not between & lower_words("film_nouns")
            if job & lower_words("possessive_author_jobs") or adapted_book:
                # "novelist Ruth Kane's thriller X": an author's thriller is a book she wrote.
                yield Fact(entity_of(work), "writtenBy", entity_of(doc[j - 1]), sentence_evidence(sent), "roles.author_possessive", 0.7)
            elif job & DIRECTOR_JOBS or not job & lower_words("possessive_non_director_jobs"):  # ("actress-director A's")
                # (Not "actor Tom Hale's drama X" or "producer Ana Ruiz's thriller X": their film, not their direction.)
                # A festival's title is as often a producer's or a star's: there the sentence
                # must name no director and the article must not introduce the owner as another job.
                if festival and (DIRECTED_BY_RE.search(sentence_text(sent))
                                 or _introduced_job(doc, entity_of(doc[j - 1])) & lower_words("possessive_non_director_jobs")):
                    continue
                yield from _byline(work, doc[j - 1], "", "roles.film_possessive")


# "His films include X and Y", "her previous fiction features, such as X, Y and Z,": the films
# a director owns, listed, are films she directed (lists.calling_cards gives knownFor). Only a
# plural of a film noun, owned by a person the article introduces as a director; "credits" or
# "work" may be produced or written.
FILM_LIST_NOUNS = frozenset({"films", "features", "movies", "documentaries", "docs", "pictures", "pics"})
# The words a director's own list noun takes: "his previous films", "her acclaimed features".
OWN_LIST_WORDS = frozenset({"previous", "earlier", "other", "past", "recent", "acclaimed", "fiction", "feature", "documentary",
                            "narrative", "short", "many", "several", "first", "best-known", "celebrated", "award-winning"})
# Verbs of a relative clause that credit a listed work otherwise: "X, which she produced".
CREDIT_LEMMAS = frozenset({"produce", "write", "direct", "star", "executive-produce", "co-write", "co-direct", "finance", "act", "appear"})


def director_film_lists(doc: Doc) -> Iterator[Fact]:
    """A director's own films listed after "include" or ", such as" are hers to direct."""
    for noun in tokens_with(doc, lower=FILM_LIST_NOUNS):
        owner = next((c for c in noun.children if c.dep_ == "poss" and kind_of(c) == "person"), None)
        if owner is None or not _introduced_as_director(doc, entity_of(owner)):
            continue
        sent = noun.sent
        # Her own films, not "her favourite films"; "his" read back to the one person named
        # around it; and no clause crediting an item otherwise ("X, which she produced").
        if any(c.dep_ == "amod" and c.lower_ not in OWN_LIST_WORDS for c in noun.children) \
                or ref_of(owner) and not _only_person_around(doc, sent, entity_of(owner)) \
                or any(t.dep_ == "relcl" and t.lemma_ in CREDIT_LEMMAS for t in sent):
            continue
        # The opener follows the noun at once, past a comma or "also": "His films also include".
        i = noun.i + 1
        while i < sent.end and doc[i].lower_ in (",", "also", "have", "has"):
            i += 1
        # (The list opens on a form of "include", or on ", such as".)
        if i < sent.end and doc[i].lower_ in lower_words("include_forms"):
            start = i + 1
        elif i + 1 < sent.end and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
            start = i + 2
        else:
            continue
        if is_hedged(doc, sent.start, sent.end):
            continue
        for work in _listed_after(doc, start, sent.end, "work"):
            yield Fact(entity_of(work), "directedBy", entity_of(owner), sentence_evidence(sent), "roles.director_film_list", 0.65)
            yield Fact(entity_of(owner), "knownFor", entity_of(work), sentence_evidence(sent), "roles.director_film_list", 0.65)


ACTING_LEMMAS = frozenset({"star", "appear", "act", "cameo", "play", "co-star", "feature"})


def _only_person_around(doc: Doc, sent: Span, person: str) -> bool:
    """Whether the person a pronoun was read back to is the only one named in its sentence and
    the one before: with two people there, "his" or "her" may be the other's."""
    start = next((s.start for s in doc_sents(doc) if s.end == sent.start), sent.start)
    return all(entity_of(t) == person for t in entity_tokens_within(doc, start, sent.end, "person") if not ref_of(t))


def _pronoun_owner(pronoun: Token) -> Token | None:
    """The person "his" or "her" stands for: the pronoun itself when resolved, or else the
    resolved person subject of its clause ("He first drew notice with his 1955 documentary X":
    the possessive in a clause is its subject's)."""
    if pronoun.lower_ not in ("his", "her"):
        return None
    if ref_of(pronoun):
        return pronoun if kind_of(pronoun) == "person" else None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or kind_of(subject) != "person" or subject.lower_ != ("he" if pronoun.lower_ == "his" else "she"):
        return None
    return subject


# The words of a maker's own film before its title, after "his" or "her": "his latest movie, X".
OWN_FILM_WORDS = frozenset({"latest", "new", "next", "last", "first", "second", "third", "final", "recent", "most", "acclaimed",
                            "feature", "fiction", "documentary", "directorial", ",", "\u201c", "\""})
# Job words that make a "director" some other trade's: "casting director", "art director".
OTHER_DIRECTORS = frozenset({"casting", "art", "music", "managing", "creative", "executive", "artistic", "festival", "photography"})


DIRECTED_BY_RE = re.compile(r"\b(?:directed|helmed|co-directed)\s+by\b")


def _first_named(doc: Doc, person: str) -> Token | None:
    """The person's first mention by name (not a pronoun or a description)."""
    return next((t for t in entity_tokens(doc, "person") if entity_of(t) == person and not ref_of(t)), None)


def _introduced_job(doc: Doc, person: str) -> set[str]:
    """The job words before the person's first named mention ("Producer Tom Hale")."""
    named = _first_named(doc, person)
    return _owner_job(named) if named is not None else set()


def _introduced_as_director(doc: Doc, person: str) -> bool:
    """Whether the job words before the person's first named mention make a director ("French
    film director A"; not "casting director A")."""
    named = _first_named(doc, person)
    if named is None:
        return False
    job = _owner_job(named)
    # (The tagger may read a sentence-opening "Casting" as a verb, which _owner_job stops at.)
    before = {t.lower_ for t in doc[max(named.sent.start, named.i - 3):named.i]}
    return bool(job & DIRECTOR_JOBS) and not (job | before) & OTHER_DIRECTORS


def _in_hyphened_word(doc: Doc, i: int) -> bool:
    """Whether a lower-case token is part of a hyphened compound, joined to a hyphen with no
    space ("of" in "coming-of-age")."""
    return doc[i].is_lower and (i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
                                or i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)


BOOK_NOUNS = frozenset({"novel", "book", "memoir", "novella", "manga", "webtoon", "bestseller", "best-seller"})


def _hyphened_place(doc: Doc, i: int) -> bool:
    """Whether a place opens a hyphened modifier ("Alaska" in "Alaska-set", "London-based")."""
    return kind_of(doc[i]) == "place" and i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


# The job words before a possessor that make the owned work the one they directed.
DIRECTOR_JOBS = lower_words("owner_director_jobs")


def _owner_job(person: Token) -> set[str]:
    """The job words right before a name, past nationality and praise ("Danish filmmaker", "US
    novelist", "Oscar-winning actor"): what the person is introduced as."""
    doc, found = person.doc, set()
    i = person.i - 1
    # (a job word opening the sentence is capitalised: "Actor Tom Hale's thriller X")
    while i >= person.sent.start and not kind_of(doc[i]) and (doc[i].is_lower or doc[i].ent_type_ == "NORP" or doc[i].text == "-"
                                                               or i == person.sent.start and doc[i].is_title) \
            and doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT") and doc[i].text not in (",", "(", ")", ".", ";", ":") and person.i - i <= 4:
        found.add(doc[i].lower_)
        i -= 1
    return found


def _byline(work: Token, person: Token, between: str, rule: str) -> Iterator[Fact]:
    evidence = sentence_evidence(work.sent)
    yield Fact(entity_of(work), "directedBy", entity_of(person), evidence, rule, 0.7)
    if "writer" in between:
        yield Fact(entity_of(work), "writtenBy", entity_of(person), evidence, rule, 0.7)


def _character_role(role: Token) -> bool:
    """Whether "the role of ..." names a character: a person's name in its "of" phrase and no
    job-title word or company there ("the role of activist Nora Brath", not "the role of chief
    content officer at X")."""
    if role.lower_ not in ("role", "part"):
        return False
    jobs = lower_words("role_title_words")
    said = [t for prep in role.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in prep.subtree]
    return any(kind_of(t) == "person" for t in said) and not any(t.lower_ in jobs or kind_of(t) == "org" for t in said)


def cast_clauses(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A will play a detective in X", "A and B are set to appear in X", "A reprises her role in
    X": a person subject of a casting verb (the lexicon's cast_verbs) is in the cast of the work
    in its "in"/"on" phrase. A past tense is a calling card the credit rules read already.
    "A will star alongside B", "A stars opposite B in X": B is in the same cast; with no work
    named, the cast is that of the work the item is about."""
    verbs = lower_words("cast_verbs")
    landing, role_nouns = lower_words("role_landing_verbs"), lower_words("role_nouns")
    # Only a casting verb, a verb of getting or a participle of placing can open such a clause.
    for verb in tokens_at(doc, word_indices(doc, pos=("VERB",), lemma=verbs | landing | {"take"})
                          | word_indices(doc, pos=("VERB",), lower=lower_words("cast4_part_placing_verbs") | lower_words("cast4_role_placing_verbs"))):
        # "A has landed a lead role in X": a verb of getting with a part as its object casts too.
        lands = verb.lemma_.lower() in landing and any(c.dep_ == "dobj" and c.lower_ in role_nouns for c in verb.children)
        # "A is taking on the role of activist B", "takes over the male lead": a part named by its
        # character, or the lead; not a job ("takes on a new role as head of drama", "the role of
        # chief content officer at X").
        lands = lands or (verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and (c.lower_ == "lead" or _character_role(c))
                                                                 for c in verb.children))
        # "A is set for a recurring role in X": a passive of placing with a part after "for" casts too.
        parts = _set_for_parts(verb, role_nouns)
        if (verb.lemma_.lower() not in verbs and not lands and not parts) or verb.pos_ != "VERB" or verb.tag_ == "VBD":
            continue
        # "Former X correspondent and writer A will play ...": A is coordinated with a noun subject
        people = [p for s in verb.children if s.dep_ in (("nsubj", "nsubjpass") if parts else ("nsubj",)) for p in _people([s])]
        if not people and verb.dep_ == "xcomp":  # "A is set to star in X": the subject of "set"
            people = [p for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass") for p in coordinated(s)
                      if kind_of(p) == "person"]
        # "Jack Reed (played by A)", "the part will be played by A": the passive's agent plays;
        # the noun it hangs on is the character, no cast member.
        agents = _people([o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"])
        if agents and verb.tag_ == "VBN":
            people = agents
        elif not people and verb.dep_ in ("relcl", "acl") and kind_of(verb.head) == "person":
            people = [verb.head]  # "A, who stars in X, ...", "A, playing a nurse in X": said of A
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *parts]
        partners = [*_partners(verb), *(p for h in heads[1:] for p in _partners(h))]
        # "opposite B in X": the parse may hang the "in" phrase on the partner named last
        heads += partners
        works = [w for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("in", "on")
                 for w in _work_or_its_title(prep)]
        # "set for a role in <a title we do not know>": no other work stands in for it
        if parts and not works and any(o.lower_ not in lower_words("work_genre_heads") for h in heads for prep in h.children
                                       if prep.dep_ == "prep" and prep.lower_ in ("in", "on") for o in prep.children if o.dep_ == "pobj"):
            continue
        targets = [(entity_of(w), 1.0) for w in works]
        if people and not works and partners:
            targets = [work_of(verb.sent, people[0].i, salient_work)]
        elif people and not works and (parts or verb.lemma_.lower() in lower_words("cast2_part_verbs") or (lands and verb.lemma_.lower() == "take")):
            # "A will play a nurse", "A will star in the upcoming series": no title, the work of
            # the sentence or the item; "A plays a nurse in <a title we do not know>": none.
            targets = [_cast_target(verb, people, salient_work)]
        end = max([*(w.i for w in works), *(p.i for p in partners), verb.i]) + 1
        if not people or not targets or not targets[0][0]:
            continue
        # "(reportedly played by A)": a hedge on the passive verb comes before its agent
        if is_hedged(doc, min([*(p.i for p in people), *([verb.left_edge.i] if agents else [])]), end):
            continue
        evidence = sentence_evidence(verb.sent)
        for work, weight in targets:
            for person in [*people, *partners]:
                yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_clause", round(0.7 * weight, 2))


def _set_for_parts(verb: Token, role_nouns: frozenset[str]) -> list[Token]:
    """The part nouns of "A is set for a recurring role", "A has been tapped for the lead": a
    passive participle of placing (cast4_part_placing_verbs) with a part after "for". A
    participle that states a role after "as" (cast4_role_placing_verbs) places a part there:
    "A is set as the male lead", "A is attached as the lead"."""
    if verb.tag_ != "VBN":
        return []
    preps = {p for p, words in (("for", "cast4_part_placing_verbs"), ("as", "cast4_role_placing_verbs")) if verb.lower_ in lower_words(words)}
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and o.lower_ in role_nouns]


def _work_or_its_title(prep: Token) -> list[Token]:
    """The work an "in" phrase names: its object, or the title in apposition to a descriptive
    object ("in the drama series Salt Flats")."""
    objs = [w for w in prep.children if w.dep_ == "pobj"]
    return [w for o in objs for w in [o, *(a for a in o.children if a.dep_ == "appos")] if kind_of(w) == "work"][:1]


def _people(tokens: list[Token]) -> list[Token]:
    """The people named by tokens and the names coordinated with them, on the tokens ("A, B and
    C") and on the parse, which goes past a parenthesis of credits ("A (X), B and C")."""
    found: dict[int, Token] = {}
    todo = list(tokens)
    while todo:
        token = todo.pop()
        if token.i in found:
            continue
        found[token.i] = token
        todo += coordinated(token)
        todo += [c for c in token.children if c.dep_ == "conj"]
    return [t for i, t in sorted(found.items()) if kind_of(t) == "person" and not _named_as_character(t)]


CHARACTER_NOUNS = frozenset({"character", "characters", "role", "roles", "part", "parts"})


def _named_as_character(person: Token) -> bool:
    """"A and B as the iconic characters, Pop Vale and his wife Ma": a name in apposition to a
    noun of parts is a character, whatever the tagger made of it."""
    i = person.i - 1
    while i >= 0 and person.doc[i].text in (",", ":", "\u201c", "\"", "'"):
        i -= 1
    return i >= 0 and i < person.i - 1 and person.doc[i].lower_ in CHARACTER_NOUNS


def _subjects(verb: Token) -> list[Token]:
    """The people a verb is said of; through "set to", "signed on to" to the verb it completes."""
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("xcomp", "conj") \
            and verb.head.i != verb.i:
        verb = verb.head
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "A and B, who have joined X": a relative clause's "who" is its antecedent; "A and B are
    # among the actors who have joined X": the antecedent noun is what the copula's subject is
    # said to be among.
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        antecedent = verb.head
        if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "among" and antecedent.head.head.lemma_ == "be":
            subjects = [c for c in antecedent.head.head.children if c.dep_ == "nsubj"]
        else:
            while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head  # "A and B, who ...": the coordination's first name
            subjects = [antecedent]
    # "Emmy winner A has joined", "X actress A joins": the name in apposition to a noun subject
    subjects += [a for s in subjects if not kind_of(s) for a in s.children if a.dep_ == "appos"]
    return _people(subjects)


def _partners(verb: Token) -> list[Token]:
    """"alongside A and B", "opposite A": fellow cast members of the clause (cast_partner_words);
    "along with A, B and C" too, and "with A as their mother": one given a part of their own (a
    job after "as", "with A as director", is no part)."""
    words = lower_words("cast_partner_words")
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in words:
            found += [p for p in prep.children if p.dep_ == "pobj"]
        elif prep.lower_ == "along" and not any(c.dep_ == "conj" for c in verb.children):
            # (Not "A will star and executive produce, along with B": B may share either job.)
            found += [p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"
                      if not _crew_before(p)]
        elif prep.lower_ == "with":
            found += [p for p in prep.children if p.dep_ == "pobj" and _given_a_part(p)]
    return _people(found)


def _crew_before(person: Token) -> bool:
    """"along with co-creator B": a crew noun before the name says B's own job."""
    return person.i > person.sent.start and person.doc[person.i - 1].lower_ in CREW_NOUNS_BEFORE_NAME


def _given_a_part(person: Token) -> bool:
    """"with A as their mother", "with A as Mara": "as" right after the name (the parse hangs it
    on the name or on the verb) gives A a part when what follows is a family noun owned by a
    possessive or a character's name; a job ("as DP", "as line producer") is no part."""
    doc, after = person.doc, person.i + 1
    if after + 1 >= person.sent.end or doc[after].lower_ != "as":
        return False
    first = doc[after + 1]
    if first.lower_ in ("his", "her", "their", "its"):
        return True
    return first.pos_ == "PROPN" and not first.is_upper and first.lower_ not in NO_PART_NOUNS


# The nouns after "as" that are a job, not a part: "with A as director".
NO_PART_NOUNS = lower_words("role_title_words") | frozenset({"director", "producer", "writer", "showrunner", "creator", "co-creator",
                                                              "cinematographer", "composer", "editor", "consultant", "screenwriter"})
# The crew nouns that give a name after them its own job (_crew_before), joined once.
CREW_NOUNS_BEFORE_NAME = lower_words("prec5_card_epithet_nouns") | NO_PART_NOUNS


def _other_capacity(verb: Token) -> bool:
    """"A joins X as director", "A boards X to direct": joined in a capacity other than the cast.
    A capitalised name after "as" is a character ("joins X as Ruth Kane") and keeps the cast."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            if any(p.dep_ == "pobj" and p.pos_ != "PROPN" for p in child.children):
                return True
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and child.lemma_.lower() not in lower_words("cast_verbs"):
            return True
    return False


# "the latest to join", "the newest actor to board": an order word on the noun the verb describes
RANK_WORDS = frozenset({"latest", "newest", "last", "first"})


def _latest_to_join(verb: Token) -> list[Token]:
    """"A is the latest (actor) to join X": the infinitive describes a noun predicated of A, so A
    is the one who joins."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.dep_ != "attr" or not any(t.lower_ in RANK_WORDS for t in noun.subtree if t.i < verb.i):
        return []
    return _people([s for s in noun.head.children if s.dep_ == "nsubj"])


def _joined_by(verb: Token) -> Iterator[Fact]:
    """"A and B are joined by C and D in X": the passive of "C and D join A and B in X"; all of
    them star in the work of the "in" phrase (only a work: "joined by C in the announcement" casts
    no one)."""
    agents = _people([o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"])
    fellows = _people([c for c in verb.children if c.dep_ == "nsubjpass"])
    ins = [prep for h in [verb, *agents] for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in"]
    works = [w for prep in ins for w in _work_or_its_title(prep)][:1]
    if not (agents and fellows and works) or is_hedged(verb.doc, min(t.i for t in fellows), max(t.i for t in [*agents, *works]) + 1):
        return
    evidence = sentence_evidence(verb.sent)
    for person in [*fellows, *agents]:
        yield Fact(entity_of(works[0]), "starring", entity_of(person), evidence, "roles.cast_join", 0.75)


def cast_joins(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Someone who joins, boards or leads a work is in its cast:
    - "A has joined the cast of X", "A leads / rounds out the cast of X": the cast noun's "of";
    - "A joins the cast as Meg": no work named, the work the item is about;
    - "A joins B and C in X": A joins a cast that B and C are in already, so all three star;
    - "A boards X", "A will lead / headline / topline X": a work as the object;
    - "alongside B", "opposite B" in such a clause: B is in the same cast.
    The subject must be a person: a company boards or leads a project as its backer."""
    joining = lower_words("joining_verbs")
    cast_nouns = lower_words("cast_nouns")
    for verb in tokens_with(doc, pos=("VERB",), lemma=joining | {"board", "lead", "headline", "topline", "front", "round", "head"}):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in joining | {"board", "lead", "headline", "topline", "front", "round", "head"}:
            continue
        if lemma == "join" and any(c.dep_ == "agent" for c in verb.children):
            yield from _joined_by(verb)
            continue
        people = _subjects(verb) or _latest_to_join(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
        if lemma == "round":  # "round out the cast": the noun hangs on the particle's preposition
            objects += [o for prt in verb.children if prt.dep_ in ("prt", "prep") for o in prt.children if o.dep_ == "pobj"]
        cast = [o for o in objects if o.lower_ in cast_nouns]
        # "A has joined the drama series X", "the cast of the drama series X": the title in
        # apposition to a descriptive object is the work joined.
        # "has joined Dara Voss's “Empire Road” series": a title compounded with the object noun too.
        works = [w for o in objects for w in [o, *(a for a in o.children if a.dep_ == "appos"
                                                   or (a.dep_ in ("compound", "nmod") and o.lower_ in ("series", "show", "film", "movie", "drama", "comedy")))]
                 if kind_of(w) == "work"][:1]
        works += [w for o in cast for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for w in _work_or_its_title(prep)]
        # "A has joined the third season of X": one joins a show's season as one joins its cast.
        if not works and lemma in joining:
            works = [w for o in objects if o.lower_ in ("season", "series") for prep in o.children
                     if prep.dep_ == "prep" and prep.lower_ == "of" for w in _work_or_its_title(prep)][:1]
        fellows: list[Token] = []
        if lemma in joining and not cast and not works:
            # "A joins B and C in X": the work of the "in" phrase, the people joined its cast
            fellows = _people([o for o in objects if o.dep_ == "dobj"])
            # The parse hangs "in X" on the verb or on the fellow named last ("joins B, C and D
            # in X"); "joins B in the cast of X" names the work in the cast noun's "of".
            listed = [t for o in objects if o.dep_ == "dobj" for t in o.subtree if t.i == o.i or t.dep_ in ("conj", "appos")]
            ins = [prep for h in [verb, *listed] for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in"]
            works = [w for prep in ins for w in _work_or_its_title(prep)]
            works += [w for prep in ins for n in prep.children if n.dep_ == "pobj" and n.lower_ in cast_nouns
                      for of in n.children if of.dep_ == "prep" and of.lower_ == "of" for w in _work_or_its_title(of)]
            if not fellows:
                works = []
        if not cast and not works:
            continue
        if not people or (not cast and _other_capacity(verb)):
            continue
        sent = verb.sent
        if works:
            targets = [(entity_of(w), 1.0) for w in works]
        elif any(names_no_work(t) for o in cast for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in prep.subtree):
            continue  # "the cast of Syfy's pilot Dominion", Dominion not found as a work: its cast, no other
        else:
            targets = [work_of(sent, people[0].i, salient_work)]
        end = max([verb.i, *(t.i for t in objects), *(w.i for w in works)]) + 1
        if is_hedged(doc, min(p.i for p in people), end):
            continue
        evidence = sentence_evidence(sent)
        for work, weight in targets:
            if not work:
                continue
            for person in [*people, *fellows, *_partners(verb)]:
                yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_join", round(0.75 * weight, 2))


def _cast_noun_of(verb: Token, prep_word: str) -> Token | None:
    """The cast noun a verb's preposition governs: "added A to the cast" -> "cast"."""
    cast_nouns = lower_words("cast_nouns")
    return next((n for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == prep_word
                 for n in prep.children if n.dep_ == "pobj" and n.lower_ in cast_nouns), None)


def cast_additions(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"X has added A (Y), B and C to its cast", "A and B have been added to the cast of X": the
    people added to a cast (cast_adding_verbs, with "to" and a cast noun) star in the work of
    the cast's "of", else the work that does the adding, else the work the item is about. So do
    people added "as a series regular (on X)": a regular part is a place in the cast."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=lower_words("cast_adding_verbs")):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lower_words("cast_adding_verbs"):
            continue
        cast = _cast_noun_of(verb, "to")
        regular = _regular_part(verb) if cast is None else None
        if cast is None and regular is None:
            continue
        people = _people([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")])
        if not people:
            continue
        if cast is not None:
            named = [w for prep in cast.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for w in prep.children if w.dep_ == "pobj" and kind_of(w) == "work"]
        else:
            named = [w for w in [_regular_work(regular)] if w is not None]
            cast = regular
        named = named or [s for s in verb.children if s.dep_ == "nsubj" and kind_of(s) == "work"]
        work, weight = (entity_of(named[0]), 1.0) if named else work_of(verb.sent, verb.i, salient_work)
        if not work or is_hedged(doc, min(verb.i, *(p.i for p in people)), max(cast.i, *(p.i for p in people)) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_addition", round(0.75 * weight, 2))


def _regular_part(verb: Token) -> Token | None:
    """"added A as a series regular", "added A and B as regulars": the part (cast2_regular_words)
    an "as" phrase right after the added people names, read on the tokens (the parser hangs
    "regular" on "series" as a modifier). Returns the part's word."""
    doc = verb.doc
    window = doc[verb.i + 1:min(verb.i + 12, verb.sent.end)]
    as_ = next((t for t in window if t.lower_ == "as"), None)
    if as_ is None or any(t.lower_ in ("to", "in", "on", "for") for t in doc[verb.i + 1:as_.i]):
        return None
    k = as_.i + 1
    # "as a recurring guest star", "as a new series lead": a part in the cast, with its modifiers.
    while k < verb.sent.end and doc[k].lower_ in ("a", "an", "the", "new", "series", "full-time", "recurring", "main", "guest") \
            and not (doc[k].lower_ == "guest" and (k + 1 >= verb.sent.end or doc[k + 1].lower_ not in ADDED_PARTS)):
        k += 1
    return doc[k] if k < verb.sent.end and (doc[k].lower_ in lower_words("cast2_regular_words") or doc[k].lower_ in ADDED_PARTS) else None


# The parts a cast is added "as" besides a regular's: "as a recurring guest star", "as the lead".
ADDED_PARTS = frozenset({"star", "stars", "lead", "leads", "guest", "role"})


def _regular_work(regular: Token) -> Token | None:
    """The work of "as a series regular on/in/for X" (a genre noun may stand before the title)."""
    doc, k = regular.doc, regular.i + 1
    if k >= regular.sent.end or doc[k].lower_ not in ("on", "in", "for"):
        return None
    for t in doc[k + 1:min(k + 5, regular.sent.end)]:
        if kind_of(t) == "work":
            return t
        if not (t.pos_ in ("DET", "ADJ") or t.lower_ in lower_words("work_genre_heads") or t.text in ("\u201c", "\"")):
            return None
    return None


def _cast_members(cast: Token) -> list[Token]:
    """The names a cast noun lists: "a cast made up of A and B", "a cast that includes A",
    "the cast, led by A", "the ensemble including A and B", "the cast is rounded out by A"."""
    verbs, preps = lower_words("cast3_cast_member_verbs"), lower_words("cast3_cast_member_preps")
    heads: list[Token] = []
    for child in cast.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
            heads += [c for c in child.children if c.dep_ == "dobj"]
            heads += [o for prep in child.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by")
                      for o in prep.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in preps:
            heads += [o for o in child.children if o.dep_ == "pobj"]
    verb = cast.head
    # "Additional cast members added today include A": the small model makes the reduced relative
    # the noun's verb and hangs it on "include"; the listing verb is the one it hangs on.
    if (cast.dep_ == "nsubj" and verb.lemma_.lower() not in verbs and verb.tag_ in ("VBD", "VBN")
            and verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in verbs):
        verb = verb.head
    if cast.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in verbs:
        heads += [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for prep in verb.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by")
                  for o in prep.children if o.dep_ == "pobj"]
    return _people(heads)


def _cast_copula_subjects(cast: Token) -> list[Token]:
    """"A is part of the cast of X", "A will be among the cast", "A was in the cast of X": the
    subject of a copula whose complement places it in a cast (cast3_cast_part_nouns)."""
    prep = cast.head
    if cast.dep_ != "pobj" or prep.lower_ not in ("of", "in", "among"):
        return []
    head = prep.head
    if head.lower_ in lower_words("cast3_cast_part_nouns") and prep.lower_ == "of" and head.dep_ in ("attr", "acomp"):
        head = head.head
    elif prep.lower_ == "of":
        return []
    if head.lemma_ != "be" or any(c.dep_ == "neg" for c in head.children) \
            or any(t.lower_ in ("no", "never") for t in cast.doc[head.i:cast.i]):
        return []  # "A will not be part of the cast", "A is no longer part of the cast"
    return _subjects(head)


def _cast_work(cast: Token) -> Token | None:
    """The work a cast noun's "of" or "for" names, through a season: "the cast for season 2 of X"."""
    seasons = lower_words("cast2_season_nouns")
    for prep in cast.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if kind_of(pobj) == "work":
                return pobj
            if pobj.lower_ in seasons:
                work = next((w for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for w in p.children if w.dep_ == "pobj" and kind_of(w) == "work"), None)
                if work is not None:
                    return work
    return None


def cast_members(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """A cast noun (cast_nouns) whose members a participle, relative clause or preposition lists
    ("joining a cast made up of A, B and C", "the film has a cast that includes A", "the
    ensemble, led by A and B"), or the subject a copula places in it ("A is part of the cast of
    X", "A was in the cast"), puts each of them in the cast of the work the noun's "of" or "for"
    names, else of the work the sentence or item is about. A cast said to be hoped for or denied
    ("could include", "does not include") gives nothing."""
    cast_nouns = lower_words("cast_nouns")
    for cast in tokens_with(doc, lower=cast_nouns | {"member", "members"}, pos=("NOUN",)):
        # "cast members including A and B": the members of a cast are the cast.
        cast_compound = cast.lower_ in ("member", "members") and any(
            c.dep_ == "compound" and c.lower_ in cast_nouns for c in cast.children)
        if (cast.lower_ not in cast_nouns and not cast_compound) or cast.pos_ != "NOUN":
            continue
        members = _cast_members(cast)
        subjects = _cast_copula_subjects(cast)
        people = members + subjects
        if not people:
            continue
        named = _cast_work(cast)
        work, weight = (entity_of(named), 1.0) if named is not None else work_of(cast.sent, cast.i, salient_work)
        start = min(cast.i, cast.head.i, *(p.i for p in subjects), *(t.i for p in subjects for t in [p.head]))
        if not work or is_hedged(doc, start, max(p.i for p in people) + 1):
            continue
        evidence = sentence_evidence(cast.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_members", round(0.75 * weight, 2))


# "The cast of the drama X includes A, B and C", "Executive producers on X are A and B": a group
# noun, its work, then a listing verb and the people. Read on the tokens: the small parser takes
# the title for the verb's subject and the group noun for a sentence of its own, so no parse path
# joins the group to its members. The group noun gives the credit.
GROUP_CREDITS = {"cast": "starring", "ensemble": "starring", "stars": "starring", "producers": "producer",
                 "writers": "writtenBy", "directors": "directedBy"}
GROUP_LIST_VERBS = frozenset({"include", "includes", "included", "are", "were", "is", "comprises", "features"})


def _group_credit(doc: Doc, noun: Token) -> str:
    """The credit a group noun gives: "cast", "ensemble", "(executive) producers", "EPs"."""
    if noun.lower_ in ("eps", "exec") or (noun.lower_ == "producers" and noun.i > 0 and doc[noun.i - 1].lower_ in ("executive", "exec")):
        return "executiveProducer"
    return GROUP_CREDITS.get(noun.lower_, "")


def group_of_work_lists(doc: Doc) -> Iterator[Fact]:
    """"The cast of the drama X includes A, B and C", "Executive producers on X are A and B",
    "The ensemble of X also includes A": each listed person gets the group's credit on X. The
    work must follow the group noun's "of"/"on"/"for" at once (a genre noun and "the" may come
    between); hedged or denied lists ("could include", "does not include") give nothing."""
    for noun in tokens_with(doc, lower=("cast", "ensemble", "stars", "producers", "writers", "directors", "eps")):
        credit = _group_credit(doc, noun)
        sent = noun.sent
        i = noun.i + 1
        if not credit or i >= sent.end or doc[i].lower_ not in ("of", "on", "for"):
            continue
        i += 1
        while i < sent.end and not kind_of(doc[i]) and (doc[i].lower_ in ("the", "a", "new", "upcoming") or doc[i].lower_ in lower_words("title_slot_nouns")):
            i += 1
        if i >= sent.end or kind_of(doc[i]) != "work":
            continue
        work = doc[i]
        while i < sent.end and kind_of(doc[i]) == "work" and entity_of(doc[i]) == entity_of(work):
            i += 1
        if i < sent.end and doc[i].lower_ == "also":
            i += 1
        if i >= sent.end or doc[i].lower_ not in GROUP_LIST_VERBS:
            continue
        people = _listed_after(doc, i + 1, sent.end, "person")
        if not people or is_hedged(doc, noun.i, people[-1].i + 1):
            continue
        evidence = sentence_evidence(sent)
        for person in people:
            yield Fact(entity_of(work), credit, entity_of(person), evidence, "roles.group_of_work", 0.75)


# "Best Director", "best actress", "Best Adapted Screenplay": an award category names the credit
# its winner earned for the work named after "for".
AWARD_CATEGORY_RE = re.compile(r"\bbest\s+(?:[a-z]+\s+){0,2}?(?P<cat>director|directing|direction|screenplay|script|actor|actress|performance|"
                               r"lead\s+performance|supporting\s+performance)\b", re.I)
AWARD_CATEGORY_CREDITS = {"director": "directedBy", "directing": "directedBy", "direction": "directedBy", "screenplay": "writtenBy",
                          "script": "writtenBy", "actor": "starring", "actress": "starring", "performance": "starring"}


def award_credits(doc: Doc) -> Iterator[Fact]:
    """"The Silver Bear for Best Director went to A for X", "A won best actress for her role in
    X": the winner of a director's, writer's or performer's award earned it for the work named
    after "for", so she directed, wrote or starred in it. The winner is the first person after
    the category with "for" right after her name, or the last person before a category that
    "for" follows; a hedged or denied award gives nothing."""
    for sent in doc_sents(doc):
        said = sentence_text(sent)
        for cat in AWARD_CATEGORY_RE.finditer(said):
            at, end = sent.start_char + cat.start(), sent.start_char + cat.end()
            people = [t for t in entity_tokens_within(doc, sent.start, sent.end, "person") if t.i + 1 >= sent.end or entity_of(doc[t.i + 1]) != entity_of(t)]
            after_cat = next((t for t in sent if t.idx >= end), None)
            if after_cat is not None and after_cat.lower_ == "for":
                # "A won Best Director for X"
                winner = next((t for t in reversed(people) if t.idx < at), None)
                k = after_cat.i
            else:
                # "Best Director went to A for X"
                winner = next((t for t in people if t.idx > at and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "for"), None)
                k = winner.i + 1 if winner is not None else -1
            if winner is None:
                continue
            work = next((t for t in doc[k + 1:min(k + 9, sent.end)] if kind_of(t) == "work"), None)
            # "won best actress for Tove Lund's Cold Water": the director's possessive may stand
            # before the title; any other name or a verb between says the work is another's.
            between = [t for t in doc[k + 1:work.i]] if work is not None else []
            owner = [t for t in between if kind_of(t) == "person"]
            if owner and between[-1].tag_ == "POS" and all(kind_of(t) == "person" or t.tag_ == "POS" or t.text in ("\u201c", "\"") for t in between):
                between = []
            if work is None or any(kind_of(t) or t.pos_ in ("VERB", "AUX") for t in between) or is_hedged(doc, sent.start, sent.end):
                continue
            predicate = AWARD_CATEGORY_CREDITS[cat.group("cat").split()[-1].lower()]
            yield Fact(entity_of(work), predicate, entity_of(winner), sentence_evidence(sent), "roles.award_credit", 0.7)


# Verbs after whose object "with A" names a partner in the work, not its star.
# (A "co-" verb takes its verb's lemma: co_lemmas.) Verbs of buying too: "has picked up X, with
# A" names who comes with the deal.
WITH_PARTNER_VERBS = frozenset({"produce", "make", "develop", "create", "write", "direct", "shoot", "film", "finance", "package",
                                "adapt", "acquire", "buy", "pick", "option", "land", "secure", "remake", "reboot"})
# Nouns whose "of"/"to" object is a work other than the one the aside is about: "the rights to X,
# with A", "a remake of X, with A".
WITH_OTHER_WORK_NOUNS = frozenset({"rights", "remake", "reboot", "adaptation", "version", "sequel", "prequel", "spinoff", "spin-off"})


def with_casts(doc: Doc) -> Iterator[Fact]:
    """"The comedy X, with A and B, opened third", "Y, with A.": an aside opening with "with"
    right after a title lists its stars, as box-office and review copy writes them. The list
    must close the aside (a comma or the sentence's end): "with A directing", "with A at the
    helm", "with A as producer" name a crew, and a company after "with" is a partner."""
    for work in entity_tokens(doc, "work"):
        if kind_of(work) != "work" or (work.i > 0 and entity_of(doc[work.i - 1]) == entity_of(work)):
            continue
        # The comma, and a closing quote before or after it ("“X,” with A").
        i, comma = entity_end(work) + 1, False
        while i < min(len(doc), entity_end(work) + 3) and doc[i].text in (",", "\u201d", "\""):
            comma = comma or doc[i].text == ","
            i += 1
        sent = work.sent
        if not comma or i + 1 >= sent.end or doc[i].lower_ != "with" or kind_of(doc[i + 1]) != "person":
            continue
        # "The company produced X, with A, for Nat Geo": after a verb of making, "with" names a
        # partner in the making.
        if work.dep_ in ("dobj", "appos") and work.head.lemma_.lower() in WITH_PARTNER_VERBS:
            continue
        if work.dep_ == "pobj" and work.head.head.lower_ in WITH_OTHER_WORK_NOUNS:
            continue
        people = coordinated(doc[i + 1])
        after = entity_end(people[-1]) + 1
        if after < sent.end and doc[after].text not in (",", ".", ";", ")") or is_hedged(doc, work.i, after):
            continue
        # "X, with A, who also directed," / "X, with A, the author,": the aside goes on to say
        # what A is; a star is named bare.
        if after + 1 < sent.end and doc[after].text == "," and doc[after + 1].lower_ in ("who", "whose", "the", "a", "an", "its", "their", "his", "her"):
            continue
        for person in people:
            yield Fact(entity_of(work), "starring", entity_of(person), sentence_evidence(sent), "roles.with_cast", 0.7)


def paired_stars(doc: Doc) -> Iterator[Fact]:
    """"the Tom Hale-Lena Marsh comedy Ember": two names fused by a hyphen into a modifier of a
    work are its two stars. The noun phrase runs on to its title through modifiers and the
    companies that made it ("the A-B acclaimed Fenwick comedy X"); a verb, comma or preposition
    ends it."""
    for first in entity_tokens(doc, "person"):
        if kind_of(first) != "person" or first.i + 3 >= len(doc) or doc[first.i + 1].text != "-":
            continue
        second = doc[first.i + 2]
        if kind_of(second) != "person" or first.whitespace_ or doc[first.i + 1].whitespace_:
            continue
        work = None
        for token in doc[second.i + 1:min(second.i + 10, second.sent.end)]:
            if kind_of(token) == "work":
                work = token
                break
            if kind_of(token) == "person" or (token.pos_ in ("VERB", "AUX", "PUNCT", "ADP")
                                                and token.dep_ not in ("amod", "advmod", "compound")):
                break  # "acclaimed" modifies the noun: the phrase goes on
        if work is None or is_hedged(doc, first.i, work.i + 1):
            continue
        evidence = sentence_evidence(first.sent)
        for person in (first, second):
            yield Fact(entity_of(work), "starring", entity_of(person), evidence, "roles.paired_stars", 0.7)


def _debut_people(debut: Token) -> list[Token]:
    """Whose debut: the possessor ("Tom Hale's directorial debut"), the "of" phrase ("the
    directorial debut of Tom Hale") or the subject of the verb the debut hangs from ("Tom Hale
    will make his directorial debut")."""
    # The possessive may hang from a modifier before the noun: the parser reads "Tom Hale's
    # feature directorial debut" as Hale's feature, the feature qualifying the debut.
    owners = [c for m in (debut, *(c for c in debut.children if c.dep_ in ("nmod", "compound") and c.i < debut.i))
              for c in m.children if c.dep_ == "poss" and kind_of(c) == "person"]
    if owners:
        return owners
    # "A, whose directorial effort X won a prize": the relative's antecedent owns the debut.
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in debut.children):
        clause = next((a for a in debut.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and kind_of(clause.head) == "person":
            return [clause.head]
    # "X marks A's feature directing debut": the parser may take "directing" for a verb whose
    # subject is the possessed "feature"; the possessive before the noun's modifiers names her.
    k = debut.i - 1
    while k > debut.sent.start and debut.doc[k].is_lower and debut.doc[k].tag_ != "POS" and debut.i - k <= 3:
        k -= 1
    if debut.doc[k].tag_ == "POS" and k > debut.sent.start and kind_of(debut.doc[k - 1]) == "person":
        return [debut.doc[k - 1]]
    # "X marks the (feature) directorial debut of A (and B)": the "of" phrase names whose debut it
    # is, as the possessive does; the verb's subject is then the work, not a person.
    of_people = [p for prep in debut.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for w in prep.children if w.dep_ == "pobj" for p in coordinated(w) if kind_of(p) == "person"]
    if of_people:
        return of_people
    node = debut
    while node.head.i != node.i and node.pos_ != "VERB":
        node = node.head
    return [p for s in node.children if s.dep_ == "nsubj" for p in coordinated(s) if kind_of(p) == "person"]


def directorial_debuts(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A will make her directorial debut with X", "X marks A's feature directorial debut": a
    directorial debut is the work A directs. The work is the one "with"/"on" names, or the
    subject of "marks", else the work the sentence (or the article) is about. The other heads of
    the lexicon's directorial_heads ("A's sophomore directorial effort, X", "X, the second
    directorial outing of A") are read the same way but need the work named: "A's next
    directorial project" may have no title yet."""
    heads = lower_words("directorial_heads")
    for debut in tokens_with(doc, lemma=tuple(sorted(heads))):
        if debut.lemma_.lower() not in heads or debut.i == 0 or doc[debut.i - 1].lower_ not in ("directorial", "directing"):
            continue
        people = _debut_people(debut)
        if not people:
            continue
        sent: Span = debut.sent
        verb = debut.head
        if verb.lower_ == "directing" and verb.dep_ in ("ccomp", "xcomp", "dobj"):
            verb = verb.head  # "will mark A's feature directing debut", "directing" taken for a verb
        named = [w for head in (debut, verb) for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("with", "on")
                 for w in prep.children if w.dep_ == "pobj" and kind_of(w) == "work"]
        if not named and verb.lemma_ == "mark":
            named = [t for t in doc[sent.start:verb.i] if kind_of(t) == "work"][-1:]
        # "A's directorial effort, X," / "X, the directorial outing of A": an apposition names it
        if not named:
            named = [c for c in debut.children if c.dep_ == "appos" and kind_of(c) == "work"][:1] \
                or ([debut.head] if debut.dep_ == "appos" and kind_of(debut.head) == "work" else [])
        # "nabbed A's directorial debut “X”": the title right after the noun (past its quotes and
        # comma), however the parser hung it.
        if not named:
            k = debut.i + 1
            while k < sent.end and doc[k].text in (",", "\u201c", "\"", "'", "\u2018"):
                k += 1
            if k < sent.end and kind_of(doc[k]) == "work" and not ref_of(doc[k]):
                named = [doc[k]]
        if not named and debut.lemma_.lower() != "debut":
            continue
        work, weight = (entity_of(named[0]), 1.0) if named else work_of(sent, min(p.i for p in people), salient_work)
        ends = [debut.i, *(p.i for p in people), *(w.i for w in named)]
        if not work or is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(sent)
        # "Her 2000 feature directorial debut X won ...", "X marked A's directorial debut": a debut
        # dated or told in the past is done, a calling card of the director's (not "her upcoming
        # directorial debut", not "will mark").
        done = bool(named) and not any(c.lower_ in ("upcoming", "next", "new", "forthcoming", "planned") for c in debut.children) \
            and (any(re.fullmatch(r"(?:19|20)\d\d", c.text) for c in debut.children) or sent.root.tag_ == "VBD")
        for person in people:
            yield Fact(work, "directedBy", entity_of(person), evidence, "roles.directorial_debut", round(0.75 * weight, 2))
            if done:
                yield Fact(entity_of(person), "knownFor", work, evidence, "roles.directorial_debut_known", round(0.7 * weight, 2))


def _phrase_work(verb: Token, preps: tuple[str, ...] = ("in", "on")) -> tuple[str, Token | None]:
    """What a casting verb's "in"/"on" phrase names: ("named", the work) for a title, its
    apposition ("the series Red Harbour") or its season ("Season 3 of Red Harbour"); ("generic",
    None) for a bare work noun ("the upcoming series"), whose work is the one the item is about;
    ("other", None) for anything else ("a recurring role", a pilot with no title we know);
    ("none", None) when there is no such phrase."""
    seasons, generic = lower_words("cast2_season_nouns"), lower_words("work_genre_heads")
    fallback = "none"  # a bare work noun or season gives way to a later phrase that names the title
    # "cast as a series regular in X": the phrase may hang on the part the verb casts as
    parts = [t for a in verb.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj"
             for t in p.subtree if t.dep_ == "prep"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "will guest star in X": the noun's phrase
    for prep in [*verb.children, *parts, *(c for o in objects for c in o.children)]:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if kind_of(pobj) == "work":
                return "named", pobj
            titled = next((c for c in pobj.children if c.dep_ in ("appos", "compound") and kind_of(c) == "work"), None)
            if titled is not None:
                return "named", titled
            if any(c.dep_ == "poss" and c.pos_ == "PROPN" and kind_of(c) != "work" for c in pobj.children):
                return "other", None  # "in Grey's Anatomy's season finale": a title we do not know
            if pobj.lower_ in seasons:
                of = [w for head in (pobj, prep.head, verb) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for w in p.children if w.dep_ == "pobj" and kind_of(w) == "work"]
                if of:
                    return "named", of[0]
                fallback = "generic"
                continue
            if pobj.lower_ in generic and not any(kind_of(c) for c in pobj.subtree):
                # "in the drama Glasshouse": the parse may hang the title after the noun elsewhere.
                after = next((t for t in pobj.doc[pobj.i + 1:pobj.sent.end] if t.text not in ("\u201c", '"')), None)
                if after is not None and kind_of(after) == "work" and after.i <= pobj.i + 2:
                    return "named", after
                fallback = "generic"
                continue
            return "other", None
    return fallback, None


def _cast_target(verb: Token, people: list[Token], salient_work: str,
                 preps: tuple[str, ...] = ("in", "on")) -> tuple[str, float]:
    """The work a casting clause is about: the one its "in"/"on" phrase names, else (a bare work
    noun, or no such phrase) the one the sentence (before the verb and the people) or the item is
    about; nothing when the phrase names something we do not know as a work, which must not fall
    back on another title."""
    status, named = _phrase_work(verb, preps)
    if status == "named":
        return entity_of(named), 1.0
    if status == "other":
        return "", 0.0
    work, weight = work_of(verb.sent, min([verb.i, *(p.i for p in people)]), salient_work)
    # "A has been cast to play Lester, in HBO's X": a title later in the sentence, which the parse
    # hangs elsewhere, is what the casting is about; the paragraph's or article's work is not.
    if work and not any(entity_of(t) == work for t in verb.sent) and any(
            kind_of(t) == "work" and t.i > verb.i for t in verb.sent):
        return "", 0.0
    return work, weight


def cast_passives(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A (X), B and C have all been cast in the series", "A has been cast as Meg in Season 3 of
    Y": the subjects of a passive casting verb (the lexicon's cast2_passive_verbs) are in the cast,
    and so is a partner the casting names ("cast opposite B", "alongside B").
    The list before the verb may hold parentheses of credits and "all"/"both" before the verb."""
    verbs = lower_words("cast2_passive_verbs")
    acting = lower_words("cast_verbs")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        # "A has been tapped/recruited to direct X": the infinitive names the job the person was
        # chosen for, and only an acting one ("tapped to play the lead") is a casting.
        if any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in acting
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
            continue
        people = _people([c for c in verb.children if c.dep_ == "nsubjpass"])
        left = min([c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "advmod", "dep", "neg")],
                   default=verb.i)
        # "A has been cast opposite B in X": the partner is in the same cast.
        found = {p.i: p for p in [*people, *_listed_before(doc, verb.sent.start, left, "person"), *_partners(verb)]}
        people = [found[i] for i in sorted(found)]
        if not people:
            continue
        work, weight = _cast_target(verb, people, salient_work)
        if not work or is_hedged(doc, min(p.i for p in people), verb.i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_passive", round(0.75 * weight, 2))


def cast_actives(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Harbour Films has cast A and B in Glasshouse", "the series has cast A as Meg": the people
    a company or a work casts (the active "cast", its object the players) are in the cast of
    the work its "in" phrase names, of the work that casts, or of the work the item is about."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=("cast",)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "cast" or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        people = _people([c for c in verb.children if c.dep_ == "dobj"])
        subject = _clause_subject(verb)
        if not people or subject is None:
            continue
        generic = not kind_of(subject) and subject.lower_ in lower_words("work_genre_heads")
        if not (kind_of(subject) in ("org", "work") or generic):
            continue
        status, _ = _phrase_work(verb, ("in", "on"))
        if kind_of(subject) == "work" and status == "none":
            work, weight = entity_of(subject), 1.0
        elif generic and status == "none":
            work, weight = work_of(verb.sent, subject.i, salient_work)
        else:
            work, weight = _cast_target(verb, people, salient_work)
        if not work or is_hedged(doc, subject.i, people[-1].i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_active", round(0.75 * weight, 2))


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, through the verbs it completes ("is set to star", "will also star")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return subject
        node = node.head
    return None


def work_stars(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Red Harbour is also set to star A and B", "the thriller will star A": a work (or a bare
    work noun, or "it") as the subject of a transitive starring verb (cast2_work_star_verbs) with
    people as its object names its cast. A person subject ("A will star B") is no such clause."""
    verbs, generic = lower_words("cast2_work_star_verbs"), lower_words("work_genre_heads")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        people = _people([c for c in verb.children if c.dep_ == "dobj"])
        subject = _clause_subject(verb)
        if not people or subject is None:
            continue
        if kind_of(subject) == "work":
            work, weight = entity_of(subject), 1.0
        elif not kind_of(subject) and (subject.lower_ in generic or subject.lower_ == "it"):
            work, weight = work_of(verb.sent, subject.i, salient_work)
        else:
            continue
        if not work or is_hedged(doc, subject.i, people[-1].i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.work_stars", round(0.75 * weight, 2))


def regular_promotions(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"X has promoted A to series regular", "A has been upped to series regular for Season 2": a
    player promoted to a regular part (cast2_promotion_verbs, with a cast2_regular_words after
    "to") is in the cast of the work that promotes, else the one the item is about."""
    verbs, regular = lower_words("cast2_promotion_verbs"), lower_words("cast2_regular_words")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        after = doc[verb.i + 1:min(verb.i + 8, verb.sent.end)]
        to = next((t for t in after if t.lower_ == "to"), None)
        if to is None or not any(t.lower_ in regular for t in doc[to.i + 1:min(to.i + 4, verb.sent.end)]):
            continue
        people = _people([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")])
        if not people:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and kind_of(subject) == "work":
            work, weight = entity_of(subject), 1.0
        elif subject is not None and kind_of(subject):
            continue  # a company or a person promotes: the work is not stated
        else:
            work, weight = _cast_target(verb, people, salient_work)
        if not work or is_hedged(doc, min(verb.i, *(p.i for p in people)), to.i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.promotion", round(0.75 * weight, 2))


# The screen nouns of a described work (the title slots' nouns less the source ones: "a novel
# with A" has no cast).
SOURCE_SLOT_NOUNS = frozenset({"novel", "memoir", "book", "podcast", "franchise", "classic", "title", "bestseller", "best-seller", "play",
                               "stage play", "novella", "short story", "comic", "comic book", "graphic novel", "video game", "manga",
                               "webtoon", "debut", "feature debut", "directorial debut", "adaptation"})


def described_casts(doc: Doc) -> Iterator[Fact]:
    """"X, a 1966 western with A and B", "X is a thriller with A and B": a screen work's
    description with "with" and people names its cast. Not "with A directing" (an absolute
    clause gives a job), and only the noun's own "with" (a verb's is a partner or a means)."""
    nouns = lower_words("title_slot_nouns") - SOURCE_SLOT_NOUNS
    for noun in tokens_with(doc, lower=nouns):  # the tagger reads "western" or "musical" as an adjective too
        if noun.lower_ not in nouns:
            continue
        if noun.dep_ == "appos" and kind_of(noun.head) == "work":
            work = noun.head
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            work = next((c for c in noun.head.children if c.dep_ == "nsubj" and kind_of(c) == "work"), None)
        else:
            continue
        if work is None:
            continue
        people = [t for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "with"
                  for pobj in prep.children if pobj.dep_ == "pobj" for t in coordinated(pobj)
                  if kind_of(t) == "person" and not any(c.tag_ in ("VBG", "VBN") for c in t.children)]
        if not people or is_hedged(doc, work.i, people[-1].i + 1):
            continue
        for person in people:
            yield Fact(entity_of(work), "starring", entity_of(person), sentence_evidence(noun.sent), "roles.described_cast", 0.7)


def work_epithets(doc: Doc) -> Iterator[Fact]:
    """"Ember alum Tom Hale", "Ember actress Lena Marsh", "Ember's Tom Hale": a title right before
    a name, as its possessive or with an epithet noun of the lexicon's cast2_epithet_nouns, names
    the work the person is known for (trade news introduces players by their best-known credit)."""
    for work in entity_tokens(doc, "work"):
        person = epithet_person(work) if kind_of(work) == "work" else None
        if person is None or is_hedged(doc, work.i, person.i + 1):
            continue
        for one in _epithet_people(person):
            yield Fact(entity_of(one), "knownFor", entity_of(work), sentence_evidence(work.sent),
                       "roles.work_epithet", 0.7)


def _epithet_people(person: Token) -> list[Token]:
    """The people an epithet names: after a plural noun ("Ember producers A and B", "Ember
    stars A, B and C") every name coordinated with the first; after a singular one the first alone."""
    before = person.doc[person.i - 1] if person.i else None
    if before is None or before.tag_ != "NNS" and not before.lower_.endswith("s"):
        return [person]
    return [t for t in coordinated(person) if kind_of(t) == "person"]


# "executive" before "producer" makes the credit an executive producer's: "X executive producer A".
EPITHET_JOINERS = frozenset({"-", "/", "and", "&"})


def epithet_credits(doc: Doc) -> Iterator[Fact]:
    """"Ember star Tom Hale", "Ember director Ana Ruiz", "Ember writer-director Ana Ruiz": when
    the epithet between a title and a name is only credit nouns (the lexicon's
    cast3_epithet_credits), it says which credit the calling card is, so the work also has that
    person in its cast or crew. An epithet with any other noun ("Ember alum", "Ember
    correspondent") stays a calling card only (work_epithets)."""
    table = lexicon_table("cast3_epithet_credits")
    by_noun = {w: p for p, nouns in table.items() for w in nouns}
    for work in entity_tokens(doc, "work"):
        person = epithet_person(work) if kind_of(work) == "work" else None
        if person is None or is_hedged(doc, work.i, person.i + 1):
            continue
        j = work.i + 1
        while j < person.i and (doc[j].text in ("\u201d", "\"", "'", "\u2019") or doc[j].tag_ == "POS"
                                or doc[j].lower_ in ("'s", "\u2019s")):
            j += 1
        j = past_year_bracket(doc, j, person.i)  # "“Ember” (2016) writer A"
        segment = doc[j:person.i]
        predicates: list[str] = []
        for k, token in enumerate(segment):
            if token.lower_ == "executive" and k + 1 < len(segment) and segment[k + 1].lower_ == "producer":
                predicates.append("executiveProducer")
            elif token.lower_ in by_noun:
                if not (token.lower_ == "producer" and k > 0 and segment[k - 1].lower_ == "executive"):
                    predicates.append(by_noun[token.lower_])
            elif k == 0 or token.lower_ not in EPITHET_JOINERS:
                predicates = []
                break
        evidence = sentence_evidence(work.sent)
        for predicate in dict.fromkeys(predicates):
            for one in _epithet_people(person):
                for listed in [work, *_coordinated_works_before(work)]:
                    yield Fact(entity_of(listed), predicate, entity_of(one), evidence, "roles.epithet_credit", 0.7)


def _coordinated_works_before(work: Token) -> list[Token]:
    """"Sunfall, Low Tide and Ember director Ana Ruiz": the titles coordinated before the last
    one share its epithet, so each has the same credit. Only a bare list of titles joined by
    commas and "and" counts; any other word ends it."""
    doc, found = work.doc, []
    i = work.i - 1
    while i > work.sent.start and doc[i].text in ("\u201c", "\"", "\u2018"):
        i -= 1
    while i > work.sent.start and doc[i].lower_ in (",", "and", "&"):
        j = i - 1
        if doc[j].lower_ in (",", "and") and j > work.sent.start:
            j -= 1  # "A, and B"
        while j > work.sent.start and doc[j].text in ("\u201d", "\"", "\u2019"):
            j -= 1
        if kind_of(doc[j]) != "work":
            break
        found.append(doc[j])
        i = j - 1
        while i > work.sent.start and doc[i].text in ("\u201c", "\"", "\u2018"):
            i -= 1
    return found


# Role nouns that may be coordinated with a credit noun without giving a credit of their own.
NEUTRAL_ROLE_NOUNS = frozenset({"creator", "co-creator", "showrunner", "co-showrunner"})


def _role_predicates(segment: list[str]) -> list[str] | None:
    """The credits of a run of coordinated role nouns ("writer and director", "creator,
    writer and executive producer"), or None when a word of the run is no role noun or joiner."""
    by_noun = {w: p for p, nouns in lexicon_table("cast3_epithet_credits").items() for w in nouns}
    predicates: list[str] = []
    for k, low in enumerate(segment):
        if low == "executive" and k + 1 < len(segment) and segment[k + 1] in ("producer", "producers"):
            predicates.append("executiveProducer")
        elif low in ("producer", "producers") and k > 0 and segment[k - 1] == "executive":
            continue
        elif low in by_noun:
            predicates.append(by_noun[low])
        elif low not in NEUTRAL_ROLE_NOUNS and (k == 0 or low not in EPITHET_JOINERS | {","}):
            return None
    return predicates


def apposition_role_credits(doc: Doc) -> Iterator[Fact]:
    """"A, the writer and director of X, ...", "A, creator and executive producer of X": an
    apposition whose coordinated role nouns (cast3_epithet_credits, with "executive producer";
    "creator" and "showrunner" join without a credit) take one "of" phrase credits A with each
    role on X, a calling card too. One role noun alone is credits.director_of's. The first noun
    may come merged with its article as a reference to A ("the writer")."""
    role_words = {w for nouns in lexicon_table("cast3_epithet_credits").values() for w in nouns}
    role_words |= NEUTRAL_ROLE_NOUNS | {"executive", "producers"}
    for of in tokens_with(doc, lower=("of",)):
        work = None
        for t in doc[of.i + 1:of.i + 6]:
            if kind_of(t) == "work":
                work = t
                break
            if not (t.text in ("\u201c", "\"", "'", "\u2018") or t.pos_ in ("DET", "ADJ", "NUM") or kind_of(t) == "org"
                    or t.lower_ in lower_words("work_genre_heads")):
                break
        if work is None:
            continue
        words: list[str] = []
        k = of.i - 1
        while k > 0 and (doc[k].lower_ in role_words | EPITHET_JOINERS or doc[k].text == ","):
            words.insert(0, doc[k].lower_)
            k -= 1
        head = doc[k].lower_.split()
        if ref_of(doc[k]) and len(head) == 2 and head[0] in ("the", "a", "an") and head[1] in role_words:
            words.insert(0, head[1])  # "the writer": the article and the first noun, merged
            k -= 1
        elif doc[k].lower_ in ("the", "a", "an"):
            k -= 1
        while words and (words[0] == "," or words[0] in EPITHET_JOINERS):
            words.pop(0)
            k += 1
        predicates = _role_predicates(words) if words else None
        if not predicates or sum(1 for w in words if w in role_words - {"executive"}) < 2:
            continue
        if k < 1 or doc[k].text != "," or kind_of(doc[k - 1]) != "person":
            continue
        person = doc[k - 1]
        if is_hedged(doc, person.i, work.i + 1):
            continue
        evidence = sentence_evidence(work.sent)
        for predicate in dict.fromkeys(predicates):
            yield Fact(entity_of(work), predicate, entity_of(person), evidence, "roles.apposition_roles", 0.75)
        yield Fact(entity_of(person), "knownFor", entity_of(work), evidence, "roles.apposition_roles_known", 0.7)


@lru_cache(maxsize=1)
def _past_part_verbs() -> frozenset[str]:
    # "A most recently played God in X": a part already played (past tense, see _past_part) is a
    # calling card like one already starred in.
    return (lower_words("cast3_seen_verbs") | lower_words("cast2_past_part_verbs") | lower_words("character_verbs")
            | {"star", "co-star", "costar"})


def _past_part(work: Token) -> bool:
    """Whether the title is where someone was seen or appeared before: "A was most recently seen
    in P's thriller Ember", "A starred in Ember". A part to come ("will next be seen in X") is
    not past."""
    node = work
    while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head  # "P's psychological thriller Ember": up to the noun the preposition takes
    if node.dep_ != "pobj" or node.head.lower_ not in ("in", "on"):
        return False
    verb = node.head.head
    return (verb.lemma_.lower() in _past_part_verbs() and verb.tag_ in ("VBN", "VBD")
            and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll") for c in verb.children))


# Adverbs that set a past clause in a career ("A most recently had a role in X").
CAREER_PAST_ADVERBS = ("recently", "previously", "earlier", "formerly", "once", "last")


def past_role_phrase(work: Token) -> bool:
    """Whether the title hangs from a part or script noun that tells a person's past: "A, the lead
    in P's Ember" (the noun in apposition to the person), "A most recently had a recurring role in
    Ember", "the pair recently wrote the screenplay for Ember" (a simple past that a career adverb,
    or the verb "have" of a part held, sets in the person's record)."""
    node = work
    while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("in", "on", "for"):
        return False
    noun = node.head.head
    if noun.lower_ not in lower_words("role_nouns") | lower_words("cast2_performance_nouns") | lower_words("script_nouns"):
        return False
    if noun.dep_ == "appos" and kind_of(noun.head) == "person":
        return noun.lower_ in lower_words("role_nouns")
    verb = noun.head
    if noun.dep_ != "dobj" or verb.tag_ != "VBD":
        return False
    career = any(c.dep_ == "advmod" and c.lower_ in CAREER_PAST_ADVERBS for c in verb.children)
    return career or (verb.lemma_.lower() == "have" and noun.lower_ in lower_words("role_nouns"))


def _known_for(work: Token) -> bool:
    """Whether the title is said inside "A is (best) known for ...": all that follows the phrase
    is the person's record ("best known for her role as Meg in Ember and as Ann in X")."""
    for node in work.ancestors:
        if node.lemma_.lower() == "know" and node.tag_ == "VBN":
            return any(c.dep_ == "prep" and c.lower_ == "for" and c.i < work.i for c in node.children)
    return False


# Verbs of making a work, as lemmas: in the simple past with a person as subject they tell that
# person's record ("He also created Lovesick", "who helmed The Hater").
MAKING_LEMMAS = frozenset({"create", "direct", "helm", "write", "pen", "produce", "star", "make", "co-create", "co-write",
                           "co-direct", "executive-produce", "showrun"})


def _past_making(work: Token) -> bool:
    """Whether the title is the object of a person's past making: "He also created Netflix
    comedy Lovesick", "the director who also helmed The Hater", "his first feature since 2015's
    Joy" is read by _card_mention's "since"."""
    node = work
    while node.dep_ in ("appos", "compound", "conj", "poss") and node.head.i != node.i:
        node = node.head
    # The object, or its predicate ("created the comedy Lovesick" parses the title as "oprd"), or
    # the object of "in" ("starred in X").
    if node.dep_ in ("dobj", "oprd"):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("in", "on"):
        verb = node.head.head
    else:
        return False
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in MAKING_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (kind_of(subject) == "person" or subject.lower_ in ("he", "she", "they", "who"))


def told_in_passing(work: Token) -> bool:
    """Whether a title is told as someone's record or calling card, not as the item a later
    untitled credit is about (a fallback skips it)."""
    # ... or as an earlier work: "the director's follow-up to X", "a sequel to X".
    return _card_mention(work) or _past_making(work) or named_as_earlier(document_text(work.doc), work.idx) or _after_past_role_on(work)


def _after_past_role_on(work: Token) -> bool:
    """ "A was previously a writer-producer on X, Y and the CW's Z": every title after a past
    copula's role noun and its "on"/"for" is in the person's record (the parse may not chain the
    list, so the words are read)."""
    doc, start = work.doc, work.sent.start
    for i in range(work.i - 1, start, -1):
        t = doc[i]
        if t.pos_ == "VERB" or t.text in (";", ".", ":"):
            return False
        if t.lower_ in ("on", "for") and doc[i - 1].lower_ in CREDIT_ROLE_WORDS:
            j = i - 1
            while j > start and (doc[j].lower_ in CREDIT_ROLE_WORDS or doc[j].lower_ in LIST_WORDS or doc[j].tag_ in ("DT", "JJ", "RB")):
                j -= 1
            return doc[j].lemma_ == "be" and doc[j].tag_ == "VBD"
    return False


def _card_mention(work: Token) -> bool:
    """A title named as someone's calling card: "Ember star A", "A (Ember, Stone Hill)", "A was
    last seen in Ember", "A, the lead in Ember"."""
    if epithet_person(work) is not None or before_crew_noun(work) or _past_part(work) or past_role_phrase(work) or _known_for(work) \
            or _in_persons_past_relative(work):
        return True
    doc, i, start = work.doc, work.i - 1, work.sent.start
    texts = token_table(doc).text  # the words as strings: no Token made for each step back
    while i >= start and texts[i] != "(" and texts[i] not in (")", ".", ";"):
        i -= 1
    return i > start and texts[i] == "(" and kind_of(doc[i - 1]) == "person"


def _in_persons_past_relative(work: Token) -> bool:
    """"A, the director who won acclaim for her drama X, directs": a title in a past relative
    clause about a person (or the job noun in apposition to one) is that person's earlier work.
    A clause still to come ("A, who will direct X") names the work the article is about."""
    for node in work.ancestors:
        if node.dep_ != "relcl":
            continue
        antecedent = node.head
        if kind_of(antecedent) != "person" and not (antecedent.dep_ == "appos" and kind_of(antecedent.head) == "person"):
            return False
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        return node.tag_ == "VBD" or (node.tag_ == "VBN" and bool(auxes & {"has", "have", "had"}))
    return False


def calling_card_tallies(doc: Doc) -> tuple[Counter[str], Counter[str]]:
    """How often the text names each work, and how often as a calling card of a person ("Ember
    director A", "A (Ember, Moonfall)"), in one pass over the titles."""
    named: Counter[str] = Counter()
    cards: Counter[str] = Counter()
    for token in entity_tokens(doc, "work"):
        if kind_of(token) == "work" and not ref_of(token) and entity_of(token):
            named[entity_of(token)] += 1
            cards[entity_of(token)] += _card_mention(token)
    return named, cards


def calling_card_works(named: Counter[str], cards: Counter[str]) -> frozenset[str]:
    """The works a text names only as calling cards of people (from calling_card_tallies): an
    article introduces its players by such credits, so a title named no other way is not the
    work the article is about, whatever "the series" near it may seem to say."""
    return frozenset(k for k, n in named.items() if cards[k] == n)


def _role_owner(role: Token) -> tuple[list[Token], Token | None]:
    """Whose part a role noun is and the verb it hangs from: "her role", "A had a role", "A is
    best known for his role"."""
    owners = [c for c in role.children if c.dep_ == "poss" and kind_of(c) == "person"]
    node = role
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    verb = node if node.pos_ in ("VERB", "AUX") else None
    if not owners and verb is not None:
        owners = _subjects(verb)
    return owners, verb



def _work_after_prep(heads: Iterable[Token], preps: tuple[str, ...]) -> Token | None:
    """The work a prepositional phrase among `heads` names ("the lead in X", "a role on X"), or
    the work in apposition to its object ("in the drama, X"); None when it names none."""
    return next((w for prep in heads if prep.dep_ == "prep" and prep.lower_ in preps
                 for w in prep.children if w.dep_ == "pobj"
                 for w in [w, *(c for c in w.children if c.dep_ == "appos")] if kind_of(w) == "work"), None)

def past_parts(doc: Doc) -> Iterator[Fact]:
    """A part already played is a calling card as well as a place in the cast:
    - "She previously starred on the series X", "A has appeared in X" (a past cast2_part_verbs or
      cast2_past_part_verbs verb, said of a person or a pronoun that stands for one);
    - "A had a breakout role in X", "A is best known for her role as Meg on X": a role noun
      (role_nouns, cast2_performance_nouns) with its "in"/"on" title, owned by a person, in a past
      clause or after "known for".
    Only a title the phrase names gives a fact: the item's work is the new one, not the old."""
    verbs = lower_words("cast2_part_verbs") | lower_words("cast2_past_part_verbs")
    roles = lower_words("role_nouns") | lower_words("cast2_performance_nouns")
    fresh_part_verbs = lower_words("cast2_passive_verbs") | lower_words("cast_join_verbs") | {"cast"}
    for token in tokens_at(doc, word_indices(doc, pos=("VERB",), lemma=verbs) | word_indices(doc, pos=("NOUN",), lower=roles)):
        people: list[Token] = []
        named = None
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs and is_past(token):
            people = _subjects(token)
            status, named = _phrase_work(token)
            named = named if status == "named" else None
        elif token.lower_ in roles and token.pos_ == "NOUN":
            owners, verb = _role_owner(token)
            known = token.head.dep_ == "prep" and token.head.lower_ == "for" and token.head.head.lemma_.lower() == "know"
            if verb is None or not (known or is_past(verb)):
                continue
            # "A has been cast as the lead in X", "A has landed a role in X": the perfect of a
            # casting or joining verb reports a new part, not one already played (a calling card
            # is "A landed her breakout role in X", the simple past).
            if verb.tag_ == "VBN" and verb.lemma_.lower() in fresh_part_verbs:
                continue
            people = owners
            # "her role as Meg in X": the parse may hang the title's phrase on the character
            characters = [o for a in token.children if a.dep_ == "prep" and a.lower_ == "as" for o in a.children if o.dep_ == "pobj"]
            named = _work_after_prep([*token.children, *(verb.children if token.head.i == verb.i else ()),
                                      *(c for o in characters for c in o.children)], ("in", "on"))
        if not people or named is None:
            continue
        ends = [token.i, named.i, *(p.i for p in people)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(token.sent)
        for person in people:
            yield Fact(entity_of(person), "knownFor", entity_of(named), evidence, "roles.past_part", 0.7)
            yield Fact(entity_of(named), "starring", entity_of(person), evidence, "roles.past_part", 0.7)


def seen_parts(doc: Doc) -> Iterator[Fact]:
    """"A was recently seen in X and Y", "A, last seen in X, will play ...": an actor "seen in" a
    title (the lexicon's cast3_seen_verbs, in the passive or as a participle after the name) has
    played in it, a past part as much as "A appeared in X". Only a passive or a participle: "A
    has seen X in cinemas" is a viewer, not a player."""
    verbs = lower_words("cast3_seen_verbs")
    for verb in tokens_with(doc, lemma=verbs):
        if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN":
            continue
        if verb.dep_ == "acl" and kind_of(verb.head) == "person":
            people = [verb.head]
        elif any(c.dep_ == "auxpass" for c in verb.children):
            people = _subjects(verb)
        else:
            continue
        works = [w for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "on")
                 for pobj in prep.children if pobj.dep_ == "pobj"
                 for head in [pobj, *(c for c in pobj.children if c.dep_ in ("appos", "compound"))]
                 if kind_of(head) == "work" for w in coordinated(head)]
        if not people or not works:
            continue
        ends = [verb.i, *(w.i for w in works), *(p.i for p in people)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        # "A will next be seen in X": a part to come is a place in the cast, not yet a calling card.
        to_come = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "\u2019ll") for c in verb.children)
        evidence = sentence_evidence(verb.sent)
        for person in people:
            for work in works:
                if not to_come:
                    yield Fact(entity_of(person), "knownFor", entity_of(work), evidence, "roles.seen_part", 0.7)
                yield Fact(entity_of(work), "starring", entity_of(person), evidence, "roles.seen_part", 0.7)


# The verbs of an executive's hand in a show: "helping (to) launch X", "helped develop X".
HELPED_VERBS = frozenset({"launch", "develop", "create", "shepherd", "oversee", "build"})


def helped_works(doc: Doc) -> Iterator[Fact]:
    """"A was head of drama at the network, helping to launch series like X and Y": a participle
    of helping with a verb of launching or developing credits the clause's subject with the
    works it names (an executive's calling card), as "A developed X" does. A person only."""
    for helping in tokens_with(doc, lemma=("help",)):
        if helping.lemma_ != "help" or helping.dep_ != "advcl" or helping.tag_ != "VBG":
            continue
        people = [p for s in helping.head.children if s.dep_ == "nsubj" for p in coordinated(s) if kind_of(p) == "person" and not ref_of(p)]
        verbs = [v for v in helping.children if v.dep_ in ("xcomp", "ccomp", "dobj") and v.lemma_.lower() in HELPED_VERBS]
        # The works: the object itself, or the titles after "like"/"such as"/"including" on a plain noun.
        works = [w for v in verbs for o in v.children if o.dep_ == "dobj"
                 for head in (o, *(t for p in o.children if p.dep_ == "prep" and p.lower_ in ("like", "including", "as")
                                   for t in p.children if t.dep_ == "pobj"))
                 if kind_of(head) == "work" for w in coordinated(head) if kind_of(w) == "work"]
        if not people or not works:
            continue
        ends = [*(p.i for p in people), *(w.i for w in works)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(helping.sent)
        for person in people:
            for work in works:
                yield Fact(entity_of(person), "knownFor", entity_of(work), evidence, "roles.helped_work", 0.65)


def debut_owners(doc: Doc) -> Iterator[Fact]:
    """"A, whose 2014 debut X played Locarno": the work a relative "whose" names as its antecedent's
    debut (or first film) is that person's calling card."""
    for whose in tokens_with(doc, lower=("whose",)):
        if whose.lower_ != "whose" or whose.i < 2 or doc[whose.i - 1].text != "," or kind_of(doc[whose.i - 2]) != "person":
            continue
        person = doc[whose.i - 2]
        j = whose.i + 1
        while j < whose.sent.end and j - whose.i <= 4 and not kind_of(doc[j]) \
                and (doc[j].lower_ in DEBUT_WORDS or re.fullmatch(r"(?:1[89]|20)\d\d", doc[j].text)):
            j += 1
        if j < whose.sent.end and kind_of(doc[j]) == "work" and any(doc[k].lower_ == "debut" for k in range(whose.i + 1, j)) \
                and not is_hedged(doc, person.i, j + 1):
            yield Fact(entity_of(person), "knownFor", entity_of(doc[j]), sentence_evidence(whose.sent), "roles.debut_owner", 0.7)


DEBUT_WORDS = frozenset({"debut", "feature", "directorial", "first", "film", "acclaimed", "award-winning", "\u201c", "\""})


# What may stand between "join" and the cast members it names: "(the) previously(-)announced
# cast members", "the already cast".
FELLOW_LEAD = frozenset({"the", "previously", "already", "-", "members", "member", "previously-cast", "previously-announced", "cast"})


def _cued_names_after(verb: Token, cues: frozenset[str]) -> list[Token]:
    """The names listed right after "join" and a cast cue ("previously announced cast members
    B, C and D"), read on the tokens; none without a cue."""
    doc, i, cued = verb.doc, verb.i + 1, False
    while i < verb.sent.end and (doc[i].lower_ in FELLOW_LEAD or doc[i].lower_ in cues):
        cued = cued or doc[i].lower_ in cues
        i += 1
    names = []
    while cued and i < verb.sent.end and (kind_of(doc[i]) == "person" or doc[i].lower_ in (",", "and")):
        if kind_of(doc[i]) == "person":
            names.append(doc[i])
        i += 1
    return names


def _work_in_phrase_after(name: Token) -> Token | None:
    """The work of an "in" phrase right after a name: "in X", "in the drama X"."""
    doc, i = name.doc, name.i + 1
    if i >= name.sent.end or doc[i].lower_ != "in":
        return None
    return next((t for t in doc[i + 1:min(i + 5, name.sent.end)] if kind_of(t) == "work"), None)


def cast_fellows(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A joins previously announced cast members B and C", "They join the previously announced
    cast of B and C": the people joined, named as a cast (a cast noun's "of", or a cue of the
    lexicon's cast2_fellow_cues before the names), are in the cast with the subject, of the work
    the "in" phrase names, else the one the item is about. Without such a cue, joining a person
    ("A joins B at the studio") says nothing of a cast."""
    joining, cast_nouns, cues = lower_words("joining_verbs"), lower_words("cast_nouns"), lower_words("cast2_fellow_cues")
    # (an auxiliary "joins" keeps its form as its lemma: found by its form too)
    for verb in sorted(set(tokens_with(doc, lemma=joining)) | set(tokens_with(doc, lower=("join", "joins"))), key=lambda t: t.i):
        if verb.lemma_.lower() not in joining and verb.lower_ not in ("join", "joins"):
            continue
        if verb.pos_ in ("AUX", "NOUN") and verb.lower_ in ("join", "joins"):
            # "These additions join previously announced cast members B and C": after a plural
            # noun the small model takes "join" for an auxiliary or a noun and the names for the
            # object of "announced"; read the cued names on the tokens.
            fellows = _cued_names_after(verb, cues)
            named = _work_in_phrase_after(fellows[-1]) if fellows else None
            if named is not None:  # "... join previously cast B and C in X"
                work, weight = entity_of(named), 1.0
            else:
                work, weight = work_of(verb.sent, verb.i, salient_work) if fellows else ("", 0.0)
                if any(kind_of(t) == "work" for t in verb.sent if t.i > verb.i):
                    work = ""  # a title the names are not said to be in
            # A person right before "join" is its subject ("A joins previously cast B and C").
            subject = [doc[verb.i - 1]] if verb.i > verb.sent.start and kind_of(doc[verb.i - 1]) == "person" else []
            if work and not is_hedged(doc, verb.sent.start, fellows[-1].i + 1):
                for person in [*subject, *fellows]:
                    yield Fact(work, "starring", entity_of(person), sentence_evidence(verb.sent), "roles.cast_fellows",
                               round(0.75 * weight, 2))
            continue
        if verb.pos_ != "VERB":
            continue
        fellows: list[Token] = []
        # "joins previously announced B": the small model may hang B on "announced"
        objects = [o for head in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
                   for o in head.children if o.dep_ == "dobj"]
        for obj in objects:
            if obj.lower_ in cast_nouns:
                fellows += _people([p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                    for p in prep.children if p.dep_ == "pobj"])
            elif kind_of(obj) == "person" and any(t.lower_ in cues for t in doc[verb.i + 1:obj.i]):
                fellows += _people([obj])
            elif any(t.lower_ in cues for t in doc[verb.i + 1:obj.i + 1]):
                # "join previously announced cast members B and C": the names stand in apposition
                # to the cued noun, which the small model takes for the object.
                fellows += _people([a for a in obj.children if a.dep_ == "appos"])
        read_on_tokens = not fellows
        if read_on_tokens:
            # "A joins previously cast B, C and D in X": the small model may take "cast" for the
            # sentence's verb (or for a noun object) and hang the names on it; read the cued names
            # on the tokens.
            fellows = _cued_names_after(verb, cues)
        if not fellows:
            continue
        people = _subjects(verb)
        # ... and the work of the "in" phrase right after the names, if any.
        named = _work_in_phrase_after(fellows[-1]) if read_on_tokens else None
        work, weight = (entity_of(named), 1.0) if named is not None else _cast_target(verb, fellows, salient_work)
        ends = [verb.i, *(p.i for p in people + fellows)]
        if not work or is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in [*people, *fellows]:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.cast_fellows", round(0.75 * weight, 2))


def returning_casts(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A and B are set to return for the second season", "A will return as Meg": a player who
    returns (cast2_return_verbs) is in the cast of the work or season the "for"/"in" phrase names,
    else of the work the item is about. Not a return in another capacity ("as showrunner") or to
    a company or a person ("returns to Netflix")."""
    verbs = lower_words("cast2_return_verbs")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.tag_ == "VBD":
            continue
        people = _subjects(verb)
        if not people or _other_capacity(verb):
            continue
        if any(p.dep_ == "prep" and p.lower_ in ("to", "from", "with") and any(kind_of(o) in ("org", "person") for o in p.subtree)
               for p in verb.children):
            continue
        work, weight = _cast_target(verb, people, salient_work, ("for", "in", "on"))
        if not work or is_hedged(doc, min(p.i for p in people), verb.i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.returning_cast", round(0.7 * weight, 2))


# Verbs whose object "the return of A" says a season or a work has A back in its cast.
RETURN_FRAME_VERBS = frozenset({"see", "mark", "feature", "bring", "welcome", "include"})


def return_nouns(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Season 2 of X will see the return of A (Y) and B", "the new season marks the return of
    A": the noun "return" with an "of" list of people, object of a verb of showing or bringing,
    puts them in the cast of the work the subject names, else of the work the item is about.
    Not a return in another capacity ("the return of A as showrunner")."""
    for noun in tokens_with(doc, lower=("return",)):
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in RETURN_FRAME_VERBS:
            continue
        verb = noun.head
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            continue
        people = _listed_after(doc, of.i + 1, noun.sent.end, "person")
        if not people:
            continue
        last = people[-1].i
        after = doc[last + 1:min(last + 3, noun.sent.end)]
        if any(t.lower_ in ("as", "to") for t in after):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = [t for t in (subject.subtree if subject is not None else ()) if kind_of(t) == "work"]
        work, weight = (entity_of(named[0]), 1.0) if named else work_of(noun.sent, verb.i, salient_work)
        if not work or is_hedged(doc, verb.i, last + 1):
            continue
        evidence = sentence_evidence(noun.sent)
        for person in people:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.return_noun", round(0.7 * weight, 2))


# After "counts ... among/as": a determiner or possessive before the role ("among its cast").
COUNT_SKIP = frozenset({"its", "their", "the", "a", "an", "his", "her", "also", "own"})


def _counted_role(doc: Doc, i: int, end: int) -> tuple[int, str] | None:
    """(end, predicate) of the credit noun at i: a role noun of `role_complement_nouns`
    ("executive producers") or a cast noun ("cast", "ensemble": starring)."""
    while i < end and doc[i].lower_ in COUNT_SKIP:
        i += 1
    if i < end and doc[i].lower_ in lower_words("cast_nouns"):
        return i + 1, "starring"
    for words, predicate in trigger_index("role_complement_nouns").get(doc[i].lower_ if i < end else "", ()):
        if tuple(t.lower_ for t in doc[i:i + len(words)]) == words and not _job_title(doc, i, i + len(words), end):
            return i + len(words), predicate
    return None


def counted_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"The series counts A and B among its executive producers", "X, which counts A among its
    cast", "which counts among its executive producers A and B": a work that "counts" people
    as a role (the lexicon's cast4_counting_verbs) credits them with it. The work is the verb's
    subject, the noun a relative "which" stands for, else the one the sentence is about."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=lower_words("cast4_counting_verbs")):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lower_words("cast4_counting_verbs"):
            continue
        sent = verb.sent
        prep = next((t for t in doc[verb.i + 1:sent.end] if t.lower_ in ("among", "as")), None)
        if prep is None or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:prep.i]):
            continue
        role = _counted_role(doc, prep.i + 1, sent.end)
        if role is None:
            continue
        role_end, predicate = role
        people = [t for t in doc[verb.i + 1:prep.i] if kind_of(t) == "person"]
        if not people and prep.i == verb.i + 1:
            people = _listed_after(doc, role_end, sent.end, "person")
        if not people or is_hedged(doc, verb.i, max(role_end, people[-1].i + 1)):
            continue
        subject = next((antecedent(s, verb) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and kind_of(subject) == "work":
            work, weight = entity_of(subject), 1.0
        elif subject is not None and kind_of(subject):
            continue  # "Harbour Films counts A among its producers": a company's staff, no credit
        else:
            work, weight = work_of(sent, verb.i, salient_work)
        if not work:
            continue
        evidence = sentence_evidence(sent)
        for person in people:
            yield Fact(work, predicate, entity_of(person), evidence, "roles.counted_credit", round(0.75 * weight, 2))


def _boarding_phrase(verb: Token) -> bool:
    """"come aboard", "come on board", "sign on": the lexicon's cast4_boarding_phrases, read on
    the words right after the verb."""
    after = " ".join(t.lower_ for t in verb.doc[verb.i + 1:min(verb.i + 3, verb.sent.end)])
    return any((after + " ").startswith(rest + " ") for rest in lexicon_table("cast4_boarding_phrases").get(verb.lemma_.lower(), ()))


def boarding_casts(doc: Doc) -> Iterator[Fact]:
    """"A is coming on board for X", "A has come aboard X", "A has signed on for X": someone who
    boards a work with no other capacity stated joins its cast, as "A boards X" does
    (cast_joins). Not "signed on to direct X" or "came aboard as producer": another capacity."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=lexicon_table("cast4_boarding_phrases")):
        if verb.pos_ != "VERB" or not _boarding_phrase(verb):
            continue
        people = _subjects(verb)
        preps = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("for", "aboard") and verb.i < p.i <= verb.i + 4]
        works = [w for p in preps for w in _work_or_its_title(p)]
        if not people or not works or _other_capacity(verb):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for t in (verb, *verb.children) for c in t.children):
            continue  # "came on board as producer"
        if is_hedged(doc, min(p.i for p in people), works[0].i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(entity_of(works[0]), "starring", entity_of(person), evidence, "roles.boarding_cast", 0.7)


def joining_inversions(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Joining Vale are A and B", "Also joining the cast is C", "Joining them in X are A and B":
    trade copy inverts a join, the gerund first and the joiners after the copula. What is joined
    must be a cast: people already in it, a pronoun for them, or a cast noun (cast_nouns), with an
    optional "in X" naming the work; "Joining Harbour Films is A" (a company) is a hire, no cast.
    Everyone named, the joined and the joiners, stars in that work, else in the work the sentence
    or item is about (rel6_cast_joining_openers)."""
    openers = [tuple(o.split()) for o in lower_words("rel6_cast_joining_openers")]
    cast_nouns = lower_words("cast_nouns")
    for sent in doc_sents(doc):
        words = tuple(t.lower_ for t in sent[:3])
        opener = next((o for o in sorted(openers, key=len, reverse=True) if words[:len(o)] == o), None)
        if opener is None:
            continue
        start = sent.start + len(opener)
        be = next((t for t in doc[start:sent.end] if t.lemma_ == "be"), None)
        if be is None:
            continue
        joined = doc[start:be.i]
        works = [t for t in joined if kind_of(t) == "work"]
        in_at = next((t.i for t in joined if t.lower_ == "in"), be.i)
        # Only people, pronouns for them, a cast noun and its determiner before any "in X". A
        # surname the finders left untagged ("Joining Holt") is one of the people named.
        surnames = {t.text.split()[-1] for t in entity_tokens(doc, "person") if kind_of(t) == "person"}
        # "Joining the previously announced cast member A are ...": the cast's modifiers (lower-case
        # adjectives, adverbs and participles, "member") may stand before the people.
        joined_words = doc[start:in_at]

        def names_cast(t: Token) -> bool:  # a person, a pronoun for people, or a cast noun
            return kind_of(t) == "person" or t.lower_ in cast_nouns or t.lower_ in ("them", "him", "her") \
                or (not kind_of(t) and t.text in surnames)

        if not all(names_cast(t) or t.lower_ in ("the", "its", "and", ",")
                   or (t.is_lower and (t.pos_ in ("ADJ", "ADV") or t.tag_ == "VBN" or t.lower_ in ("member", "members")))
                   for t in joined_words) or not any(names_cast(t) for t in joined_words):
            continue
        if any(kind_of(t) and kind_of(t) != "work" for t in doc[in_at:be.i]):
            continue
        joiners = _listed_after(doc, be.i + 1, sent.end, "person")
        if not joiners:
            continue
        work, weight = (entity_of(works[0]), 1.0) if works else work_of(sent, sent.start, salient_work)
        if not work or is_hedged(doc, sent.start, joiners[-1].i + 1):
            continue
        evidence = sentence_evidence(sent)
        for person in [*(t for t in doc[start:in_at] if kind_of(t) == "person"), *joiners]:
            yield Fact(work, "starring", entity_of(person), evidence, "roles.joining_inversion", round(0.75 * weight, 2))


def copula_leads(doc: Doc) -> Iterator[Fact]:
    """"A is the lead in X", "A will be the star of X": a cast noun (lead_copula_nouns) as the
    complement of "be", with the title in its "in"/"on"/"of" phrase, puts the subject in the
    work's cast, whatever the tense (a past one is also a calling card: past_parts). Only a title
    the phrase names gives a fact; not when hedged ("is in talks to be the lead in X")."""
    nouns = lower_words("lead_copula_nouns")
    for token in tokens_at(doc, word_indices(doc, pos=("NOUN",), lower=nouns)):
        if token.dep_ != "attr" or token.head.lemma_ != "be":
            continue
        people = [p for s in token.head.children if s.dep_ == "nsubj" for p in coordinated(s) if kind_of(p) == "person"]
        named = _work_after_prep(token.children, ("in", "on", "of"))
        if not people or named is None:
            continue
        ends = [token.i, named.i, *(p.i for p in people)]
        if is_hedged(doc, min(ends), max(ends) + 1):
            continue
        evidence = sentence_evidence(token.sent)
        for person in people:
            yield Fact(entity_of(named), "starring", entity_of(person), evidence, "roles.copula_lead", 0.7)


CREDIT_PREDICATES = frozenset({"starring", "directedBy", "writtenBy", "producer", "executiveProducer"})


def played_parts(doc: Doc) -> set[tuple[int, str]]:
    """(sentence start, person) for a person named as the part an actor plays: "A will play
    astronomer B", "A is set to portray Cosmos filmmaker B". The object of a verb of playing,
    after any words that describe the part, is a character; the parse often takes such a name
    for the subject of a clause that follows, and the credit rules then give it a credit."""
    verbs = lower_words("character_verbs")
    parts: set[tuple[int, str]] = set()
    for verb in tokens_at(doc, word_indices(doc, pos=("VERB",), lemma=verbs)):
        i = verb.i + 1
        # Descriptors of the part: lower-case nouns and adjectives, an article, a title ("Cosmos filmmaker").
        while i < len(doc) and i - verb.i <= 4 and kind_of(doc[i]) != "person" and (
                (doc[i].is_lower and doc[i].pos_ in ("DET", "NOUN", "ADJ"))
                or kind_of(doc[i]) == "work" or (doc[i].pos_ == "PROPN" and not kind_of(doc[i]))):
            i += 1
        if i < len(doc) and kind_of(doc[i]) == "person" and entity_of(doc[i]):
            parts.add((doc[i].sent.start_char, entity_of(doc[i])))
    return parts


# How many sentences back the work an untitled credit falls back to may last have been named.
FALLBACK_REACH = 3


def drop_distant_credits(doc: Doc, facts: list[Fact], *, reach: int = FALLBACK_REACH) -> list[Fact]:
    """A credit whose sentence names no work ("Producers are A and B", "A will produce") goes
    to the work the rules fall back to; when that work was last named more than `reach`
    sentences before, the sentence is more often about a work the finders missed (an untitled
    project, a title they could not read) than about it, so the credit is left out. A sentence
    that names the work, by title or by a description resolved to it ("the series"), keeps it."""
    sents = doc_sents(doc)
    starts = [s.start_char for s in sents]
    named: dict[str, list[int]] = {}
    for token in entity_tokens(doc, "work"):
        named.setdefault(entity_of(token), []).append(bisect_right(starts, token.idx) - 1)
    kept = []
    for fact in facts:
        work = fact.subject if fact.predicate in CREDIT_PREDICATES else fact.object if fact.predicate == "produces" else None
        if work is None or fact.is_attribute or work not in named:
            kept.append(fact)
            continue
        here = bisect_right(starts, fact.evidence.start) - 1
        before = [i for i in named[work] if i <= here]
        if before and here - max(before) > reach:
            continue
        kept.append(fact)
    return kept


def drop_played_parts(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A credit of a person the same sentence names as a part played is no credit."""
    parts = played_parts(doc)
    if not parts:
        return facts
    return [f for f in facts if f.is_attribute or f.predicate not in CREDIT_PREDICATES
            or not any(f.object == who and f.evidence.start <= at < f.evidence.end for at, who in parts)]


def drop_displaced_casts(facts: list[Fact]) -> list[Fact]:
    """A cast a title right before "starring" takes is that title's alone: no other work of the sentence gets it."""
    # "A acquired X, and Y starring P": the participle is a reduced relative on the noun phrase it
    # follows, so P stars in Y, not in X or in the topic work a looser reading of "starring P" finds.
    held = {(f.object, f.evidence.start): f.subject for f in facts
            if f.rule == "credits.works_starring" and f.predicate == "starring" and not f.status}
    return [f for f in facts if f.is_attribute or f.predicate != "starring" or f.rule == "credits.works_starring"
            or held.get((f.object, f.evidence.start), f.subject) == f.subject]
