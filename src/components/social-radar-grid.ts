import type { Assessment } from "../../loaders/site/social-innovation-page.js";
import { formatDate } from "./format.js";
import { socialRadarChart } from "./social-radar-chart.js";
import { formatScore, meanScore, projectLabel } from "./social-scores.js";

export interface RadarGridOptions {
  /** Width of the container (px). */
  width: number;
  /** The markers' names, in order. */
  labels: readonly string[];
  /** Width of one small radar (px). */
  itemWidth?: number;
  document?: Document;
}

/**
 * Small multiples: one small radar per assessment, without axis names (the same axes as the large radars), under the
 * project's name and above its committee date and mean score; a list, so that screen readers announce how many there are.
 */
export function socialRadarGrid(assessments: readonly Assessment[], { width, labels, itemWidth = 150, document = globalThis.document }: RadarGridOptions): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "social-grid";
  // On a narrow screen two radars still fit side by side.
  const size = Math.min(itemWidth, Math.max(110, (width - 12) / 2));
  list.style.gridTemplateColumns = `repeat(auto-fill, minmax(${Math.floor(size)}px, 1fr))`;
  for (const assessment of assessments) {
    const item = list.appendChild(document.createElement("li"));
    item.className = "social-grid-item";
    const title = item.appendChild(document.createElement("p"));
    title.className = "social-grid-title";
    title.textContent = projectLabel(assessment);
    item.appendChild(socialRadarChart(assessment.scores, { width: size - 10, labels, labelMode: "none", ariaLabel: `Marqueurs de ${projectLabel(assessment)}`, maxSize: size - 18 }));
    const meta = item.appendChild(document.createElement("p"));
    meta.className = "social-grid-meta";
    meta.textContent = `${assessment.dateComite ? `${formatDate(assessment.dateComite)} · ` : ""}moyenne ${formatScore(meanScore(assessment.scores))}`;
  }
  return list;
}
