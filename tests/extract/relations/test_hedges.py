"""Hedged and denied statements are not asserted as plain facts.

Each case is a pair written for these tests: the plain sentence gives the fact, the hedged or
denied one, which differs only by the cue, gives no fact of that predicate at all. The plain half
keeps the test honest: if the rule stopped reading the sentence, the hedged half would pass for
the wrong reason.
"""
from __future__ import annotations

import pytest

from mediakg.extract.relations.hedges import hedge_cue

pytestmark = pytest.mark.slow

CASES = [
    # (plain sentence, hedged or denied sentence, the fact the plain one states)
    # biz7: "poised to" reports a plan, not a done credit
    ("Tom Reyes will direct Quiet Orchard later this year.", "Tom Reyes was poised to direct Quiet Orchard later this year.",
     ("Quiet Orchard", "directedBy", "Tom Reyes")),
    ("Lionsgate is acquiring Mubi.", "Lionsgate is in talks to acquire Mubi.",
     ("Lionsgate", "acquires", "Mubi")),
    ("Lionsgate is acquiring Mubi.", "Lionsgate is reportedly acquiring Mubi.",
     ("Lionsgate", "acquires", "Mubi")),
    ("Harbor Studios acquired Lumen Pictures in 2019.", "Harbor Studios is rumoured to have acquired Lumen Pictures.",
     ("Harbor Studios", "acquires", "Lumen Pictures")),
    ("Mubi has signed a partnership with Lionsgate.", "Mubi denied it has signed a partnership with Lionsgate.",
     ("Mubi", "partnersWith", "Lionsgate")),
    ("Anna Cole will star in the thriller \u201cCold Current\u201d.",
     "Anna Cole is said to star in the thriller \u201cCold Current\u201d.",
     ("Cold Current", "starring", "Anna Cole")),
    ("Carmen Ortiz directed the film \u201cPaper Lanterns\u201d.",
     "Carmen Ortiz did not direct the film \u201cPaper Lanterns\u201d.",
     ("Paper Lanterns", "directedBy", "Carmen Ortiz")),
    ("Carmen Ortiz is directing the film \u201cPaper Lanterns\u201d.",
     "Carmen Ortiz is no longer directing the film \u201cPaper Lanterns\u201d.",
     ("Paper Lanterns", "directedBy", "Carmen Ortiz")),
    ("The film \u201cPaper Lanterns\u201d is directed by Carmen Ortiz.",
     "The film \u201cPaper Lanterns\u201d is not directed by Carmen Ortiz.",
     ("Paper Lanterns", "directedBy", "Carmen Ortiz")),
    ("Lumen Pictures is a subsidiary of Harbor Studios.", "Lumen Pictures is no longer a subsidiary of Harbor Studios.",
     ("Lumen Pictures", "subsidiaryOf", "Harbor Studios")),
    ("Lumen Pictures is a subsidiary of Harbor Studios.", "Lumen Pictures is reportedly a subsidiary of Harbor Studios.",
     ("Lumen Pictures", "subsidiaryOf", "Harbor Studios")),
    ("The film \u201cPaper Lanterns\u201d is produced by Lionsgate.",
     "The film \u201cPaper Lanterns\u201d is not produced by Lionsgate.",
     ("Lionsgate", "produces", "Paper Lanterns")),
    ("Hulu will distribute the film \u201cGlass Garden\u201d.", "Hulu will distribute the film \u201cGlass Garden\u201d, sources say.",
     ("Hulu", "distributes", "Glass Garden")),
    # "on the verge of acquiring": a deal about to close is not closed yet
    ("Blue Lantern Films has acquired world rights to the thriller Salt Road.",
     "Blue Lantern Films is on the verge of acquiring world rights to the thriller Salt Road.",
     ("Blue Lantern Films", "acquires", "Salt Road")),
    ("Blue Lantern Films has acquired world rights to the thriller Salt Road.",
     "Blue Lantern Films is close to finalizing a deal for world rights to the thriller Salt Road.",
     ("Blue Lantern Films", "acquires", "Salt Road")),
    # a bid or an offer is a negotiation, an attempt is no deal, and what a company failed to do it did not do
    ("Harbor Studios acquired Lumen Pictures in 2019.", "Harbor Studios made a bid to acquire Lumen Pictures in 2019.",
     ("Harbor Studios", "acquires", "Lumen Pictures")),
    ("Harbor Studios acquired Lumen Pictures in 2019.", "Harbor Studios made an offer to acquire Lumen Pictures in 2019.",
     ("Harbor Studios", "acquires", "Lumen Pictures")),
    ("Harbor Studios acquired Lumen Pictures in 2019.", "Harbor Studios tried to acquire Lumen Pictures in 2019.",
     ("Harbor Studios", "acquires", "Lumen Pictures")),
    ("Harbor Studios acquired Lumen Pictures in 2019.", "Harbor Studios failed to acquire Lumen Pictures in 2019.",
     ("Harbor Studios", "acquires", "Lumen Pictures")),
    # adapt7: "is expected to" reports what is foreseen, not what is done
    ("Anna Cole will star in the thriller \u201cCold Current\u201d.",
     "Anna Cole is expected to star in the thriller \u201cCold Current\u201d.",
     ("Cold Current", "starring", "Anna Cole")),
    # a part "turned down" and a project "passed on" are refused, not taken
    ("Anna Cole took a role in the drama Salt Road.", "Anna Cole turned down a role in the drama Salt Road.",
     ("Salt Road", "starring", "Anna Cole")),
    ("Anna Cole took a role in the drama Salt Road.", "Anna Cole passed on a role in the drama Salt Road.",
     ("Salt Road", "starring", "Anna Cole")),
    # a question left open states nothing
    ("Anna Cole will star in the thriller \u201cCold Current\u201d.",
     "It is unclear whether Anna Cole will star in the thriller \u201cCold Current\u201d.",
     ("Cold Current", "starring", "Anna Cole")),
    ("Anna Cole will be seen in the thriller \u201cCold Current\u201d.",
     "Whether Anna Cole will be seen in the thriller \u201cCold Current\u201d remains to be seen.",
     ("Cold Current", "starring", "Anna Cole")),
]


