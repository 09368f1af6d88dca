"""Credits: who directs, writes, produces and stars in a work (work -> person).

The work is often named once per paragraph and the credits follow, so a pattern that does not
match the work takes the work of the sentence, or the work the article is about.
"""
import re

from spacy.tokens import Token

from mediakg.extract.lexicon import lower_words, ordered_words
from mediakg.extract.records import Fact
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.relations.engine import Default, Rule, agent_participle, co_word, festival_word, on_company, owns_next_company, ent, entity_end, gap, kinds, lemma, possessive, possessive_after, word
from mediakg.extract.tokens import entity_of, kind_of

WORK, PERSON = kinds("work"), kinds("person")
# Between a name and the job verb: auxiliaries, and the words of joining the project ("has signed
# on to direct", "is on board to write", "has been tapped to star"): a job taken, not one hoped for
# ("in talks to direct" breaks the run at "talks", and the hedge check reads it).
AUX = word("will", "to", "would", "shall", "also", "is", "are", "were", "be", "been", "set", "slated", "due", "attached",
           "has", "have", "was", "signed", "on", "board", "aboard", "onboard", "come", "tapped", "hired", "brought",
           "recruited", "enlisted", "chosen", "picked", "selected", op="*")
SALIENT = Default.SENTENCE_OR_SALIENT
# An adverb of time between a name and a present "stars": "A next stars in Y", "A also stars".
STAR_ADVERB = word("next", "also", "now", "currently", "soon", op="?")
# "A and B executive producing": the coordinated person before the one next to the verb.
LEFT_PARTNER = [word("and", op="?"), ent("person", OP="?")]
# "A and B of (the) Harbour Company will executive produce": the company the people come from may
# stand between them and the verb.
OF_COMPANY = [word("of", op="?"), word("the", op="?"), ent("org", OP="?")]
# A first job before "and executive produce" ("will direct and executive produce").
# "created and executive produces": the creator's verb in the past joins a present credit too.
FIRST_JOBS = ("direct", "directs", "helm", "helms", "star", "stars", "showrun", "showruns", "co-write", "co-writes",
              "created", "co-created", "developed")
# What joins the second job to the first: "and (also)", "as well as", "in addition to".
ALSO_JOINED = [word("and", "as", "in", "besides"), word("well", "addition", op="?"), word("as", "to", op="?"), word("will", op="?"), word("also", op="?")]
# What a film "from (writer-)director P" is: a genre noun after its title (the work is the
# title left of it), or the title itself / a reference such as "the new drama" read as the title.
GENRE_FROM_HEADS = (("", word(*ordered_words("byline_genre_nouns"), "dramedy"), {"subject_default": Default.SENTENCE_LEFT}),
                    ("_title", ent("work", "subject"), {}))
# rel5: "A, the Oscar-nominated director of X": praise between the article and the job noun
# describes the person and leaves the apposition a credit (the lexicon's rel5_acclaim_words).
ACCLAIM = {"LOWER": {"IN": list(ordered_words("rel5_acclaim_words"))}, "OP": "*"}
# What separates the titles of a list: quotes, commas, "and".
LIST_GLUE = [{"TEXT": {"IN": [",", "and", "or", "\u201c", "\u201d", "\"", "&"]}, "OP": "*"}]


# The professions a list of people is described by ("a jury of Canadian director A, US actress B
# and Danish producer C").
PROFESSION_NOUNS = frozenset({"actor", "actress", "producer", "writer", "screenwriter", "director", "filmmaker", "composer",
                              "critic", "cinematographer", "editor", "novelist", "programmer", "journalist"})


def _among_described_people(person: Token) -> bool:
    """Whether the person stands in a list of people each introduced by a profession ("the jury
    includes director A, actress B and producer C"): a panel or a guest list, whose director is
    no credit on the sentence's work."""
    sent = person.sent
    described = {entity_of(t) for t in sent if kind_of(t) == "person" and t.i > sent.start
                 and t.doc[t.i - 1].lower_ in PROFESSION_NOUNS and entity_of(t) != entity_of(person)}
    return len(described) >= 2


def _own_job_after(person: Token) -> bool:
    """Whether "as" and a job follow a name: "with Dan Wyatt as producer"."""
    doc, j = person.doc, entity_end(person) + 1
    return j + 1 < len(doc) and doc[j].lower_ == "as" and doc[j + 1].lower_ in ("producer", "co-producer", "director", "writer", "showrunner", "creator")


