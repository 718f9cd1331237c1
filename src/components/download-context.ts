// What a download says of the view it comes from: the page, the filters chosen, the date of the exports.

/** The name of the head's meta element holding the exports date (`YYYY-MM-DD`), written by the site's configuration. */
export const EXPORTS_DATE_META = "inspir-exports-date";

/** The view a table was downloaded from. */
export interface DownloadContext {
  /** The page's path without its slashes: `budget`, `bilan-2017`, `index`. */
  page: string;
  /** The filters chosen, as `label : choice` (the selects not on their first, "all" choice; a search box not empty). */
  filters: string[];
  /** The slug of those filters for a file name: `annee-2018_departement-02`. */
  filterSlug: string;
  exportsDate: string | null;
}

/** A plain file-name piece from any text: `Année de vote` → `annee-de-vote`, `7 312 dossiers` → `7312-dossiers`. */
export function slug(text: string, max = 80): string {
  return text
    // A French number's group spaces would make `7-312`, read as a range.
    .replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/** The download context of `document`: its path, its filter controls' chosen values, and the exports date of its head. */
export function downloadContext(document: Document): DownloadContext {
  const path = document.defaultView?.location.pathname ?? "/";
  const page = slug(path.replace(/\.html$/, "").replace(/^\/$/, "/index")) || "index";
  const filters: string[] = [];
  const slugs: string[] = [];
  for (const control of Array.from(document.querySelectorAll<HTMLSelectElement | HTMLInputElement>("#observablehq-main form select, #observablehq-main form input[type=search]"))) {
    const label = control.labels?.[0]?.textContent?.trim() ?? control.name;
    if (control.tagName === "SELECT") {
      const select = control as HTMLSelectElement;
      if (select.selectedIndex <= 0) continue;
      const choice = select.options[select.selectedIndex]?.textContent?.trim() ?? select.value;
      filters.push(`${label} : ${choice}`);
      slugs.push(`${slug(control.name || label, 20)}-${slug(select.value || choice, 30)}`);
    } else if (control.value.trim() !== "") {
      filters.push(`${label} : ${control.value.trim()}`);
      slugs.push(`${slug(control.name || label, 20)}-${slug(control.value, 30)}`);
    }
  }
  const date = document.querySelector<HTMLMetaElement>(`meta[name="${EXPORTS_DATE_META}"]`)?.content ?? "";
  return { page, filters, filterSlug: slugs.join("_"), exportsDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
}

/** A download's file name: page, filters, exports date and caption (`budget_annee-2018_2019-12-31_alertes.csv`). */
export function downloadFileName(context: DownloadContext, caption: string, extension: "csv" | "xlsx"): string {
  const parts = [context.page, context.filterSlug, context.exportsDate ?? "", slug(caption, 60) || "tableau"].filter((p) => p !== "");
  return `${parts.join("_")}.${extension}`;
}

/** The line a download starts with: `Exports au 2019-12-31 · Filtres : Année de vote : 2018` (or `sans filtre`). */
export function downloadHeading(context: DownloadContext, caption: string): string {
  const date = context.exportsDate ? `exports au ${context.exportsDate}` : "date des exports inconnue";
  return `${caption} — ${date} — ${context.filters.length ? `filtres : ${context.filters.join(" ; ")}` : "sans filtre"}`;
}
