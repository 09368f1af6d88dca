#!/usr/bin/env bash
# Development time only: fetch YASGUI from npm and copy its built files into the package, where
# `mediakg serve` serves them (/assets/yasgui/...) so the query page needs no network. Run after
# changing VERSION, then commit graph/serve/static/yasgui/.
set -euo pipefail
VERSION=4.6.2
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "@zazuko/yasgui@$VERSION" >/dev/null
dest="$here/graph/serve/static/yasgui"
mkdir -p "$dest"
cp node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css "$dest/"
cp node_modules/@zazuko/yasgui/package.json "$dest/package.json"
echo "vendored @zazuko/yasgui $VERSION into $dest"