def credit(name: str, predicate: str, pattern: list[dict], confidence: float, **kw) -> Rule:
    kw.setdefault("subject_default", SALIENT)
    return Rule(f"credits.{name}", predicate, pattern, WORK, PERSON, confidence, **kw)


# "co-wrote", "co-directed", "co-produced": the parser often misreads a "co-" verb's clause, so the
# words are read. A credit shared with "with B" is B's too ("A co-wrote X with B").
CO_VERBS = (("writtenBy", ("wrote", "penned", "scripted"), ("write", "writes", "writing", "pen", "pens", "script")),
            ("directedBy", ("directed", "helmed"), ("direct", "directs", "directing", "helm")),
            ("producer", ("produced",), ("produce", "produces", "producing")))
# Only the work itself or its script may come between the verb and the title: "co-wrote the
# novel that inspired X" is no credit for X.
CO_OBJECT = [word("the", op="?"), word(*ordered_words("script_nouns"), op="?"), word("for", "of", op="?"),
             {"TEXT": {"IN": ["\"", "\u201c", "\u2018", "'"]}, "OP": "?"}]
# The title's closing quote, and its comma, before "with B".
CLOSE = {"TEXT": {"IN": ["\"", "\u201d", "\u2019", "'", ","]}, "OP": "*"}

# What may follow the job word of an absolute clause: its end, or "from a script by", "and B ...".
ABSOLUTE_END = {"LOWER": {"IN": [",", ".", ";", "from", "and", "on", "for", "\u2014", "--"]}}
# "... on “X” are / also include A": the title, its quotes and the verb that opens the list.
# A network's or a company's possessive may stand before either ("on Netflix's “X” are Harbour Films' A").
ROLE_OF_WORK = [word("on", "of", "for"), ent("org", OP="?"), possessive(op="?"), {"TEXT": {"IN": ["\"", "\u201c"]}, "OP": "?"},
                ent("work", "subject"), CLOSE, word("also", op="?"), word("are", "include", "includes", "were", "included"),
                ent("org", OP="?"), possessive(op="?"), ent("person", "object")]


def _shown_at_festival(person: Token, work: Token) -> bool:
    """ "A played in Cannes Competition with X": a festival named after "in" and the work after
    "with" say the film was shown there, not that A acted in it."""
    between = person.doc[person.i + 1:work.i]
    return any(t.lower_ == "with" for t in between) and any(festival_word(t) for t in between)


def _whose_after(person: Token) -> bool:
    """ "A, whose brother ...": a relative "whose" right after the name opens a clause about someone else."""
    doc = person.doc
    j = entity_end(person) + 1
    return j + 1 < person.sent.end and doc[j].text == "," and doc[j + 1].lower_ == "whose"


def _runs_company(person: Token) -> bool:
    participle = agent_participle(person)
    return participle is not None and on_company(participle)


def _epithet_title_before(person: Token) -> bool:
    """Whether a work (past its closing quotes) stands right before the role noun before `person`:
    "“Salt Road” director Dana Vale", "Salt Road and Cold Water director Dana Vale"."""
    doc, i = person.doc, person.i - 2
    while i >= person.sent.start and doc[i].text in ("\u201d", "\"", "'", "\u2019"):
        i -= 1
    return i >= person.sent.start and kind_of(doc[i]) == "work"


def _byline_director(person: Token) -> bool:
    """"X by Norwegian director A": the director of a byline made the work right before "by"
    (roles.film_bylines reads it), not the work the sentence is about."""
    doc = person.doc
    i = person.i - 1
    # The byline's words ("director", "filmmaker", "helmer", ...), a nationality, a country's possessive.
    while i > person.sent.start and (doc[i].lower_ in lower_words("byline_words") or doc[i].lower_ in ("'s", "\u2019s")
                                     or doc[i].ent_type_ in ("NORP", "GPE")):
        i -= 1
    return doc[i].lower_ == "by"


def _post_at(person: Token) -> bool:
    """"A will serve as executive producer at Harbour Films": the job noun after the person is
    followed by "at", which names the company the post is held at."""
    doc = person.doc
    noun = next((t for t in doc[person.i + 1:person.sent.end] if t.lower_ in ("producer", "producers")), None)
    return noun is not None and noun.i + 1 < person.sent.end and doc[noun.i + 1].lower_ == "at"


