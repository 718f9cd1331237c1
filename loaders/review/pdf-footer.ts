// Chromium's PDF header and footer templates: plain HTML in which Chromium fills the elements of class
// pageNumber and totalPages. They are rendered apart from the page, so they carry their own styles.

/** French date in words of a `YYYY-MM-DD` day (`31 décembre 2019`, `1er mars 2020`); the text as is when it is not one. */
export function frenchDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const text = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  );
  return text.replace(/^1 /, "1er ");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The PDF's footer: the review's title (`Bilan 2017 — Innovation numérique`) and the exports' date on the left, `Page 2 / 7` on the right. */
export function reviewFooterTemplate(title: string, exportsDate: string | null): string {
  const asOf = exportsDate ? `exports arrêtés au ${frenchDay(exportsDate)}` : "date des exports inconnue";
  const left = escapeHtml(`${title} · Région Hauts-de-France · ${asOf}`);
  return `<div style="width:100%;margin:0 12mm;display:flex;justify-content:space-between;gap:8mm;font:8pt Inter,Arial,sans-serif;color:#555">
<span>${left}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** An empty header (Chromium's default one prints the date and the page title). */
export const EMPTY_HEADER_TEMPLATE = "<span></span>";
