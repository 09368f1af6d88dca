"""What works come from and what people are known for (work -> work, person -> work, person -> person)."""
from mediakg.extract.relations.engine import Default, Rule, ent, gap, kinds, word, possessive

WORK, PERSON = kinds("work"), kinds("person")

RULES = [
    # Adaptations: "based on X", "an adaptation of X", "adapted from X".
    Rule("works.based_on", "basedOn", [word("based", "adapted"), word("on", "from"), *gap(3), ent("work", "object")],
         WORK, WORK, 0.85, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    Rule("works.adaptation_of", "basedOn", [word("adaptation", "remake", "reboot"), word("of"), *gap(3), ent("work", "object")],
         WORK, WORK, 0.8, subject_default=Default.SENTENCE_OR_SALIENT, coordinate=False),
    # An author's book: "Min Jin Lee's novel “Pachinko”", "the novel by X".
    Rule("works.authors_novel", "writtenBy", [ent("person", "object"), possessive(), word("novel", "book", "memoir", "webtoon", "manga", "comic", "play", "bestseller"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "subject")],
         WORK, PERSON, 0.85, coordinate=False),
    # The punctuation is the title's quotes: "P's (T1, T2) new series" lists P's calling cards.
    Rule("works.authors_title", "writtenBy", [ent("person", "object"), possessive(), {"IS_PUNCT": True, "ORTH": {"NOT_IN": ["(", "["]}, "OP": "+"}, ent("work", "subject")],
         WORK, PERSON, 0.7, coordinate=False),
    # "“X,” the novel by Y" names the book; "a drama based on the novel by Y" an unnamed one, and
    # its author is not the drama's writer: the book must stand right before.
    Rule("works.novel_by", "writtenBy", [ent("work", "subject"), {"IS_PUNCT": True, "OP": "*"}, word("the", "a", op="?"), word("novel", "book", "memoir", "webtoon", "manga"), word("by"), ent("person", "object")],
         WORK, PERSON, 0.8, coordinate=False),
    # A calling card: "known for A and B", "best known for A". Below the top band: unquoted
    # titles after it are split at "and", which a title may hold ("known for Salt and Silence").
    Rule("works.known_for", "knownFor", [ent("person", "subject"), *gap(3), word("known"), word("for"), *gap(3), ent("work", "object")],
         PERSON, WORK, 0.8),
    Rule("works.known_for_left", "knownFor", [word("known"), word("for"), *gap(3), ent("work", "object")],
         PERSON, WORK, 0.75, subject_default=Default.SENTENCE_LEFT),
    # "Amy Brenneman of “Private Practice”", "“Lost” co-creator Damon Lindelof".
    Rule("works.person_of_work", "knownFor", [ent("person", "subject"), word("of"), {"TEXT": {"IN": ["\u201c", "\""]}}, ent("work", "object")],
         PERSON, WORK, 0.75),
    Rule("works.creator", "knownFor", [ent("work", "object"), {"IS_PUNCT": True, "OP": "*"}, word("co", "co-creator", "creator", "star", "showrunner", "director", "writer", op="+"), {"TEXT": "-", "OP": "?"}, word("creator", op="?"), ent("person", "subject")],
         PERSON, WORK, 0.7),
    # "the creator of the NBC series “X”": the network that airs it may stand between.
    Rule("works.creator_of", "knownFor", [ent("person", "subject"), *gap(4), word("creator", "co-creator", "star"), word("of", "on"), *gap(5), ent("org", OP="?"), *gap(2), ent("work", "object")],
         PERSON, WORK, 0.75),
    # A showrunner runs the show as its executive producer: "the showrunner on Season 1 of “X”".
    Rule("works.showrunner_of", "knownFor", [ent("person", "subject"), *gap(4), word("showrunner", "co-showrunner"), word("of", "on", "for"), *gap(5), ent("org", OP="?"), *gap(2), ent("work", "object")],
         PERSON, WORK, 0.75, inverse_also=("executiveProducer",)),
    Rule("works.credits_include", "knownFor", [word("credits"), word("include", "includes", "are"), *gap(1), ent("work", "object")],
         PERSON, WORK, 0.75, subject_default=Default.SENTENCE_OR_SALIENT),
    Rule("works.penned", "knownFor", [ent("person", "subject"), word(","), word("who"), word("penned", "wrote", "created", "directed"), *gap(6), ent("work", "object")],
         PERSON, WORK, 0.8),
    Rule("works.directed_known", "knownFor", [ent("person", "subject"), *gap(3), word("directed"), *gap(4), ent("work", "object")],
         PERSON, WORK, 0.7),
    # Apprenticeship: "an assistant director under Bong Joon-ho", "worked with X".
    Rule("works.under", "workedWith", [ent("person", "subject"), *gap(12), word("under", "alongside"), *gap(6), ent("person", "object")],
         PERSON, PERSON, 0.7, coordinate=False),
    Rule("works.worked_with", "workedWith", [ent("person", "subject"), *gap(2), word("worked", "collaborated", "teamed"), word("with", "up"), word("with", op="?"), ent("person", "object")],
         PERSON, PERSON, 0.75),
]
