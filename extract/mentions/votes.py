"""People the small model took for organisations, and companies it took for people or places.

The small models often tag a person's name an ORG: the second of two coordinated names ("with
Sarah Cole and Lucas Martin producing"), or a name at the start of a sentence ("Marcus Bell joined
HBO"). A name that only the NER calls an organisation, whose words do not say it is a company
("Pictures", "Media"), is taken for a person when it is listed with a person's name or when its
context is one that only people have: hired, promoted, "who", "said".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import document_text
from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.mentions.finders import deal_party_slot
from mediakg.extract.lexicon import alternation, company_descriptor_heads, skipping, given_names, lexicon_table, lower_words, opens_with_given_name, place_names, words
from mediakg.extract.tokens import doc_sents, lower_forms, token_starts, token_table, tokens_with, word_positions

JOINED_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")


def _bare_org(group: EntityGroup) -> bool:
    """An organisation by the NER's word alone: no gazetteer, cue or company word in its name."""
    if group.kind != "org" or any(m.source not in ("ner", "docmatch") or m.cls != "Organization" for m in group.mentions):
        return False
    tokens = group.label.split()
    return 2 <= len(tokens) <= 3 and not any(t in words("org_suffixes") for t in tokens) and all(t[:1].isupper() for t in tokens)


# Around a name, words that only a person takes: "hired X", "X has been promoted", "X, who".
PERSON_BEFORE_RE = re.compile(r"\b(?:hired|named|appointed|tapped|promoted|poached|said|says|told)\s+$")
PERSON_AFTER_RE = re.compile(r"^(?:\s+(?:has|have|was|had)\s+been\s+(?:named|appointed|promoted|tapped|hired|upped)"
                             r"|\s+(?:joined|joins|rejoined|said|says|told|added|explained)\b|,\s+who\b|'s\s+(?:wife|husband|brother|sister)\b"
                             # a title "stars" someone, but only a person plays or portrays a part
                             r"|\s+(?:will\s+|is\s+set\s+to\s+)?(?:play|plays|portray|portrays|voice|voices)\b|\s+has\s+been\s+cast\b"
                             # a title "stars" someone, but only an actor stars in, as or opposite
                             r"|\s+(?:(?:will|to|also)\s+)?(?:co-?)?star(?:s|red)?\s+(?:in|as|alongside|opposite)\b"
                             r"|\s+(?:will\s+)?(?:also\s+)?(?:executive|exec)[\s-]produces?\b"
                             # only a person directs: "X will direct and executive produce"
                             r"|\s+(?:will|is\s+set\s+to|is\s+to)\s+(?:also\s+)?(?:co-)?direct\b)")


LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|/)\s*")


def _sure_company(group: EntityGroup) -> bool:
    """An organisation its own name, a cue or the gazetteer types, not the NER's word alone."""
    return group.kind == "org" and not group.ner_only


def _plain_person(group: EntityGroup) -> bool:
    """A person by more than the NER's word, or by a name that opens with a frequent given name."""
    tokens = group.label.split()
    return group.kind == "person" and (not group.ner_only
                                       or (len(tokens) > 1 and tokens[0].lower() in given_names()))


def vote_listed_companies(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person, listed among companies, is a company: trade news
    lists like with like ("shows for Harbour Films, Ostrava and Keel Media"; "for the BBC, ITV
    and Brightwater HD"). Two companies the text otherwise knows must stand in the same unbroken list,
    and no person; a name that opens with a frequent given name keeps the person's vote."""
    owner: dict[int, EntityGroup] = {}
    spans = sorted(((m.start, m.end, g) for g in groups for m in g.mentions), key=lambda t: t[0])
    for start, _, g in spans:
        owner[start] = g
    for group in groups:
        if group.kind != "person" or not group.ner_only:
            continue
        first = group.label.split()[0] if group.label.split() else ""
        if first.lower() in given_names() or len(group.label.split()) > 3:
            continue
        for m in group.mentions:
            i = next(k for k, t in enumerate(spans) if t[0] == m.start)
            listed: list[EntityGroup] = []
            j = i
            while j > 0 and LIST_GAP_RE.fullmatch(text[spans[j - 1][1]:spans[j][0]]):
                j -= 1
                listed.append(spans[j][2])
            j = i
            while j + 1 < len(spans) and LIST_GAP_RE.fullmatch(text[spans[j][1]:spans[j + 1][0]]):
                j += 1
                listed.append(spans[j][2])
            others = [g for g in listed if g is not group]
            if sum(1 for g in others if _sure_company(g)) >= 2 and not any(_plain_person(g) for g in others):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break


def vote_person_contexts(text: str, groups: list[EntityGroup]) -> None:
    """Bare NER organisations in a context only a person takes vote for Person."""
    for group in groups:
        if not _bare_org(group):
            continue
        for m in group.mentions:
            if PERSON_BEFORE_RE.search(text[max(0, m.start - 12):m.start]) or PERSON_AFTER_RE.match(text[m.end:m.end + 40]):
                group.votes["Person"] += 2.0 * len(group.mentions)
                break


def _person_shaped(group: EntityGroup) -> bool:
    """A name the NER alone typed, not a person, that reads like one: two or three capitalised
    words, the first a frequent given name ("Franka Potente", "Barry Lowe"), none a company,
    place, event or facility word. A name the NER called a place that no list of places knows is
    left classless (finders._gpe_class) and reads the same way: the small model takes many
    unfamiliar full names for places ("with Tess Arden and Hong Vale", "written by Talia Penrose")."""
    if group.kind in ("person", "work", "agreement") or not group.ner_only:
        return False
    tokens = group.label.replace("\u2019", "'").split()
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() and t[1:2].islower() for t in tokens):
        return False
    if group.label in place_names():
        return False  # "Hong Kong": "Hong" is a given name, the whole a known place
    return tokens[0].lower() in given_names() and not any(
        t in _not_surnames() or t.lower() in lower_words("cities") for t in tokens[1:])


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that make a name a company's, a facility's, an event's or a place's, not a person's."""
    return (words("org_suffixes") | words("facility_nouns") | words("event_nouns") | words("company_name_suffixes")
            | words("place_unit_words") | words("place_route_words"))


def vote_given_names(groups: list[EntityGroup]) -> None:
    """A company, place or facility by the NER's word alone whose name opens with a frequent
    given name is more likely a person: the small model often calls an unfamiliar full name an
    organisation, a city or a building ("Franka Potente's Home"). A cue, a pattern or the
    gazetteer outweighs this vote."""
    for group in groups:
        if _person_shaped(group):
            group.votes["Person"] += 2.0 * len(group.mentions)


@lru_cache(maxsize=1)
def _author_possessive_re() -> re.Pattern:
    nouns = alternation(sorted(words("authored_work_nouns"), key=len, reverse=True))
    # "'s novel", "'s best-selling novel", "’s “Barracoon” novel": a few modifiers, then the noun.
    return re.compile(r"['\u2019]s\s+(?:[\u201c\"]?[\w\-]+[\u201d\"]?,?\s+){0,3}?(?:" + nouns + r")s?\b")


def vote_authors(text: str, groups: list[EntityGroup]) -> None:
    """The owner of a novel, a book or a memoir is its author, a person: "an adaptation of Victoria
    Vale's novel", "Dana Roe's best-selling memoir". The small NER calls many such names an
    organisation or a place. Only a name the NER alone typed, of two or three capitalised words
    and no company word, takes this vote (a publisher's "Harbour Books' new novel" keeps its own)."""
    stop = words("org_suffixes") | words("company_name_suffixes")
    for group in groups:
        if group.kind not in ("org", "place", "") or not group.ner_only:
            continue
        tokens = group.label.split()
        if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens) or set(tokens) & stop:
            continue
        if any(_author_possessive_re().match(text, m.end) for m in group.mentions):
            group.votes["Person"] += 3.0 * len(group.mentions)


def _bare_facility(group: EntityGroup) -> bool:
    """A facility by the NER's word alone, named like a person: two or three capitalised words."""
    tokens = group.label.split()
    return (group.kind == "facility" and group.ner_only
            and 2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens))


