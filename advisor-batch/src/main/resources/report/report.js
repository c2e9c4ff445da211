// Sortable, filterable, paged table over the rows embedded in the page; a customer's detail is built only when
// it is opened, so a page of 100,000 customers shows as soon as its JSON is parsed. No library, no network.
(function () {
  "use strict";
  var PAGE = 100;
  // Row fields, as CustomerTableSection writes them.
  var ID = 0, READINESS_AT = 1, MODEL = 2, SCORE = 3, TIER = 4, TIER_SCORE = 5, BLOCKERS = 6, WARNINGS = 7,
      GAPS = 8, QUESTIONS = 9, RECOMMENDATIONS = 10;
  // Readiness sorts from worst to best, as the product orders it, not alphabetically.
  var READINESS = { BLOCKED: 0, INCOMPLETE: 1, READY_WITH_WARNINGS: 2, READY: 3 };
  var SEVERITIES = ["BLOCKER", "WARNING", "INFO"];
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var all = JSON.parse(document.getElementById("rows").textContent);
  var texts = JSON.parse(document.getElementById("texts").textContent);
  var shown = all;
  var page = 0;
  var body = document.querySelector("#customers tbody");
  var headers = document.querySelectorAll("#customers th");
  var numbers = new Intl.NumberFormat(labels.language);

  function text(ref) { return typeof ref === "number" ? texts[ref] : ref; }
  function label(key, args) {
    var value = labels[key] === undefined ? key : labels[key];
    (args || []).forEach(function (arg, i) { value = value.replace("{" + i + "}", arg); });
    return value;
  }
  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = content; }
    return node;
  }

  // The value a column sorts and filters by.
  function value(row, column) {
    switch (column) {
      case 0: return row[ID];
      case 1: return row[READINESS_AT];
      case 2: return row[MODEL];
      case 3: return row[SCORE];
      case 4: return row[TIER] ? row[TIER] + " " + row[TIER_SCORE] : "";
      case 5: return row[BLOCKERS];
      case 6: return row[WARNINGS];
      case 7: return row[GAPS].length;
      case 8: return row[QUESTIONS].length;
    }
    return "";
  }

  function cell(row, column, name) {
    var td = el("td", null);
    td.setAttribute("data-label", label("column." + name));
    switch (column) {
      case 0:
        var open = el("button", "open", row[ID]);
        open.type = "button";
        open.setAttribute("aria-expanded", "false");
        open.setAttribute("aria-label", label("details", [row[ID]]));
        open.addEventListener("click", function () { toggle(open, row); });
        td.appendChild(open);
        break;
      case 1:
        td.className = row[READINESS_AT];
        td.textContent = label("readiness." + row[READINESS_AT]);
        break;
      case 2: td.textContent = row[MODEL] || label("noModel"); break;
      case 3: td.className = "number"; td.textContent = row[SCORE] === null ? "" : row[SCORE]; break;
      case 4:
        td.textContent = row[TIER] ? label("tier." + row[TIER]) + " (" + row[TIER_SCORE] + "/100)" : "";
        break;
      case 5: td.className = "number blockers" + (row[BLOCKERS] > 0 ? " some" : ""); td.textContent = row[BLOCKERS]; break;
      case 6: td.className = "number warnings" + (row[WARNINGS] > 0 ? " some" : ""); td.textContent = row[WARNINGS]; break;
      case 7:
        td.className = "list gaps";
        row[GAPS].forEach(function (gap) { td.appendChild(el("span", "code " + gap[1], gap[0])); td.append(" "); });
        break;
      case 8:
        td.className = "list questions";
        row[QUESTIONS].forEach(function (q) { td.appendChild(el("span", "code question " + q[2], q[0])); td.append(" "); });
        break;
    }
    return td;
  }

  function detail(row) {
    var box = el("div", "detail");
    box.appendChild(el("h4", null, label("recommendations")));
    var models = el("ol");
    row[RECOMMENDATIONS].forEach(function (r) { models.appendChild(el("li", null, text(r[0]) + " (" + r[1] + ")")); });
    box.appendChild(row[RECOMMENDATIONS].length ? models : el("p", null, label("noRecommendation")));
    if (row[GAPS].length === 0) { box.appendChild(el("p", null, label("noGaps"))); }
    SEVERITIES.forEach(function (severity) {
      var gaps = row[GAPS].filter(function (g) { return g[1] === severity; });
      if (gaps.length === 0) { return; }
      box.appendChild(el("h4", severity, label("severity." + severity) + " (" + gaps.length + ")"));
      var list = el("ul", "gaps");
      gaps.forEach(function (g) {
        var li = el("li", "gap " + severity);
        li.appendChild(el("span", "code " + severity, g[0]));
        li.append(" " + text(g[2]) + " ");
        if (g[4]) {
          var link = el("a", null, label("documentation"));
          link.href = /^https?:/.test(g[4]) ? g[4] : labels.docs + g[4];
          link.rel = "noopener";
          li.appendChild(link);
        }
        if (text(g[3])) { li.appendChild(el("div", "remediation", label("remediation") + ": " + text(g[3]))); }
        list.appendChild(li);
      });
      box.appendChild(list);
    });
    box.appendChild(el("h4", null, label("questions")));
    if (row[QUESTIONS].length === 0) { box.appendChild(el("p", null, label("noQuestions"))); }
    var questions = el("ul", "questions");
    row[QUESTIONS].forEach(function (q) {
      var li = el("li", null);
      li.appendChild(el("code", null, q[0]));
      if (q[2]) { li.append(" (" + label("decides." + q[2]) + ")"); }
      li.appendChild(el("div", "why", text(q[1])));
      questions.appendChild(li);
    });
    if (row[QUESTIONS].length) { box.appendChild(questions); }
    return box;
  }

  function toggle(button, row) {
    var tr = button.closest("tr");
    var next = tr.nextElementSibling;
    if (next && next.classList.contains("detail")) {
      next.remove();
      button.setAttribute("aria-expanded", "false");
      return;
    }
    var detailRow = el("tr", "detail");
    var td = el("td");
    td.colSpan = headers.length;
    td.appendChild(detail(row));
    detailRow.appendChild(td);
    tr.after(detailRow);
    button.setAttribute("aria-expanded", "true");
  }

  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    body.textContent = "";
    shown.slice(page * PAGE, (page + 1) * PAGE).forEach(function (row) {
      var tr = document.createElement("tr");
      headers.forEach(function (th, i) { tr.appendChild(cell(row, i, th.dataset.name)); });
      body.appendChild(tr);
    });
    document.getElementById("page").textContent = label("page", [page + 1, pages]);
    document.getElementById("shown").textContent = label("shown", [numbers.format(shown.length), numbers.format(all.length)]);
    document.getElementById("previous").disabled = page === 0;
    document.getElementById("next").disabled = page >= pages - 1;
  }

  function sortBy(th) {
    var column = Number(th.dataset.column);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = th.dataset.type === "number" || th.dataset.type === "list";
    var rank = th.dataset.type === "readiness";
    var order = function (a, b) {
      var x = value(a, column), y = value(b, column);
      if (x === y) { return 0; }
      if (x === null || x === "") { return 1; }
      if (y === null || y === "") { return -1; }
      var c = numeric ? x - y
          : rank ? (READINESS[x] === undefined ? 9 : READINESS[x]) - (READINESS[y] === undefined ? 9 : READINESS[y])
          : String(x).localeCompare(String(y));
      return ascending ? c : -c;
    };
    all.sort(order);
    shown = shown === all ? all : shown.slice().sort(order);
    page = 0;
    render();
  }

  function searchable(row) {
    return [row[ID], row[READINESS_AT], label("readiness." + row[READINESS_AT]), row[MODEL], row[TIER]]
        .concat(row[GAPS].map(function (g) { return g[0]; }), row[QUESTIONS].map(function (q) { return q[0]; }))
        .join(" ").toLowerCase();
  }

  headers.forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); } });
  });
  document.getElementById("filter").addEventListener("input", function (e) {
    var words = e.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = words.length === 0 ? all : all.filter(function (row) {
      var haystack = searchable(row);
      return words.every(function (w) { return haystack.indexOf(w) >= 0; });
    });
    page = 0;
    render();
  });
  document.getElementById("previous").addEventListener("click", function () { page--; render(); });
  document.getElementById("next").addEventListener("click", function () { page++; render(); });
  render();
  document.body.setAttribute("data-ready", "true");
})();
