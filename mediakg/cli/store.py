"""The store side of the `mediakg` command (`--store DIR|URL`): build, query, viz, validate,
remove, load and serve. cli/main.py parses; these functions open the store and call the work."""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from typing import Callable, Iterator

from rdflib import Dataset

from mediakg.errors import InputError
from mediakg.graph.errors import QueryError
from mediakg.graph.store.protocol import Store, StoreQueryError, open_store
from mediakg.extract.inputs.readers import Skipped


@contextmanager
def opened(location: str, *, read_only: bool = False) -> Iterator[Store]:
    store = open_store(location, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def graph_or_store(args: argparse.Namespace) -> Dataset:
    """The dataset a read-only command works on: a graph file or the whole store."""
    if bool(args.graph) == bool(args.store):
        raise InputError(args.command, "give either a graph file or --store DIR|URL")
    if args.graph:
        from mediakg.graph.rdf.files import read_dataset
        return read_dataset(args.graph)
    with opened(args.store, read_only=True) as store:
        return store.dataset()


def build(args: argparse.Namespace, *, on_skip: Callable[[Skipped], None] | None = None) -> int:
    from mediakg.storebuild import build_into_store

    def written(status: str, document) -> None:
        if not args.quiet:
            print(f"{status} {document.source}", flush=True)  # flushed: it tells a watcher which documents are committed

    with opened(args.store) as store:
        summary = build_into_store(args.inputs, store, model=args.model, base=args.base, strict=args.strict,
                                   processes=args.processes, batch_size=args.batch_size,
                                   executor=args.executor, on_written=written, on_skip=on_skip,
                                   max_document_chars=args.max_chars)
        dataset = store.dataset() if args.output or args.html else None
    if args.html:  # first: a page that cannot be drawn or written leaves the -o file as it was
        from mediakg.graph.viz.page import write_html
        from mediakg.graph.viz.titles import title_from_inputs
        write_html(dataset, args.html, title=args.title or title_from_inputs(args.inputs))
    if args.output:
        from mediakg.graph.rdf.files import write_dataset
        write_dataset(dataset, args.output)
    if not args.quiet:
        print("\n".join(summary.lines()))
        print(f"store {args.store} updated" + "".join(f" and wrote {p}" for p in (args.output, args.html) if p))
    return 0


def query(args: argparse.Namespace, source: str, text: str, limits) -> int:  # noqa: ANN001 (QueryLimits)
    from mediakg.graph.query import bounded_output, capped, fill_params, format_result, parse_params
    from mediakg.graph.store.protocol import is_url, query_result

    if bool(args.graph) == bool(args.store):
        raise InputError("query", "give either a graph file or --store DIR|URL")
    text = fill_params(text, parse_params(args.param), source=source)

    def answer() -> str:
        with opened(args.store, read_only=True) as store:
            try:
                result = query_result(store, text)
            except StoreQueryError as exc:
                raise QueryError(source, f"invalid SPARQL: {str(exc)[:300]}") from None
        return format_result(capped(result, limits.max_results), args.format)

    if is_url(args.store):  # the server does the work, within its own limits and our HTTP timeout
        output = answer()
    else:  # Oxigraph cannot cancel a query: it runs in a child that is killed at the limits
        with opened(args.store, read_only=True):
            pass  # a missing or locked store is reported here, before any child
        output = bounded_output(answer, source=source, limits=limits)
    sys.stdout.write(output)
    return 0


def remove(args: argparse.Namespace) -> int:
    from mediakg.storebuild import remove_document

    with opened(args.store) as store:
        removed = remove_document(store, args.document, location=args.store)
    print(f"removed {removed[0]}")
    return 0


def load(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mediakg.storebuild import load_into_store

    with opened(args.store) as store:
        load_into_store(Path(args.file), store)
    print(f"loaded {args.file} into {args.store}")
    return 0


def serve(args: argparse.Namespace) -> int:
    from mediakg.graph.serve.endpoint import make_server
    from mediakg.graph.serve.limits import Limits

    with opened(args.store, read_only=True) as store:
        server = make_server(store, host=args.host, port=args.port, title=args.title, quiet=args.quiet,
                             allow_service=args.allow_service, idle_timeout_s=args.idle_timeout,
                             limits=Limits(timeout_s=args.timeout, max_result_bytes=args.max_result_bytes,
                                           max_memory_bytes=int(args.max_memory * 1e9),
                                           max_concurrent=args.max_concurrent, queue_wait_s=args.queue_wait))
        host, port = server.server_address[:2]
        print(f"serving {args.store} read-only: SPARQL at http://{host}:{port}/sparql, "
              f"the query page at http://{host}:{port}/query, the graph at http://{host}:{port}/graph", flush=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return 0
