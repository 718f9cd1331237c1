// Fixes to the page chrome Framework 1.13 writes around every page, applied in the browser because Framework
// offers no option for them: French labels for its English ones, and a sidebar list that only holds items.
// (The page language and the zoomable viewport are set earlier, by the inline script of the config's `head`.)

const TOGGLE_LABEL = "Afficher ou masquer le menu";

/** Gives Framework's sidebar controls French labels (its own are set in English by its sidebar script). */
export function translateSidebarControls(root: Document): void {
  for (const element of root.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle']")) {
    element.setAttribute("title", TOGGLE_LABEL);
  }
  root.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", TOGGLE_LABEL);
}

/** Moves the sidebar's close control from directly inside the `<ol>` (invalid list markup) into its first item. */
export function fixSidebarList(root: Document): void {
  const close = root.getElementById("observablehq-sidebar-close");
  const item = close?.parentElement?.tagName === "OL" ? close.parentElement.querySelector(":scope > li") : null;
  if (close && item) item.append(close);
}

/** Applies every fix to `root`. */
export function fixFrameworkChrome(root: Document = document): void {
  root.documentElement.lang = "fr";
  translateSidebarControls(root);
  fixSidebarList(root);
}

// Framework's sidebar script runs after this module and sets its English titles: wait until it has.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => fixFrameworkChrome());
else fixFrameworkChrome();
