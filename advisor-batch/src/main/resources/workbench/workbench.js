// The consultant's workbench: a questionnaire built from the profile schema of /openapi.json, evaluated live
// through POST /v1/evaluations (and POST /v1/plans when the service has the planner). No build step, no library.

const SCHEMA_URL = "/openapi.json";
const EVALUATIONS = "/v1/evaluations";
const PLANS = "/v1/plans";
// Gap references name a page of Microsoft's ExpressRoute documentation (as FactSource.url() does for facts).
const DOCS = "https://learn.microsoft.com/azure/expressroute/";
const DEBOUNCE_MS = 250;
const STORAGE_KEY = "advisor.workbench";

// How a consultant talks through a customer: the first segment of a field's path decides its group.
const GROUPS = {
  site: ["id", "name", "connectivity", "existingCircuit"],
  routing: ["routing"],
  peerings: ["peerings"],
  azure: ["azureSubscription", "azure"],
  workloads: ["workloads"],
  resilience: ["resilience", "interconnect"],
  security: ["security"],
};
const DECIDES_ORDER = { MODEL: 0, LAYER: 1 };
const SEVERITIES = ["BLOCKER", "WARNING", "INFO"];

const state = { lang: "en", texts: null, fields: [], result: null, sequence: 0, timer: null, planAvailable: true };
const $ = (id) => document.getElementById(id);

// Keys are "section.name", and a field's name is its dotted path: "fields.routing.asn".
function text(key) {
  const dot = key.indexOf(".");
  const section = state.texts && state.texts[key.slice(0, dot)];
  const value = section ? section[key.slice(dot + 1)] : undefined;
  return value === undefined ? key.slice(dot + 1) : value;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// ---- The schema: every leaf of CustomerProfile becomes one field -------------------------------------------

function objectOf(node) {
  if (!node) return null;
  if (node.type === "object" && node.properties) return node;
  for (const choice of node.oneOf || []) {
    if (choice.type === "object" && choice.properties) return choice;
  }
  return null;
}

function kindOf(node) {
  const types = [].concat(node.type || []);
  if (node.anyOf) {
    const values = node.anyOf.find((choice) => choice.enum);
    if (values) return { kind: "enum", values: values.enum.filter((v) => v !== null) };
  }
  if (types.includes("boolean")) return { kind: "boolean" };
  if (types.includes("integer") || types.includes("number")) return { kind: "integer" };
  if (types.includes("array")) return { kind: "list" };
  return { kind: "string" };
}

function leaves(schema, prefix = "") {
  const found = [];
  for (const [name, node] of Object.entries(schema.properties)) {
    const path = prefix + name;
    const nested = objectOf(node);
    if (nested) found.push(...leaves(nested, path + "."));
    else found.push({ path, description: node.description, required: (schema.required || []).includes(name),
                      ...kindOf(node) });
  }
  return found;
}

function groupOf(path) {
  const head = path.split(".")[0];
  return Object.keys(GROUPS).find((group) => GROUPS[group].includes(head)) || "site";
}

const domId = (path) => "f-" + path.replace(/\./g, "-");

function buildForm(fields) {
  const form = $("questionnaire");
  form.textContent = "";
  for (const group of Object.keys(GROUPS)) {
    const members = fields.filter((f) => groupOf(f.path) === group);
    if (members.length === 0) continue;
    const legend = element("legend", { "data-text": "groups." + group, text: text("groups." + group) });
    form.append(element("fieldset", { className: "group", id: "group-" + group }, legend,
        members.map(fieldControl)));
  }
  form.setAttribute("aria-busy", "false");
}

function fieldControl(field) {
  const id = domId(field.path);
  const label = text("fields." + field.path);
  const errorId = id + "-error";
  const wrapper = element("div", { className: "field", "data-field": field.path, id: id + "-field" });
  const error = element("p", { className: "field-error", id: errorId, hidden: true });
  if (field.kind === "boolean") {
    const name = id;
    const choice = (value, key) => element("label", {},
        element("input", { type: "radio", name, value, id: id + "-" + value, checked: value === "unknown",
                           "aria-describedby": errorId }),
        element("span", { "data-text": "ui." + key, text: text("ui." + key) }));
    wrapper.append(element("fieldset", { id },
        element("legend", { "data-text": "fields." + field.path, text: label }),
        element("div", { className: "choices" },
            choice("true", "yes"), choice("false", "no"), choice("unknown", "unknown"))));
  } else {
    wrapper.append(element("label", { for: id, "data-text": "fields." + field.path, text: label }));
    let control;
    if (field.kind === "enum") {
      control = element("select", { id },
          element("option", { value: "", "data-text": "ui.notDecided", text: text("ui.notDecided") }),
          field.values.map((v) => element("option", { value: v, text: v })));
    } else if (field.kind === "list") {
      control = element("textarea", { id, rows: 2 });
      wrapper.append(element("p", { className: "hint", "data-text": "ui.listHint", text: text("ui.listHint") }));
    } else {
      control = element("input", { id, type: "text", inputmode: field.kind === "integer" ? "numeric" : null,
                                   autocomplete: "off", required: field.required });
    }
    control.setAttribute("aria-describedby", errorId);
    wrapper.append(control);
  }
  if (field.description) wrapper.append(element("p", { className: "hint", text: field.description }));
  wrapper.append(error);
  return wrapper;
}

// ---- Reading and writing the profile -----------------------------------------------------------------------

function readField(field) {
  const id = domId(field.path);
  if (field.kind === "boolean") {
    const checked = document.querySelector(`input[name="${id}"]:checked`);
    return !checked || checked.value === "unknown" ? undefined : checked.value === "true";
  }
  const raw = $(id).value.trim();
  if (raw === "") return undefined;
  if (field.kind === "integer") return /^-?\d+$/.test(raw) ? Number(raw) : raw; // the service says what is wrong
  if (field.kind === "list") return raw.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
  return raw;
}

function writeField(field, value) {
  const id = domId(field.path);
  if (field.kind === "boolean") {
    const key = value === true ? "true" : value === false ? "false" : "unknown";
    $(id + "-" + key).checked = true;
  } else if (field.kind === "list") {
    $(id).value = Array.isArray(value) ? value.join("\n") : value == null ? "" : String(value);
  } else {
    $(id).value = value == null ? "" : String(value);
  }
}

function profile() {
  const result = {};
  for (const field of state.fields) {
    const value = readField(field);
    if (value === undefined) continue;
    const parts = field.path.split(".");
    let node = result;
    for (const part of parts.slice(0, -1)) node = node[part] = node[part] || {};
    node[parts[parts.length - 1]] = value;
  }
  if (result.id === undefined) result.id = "workbench";
  return result;
}

function flatten(object, prefix = "", into = {}) {
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) flatten(value, prefix + key + ".", into);
    else into[prefix + key] = value;
  }
  return into;
}

