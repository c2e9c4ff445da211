// Sortable, filterable, paged table over the rows embedded in the page; no library, no network.
(function () {
  "use strict";
  var PAGE = 100;
  // Readiness sorts from worst to best, as the product orders it, not alphabetically.
  var READINESS = { BLOCKED: 0, INCOMPLETE: 1, READY_WITH_WARNINGS: 2, READY: 3 };
  var all = JSON.parse(document.getElementById("rows").textContent);
  var shown = all;
  var page = 0;
  var body = document.querySelector("#customers tbody");
  var headers = document.querySelectorAll("#customers th");

  function cell(row, i, type) {
    var td = document.createElement("td");
    var value = row[i];
    td.textContent = value === null ? "" : String(value);
    if (type === "number") { td.className = "number"; }
    if (i === 1) { td.className = value; }
    if (i === 9) { td.className = "gaps"; }
    return td;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    body.textContent = "";
    shown.slice(page * PAGE, (page + 1) * PAGE).forEach(function (row) {
      var tr = document.createElement("tr");
      headers.forEach(function (th, i) { tr.appendChild(cell(row, i, th.dataset.type)); });
      body.appendChild(tr);
    });
    document.getElementById("page").textContent = "page " + (page + 1) + " of " + pages;
    document.getElementById("shown").textContent = shown.length.toLocaleString() + " of "
        + all.length.toLocaleString() + " customers";
    document.getElementById("previous").disabled = page === 0;
    document.getElementById("next").disabled = page >= pages - 1;
  }

  function sortBy(th) {
    var column = Number(th.dataset.column);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = th.dataset.type === "number";
    var rank = th.dataset.type === "readiness";
    var order = function (a, b) {
      var x = a[column], y = b[column];
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

  headers.forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sortBy(th); } });
  });
  document.getElementById("filter").addEventListener("input", function (e) {
    var words = e.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = words.length === 0 ? all : all.filter(function (row) {
      var text = row.join(" ").toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    page = 0;
    render();
  });
  document.getElementById("previous").addEventListener("click", function () { page--; render(); });
  document.getElementById("next").addEventListener("click", function () { page++; render(); });
  render();
})();
