// Marsad pages: small progressive enhancements only — every page works without this file.
// Loaded from /static (the CSP forbids inline script).
"use strict";

function setupToggles() {
  const body = document.getElementById("article-body");
  if (!body) return;
  document.querySelectorAll("button[data-toggle]").forEach((button) => {
    button.addEventListener("click", () => {
      const kind = button.getAttribute("data-toggle");
      const hidden = body.classList.toggle("hide-" + kind);
      button.classList.toggle("off", hidden);
      button.setAttribute("aria-pressed", hidden ? "false" : "true");
    });
  });
}

// Hovering or focusing an entity (in the text or the side panel) lights up all its mentions.
function setupEntityHover() {
  const body = document.getElementById("article-body");
  if (!body) return;
  const light = (id, on) => {
    body.querySelectorAll("a.ent").forEach((el) => {
      if (el.getAttribute("data-ent") === id) el.classList.toggle("lit", on);
    });
  };
  document.querySelectorAll("[data-ent]").forEach((el) => {
    const id = el.getAttribute("data-ent");
    // Pointer and keyboard alike: focus (Tab) lights an entity as hovering does.
    ["mouseenter", "focus"].forEach((ev) => el.addEventListener(ev, () => light(id, true)));
    ["mouseleave", "blur"].forEach((ev) => el.addEventListener(ev, () => light(id, false)));
    // Touch has no hover: the first tap lights the entity's mentions, a second tap on the
    // same entity follows its link. Whether it was lit is read before the tap focuses it.
    let litBeforeTap = false;
    let touched = false;
    el.addEventListener("pointerdown", (event) => {
      touched = event.pointerType === "touch" || event.pointerType === "pen";
      litBeforeTap = el.classList.contains("lit") || el.getAttribute("data-tapped") === "1";
    });
    el.addEventListener("click", (event) => {
      if (!touched || litBeforeTap) return;
      event.preventDefault();
      document.querySelectorAll("[data-tapped]").forEach((other) => other.removeAttribute("data-tapped"));
      body.querySelectorAll("a.ent.lit").forEach((other) => other.classList.remove("lit"));
      el.setAttribute("data-tapped", "1");
      light(id, true);
    });
  });
  document.querySelectorAll("li.statement[data-st]").forEach((li) => {
    const id = li.getAttribute("data-st");
    const on = () => {
      body.querySelectorAll('.st[data-st="' + id + '"]').forEach((el) => el.classList.add("lit"));
    };
    const off = () => {
      body.querySelectorAll(".st.lit").forEach((el) => el.classList.remove("lit"));
    };
    ["mouseenter", "focus"].forEach((ev) => li.addEventListener(ev, on));
    ["mouseleave", "blur"].forEach((ev) => li.addEventListener(ev, off));
  });
}

// Extract page: a live character count against the server's limit; Ctrl+Enter submits.
function setupExtractForm() {
  const area = document.getElementById("extract-text");
  const count = document.getElementById("char-count");
  const form = document.getElementById("extract-form");
  if (!area || !count || !form) return;
  const max = Number(area.getAttribute("maxlength")) || 0;
  const update = () => {
    count.textContent = area.value.length.toLocaleString("ar") + " / " + max.toLocaleString("ar") + " حرف";
  };
  area.addEventListener("input", update);
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  // Extracting a long article takes a moment: say so, and block a second submit. A JSON
  // download leaves the page in place, so it shows no busy state.
  const busy = document.getElementById("extract-busy");
  form.addEventListener("submit", (event) => {
    if (event.submitter && event.submitter.hasAttribute("data-download")) return;
    if (form.classList.contains("busy")) { event.preventDefault(); return; }
    form.classList.add("busy");
    form.setAttribute("aria-busy", "true");
    if (busy) busy.textContent = "جارٍ الاستخراج…";
  });
  // Coming back to the page from the history must not leave it looking busy.
  window.addEventListener("pageshow", () => {
    form.classList.remove("busy");
    form.removeAttribute("aria-busy");
    if (busy) busy.textContent = "";
  });
  update();
}

// Search box and entity filters: a <datalist> of KB names from /api/entities/suggest as you
// type (either script). data-suggest="id" offers entity ids labelled with their names (the
// entity filters); data-suggest="name" offers names (the search box, where a name is a
// query): completing the trailing words, so "SDF Raq" offers "SDF Raqqa".
const ARABIC = /[\u0600-\u06ff]/;
const SUGGEST_WORDS = 4; // the longest names the search box completes

function suggestionOptions(items, kind, head, latin) {
  const seen = new Set();
  const options = [];
  items.forEach((e) => {
    const name = latin && e.name_en ? e.name_en : e.name_ar || e.name_en || e.id;
    const other = latin ? e.name_ar : e.name_en;
    const value = kind === "id" ? e.id : (head ? head + " " : "") + name;
    if (seen.has(value)) return;
    seen.add(value);
    const option = document.createElement("option");
    option.value = value;
    option.label = (kind === "id" ? [name, other] : [other, e.id]).filter(Boolean).join(" · ");
    options.push(option);
  });
  return options;
}

