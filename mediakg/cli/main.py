"""The `mediakg` command: build, query, viz, validate; with a store also remove, load, serve."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakg.errors import InputError
from mediakg.graph.errors import GraphError
from mediakg.extract.runner.model import DEFAULT_MODEL, MODEL_ENV_VAR, ModelNotFound
from mediakg.extract.inputs.readers import MAX_DOCUMENT_CHARS
from mediakg.graph.rdf.iris import DEFAULT_BASE



def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("mediakg")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediakg", description="Knowledge graphs of the film, TV and streaming industry from trade news.")
    parser.add_argument("--version", action="version", version=f"mediakg {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser("build", help="read articles and write their graph",
                           description="Read .txt/.md/.html files, .jsonl articles, folders and globs; write the graph (format by extension: .trig .nq .ttl .jsonld .nt).")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or glob")
    build.add_argument("-o", "--output", type=Path, help="graph file to write")
    build.add_argument("--store", metavar="DIR|URL", help="build into this store incrementally (an Oxigraph folder or a SPARQL server)")
    build.add_argument("--model", help=f"spaCy pipeline to use (default ${MODEL_ENV_VAR} or {DEFAULT_MODEL})")
    build.add_argument("--gazetteer", type=Path, metavar="FILE",
                       help='your own names, JSON Lines of {"label": ..., "type": ..., "aliases": [...]}, read ahead of the built-in gazetteer')
    build.add_argument("--base", default=DEFAULT_BASE, help="base IRI of minted entities (default %(default)s)")
    build.add_argument("--html", type=Path, help="also write the browser view here")
    build.add_argument("--title", help="title of the browser view (default: named after the inputs)")
    build.add_argument("--strict", action="store_true", help="fail when a fact violates the SHACL shapes instead of leaving it out")
    build.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    build.add_argument("--processes", type=_positive, default=1, metavar="N", help="extract in N worker processes (default 1)")
    build.add_argument("--batch-size", type=_positive, default=64, metavar="N", help="documents per spaCy batch (default %(default)s)")
    build.add_argument("--executor", metavar="dask://HOST:PORT", help="extract on a Dask distributed cluster; this process writes the graph")
    build.add_argument("--max-chars", type=_positive, default=MAX_DOCUMENT_CHARS, metavar="N",
                       help="skip a document longer than N characters (default %(default)s)")

    query = sub.add_parser("query", help="run SPARQL on a graph file",
                           description="Run a SPARQL query (a string, a .rq file, or the name of a bundled query: "
                                       "deals, entity-facts, low-confidence, merges, organizations, partners, people, rumours, works) over a graph file.")
    query.add_argument("graph", type=Path, metavar="GRAPH", nargs="?")
    query.add_argument("query", metavar="QUERY", help="SPARQL text, path of a .rq file, or a bundled query's name")
    query.add_argument("--format", choices=("table", "csv", "json", "turtle", "nt", "jsonld"), default="table",
                       help="table (prefixed names), csv or json; CONSTRUCT and DESCRIBE print Turtle, or nt or jsonld")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="fill the query's VALUES ?NAME block (or bind ?NAME): a string, <IRI> or prefixed name; repeatable")
    _query_limits(query, memory_gb=2.0)
    query.add_argument("--max-results", type=_positive, default=100_000, metavar="N",
                       help="refuse an answer of more rows than this (default %(default)s)")
    _allow_service(query)

    viz = sub.add_parser("viz", help="write the browser view of a graph", description="Write an offline HTML page showing the graph's entities and relations.")
    viz.add_argument("graph", type=Path, metavar="GRAPH", nargs="?")
    viz.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.html")
    viz.add_argument("--title", help="page title (default: named after the documents' folder)")
    viz.add_argument("--query", metavar="FILE.rq", help="draw only what this CONSTRUCT (or SELECT ?s ?p ?o) query returns")
    viz.add_argument("--focus", metavar="LABEL", help="draw only the neighbourhood of the entity with this label or alias")
    viz.add_argument("--hops", type=int, metavar="N", help="with --focus: how many relations away to reach (default 1)")
    viz.add_argument("--size-by", choices=("pagerank", "degree"), default="pagerank", help="node size (default %(default)s)")
    viz.add_argument("--color-by", choices=("class", "community"), default="class", help="node colour (default %(default)s)")
    viz.add_argument("--layout", choices=("auto", "physics", "static"), default="auto",
                     help="physics: laid out in the browser; static: laid out here, physics off; auto: static above 300 entities")

    validate = sub.add_parser("validate", help="check a graph against the SHACL shapes", description="Report SHACL violations of a graph file; exit 1 when there are any.")
    validate.add_argument("graph", type=Path, metavar="GRAPH", nargs="?")
    for command in (query, viz, validate):
        command.add_argument("--store", metavar="DIR|URL", help="read this store instead of a graph file")
    _store_parsers(sub)

    evaluate = sub.add_parser("evaluate", help="score the extractor on your own gold annotations",
                              description="For every NAME.txt with a NAME.gold.json in GOLD_DIR, extract and print precision, recall and F1 per predicate, per entity type and per confidence band, with the missed and spurious facts.")
    evaluate.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    evaluate.add_argument("--model", help=f"spaCy pipeline to use (default ${MODEL_ENV_VAR} or {DEFAULT_MODEL})")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("--only-errors", action="store_true", help="print only the missed and spurious facts")
    return parser


def _query_limits(parser: argparse.ArgumentParser, *, memory_gb: float) -> None:
    """The limits one query runs under, the same for `query` and `serve`."""
    parser.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                        help="stop a query running longer than this (default %(default)s)")
    parser.add_argument("--max-memory", type=_positive_float, default=memory_gb, metavar="GB",
                        help="memory one query may take, in GB (default %(default)s)")


def _store_parsers(sub) -> None:
    remove = sub.add_parser("remove", help="drop one document from a store", description="Drop a document's named graph (its facts, and entities nothing else mentions).")
    remove.add_argument("document", metavar="DOC", help="source path, file name, document IRI or hash prefix")
    remove.add_argument("--store", required=True, metavar="DIR|URL")
    load = sub.add_parser("load", help="import an RDF file into a store", description="Import TriG, N-Quads, Turtle, N-Triples or JSON-LD into a store in one transaction.")
    load.add_argument("file", metavar="FILE")
    load.add_argument("--store", required=True, metavar="DIR|URL")
    serve = sub.add_parser("serve", help="answer SPARQL over HTTP, read-only", description="Serve the SPARQL 1.1 Protocol (read-only) and the browser view of a store.")
    serve.add_argument("--store", required=True, metavar="DIR|URL")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default %(default)s; 0 picks a free one)")
    _query_limits(serve, memory_gb=1.0)
    serve.add_argument("--max-result-bytes", type=int, default=50_000_000, help="largest answer sent (default %(default)s)")
    serve.add_argument("--max-concurrent", type=_positive, default=4, metavar="N",
                       help="queries run at once; more wait up to 10 s, then get 503 (default %(default)s)")
    serve.add_argument("--queue-wait", type=_positive_float, default=10.0, metavar="SECONDS",
                       help="how long a query waits for a free slot before 503 (default %(default)s)")
    serve.add_argument("--idle-timeout", type=_positive_float, default=20.0, metavar="SECONDS",
                       help="close a connection that sends nothing for this long (default %(default)s)")
    _allow_service(serve)
    serve.add_argument("--title", help="title of the pages (default: the graph view is named after the documents' folder)")
    serve.add_argument("--quiet", "-q", action="store_true", help="log no requests")


def _allow_service(command: argparse.ArgumentParser) -> None:
    command.add_argument("--allow-service", action="append", default=[], metavar="IRI",
                         help="let SERVICE queries reach this endpoint (repeatable; by default SERVICE is refused)")


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
    return value


def query_limits(args: argparse.Namespace):
    from mediakg.graph.query import QueryLimits
    return QueryLimits(timeout_s=args.timeout, max_results=args.max_results,
                       max_memory_bytes=int(args.max_memory * 1e9), allow_service=tuple(args.allow_service))


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _report_skip(skipped) -> None:
    print(f"mediakg: skipped {skipped.name}: {skipped.reason}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from mediakg.graph.rdf.files import STREAM_FORMATS, format_for, write_dataset
    from mediakg.pipeline import DatasetSink, FileSink, build

    if args.output is None and args.store is None:
        raise InputError("build", "give -o FILE, --store DIR|URL, or both")
    if args.output is not None:
        format_for(args.output)  # an unknown extension fails before any work is done
    if args.gazetteer is not None:  # a bad line fails before any work is done too
        from mediakg.extract.runner.model import read_gazetteer, with_gazetteer
        args.model = with_gazetteer(args.model, read_gazetteer(args.gazetteer))
    if args.store:
        from mediakg.cli import store as storecli
        return storecli.build(args, on_skip=_report_skip)
    # N-Quads and TriG are written as a stream, document by document; other formats, and a
    # build that also draws the page (which needs the whole graph), hold the graph in memory.
    streamed = format_for(args.output) in STREAM_FORMATS and not args.html
    sink = FileSink(args.output, base=args.base) if streamed else DatasetSink(base=args.base)
    summary = build(args.inputs, sink, model=args.model, base=args.base, strict=args.strict,
                    processes=args.processes, batch_size=args.batch_size, executor=args.executor,
                    on_skip=_report_skip, max_document_chars=args.max_chars,
                    progress=sys.stderr.isatty() and not args.quiet)
    if not streamed:
        if args.html:  # first: a page that cannot be drawn or written leaves the -o file as it was
            from mediakg.graph.viz.page import write_html
            from mediakg.graph.viz.titles import title_from_inputs
            write_html(sink.dataset, args.html, title=args.title or title_from_inputs(args.inputs))
        write_dataset(sink.dataset, args.output)
    if not args.quiet:
        print("\n".join(summary.lines()))
        print(f"wrote {args.output}" + (f" and {args.html}" if args.html else ""))
    return 0


def _query(args: argparse.Namespace) -> int:
    from mediakg.graph.query import (bounded_output, capped, check_query_services, fill_params, format_result,
                                     parse_params, query_text, run_query)
    from mediakg.graph.rdf.files import read_dataset

    source, text = query_text(args.query)
    limits = query_limits(args)
    check_query_services(text, source, limits.allow_service)
    if args.store or args.graph is None:
        from mediakg.cli import store as storecli
        return storecli.query(args, source, text, limits)
    text = fill_params(text, parse_params(args.param), source=source)
    dataset = read_dataset(args.graph)
    # rdflib cannot cancel a query: it runs in a child that is killed at the limits.
    output = bounded_output(lambda: format_result(capped(run_query(dataset, text, source=source), limits.max_results),
                                                  args.format), source=source, limits=limits)
    sys.stdout.write(output)
    return 0


def _viz(args: argparse.Namespace) -> int:
    from mediakg.graph.query import query_text
    from mediakg.graph.viz.subgraph import select_network
    from mediakg.graph.viz.page import write_network_html
    from mediakg.cli.store import graph_or_store

    if args.hops is not None and (args.focus is None or args.hops < 0):
        raise InputError("--hops", "needs --focus LABEL and a number of 0 or more")
    source, query = query_text(args.query) if args.query else ("query", None)
    if query is not None:  # rdflib would run SERVICE too
        from mediakg.graph.query import check_query_services
        check_query_services(query, source)
    from mediakg.graph.viz.titles import dataset_title
    dataset = graph_or_store(args)
    title = args.title or dataset_title(dataset, default=Path(str(args.graph or args.store)).stem)
    network = select_network(dataset, query=query, query_source=source,
                             focus=args.focus, hops=1 if args.hops is None else args.hops,
                             source=str(args.graph or args.store))
    write_network_html(network, args.output, title=title, layout=args.layout, size_by=args.size_by,
                       color_by=args.color_by)
    print(f"wrote {args.output}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from mediakg.graph.rdf.validate import validate_graph
    from mediakg.cli.store import graph_or_store

    report = validate_graph(graph_or_store(args))
    for v in report.violations:
        print(f"{v.severity}: {v.focus} {v.path or ''} {v.value or ''}: {v.message}")
    count = len(report.violations)
    print(f"{args.graph or args.store}: {'conforms' if report.conforms else f'{count} violation' + ('s' if count != 1 else '')}")
    return 0 if report.conforms else 1


def _evaluate(args: argparse.Namespace) -> int:
    from mediakg.evaluate.report import evaluate_folder, format_json, format_table

    names, score = evaluate_folder(args.gold_dir, model=args.model)
    write = format_json if args.format == "json" else format_table
    sys.stdout.write(write(names, score, only_errors=args.only_errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from mediakg.cli import store as storecli
    command = {"build": _build, "query": _query, "viz": _viz, "validate": _validate, "evaluate": _evaluate,
               "remove": storecli.remove, "load": storecli.load, "serve": storecli.serve}[args.command]
    try:
        return command(args)
    except (InputError, GraphError, ModelNotFound) as exc:  # each says "what: problem" in one line
        print(f"mediakg: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the page's folder cannot be written
        print(f"mediakg: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
