// The one filter bar of the site: labelled selects (and a search box where a page has one) whose state lives in the
// address (`?annee=2018&departement=02`), so that a view can be shared, bookmarked, and found again with the back
// button; the sidebar's links carry the filters that every page shares.

/** Parameters that every page understands, carried by the links between pages. */
export const SHARED_PARAMS = ["annee", "departement", "dispositif"] as const;

/** A choice of a select: its value in the address ("" for all) and its French label. */
export interface FilterOption {
  value: string;
  label: string;
}

/** One control of the bar: a select of `options` (the first is "all", value ""), or a search box. */
export interface FilterField {
  name: string;
  label: string;
  options?: readonly FilterOption[];
  /** A search box instead of a select. */
  search?: boolean;
}

export interface FilterBarOptions {
  fields: readonly FilterField[];
  /** Parameters kept in the address without a control (a page number, an open dossier), reset when a control changes. */
  hidden?: readonly string[];
  /** Accessible name of the group. */
  label?: string;
  /** The window to read and write the address of (tests pass jsdom's). */
  window?: Window;
}

/** The bar: a form whose `value` is the address's parameters by name ("" when absent) and that Framework's view() reads. */
export interface FilterBar extends HTMLFormElement {
  value: Record<string, string>;
  /** Changes some parameters, writes the address (a new history entry) and tells the page. */
  set(changes: Readonly<Record<string, string>>): void;
}

/** The parameters an address holds for these names, a select's value kept only when it is one of its options. */
export function filterValues(search: string, fields: readonly FilterField[], hidden: readonly string[] = []): Record<string, string> {
  const params = new URLSearchParams(search);
  const value: Record<string, string> = {};
  for (const field of fields) {
    const v = params.get(field.name) ?? "";
    value[field.name] = field.options && !field.options.some((o) => o.value === v) ? "" : v;
  }
  for (const name of hidden) value[name] = params.get(name) ?? "";
  return value;
}

/** The address's query for these values: empty values left out, other parameters of `search` kept, in field order. */
export function filterSearch(values: Readonly<Record<string, string>>, search = ""): string {
  const params = new URLSearchParams(search);
  for (const [name, v] of Object.entries(values)) {
    if (v === "") params.delete(name);
    else params.set(name, v);
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** An address `href` (relative or not) with the shared parameters of `values` in place of its own. */
export function withSharedParams(href: string, values: Readonly<Record<string, string>>, base: string): string {
  const url = new URL(href, base);
  for (const name of SHARED_PARAMS) {
    const v = values[name] ?? "";
    if (v === "") url.searchParams.delete(name);
    else url.searchParams.set(name, v);
  }
  return url.pathname + url.search + url.hash;
}

/** Gives the sidebar's page links (and links marked `data-keep-filters`) the shared parameters of the current address. */
export function keepFiltersInLinks(window: Window): void {
  const values = Object.fromEntries(new URLSearchParams(window.location.search));
  for (const link of Array.from(window.document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href], a[data-keep-filters]"))) {
    const href = link.getAttribute("href");
    if (!href || /^[a-z]+:/i.test(href) || href.startsWith("#")) continue;
    link.setAttribute("href", withSharedParams(href, values, window.location.href));
  }
}

/** The filter bar of a page; its controls start from the address and write it back. */
export function filterBar({ fields, hidden = [], label = "Filtres", window = globalThis.window }: FilterBarOptions): FilterBar {
  const document = window.document;
  const form = document.createElement("form") as FilterBar;
  form.className = "filter-bar";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", label);
  form.addEventListener("submit", (event) => event.preventDefault());
  const controls = new Map<string, HTMLSelectElement | HTMLInputElement>();
  fields.forEach((field, i) => {
    const id = `filter-${field.name}-${i}`;
    const wrapper = form.appendChild(document.createElement("div"));
    wrapper.className = "filter-field";
    const labelElement = wrapper.appendChild(document.createElement("label"));
    labelElement.htmlFor = id;
    labelElement.textContent = field.label;
    let control: HTMLSelectElement | HTMLInputElement;
    if (field.search || !field.options) {
      const input = document.createElement("input");
      input.type = "search";
      input.autocomplete = "off";
      input.spellcheck = false;
      control = input;
    } else {
      const select = document.createElement("select");
      for (const o of field.options) {
        const option = select.appendChild(document.createElement("option"));
        option.value = o.value;
        option.textContent = o.label;
      }
      control = select;
    }
    control.id = id;
    control.name = field.name;
    wrapper.appendChild(control);
    controls.set(field.name, control);
  });

  const show = () => {
    form.value = filterValues(window.location.search, fields, hidden);
    for (const [name, control] of controls) control.value = form.value[name] ?? "";
  };
  const write = (changes: Readonly<Record<string, string>>, replace: boolean) => {
    form.value = { ...form.value, ...changes };
    const url = window.location.pathname + filterSearch(form.value, window.location.search) + window.location.hash;
    if (replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    keepFiltersInLinks(window);
    form.dispatchEvent(new (window as unknown as typeof globalThis).Event("input", { bubbles: true }));
  };
  const resets = Object.fromEntries(hidden.map((name) => [name, ""]));
  form.set = (changes) => write(changes, false);
  // The form's own input events are replaced by one sent once the address is written.
  let typing: ReturnType<typeof setTimeout> | undefined;
  for (const [name, control] of controls) {
    control.addEventListener("input", (event) => {
      event.stopPropagation();
      if (control.tagName === "INPUT") {
        // A search box writes the address once typing pauses, without a history entry per key.
        clearTimeout(typing);
        typing = setTimeout(() => write({ ...resets, [name]: control.value.trim() }, true), 150);
      } else write({ ...resets, [name]: control.value }, false);
    });
  }
  const onPop = () => {
    if (!form.isConnected) return window.removeEventListener("popstate", onPop);
    show();
    keepFiltersInLinks(window);
    form.dispatchEvent(new (window as unknown as typeof globalThis).Event("input", { bubbles: true }));
  };
  window.addEventListener("popstate", onPop);
  show();
  keepFiltersInLinks(window);
  return form;
}
