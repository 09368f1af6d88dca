"""The mediakg ontology as a closed rdflib namespace.

`_fail = True` makes `MEDIA.Typo` raise instead of minting an IRI the ontology lacks;
tests/ontology/test_namespace.py checks that every term here is declared in media.ttl.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/mediakg/ontology#"


class MEDIA(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # Entity classes (local names fixed by the evaluation spec).
    Organization: URIRef
    Studio: URIRef
    StreamingService: URIRef
    ProductionCompany: URIRef
    Broadcaster: URIRef
    Distributor: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    CreativeWork: URIRef
    Film: URIRef
    Series: URIRef
    Facility: URIRef
    Event: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Agreement: URIRef

    # Relations between entities.
    partnersWith: URIRef
    produces: URIRef
    distributes: URIRef
    directedBy: URIRef
    writtenBy: URIRef
    executiveProducer: URIRef
    producer: URIRef
    starring: URIRef
    basedOn: URIRef
    knownFor: URIRef
    employedBy: URIRef
    subsidiaryOf: URIRef
    acquires: URIRef
    owns: URIRef
    uses: URIRef
    locatedIn: URIRef
    announcedAt: URIRef
    workedWith: URIRef

    # Attributes of entities.
    releaseYear: URIRef
    area: URIRef
    startDate: URIRef
    announcedOn: URIRef
    role: URIRef

    # Agreements: parties, what they cover and their terms (an amount is a schema:MonetaryAmount).
    party: URIRef
    partyTo: URIRef
    covers: URIRef
    agreementKind: URIRef
    territory: URIRef
    duration: URIRef
    value: URIRef

    # Provenance: documents and the assertion node that carries each fact's evidence.
    Document: URIRef
    Assertion: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    extractedAt: URIRef
    sourceUrl: URIRef
    publishedOn: URIRef
    mentionedIn: URIRef
    confidence: URIRef
    extractionRule: URIRef
    status: URIRef  # "rumoured", "negotiating", "planned": an assertion with no plain triple

    # Cross-document identity: a record per node that joins mentions from several documents.
    EntityMerge: URIRef
    mergedEntity: URIRef
    mergedLabel: URIRef
    mergeRule: URIRef
    fromDocument: URIRef


# The vocabulary by role, for code that must tell entities and facts from provenance nodes.
ENTITY_CLASS_NAMES = (
    "Organization", "Studio", "StreamingService", "ProductionCompany", "Broadcaster", "Distributor",
    "GovernmentBody", "Person", "CreativeWork", "Film", "Series", "Facility", "Event", "Place",
    "Country", "City", "Agreement",
)
RELATION_NAMES = (
    "partnersWith", "produces", "distributes", "directedBy", "writtenBy", "executiveProducer",
    "producer", "starring", "basedOn", "knownFor", "employedBy", "subsidiaryOf", "acquires", "owns",
    "uses", "locatedIn", "announcedAt", "workedWith",
)
ATTRIBUTE_NAMES = ("releaseYear", "area", "startDate", "announcedOn", "role")
# Facts about an agreement beyond the evaluation spec's: relations, then terms.
AGREEMENT_RELATION_NAMES = ("party", "partyTo", "covers", "territory", "value")
AGREEMENT_ATTRIBUTE_NAMES = ("agreementKind", "duration")
AGREEMENT_KINDS = ("co-production", "licensing", "output", "first-look", "overall", "acquisition", "merger", "lease",
                   "distribution")
STATUSES = ("rumoured", "negotiating", "planned")
ENTITY_CLASSES = frozenset(MEDIA[name] for name in ENTITY_CLASS_NAMES)
