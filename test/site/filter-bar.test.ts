import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { type FilterField, filterBar, filterSearch, filterValues, withSharedParams } from "../../src/components/filter-bar.js";
import { filterYearOptions, yearOfParams } from "../../src/components/filter-years.js";

const fields: FilterField[] = [
  { name: "annee", label: "Année de vote", options: [{ value: "", label: "Toutes les années" }, { value: "2018", label: "2018" }, { value: "2019", label: "2019" }] },
  { name: "departement", label: "Département", options: [{ value: "", label: "Toute la région" }, { value: "02", label: "Aisne (02)" }] },
  { name: "q", label: "Rechercher", search: true }
];

function page(url: string) {
  const dom = new JSDOM(`<!DOCTYPE html><html><body><nav id="observablehq-sidebar"><a href="./budget">Budget</a><a href="https://example.org/x">ailleurs</a></nav><main></main></body></html>`, { url });
  return dom.window as unknown as Window;
}

describe("filter values in the address", () => {
  it("reads each field, dropping a select value that is not one of its options (a year after the exports date)", () => {
    expect(filterValues("?annee=2020&departement=02&q=c%C5%93ur&page=3&other=1", fields, ["page"])).toEqual({ annee: "", departement: "02", q: "cœur", page: "3" });
  });

  it("writes only the values set, keeping the address's other parameters", () => {
    expect(filterSearch({ annee: "2018", departement: "", q: "" }, "?departement=02&x=1")).toBe("?x=1&annee=2018");
    expect(filterSearch({ annee: "" }, "")).toBe("");
  });

  it("gives a link the shared parameters and keeps its own path and anchor", () => {
    expect(withSharedParams("./budget#alertes", { annee: "2018", departement: "02", q: "lille" }, "http://h/territoires?annee=2017")).toBe("/budget?annee=2018&departement=02#alertes");
  });
});

describe("filter bar", () => {
  it("starts from the address, writes a change into it with a history entry, and tells the page once", () => {
    const window = page("http://h/dossiers?annee=2018&page=4");
    const bar = filterBar({ fields, hidden: ["page"], window });
    window.document.querySelector("main")!.append(bar);
    expect(bar.value).toEqual({ annee: "2018", departement: "", q: "", page: "4" });
    const select = bar.querySelector<HTMLSelectElement>("select[name=departement]")!;
    expect(select.labels?.[0]?.textContent).toBe("Département");
    let events = 0;
    bar.addEventListener("input", () => events++);
    const length = window.history.length;
    select.value = "02";
    select.dispatchEvent(new (window as unknown as typeof globalThis).Event("input", { bubbles: true }));
    expect(events).toBe(1);
    // A new filter goes back to the first page.
    expect(window.location.search).toBe("?annee=2018&departement=02");
    expect(window.history.length).toBe(length + 1);
    expect(window.document.querySelector("#observablehq-sidebar a")!.getAttribute("href")).toBe("/budget?annee=2018&departement=02");
    expect(window.document.querySelectorAll("#observablehq-sidebar a")[1]!.getAttribute("href")).toBe("https://example.org/x");
    bar.set({ page: "2" });
    expect(window.location.search).toBe("?annee=2018&departement=02&page=2");
    expect(bar.value.page).toBe("2");
  });

  it("follows the back button", async () => {
    const window = page("http://h/dossiers?annee=2019");
    const bar = filterBar({ fields, window });
    window.document.querySelector("main")!.append(bar);
    bar.set({ annee: "2018" });
    const changed = new Promise((resolve) => bar.addEventListener("input", resolve, { once: true }));
    window.history.back();
    await changed;
    expect(bar.value.annee).toBe("2019");
    expect(bar.querySelector<HTMLSelectElement>("select[name=annee]")!.value).toBe("2019");
  });
});

describe("explorer links", () => {
  it("name the explorer with only the parameters given", async () => {
    const { explorerHref } = await import("../../src/components/explorer-link.js");
    expect(explorerHref({ regle: "EVT_CAP", annee: null, epci: "" })).toBe("./dossiers?regle=EVT_CAP");
    expect(explorerHref({ departement: "02", statut: "comptes" }, "../")).toBe("../dossiers?departement=02&statut=comptes");
  });
});

describe("year choices", () => {
  it("never offer a year after the exports date", () => {
    expect(filterYearOptions([2019, 2016, 2020, 2019], "2019-12-31").map((o) => o.value)).toEqual(["", "2016", "2019"]);
    expect(filterYearOptions([2021], null).map((o) => o.label)).toEqual(["Toutes les années", "2021"]);
  });

  it("read back from the address as a year, or null for every year", () => {
    expect([yearOfParams({ annee: "2018" }), yearOfParams({ annee: "" }), yearOfParams({})]).toEqual([2018, null, null]);
  });
});
