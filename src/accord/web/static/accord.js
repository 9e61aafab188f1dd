// accord's only script; every page works without it. It asks before destructive curation and lets
// a reader switch off the highlighting of a kind of fact on a document page.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

document.querySelectorAll(".legend .hl").forEach((key) => {
  key.setAttribute("role", "button");
  key.setAttribute("tabindex", "0");
  key.title = "Show or hide this kind of highlight";
  const kind = [...key.classList].find((name) => name.startsWith("hl-"));
  const toggle = () => {
    key.classList.toggle("hidden-kind");
    document.querySelectorAll(".document .body ." + kind).forEach((span) => span.classList.toggle(kind + "-off"));
  };
  key.addEventListener("click", toggle);
  key.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggle(); } });
});