def vote_coordinated_people(text: str, groups: list[EntityGroup]) -> None:
    people = [m for g in groups if g.kind == "person" for m in g.mentions]
    for group in groups:
        # "A, Sas Vale and B": the small NER also takes a name in a list of people for a facility.
        if not (_bare_org(group) or _bare_facility(group)):
            continue
        for m in group.mentions:
            for p in people:
                gap = text[p.end:m.start] if p.end <= m.start else text[m.end:p.start]
                if len(gap) < 8 and JOINED_RE.fullmatch(gap):
                    group.votes["Person"] += 2.0 * len(group.mentions)
                    break


def vote_work_media(text: str, groups: list[EntityGroup], refs: list) -> None:
    """Film or Series from what the article says around the title: "the series" or "the film"
    that stands for it, and the words only one medium takes near a mention ("season",
    "episodes", "renewed"; "box office", "in cinemas"). Without such words the title stays a
    CreativeWork: a wrong subtype is worse than the honest superclass."""
    by_key = {g.key: g for g in groups if g.kind == "work"}
    for ref in refs:
        group = by_key.get(ref.entity)
        if group is None:
            continue
        head = ref.text.lower().split()[-1] if ref.text.split() else ""
        if head in words("series_reference_heads"):
            group.votes["Series"] += 3.0
        elif head in words("film_reference_heads"):
            group.votes["Film"] += 3.0
    # "The Lego Movie", "The Simpsons Movie": a title that calls itself a movie is a film.
    for group in by_key.values():
        if group.label.split()[-1:] == ["Movie"]:
            group.votes["Film"] += 3.0
    series_re = _context_re("series_context_words")
    film_re = _context_re("film_context_words")
    text = _names_masked(text, groups)
    # Context words count only right beside the title, within its clause ("Glasshouse season
    # two", "renewed Glasshouse"): a sentence may name a film and a series side by side.
    for group in by_key.values():
        for m in group.mentions:
            before = re.split(r"[,;()\u2014]", text[max(0, m.start - 25):m.start])[-1]
            after = re.split(r"[,;()\u2014]", text[m.end:m.end + 25])[0]
            if series_re.search(before) or series_re.search(after):
                group.votes["Series"] += 1.0
            if film_re.search(before) or film_re.search(after):
                group.votes["Film"] += 1.0


def _names_masked(text: str, groups: list[EntityGroup]) -> str:
    """The text with its names blanked out (word characters, so no word matches inside): the
    medium words count where the article says them, not inside a name ("Fifth Season" is a
    company, "The Last Season" a title), whose own words say nothing of the titles around it.
    An event's name ("the Busan International Film Festival") is kept: a film festival beside a
    title says it is a film."""
    # Joined from the pieces between the names (a list of every character costs the article's
    # length three times a document); overlapping names are blanked once.
    names = sorted((m.start, m.end) for group in groups if group.kind != "event" for m in group.mentions)
    pieces, done = [], 0  # done: where the text blanked or copied so far ends
    for start, end in names:
        start = max(start, done)
        if end > start:
            pieces += [text[done:start], "_" * (end - start)]
            done = end
    pieces.append(text[done:])
    return "".join(pieces)


@lru_cache(maxsize=None)
def _context_re(name: str, *, plural: bool = False) -> re.Pattern:
    """Any phrase of a lexicon list as whole words; plural: with an optional "s" ("the plays X")."""
    return skipping(r"\b(?:" + alternation(sorted(words(name), key=len, reverse=True)) + r")"
                      + ("s?" if plural else "") + r"\b", re.I)


CLAUSE_END = r"[;()\u2014\n]|[.!?]\s"


def refine_work_media(text: str, groups: list[EntityGroup], facts: list, broadcasters: set[str]) -> None:
    """After the facts: a work still typed CreativeWork becomes a Series when a broadcaster
    makes or airs it ("HBO's Divorce", "Tidewater (for the BBC)") or a showrunner or creator
    is credited near it, and a Film when a festival or the box office is named beside it.
    Titles typed already, and the sources of adaptations, keep their class."""
    made_by_broadcaster = {f.object for f in facts if not f.is_attribute and f.predicate in ("produces", "distributes")
                           and f.subject in broadcasters}
    film_re = _context_re("film_event_words")
    series_re = _context_re("series_role_words")
    said = _names_masked(text, groups)
    works = sorted((m.start, m.end) for g in groups if g.kind == "work" for m in g.mentions)
    for group in groups:
        if group.kind != "work" or group.cls != "CreativeWork" or group.key.endswith("-source"):
            continue
        if group.key in made_by_broadcaster:
            group.cls = "Series"
            continue
        # The words around a mention within its own sentence and clause.
        near = [re.split(CLAUSE_END, said[max(0, m.start - 60):m.start])[-1] + " "
                + re.split(CLAUSE_END, said[m.end:m.end + 60])[0] for m in group.mentions]
        film = sum(1 for w in near if film_re.search(w))
        series = sum(1 for w in near if series_re.search(w))
        heads = {_list_head_medium(said, works, m.start) for m in group.mentions} - {""}
        if len(heads) == 1 and not (film and series):
            group.cls = heads.pop()
            continue
        if film and not series:
            group.cls = "Film"
        elif series and not film:
            group.cls = "Series"
    _take_article_medium(text, groups, facts, works)


@lru_cache(maxsize=1)
def _list_head_res() -> tuple[tuple[str, re.Pattern], ...]:
    # A plural medium noun that opens a list ("films such as A, B and C", "other film projects
    # include A", "content including television shows A and B") says what each listed title is:
    # the noun is the list's head, and a list holds things of one kind.
    intro = r"(?:\s+[\w'\-]+){0,2}?,?\s+(?:such\s+as|including|include[sd]?|like)"
    out = []
    for cls, name in (("Film", "film_list_heads"), ("Series", "series_list_heads")):
        heads = alternation(sorted(words(name), key=len, reverse=True))
        out.append((cls, re.compile(r"\b(?:" + heads + r")(?:" + intro + r")?\s+(?:the\s+)?$", re.I)))
    return tuple(out)


def _list_head_medium(said: str, works: list[tuple[int, int]], start: int) -> str:
    """"Film" or "Series" when the list of titles that holds the title at `start` is introduced
    by a plural medium noun of its own clause ("films such as A and B"); "" otherwise."""
    begin = _list_start(said, works, start)
    before = re.split(CLAUSE_END, said[max(0, begin - 60):begin])[-1]
    found = {cls for cls, head_re in _list_head_res() if head_re.search(before)}
    return found.pop() if len(found) == 1 else ""


@lru_cache(maxsize=8)
def article_medium(text: str) -> str:
    """"Series" for a TV story, "Film" for a film story, "" for a mixed or thin one: the words of
    each medium counted over the article ("season", "network", "pilot"; "box office",
    "festival", "screenplay"), one side at least twice the other and seen three times."""
    series = len(_context_re("series_medium_words").findall(text))
    film = len(_context_re("film_medium_words").findall(text))
    if series >= 3 and series >= 2 * film:
        return "Series"
    if film >= 3 and film >= 2 * series:
        return "Film"
    return ""


def _source_before(text: str, start: int) -> bool:
    """A source noun in the clause before a title: "the novel X", "the hit games X and Y"."""
    before = re.split(CLAUSE_END, text[max(0, start - 40):start])[-1]
    return bool(_context_re("source_work_nouns", plural=True).search(before) or _context_re("stage_work_words").search(before))


def _source_after(text: str, end: int) -> bool:
    """A source noun in the clause after a title: "X, the 2015 novel by P"."""
    return bool(_context_re("source_work_nouns", plural=True).search(re.split(CLAUSE_END, text[end:end + 30])[0]))


# Between two titles of one list: a joiner, after an optional parenthesis ("A (or B), C and D").
TITLE_LIST_GAP_RE = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")


def _list_start(text: str, works: list[tuple[int, int]], start: int) -> int:
    """Where the list of titles that holds the title at `start` begins: "A, B and C" -> A."""
    ends = {e: s for s, e in works}
    moved = True
    while moved:
        moved = False
        for end, begin in ends.items():
            if end < start and TITLE_LIST_GAP_RE.fullmatch(text[end:start]):
                start, moved = begin, True
                break
    return start


