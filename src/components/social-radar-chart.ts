import { svg } from "htl";
import { ACCENT, INK, TRACK } from "./chart-theme.js";
import { MAX_SCORE, formatScore } from "./social-scores.js";

/** How the axes are named: full names with their scores, numbers matching a list beside the chart, or nothing. */
export type RadarLabelMode = "full" | "numbers" | "none";

export interface RadarOptions {
  /** Width available (px). */
  width: number;
  /** Names of the axes (the twelve markers), in order, clockwise from the top. */
  labels: readonly string[];
  labelMode?: RadarLabelMode;
  /** Scores drawn as a dashed outline for comparison (the average of all assessments), or null. */
  reference?: readonly number[] | null;
  /** What the chart shows, read out instead of the drawing: "Marqueurs de la Cantine solidaire – Lannoy". */
  ariaLabel: string;
  /** Largest diameter of the web (px). */
  maxSize?: number;
  /** Score at the rim (default 3). */
  max?: number;
}

/** Room around the web for the axis names (px): [horizontal, vertical], per side. */
const LABEL_ROOM: Readonly<Record<RadarLabelMode, readonly [number, number]>> = { full: [116, 50], numbers: [16, 16], none: [4, 4] };
/** Characters per line of a wrapped axis name. */
const LINE_CHARS = 15;
const LINE_HEIGHT = 12;

/** The position of `value` on axis `i` of `n` (clockwise from the top), for a web of `radius` px whose rim is `max`. */
export function radarPoint(i: number, n: number, value: number, radius: number, max = MAX_SCORE): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (Math.min(Math.max(value, 0), max) / max) * radius;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** The words of a name on lines of at most `chars` characters (a longer word gets a line of its own). */
export function wrapLabel(label: string, chars = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "Contextualisation du besoin : 2,5 sur 3 (moyenne 2)": one axis in words, for screen readers. */
export function describeAxis(label: string, score: number, reference?: number, max = MAX_SCORE): string {
  return `${label} : ${formatScore(score)} sur ${max}${reference === undefined ? "" : ` (moyenne ${formatScore(reference)})`}`;
}

/**
 * A radar ("web") of scores from 0 to `max` on `labels.length` axes, drawn with htl's `svg`: rings at each whole score,
 * the scores as a filled outline with a dot per axis, and an optional reference (the average) as a dashed outline.
 * The axis names carry the scores in words, so that the shape is never the only way to read them.
 */
export function socialRadarChart(scores: readonly number[], { width, labels, labelMode = "full", reference = null, ariaLabel, maxSize = 420, max = MAX_SCORE }: RadarOptions): SVGSVGElement {
  const n = labels.length;
  const [roomX, roomY] = LABEL_ROOM[labelMode];
  const radius = Math.max(20, Math.min((Math.max(0, width) - 2 * roomX) / 2, maxSize / 2));
  const w = Math.max(width, 2 * (radius + roomX));
  const h = 2 * (radius + roomY);
  const [cx, cy] = [w / 2, h / 2];
  const at = (i: number, value: number) => radarPoint(i, n, value, radius, max).map((v, k) => (k === 0 ? cx + v : cy + v).toFixed(2)).join(",");
  const outline = (values: readonly number[]) => labels.map((_, i) => at(i, values[i] ?? 0)).join(" ");
  const rings = Array.from({ length: Math.floor(max) }, (_, k) => k + 1);
  const description = labels.map((label, i) => describeAxis(label, scores[i] ?? 0, reference ? (reference[i] ?? 0) : undefined, max)).join(" ; ");

  const axisLabel = (label: string, i: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
    // Names beside the web move a little further out, those next to the top and bottom ones most, to clear them.
    const shift = anchor === "middle" ? 0 : Math.sign(cos) * (Math.abs(sin) > 0.8 ? 14 : 4);
    const [x, y] = [cx + (radius + 8) * cos + shift, cy + (radius + 8) * sin];
    if (labelMode === "numbers") {
      return svg`<text x=${x.toFixed(2)} y=${(y + 4).toFixed(2)} text-anchor=${anchor} font-weight="600">${i + 1}</text>`;
    }
    const value = `${formatScore(scores[i] ?? 0)}${reference ? ` · moy. ${formatScore(reference[i] ?? 0)}` : ""}`;
    const lines = [...wrapLabel(label), value];
    const height = lines.length * LINE_HEIGHT;
    // Names above the web grow upwards, those below downwards, those on the sides are centred on their axis.
    const top = sin < -0.5 ? y - height + 8 : sin > 0.5 ? y + 10 : y - height / 2 + 9;
    return svg`<text x=${x.toFixed(2)} text-anchor=${anchor}>${lines.map(
      (line, k) => svg`<tspan x=${x.toFixed(2)} y=${(top + k * LINE_HEIGHT).toFixed(2)} font-weight=${k === lines.length - 1 ? 600 : 400}>${line}</tspan>`,
    )}</text>`;
  };

  return svg`<svg class="social-radar" width=${w.toFixed(0)} height=${h.toFixed(0)} viewBox="0 0 ${w.toFixed(0)} ${h.toFixed(0)}" role="img" aria-label=${ariaLabel} aria-description=${description} fill="currentColor" style="max-width: 100%; height: auto; font: 11px var(--sans-serif); overflow: visible;">
    <g fill="none" stroke=${TRACK}>
      ${rings.map((k) => svg`<polygon points=${outline(labels.map(() => k))} stroke-width=${k === max ? 1.5 : 1}></polygon>`)}
      ${labels.map((_, i) => svg`<line x1=${cx} y1=${cy} x2=${at(i, max).split(",")[0]} y2=${at(i, max).split(",")[1]}></line>`)}
    </g>
    ${labelMode === "full" ? rings.map((k) => svg`<text x=${(cx + 3).toFixed(2)} y=${(cy - (k / max) * radius + 10).toFixed(2)} font-size="9" fill="currentColor" fill-opacity="0.8">${k}</text>`) : null}
    <polygon points=${outline(scores)} fill=${ACCENT} fill-opacity="0.22" stroke=${ACCENT} stroke-width="2" stroke-linejoin="round"></polygon>
    ${reference ? svg`<polygon points=${outline(reference)} fill="none" stroke=${INK} stroke-width="1.5" stroke-dasharray="5,3"></polygon>` : null}
    ${labelMode === "none" ? null : labels.map((_, i) => svg`<circle cx=${at(i, scores[i] ?? 0).split(",")[0]} cy=${at(i, scores[i] ?? 0).split(",")[1]} r="2.8" fill=${ACCENT}></circle>`)}
    ${labelMode === "none" ? null : labels.map(axisLabel)}
  </svg>` as SVGSVGElement;
}
