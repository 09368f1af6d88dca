"""Merge records: which nodes join mentions from several documents, under which rule.

A node is merged when two or more document graphs mention it (graph/rdf/identity.py decides when
that happens). The records live in their own named graph, `<base>merges`, computed from the
document graphs alone by one SPARQL UPDATE, so any store that adds or removes documents
(rdflib here, a pyoxigraph store likewise) just runs `merges_update(base)` again:

    id:organization/netflix/merge a media:EntityMerge ;
        media:mergedEntity id:organization/netflix ;
        media:mergeRule "identity.label-variant" ;
        media:mergedLabel "Netflix" , "Netflix, Inc." ;
        media:fromDocument id:document/3f2a... , id:document/9b01... .

`undo_merge_update(entity, document)` splits one document's mentions off a merged node.
"""
from __future__ import annotations

from collections.abc import Sequence

from rdflib import Dataset, URIRef

from mediakg.graph.rdf.triples import PREFIXES

RULES = {
    "identity.same-label": "every document names it with the same label",
    "identity.label-variant": "labels differ only in case, punctuation, a leading 'The' or a legal form",
    "identity.class-refined": "documents give it different classes of the same kind (Organization, Studio)",
}

_PREFIXES = "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in ("media", "rdfs"))


def merges_graph(base: str) -> URIRef:
    return URIRef(f"{base}merges")


def merges_update(base: str, *, before: Sequence[str] = (), after: Sequence[str] = ()) -> str:
    """SPARQL 1.1 UPDATE that (re)writes the merge records graph from the document graphs.
    `before` and `after` are further operations to run in the same request (a store keeping a
    merged default graph adds its bookkeeping there); the prefixes stand first, since some
    engines (Oxigraph) accept a prologue only at the start of a request."""
    graph = merges_graph(base)
    rewrite = f"""DROP SILENT GRAPH <{graph}> ;
INSERT {{
  GRAPH <{graph}> {{
    ?merge a media:EntityMerge ;
           media:mergedEntity ?entity ;
           media:mergeRule ?labelRule , ?classRule ;
           media:mergedLabel ?label ;
           media:fromDocument ?document .
  }}
}}
WHERE {{
  {{
    SELECT ?entity (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?c) AS ?classes)
    WHERE {{ GRAPH ?d {{ ?d a media:Document . ?entity media:mentionedIn ?d ; rdfs:label ?l ; a ?c . }} }}
    GROUP BY ?entity
    HAVING (COUNT(DISTINCT ?d) > 1)
  }}
  GRAPH ?document {{ ?document a media:Document . ?entity media:mentionedIn ?document ; rdfs:label ?label . }}
  BIND(IRI(CONCAT(STR(?entity), "/merge")) AS ?merge)
  BIND(IF(?labels > 1, "identity.label-variant", "identity.same-label") AS ?labelRule)
  OPTIONAL {{ FILTER(?classes > 1) BIND("identity.class-refined" AS ?classRule) }}
}}
"""
    return _PREFIXES + " ;\n".join([*before, rewrite, *after])


def record_merges(dataset: Dataset, *, base: str) -> URIRef:
    """Rewrite the merge records of `dataset` in place; returns the records' graph name."""
    dataset.update(merges_update(base))
    return merges_graph(base)


def undo_merge_update(entity: str | URIRef, document: str | URIRef) -> str:
    """SPARQL UPDATE that gives `document`'s mentions of a merged `entity` a node of their own,
    `<entity>-<document hash>`, in that document's graph: its facts, labels and assertions move
    with it. Run `merges_update` afterwards to refresh the records. A rebuild from the texts
    mints the merged IRI again; this undoes a merge in a stored graph."""
    own = URIRef(f"{entity}-{str(document).rsplit('/', 1)[-1][:8]}")
    return f"""
DELETE {{ GRAPH <{document}> {{ <{entity}> ?p ?o }} }}
INSERT {{ GRAPH <{document}> {{ <{own}> ?p ?o }} }}
WHERE  {{ GRAPH <{document}> {{ <{entity}> ?p ?o }} }} ;
DELETE {{ GRAPH <{document}> {{ ?s ?p <{entity}> }} }}
INSERT {{ GRAPH <{document}> {{ ?s ?p <{own}> }} }}
WHERE  {{ GRAPH <{document}> {{ ?s ?p <{entity}> }} }}
"""
