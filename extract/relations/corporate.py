"""Companies: deals, ownership, production, distribution, staff (org -> org/work/facility, person -> org)."""
from mediakg.extract.lexicon import ordered_words
from mediakg.extract.relations.engine import Default, Rule, ent, gap, kinds, lemma, word, possessive

ORG, WORK, PERSON, FACILITY = kinds("org"), kinds("work"), kinds("person"), kinds("facility")
DEAL_NOUNS = ordered_words("deal_nouns")
THE = word("the", op="?")  # "with the BBC": the article is outside the name
ROLE_WORDS = ordered_words("company_role_words")

RULES = [
    # "Netflix has signed a multi-year agreement with Toho Studios", "extend our relationship with X".
    Rule("corporate.deal_with", "partnersWith", [ent("org", "subject"), *gap(8), lemma(*DEAL_NOUNS), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85, coordinate=False),
    # The same with the deal named as an Agreement entity ("a multi-year agreement with X").
    Rule("corporate.agreement_with", "partnersWith", [ent("org", "subject"), *gap(8), ent("agreement"), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85, coordinate=False),
    Rule("corporate.agreement_with_nosubj", "partnersWith", [ent("agreement"), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    Rule("corporate.partner_with", "partnersWith", [ent("org", "subject"), *gap(3), lemma("partner", "team", "join", "ally"), word("up", op="?"), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85),
    Rule("corporate.deal_with_nosubj", "partnersWith", [lemma(*DEAL_NOUNS), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    Rule("corporate.between", "partnersWith", [lemma(*DEAL_NOUNS, "collaboration"), word("between"), ent("org", "subject"), word("and"), ent("org", "object")],
         ORG, ORG, 0.8, coordinate=False),
    # "Netflix and CJ ENM have extended their content partnership".
    Rule("corporate.a_and_b_deal", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(6), lemma(*DEAL_NOUNS)],
         ORG, ORG, 0.75, coordinate=False),
    Rule("corporate.a_and_b_agreement", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(6), ent("agreement")],
         ORG, ORG, 0.75, coordinate=False),
    # "will co-produce five originals a year with Studio Dragon", "will work with the BBC on".
    Rule("corporate.co_produce_with", "partnersWith", [ent("org", "subject"), *gap(3), lemma("co-produce", "coproduce", "collaborate", "work", "develop", "produce"), *gap(8), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, coordinate=False),
    # The deal named by its parties: "the Netflix–Toho deal", "a Hulu/BBC co-production pact".
    Rule("corporate.a_b_deal", "partnersWith", [ent("org", "subject"), {"TEXT": {"IN": ["-", "\u2013", "\u2014", "/", "&"]}}, ent("org", "object"), *gap(2), lemma(*DEAL_NOUNS, "co-production", "venture")],
         ORG, ORG, 0.8, coordinate=False),
    Rule("corporate.set_up_at", "partnersWith", [ent("org", "subject"), *gap(6), word("set"), word("up"), word("at"), ent("org", "object")],
         ORG, ORG, 0.7, coordinate=False),
    # Production: "the AMC series “The Terror”", "a Netflix series", "Media Res will produce".
    Rule("corporate.org_series", "produces", [ent("org", "subject"), word("original", op="?"), word("series", "show", "drama", "film", "movie", "original", "miniseries", "docuseries"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.85, coordinate=False),
    # "the studio's first film “X”", "Hulu's new drama “X”".
    Rule("corporate.org_possessive_series", "produces", [ent("org", "subject"), possessive(), *gap(2), word("series", "show", "drama", "film", "movie", "original", "miniseries", "docuseries"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False),
    # Not when the title follows ("the HBO series “X”"): that is org_series's, about X alone.
    Rule("corporate.org_series_ref", "produces", [ent("org", "subject"), word("series", "show", "drama", "film", "movie", "original"),
                                                  {"_": {"mkg_kind": {"NOT_IN": ["work"]}}, "TEXT": {"NOT_IN": ["\u201c", "\"", "\u2018", "'"]}}],
         ORG, WORK, 0.7, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.produced_by", "produces", [word("produced", "commissioned", "developed"), word("by"), ent("org", "subject")],
         ORG, WORK, 0.85, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.will_produce", "produces", [ent("org", "subject"), word("will", "to", "would", "also", "is", "are", "has", "have", "been", "now", "currently", op="*"),
                                                word("produce", "develop", "co-produce", "producing", "developing", "co-producing", "produces", "develops", "produced", "developed"),
                                                # "produce ads": a bare noun object is something other than the work.
                                                {"POS": {"NOT_IN": ["NOUN"]}}],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "Studio Dragon previously produced “A” and “B” for the streamer".
    Rule("corporate.produced_works", "produces", [ent("org", "subject"), word("previously", "also", "recently", "already", "has", "had", "jointly", op="*"),
                                                  word("produced", "produces", "co-produced", "developed"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.8),
    Rule("corporate.series_order", "produces", [word("series", "pilot", "season"), word("order"), word("from"), ent("org", "subject")],
         ORG, WORK, 0.85, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.gave_order", "produces", [ent("org", "subject"), *gap(5), word("series", "straight-to-series", "pilot"), word("order"), word("to", "for")],
         ORG, WORK, 0.8, object_default=Default.SENTENCE_OR_SALIENT),
    # A network or streamer that orders a show makes it: "Hulu has ordered the drama “X”".
    Rule("corporate.ordered", "produces", [ent("org", "subject"), *gap(3), word("ordered", "greenlit", "greenlighted", "greenlights", "commissioned", "commissions", "orders", "renewed", "renews"),
                                           *gap(4), ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False),
    Rule("corporate.series_from", "produces", [word("series", "show", "film"), word("from"), ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.possessive_adaptation", "produces", [ent("org", "subject"), possessive("?"), ent("work", "object"), word("adaptation", "series", "remake", "reboot")],
         ORG, WORK, 0.7, coordinate=False),
    # "Harbour Films ... is shooting X" is constructions.shooting_works: a 20-token gap cost the
    # Matcher more than every other rule together.
    # Distribution: "with global distribution via Netflix", "available on Disney+".
    Rule("corporate.distribution_via", "distributes", [word("distribution", "release", "streaming"), word("via", "on", "through", "by"), ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "will premiere on Hulu", "streams exclusively on Netflix", "is available on Disney+".
    Rule("corporate.premiere_on", "distributes", [word("premiere", "premieres", "premiering", "premiered", "stream", "streams", "streaming", "debut", "debuts", "debuted", "available", "air", "airs", "aired", "launch", "launches", "arrive", "arrives", "land", "lands"),
                                                  word("exclusively", "globally", "worldwide", op="?"), word("on", "via"), THE, ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "Lumen Pictures, the London-based producer of the BBC drama “X”".
    Rule("corporate.producer_of", "produces", [ent("org", "subject"), word(","), *gap(3), ent("place", OP="?"), *gap(2), word("producer", "maker", "makers", "producers", "studio"), word("of", "behind"),
                                               *gap(3), ent("org", OP="?"), *gap(2), ent("work", "object")],
         ORG, WORK, 0.75),
    # "the production company behind “X”".
    Rule("corporate.behind", "produces", [ent("org", "subject"), word(","), *gap(4), word("behind"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.75),
    Rule("corporate.distributed_by", "distributes", [word("distributed", "released", "streamed"), word("by", "on", "via"), ent("org", "subject")],
         ORG, WORK, 0.8, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.will_distribute", "distributes", [ent("org", "subject"), word("will", "to", "also", op="*"), word("distribute", "stream", "release")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # Ownership: "Toho's upcoming No. 1 and No. 2 stages", "owned by X".
    Rule("corporate.possessive_facility", "owns", [ent("org", "subject"), possessive(), *gap(2), ent("facility", "object")],
         ORG, FACILITY, 0.8),
    # Active present only: "X is owned by Y" is owned_by's, the other way round.
    Rule("corporate.owns", "owns", [ent("org", "subject"), *gap(2), {"LOWER": {"IN": ["own", "owns"]}, "POS": "VERB"}, *gap(2), ent(["facility", "org", "work"], "object")],
         ORG, kinds("facility", "org", "work"), 0.8),
    # "owned by the investment firm Aermont Capital": a description may come between.
    Rule("corporate.owned_by", "owns", [ent(["facility", "org", "work"], "object"), *gap(3), word("owned", "operated"), word("by"), *gap(3), ent("org", "subject")],
         ORG, kinds("facility", "org", "work"), 0.85),
    # The words after the verb are no "by": "Y was acquired by X" is acquired_by's, read the other way.
    Rule("corporate.acquires", "acquires", [ent("org", "subject"), *gap(3), lemma("acquire", "buy", "purchase"),
                                            *[{**token, "LOWER": {"NOT_IN": ["by"]}} for token in gap(2)], ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.85, coordinate=False),
    # An acquisition as the aim of what comes before: "X struck a deal to buy Y", and mostly
    # "X is in talks to acquire Y", "X is nearing a deal to buy Y", which hedges.py then marks.
    Rule("corporate.to_acquire", "acquires", [ent("org", "subject"), *gap(6), word("to"), lemma("acquire", "buy", "purchase"), *gap(2), ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.8, coordinate=False),
    # "Neon has acquired North American rights to X": the territory may be a place mention.
    Rule("corporate.acquires_rights", "acquires", [ent("org", "subject"), *gap(3), lemma("acquire", "buy", "purchase", "secure", "land", "option", "win"), *gap(2), ent("place", OP="?"), *gap(2),
                                                   word("rights"), word("to", "for"), *gap(3), ent("work", "object")],
         ORG, WORK, 0.8),
    Rule("corporate.acquired_by", "acquires", [ent(["org", "work"], "object"), *gap(3), word("acquired", "bought", "purchased"), word("by"), ent("org", "subject")],
         ORG, kinds("org", "work"), 0.85),
    # "Skydance has completed its acquisition of Paramount Global".
    Rule("corporate.acquisition_of", "acquires", [ent("org", "subject"), possessive("?"), *gap(3), word("acquisition", "purchase", "takeover"), word("of"), ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.8),
    # "Studio Dragon, CJ ENM's drama production arm", "Tving, CJ ENM's own streaming service".
    Rule("corporate.possessive_arm", "subsidiaryOf", [ent("org", "subject"), word(","), ent("org", "object"), possessive(), *gap(3),
                                                      word("subsidiary", "division", "unit", "arm", "label", "imprint", "service", "platform", "streamer", "network", "channel", "studio", "studios")],
         ORG, ORG, 0.8, coordinate=False),
    Rule("corporate.subsidiary_of", "subsidiaryOf", [ent("org", "subject"), *gap(4), word("subsidiary", "division", "unit", "arm", "part", "label", "imprint"), word("of"), ent("org", "object")],
         ORG, ORG, 0.8),
    # Use of facilities: "to use their new studios", "leverage Toho's No. 1 and No. 2 stages",
    # "a long-term lease on seven soundstages at the Canadian Motion Picture Park".
    Rule("corporate.uses", "uses", [lemma("use", "leverage", "occupy", "lease", "rent", "book", "access"), *gap(5), ent("facility", "object")],
         ORG, FACILITY, 0.75, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.uses_owned", "uses", [lemma("use", "leverage", "occupy", "lease", "rent", "book", "access"), *gap(2), ent("org"), possessive(), *gap(2), ent("facility", "object")],
         ORG, FACILITY, 0.75, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.stages_at_left", "uses", [word("soundstages", "stages", "space", "lease", "leases"), word("at", "on"), ent("facility", "object")],
         ORG, FACILITY, 0.65, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.stages_at", "uses", [ent("org", "subject"), *gap(10), word("soundstages", "stages", "studios", "space"), word("at"), ent("facility", "object")],
         ORG, FACILITY, 0.75),
    # Staff: "Amy Reinhard, vp of studio operations at Netflix", "Netflix's head of X, Y",
    # "Michael Ellenberg's Media Res", "Media Res' Dani Gorin".
    # A relative clause is not a job title: "X, who was the creator of the NBC series".
    Rule("corporate.role_at", "employedBy", [ent("person", "subject"), word(","), {"LOWER": {"NOT_IN": ["who", "whose", "which"]}}, *gap(6), ent("place", OP="?"), word("at", "of"), THE, ent("org", "object")],
         PERSON, ORG, 0.8, coordinate=False),
    # Not "former Hulu executive X": who worked there once is no staff of it now.
    # Nor "A executive produces with B": "executive" there opens a verb, not a job title.
    Rule("corporate.org_role_person", "employedBy", [{"LOWER": {"NOT_IN": ["former", "ex", "ex-"]}}, ent("org", "object"), possessive("?"), word(*(w for w in ROLE_WORDS if w != "executive")), *gap(5), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    Rule("corporate.org_executive_person", "employedBy", [{"LOWER": {"NOT_IN": ["former", "ex", "ex-"]}}, ent("org", "object"), possessive("?"), word("executive"),
                                                          ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    Rule("corporate.org_executive_title_person", "employedBy", [{"LOWER": {"NOT_IN": ["former", "ex", "ex-"]}}, ent("org", "object"), possessive("?"), word("executive"),
                                                                {"LOWER": {"NOT_IN": ["produce", "produces", "produced", "producing", "-"]}}, *gap(3), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    Rule("corporate.person_owns_org", "employedBy", [ent("person", "subject"), possessive(), ent("org", "object")],
         PERSON, ORG, 0.65, coordinate=False),
    Rule("corporate.org_person", "employedBy", [ent("org", "object"), possessive(), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    # "David Chen, Netflix's head of drama,".
    Rule("corporate.person_org_role", "employedBy", [ent("person", "subject"), word(","), THE, ent("org", "object"), possessive(), word(*ROLE_WORDS)],
         PERSON, ORG, 0.8, coordinate=False),
    Rule("corporate.role_comma_person", "employedBy", [word(*ROLE_WORDS), *gap(4), word(","), ent("person", "subject"), word(",")],
         PERSON, ORG, 0.6, object_default=Default.SENTENCE, coordinate=False),
]
