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
    if (e.confidence !== null) { title += "\nconfidence " + e.confidence.toFixed(2); }
    var item = { id: e.id, from: e.from, to: e.to, title: title };
    // Thousands of edge labels make every redraw slow (vis draws all edges, seen or not).
    if (data.edgeLabels) { item.label = e.predicate; }
    if (repeat) { item.smooth = { enabled: true, type: "curvedCW", roundness: 0.25 * repeat }; }
    return item;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var hiddenClasses = new Set();
  var hiddenPredicates = new Set();
  var nodeView = new vis.DataView(nodes, {
    filter: function (item) { return !hiddenClasses.has(byId.get(item.id).cls); }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (item) { return !hiddenPredicates.has(data.edges[item.id].predicate); }
  });

  var container = document.getElementById("mediakg-network");
  var network = new vis.Network(container, {}, data.options);
  // For tests, notebooks and the console. mediakgReady resolves once the first layout is drawn;
  // awaiting a promise needs no eval, which this page's CSP forbids.
  window.mediakgNetwork = network;
  window.mediakgReady = new Promise(function (resolve) {
    // Listen before handing over the data so neither event can be missed.
    if (data.physics && data.nodes.length) {
      network.once("stabilizationIterationsDone", function () {
        network.once("afterDrawing", function () { resolve(true); });
        network.redraw();
      });
    } else {
      network.once("afterDrawing", function () { resolve(true); });
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
  function evidenceList(item, rows) {
    rows.forEach(function (row) {
      item.appendChild(el("blockquote", "\u201c" + row[0].trim() + "\u201d", "evidence"));
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
    evidenceList(typed, n.typing);
    facts.appendChild(typed);
    n.attributes.forEach(function (a) {
      var item = el("li", null, "fact-item");
      item.appendChild(el("div", a[0] + ": " + a[1], "fact"));
      evidenceList(item, a[2]);
      facts.appendChild(item);
    });
    (incident.get(id) || []).forEach(function (e) {
      var item = el("li", null, "fact-item");
      var line = el("div", null, "fact");
      if (e.from === id) {
        line.appendChild(document.createTextNode(e.predicate + " \u2192 "));
        line.appendChild(entityButton(e.to));
      } else {
        line.appendChild(entityButton(e.from));
        line.appendChild(document.createTextNode(" \u2192 " + e.predicate + " \u2192 this"));
      }
      item.appendChild(line);
      evidenceList(item, e.evidence);
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
    [n.label].concat(n.aliases).forEach(function (name) {
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
    nodeView.refresh();
  }
  document.querySelectorAll("#mediakg-legend input").forEach(function (box) {
    box.addEventListener("change", function () { toggleClass(box.value, box.checked); });
  });
  document.querySelectorAll("#mediakg-predicates input").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) { hiddenPredicates.delete(box.value); } else { hiddenPredicates.add(box.value); }
      edgeView.refresh();
    });
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
