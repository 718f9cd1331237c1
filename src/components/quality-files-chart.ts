import * as Plot from "@observablehq/plot";
import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { ACCENT, CHART_STYLE, type ChartOptions, chartWidth, INK, asImage } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatInteger, formatPercent, MISSING } from "./format.js";
import { ratio } from "./ratio.js";

type FileReport = DataQualityPage["files"][number];

/** Below this width (px), a file's counts go under its name instead of beside it. */
const COMPACT_WIDTH = 620;
// Room for the first and last tick labels (px).
const MARGIN_LEFT = 14;
const MARGIN_RIGHT = 24;
/** Narrowest drawn width of a file's rejected rows (px). */
const MIN_SEGMENT = 4;

/** A file's counts in words: "202 lignes lues · 196 retenues · 6 rejetées (3,0 %)". */
export function describeFileCounts(file: FileReport): string {
  return `${formatCount(file.read, "ligne lue", "lignes lues")} · ${formatInteger(file.kept)} ${file.kept < 2 ? "retenue" : "retenues"} · ${formatInteger(file.rejected)} ${file.rejected < 2 ? "rejetée" : "rejetées"} (${formatPercent(ratio(file.rejected, file.read))})`;
}

/**
 * One bar per export file, as long as its rows read: the kept rows as a thick bar, the rejected ones continuing
 * it as a dark segment; the counts are written above each bar, so that neither colour nor length is needed.
 */
export function qualityFilesChart(files: readonly FileReport[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const compact = w < COMPACT_WIDTH;
  const data = files.map((f, i) => ({ ...f, i, counts: describeFileCounts(f) }));
  const max = Math.max(1, ...files.map((f) => f.read));
  const [nameY, countsY, barTop, barBottom] = compact ? [0.18, 0.42, 0.56, 0.9] : [0.3, 0.3, 0.44, 0.88];
  const y1 = (d: { i: number }) => d.i + barTop;
  const y2 = (d: { i: number }) => d.i + barBottom;
  // A few rejected rows among hundreds would be invisible: their segment is at least MIN_SEGMENT px wide.
  const minRows = (MIN_SEGMENT * max) / Math.max(1, w - MARGIN_LEFT - MARGIN_RIGHT);
  const overhang = (barBottom - barTop) * 0.18;
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: data.length * (compact ? 76 : 54) + 34,
      marginTop: 6,
      marginBottom: 28,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      style: CHART_STYLE,
      ariaLabel: "Lignes lues, retenues et rejetées par fichier d’export",
      ariaDescription: files.map((f) => `${f.file} : ${describeFileCounts(f)}.`).join(" "),
      x: { domain: [0, max], label: null, grid: true, ticks: Math.max(2, Math.floor(w / 110)), tickFormat: formatInteger, tickSize: 4 },
      y: { domain: [0, Math.max(1, data.length)], reverse: true, axis: null },
      marks: [
        Plot.rectX(data, { x1: 0, x2: "kept", y1, y2, fill: ACCENT }),
        Plot.rectX(data.filter((d) => d.rejected > 0), {
          x1: (d: FileReport) => Math.max(0, d.read - Math.max(d.rejected, minRows)),
          x2: "read",
          y1: (d) => y1(d) - overhang,
          y2: (d) => y2(d) + overhang,
          fill: INK,
        }),
        Plot.text(data, { x: 0, y: (d) => d.i + nameY, text: "file", textAnchor: "start", fontWeight: 600, fontSize: 13 }),
        Plot.text(data, compact
          ? { x: 0, y: (d) => d.i + countsY, text: "counts", textAnchor: "start" }
          : { x: max, y: (d) => d.i + countsY, text: "counts", textAnchor: "end" }),
      ],
    }),
  );
}

/** How to read the chart, shown under it. */
export const QUALITY_FILES_CAPTION =
  "Pour chaque fichier, la longueur de la barre est le nombre de lignes lues : d’abord les lignes retenues, puis les lignes rejetées, en segment plus haut et contrasté à son extrémité (élargi à quelques pixels quand elles sont peu nombreuses). Les nombres sont écrits au-dessus de chaque barre.";

/** The files' data: format read, rows read, kept, rejected (count and share of read) and the columns ignored. */
export function qualityFilesTable(files: readonly FileReport[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(files, [
    { label: "Fichier", value: (f) => f.file },
    { label: "Format lu", value: (f) => f.format },
    { label: "Lignes lues", value: (f) => formatInteger(f.read), raw: (f) => f.read, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Retenues", value: (f) => formatInteger(f.kept), raw: (f) => f.kept, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Rejetées", value: (f) => formatInteger(f.rejected), raw: (f) => f.rejected, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Part rejetée", value: (f) => formatPercent(ratio(f.rejected, f.read)), raw: (f) => ratio(f.rejected, f.read), format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Colonnes ignorées", value: (f) => (f.extraColumns.length ? f.extraColumns.join(", ") : MISSING) },
  ], { caption: "Lecture des fichiers d’export", document });
}
