"""A SPARQL 1.1 server as the store (Oxigraph server, Fuseki, GraphDB…).

Reads go through the SPARQL 1.1 Protocol and writes through SPARQL 1.1 Update, one request per
write, which such servers apply as one transaction. `--store` names the query endpoint; the
update endpoint is the same URL, except that a URL ending in `/query` (Oxigraph, Fuseki) updates
at the sibling `/update`. The server's default graph holds the merge of the documents' graphs
(see graph/store/protocol.py), so start it WITHOUT a union-default-graph option.
"""
from __future__ import annotations

import io
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from mediakg.graph.errors import StoreError
from mediakg.graph.rdf.triples import new_dataset
from mediakg.graph.rdf.files import read_dataset
from mediakg.graph.store.protocol import (GRAPH_TYPES, QUERY_PREFIXES, RESULT_TYPES, StoreQueryError, drop_update,
                                          insert_data, with_merged_default)

TIMEOUT_S = 300.0


def update_url(query_url: str) -> str:
    parts = urllib.parse.urlsplit(query_url)
    if parts.path.endswith("/query"):
        return urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len("query")] + "update"))
    return query_url


def _with_prefixes(text: str) -> str:
    # The embedded store binds these prefixes for every query; a server needs them spelled out.
    # All on the query's first line, so the server's error positions keep their line numbers.
    return "".join(f"PREFIX {name}: <{iri}> " for name, iri in QUERY_PREFIXES.items()) + text


class RemoteStore:
    folder = None  # the server's files are not ours to open

    def __init__(self, url: str, *, timeout: float = TIMEOUT_S) -> None:
        self.url = url
        self.update_endpoint = update_url(url)
        self.timeout = timeout

    def _post(self, url: str, form: dict[str, str], accept: str):
        request = urllib.request.Request(
            url, data=urllib.parse.urlencode(form).encode("utf-8"), method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            message = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            if exc.code == 400:
                raise StoreQueryError(message or "rejected as malformed") from None
            raise StoreError(url, f"answered HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(url, f"cannot be reached: {reason}") from None

    def query(self, text: str, *, output: BinaryIO, results: str = "json", triples: str = "ntriples") -> str:
        accept = f"{RESULT_TYPES[results]}, {GRAPH_TYPES[triples]};q=0.9"
        with self._post(self.url, {"query": _with_prefixes(text)}, accept) as response:
            shutil.copyfileobj(response, output)
            return response.headers.get_content_type()

    def update(self, text: str) -> None:
        if text.strip():
            with self._post(self.update_endpoint, {"update": _with_prefixes(text)}, "*/*") as response:
                response.read()

    def add_dataset(self, dataset: Dataset) -> None:
        self.update(insert_data(with_merged_default(dataset)))

    def load_file(self, path: Path, fmt: str) -> None:
        """The file's graphs replace the graphs of the same names, in one update. Blank nodes in
        INSERT DATA are always new ones on the server, so adding alone would double every blank
        node of a file loaded twice; replacing makes a second load of the same file a no-op."""
        dataset = with_merged_default(read_dataset(path), loose_triples_to=URIRef(path.resolve().as_uri()))
        named = [g.identifier for g in dataset.graphs()
                 if g.identifier != DATASET_DEFAULT_GRAPH_ID and isinstance(g.identifier, URIRef) and len(g)]
        insert = insert_data(dataset)
        self.update(" ;\n".join(drop_update(named) + ([insert] if insert else [])))

    def dataset(self) -> Dataset:
        """The named graphs (where mediakg keeps everything) as one Dataset."""
        buffer = io.BytesIO()
        self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", output=buffer)
        dataset = new_dataset()
        for s, p, o, g in Result.parse(io.BytesIO(buffer.getvalue()), format="json"):
            dataset.graph(g).add((s, p, o))
        return dataset

    def close(self) -> None:
        pass
