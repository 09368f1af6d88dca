"""media.ttl, the MEDIA namespace and the evaluation spec agree term by term.

The spec's lists are hard-coded here on purpose: they are the contract, copied from the
evaluation README (entity types, relation predicates with subject -> object, attributes).
"""
from importlib.resources import files

import pytest
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from mediakg.ontology import MEDIA, ONTOLOGY_IRI

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
# A plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# Entity classes of the spec, each with its direct parent in the ontology (None = top level).
SPEC_CLASSES = {
    "Organization": None,
    "Studio": "Organization",
    "StreamingService": "Organization",
    "ProductionCompany": "Organization",
    "Broadcaster": "Organization",
    "Distributor": "Organization",
    "GovernmentBody": "Organization",
    "Person": None,
    "CreativeWork": None,
    "Film": "CreativeWork",
    "Series": "CreativeWork",
    "Facility": None,
    "Event": None,
    "Place": None,
    "Country": "Place",
    "City": "Place",
    "Agreement": None,
}

# predicate: (subject types, object types)
SPEC_RELATIONS = {
    "partnersWith": ({"Organization"}, {"Organization"}),
    "produces": ({"Organization"}, {"CreativeWork"}),
    "distributes": ({"Organization"}, {"CreativeWork"}),
    "directedBy": ({"CreativeWork"}, {"Person"}),
    "writtenBy": ({"CreativeWork"}, {"Person"}),
    "executiveProducer": ({"CreativeWork"}, {"Person"}),
    "producer": ({"CreativeWork"}, {"Person"}),
    "starring": ({"CreativeWork"}, {"Person"}),
    "basedOn": ({"CreativeWork"}, {"CreativeWork"}),
    "knownFor": ({"Person"}, {"CreativeWork"}),
    "employedBy": ({"Person"}, {"Organization"}),
    "subsidiaryOf": ({"Organization"}, {"Organization"}),
    "acquires": ({"Organization"}, {"Organization", "CreativeWork"}),
    "owns": ({"Organization"}, {"Facility", "Organization", "CreativeWork"}),
    "uses": ({"Organization"}, {"Facility"}),
    "locatedIn": ({"Organization", "Facility", "Event"}, {"Place"}),
    "announcedAt": ({"Organization", "Agreement"}, {"Event"}),
    "workedWith": ({"Person"}, {"Person"}),
}

# attribute: (subject types, datatypes)
SPEC_ATTRIBUTES = {
    "releaseYear": ({"CreativeWork"}, {XSD.gYear}),
    "area": ({"Facility"}, {XSD.decimal}),
    "startDate": ({"Agreement"}, {XSD.date, XSD.gYear}),
    "announcedOn": ({"Agreement", "Event"}, {XSD.date, XSD.gYear}),
    "role": ({"Person"}, {XSD.string}),
}

PROVENANCE_CLASSES = {"Document", "Assertion"}
PROVENANCE_PROPERTIES = {
    "contentHash": (OWL.DatatypeProperty, {MEDIA.Document}, {XSD.string}),
    "sourcePath": (OWL.DatatypeProperty, {MEDIA.Document}, {XSD.string}),
    "extractedAt": (OWL.DatatypeProperty, {MEDIA.Document}, {XSD.dateTime}),
    "sourceUrl": (OWL.DatatypeProperty, {MEDIA.Document}, {XSD.anyURI}),
    "publishedOn": (OWL.DatatypeProperty, {MEDIA.Document}, {XSD.date, XSD.dateTime}),
    "mentionedIn": (
        OWL.ObjectProperty,
        {MEDIA[c] for c, parent in SPEC_CLASSES.items() if parent is None},
        {MEDIA.Document},
    ),
    "confidence": (OWL.DatatypeProperty, {MEDIA.Assertion}, {XSD.decimal}),
    "extractionRule": (OWL.DatatypeProperty, {MEDIA.Assertion}, {XSD.string}),
}

