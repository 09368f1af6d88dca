#!/usr/bin/env bash
# The main job on the sample input: build the graph of seeds/, write out/graph.trig and
# out/graph.html, print the summary and the answer to one example query.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/mediakg build seeds -o out/graph.trig --html out/graph.html
echo
echo "Every work with its director, writers and cast (queries/works.rq):"
.venv/bin/mediakg query out/graph.trig works