def _take_article_medium(text: str, groups: list[EntityGroup], facts: list, works: list[tuple[int, int]]) -> None:
    """A work that nothing near it has typed takes the medium the article is about: the titles a
    TV story names (its own, its cast's other shows) are mostly series, a festival or release
    story's mostly films. On the dev and extra gold sets three in four such guesses are right,
    and a right subtype earns more than the superclass a wrong one loses. Books, plays and
    games are no screen works: a title the text calls a novel, a game or stage work, or that
    something is based on, stays a CreativeWork. The type's rule says it came from the article.
    works: the (start, end) of every work mention, as refine_work_media collected them."""
    medium = article_medium(text)
    if not medium:
        return
    sources = {f.object for f in facts if not f.is_attribute and f.predicate == "basedOn"}
    for group in groups:
        if group.kind != "work" or group.cls != "CreativeWork" or group.key.endswith("-source") or group.key in sources:
            continue
        # "the novel X", "X, the 2015 novel by P", "the hit game X": said of a source, not a
        # screen work; "the plays A, B and C": the noun before a list is said of each title in it.
        if any(_source_before(text, _list_start(text, works, m.start)) or _source_after(text, m.end) for m in group.mentions):
            continue
        group.cls = medium
        group.typed_by = "article-medium"


@lru_cache(maxsize=1)
def _company_agent_re() -> re.Pattern:
    verbs = alternation(sorted(words("company_agent_verbs"), key=len, reverse=True))
    return re.compile(r"\b(?:" + verbs + r")\b[^.;]{0,30}?\bby\s+(?:the\s+)?(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w\-]*-based\s+)?$")


# probeD: "Broad Green acquired U.S. rights to X", "Pine Hill has picked up North American
# rights": rights for a territory are bought by a distributor, a company, whatever the NER says
# of its name (a person may option "the film rights to a novel", but buys no territory). The
# territory is one to four capitalised words ("U.S.", "No. American", "UK and Irish") or a
# territory word of the lexicon, right before "rights".
TERRITORY_RIGHTS_BUYER_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:acquired|bought|purchased|picked\s+up|nabbed|snapped\s+up|secured|landed|"
    r"pre-bought|scooped\s+up|grabbed|took|taken)\s+(?:all\s+|the\s+|exclusive\s+)?"
    r"(?:(?:[A-Z][\w.\-]*|and|&|,|worldwide|global|international|domestic|theatrical|distribution|"
    r"streaming|broadcast|home|entertainment|video|TV|television)\s+){1,5}rights\b")


# "Berlin-based X", "the Cologne-based X": what a place bases is a company.
BASED_RE = re.compile(r"\b[A-Z\u00c0-\u00d6\u00d8-\u00de][\w\-]*-based\s+(?:\w+\s+){0,2}$")


@lru_cache(maxsize=1)  # the union is made once, not for each name tested against it
def _territory_names() -> frozenset[str]:
    return words("countries") | words("regions")


def _after_territory(before: str) -> bool:
    """Whether the text ends with a country or region and an opening bracket: "Germany (",
    "Australia and New Zealand ("."""
    head = before.rstrip()
    if not head.endswith("("):
        return False
    head = head[:-1].rstrip()
    return any(head.endswith(name) and (len(head) == len(name) or not head[-len(name) - 1].isalnum())
               for name in _territory_names())


def _maker_epithet_re() -> re.Pattern:
    """"Glasshouse producer Lumen Pictures", "Ember distributor Neon": a maker noun of the
    lexicon's work_epithet_nouns, then a capitalised name."""
    nouns = "|".join(sorted((re.escape(w) for ws in lexicon_table("work_epithet_nouns").values() for w in ws), key=len, reverse=True))
    return re.compile(r"^\s+(?:" + nouns + r")\s+(?:the\s+)?(?=[A-Z0-9\u00c0-\u00de])")


def vote_epithet_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a company, person or place that stands right before "producer
    X" or "distributor X" is the work X made or released: "Harbour Films has acquired
    Glasshouse producer Lumen Pictures" (corp3). A known company (gazetteer) keeps its class:
    "BBC producer Jane Roe" names the BBC's staff."""
    epithet = _maker_epithet_re()
    # The maker must be a company ("Glasshouse producer Jane Roe" is a person's credit, and
    # "Harbour Films producer Jane Roe" names a company's staff).
    company_starts = {m.start for g in groups if g.kind == "org" for m in g.mentions}
    suffixes = lower_words("company_name_suffixes")
    for group in groups:
        # Not a place: "US producer Lumen Pictures" says where the company is.
        if group.kind not in ("org", "person", "") or not group.ner_only:
            continue
        if any(w.lower() in suffixes for w in group.label.split()) or group.label in place_names():
            continue
        for m in group.mentions:
            match = epithet.match(text[m.end:m.end + 60])
            if match and m.end + match.end() in company_starts:
                group.votes["CreativeWork"] += 3.0 * len(group.mentions)
                break


# "X, directed by P", "X, written and directed by P": only a work is directed or written by someone.
CREDITED_AFTER_RE = re.compile(r",?\s+(?:which\s+(?:was|is)\s+|(?:to\s+be|being)\s+)?(?:co-)?(?:directed|helmed|written|scripted|penned)"
                               r"(?:\s+and\s+(?:co-)?(?:directed|produced))?\s+by\s+(?:[A-Z\u00c0-\u00de])")


PARTNER_BEFORE_RE = re.compile(r"\b(?:for|with|from|at|via|by|and)\s+(?:the\s+)?$", re.I)
PERSON_PARTNER_BEFORE_RE = re.compile(r"\b(?:for|from|at|via|by|and|starring|alongside|opposite)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _work_apposition_res() -> tuple[re.Pattern, re.Pattern]:
    heads = alternation(sorted(words("work_genre_heads") | {"debut", "directorial debut", "feature debut"}, key=len, reverse=True))
    # "X, Dana Vale's feature directorial debut that ...": an owner, a few modifiers, a work noun
    # that ends the phrase.
    owned = re.compile(r",\s+(?:[A-Z\u00c0-\u00de][\w\-]*\s+){1,3}?[A-Z\u00c0-\u00de][\w\-]*['\u2019]s\s+(?:[\w\-]+\s+){0,3}?(?:"
                       + heads + r")(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:that|which|about|from|starring|with|set)\b)")
    # "X, which Dana Vale will direct": a relative clause whose subject credits itself on X.
    relative = re.compile(r",\s+which\s+(?:[A-Z\u00c0-\u00de][\w\-'\u2019]*\s+){1,3}(?:will\s+|is\s+set\s+to\s+|is\s+to\s+|also\s+)?"
                          r"(?:co-)?(?:direct|directs|directed|write|writes|wrote|helm|helms|helmed|pen|pens|penned|star\s+in|stars\s+in|starred\s+in|headline|headlines)\b")
    return owned, relative


def vote_appositive_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone typed that an apposition calls someone's work ("The Lost Tide, Dana
    Vale's feature directorial debut") or that a relative clause credits ("Good Luck, which Dana
    Vale will direct") is that work: a person or a company is nobody's debut, and people take
    "who", not "which"."""
    owned, relative = _work_apposition_res()
    for group in groups:
        if group.kind in ("work", "agreement") or not group.ner_only:
            continue
        if group.label in _territory_names() or group.label in words("cities"):
            continue
        if any(owned.match(text, m.end) or relative.match(text, m.end) for m in group.mentions):
            group.votes["CreativeWork"] += 3.0 * len(group.mentions)


FROM_MAKERS_RE = re.compile(r",\s+(?:which\s+(?:comes|hails)\s+)?from\s+(?:the\s+)?")


def vote_works_from_makers(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person or a company (or an unquoted work of art, which it
    guesses for any capitalised run), with no company word and not opening with a given name,
    that ", from" and a sure company follow ("Dark Harbor, from Universal and Blumhouse, opens")
    is a work: a production is "from" its makers in trade news, while a person "from" a company
    is written with a given name ("Dana Vale, from CAA, said")."""
    starts = {m.start for g in groups if _sure_company(g) for m in g.mentions}
    for group in groups:
        if (group.kind not in ("person", "org", "") or _plain_person(group) or group.label in place_names()
                or not group.ner_only):
            continue
        if group.kind == "org" and (_not_surnames() & set(group.label.split())):
            continue  # "Lumen Films, from Paris,": a company's own name word
        if any((after := FROM_MAKERS_RE.match(text, m.end)) and after.end() in starts for m in group.mentions):
            group.votes["CreativeWork"] += 3.0 * len(group.mentions)


# Job words only a company's staff hold ("sales co-chief", "drama boss", "CEO"), unlike a work's
# crew ("creator", "director"), then a full name: "Cinesud sales co-chief Marc Aubert".
COMPANY_POST_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}(?:chief|co-chief|head|co-head|boss|president|co-president|ceo|co-ceo|"
                                   r"chairman|chairwoman|chair|topper|founder|co-founder|vp|svp|evp|md|cfo|coo|cco)\s+"
                                   r"[A-Z][\w\-]+\s+[A-Z][\w\-]+", re.I)


