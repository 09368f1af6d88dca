"""People the small model took for organisations, and companies it took for people or places.

The small models often tag a person's name an ORG: the second of two coordinated names ("with
Sarah Cole and Lucas Martin producing"), or a name at the start of a sentence ("Marcus Bell joined
HBO"). A name that only the NER calls an organisation, whose words do not say it is a company
("Pictures", "Media"), is taken for a person when it is listed with a person's name or when its
context is one that only people have: hired, promoted, "who", "said".
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import document_text
from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.lexicon import lexicon_table, words

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
                             r"|\s+(?:will\s+)?(?:also\s+)?(?:executive|exec)[\s-]produces?\b)")


def vote_person_contexts(text: str, groups: list[EntityGroup]) -> None:
    """Bare NER organisations in a context only a person takes vote for Person."""
    for group in groups:
        if not _bare_org(group):
            continue
        for m in group.mentions:
            if PERSON_BEFORE_RE.search(text[max(0, m.start - 12):m.start]) or PERSON_AFTER_RE.match(text[m.end:m.end + 40]):
                group.votes["Person"] += 2.0 * len(group.mentions)
                break


def vote_coordinated_people(text: str, groups: list[EntityGroup]) -> None:
    people = [m for g in groups if g.kind == "person" for m in g.mentions]
    for group in groups:
        if not _bare_org(group):
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
    series_re = _context_re("series_context_words")
    film_re = _context_re("film_context_words")
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


@lru_cache(maxsize=None)
def _context_re(name: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words(name)), key=len, reverse=True)) + r")\b", re.I)


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
    for group in groups:
        if group.kind != "work" or group.cls != "CreativeWork" or group.key.endswith("-source"):
            continue
        if group.key in made_by_broadcaster:
            group.cls = "Series"
            continue
        # The words around a mention within its own sentence and clause.
        near = [re.split(CLAUSE_END, text[max(0, m.start - 60):m.start])[-1] + " "
                + re.split(CLAUSE_END, text[m.end:m.end + 60])[0] for m in group.mentions]
        film = sum(1 for w in near if film_re.search(w))
        series = sum(1 for w in near if series_re.search(w))
        if film and not series:
            group.cls = "Film"
        elif series and not film:
            group.cls = "Series"


@lru_cache(maxsize=1)
def _company_agent_re() -> re.Pattern:
    verbs = "|".join(sorted((re.escape(v) for v in words("company_agent_verbs")), key=len, reverse=True))
    return re.compile(r"\b(?:" + verbs + r")\b[^.;]{0,30}?\bby\s+(?:the\s+)?(?:[A-Z][\w\-]*-based\s+)?$")


# "Berlin-based X", "the Cologne-based X": what a place bases is a company.
BASED_RE = re.compile(r"\b[A-Z][\w\-]*-based\s+(?:\w+\s+){0,2}$")


def vote_company_contexts(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person or a place is a company where only a company fits:
    the agent of "released / picked up / distributed by", or a name after "Berlin-based"."""
    agent_re = _company_agent_re()
    for group in groups:
        # kind "": a name the NER called a place that nothing places (see finders._gpe_class)
        if group.kind not in ("person", "place", "") or any(m.source not in ("ner", "docmatch") for m in group.mentions):
            continue
        for m in group.mentions:
            if text.startswith("-based", m.end):
                continue  # "by Berlin-based X": the place that bases the company
            before = text[max(0, m.start - 60):m.start]
            if agent_re.search(before) or BASED_RE.search(before[-40:]):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break


# --- company roles from what the sentence says the company does (types branch) ---------------------

WORK_OBJECT_WORDS = frozenset({"rights", "right", "film", "movie", "feature", "documentary", "drama", "comedy", "thriller",
                               "title", "pic", "picture", "series", "show", "hit", "winner", "entry", "debut", "sequel",
                               "adaptation", "remake", "doc", "docu", "anime", "feature", "rom-com", "romcom", "horror"})


def _is_gazetteer(group: EntityGroup) -> bool:
    return any(m.source == "gazetteer" for m in group.mentions)


def _work_like(token: Token, work_starts: set[int]) -> bool:
    """A passive subject or an object that is a title or a title's rights: "the film", "Cold
    Harbour", "the German rights"."""
    return any(t.idx in work_starts or t.lower_ in WORK_OBJECT_WORDS for t in token.subtree)


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


@lru_cache(maxsize=1)
def _descriptor_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    heads = "|".join(sorted(map(re.escape, lexicon_table("company_descriptor_heads")), key=len, reverse=True))
    # "X, the Berlin-based production banner": an apposition, a few modifiers before its head.
    after = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(" + heads + r")\b(?!\s+(?:of|for)\b)(?=[\s,.;]|$)", re.I)
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
    heads = lexicon_table("company_descriptor_heads")
    work_starts = {m.start for g in groups if g.kind == "work" for m in g.mentions}
    lists = _company_lists(text)
    roles: dict[str, set[str]] = {}
    for group in groups:
        # A name the NER alone took for a person or a place is a company when the text describes
        # it as one ("Merman, the production company she co-founded"); its acts alone do not say so.
        described_only = group.kind in ("person", "place") and all(m.source in ("ner", "docmatch") for m in group.mentions)
        if (group.kind != "org" and not described_only) or _is_gazetteer(group):
            continue
        found: set[str] = set()
        for m in group.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for role in (_agent_role(span.root, work_starts), _buyer_role(span.root)):
                if role and not described_only:
                    found.add(role)
            if not described_only and text.startswith(" release", m.end) and release_re.search(text[max(0, m.start - 5):m.start]) \
                    and not text[m.end + 8:m.end + 9].isalpha():
                found.add("Distributor")
            # "the production company Jane Roe co-founded": before a name the NER calls a person,
            # the descriptor is more often the head of a relative clause than the person's.
            before = None if described_only else before_re.search(text, max(0, m.start - 30), m.start)
            for described in (after_re.match(text, m.end), before):
                if described:
                    found.add(heads[described.group(1).lower()][0] or "Organization")
        for m in group.mentions:
            if any(s <= m.start and m.end <= e for s, e, _ in lists):
                found.update(cls for s, e, cls in lists if s <= m.start and m.end <= e)
        if found:
            roles[group.key] = found
    return roles


def _company_lists(text: str) -> list[tuple[int, int, str]]:
    """The spans of lists a plural company noun heads: "four production ventures in the U.K. --
    A, B, C and D", "distributors such as A and B". The list runs to the sentence's end."""
    table = lexicon_table("company_list_heads")
    heads = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    found = []
    for match in re.finditer(r"\b(" + heads + r")\b(?:[^.;:\u2014\n]|\.(?!\s)|(?<=[A-Z])\.){0,40}?(?:\s--|\s?\u2014|:|,?\s+including|,?\s+such\s+as)\s+",
                             text, re.I):
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
    for sent in doc.sents:
        inside = {g.key: g for start, g in works if sent.start_char <= start < sent.end_char}
        if len(inside) != 1:
            continue
        said = text[sent.start_char:sent.end_char]
        film, series = bool(film_re.search(said)), bool(series_re.search(said))
        if film != series:
            group = next(iter(inside.values()))
            group.votes["Film" if film else "Series"] += 1.0
            # The sentence has said what the title is: it is no quoted phrase named in passing.
            group.mentions = [replace(m, cued=True) if sent.start_char <= m.start < sent.end_char else m
                              for m in group.mentions]