# An agreement's parties, what it covers and its terms (issue 14), and an assertion's status.
AGREEMENT_PROPERTIES = {
    "party": (OWL.ObjectProperty, {MEDIA.Agreement}, {MEDIA.Organization}),
    "partyTo": (OWL.ObjectProperty, {MEDIA.Organization}, {MEDIA.Agreement}),
    "covers": (OWL.ObjectProperty, {MEDIA.Agreement}, {MEDIA.CreativeWork, MEDIA.Facility, MEDIA.Organization}),
    "territory": (OWL.ObjectProperty, {MEDIA.Agreement}, {MEDIA.Place}),
    "value": (OWL.ObjectProperty, {MEDIA.Agreement}, {SCHEMA.MonetaryAmount}),
    "agreementKind": (OWL.DatatypeProperty, {MEDIA.Agreement}, {XSD.string}),
    "duration": (OWL.DatatypeProperty, {MEDIA.Agreement}, {XSD.string}),
    "status": (OWL.DatatypeProperty, {MEDIA.Assertion}, {XSD.string}),
}

MERGE_CLASSES = {"EntityMerge"}
MERGE_PROPERTIES = {
    "mergedEntity": (
        OWL.ObjectProperty,
        {MEDIA.EntityMerge},
        {MEDIA[c] for c, parent in SPEC_CLASSES.items() if parent is None},
    ),
    "mergedLabel": (OWL.DatatypeProperty, {MEDIA.EntityMerge}, {XSD.string}),
    "mergeRule": (OWL.DatatypeProperty, {MEDIA.EntityMerge}, {XSD.string}),
    "fromDocument": (OWL.ObjectProperty, {MEDIA.EntityMerge}, {MEDIA.Document}),
}

# Wikidata properties linked with skos:closeMatch (some run in the opposite direction).
WIKIDATA_MATCHES = {
    "directedBy": "P57",
    "starring": "P161",
    "producer": "P162",
    "executiveProducer": "P1431",
    "writtenBy": "P58",
    "basedOn": "P144",
    "produces": "P272",
    "distributes": "P750",
    "owns": "P127",
    "subsidiaryOf": "P749",
    "locatedIn": "P131",
}

TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    # Parse the packaged file, as the validator does, not a path in the source tree.
    text = files("mediakg.ontology").joinpath("media.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def media_terms() -> list[str]:
    return list(MEDIA.__annotations__)


def members(graph: Graph, node) -> set:
    """A class/datatype expression as a set: owl:unionOf lists are flattened."""
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        assert union is not None, "anonymous domain/range must be an owl:unionOf"
        return set(Collection(graph, union))
    return {node}


def test_ontology_header(onto: Graph) -> None:
    ontology = URIRef(ONTOLOGY_IRI.rstrip("#"))
    assert (ontology, RDF.type, OWL.Ontology) in onto
    for predicate in (RDFS.label, RDFS.comment, OWL.versionInfo):
        assert onto.value(ontology, predicate) is not None, predicate


@pytest.mark.parametrize("name", media_terms())
def test_every_namespace_term_is_declared(onto: Graph, name: str) -> None:
    term = MEDIA[name]
    assert set(onto.objects(term, RDF.type)) & TERM_TYPES, f"{name} is not declared"
    assert onto.value(term, RDFS.label) is not None, f"{name} has no rdfs:label"
    assert onto.value(term, RDFS.comment) is not None, f"{name} has no rdfs:comment"
    if (term, RDF.type, OWL.Class) not in onto:
        assert onto.value(term, RDFS.domain) is not None, f"{name} has no rdfs:domain"
        assert onto.value(term, RDFS.range) is not None, f"{name} has no rdfs:range"


def test_ontology_uses_no_term_missing_from_namespace(onto: Graph) -> None:
    used = {n for triple in onto for n in triple if isinstance(n, URIRef) and n.startswith(ONTOLOGY_IRI)}
    assert used == {MEDIA[name] for name in media_terms()}


def test_closed_namespace_rejects_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        MEDIA.NoSuchTerm  # noqa: B018


def test_namespace_is_exactly_the_spec_plus_provenance_and_merges() -> None:
    spec = set(SPEC_CLASSES) | set(SPEC_RELATIONS) | set(SPEC_ATTRIBUTES)
    provenance = PROVENANCE_CLASSES | set(PROVENANCE_PROPERTIES)
    merges = MERGE_CLASSES | set(MERGE_PROPERTIES)
    assert set(media_terms()) == spec | provenance | merges | set(AGREEMENT_PROPERTIES)


@pytest.mark.parametrize("name,parent", SPEC_CLASSES.items())
def test_class_hierarchy(onto: Graph, name: str, parent: str | None) -> None:
    term = MEDIA[name]
    assert (term, RDF.type, OWL.Class) in onto
    media_parents = {p for p in onto.objects(term, RDFS.subClassOf) if p.startswith(ONTOLOGY_IRI)}
    assert media_parents == ({MEDIA[parent]} if parent else set())


@pytest.mark.parametrize("name,types", SPEC_RELATIONS.items())
def test_relation_domain_and_range_follow_spec(onto: Graph, name: str, types) -> None:
    subjects, objects = types
    term = MEDIA[name]
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    assert members(onto, onto.value(term, RDFS.domain)) == {MEDIA[c] for c in subjects}
    assert members(onto, onto.value(term, RDFS.range)) == {MEDIA[c] for c in objects}


def test_partners_with_is_the_only_symmetric_relation(onto: Graph) -> None:
    assert set(onto.subjects(RDF.type, OWL.SymmetricProperty)) == {MEDIA.partnersWith}


@pytest.mark.parametrize("name,types", SPEC_ATTRIBUTES.items())
def test_attribute_domain_and_datatype_follow_spec(onto: Graph, name: str, types) -> None:
    subjects, datatypes = types
    term = MEDIA[name]
    assert (term, RDF.type, OWL.DatatypeProperty) in onto
    assert members(onto, onto.value(term, RDFS.domain)) == {MEDIA[c] for c in subjects}
    assert members(onto, onto.value(term, RDFS.range)) == datatypes


def test_provenance_terms(onto: Graph) -> None:
    assert (MEDIA.Document, RDFS.subClassOf, PROV.Entity) in onto
    assert (MEDIA.Assertion, RDFS.subClassOf, RDF.Statement) in onto
    assert (MEDIA.EntityMerge, RDFS.subClassOf, PROV.Entity) in onto
    for name, (kind, domain, range_) in (PROVENANCE_PROPERTIES | MERGE_PROPERTIES | AGREEMENT_PROPERTIES).items():
        term = MEDIA[name]
        assert (term, RDF.type, kind) in onto, name
        assert members(onto, onto.value(term, RDFS.domain)) == domain, name
        assert members(onto, onto.value(term, RDFS.range)) == range_, name


@pytest.mark.parametrize("name,prop", WIKIDATA_MATCHES.items())
def test_wikidata_close_matches(onto: Graph, name: str, prop: str) -> None:
    assert (MEDIA[name], SKOS.closeMatch, WD[prop]) in onto


def test_schema_org_alignment(onto: Graph) -> None:
    expected = [
        (MEDIA.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (MEDIA.Person, RDFS.subClassOf, SCHEMA.Person),
        (MEDIA.CreativeWork, RDFS.subClassOf, SCHEMA.CreativeWork),
        (MEDIA.Film, RDFS.subClassOf, SCHEMA.Movie),
        (MEDIA.Place, RDFS.subClassOf, SCHEMA.Place),
        (MEDIA.Event, RDFS.subClassOf, SCHEMA.Event),
        (MEDIA.Agreement, RDFS.subClassOf, SCHEMA.Event),
        (MEDIA.party, RDFS.subPropertyOf, SCHEMA.participant),
        (MEDIA.party, OWL.inverseOf, MEDIA.partyTo),
        (MEDIA.directedBy, RDFS.subPropertyOf, SCHEMA.director),
        (MEDIA.starring, RDFS.subPropertyOf, SCHEMA.actor),
        (MEDIA.employedBy, RDFS.subPropertyOf, SCHEMA.worksFor),
        (MEDIA.subsidiaryOf, RDFS.subPropertyOf, SCHEMA.parentOrganization),
        (MEDIA.basedOn, RDFS.subPropertyOf, SCHEMA.isBasedOn),
    ]
    for triple in expected:
        assert triple in onto, triple


@pytest.mark.parametrize(
    "foreign",
    ["http://www.wikidata.org/", "http://www.ebu.ch/metadata/ontologies/ebucore/"],
)
def test_vocabularies_with_hard_semantics_are_only_close_matches(onto: Graph, foreign: str) -> None:
    # rdfs:subClassOf / subPropertyOf would let RDFS inference import their domains and types.
    for predicate in (RDFS.subPropertyOf, RDFS.subClassOf, OWL.equivalentClass, OWL.equivalentProperty):
        targets = [o for o in onto.objects(None, predicate) if str(o).startswith(foreign)]
        assert not targets, f"{predicate} to {targets}"
