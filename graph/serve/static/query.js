// The query page of `mediakg serve`: YASGUI (vendored, see scripts/vendor-yasgui.sh) against this
// server's /sparql, with the project's prefixes in the first query and a tab per bundled query.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("mediakg-config").textContent);
  var endpoint = new URL("/sparql", window.location.href).href;
  var prologue = Object.keys(config.prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + config.prefixes[p] + ">";
  }).join("\n");

  // Completions from the web (LOV for classes and properties, prefix.cc's list for prefixes, which
  // would also add a wrong "media:" declaration) would send the query text elsewhere; the server
  // predeclares the project's prefixes, and the query's own variables are completed here.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    // Tabs are rebuilt from the server on each visit, so the examples always match this version.
    persistenceId: null,
    populateFromUrl: true,
    yasqe: { value: prologue + "\n\n" + config.first },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" },
  });
  var first = yasgui.getTab();
  first.setName("query");
  config.examples.forEach(function (example) {
    yasgui.addTab(false, { name: example.name, yasqe: { value: example.query },
                           requestConfig: { endpoint: endpoint, method: "POST" } });
  });
  yasgui.selectTabId(first.getId());
  // "Show as graph": the graph view of what the current tab's query returns (viz --query).
  var graphLink = document.getElementById("mediakg-graph-link");
  function pointGraphLink() {
    graphLink.href = "/graph?query=" + encodeURIComponent(yasgui.getTab().getYasqe().getValue());
  }
  graphLink.addEventListener("mousedown", pointGraphLink);
  graphLink.addEventListener("focus", pointGraphLink);
  graphLink.addEventListener("click", pointGraphLink);
  window.mediakgYasgui = yasgui;  // for tests and the console
})();
