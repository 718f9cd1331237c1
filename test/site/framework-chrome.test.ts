import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

// The module fixes the page it is loaded in: give it one before importing it.
const dom = new JSDOM(`<!DOCTYPE html><html><body><input id="observablehq-sidebar-toggle" type="checkbox"><label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label><nav id="observablehq-sidebar"><ol><label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label><li>x</li></ol></nav><div id="observablehq-center"><main id="observablehq-main"></main></div></body></html>`);
Object.assign(globalThis, { document: dom.window.document });
const { fixFrameworkChrome } = await import("../../src/components/framework-chrome.js");

describe("framework chrome", () => {
  it("puts the sidebar toggle in a landmark, adds a skip link first, and can run twice", () => {
    const document = dom.window.document;
    fixFrameworkChrome(document);
    fixFrameworkChrome(document);
    const toggle = document.getElementById("observablehq-sidebar-toggle")!;
    expect(toggle.parentElement?.getAttribute("role")).toBe("navigation");
    expect(toggle.getAttribute("aria-label")).toBe("Afficher ou masquer le menu");
    expect(document.querySelectorAll(".sidebar-toggle-landmark")).toHaveLength(1);
    const first = document.body.firstElementChild as HTMLAnchorElement;
    expect([first.className, first.getAttribute("href"), first.textContent]).toEqual(["skip-link", "#observablehq-main", "Aller au contenu"]);
    expect(document.querySelectorAll(".skip-link")).toHaveLength(1);
    expect(document.getElementById("observablehq-main")?.tabIndex).toBe(-1);
  });
});