def _owns_another_work(person: Token) -> bool:
    """"writer-director Dana Vale's next project": the name is the possessor of a noun that is
    no title, a work of hers the sentence does not name; the job is said of that one."""
    doc, end = person.doc, entity_end(person)
    return end + 2 < person.sent.end and doc[end + 1].tag_ == "POS" and not kind_of(doc[end + 2])


def _possessor(person: Token) -> bool:
    """"director Nils Berg's Cold Harbor": the name owns the title that follows it (past its
    modifiers); the job is said of that work (roles.film_bylines reads it), not of the work the
    sentence is otherwise about."""
    doc, end = person.doc, entity_end(person)
    if not possessive_after(person):
        return False
    for token in doc[end + 2:min(end + 7, person.sent.end)]:
        if kind_of(token):
            return kind_of(token) == "work"
        if not (token.is_lower or token.is_punct):
            return False
    return False


def _hedged_next_job(person: Token) -> bool:
    """"“X” director A is in talks to direct Y": an epithet title before the role noun, and a hedge
    in the rest of the sentence."""
    return _epithet_title_before(person) and is_hedged(person.doc, person.i, person.sent.end)


def _co_credits() -> list[Rule]:
    rules = []
    for predicate, past, other in CO_VERBS:
        for tense, forms in (("past", past), ("now", other)):
            known = ("knownFor",) if tense == "past" else ()
            rules.append(credit(f"co_{predicate}_{tense}", predicate, [ent("person", "object"), *LEFT_PARTNER, AUX, co_word(*forms),
                                                                       *CO_OBJECT, ent("work", "subject")], 0.8, inverse_also=known))
            rules.append(credit(f"co_{predicate}_{tense}_with", predicate, [co_word(*forms), *CO_OBJECT, ent("work", "subject"), CLOSE,
                                                                            word("with", "alongside"), ent("person", "object"),
                                                                            # not the owner of a partner company ("with Tom Hale's Salt Films")
                                                                            {"LOWER": {"NOT_IN": ["'s", "\u2019s"]}}], 0.8, inverse_also=known))
    return rules


def _paired_job_credits() -> list[Rule]:
    """adapt7: "A (most recently) co-wrote and directed X", "A directed and co-wrote X", "A will
    write and direct X": two job verbs joined by "and" share their subject and their object, so
    the work is credited with both jobs; a past pair is also the person's calling card."""
    jobs = {"writtenBy": (("wrote", "penned", "scripted"), ("write", "writes", "pen", "pens")),
            "directedBy": (("directed", "helmed"), ("direct", "directs", "helm", "helms"))}
    rules = []
    for tense in (0, 1):
        write, direct = jobs["writtenBy"][tense], jobs["directedBy"][tense]
        for order, (first, second) in (("wd", (write, direct)), ("dw", (direct, write))):
            pattern = [ent("person", "object"), AUX, word("most", op="?"), word("recently", "previously", op="?"),
                       word(*first, *(f"co-{w}" for w in first)), word("and"),
                       word(*second, *(f"co-{w}" for w in second)), *CO_OBJECT, ent("work", "subject")]
            for predicate in jobs:
                rules.append(credit(f"paired_{predicate}_{order}{'_past' if tense == 0 else ''}", predicate, pattern, 0.8,
                                    inverse_also=("knownFor",) if tense == 0 else ()))
    return rules


