(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factspec-data").textContent);
  var panel = document.getElementById("panel");
  var panelTitle = document.getElementById("panel-title");
  var panelBody = document.getElementById("panel-body");
  var marks = {SUPPORTS: "\u2714", COMPATIBLE: "\u2248", REFUTES: "\u2718", SILENT: "\u00b7"};
  var current = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // The source in full, with the cell's highlights as <mark> between plain text nodes.
  function sourceText(source, spans) {
    var pre = el("pre", "source-text");
    pre.lang = source.language;
    var text = source.text, pos = 0;
    spans.forEach(function (span) {
      pre.appendChild(document.createTextNode(text.slice(pos, span[0])));
      pre.appendChild(el("mark", span[2] ? "hedged" : "", text.slice(span[0], span[1])));
      pos = span[1];
    });
    pre.appendChild(document.createTextNode(text.slice(pos)));
    return pre;
  }

  function evidenceList(items) {
    var list = el("ul", "explanations");
    items.forEach(function (item) {
      var li = el("li", item.source ? "borrowed" : "");
      li.appendChild(el("code", "", item.fact));
      var where = item.source ? " \u2014 source " + item.source + "," : " \u2014";
      li.appendChild(document.createTextNode(where + " line " + item.line + ", column " +
        item.column + (item.hedged ? " (hedged)" : "") + ": "));
      li.appendChild(el("q", "", item.quote));
      list.appendChild(li);
    });
    return list;
  }

  function show(button) {
    var cell = data.cells[button.id];
    if (!cell) { return; }
    var source = data.sources[cell.source];
    if (current) { current.removeAttribute("aria-current"); }
    current = button;
    button.setAttribute("aria-current", "true");
    panelTitle.textContent = cell.source + ": " + source.title;

    var body = [];
    var verdict = el("p");
    var badge = el("span", "verdict " + cell.verdict.toLowerCase() + (cell.hedged ? " hedged" : ""),
      marks[cell.verdict] + " " + cell.verdict + (cell.hedged ? " (hedged)" : ""));
    verdict.appendChild(badge);
    verdict.appendChild(document.createTextNode(" " + cell.claim));
    body.push(verdict);
    body.push(el("p", "meta", cell.feature + ", line " + cell.line + " \u00b7 " + source.file));
    body.push(el("h3", "", "Explanations"));
    var explanations = el("ul", "explanations");
    cell.explanations.forEach(function (text) { explanations.appendChild(el("li", "", text)); });
    body.push(explanations);
    if (cell.evidence.length) {
      body.push(el("h3", "", "Evidence"));
      body.push(evidenceList(cell.evidence));
    }
    if (cell.borrowed.length) {
      body.push(el("h3", "", "Borrowed from other sources"));
      body.push(evidenceList(cell.borrowed));
    }
    body.push(el("h3", "", "Source text"));
    body.push(sourceText(source, cell.marks));
    panelBody.replaceChildren.apply(panelBody, body);

    panel.hidden = false;
    document.body.classList.add("panel-open");
    panelTitle.focus({preventScroll: true});
    // Scroll only the panel to the first quote: scrollIntoView would also move the page and
    // take the clicked row away from under the reader's pointer.
    var first = panelBody.querySelector("mark");
    panel.scrollTop = 0;
    if (first) {
      panel.scrollTop = first.getBoundingClientRect().top - panel.getBoundingClientRect().top -
        panel.clientHeight / 3;
    }
  }

  function close() {
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    if (current) { current.focus(); }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.cell");
    if (button) { show(button); }
  });
  document.getElementById("panel-close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { close(); }
  });

  // Test hook (documented in factspec.report_html): #test-click=<cell id> clicks that cell
  // and records the outcome on <html>, so `chromium --dump-dom` can show the result.
  var hook = /^#test-click=([A-Za-z0-9-]+)$/.exec(location.hash);
  if (hook) {
    var target = document.getElementById(hook[1]);
    if (target) { target.click(); }
    document.documentElement.setAttribute("data-test-clicked", target ? hook[1] : "missing");
    document.documentElement.setAttribute("data-test-pwned", typeof window.__pwned);
  }
})();