@pytest.mark.parametrize("plain, hedged, fact", CASES, ids=[c[1] for c in CASES])
def test_hedged_or_denied_statement_gives_no_plain_fact(facts_of, plain, hedged, fact):
    assert fact in facts_of(plain)
    assert not {f for f in facts_of(hedged) if f[1] == fact[1]}


def test_hedge_reaches_only_its_own_clause(facts_of):
    """"while" opens a new clause: the second casting is stated, the first only reported."""
    facts = facts_of("Hulu has ordered the series \u201cPaper Boats\u201d. Anna Cole will reportedly star, "
                     "while Mark Ellis will play the lead.")
    assert ("Paper Boats", "starring", "Mark Ellis") in facts
    assert ("Paper Boats", "starring", "Anna Cole") not in facts


def test_fact_stated_before_the_hedge_stands(facts_of):
    facts = facts_of("Anna Cole of \u201cBlue Hour\u201d will reportedly play the lead in the film \u201cCold Current\u201d.")
    assert ("Anna Cole", "knownFor", "Blue Hour") in facts
    assert not {f for f in facts if f[1] == "starring"}


@pytest.mark.parametrize("sentence", ["Kestrel Media is in talks to hire Harbor TV executive Dana Vale as its head of drama.",
                                      "Kestrel Media did not hire Harbor TV executive Dana Vale."])
def test_a_names_own_premodifier_is_stated_whatever_the_clause_reports(facts_of, sentence):
    # The negotiation or denial is about the hire; "Harbor TV executive" says where she works now.
    assert ("Dana Vale", "employedBy", "Harbor TV") in facts_of(sentence)


def test_a_hedge_inside_the_name_phrase_still_hedges(facts_of, reported_of):
    # The twin: "rumoured" stands inside the phrase, so what the phrase says is only reported.
    sentence = "Kestrel Media is in talks to buy the rumoured Harbor TV drama Frostline."
    assert ("Harbor TV", "produces", "Frostline") not in facts_of(sentence)
    assert ("Harbor TV", "produces", "Frostline") in reported_of(sentence)["negotiating"]


def test_not_only_is_no_negation(facts_of):
    facts = facts_of("Carmen Ortiz will not only direct the film \u201cPaper Lanterns\u201d but also write it.")
    assert ("Paper Lanterns", "directedBy", "Carmen Ortiz") in facts


# --- the cue finder on its own -------------------------------------------------------------------

@pytest.fixture(scope="module")
def parse(nlp):
    return nlp


@pytest.mark.parametrize("text, cue", [
    ("Lionsgate is in talks to acquire Mubi.", "in talks"),
    ("Lionsgate reportedly acquired Mubi.", "reportedly"),
    ("Mubi denied the report.", "denied"),
    ("Carmen Ortiz isn't directing the film.", "n't"),
    ("Lionsgate acquired Mubi.", ""),
    ("Lionsgate acquired Mubi in May.", ""),  # the month is no modal
    ("Lionsgate acquired the never-before-seen film.", ""),  # a negation word inside a modifier
    ("Lionsgate acquired Mubi, a not-for-profit distributor.", ""),
])
def test_hedge_cue_of_a_whole_sentence(parse, text, cue):
    doc = parse(text)
    assert hedge_cue(doc, 0, len(doc)).lower() == cue


def test_hedge_inside_a_relative_clause_about_something_else_does_not_reach_the_fact(facts_of):
    facts = facts_of("The film \u201cGlass Garden\u201d, which could run long, is directed by Carmen Ortiz.")
    assert ("Glass Garden", "directedBy", "Carmen Ortiz") in facts