function load(profileObject) {
  const values = flatten(profileObject);
  const known = new Set(state.fields.map((f) => f.path));
  const unknown = Object.keys(values).filter((path) => !known.has(path));
  if (unknown.length > 0) throw new Error(text("ui.unknownField") + ": " + unknown.join(", "));
  for (const field of state.fields) writeField(field, values[field.path]);
}

// ---- Talking to the service --------------------------------------------------------------------------------

async function postJson(url, body) {
  const response = await fetch(url + "?lang=" + state.lang, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  let json = null;
  try { json = await response.json(); } catch (e) { json = null; }
  return { status: response.status, json };
}

// data-evaluating on the body is "true" from the first keystroke until the advice for what the form now holds
// is shown: what a test (or a screen reader's user) waits for.
function schedule() {
  clearTimeout(state.timer);
  document.body.dataset.evaluating = "true";
  state.timer = setTimeout(() => { state.timer = null; evaluate(); }, DEBOUNCE_MS);
  remember();
}

async function evaluate() {
  const sequence = ++state.sequence;
  const body = profile();
  $("status").textContent = text("ui.waiting");
  $("status").className = "status";
  document.body.dataset.evaluating = "true";
  try {
    const { status, json } = await postJson(EVALUATIONS, body);
    if (sequence !== state.sequence) return; // a newer answer is on its way
    showFieldErrors(status === 400 && json && json.details ? json.details : []);
    if (status === 200) {
      state.result = json;
      $("status").textContent = "";
      renderAdvice(json);
      await plan(body, sequence);
    } else if (status === 503) {
      // The service is still loading its rules (or busy): it says when to try again.
      state.timer = setTimeout(() => { state.timer = null; evaluate(); }, 1000);
    } else if (status === 400 && json && json.error === "INVALID_PROFILE") {
      $("status").textContent = text("ui.invalid");
      $("status").className = "status error";
    } else {
      $("status").textContent = text("ui.failed") + " " + (json && json.message ? json.message : "HTTP " + status);
      $("status").className = "status error";
    }
  } catch (e) {
    if (sequence === state.sequence) {
      $("status").textContent = text("ui.failed") + " " + e.message;
      $("status").className = "status error";
    }
  } finally {
    if (sequence === state.sequence && state.timer === null) {
      document.body.dataset.evaluating = "false";
      document.body.dataset.evaluations = String(sequence);
    }
  }
}

async function plan(body, sequence) {
  if (!state.planAvailable) return;
  try {
    const { status, json } = await postJson(PLANS, body);
    if (sequence !== state.sequence) return;
    if (status === 404) state.planAvailable = false; // this service has no planner: hide the section for good
    $("plan").hidden = status !== 200;
    if (status === 200) renderPlan(json);
  } catch (e) {
    $("plan").hidden = true;
  }
}

function showFieldErrors(details) {
  document.querySelectorAll(".field").forEach((wrapper) => {
    wrapper.removeAttribute("aria-invalid");
    const error = wrapper.querySelector(".field-error");
    error.hidden = true;
    error.textContent = "";
  });
  for (const detail of details) {
    const path = String(detail.field || "").replace(/\[\d+\]$/, "");
    const wrapper = document.querySelector(`.field[data-field="${CSS.escape(path)}"]`);
    if (!wrapper) continue;
    wrapper.setAttribute("aria-invalid", "true");
    const error = wrapper.querySelector(".field-error");
    error.hidden = false;
    error.textContent = (error.textContent ? error.textContent + "; " : "") + detail.reason;
  }
}

// ---- Rendering the advice ----------------------------------------------------------------------------------

function renderAdvice(result) {
  const readiness = $("readiness");
  readiness.className = "readiness " + result.readiness;
  readiness.textContent = text("readiness." + result.readiness);
  readiness.dataset.readiness = result.readiness;

  const questions = [...(result.questions || [])].sort((a, b) =>
      (DECIDES_ORDER[a.decides] ?? 2) - (DECIDES_ORDER[b.decides] ?? 2));
  const asked = new Set(questions.map((q) => q.field));
  document.querySelectorAll(".field").forEach((w) => w.classList.toggle("asked", asked.has(w.dataset.field)));
  $("questions").replaceChildren(...(questions.length === 0
      ? [element("li", { className: "none", text: text("ui.noQuestions") })]
      : questions.map((q) => element("li", { className: "question", "data-field": q.field },
          element("strong", { text: text("fields." + q.field) }), " ",
          element("span", { className: "tag " + (q.decides || ""),
                            text: q.decides === "MODEL" ? text("ui.decidesModel")
                                : q.decides === "LAYER" ? text("ui.decidesLayer") : text("ui.refines") }),
          element("button", { type: "button", text: text("ui.goToField"), "aria-label": text("ui.goToField") + ": "
                + text("fields." + q.field), onclick: () => goTo(q.field) }),
          element("div", { className: "why", text: q.why }),
          element("code", { text: q.field })))));

  $("recommendations").replaceChildren(...((result.recommendations || []).length === 0
      ? [element("li", { className: "none", text: text("ui.noRecommendation") })]
      : result.recommendations.map((r) => element("li", { className: "recommendation", "data-model": r.model },
          element("strong", { text: r.title || r.model }), ` — ${text("ui.score")} ${r.score}`,
          element("ul", {}, (r.reasons || []).map((reason) => element("li", { text: reason })))))));

  const gaps = result.gaps || [];
  $("gaps").replaceChildren(...(gaps.length === 0 ? [element("p", { text: text("ui.noGaps") })]
      : SEVERITIES.filter((s) => gaps.some((g) => g.severity === s)).map((severity) =>
          element("div", { className: "gap-group " + severity },
              element("h4", { text: `${text("severity." + severity)} (${gaps.filter((g) => g.severity === severity).length})` }),
              element("ul", {}, gaps.filter((g) => g.severity === severity).map(gapItem))))));

  const resiliency = result.resiliency;
  $("resiliency").textContent = resiliency ? `${text("ui.tier")} ${resiliency.tier} · ${text("ui.score")} ${resiliency.score}/100` : "";
  $("export-result").disabled = false;
}

function gapItem(gap) {
  return element("li", { className: "gap " + gap.severity, "data-code": gap.code },
      element("div", { text: gap.message }),
      element("div", { className: "remediation" }, element("strong", { text: text("ui.remediation") + ": " }), gap.remediation),
      element("div", {}, element("code", { text: gap.code }), " ",
          gap.reference ? element("a", { href: docUrl(gap.reference), target: "_blank", rel: "noopener",
                                         text: text("ui.documentation") }) : null));
}

function docUrl(reference) {
  return /^https?:/.test(reference) ? reference : DOCS + encodeURIComponent(reference);
}

function listOf(values) {
  return element("ul", {}, (values || []).map((v) =>
      element("li", { text: typeof v === "string" ? v : v.message || v.why || v.field || v.code || JSON.stringify(v) })));
}

function renderPlan(plan) {
  const rows = (plan.changes || []).map((c) => element("tr", {},
      element("td", {}, element("strong", { text: text("fields." + c.field) }), element("br"), element("code", { text: c.field })),
      element("td", { text: `${c.from ?? text("ui.unknown")} → ${c.to ?? text("ui.unknown")}` }),
      element("td", { text: c.cost == null ? "" : String(c.cost) }),
      element("td", {}, c.why || "",
          (c.removes || []).length ? element("div", { text: `${text("ui.planRemoves")}: ${[].concat(c.removes).join(", ")}` }) : null,
          (c.introduces || []).length ? element("div", { text: `${text("ui.planIntroduces")}: ${[].concat(c.introduces).join(", ")}` }) : null)));
  $("plan-body").replaceChildren(
      element("p", { text: `${text("ui.planStatus")}: ${plan.status} · ${text("ui.planReadiness")}: `
          + `${text("readiness." + plan.readinessBefore)} → ${text("readiness." + plan.readinessAfter)} · `
          + `${text("ui.planCost")}: ${plan.totalCost}` }),
      rows.length ? element("table", { className: "plan" }, element("caption", { text: text("ui.planChanges") }),
          element("tbody", {}, rows)) : null,
      (plan.questionsFirst || []).length ? element("div", {}, element("h4", { text: text("ui.planQuestionsFirst") }),
          listOf(plan.questionsFirst)) : null,
      (plan.remaining || []).length ? element("div", {}, element("h4", { text: text("ui.planRemaining") }),
          listOf(plan.remaining)) : null);
}

function goTo(path) {
  const wrapper = $(domId(path) + "-field");
  if (!wrapper) return;
  wrapper.scrollIntoView({ block: "center" });
  const target = wrapper.querySelector("input:checked, input, select, textarea");
  if (target) target.focus();
}

// ---- Language, import, export ------------------------------------------------------------------------------

async function setLanguage(lang) {
  const response = await fetch(`/workbench/i18n/${lang}.json`);
  state.texts = await response.json();
  state.lang = lang;
  document.documentElement.lang = lang;
  document.title = text("ui.title");
  document.querySelectorAll("[data-text]").forEach((node) => { node.textContent = text(node.dataset.text); });
  $("language").value = lang;
}

function download(name, object) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(object, null, 2) + "\n"], { type: "application/json" }));
  const link = element("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

async function importFile(file) {
  try {
    load(JSON.parse(await file.text()));
    $("notice").textContent = text("ui.imported");
    schedule();
  } catch (e) {
    $("notice").textContent = text("ui.importFailed") + " " + e.message;
  }
}

function remember() {
  try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ lang: state.lang, profile: profile() })); } catch (e) { /* private mode */ }
}

async function start() {
  const saved = (() => { try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY)); } catch (e) { return null; } })();
  const wanted = new URLSearchParams(location.search).get("lang") || (saved && saved.lang)
      || (navigator.language || "en").slice(0, 2);
  await setLanguage(wanted === "nl" ? "nl" : "en");
  const openApi = await (await fetch(SCHEMA_URL)).json();
  state.fields = leaves(openApi.components.schemas.CustomerProfile);
  buildForm(state.fields);
  if (saved && saved.profile) { try { load(saved.profile); } catch (e) { /* an older schema: start empty */ } }
  const form = $("questionnaire");
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", (e) => e.preventDefault());
  $("language").addEventListener("change", async (e) => { await setLanguage(e.target.value); remember(); evaluate(); });
  $("import-file").addEventListener("change", (e) => { if (e.target.files[0]) importFile(e.target.files[0]); e.target.value = ""; });
  $("export-profile").addEventListener("click", () => download(`profile-${profile().id}.json`, profile()));
  $("export-result").addEventListener("click", () => state.result && download(`result-${state.result.customerId}.json`, state.result));
  $("reset").addEventListener("click", () => { load({}); $("notice").textContent = ""; schedule(); });
  document.body.dataset.ready = "true";
  await evaluate();
}

start();
