"""The bundled SPARQL queries (*.rq), installed as package data so `mediakg query GRAPH NAME`
finds them from an installed package too; see mediakg.graph.query.bundled_queries."""