def test_hedge_inside_the_relative_clause_of_the_fact_holds(facts_of):
    facts = facts_of("Peter Vance, who reportedly directed the film \u201cGlass Garden\u201d, joined the project.")
    assert not {f for f in facts if f[1] in ("directedBy", "knownFor")}
    plain = facts_of("Peter Vance, who directed the film \u201cGlass Garden\u201d, joined the project.")
    assert ("Glass Garden", "directedBy", "Peter Vance") in plain


def test_the_grouped_cue_pattern_finds_what_the_plain_alternation_finds() -> None:
    """The long cue list is compiled grouped by first letter (a speed-up): on clauses with cues
    at the start, inside words, glued ("isn't") and in capitals, the same cues are found where
    the plain alternation of the cues, longest first, finds them; and none in a plain clause."""
    import re

    from mediakg.extract.relations.hedges import _patterns, _status_words
    from mediakg.extract.lexicon import words

    cues = sorted({c for n in ("hedge_cues", "negation_cues") for c in words(n)} | _status_words(), key=len, reverse=True)
    plain = re.compile("|".join(re.escape(c) if c.startswith("n'") else r"\b" + re.escape(c) + r"\b" for c in cues), re.I)
    grouped = _patterns()[0]
    clauses = ["Harbour Films is in advanced talks to acquire Copperline Studios",
               "Lumen Pictures isn't expected to distribute Glass Meridian, sources said",
               "IT IS UNDERSTOOD that Ana Ruiz could direct the film",
               "Copperline has not confirmed it will not produce the series",
               "Ana Ruiz will direct Glass Meridian for Harbour Films"]
    for clause in clauses:
        assert [(m.span(), m.group(0)) for m in grouped.finditer(clause)] == \
            [(m.span(), m.group(0)) for m in plain.finditer(clause)]
    assert not grouped.search(clauses[-1])


@pytest.mark.parametrize("text, fact", [
    ("Ana Ruiz will star in the thriller \u201cDon't Look Back.\u201d", ("Don't Look Back", "starring", "Ana Ruiz")),
    ("Ana Ruiz will star in the thriller Never Let Me Go.", ("Never Let Me Go", "starring", "Ana Ruiz")),
])
def test_a_titles_own_negation_denies_nothing(facts_of, text, fact):
    assert fact in facts_of(text)


def test_a_negation_outside_the_title_still_denies(facts_of):
    # Twin: the clause's own "not" is a denial.
    assert not {f for f in facts_of("Ana Ruiz will not star in the thriller \u201cDon't Look Back.\u201d") if f[1] == "starring"}


@pytest.mark.parametrize("text", [
    "Neal Foster sued Redline Media, alleging that Redline had promised to distribute \u201cDeep Water.\u201d",
    "The suit claims that Redline Media acquired \u201cDeep Water\u201d in 2019.",
])
def test_a_claim_in_a_dispute_is_no_stated_fact(facts_of, text):
    # "alleging that", "claims that": a party's claim is reported, not stated by the article.
    assert not any(f[1] in ("distributes", "acquires") for f in facts_of(text))


def test_a_stated_acquisition_with_its_source_stays_a_fact(facts_of):
    # Twin: attribution to the company is no claim in a dispute.
    assert ("Redline Media", "acquires", "Deep Water") in facts_of("Redline Media acquired \u201cDeep Water\u201d in 2019, the company said.")


def test_a_bid_the_buyer_won_is_no_hedge(facts_of):
    # negative twin of "a bid to": a company that won the bidding bought the work
    assert ("Harbor Studios", "acquires", "Lumen Pictures") in facts_of(
        "Harbor Studios won a bidding war to acquire Lumen Pictures in 2019.")


def test_a_bid_is_reported_as_a_negotiation(reported_of):
    assert ("Harbor Studios", "acquires", "Lumen Pictures") in reported_of(
        "Harbor Studios made a bid to acquire Lumen Pictures in 2019.")["negotiating"]


@pytest.mark.parametrize("quote", [
    "\u201cI could not be prouder of the team,\u201d",
    "\"We couldn't be more excited to start,\"",
])
def test_a_negation_inside_a_quotation_denies_nothing_said_outside_it(facts_of, quote):
    # The speaker's words deny nothing of who the speaker is: "said A, chief executive of X".
    assert ("Marta Kell", "employedBy", "Gale Pictures") in facts_of(quote + " said Marta Kell, chief executive of Gale Pictures.")


def test_a_negation_inside_a_quotation_still_denies_what_the_quotation_says(facts_of):
    # Twin: the fact read from inside the quotation is the speaker's denial.
    facts = facts_of("\u201cLantern Films has not acquired Gale Pictures,\u201d said Marta Kell.")
    assert not {f for f in facts if f[1] == "acquires"}
    assert ("Lantern Films", "acquires", "Gale Pictures") in facts_of("\u201cLantern Films has acquired Gale Pictures,\u201d said Marta Kell.")