# The same posts in the possessive ("Kanal Nord's managing director, Tom Bell") or with the
# company after "of" ("Tom Bell, the head of Kanal Nord").
_COMPANY_POSTS = (r"(?:chief|co-chief|head|co-head|boss|president|co-president|ceo|co-ceo|chairman|chairwoman|chair|topper|founder|"
                  r"co-founder|vp|svp|evp|md|cfo|coo|cco|managing\s+director|director\s+general|general\s+manager)")
COMPANY_POST_POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)\s+(?:[a-z][\w\-]*\s+){0,2}" + _COMPANY_POSTS + r"\b", re.I)
COMPANY_POST_OF_RE = re.compile(r"\b(?:the|its|as|new|former)\s+(?:[a-z][\w\-]*\s+){0,2}" + _COMPANY_POSTS + r"\s+(?:of|at)\s+(?:the\s+)?$", re.I)


def vote_employers_before_posts(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person or a place, with no given name first, right before a
    post only a company's staff hold and a full name ("Cinesud sales co-chief Marc Aubert",
    "Lumo CEO Ana Ruiz"), or holding such a post in the possessive or after "of" ("Lumo's
    managing director, Ana Ruiz", "Ana Ruiz, the head of Lumo"), is the company the post is at: a
    person holds no "co-chief" of another."""
    for group in groups:
        if group.kind not in ("person", "place", "") or not group.ner_only or _plain_person(group) or len(group.label.split()) > 2:
            continue
        if group.label in place_names():
            continue  # "US sales chief A": a country's name says where, not whose
        if any(COMPANY_POST_AFTER_RE.match(text, m.end) or COMPANY_POST_POSSESSIVE_RE.match(text, m.end)
               or COMPANY_POST_OF_RE.search(text, max(0, m.start - 48), m.start) for m in group.mentions):
            group.votes["Organization"] += 3.0 * len(group.mentions)


# "Netflix's Lucifer", "CBS' Madam": a company's possessive, then the name.
COMPANY_POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)\s+$")


def vote_company_possessive_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person that a sure company's possessive opens ("Netflix's
    Lucifer", "CBS' Bloodline") and that does not open with a given name is the company's
    show, not its employee: trade news writes a network's or studio's staff with a full name
    ("Netflix's Dana Vale"), its titles with a bare title. Only a one-word name: a full name
    whose given name is rare ("Netflix's Amir Tabrizi") looks like a title to the word lists.
    A name followed by words only a person takes ("Netflix's Vale said") keeps the person's vote."""
    ends = {m.end for g in groups if _sure_company(g) for m in g.mentions}
    for group in groups:
        if (group.kind != "person" or not group.ner_only or len(group.label.split()) != 1
                or opens_with_given_name(group.label)):
            continue
        if any(PERSON_AFTER_RE.match(text[m.end:m.end + 40]) for m in group.mentions):
            continue
        for m in group.mentions:
            before = COMPANY_POSSESSIVE_RE.search(text, max(0, m.start - 4), m.start)
            if before and before.start() in ends:
                group.votes["CreativeWork"] += 3.0 * len(group.mentions)
                break


# "produced by Kalvik for Channel 4": a maker credited for a channel or platform.
MADE_BY_BEFORE_RE = re.compile(r"(?<![Ee]xecutive )(?<![Ee]xecutive-)\b(?:[Cc]o-)?(?:[Pp]roduced|[Mm]ade|[Dd]eveloped)\s+by\s+$")
MADE_FOR_AFTER_RE = re.compile(r"\s+for\s+(?:the\s+)?")
MADE_WITH_AFTER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def vote_made_for_companies(text: str, groups: list[EntityGroup]) -> None:
    """A one-word name the NER alone calls a person, not a given name, that "produced by" opens
    is the production company when "for" a company closes it ("produced by Kalvik for Channel
    4"), when a company is listed beside it ("produced by Kalvik and Harbour Films"), or when no
    person of the article bears the name: a commission is made by a company, while a person so
    credited is written with a full name ("produced by Dana Vale for Channel 4"), and later by a
    surname the full name has introduced ("produced by Vale"). "Executive produced by" credits
    people, one-word stage names among them, and is left to the NER."""
    starts = {m.start for g in groups if g.kind == "org" for m in g.mentions}
    named = {t for g in groups if g.kind == "person" and len(g.label.split()) > 1 for t in g.label.split()}
    for group in groups:
        if (group.kind != "person" or not group.ner_only or len(group.label.split()) != 1
                or opens_with_given_name(group.label)):
            continue
        for m in group.mentions:
            after = MADE_FOR_AFTER_RE.match(text, m.end) or MADE_WITH_AFTER_RE.match(text, m.end)
            closed = (after and after.end() in starts) or group.label not in named
            if closed and MADE_BY_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break


# "premieres on Kanal Nord", "airs on TV Azul", "streaming via Lumo": what a work premieres, airs
# or streams on is a channel or a service.
SHOWN_ON_BEFORE_RE = re.compile(r"\b(?:premieres?|premiered|premiering|airs?|aired|airing|streams?|streamed|streaming|"
                                r"broadcasts?|broadcasting|debuts?|debuted|debuting|bows?|bowed)\s+(?:on|via)\s+$")


def vote_showing_channels(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person, a place or a building, with no given name first, that
    a work premieres, airs or streams on ("premieres on Kanal Nord in October") is a channel or a
    service (a theatre's stage is named as a place: "premiered on Broadway" is left alone)."""
    for group in groups:
        if group.kind not in ("person", "place", "facility", "") or not group.ner_only or opens_with_given_name(group.label):
            continue
        if group.label in place_names() or group.label in ("Broadway", "West End", "Off-Broadway"):
            continue
        if any(SHOWN_ON_BEFORE_RE.search(text, max(0, m.start - 24), m.start) for m in group.mentions):
            group.votes["Broadcaster"] += 3.0 * len(group.mentions)


@lru_cache(maxsize=1)
def _described_work_res() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    """The genre nouns of described_work_heads with the class each gives, and the two places a
    description stands: right before the name ("the factual programme X") and in apposition
    after it ("X, a sci-fi show co-produced with Y")."""
    classes = {w: cls for cls, ws in lexicon_table("described_work_heads").items() for w in ws}
    heads = alternation(sorted(classes, key=len, reverse=True))
    # "head of drama Jane Roe", "the prize for comedy": after "of" or "for" the noun is a field.
    before = re.compile(r"(?<![\w-])(?<!\bof )(?<!\bfor )(?<!\bin )(" + heads + r")\s+$")
    # A few modifiers, none a preposition or relative word ("the company behind the series" is no
    # description of the company), then the head ending the phrase or opening its complement.
    modifier = r"(?!(?:behind|of|for|with|from|in|on|at|by|to|and|or|who|which|that|whose)\b)[\w$.'\u2019\-]+"
    after = re.compile(r",\s+(?:a|an|the)\s+(?:" + modifier + r"\s+){0,4}?(" + heads + r")"
                       r"(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:that|which|about|from|starring|with|set|co-produced|produced|directed|"
                       r"written|based|by|for|in|on|airing|streaming|due)\b)")
    return classes, before, after


def vote_described_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone took for a person, a company or a place that a genre noun describes is
    a title: right before it ("Dana Vale's noir Glass Harbour", "the factual programme Night
    Shift") or in apposition ("Tidewater, a sci-fi show co-produced with AMC"; "Saltmarsh, a
    $20 million period film"). Only a work is a noir, a saga or a show. The noun's medium gives
    Film or Series; a drama or a thriller may be either and stays a CreativeWork. Before the
    name, one that opens with a frequent given name is more often the subject of a relative
    clause ("the drama Jane Roe wrote"), and a name with a company word ("the series Lumen
    Pictures produced") is the company's."""
    classes, before_re, after_re = _described_work_res()
    stop = words("org_suffixes") | words("company_name_suffixes")
    for group in groups:
        if group.kind in ("work", "agreement") or not group.ner_only:
            continue
        if group.label in _territory_names() or group.label in words("cities") or set(group.label.split()) & stop:
            continue
        found = ""
        for m in group.mentions:
            after = after_re.match(text, m.end)
            # "will show Kiri Holm's second film X": a name with a possessive owns what follows,
            # and the noun before it is a verb ("show", "feature") more often than a description.
            owner = text.startswith(("'s", "\u2019s"), m.end) or text[m.end - 2:m.end] in ("'s", "\u2019s")
            before = None if opens_with_given_name(group.label) or owner else before_re.search(text, max(0, m.start - 30), m.start)
            described = after or before
            if described:
                found = classes[described.group(1).lower()] if described.group(1).lower() in classes else "CreativeWork"
                break
        if found:
            group.votes[found] += 3.0 * len(group.mentions)
            # The description is the cue that makes the name a title (see titles' cued works).
            group.mentions = [replace(m, cued=True) for m in group.mentions]


def vote_credited_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a company, an event or a place that a participle of directing or
    writing follows ("talks on Civil Strife, directed by Dana Vale") is the work so credited: a
    company or a festival is never directed or written by anyone. A name some other source typed
    keeps its class."""
    for group in groups:
        # A name the NER took for a person's is a title here too, unless a given name opens it:
        # "the festival opens with Glass Harbor, directed by P" ("starring Tom Hale, directed by
        # P" goes back to the film).
        person = group.kind == "person" and not opens_with_given_name(group.label)
        if group.kind not in ("org", "place", "event", "") and not person or not group.ner_only:
            continue
        if group.label in _territory_names() or group.label in words("cities"):
            continue  # "shot in Spain, directed by": a place the clause is about
        # "the series X for Streamly, directed by P": after "for", "with" or "from" the name is
        # the platform or partner of a work the participle goes back to (a cast member after
        # "with" is a person, whom the given-name test keeps).
        partner = PARTNER_BEFORE_RE if not person else PERSON_PARTNER_BEFORE_RE
        if any(CREDITED_AFTER_RE.match(text, m.end) and not partner.search(text, max(0, m.start - 8), m.start)
               for m in group.mentions):
            group.votes["CreativeWork"] += 3.0 * len(group.mentions)


# What only a work does, right after its name: comes out in a year ("X premiered in 2019", "X
# was first released in May 2019"; a director premieres "in Venice"), takes money or admissions
# ("X grossed $40m", "X sold 12 million tickets"). Not a transitive use ("premiered her film").
RELEASED_AFTER_RE = re.compile(r"[\u201d\"]?,?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:first|originally|initially)\s+)?"
                               r"(?:(?:released|premiered|aired|debuted|bowed)(?=\s+(?:theatrically\s+|worldwide\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)"
                               r"|grossed\b|sold\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?[\d.,]+\s+(?:million\s+)?(?:tickets|admissions))")
# An opening participle of a first showing, said of the subject after its comma: "Released in
# 2013, X sold ...", "First aired on BBC One in 1972, X ran ...".
RELEASED_BEFORE_RE = re.compile(r"(?:^|\n|[.!?][\u201d\"]?\s+)(?:(?:First|Originally|Initially)\s+)?(?:[Rr]eleased|[Pp]remiered|[Aa]ired|[Bb]roadcast)"
                                r"\s+(?:in|on|at)\s+[^,.;\n]{1,40},\s+$")


# Where the subject a verb of coming out is said of opens: the sentence's start, or a work noun
# ("The film X grossed"); not inside a phrase ("The film starring A grossed": A is cast).
SUBJECT_START_RE = re.compile(r"(?:^|\n|[.!?][\u201d\"]?\s+|[\u201c\"]|\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:film|movie|series|show|drama|feature|sequel|thriller|comedy|documentary)\s+)$")


def vote_released_works(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone typed a person, a company or a place that comes out, grosses or sells
    tickets is a title: "Released in 2013, Paper Lanterns sold 12 million tickets", "Night Ferry
    premiered in 2019". Not a name a given name opens ("Dana Vale premiered in Cannes" may be a
    director's own premiere)."""
    for group in groups:
        if group.kind not in ("person", "org", "place", "") or not group.ner_only or opens_with_given_name(group.label):
            continue
        if group.label in _territory_names() or group.label in words("cities") \
                or {w for word in group.label.split() for w in (word, word.removesuffix("s"))} & _not_surnames():
            continue  # "Released in Spain, ...", "Lumen Cinemas sold 4.2 million tickets": a place, a company
        # (After an opening participle, the name is the subject, not an owner: "Premiered at Berlin,
        # A's drama X ...".)
        if any(RELEASED_AFTER_RE.match(text, m.end) and SUBJECT_START_RE.search(text, max(0, m.start - 40), m.start)
               or RELEASED_BEFORE_RE.search(text, max(0, m.start - 60), m.start) and not text.startswith(("'s", "\u2019s"), m.end)
               for m in group.mentions):
            group.votes["CreativeWork"] += 3.0 * len(group.mentions)
            group.mentions = [replace(m, cued=True) for m in group.mentions]


# "X is repped by A, B and C; Y by D": who represents talent is an agency, a management
# company or a law firm ("Jackoway Tyerman"), whatever a name's shape says. The list after
# the verb, and each clause the semicolons elide the verb from, names only companies; a person
# is written with a lower-case noun ("attorney Ryan Cole"), which ends the list.
REPRESENTED_RE = re.compile(r"\b(?:repped\s+by|(?:is|are)\s+(?:also\s+|now\s+)?represented\s+by)\s+")
ELIDED_BY_RE = re.compile(r";\s*(?:and\s+)?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]*(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]*)*\s+by\s+")
LIST_JOINER_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _represented_by(text: str, start: int) -> bool:
    """Whether the name at `start` is an item of a "repped by" list of its sentence."""
    window = text[max(0, start - 240):start]
    if "repped" not in window and "represented" not in window:
        return False  # REPRESENTED_RE finds nothing in it
    head = re.split(r"(?<=[a-z0-9])[.!?]\s+(?=[A-Z])|\n", window)[-1]
    found = list(REPRESENTED_RE.finditer(head))
    if not found:
        return False
    tail = head[found[-1].end():]
    elided = list(ELIDED_BY_RE.finditer(tail))
    if elided:
        tail = tail[elided[-1].end():]
    if ";" in tail:
        return False  # a clause of its own after the list: "; and Dunne by ..." names a client
    pieces = [p.strip() for p in LIST_JOINER_RE.split(tail)]
    return pieces[-1] == "" and all(p[:1].isupper() or p.startswith("the ") for p in pieces[:-1])


BANNER_APPOSITION_RE = re.compile(r"\b(?:production\s+(?:banner|shingle|company|outfit|label)|prodco|banner|shingle)\s*,\s*$")
# "his Kestrel North banner", "her own Harbour Lane prodco": a name a possessive pronoun opens
# and a banner noun closes is the owner's production company.
OWNER_PRONOUN_BEFORE_RE = re.compile(r"\b(?:his|her|their)\s+(?:own\s+)?$", re.I)
BANNER_AFTER_RE = re.compile(r"\s+(?:production\s+)?(?:banner|shingle|prodco|outfit)\b")


# "the Sunset Grove lot", "the Harbour Point complex": a name between "the" and a site noun
# modifies the site it names; a company is not a lot, a complex or a property.
FACILITY_HEAD_AFTER_RE = re.compile(r"\s+(?:lot|backlot|complex|campus|property|tower|studio\s+lot)\b")


def vote_facility_heads(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a company, person or place that "the" opens and a site noun
    closes ("the Sunset Grove lot", "the Academy Row property") is the facility so named."""
    for group in groups:
        if group.kind not in ("org", "person", "place", "") or not group.ner_only:
            continue
        if group.label in _territory_names() or group.label in words("cities"):
            continue  # "the Toronto complex": a city locates the site, it is none
        if any(text[max(0, m.start - 4):m.start].lower() == "the " and FACILITY_HEAD_AFTER_RE.match(text, m.end)
               for m in group.mentions):
            group.votes["Facility"] += 3.0 * len(group.mentions)


def vote_company_contexts(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person or a place is a company where only a company fits:
    the agent of "released / picked up / distributed by", or a name after "Berlin-based"."""
    agent_re = _company_agent_re()
    for group in groups:
        # kind "": a name the NER called a place that nothing places (see finders._gpe_class)
        if group.kind not in ("person", "place", "") or not group.ner_only:
            continue
        if group.label in _territory_names():
            continue  # "acquired by U.S. distributors": the country modifies the agent, it is none
        for m in group.mentions:
            if text.startswith("-based", m.end):
                continue  # "by Berlin-based X": the place that bases the company
            before = text[max(0, m.start - 60):m.start]
            # "repped by APA, Tom Vale and Holloway Tremaine": a manager named in the list opens
            # with a given name and stays a person; the agencies and firms are companies.
            # "financed by Tallow Media and produced by Nora Fenn": the agent may be a person's
            # name the regex reaches past "produced"; a full name that opens with a frequent
            # given name stays a person's, as a represented manager's does.
            full_name = " " in group.label and opens_with_given_name(group.label)
            if (agent_re.search(before) and not full_name) or BASED_RE.search(before[-40:]) \
                    or (_represented_by(text, m.start) and not full_name) \
                    or (TERRITORY_RIGHTS_BUYER_RE.match(text, m.end) and not opens_with_given_name(group.label)):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break
            # "her Boston-based production banner, Harbour Lane": a name in apposition to a
            # production company's own nouns is that company, whatever the NER says of it; so is
            # one a possessive pronoun opens and a banner noun closes ("his Kestrel North banner").
            if BANNER_APPOSITION_RE.search(before) or (OWNER_PRONOUN_BEFORE_RE.search(before) and BANNER_AFTER_RE.match(text, m.end)):
                group.votes["ProductionCompany"] += 3.0 * len(group.mentions)
                break
            # "sold to Germany (Prokino), Turkey (Filmarti)": a name bracketed after a country
            # or region is that territory's buyer, a distributor (corp3).
            if text.startswith(")", m.end) and group.label not in _territory_names() and _after_territory(before):
                group.votes["Distributor"] += 3.0 * len(group.mentions)
                break


def vote_deal_parties(doc: Doc, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person (or a place nothing places) is a company when the
    sentence makes it a party only a company is in: "Brackwater has acquired Gray Harbor",
    "Kestrel will distribute", "Kestrel is handling world sales", "sold to Kestrel". A person may
    buy rights too ("Jane Roe acquired the rights", a producer): a name that opens with a frequent
    given name stays a person."""
    for group in groups:
        if group.kind not in ("person", "place", "") or not group.ner_only:
            continue
        if group.label in place_names() or opens_with_given_name(group.label):
            continue
        for m in group.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and deal_party_slot(span.root):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break


def _bare_name(group: EntityGroup) -> bool:
    """A name only the NER typed, as a company or a place, that could be a person's: two or
    three capitalised words, no company word, no country or region ("Nina Holt" tagged GPE)."""
    if group.kind == "org":
        return _bare_org(group)
    if group.kind != "place" or not group.ner_only:
        return False
    tokens = group.label.split()
    return (2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)
            and group.label not in words("countries") and group.label not in words("regions"))


def _listed(token: Token) -> list[Token]:
    """The token and the names coordinated or set in apposition with it ("A, B and C")."""
    found, todo = [], [token]
    while todo:
        t = todo.pop()
        found.append(t)
        # "A (Saltmarsh)": a parenthesis after a name holds its credits, not another name
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")
                 and not (c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == "(")]
    return found


def _cast_slots(doc: Doc, kind_at: dict[int, str]) -> set[int]:
    """Token indices of the names a clause puts in a cast. Each construction reads the parse:
    - the subject of a verb only an actor is subject of, "A will play Meg", "A and B are set to
      star in X", "A co-stars" (cast_subject_verbs); "star" with an object has a work for subject;
    - the subject of "join / lead / round out the cast" (cast_nouns as object);
    - the objects of "X stars A, B and C", "a drama starring A" (cast_object_verbs);
    - the objects of "the cast includes / features A and B";
    - the name after "alongside" or "opposite" in a clause that casts (cast_partner_words)."""
    subject_verbs = lower_words("cast_subject_verbs")
    object_verbs = lower_words("cast_object_verbs")
    cast_nouns = lower_words("cast_nouns")
    slots: set[int] = set()

    def subjects(verb: Token) -> list[Token]:
        # "A is set to star": the subject of the verb the infinitive completes.
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        found = [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for p in _listed(s)]
        if not found and verb.dep_ in ("relcl", "acl"):
            found = [verb.head]  # "A, who stars in X", "A, playing a nurse in X"
        return found

    for verb in _cast_verbs(doc, subject_verbs, object_verbs, cast_nouns):
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        casting = False
        if lemma in subject_verbs:
            if lemma in ("star", "co-star", "costar", "appear"):
                # "A stars in X", "A co-stars": an actor; "X stars A": the work.
                casting = not objects and (lemma != "appear" or bool(preps & {"in", "as", "alongside", "opposite"}))
            elif lemma in ("topline", "headline", "front"):
                casting = not objects or any(kind_at.get(o.i) == "work" for o in objects)
            else:
                casting = True
        elif lemma in lower_words("role_landing_verbs"):
            casting = any(o.lower_ in lower_words("role_nouns") for o in objects)  # "A has landed a lead role"
        elif lemma in ("join", "lead", "round", "head"):
            # "A joins / leads / rounds out the cast", "A will lead X", "A joins X": X a work
            casting = any(o.lower_ in cast_nouns or kind_at.get(o.i) == "work" for o in objects)
        if casting:
            slots.update(t.i for t in subjects(verb))
        # "X stars A, B and C", "the drama starring A and B"
        if lemma in object_verbs or verb.lower_ in object_verbs:
            if not any(kind_at.get(s.i) == "person" for s in subjects(verb)):
                slots.update(t.i for o in objects for t in _listed(o))
        # "X has added A and B to the cast", "A has been added to the cast"
        if lemma in lower_words("cast_adding_verbs") and any(
                n.lower_ in cast_nouns for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for n in p.children):
            slots.update(t.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in _listed(c))
        # "the cast includes A and B", "the ensemble also features A"
        if lemma in ("include", "feature") and any(s.lower_ in cast_nouns for c in verb.children if c.dep_ == "nsubj"
                                                   for s in [c, *c.children]):
            slots.update(t.i for o in objects for t in _listed(o))
        if casting or any(o.lower_ in cast_nouns for o in objects):
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in lower_words("cast_partner_words"):
                    slots.update(t.i for p in prep.children if p.dep_ == "pobj" for t in _listed(p))
    return slots


def _cast_verbs(doc: Doc, subject_verbs: frozenset[str], object_verbs: frozenset[str], cast_nouns: frozenset[str]) -> list[Token]:
    """The verbs and nouns _cast_slots reads, in document order: those whose lemma (or form) is
    one of its verbs, and those with "the cast" or the like for object. Found on the token
    table's strings, so that no Token is made for the many other words of an article."""
    table = token_table(doc)
    lemmas = subject_verbs | object_verbs | lower_words("role_landing_verbs") | lower_words("cast_adding_verbs") \
        | {"join", "lead", "round", "head", "include", "feature"}
    casting_objects = {table.head[j] for j in range(len(doc))
                       if table.dep[j] in ("dobj", "attr") and table.lower[j] in cast_nouns and table.head[j] != j}
    return [doc[i] for i in range(len(doc))
            if table.pos[i] in ("VERB", "NOUN", "AUX")
            and (table.lemma[i].lower() in lemmas or table.lower[i] in object_verbs or i in casting_objects)]


def _cast_list_slots(doc: Doc, starts: dict[int, int]) -> set[int]:
    """Token indices of the names listed after a cast trigger ("starring A, B (X) and C", "the
    cast includes A as Meg and B") or before one ("A (X) and B round out the cast"): the
    starring phrases of credit_list_triggers and credit_list_lead_triggers. Read on the tokens,
    because the small model's parse of a long list of names is often broken; a list goes on
    over commas, "and", a parenthesis of credits and a character after "as", and nothing else.
    starts maps the first token of each name to its end."""
    from mediakg.extract.relations.constructions import first_words, trigger_index  # data tables, no rules

    slots: set[int] = set()
    glue = (",", "and", "&")

    # The walk reads only the words' strings: from the token table, no Token made for each word.
    parse = token_table(doc)
    text, lower, pos, tag, n = parse.text, parse.lower, parse.pos, parse.tag, len(doc)

    def walk(i: int, step: int, end: int) -> None:
        lead = 4 if step > 0 else 0  # "starring popular Korean actors A and B"
        while 0 <= i < n and i != end:
            if text[i] == ("(" if step > 0 else ")"):
                close = ")" if step > 0 else "("
                while 0 <= i < n and i != end and text[i] != close:
                    i += step
            elif step > 0 and i in starts and starts[i] < n and tag[starts[i]] == "POS":
                i, lead = starts[i], 0  # "starring Ember's Dana Vale": the possessive is her show's title
            elif step > 0 and i in starts:
                slots.add(i)
                i, lead = starts[i] - 1, 0
            elif step < 0 and i in ends:
                slots.add(ends[i])
                i, lead = ends[i], 0
            elif step > 0 and lower[i] == "as" and slots:
                while i + 1 < n and i + 1 != end and text[i + 1] not in (",", "and", ";", "."):
                    i += 1  # "A as Detective Ruth Kane, B": the character is no cast member
            elif lower[i] in glue or (step < 0 and pos[i] in ("AUX", "ADV", "PART")):
                pass
            elif lead and pos[i] in ("ADJ", "NOUN", "DET", "PROPN") and text[i].islower():  # Token.is_lower
                lead -= 1
            else:
                return
            i += step

    ends = {end - 1: start for start, end in starts.items()}
    lowers = lower_forms(doc)  # the trigger tables are looked up word by word, as strings
    # A phrase's words as split from the document text (whitespace after the last token aside,
    # which split() drops): doc[i:j].text without joining the tokens again.
    said, at = document_text(doc), token_starts(doc)
    # Only the words that open a phrase are tried: the word index finds them once for the
    # document, and each sentence takes its share by bisection (in order, as a scan of its words
    # would meet them: a walk reads the slots found before it).
    tables = [(trigger_index(name), step) for name, step in (("credit_list_triggers", 1), ("credit_list_lead_triggers", -1))]
    openers = [word_positions(doc, lower=first_words(table)) for table, _ in tables]
    for sent in doc_sents(doc):
        for (table, step), opening in zip(tables, openers):
            for i in opening[bisect_left(opening, sent.start):bisect_left(opening, sent.end)]:
                for phrase, predicate in table[lowers[i]]:
                    if predicate == "starring" and said[at[i]:at[min(i + len(phrase), n)]].lower().split() == list(phrase):
                        if step > 0:
                            walk(i + len(phrase), 1, sent.end)
                        else:
                            walk(i - 1, -1, sent.start - 1)
                        break
    return slots


def vote_cast_people(doc: Doc, groups: list[EntityGroup]) -> None:
    """A name the small model took for a company or a place is a person when a clause puts it in
    a cast: only actors star in, play, headline or join the cast of a work."""
    spans = {}
    for group in groups:
        for m in group.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans[id(m)] = span
    kind_at = {spans[id(m)].root.i: g.kind for g in groups for m in g.mentions if id(m) in spans}
    slots = _cast_slots(doc, kind_at)
    listed = _cast_list_slots(doc, {s.start: s.end for s in spans.values()})
    slots |= {spans[id(m)].root.i for g in groups for m in g.mentions if id(m) in spans and spans[id(m)].start in listed}
    for group in groups:
        if not _bare_name(group):
            continue
        if any(id(m) in spans and spans[id(m)].root.i in slots for m in group.mentions):
            group.votes["Person"] += 3.0 * len(group.mentions)


# --- company roles from what the sentence says the company does (types branch) ---------------------



def _is_gazetteer(group: EntityGroup) -> bool:
    return any(m.source == "gazetteer" for m in group.mentions)


def _work_like(token: Token, work_starts: set[int]) -> bool:
    """A passive subject or an object that is a title or a title's rights: "the film", "Cold
    Harbour", "the German rights"."""
    return any(t.idx in work_starts or t.lower_ in words("work_object_words") for t in token.subtree)


def _agent_role(root: Token, work_starts: set[int]) -> str:
    """The role of the agent of a passive: "will be released in Germany by X" (a distributor),
    "was picked up by X" (a distributor, when a title or its rights were picked up), "was
    co-produced by X" (a production company)."""
    if root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.dep_ != "agent":
        return ""
    verb = root.head.head
    lemma = verb.lemma_.lower()
    if lemma in words("release_agent_verbs"):
        return "Distributor"
    if lemma in words("produce_agent_verbs"):
        return "ProductionCompany"
    if lemma in words("acquire_agent_verbs"):
        subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if any(_work_like(s, work_starts) for s in subjects):
            return "Distributor"
    return ""


def _buyer_role(root: Token) -> str:
    """The subject of buying a title's territorial rights is a distributor: "X bought the German
    rights to Cold Harbour", "X has acquired UK rights"."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in words("territory_rights_buy_verbs"):
        return ""
    objects = [c for c in root.head.children if c.dep_ == "dobj"]
    return "Distributor" if any(o.lemma_.lower() == "right" or o.lower_ == "rights" for o in objects) else ""


def _releaser_role(root: Token, work_starts: set[int]) -> str:
    """The subject of releasing or distributing a title is its distributor: "X will distribute
    Cold Harbour in the UK", "X will release the film", "X will release in Canada" (the title
    left understood, a territory named). A company releases a title into a market; a producer
    makes it. Another object ("X released a statement") says nothing."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in words("release_agent_verbs"):
        return ""
    verb = root.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return "Distributor" if any(_work_like(o, work_starts) for o in objects) else ""
    territories = words("countries") | words("regions")
    placed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return "Distributor" if any(doc_span_text(p) in territories for p in placed) else ""


def doc_span_text(token: Token) -> str:
    """The words of a token's subtree, as written ("the U.K." -> "U.K.")."""
    words_ = [t for t in token.subtree if t.dep_ != "det"]
    return token.doc[words_[0].i:words_[-1].i + 1].text if words_ else token.text


def _seller_role(root: Token, work_starts: set[int]) -> str:
    """A company that sells a title or handles its sales is its sales agent, which the ontology
    gives no class of its own: "X is handling international sales", "X is selling Cold Harbour to
    buyers", "Cold Harbour has been sold by X to 20 territories". The role is the honest
    Organization, over a generic word of its name ("X Films", "X Entertainment")."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        # the passive: "T is being sold by X", "international sales are handled by X"
        verb = verb.head
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if lemma in words("sales_handle_verbs") and any(s.lower_ == "sales" for s in subjects):
            return "Organization"
        return "Organization" if lemma in words("sell_verbs") and any(_work_like(s, work_starts) for s in subjects) else ""
    if root.dep_ != "nsubj":
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if lemma in words("sales_handle_verbs") and any(o.lower_ == "sales" for o in objects):
        return "Organization"
    # "X has sold T", "X has sold seven more territories on T": a title or its territories
    if lemma in words("sell_verbs") and any(_work_like(o, work_starts) or o.lemma_.lower() == "territory" for o in objects):
        return "Organization"
    return ""


@lru_cache(maxsize=1)
def _descriptor_heads() -> dict[str, list[str]]:
    """Descriptor nouns and the class each gives: the shared table and the works helper's additions
    ("indie", "regulator", "screen agency")."""
    return dict(company_descriptor_heads())


# Nouns of a person that a company word may modify: "a studio veteran", "a network insider".
PERSON_AFTER_DESCRIPTOR = frozenset({"executive", "executives", "execs", "veteran", "veterans", "alum", "alumna", "alumnus",
                                     "insider", "insiders", "star", "stars", "regular", "favourite", "favorite"})


@lru_cache(maxsize=1)
def _descriptor_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    heads = alternation(sorted(_descriptor_heads(), key=len, reverse=True))
    # "X, the Berlin-based production banner": an apposition, a few modifiers before its head.
    # A modifier may be a dotted place abbreviation: "X, the U.K. shingle behind Y".
    # Not a person's job or standing: "A, a network executive", "A, a studio veteran".
    people = alternation(sorted(words("role_title_words") | PERSON_AFTER_DESCRIPTOR, key=len, reverse=True))
    after = re.compile(r",\s+(?:a|an|the)\s+(?:(?:[\w'-]+|(?:[A-Z]\.){2,})\s+){0,3}?(" + heads + r")\b(?!\s+(?:of|for|" + people + r")\b)(?=[\s,.;]|$)", re.I)
    # "the Lumen Pictures release": a release named by its distributor.
    release = re.compile(r"\b(?:a|an|the)\s+$")
    # "the production banner X", "indie shingle X", "sales agent X": a descriptor right before the name.
    before = re.compile(r"\b(" + heads + r")\s+$", re.I)
    return after, release, before


def company_roles(doc: Doc, groups: list[EntityGroup]) -> dict[str, set[str]]:
    """The roles the text gives each company, read from the parse and the words around its
    mentions: release and production agents, buyers of rights, "the X release", and an
    apposition ("X, the production company behind Y")."""
    text = document_text(doc)
    after_re, release_re, before_re = _descriptor_res()
    heads = _descriptor_heads()
    work_starts = {m.start for g in groups if g.kind == "work" for m in g.mentions}
    lists = _company_lists(text)
    roles: dict[str, set[str]] = {}
    for group in groups:
        # A name the NER alone took for a person or a place is a company when the text describes
        # it as one ("Merman, the production company she co-founded"); its acts alone do not say so.
        described_only = group.kind in ("person", "place") and group.ner_only
        if (group.kind != "org" and not described_only) or _is_gazetteer(group):
            continue
        found: set[str] = set()
        for m in group.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for role in (_agent_role(span.root, work_starts), _buyer_role(span.root), _seller_role(span.root, work_starts),
                         _releaser_role(span.root, work_starts)):
                if role and not described_only:
                    found.add(role)
            if not described_only and text.startswith(" release", m.end) and release_re.search(text[max(0, m.start - 5):m.start]) \
                    and not text[m.end + 8:m.end + 9].isalpha():
                found.add("Distributor")
            # "the production company Jane Roe co-founded": before a name the NER calls a person,
            # the descriptor is more often the head of a relative clause than the person's.
            before = before_re.search(text, max(0, m.start - 30), m.start)
            # probeB: "Broadcaster Tolvane has commissioned": a descriptor opening the sentence
            # heads no relative clause; it describes the name after it, whatever the NER said.
            # The descriptor may be two words ("Production company X", "Indie outfit X").
            head = doc.char_span(before.start(1), before.end(1), alignment_mode="expand") if before is not None else None
            opening = head is not None and head[0].is_sent_start and head[0].is_title
            if described_only and not opening:
                before = None
            after = after_re.match(text, m.end)
            if after and after.group(1)[:1].isupper():
                after = None  # "in the UK, the Roald Dahl Story Company": a capitalised head is a name's
            for described in (after, before):
                if described:
                    found.add(heads[described.group(1).lower()][0] or "Organization")
        for m in group.mentions:
            # "distributors include A (Spain), B (Italy)": the bracketed territory is no member.
            # A name the NER calls a person that opens with a frequent given name stays a person.
            if described_only and opens_with_given_name(group.label):
                break
            if any(s <= m.start and m.end <= e for s, e, _ in lists) and not text[:m.start].rstrip().endswith("("):
                found.update(cls for s, e, cls in lists if s <= m.start and m.end <= e)
        if found:
            roles[group.key] = found
    return roles


# One item of a list of names a verb opens (joined by commas, semicolons or "and"): a capitalised
# run ("NOS Lusomundo", "the BBC"), and a parenthesis after it (the territory it buys: "Empire
# (South Africa)").
NAME_ITEM = r"(?:the\s+)?[A-Z0-9\u00c0-\u00de][\w'\u2019.&\-]*(?:\s+[A-Z0-9\u00c0-\u00de&][\w'\u2019.&\-]*)*(?:\s*\([^()\n]{1,40}\))?"
NAME_LIST_RE = re.compile(NAME_ITEM + r"(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*)" + NAME_ITEM + r")*")


@lru_cache(maxsize=1)
def _company_list_head_re() -> re.Pattern:
    """A plural company noun and what opens its list (see _company_lists), compiled once."""
    heads = alternation(sorted(lexicon_table("company_list_heads"), key=len, reverse=True))
    return skipping(r"\b(" + heads + r")\b(?:[^.;:\u2014\n]|\.(?!\s)|(?<=[A-Z\u00c0-\u00d6\u00d8-\u00de])\.){0,40}?(?:\s--|\s?\u2014|:|,?\s+including|,?\s+such\s+as|(?P<verb>\s+(?:also\s+)?include[sd]?))\s+", re.I)


def _company_lists(text: str) -> list[tuple[int, int, str]]:
    """The spans of lists a plural company noun heads: "four production ventures in the U.K. --
    A, B, C and D", "distributors such as A and B". The list runs to the sentence's end. After
    the verb "include" ("other distributors for X include A (Spain) and B (Italy)") the object
    may be a clause ("distributors include Dana Vale, who runs ..."): the list is only the names
    joined to the first."""
    table = lexicon_table("company_list_heads")
    found = []
    for match in _company_list_head_re().finditer(text):
        if match.group("verb"):
            names = NAME_LIST_RE.match(text, match.end())
            # One name alone may be a person or the subject of a clause: a list names two.
            if names and re.search(r"[,;]|\sand\s|&", re.sub(r"\([^()]*\)", "", names.group(0))):
                found.append((match.end(), names.end(), table[match.group(1).lower()][0]))
            continue
        end = re.search(r"[.;\n]\s|$", text[match.end():])
        found.append((match.end(), match.end() + (end.start() if end else 0), table[match.group(1).lower()][0]))
    return found


def settle_company_roles(groups: list[EntityGroup], roles: dict[str, set[str]]) -> None:
    """A company's role stated in the text decides its class over a generic word of its name
    ("Films", "Pictures" are the words of producers and distributors alike); two different
    roles leave the honest Organization. A gazetteer entry, or a name word that says the role
    ("Broadcasting", "Studios"), keeps its class."""
    for group in groups:
        found = roles.get(group.key)
        if not found:
            continue
        if group.kind == "org" and group.cls != "Organization" and not _weak_name_class(group):
            continue
        if group.kind == "place" and group.label in place_names():
            continue  # "Indie U.S. distributor Lumo": a known country or city says where, it holds no role
        group.cls = found.pop() if len(found) == 1 else "Organization"


def _weak_name_class(group: EntityGroup) -> bool:
    """The class came from a generic last word of the name ("Alamode Film", "Harbour Pictures")."""
    last = group.label.split()[-1] if group.label.split() else ""
    return group.cls == "ProductionCompany" and last in words("weak_company_name_words")


def vote_work_sentences(doc: Doc, groups: list[EntityGroup]) -> None:
    """A sentence that names one work and speaks of the box office, admissions or a theatrical
    release is about a film; one that speaks of episodes, a renewal or a showrunner is about a
    series. With two works in the sentence, or words of both media, it says nothing."""
    film_re = _context_re("film_sentence_words")
    series_re = _context_re("series_sentence_words")
    text = document_text(doc)
    works = [(m.start, g) for g in groups if g.kind == "work" for m in g.mentions + g.short_forms]
    masked = _names_masked(text, groups)
    for sent in doc_sents(doc):
        inside = {g.key: g for start, g in works if sent.start_char <= start < sent.end_char}
        if len(inside) != 1:
            continue
        # "the network ordered a pilot from P, who wrote the novel X": the words are the
        # sentence's, the title is a book's.
        if any(_source_before(text, start) for start, g in works if g.key in inside and sent.start_char <= start < sent.end_char):
            continue
        said = masked[sent.start_char:sent.end_char]
        film, series = bool(film_re.search(said)), bool(series_re.search(said))
        if film != series:
            group = next(iter(inside.values()))
            group.votes["Film" if film else "Series"] += 1.0
            # The sentence has said what the title is: it is no quoted phrase named in passing.
            group.mentions = [replace(m, cued=True) if sent.start_char <= m.start < sent.end_char else m
                              for m in group.mentions]
