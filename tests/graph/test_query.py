"""graph/query.py: SPARQL over a dataset, results as table / CSV / JSON, clear query errors."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Literal, Namespace
from rdflib.namespace import RDF, RDFS

from mediakg.graph.errors import QueryError
from mediakg.graph.rdf.triples import new_dataset
from mediakg.graph.query import format_result, query_text, rows, run_query
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

DOC_A = ID["document/1111111111111111"]
DOC_B = ID["document/2222222222222222"]

LANTERNS = ID["work/paper-lanterns"]
NIGHT = ID["work/night-harbor"]
SKYLINE = ID["work/skyline"]
HARBOR = ID["organization/harbor-studios"]
DUNE = ID["organization/dune-and-sons"]
MADE_BY = "https://example.org/ns#madeBy"


@pytest.fixture
def dataset():
    """Types in one document's graph, facts in another: queries see the union."""
    ds = new_dataset()
    a = ds.graph(DOC_A)
    for work, label in ((LANTERNS, "Paper Lanterns"), (NIGHT, "Night Harbor"), (SKYLINE, "Skyline")):
        a.add((work, RDF.type, MEDIA.Film))
        a.add((work, RDFS.label, Literal(label)))
    a.add((NIGHT, MEDIA.releaseYear, Literal("1998", datatype=XSD.gYear)))
    a.add((LANTERNS, MEDIA.releaseYear, Literal("2027", datatype=XSD.gYear)))
    b = ds.graph(DOC_B)
    b.add((HARBOR, RDF.type, MEDIA.Studio))
    b.add((HARBOR, RDFS.label, Literal("Harbor Studios")))
    b.add((DUNE, RDF.type, MEDIA.Studio))
    b.add((DUNE, RDFS.label, Literal("Dune, Sons & \"Daughters\"")))
    b.add((HARBOR, MEDIA.produces, NIGHT))
    b.add((HARBOR, MEDIA.produces, LANTERNS))
    b.add((DUNE, MEDIA.produces, SKYLINE))
    return ds


FILMS = """
SELECT ?label ?year WHERE {
  ?w a media:Film ; rdfs:label ?label .
  OPTIONAL { ?w media:releaseYear ?year }
} ORDER BY ?label
"""

STUDIOS = "SELECT ?studio ?name WHERE { ?studio a media:Studio ; rdfs:label ?name } ORDER BY ?name"


def test_select_as_table(dataset):
    out = format_result(run_query(dataset, FILMS), "table")
    assert out == (
        "label           year\n"
        "--------------  ----\n"
        "Night Harbor    1998\n"
        "Paper Lanterns  2027\n"
        "Skyline             \n"
        "(3 rows)\n"
    )


def test_table_is_the_default_and_counts_one_row(dataset):
    out = format_result(run_query(dataset, 'SELECT ?l WHERE { ?w rdfs:label ?l FILTER(?l = "Skyline") }'))
    assert out == "l      \n-------\nSkyline\n(1 row)\n"


def test_table_with_no_rows(dataset):
    out = format_result(run_query(dataset, "SELECT ?x WHERE { ?x a media:Person }"), "table")
    assert out.splitlines()[-1] == "(0 rows)"
    assert out.splitlines()[0].strip() == "x"


def test_table_clips_long_cells_at_60_characters():
    ds = new_dataset()
    long_label = "An Extremely Long Working Title For A Documentary About Lighthouses Of The North"
    ds.graph(DOC_A).add((ID["work/long"], RDFS.label, Literal(long_label)))
    out = format_result(run_query(ds, "SELECT ?l WHERE { ?w rdfs:label ?l }"), "table")
    cell = out.splitlines()[2]
    assert len(cell) == 60
    assert cell == long_label[:59] + "…"


def test_select_as_csv_has_exact_cells(dataset):
    out = format_result(run_query(dataset, STUDIOS), "csv")
    assert list(csv.reader(io.StringIO(out))) == [
        ["studio", "name"],
        [str(DUNE), 'Dune, Sons & "Daughters"'],
        [str(HARBOR), "Harbor Studios"],
    ]
    # Commas and quotes in a cell are quoted the CSV way, not split.
    assert '"Dune, Sons & ""Daughters"""' in out


def test_select_as_csv_keeps_unbound_cells_empty(dataset):
    out = format_result(run_query(dataset, FILMS), "csv")
    assert out == "label,year\nNight Harbor,1998\nPaper Lanterns,2027\nSkyline,\n"


def test_select_as_json(dataset):
    out = format_result(run_query(dataset, STUDIOS), "json")
    assert json.loads(out) == [
        {"studio": str(DUNE), "name": 'Dune, Sons & "Daughters"'},
        {"studio": str(HARBOR), "name": "Harbor Studios"},
    ]
    assert out.endswith("\n")


def test_json_keeps_non_ascii_readable():
    ds = new_dataset()
    ds.graph(DOC_A).add((ID["organization/cafe"], RDFS.label, Literal("Café Lumière")))
    out = format_result(run_query(ds, "SELECT ?l WHERE { ?s rdfs:label ?l }"), "json")
    assert "Café Lumière" in out
    assert json.loads(out) == [{"l": "Café Lumière"}]


