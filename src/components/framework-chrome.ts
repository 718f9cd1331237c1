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

/**
 * Puts the sidebar's toggle (a checkbox Framework writes outside any landmark, axe's one finding) in a navigation
 * landmark of its own. Framework's stylesheet reaches the sidebar from the toggle as a sibling (`:checked ~`), so
 * style.css restates those rules from the body (`body:has(... :checked)`), which still hold once it is wrapped.
 */
export function wrapSidebarToggle(root: Document): void {
  const toggle = root.getElementById("observablehq-sidebar-toggle");
  if (!toggle || toggle.parentElement?.classList.contains("sidebar-toggle-landmark")) return;
  const landmark = root.createElement("div");
  landmark.className = "sidebar-toggle-landmark";
  landmark.setAttribute("role", "navigation");
  landmark.setAttribute("aria-label", "Menu");
  toggle.before(landmark);
  landmark.append(toggle);
}

/** The first focusable element of the page: a link past the sidebar to the page's content, shown when focused. */
export function addSkipLink(root: Document): void {
  const main = root.getElementById("observablehq-main");
  if (!main || root.querySelector(".skip-link")) return;
  const link = root.createElement("a");
  link.className = "skip-link";
  link.href = "#observablehq-main";
  link.textContent = "Aller au contenu";
  // The main element is not focusable by itself: without this, the focus would stay on the link after the jump.
  if (!main.hasAttribute("tabindex")) main.tabIndex = -1;
  root.body.prepend(link);
}

/** Applies every fix to `root`. */
export function fixFrameworkChrome(root: Document = document): void {
  root.documentElement.lang = "fr";
  translateSidebarControls(root);
  fixSidebarList(root);
  wrapSidebarToggle(root);
  addSkipLink(root);
}

// Framework's sidebar script runs after this module and sets its English titles: wait until it has.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => fixFrameworkChrome());
else fixFrameworkChrome();
