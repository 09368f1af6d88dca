"""The `mediakg` command: build, query, viz, validate."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakg.errors import InputError
from mediakg.extract.model import DEFAULT_MODEL, MODEL_ENV_VAR, ModelNotFound
from mediakg.graph.iris import DEFAULT_BASE

EXAMPLE_QUERY = Path(__file__).resolve().parent.parent / "queries" / "works.rq"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediakg", description="Knowledge graphs of the film, TV and streaming industry from trade news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser("build", help="read articles and write their graph",
                           description="Read .txt/.md/.html files, .jsonl articles, folders and globs; write the graph (format by extension: .trig .nq .ttl .jsonld .nt).")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or glob")
    build.add_argument("-o", "--output", required=True, type=Path, help="graph file to write")
    build.add_argument("--model", help=f"spaCy pipeline to use (default ${MODEL_ENV_VAR} or {DEFAULT_MODEL})")
    build.add_argument("--base", default=DEFAULT_BASE, help="base IRI of minted entities (default %(default)s)")
    build.add_argument("--html", type=Path, help="also write the browser view here")
    build.add_argument("--strict", action="store_true", help="fail when a fact violates the SHACL shapes instead of leaving it out")
    build.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    build.add_argument("--processes", type=_positive, default=1, metavar="N", help="extract in N worker processes (default 1)")
    build.add_argument("--batch-size", type=_positive, default=64, metavar="N", help="documents per spaCy batch (default %(default)s)")
    build.add_argument("--executor", metavar="dask://HOST:PORT", help="extract on a Dask distributed cluster; this process writes the graph")

    query = sub.add_parser("query", help="run SPARQL on a graph file", description="Run a SPARQL query (a string or a .rq file) over a graph file.")
    query.add_argument("graph", type=Path, metavar="GRAPH")
    query.add_argument("query", metavar="QUERY", help="SPARQL text or path of a .rq file")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")

    viz = sub.add_parser("viz", help="write the browser view of a graph", description="Write an offline HTML page showing the graph's entities and relations.")
    viz.add_argument("graph", type=Path, metavar="GRAPH")
    viz.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.html")
    viz.add_argument("--title", default="mediakg")

    validate = sub.add_parser("validate", help="check a graph against the SHACL shapes", description="Report SHACL violations of a graph file; exit 1 when there are any.")
    validate.add_argument("graph", type=Path, metavar="GRAPH")
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _report_skip(skipped) -> None:
    print(f"mediakg: skipped {skipped.name}: {skipped.reason}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from mediakg.graph.store import format_for, write_dataset
    from mediakg.pipeline import build_dataset

    format_for(args.output)  # an unknown extension fails before any work is done
    dataset, summary = build_dataset(args.inputs, model=args.model, base=args.base, processes=args.processes,
                                     batch_size=args.batch_size, executor=args.executor, on_skip=_report_skip,
                                     progress=sys.stderr.isatty() and not args.quiet)
    if args.strict and summary.rejected:
        for v in summary.rejected:
            print(f"mediakg: violation: {v.focus} {v.path or ''}: {v.message}", file=sys.stderr)
        print(f"mediakg: error: {len(summary.rejected)} facts violate the shapes (--strict); nothing written", file=sys.stderr)
        return 1
    write_dataset(dataset, args.output)
    if args.html:
        from mediakg.graph.viz import write_html
        write_html(dataset, args.html, title=args.output.stem)
    if not args.quiet:
        print("\n".join(summary.lines()))
        print(f"wrote {args.output}" + (f" and {args.html}" if args.html else ""))
    return 0


def _query(args: argparse.Namespace) -> int:
    from mediakg.graph.query import format_result, query_text, run_query
    from mediakg.graph.store import read_dataset

    source, text = query_text(args.query)
    dataset = read_dataset(args.graph)
    result = run_query(dataset, text, source=source)
    try:
        output = format_result(result, args.format)
    except Exception as exc:  # rdflib evaluates lazily: a query that parses can still fail here
        raise InputError(source, f"query failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}") from None
    sys.stdout.write(output)
    return 0


def _viz(args: argparse.Namespace) -> int:
    from mediakg.graph.store import read_dataset
    from mediakg.graph.viz import write_html

    write_html(read_dataset(args.graph), args.output, title=args.title)
    print(f"wrote {args.output}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from mediakg.graph.store import read_dataset
    from mediakg.graph.validate import validate_graph

    report = validate_graph(read_dataset(args.graph))
    for v in report.violations:
        print(f"{v.severity}: {v.focus} {v.path or ''} {v.value or ''}: {v.message}")
    count = len(report.violations)
    print(f"{args.graph}: {'conforms' if report.conforms else f'{count} violation' + ('s' if count != 1 else '')}")
    return 0 if report.conforms else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {"build": _build, "query": _query, "viz": _viz, "validate": _validate}[args.command]
    try:
        return command(args)
    except (InputError, ModelNotFound) as exc:
        print(f"mediakg: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the page's folder cannot be written
        print(f"mediakg: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
