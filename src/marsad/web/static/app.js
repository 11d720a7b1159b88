// Marsad pages: small progressive enhancements only — every page works without this file.
// Loaded from /static (the CSP forbids inline script).
"use strict";

function setupToggles() {
  const body = document.getElementById("article-body");
  if (!body) return;
  document.querySelectorAll("button[data-toggle]").forEach((button) => {
    button.addEventListener("click", () => {
      const kind = button.getAttribute("data-toggle");
      body.classList.toggle("hide-" + kind);
      button.classList.toggle("off");
    });
  });
}

// Hovering an entity (in the text or the side panel) lights up all its mentions.
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
    el.addEventListener("mouseenter", () => light(id, true));
    el.addEventListener("mouseleave", () => light(id, false));
  });
  document.querySelectorAll("li.statement[data-st]").forEach((li) => {
    const id = li.getAttribute("data-st");
    li.addEventListener("mouseenter", () => {
      body.querySelectorAll('.st[data-st="' + id + '"]').forEach((el) => el.classList.add("lit"));
    });
    li.addEventListener("mouseleave", () => {
      body.querySelectorAll(".st.lit").forEach((el) => el.classList.remove("lit"));
    });
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
  update();
}

document.addEventListener("DOMContentLoaded", () => {
  setupToggles();
  setupEntityHover();
  setupExtractForm();
});