def test_query_joins_across_named_graphs(dataset):
    # The studio's facts are in document B and the films' labels in document A.
    q = """SELECT ?title WHERE { ?s rdfs:label "Harbor Studios" ; media:produces ?w . ?w rdfs:label ?title }
           ORDER BY ?title"""
    assert rows(run_query(dataset, q)) == (["title"], [["Night Harbor"], ["Paper Lanterns"]])


def test_query_can_ask_which_graph_a_triple_is_in(dataset):
    q = "SELECT ?g WHERE { GRAPH ?g { ?s media:produces ?o } } GROUP BY ?g"
    assert rows(run_query(dataset, q))[1] == [[str(DOC_B)]]


def test_ask(dataset):
    yes = run_query(dataset, "ASK { ?s media:produces ?o }")
    no = run_query(dataset, "ASK { ?s a media:Person }")
    assert format_result(yes, "table") == "ask \n----\ntrue\n(1 row)\n"
    assert format_result(no, "csv") == "ask\nfalse\n"
    assert json.loads(format_result(yes, "json")) == [{"ask": "true"}]


def test_construct(dataset):
    q = "CONSTRUCT { ?w <https://example.org/ns#madeBy> ?s } WHERE { ?s media:produces ?w ; rdfs:label \"Harbor Studios\" }"
    names, data = rows(run_query(dataset, q))
    assert names == ["subject", "predicate", "object"]
    assert sorted(data) == [
        [str(NIGHT), MADE_BY, str(HARBOR)],
        [str(LANTERNS), MADE_BY, str(HARBOR)],
    ]
    parsed = list(csv.reader(io.StringIO(format_result(run_query(dataset, q), "csv"))))
    assert parsed[0] == ["subject", "predicate", "object"] and len(parsed) == 3


def test_explicit_prefix_declarations_still_work(dataset):
    q = "PREFIX m: <https://w3id.org/mediakg/ontology#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a m:Studio }"
    assert rows(run_query(dataset, q)) == (["n"], [["2"]])


# --------------------------------------------------------------------------------------
# Query errors and query files
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    "SELECT ?x WHERE { ?x a media:Film",  # unclosed brace
    "SELEKT * WHERE { ?s ?p ?o }",
    "SELECT ?x WHERE { ?x nosuchprefix:thing ?y }",
    "",
])
def test_invalid_sparql_is_an_input_error(dataset, bad):
    with pytest.raises(QueryError) as info:
        run_query(dataset, bad)
    message = str(info.value)
    assert "invalid SPARQL" in message
    assert message.startswith("query: ")
    assert "\n" not in message


def test_invalid_sparql_from_a_file_names_the_file(dataset, tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?x WHERE {\n  ?x a media:Film\n", encoding="utf-8")
    source, text = query_text(str(path))
    with pytest.raises(QueryError) as info:
        run_query(dataset, text, source=source)
    assert str(info.value).startswith(f"{path}: invalid SPARQL")
    assert "\n" not in str(info.value)


def test_rq_file_is_read(dataset, tmp_path):
    path = tmp_path / "films.rq"
    path.write_text("# films and their years\n" + FILMS, encoding="utf-8")
    source, text = query_text(str(path))
    assert source == str(path)
    assert text == path.read_text(encoding="utf-8")
    assert rows(run_query(dataset, text, source=source))[1][0] == ["Night Harbor", "1998"]


def test_existing_query_file_without_rq_extension_is_read(tmp_path):
    path = tmp_path / "studios.sparql"
    path.write_text(STUDIOS, encoding="utf-8")
    assert query_text(str(path)) == (str(path), STUDIOS)


def test_query_text_is_passed_through():
    assert query_text(STUDIOS) == ("query", STUDIOS)
    assert query_text(FILMS) == ("query", FILMS)


def test_a_long_one_line_query_is_a_query_not_a_file_name():
    # 280 characters on one line: longer than a file name may be, so no file can be asked about.
    long = STUDIOS.replace("ORDER BY ?name", 'FILTER(?name != "' + "x" * 180 + '") ORDER BY ?name')
    assert 256 < len(long) < 300 and "\n" not in long
    assert query_text(long) == ("query", long)


def test_text_that_is_no_file_name_and_no_sparql_is_a_one_line_error(tmp_path):
    missing = tmp_path / "studios"
    with pytest.raises(QueryError) as info:
        query_text(str(missing))
    assert str(info.value).startswith(f"{missing}: is neither a query file, a bundled query (")
    assert "works" in str(info.value) and "\n" not in str(info.value)


def test_missing_rq_file_is_an_input_error(tmp_path):
    path = tmp_path / "nowhere.rq"
    with pytest.raises(QueryError) as info:
        query_text(str(path))
    assert str(info.value) == f"{path}: no such query file"


def test_folder_named_rq_is_an_input_error(tmp_path):
    (tmp_path / "queries.rq").mkdir()
    with pytest.raises(QueryError) as info:
        query_text(str(tmp_path / "queries.rq"))
    assert str(tmp_path / "queries.rq") in str(info.value)


def test_non_utf8_rq_file_is_an_input_error(tmp_path):
    path = tmp_path / "latin1.rq"
    path.write_bytes(b'SELECT ?s WHERE { ?s rdfs:label "Caf\xe9" }\n')
    with pytest.raises(QueryError) as info:
        query_text(str(path))
    assert str(path) in str(info.value)