RULES = [
    *_paired_job_credits(),
    # Passive credits name the person after "by": "directed by X", "written by X and Y".
    # Not on a company: "Blue Door, the Danish company directed by A" says who runs Blue Door.
    credit("directed_by", "directedBy", [word("directed", "helmed"), word("by"), *gap(4), ent("person", "object")], 0.9,
           veto=lambda roles: _runs_company(roles["object"])),
    credit("written_by", "writtenBy", [word("written", "penned", "scripted"), word("by"), *gap(4), ent("person", "object")], 0.9),
    # Not the tail of "executive produced by" (or its adverb form "executively produced by"),
    # which is executive_produced_by's.
    # Not an owner of the company named next: "produced by Will Vale's Harbour Films" is Harbour's.
    credit("produced_by", "producer", [{"LOWER": {"NOT_IN": ["executive", "executively", "exec", "-"]}}, word("produced"), word("by"), ent("person", "object")], 0.85,
           veto=lambda roles: owns_next_company(roles["object"])),
    credit("executive_produced_by", "executiveProducer", [word("executive", "executively"), word("produced"), word("by"), ent("person", "object")], 0.9),
    # "executive produced by A in partnership with B": the partner shares the credit.
    credit("executive_produced_with", "executiveProducer", [word("executive", "exec"), word("produced"), word("by"), ent("person"), word("in"),
                                                            word("partnership", "association", "collaboration", "tandem"), word("with"), ent("person", "object")], 0.85),
    # "X, the debut feature from Mara Quill", "the new film from director P": a film is "from"
    # its director (a series "from" someone is its creator's, and no directing credit).
    credit("film_from", "directedBy", [word("film", "feature", "movie", "documentary", "pic"), word("from"),
                                       word("director", "filmmaker", "writer-director", op="?"), ent("person", "object")], 0.75,
           subject_default=Default.SENTENCE_LEFT),
    # "T, the romantic drama from writer-director P": with a director's epithet after "from", a
    # genre noun too names a film from its director (no epithet: "the drama from P" may be a
    # series from its creator), and so does a title or "the new drama" standing for it ("the
    # drama T from director P"). "writer-director" is three tokens ("writer", "-", "director").
    *(credit(f"genre_from_director{tail}", "directedBy", [head, word("from"), word("writer", "screenwriter", op="?"), {"TEXT": {"IN": ["-", "/"]}, "OP": "?"},
                                                          word("director", "filmmaker", "helmer"), ent("person", "object")], 0.75, **kw)
      for tail, head, kw in GENRE_FROM_HEADS),
    # ... and a writer-director wrote it too: "the new film from writer-director P".
    *(credit(f"genre_from_writer_director{tail}", "writtenBy", [head, word("from"), word("writer", "screenwriter"), {"TEXT": {"IN": ["-", "/"]}},
                                                                word("director", "filmmaker"), ent("person", "object")], 0.75, **kw)
      for tail, head, kw in GENRE_FROM_HEADS),
    # "writer-director P's “T”", "rights to writer-director P's romantic drama": the epithet before
    # a maker's possessive says P wrote the work as well as directed it. The genre noun stands for
    # the title named before it in the sentence (a round-up item's head).
    *(credit(f"writer_director_possessive{tail}", predicate,
             [word("writer", "screenwriter"), {"TEXT": {"IN": ["-", "/"]}}, word("director", "filmmaker"), ent("person", "object"),
              possessive(), *head], 0.75, **kw)
      for predicate in ("directedBy", "writtenBy")
      for tail, head, kw in (("_title", [{"IS_PUNCT": True, "ORTH": {"NOT_IN": ["(", "["]}, "OP": "*"}, ent("work", "subject")], {}),
                             ("", [*[dict(g, IS_LOWER=True) for g in gap(2)], word(*ordered_words("byline_genre_nouns"), "dramedy")],
                              {"subject_default": Default.SENTENCE_LEFT}))),
    # ... and "T, the new film from P", where "the new film" already stands for T.
    credit("film_ref_from", "directedBy", [{"_": {"mkg_kind": "work"}, "LOWER": {"REGEX": r"\b(?:film|feature|movie|documentary|pic)$"}, "ROLE": "subject"},
                                           word("from"), word("director", "filmmaker", "writer-director", op="?"), ent("person", "object")], 0.75),
    # "with Shinzo Katayama at the helm": the helm is the director's chair.
    credit("at_the_helm", "directedBy", [ent("person", "object"), word("at"), word("the"), word("helm")], 0.85),
    # Active credits: "X will direct", "X will write and executive produce the series".
    credit("will_direct", "directedBy", [ent("person", "object"), AUX, lemma("direct", "helm")], 0.8),
    # Not "X wrote in a memo:", "X wrote that ...": writing a statement is no writing credit.
    # A "co-" verb is read by the co- credits below, which admit only the work or its script as object.
    credit("will_write", "writtenBy", [ent("person", "object"), AUX, dict(lemma("write", "pen", "script"), LOWER={"REGEX": "^(?!co-)"}),
                                       {"LOWER": {"NOT_IN": ["in", "that", ":", "to", "about", "on", ",", "\u201c", "\""]}}], 0.8),
    # "X will write and direct": the tagger often takes "direct" after "write and" for an adjective,
    # so the parse loses the second verb; the pair of verbs is one clause with one subject. The
    # past pair is the same credit ("X, which A wrote and directed"; "A will co-write and direct" below).
    credit("will_write_and_direct", "directedBy", [ent("person", "object"), AUX, lemma("write", "pen", "co-write"), word("and"),
                                                   {"LOWER": {"IN": ["direct", "helm", "directed", "helmed", "directs", "helms"]}}], 0.8),
    credit("will_write_and_direct_co", "directedBy", [ent("person", "object"), AUX, co_word("write", "pen", "wrote", "penned"), word("and"),
                                                      {"LOWER": {"IN": ["direct", "helm", "directed", "helmed", "directs", "helms"]}}], 0.8),
    *_co_credits(),
    # "Executive producers on X are A and B", "The producers of X include A": a credit noun with
    # its title, then a copula or "include" and the list.
    credit("eps_of_work", "executiveProducer", [word("executive", "exec"), word("producers"), *ROLE_OF_WORK], 0.85),
    credit("producers_of_work", "producer", [dict(word("producers"), IS_SENT_START=True), *ROLE_OF_WORK], 0.8),
    credit("the_producers_of_work", "producer", [word("the"), word("producers"), *ROLE_OF_WORK], 0.8),
    # "with A directing (from a script by B)": an absolute clause that gives A the job; the
    # work is the sentence's (or the item's). "executive producing" is will_ep's.
    # The job word ends the clause ("directing traffic" is no credit); a second absolute clause
    # may follow the first ("with A writing and B directing").
    credit("with_directing", "directedBy", [word("with"), ent("person", "object"), word("and", op="?"), ent("person", OP="?"),
                                            word("directing", "helming", "co-directing"), ABSOLUTE_END], 0.8),
    credit("and_directing", "directedBy", [word("with"), ent("person"), word("writing", "producing", "starring"), word("and"),
                                           ent("person", "object"), word("directing", "helming"), ABSOLUTE_END], 0.8),
    credit("with_writing", "writtenBy", [word("with"), ent("person", "object"), word("and", op="?"), ent("person", OP="?"),
                                         word("writing", "scripting", "penning"), ABSOLUTE_END], 0.75),
    credit("will_write_and_ep", "executiveProducer", [ent("person", "object"), AUX, lemma("write"), word("and"), word("executive"), word("produce")], 0.85),
    credit("will_ep", "executiveProducer", [ent("person", "object"), *LEFT_PARTNER, *OF_COMPANY, AUX, word("executive", "co-executive"), word("produce", "producing", "produces")], 0.85),
    # "A executive produces via her Lumen Films alongside Harbour's B and C": the partners after
    # "alongside" share the credit. Only within the verb's own phrase: no comma, verb or
    # conjunction between ("A executive produces, while B stars alongside C" is C's part).
    credit("ep_alongside", "executiveProducer", [word("executive", "co-executive"), word("produce", "produces", "producing", "produced"),
                                                 *[{"IS_PUNCT": False, "POS": {"NOT_IN": ["VERB", "AUX"]},
                                                    "LOWER": {"NOT_IN": ["while", "and", "but", "as"]}, "OP": "?"}] * 5,
                                                 word("alongside"), ent("org", OP="?"), possessive(op="?"), ent("person", "object")], 0.75),
    # "A will direct and executive produce", "A is attached to star and executive produce", "A will
    # direct the series in addition to executive producing": a second job joined to the first by
    # "and", "as well as" or "in addition to" has the same subject; the tagger often takes
    # "executive" for a noun, so the parse loses it. Only right after the first verb (or its
    # work noun): "A will direct and B will executive produce" is B's credit, not A's.
    credit("will_job_and_ep", "executiveProducer", [ent("person", "object"), *LEFT_PARTNER, *OF_COMPANY, AUX, word(*FIRST_JOBS),
                                                    word("the", op="?"), word(*ordered_words("cast4_credit_objects"), op="?"), ent("work", OP="?"),
                                                    *ALSO_JOINED, word("executive", "co-executive"), word("produce", "producing", "produces")], 0.8),
    credit("will_produce", "producer", [ent("person", "object"), *LEFT_PARTNER, *OF_COMPANY, AUX, word("produce", "produces", "producing")], 0.7),
    # "X serves as executive producer", "X will serve as an executive producer".
    # Not "X will serve as executive producer at Harbour Films": a post at a company, no credit.
    credit("serves_as_ep", "executiveProducer", [ent("person", "object"), *LEFT_PARTNER, AUX, word("serves", "serve", "serving", "served"), word("as"), word("an", op="?"),
                                                 word("executive"), word("producer", "producers")], 0.85,
           veto=lambda roles: _post_at(roles["object"])),
    # Role nouns in apposition: "executive producer and writer Yeon Sang-ho", "director X".
    # Not a name given its own job after it: "as executive producer, with Dan Wyatt as producer".
    credit("ep_title", "executiveProducer", [word("executive"), word("producer"), *gap(2), ent("person", "object")], 0.75,
           veto=lambda roles: _own_job_after(roles["object"])),
    # The plural names each writer of a list ("from writers A and B"); "writer-director A",
    # "writer-producer A" (the tokenizer splits the hyphen) is a writer too.
    # Not the possessor of an unnamed work ("writer-director A's next project").
    # The singular names one writer: in "writer A and B are executive producers" B is no writer.
    credit("writer_title", "writtenBy", [word("writer", "screenwriter", "scribe"), ent("person", "object")], 0.7,
           veto=lambda roles: _owns_another_work(roles["object"]), coordinate=False),
    credit("writers_title", "writtenBy", [word("writers", "screenwriters", "scribes"), ent("person", "object")], 0.7,
           veto=lambda roles: _owns_another_work(roles["object"])),
    credit("writer_hyphen_title", "writtenBy", [word("writer", "screenwriter"), word("-"), word("director", "producer", "creator", "showrunner", "helmer"),
                                                ent("person", "object")], 0.7, veto=lambda roles: _owns_another_work(roles["object"])),
    # Not a job title ("managing director X", "casting director X", "Sky director X") or a
    # reputation ("acclaimed director X"): the lexicon's job_director_words, or a company, before it.
    # After a title's director ("“X” director A", roles.epithet_credit reads X) another work of
    # the sentence is A's next job, which only the rest of the sentence states: not when it is
    # hedged ("“X” director A is in talks to direct Y").
    # Only after "from", "with" or a verb of hiring (past praise): "X, from (first-time) director
    # A", "with director A at the helm", "hired director A" give the work its director; a bare
    # "director A" describes the person as often ("Spanish director A's Y", "an idea by director
    # A"): judged right 6 times in 17 on real pages.
    credit("director_title", "directedBy", [word("from", "with", "hired", "hires", "hiring", "tapped", "taps", "enlisted", "recruited"), word("the", op="?"), {"TEXT": {"REGEX": r"^(?:[a-z][\w'-]*|-)$"}, "OP": "*"},
                                            {"LOWER": {"NOT_IN": list(ordered_words("job_director_words"))}, "_": {"mkg_kind": {"NOT_IN": ["org"]}}, "OP": "?"},
                                            word("director", "filmmaker"), ent("person", "object")], 0.6,
           veto=lambda roles: _hedged_next_job(roles["object"]) or _byline_director(roles["object"]) or _possessor(roles["object"])
           or _among_described_people(roles["object"])),
    # "from writer A and director B": the second maker of the "from" phrase directs.
    credit("director_title_and", "directedBy", [word("from", "with"), word("writer", "screenwriter", "producer", "creator", "showrunner", "writers", "producers"),
                                                ent("person"), word("and"), word("director", "filmmaker"), ent("person", "object")], 0.6,
           veto=lambda roles: _hedged_next_job(roles["object"]) or possessive_after(roles["object"])),
    # Casting: "starring A and B", "the series stars A and B", "A and B will star", "X will play".
    # ("featuring" only as a list trigger, constructions.credit_lists: "a panel featuring A" is no cast.)
    # "after starring in P's X": a person after "starring in" owns the title, no cast member.
    credit("starring", "starring", [word("starring", "stars", "co-starring", "co-stars"), *[dict(g, LOWER={"NOT_IN": ["in", "on"]}) for g in gap(3)],
                                    ent("person", "object")], 0.85),
    # "“A” and “B” starring X and Y": each listed work right before "starring" stars them all.
    credit("works_starring", "starring", [ent("work", "subject"), *LIST_GLUE, ent("work", OP="?"), *LIST_GLUE, ent("work", OP="?"), *LIST_GLUE,
                                          word("starring", "featuring"), *gap(3), ent("person", "object")], 0.85),
    # Not "A will lead": a person leads a team or a studio as often as a cast (roles.cast_joins
    # reads "lead" with a work or a cast as its object).
    # A part or a work after the verb ("will play a nurse in X", "will star in X") is read on the
    # parse (roles.cast_clauses), which gives no fact when the "in" phrase names a title we do
    # not know: the item's work is then the wrong one.
    credit("will_star", "starring", [ent("person", "object"), AUX, word("star", "reprise", "headline", "stars", "headlines"),
                                     # not a possessive: "the Ray Donovan star's next project" is a noun, no new part
                                     {"LOWER": {"NOT_IN": ["in", "on", "alongside", "opposite", "'s", "’s"]}}], 0.75),
    credit("and_star", "starring", [ent("person", "object"), word("and"), ent("person"), AUX, word("star", "play")], 0.75),
    # "X has joined the cast of Y", "X has been cast in Y", "X stars in Y", "X plays a nurse in Y";
    # a past role ("starred in", "played") is also a calling card.
    credit("joined_cast", "starring", [ent("person", "object"), *gap(3), word("joined", "joins", "join", "joining"), word("the"), word("cast", "ensemble"), word("of"), *gap(3), ent("work", "subject")], 0.8),
    credit("cast_in", "starring", [ent("person", "object"), *gap(3), word("cast"), word("in", "as"), *gap(4), ent("work", "subject")], 0.75),
    # ("A stars / plays / appears in Y" is read on the parse: roles.cast_clauses.) The work may
    # be named with its network ("stars in the Fox comedy Y"). Where a name
    # comes right before a present "stars" the small model reads the two as one noun phrase
    # ("Dana Vale stars", a compound of a plural noun), so no verb is there for the parse to read.
    # An adverb of time may stand between: "A next stars in Y", "A also co-stars in Y".
    credit("name_stars_in", "starring", [ent("person", "object"), STAR_ADVERB, word("stars", "co-stars"),
                                         word("in"), *gap(2), ent("org", OP="?"), *gap(3), ent("work", "subject")], 0.75),
    # "A co-stars in P's FX series Y": a maker's possessive (and a network) before the title.
    credit("name_stars_in_makers", "starring", [ent("person", "object"), STAR_ADVERB, word("stars", "co-stars"), word("in"),
                                                ent("person"), possessive(), ent("org", OP="?"), *gap(3), ent("work", "subject")], 0.75),
    # "A stars in Y opposite B and C": the partners after the title are in Y's cast too.
    credit("name_stars_in_opposite", "starring", [ent("person"), STAR_ADVERB, word("stars", "co-stars", "star", "co-star"), word("in"), *gap(2), ent("org", OP="?"),
                                                  *gap(3), ent("work", "subject"), word("opposite", "alongside"), ent("person", "object")], 0.75),
    # "A stars alongside B", "in which A co-stars with B", "A, who created the series, stars
    # opposite B": the one who stars opposite someone is in the same cast (the starring rule reads
    # B). The small model reads "A stars" as one noun phrase, so no verb is there for the parse.
    *[credit(f"name_stars_opposite{suffix}", "starring", [ent("person", "object"), *clause, STAR_ADVERB, word("stars", "co-stars"),
                                                          word("alongside", "opposite", "with")], 0.75)
      for suffix, clause in (("", []), ("_clause", [word(","), {"TEXT": {"NOT_IN": [",", ".", ";", "(", ")"]}, "OP": "+"}, word(",")]))],
    # Not "A, whose brother starred in X": the relative's own subject played.
    # Nor "A played in Cannes Competition with X": a festival showed the film ("with" after a festival).
    credit("starred_in", "starring", [ent("person", "object"), *gap(3), word("starred", "played", "appeared", "co-starred"), *gap(4), word("in"), *gap(3), ent("work", "subject")], 0.75, inverse_also=("knownFor",),
           veto=lambda roles: _whose_after(roles["object"]) or _shown_at_festival(roles["object"], roles["subject"])),
    # "A rose to fame after starring in X and Y", "A, who broke out by appearing in X": a gerund
    # of acting after a preposition of time or means is said of the clause's subject.
    # (Only the clause's subject: "A met her husband B while appearing in X", "A was discovered by
    # B after starring in X" say nothing of B's parts.)
    credit("after_starring_in", "starring", [ent("person", "object"),
                                             *[dict(g, LOWER={"NOT_IN": [",", ";", "and", "who", "whose", "which"]}) for g in gap(8)],
                                             word("after", "since", "before", "while", "following"),
                                             word("starring", "co-starring", "appearing"), word("in"), *gap(3), ent("work", "subject")], 0.7, inverse_also=("knownFor",),
           veto=lambda roles: _whose_after(roles["object"]) or roles["object"].dep_ not in ("nsubj", "nsubjpass")),
    credit("aboard", "starring", [word("actor", "actress"), ent("person", "object"), AUX, word("aboard", "on")], 0.65),
    credit("cast", "starring", [word("cast"), word("includes", "include", "alongside", "member"), ent("person", "object")], 0.7),
    # "Lee Su-yeon, who penned the hit drama series “Stranger”": a credit and a calling card.
    # "X, the director of “Y”", "X, writer of Y": an apposition that credits.
    credit("director_of", "directedBy", [ent("person", "object"), word(","), word("the", "a", op="?"), ACCLAIM, word("director", "co-director"), word("of"), *gap(3), ent("work", "subject")], 0.8, inverse_also=("knownFor",)),
    # ("the writer of such hits as X and Y": a few words may describe the titles; not a clause,
    # "the writer of the novel on which X is based", whose title is another work's.)
    credit("writer_of", "writtenBy", [ent("person", "object"), word(","), word("the", "a", op="?"), ACCLAIM, word("writer", "screenwriter", "co-writer", "author"), word("of"),
                                      *[dict(g, LOWER={"NOT_IN": ["which", "that", "whose", "who", "on", "in", "by", "for", "from", "behind"]}) for g in gap(5)],
                                      ent("work", "subject")], 0.8, inverse_also=("knownFor",)),
    # "X, executive producer of Y", "X, an executive producer on Y": the same apposition for
    # the producing credits (a job at a company reads "X, executive producer at C").
    credit("ep_of", "executiveProducer", [ent("person", "object"), word(","), word("the", "a", "an", op="?"), ACCLAIM, word("executive", "co-executive"), word("producer"),
                                          word("of", "on"), *gap(3), ent("work", "subject")], 0.8),
    # ... and a credit as a calling card, as director_of's ("Roth, producer of films as diverse as
    # 1971's X and 1986's Y, died": a few words may describe the titles, no clause).
    credit("producer_of", "producer", [ent("person", "object"), word(","), word("the", "a", op="?"), ACCLAIM, word("producer", "co-producer"),
                                       word("of", "on"),
                                       *[dict(g, LOWER={"NOT_IN": ["which", "that", "whose", "who", "on", "in", "by", "for", "from", "behind"]}) for g in gap(6)],
                                       ent("work", "subject")], 0.75, inverse_also=("knownFor",)),
    # ("who created X" gives no writing credit: a creator is known for the show, which others may write.)
    credit("who_penned", "writtenBy", [ent("person", "object"), word(","), word("who"), word("penned", "wrote"), *gap(6), ent("work", "subject")], 0.8),
    credit("directed_work", "directedBy", [ent("person", "object"), *gap(3), word("directed"), *gap(4), ent("work", "subject")], 0.75),
]


# "A directs from her own screenplay", "will direct X from his own script": the director wrote it.
OWN_SCRIPT_RE = re.compile(r"\bdirect(?:s|ed|ing)?\b[^.;]{0,60}?\bfrom\s+(?:his|her|their)\s+own\s+(?:script|screenplay|teleplay)\b")


def own_script_writers(facts: list[Fact]) -> list[Fact]:
    """A director who directs "from their own script" wrote the work too: each directedBy fact
    whose sentence says so gives the writtenBy fact beside it, at the same confidence."""
    return [Fact(f.subject, "writtenBy", f.object, f.evidence, "credits.own_script", f.confidence)
            for f in facts if f.predicate == "directedBy" and not f.status and OWN_SCRIPT_RE.search(f.evidence.sentence)]
