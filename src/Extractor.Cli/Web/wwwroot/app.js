// The analyst page: reads /api/search, draws results, facet filters, a monthly timeline and a top-partners chart.
// Text from the API is only ever inserted with textContent, never as HTML.
"use strict";

const state = { q: "", partner: "", year: "", month: "", type: "", document: "", city: "" };
const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";

function params() {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  for (const key of ["partner", "type", "document", "city"]) if (state[key]) p.set(key, state[key]);
  const period = state.month || state.year;
  if (period) { p.set("from", period); p.set("to", period); }
  p.set("limit", "50");
  return p;
}

async function search() {
  const response = await fetch("/api/search?" + params().toString());
  const body = await response.json();
  const error = $("error");
  if (!response.ok) {
    error.textContent = body.error;
    error.hidden = false;
    return;
  }
  error.hidden = true;
  render(body);
  history.replaceState(null, "", "?" + params().toString());
}

function render(body) {
  $("summary").textContent = body.total === 1 ? "1 evento" : `${body.total} eventos`;
  fillSelect("partner", body.facets.partner, "Todos los socios");
  fillSelect("year", body.facets.year, "Todos los años");
  fillSelect("month", body.facets.month, "Todos los meses");
  fillSelect("type", body.facets.type, "Todos los tipos");
  fillSelect("document", body.facets.document, "Todos los documentos");
  fillSelect("city", body.facets.city, "Todas las ciudades");
  drawTimeline(body.facets.month);
  drawPartners(body.facets.partner);
  const list = $("results");
  list.replaceChildren(...body.hits.map(renderHit));
}

function fillSelect(id, values, allLabel) {
  const select = $(id);
  const current = state[id];
  const options = [new Option(allLabel, "")];
  for (const v of values) options.push(new Option(`${v.label} (${v.count})`, v.value));
  if (current && !values.some((v) => v.value === current)) options.push(new Option(current, current));
  select.replaceChildren(...options);
  select.value = current;
}

function renderHit(hit) {
  const li = document.createElement("li");
  li.className = "hit";
  li.dataset.id = hit.id;
  const title = document.createElement("div");
  title.className = "hit-title";
  title.textContent = hit.title;
  const meta = document.createElement("div");
  meta.className = "hit-meta";
  meta.textContent = [hit.date || "sin fecha", hit.type, hit.location].filter(Boolean).join(" · ");
  const partners = document.createElement("div");
  for (const p of hit.partners) {
    const tag = document.createElement("span");
    tag.className = "partner-tag";
    tag.textContent = p;
    partners.append(tag);
  }
  const snippet = document.createElement("p");
  snippet.className = "snippet";
  snippet.append(...highlighted(hit.snippet));
  const source = document.createElement("button");
  source.type = "button";
  source.className = "source";
  source.textContent = `${hit.source.fileName}, p. ${hit.source.page}`;
  source.title = hit.source.documentTitle;
  if (hit.source.sectionId) source.addEventListener("click", () => showSection(hit.source.sectionId));
  li.append(title, meta, partners, snippet, source);
  return li;
}

function highlighted(snippet) {
  const nodes = [];
  let at = 0;
  for (const h of snippet.highlights) {
    if (h.start > at) nodes.push(document.createTextNode(snippet.text.slice(at, h.start)));
    const mark = document.createElement("mark");
    mark.textContent = snippet.text.slice(h.start, h.start + h.length);
    nodes.push(mark);
    at = h.start + h.length;
  }
  nodes.push(document.createTextNode(snippet.text.slice(at)));
  return nodes;
}

async function showSection(id) {
  const response = await fetch("/api/sections/" + encodeURIComponent(id));
  if (!response.ok) return;
  const s = await response.json();
  $("section-title").textContent = s.title || "(sin título)";
  $("section-source").textContent = `${s.documentTitle} — ${s.fileName}, pp. ${s.firstPage}–${s.lastPage}`;
  $("section-text").textContent = s.text;
  $("section-panel").hidden = false;
}

function bar(svg, x, y, w, h, label, onClick) {
  const r = document.createElementNS(SVG, "rect");
  r.setAttribute("class", "bar");
  r.setAttribute("x", x); r.setAttribute("y", y);
  r.setAttribute("width", Math.max(1, w)); r.setAttribute("height", Math.max(0, h));
  const t = document.createElementNS(SVG, "title");
  t.textContent = label;
  r.append(t);
  if (onClick) r.addEventListener("click", onClick);
  svg.append(r);
}

function text(svg, x, y, value, anchor) {
  const t = document.createElementNS(SVG, "text");
  t.setAttribute("x", x); t.setAttribute("y", y);
  if (anchor) t.setAttribute("text-anchor", anchor);
  t.textContent = value;
  svg.append(t);
}

function drawTimeline(months) {
  const svg = $("timeline");
  svg.replaceChildren();
  const width = svg.clientWidth || 600, height = 160, bottom = 18;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  if (months.length === 0) return;
  // Fill the gaps so the axis is continuous in time.
  const all = [];
  let [y, m] = months[0].value.split("-").map(Number);
  const [ly, lm] = months[months.length - 1].value.split("-").map(Number);
  const counts = new Map(months.map((v) => [v.value, v.count]));
  while ((y < ly || (y === ly && m <= lm)) && all.length < 240) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    all.push({ value: key, count: counts.get(key) || 0 });
    if (++m > 12) { m = 1; y++; }
  }
  const max = Math.max(...all.map((v) => v.count));
  const step = width / all.length;
  all.forEach((v, i) => {
    const h = (v.count / max) * (height - bottom - 6);
    bar(svg, i * step + 1, height - bottom - h, step - 2, h, `${v.value}: ${v.count}`, () => { state.month = v.value; state.year = ""; search(); });
    if (all.length <= 24 || v.value.endsWith("-01")) text(svg, i * step + step / 2, height - 4, all.length <= 24 ? v.value : v.value.slice(0, 4), "middle");
  });
}

function drawPartners(partners) {
  const svg = $("partners-chart");
  svg.replaceChildren();
  const top = partners.slice(0, 8);
  const width = svg.clientWidth || 300, row = 19, labelWidth = 100;
  svg.setAttribute("viewBox", `0 0 ${width} ${Math.max(row * top.length, 20)}`);
  if (top.length === 0) return;
  const max = top[0].count;
  top.forEach((p, i) => {
    text(svg, labelWidth - 4, i * row + 13, p.label.length > 16 ? p.label.slice(0, 15) + "…" : p.label, "end");
    bar(svg, labelWidth, i * row + 3, ((width - labelWidth - 30) * p.count) / max, row - 6, `${p.label}: ${p.count}`, () => { state.partner = p.value; search(); });
    text(svg, labelWidth + ((width - labelWidth - 30) * p.count) / max + 4, i * row + 13, String(p.count));
  });
}

function init() {
  const initial = new URLSearchParams(location.search);
  state.q = initial.get("q") || "";
  $("q").value = state.q;
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); state.q = $("q").value.trim(); search(); });
  for (const select of document.querySelectorAll("#filters select")) {
    select.addEventListener("change", () => {
      state[select.id] = select.value;
      if (select.id === "year") state.month = "";
      if (select.id === "month") state.year = "";
      search();
    });
  }
  $("clear").addEventListener("click", () => {
    for (const key of ["partner", "year", "month", "type", "document", "city"]) state[key] = "";
    search();
  });
  $("close-section").addEventListener("click", () => { $("section-panel").hidden = true; });
  search();
}

document.addEventListener("DOMContentLoaded", init);