// The suggestions for the longest run of trailing words that has any: [head, items].
function fetchSuggestions(words, from, kind, signal) {
  const prefix = words.slice(from).join(" ");
  if (from >= words.length || prefix.length < 2) return Promise.resolve(["", []]);
  return fetch("/api/entities/suggest?limit=8&q=" + encodeURIComponent(prefix.slice(0, 100)),
               { signal: signal, headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : []))
    .then((items) => (items.length || kind === "id" || from + 1 >= words.length
      ? [words.slice(0, from).join(" "), items]
      : fetchSuggestions(words, from + 1, kind, signal)));
}

function setupSuggest() {
  document.querySelectorAll("input[data-suggest][list]").forEach((input) => {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    const kind = input.getAttribute("data-suggest");
    let timer = 0;
    let asked = "";
    let pending = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const value = input.value.trim().slice(0, 200);
        if (value.length < 2 || value === asked) return;
        asked = value;
        if (pending) pending.abort();
        pending = new AbortController();
        const words = value.split(/\s+/);
        const from = kind === "id" ? 0 : Math.max(0, words.length - SUGGEST_WORDS);
        fetchSuggestions(words, from, kind, pending.signal)
          .then(([head, items]) => {
            const latin = !ARABIC.test(value.slice(head.length));
            list.replaceChildren(...suggestionOptions(items, kind, head, latin));
          })
          .catch(() => {});  // aborted by newer typing or by leaving the page
      }, 200);
    });
  });
}

// Timelines (home and entity pages): drag across a chart to zoom every chart of the page
// to those days and narrow its lists to them. The page is reloaded with ?from=…&to=…, the
// same request the from/to form under the charts sends, so without JavaScript (or from the
// keyboard) nothing is lost. A press without a drag stays a click on the bar's link. The
// chart says which days it spans (data-first/-last/-days/-pad, see mapsvg._Axis); time
// runs right to left.
const SVG_NS = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const BRUSH_MIN_PX = 6;

function chartDay(svg, clientX) {
  const width = svg.viewBox.baseVal.width;
  const pad = Number(svg.getAttribute("data-pad")) || 0;
  const days = Number(svg.getAttribute("data-days")) || 1;
  const first = Date.parse(svg.getAttribute("data-first") + "T00:00:00Z");
  const last = Date.parse(svg.getAttribute("data-last") + "T00:00:00Z");
  const matrix = svg.getScreenCTM();
  const x = matrix ? new DOMPoint(clientX, 0).matrixTransform(matrix.inverse()).x : 0;
  const clamped = Math.min(width - pad, Math.max(pad, x));
  const offset = Math.floor(((width - pad - clamped) / (width - 2 * pad)) * days);
  const day = Math.min(last, Math.max(first, first + offset * DAY_MS));
  return { x: clamped, day: new Date(day).toISOString().slice(0, 10) };
}

function setupBrush() {
  const form = document.querySelector("form.zoom");
  const inputs = form ? [form.elements.namedItem("from"), form.elements.namedItem("to")] : [];
  document.querySelectorAll(".zoomable svg.timeline[data-first]").forEach((svg) => {
    let start = null;
    let startX = 0;
    let rect = null;
    let dragged = false;
    const range = (a, b) => (a.day <= b.day ? [a.day, b.day] : [b.day, a.day]);
    const clear = () => {
      if (rect) rect.remove();
      rect = null;
      start = null;
    };
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      start = chartDay(svg, event.clientX);
      startX = event.clientX;
      dragged = false;
    });
    svg.addEventListener("pointermove", (event) => {
      if (!start) return;
      if (!rect) {
        if (Math.abs(event.clientX - startX) < BRUSH_MIN_PX) return;
        svg.setPointerCapture(event.pointerId);
        rect = document.createElementNS(SVG_NS, "rect");
        rect.setAttribute("class", "brush");
        rect.setAttribute("y", "0");
        rect.setAttribute("height", String(svg.viewBox.baseVal.height));
        svg.appendChild(rect);
      }
      const now = chartDay(svg, event.clientX);
      rect.setAttribute("x", String(Math.min(start.x, now.x)));
      rect.setAttribute("width", String(Math.abs(now.x - start.x)));
      range(start, now).forEach((day, i) => { if (inputs[i]) inputs[i].value = day; });
    });
    svg.addEventListener("pointerup", (event) => {
      if (!start || !rect) { clear(); return; }  // no drag: a click, the link follows
      const [from, to] = range(start, chartDay(svg, event.clientX));
      dragged = true;
      clear();
      const url = new URL(window.location.href);
      url.searchParams.set("from", from);
      url.searchParams.set("to", to);
      url.searchParams.delete("page");
      url.hash = "";
      window.location.assign(url.toString());
    });
    svg.addEventListener("pointercancel", clear);  // the touch became a scroll
    svg.addEventListener("dragstart", (event) => event.preventDefault());  // not a link drag
    // The click that ends a drag must not also follow the link of the bar it ends on.
    svg.addEventListener("click", (event) => {
      if (dragged) event.preventDefault();
      dragged = false;
    }, true);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.documentElement.classList.add("js");
  setupBrush();
  setupToggles();
  setupEntityHover();
  setupExtractForm();
  setupSuggest();
});
