// The mediakg graph page's script (inlined and allowed by hash; see graph.html).
// Data from articles is only ever put into the page as text: textContent, plain-string vis
// tooltips, and link targets restricted to http(s).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mediakg-data").textContent);
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });

  // Facts of a node are its relations in both directions; index the edges once.
  var incident = new Map();
  data.edges.forEach(function (e, i) {
    e.id = i;
    [e.from, e.to].forEach(function (end) {
      if (!incident.has(end)) { incident.set(end, []); }
      incident.get(end).push(e);
    });
  });

  var colorBy = data.colorBy;
  var hasCommunities = data.nodes.some(function (n) { return n.community !== undefined; });
  function baseColor(n) {
    if (colorBy === "community" && n.community !== undefined) {
      return data.communityColors[n.community % data.communityColors.length];
    }
    return data.palette[n.cls];
  }
  function nodeTitle(n) {
    var lines = [n.label, n.cls];
    if (n.aliases.length) { lines.push("also: " + n.aliases.join(", ")); }
    return lines.join("\n");
  }
  function visNode(n) {
    var item = { id: n.id, label: n.label, title: nodeTitle(n), value: n.value, color: baseColor(n) };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }
  // Parallel edges (two predicates between the same pair) would be drawn on top of each other;
  // bend each further one a little more.
  var seenPairs = new Map();
  function visEdge(e) {
    var pair = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    var repeat = seenPairs.get(pair) || 0;
    seenPairs.set(pair, repeat + 1);
    var title = byId.get(e.from).label + " \u2014" + e.predicate + "\u2192 " + byId.get(e.to).label;
    if (e.status) { title += "\n" + e.status + ", not stated"; }
    if (e.confidence !== null) { title += "\nconfidence " + e.confidence.toFixed(2); }
    var item = { id: e.id, from: e.from, to: e.to, title: title };
    if (e.status) { item.dashes = true; }  // a rumour, a negotiation or a plan: no stated fact
    // Thousands of edge labels make every redraw slow (vis draws all edges, seen or not).
    if (data.edgeLabels) { item.label = e.predicate; }
    if (repeat) { item.smooth = { enabled: true, type: "curvedCW", roundness: 0.25 * repeat }; }
    return item;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var hiddenClasses = new Set();
  var hiddenPredicates = new Set();
  var hideIsolated = false;
  var showReported = false;  // rumoured, negotiated and planned facts: off until asked for
  var connected = null;  // with hideIsolated: ids with a shown relation to another shown node
  function linked() {
    var found = new Set();
    data.edges.forEach(function (e) {
      if (hiddenPredicates.has(e.predicate) || e.from === e.to || (e.status && !showReported)) { return; }
      if (hiddenClasses.has(byId.get(e.from).cls) || hiddenClasses.has(byId.get(e.to).cls)) { return; }
      found.add(e.from);
      found.add(e.to);
    });
    return found;
  }
  var nodeView = new vis.DataView(nodes, {
    filter: function (item) {
      return !hiddenClasses.has(byId.get(item.id).cls) && (connected === null || connected.has(item.id));
    }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (item) {
      var e = data.edges[item.id];
      return !hiddenPredicates.has(e.predicate) && (showReported || !e.status);
    }
  });

  var container = document.getElementById("mediakg-network");
  var network = new vis.Network(container, {}, data.options);

  // Labels readable at first sight: after each fit, label sizes are set in canvas units so that on
  // screen the top-ranked node's label is 20 px and the others at least 12 px, on graphs of up to
  // LABEL_ALL_MAX nodes; on bigger graphs lower-ranked labels start below vis's draw threshold
  // (options.nodes.scaling.label.drawThreshold) and appear as one zooms in. Rank is the node's
  // value (PageRank or degree).
  var LABEL_ALL_MAX = 150;
  var values = data.nodes.map(function (n) { return n.value; });
  var lowest = Math.min.apply(null, values), highest = Math.max.apply(null, values);
  function fitLabels() {
    var scale = network.getScale() || 1;
    var low = nodeView.length > LABEL_ALL_MAX ? 6 : 12, high = 20;
    var span = highest > lowest ? highest - lowest : 1;
    nodes.update(data.nodes.map(function (n) {
      var rank = highest > lowest ? (n.value - lowest) / span : 1;
      return { id: n.id, font: { size: (low + (high - low) * rank) / scale } };
    }));
    network.setOptions({ edges: { font: { size: 11 / Math.max(scale, 0.75) } } });
  }
  function fitView() {
    network.fit({ animation: false });
    fitLabels();
  }
  // For tests, notebooks and the console. mediakgReady resolves once the first layout is drawn
  // and fitted to the window; awaiting a promise needs no eval, which this page's CSP forbids.
  window.mediakgNetwork = network;
  window.mediakgFit = fitView;
  window.mediakgReady = new Promise(function (resolve) {
    function settled() {
      fitView();
      network.once("afterDrawing", function () { resolve(true); });
      network.redraw();
    }
    // Listen before handing over the data so neither event can be missed.
    if (data.physics && data.nodes.length) {
      network.once("stabilizationIterationsDone", settled);
    } else {
      network.once("afterDrawing", settled);
    }
  });
  network.setData({ nodes: nodeView, edges: edgeView });

  // Neighbourhood highlight: the selection and its neighbours get a dark ring; on graphs small
  // enough to restyle every node at once (data.fade) everything else also fades.
  var FADED = "rgba(190,190,190,0.35)";
  var state = new Map();  // node id -> "focus" or "faded"; absent means normal
  function styled(n) {
    var s = state.get(n.id);
    if (s === "faded") { return { id: n.id, color: FADED, borderWidth: 1 }; }
    if (s === "focus") { return { id: n.id, color: { background: baseColor(n), border: "#222" }, borderWidth: 3 }; }
    return { id: n.id, color: baseColor(n), borderWidth: 1 };
  }
  function highlight(id) {
    var keep = new Set(id === null ? [] : network.getConnectedNodes(id).concat([id]));
    var changed = new Set(state.keys());
    state.clear();
    if (id !== null && data.fade) {
      data.nodes.forEach(function (n) { state.set(n.id, keep.has(n.id) ? "focus" : "faded"); changed.add(n.id); });
    } else {
      keep.forEach(function (k) { state.set(k, "focus"); changed.add(k); });
    }
    nodes.update(Array.from(changed, function (k) { return styled(byId.get(k)); }));
  }

  // The side panel: a node's facts, each with its evidence sentences and where they come from.
  var panel = document.getElementById("mediakg-panel");
  var facts = document.getElementById("mediakg-facts");
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }
  function sourceLine(row) {
    // row: [sentence, document number or null, confidence, rule]
    var line = el("div", null, "source");
    var parts = [];
    if (row[2] !== null) { parts.push("confidence " + row[2].toFixed(2)); }
    if (row[3]) { parts.push(row[3]); }
    line.appendChild(document.createTextNode(parts.join(" \u00b7 ") + (parts.length ? " \u00b7 " : "")));
    var doc = row[1] === null ? null : data.documents[row[1]];
    if (doc && doc[1] && /^https?:\/\//i.test(doc[1])) {
      var link = el("a", doc[0]);
      link.href = doc[1];
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      line.appendChild(link);
    } else {
      line.appendChild(document.createTextNode(doc ? doc[0] : "unknown document"));
    }
    return line;
  }
  // The fact's words in its sentence: the names (label and aliases) of its subject and object, or
  // an attribute's value, found in the stored sentence and marked. Built from text nodes and
  // <mark> elements only, so article text never becomes markup.
  function namesOf(id) {
    var n = byId.get(id);
    return [n.name].concat(n.aliases);
  }
  function markedSentence(sentence, words) {
    var lower = sentence.toLowerCase();
    var spans = [];
    words.forEach(function (word) {
      var w = String(word || "").trim().toLowerCase();
      if (w.length < 2) { return; }
      for (var at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
        spans.push([at, at + w.length]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var quote = el("blockquote", null, "evidence");
    quote.appendChild(document.createTextNode("\u201c"));
    var done = 0;
    spans.forEach(function (span) {
      if (span[0] < done) { return; }  // overlaps a longer, earlier mark
      quote.appendChild(document.createTextNode(sentence.slice(done, span[0])));
      quote.appendChild(el("mark", sentence.slice(span[0], span[1])));
      done = span[1];
    });
    quote.appendChild(document.createTextNode(sentence.slice(done) + "\u201d"));
    return quote;
  }
  function evidenceList(item, rows, words) {
    rows.forEach(function (row) {
      item.appendChild(markedSentence(row[0].trim(), words || []));
      item.appendChild(sourceLine(row));
    });
  }
  function entityButton(id) {
    var button = el("button", byId.get(id).label, "entity");
    button.type = "button";
    button.addEventListener("click", function () { focusNode(id); });
    return button;
  }
  function showFacts(id) {
    var n = byId.get(id);
    document.getElementById("mediakg-panel-title").textContent = n.label;
    document.getElementById("mediakg-panel-meta").textContent =
      n.cls + (n.aliases.length ? " \u00b7 also: " + n.aliases.join(", ") : "");
    facts.replaceChildren();
    var typed = el("li", null, "fact-item");
    typed.appendChild(el("div", "is a " + n.cls, "fact"));
    evidenceList(typed, n.typing, namesOf(id));
    facts.appendChild(typed);
    n.attributes.forEach(function (a) {
      var item = el("li", null, "fact-item");
      item.appendChild(el("div", a[0] + ": " + a[1], "fact"));
      evidenceList(item, a[2], namesOf(id).concat([a[1]]));
      facts.appendChild(item);
    });
    (incident.get(id) || []).forEach(function (e) {
      if (e.status && !showReported) { return; }  // rumours only when they are shown
      var item = el("li", null, "fact-item");
      var line = el("div", null, "fact");
      if (e.from === id) {
        line.appendChild(document.createTextNode(e.predicate + " \u2192 "));
        line.appendChild(entityButton(e.to));
      } else {
        line.appendChild(entityButton(e.from));
        line.appendChild(document.createTextNode(" \u2192 " + e.predicate + " \u2192 this"));
      }
      if (e.status) { line.appendChild(document.createTextNode(" (" + e.status + ")")); }
      item.appendChild(line);
      evidenceList(item, e.evidence, namesOf(e.from).concat(namesOf(e.to)));
      facts.appendChild(item);
    });
    panel.hidden = false;
  }

  function select(id) {
    highlight(id);
    if (id === null) { panel.hidden = true; return; }
    showFacts(id);
  }
  function focusNode(id) {
    var n = byId.get(id);
    if (hiddenClasses.has(n.cls)) { toggleClass(n.cls, true); }
    network.selectNodes([id]);
    select(id);
    // The panel just took its share of the width: let the canvas follow before centring.
    network.setSize("100%", "100%");
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }
  network.on("click", function (params) {
    select(params.nodes.length ? params.nodes[0] : null);
  });

  // Search by label or alias: an exact match (ignoring case) first, else the first entity whose
  // label or an alias contains the text.
  var names = new Map();
  data.nodes.forEach(function (n) {
    [n.label, n.name].concat(n.aliases).forEach(function (name) {
      var key = name.toLowerCase();
      if (!names.has(key)) { names.set(key, n.id); }
    });
  });
  function find(text) {
    var key = text.trim().toLowerCase();
    if (!key) { return null; }
    if (names.has(key)) { return names.get(key); }
    var hit = data.nodes.find(function (n) {
      return [n.label].concat(n.aliases).some(function (name) { return name.toLowerCase().indexOf(key) >= 0; });
    });
    return hit ? hit.id : null;
  }
  var search = document.getElementById("mediakg-search");
  var status = document.getElementById("mediakg-search-status");
  function runSearch() {
    var id = find(search.value);
    status.textContent = id === null && search.value.trim() ? "no entity matches" : "";
    if (id !== null) { focusNode(id); }
  }
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { runSearch(); } });
  search.addEventListener("change", runSearch);

  // Filters: unticking a class or a predicate hides its nodes or edges.
  function toggleClass(cls, shown) {
    if (shown) { hiddenClasses.delete(cls); } else { hiddenClasses.add(cls); }
    var box = document.querySelector('#mediakg-legend input[value="' + CSS.escape(cls) + '"]');
    if (box) { box.checked = shown; }
    refreshViews();
  }
  // After any filter: recompute what is isolated, redraw, and fit what is left to the window.
  function refreshViews() {
    connected = hideIsolated ? linked() : null;
    edgeView.refresh();
    nodeView.refresh();
    fitView();
  }
  document.querySelectorAll("#mediakg-legend input").forEach(function (box) {
    box.addEventListener("change", function () { toggleClass(box.value, box.checked); });
  });
  document.querySelectorAll("#mediakg-predicates input").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) { hiddenPredicates.delete(box.value); } else { hiddenPredicates.add(box.value); }
      refreshViews();
    });
  });
  var isolatedBox = document.getElementById("mediakg-hide-isolated");
  isolatedBox.addEventListener("change", function () {
    hideIsolated = isolatedBox.checked;
    refreshViews();
  });
  var reportedBox = document.getElementById("mediakg-show-reported");
  if (reportedBox) {
    reportedBox.addEventListener("change", function () {
      showReported = reportedBox.checked;
      refreshViews();
    });
  }
  document.getElementById("mediakg-fit").addEventListener("click", fitView);
  document.getElementById("mediakg-reset").addEventListener("click", function () {
    hiddenClasses.clear();
    hiddenPredicates.clear();
    hideIsolated = false;
    showReported = false;
    if (reportedBox) { reportedBox.checked = false; }
    document.querySelectorAll("#mediakg-legend input, #mediakg-predicates input").forEach(function (box) {
      box.checked = true;
    });
    isolatedBox.checked = false;
    search.value = "";
    status.textContent = "";
    network.unselectAll();
    select(null);
    refreshViews();
  });

  // Export what is shown now: the nodes and relations that pass the filters.
  function shown() {
    var ids = new Set(nodeView.getIds());
    var shownEdges = edgeView.get().map(function (item) { return data.edges[item.id]; })
      .filter(function (e) { return ids.has(e.from) && ids.has(e.to); });
    return { nodes: data.nodes.filter(function (n) { return ids.has(n.id); }), edges: shownEdges };
  }
  var fileBase = (document.title || "mediakg").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "mediakg";
  function download(name, blob) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }
  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    // A cell starting like a formula is quoted with ' so a spreadsheet shows it as text.
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv(rows) {
    return rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  function xml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c];
    }).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  }
  function graphml(view) {
    var lines = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="class" for="node" attr.name="class" attr.type="string"/>',
      '<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
      '<key id="value" for="node" attr.name="value" attr.type="double"/>',
      '<key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>',
      '<key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
      '<graph id="mediakg" edgedefault="directed">'];
    view.nodes.forEach(function (n) {
      lines.push('<node id="' + xml(n.id) + '"><data key="label">' + xml(n.label) + '</data><data key="class">' +
        xml(n.cls) + '</data><data key="aliases">' + xml(n.aliases.join("; ")) + '</data><data key="value">' +
        n.value + '</data></node>');
    });
    view.edges.forEach(function (e) {
      lines.push('<edge source="' + xml(e.from) + '" target="' + xml(e.to) + '"><data key="predicate">' +
        xml(e.predicate) + '</data>' + (e.confidence === null ? "" : '<data key="confidence">' + e.confidence + '</data>') +
        '</edge>');
    });
    lines.push("</graph>", "</graphml>");
    return lines.join("\n") + "\n";
  }
  document.getElementById("mediakg-export-graphml").addEventListener("click", function () {
    download(fileBase + ".graphml", new Blob([graphml(shown())], { type: "application/graphml+xml" }));
  });
  document.getElementById("mediakg-export-nodes").addEventListener("click", function () {
    var rows = [["id", "label", "class", "aliases", "value"]].concat(shown().nodes.map(function (n) {
      return [n.id, n.label, n.cls, n.aliases.join("; "), n.value];
    }));
    download(fileBase + "-nodes.csv", new Blob([csv(rows)], { type: "text/csv" }));
  });
  document.getElementById("mediakg-export-edges").addEventListener("click", function () {
    var rows = [["source", "target", "predicate", "confidence"]].concat(shown().edges.map(function (e) {
      return [e.from, e.to, e.predicate, e.confidence];
    }));
    download(fileBase + "-edges.csv", new Blob([csv(rows)], { type: "text/csv" }));
  });
  document.getElementById("mediakg-export-png").addEventListener("click", function () {
    // The canvas is transparent where nothing is drawn: put it on white.
    var source = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    copy.toBlob(function (blob) { download(fileBase + ".png", blob); }, "image/png");
  });

  var colorSelect = document.getElementById("mediakg-color");
  if (!hasCommunities) {
    colorSelect.closest("label").hidden = true;
  }
  colorSelect.value = colorBy;
  colorSelect.addEventListener("change", function () {
    colorBy = colorSelect.value;
    nodes.update(data.nodes.map(styled));
  });
})();
