import { formatPercent } from "./format.js";
import type { FunnelStep } from "./ideas-funnel.js";

/**
 * The conversion rates between consecutive stages as an ordered list (text, so it reads the same in every theme and to
 * screen readers): the share of the ideas having reached a stage that went on to the next one (0–1).
 */
export function ideasConversionList(steps: readonly FunnelStep[], { document = globalThis.document }: { document?: Document } = {}): HTMLOListElement {
  const list = document.createElement("ol");
  list.className = "ideas-conversions";
  steps.forEach((step, i) => {
    const previous = steps[i - 1];
    if (!previous) return;
    const item = list.appendChild(document.createElement("li"));
    const stages = item.appendChild(document.createElement("span"));
    stages.className = "ideas-conversion-stages";
    stages.textContent = `${previous.stage} → ${step.stage}`;
    const rate = item.appendChild(document.createElement("strong"));
    rate.textContent = formatPercent(step.conversion ?? 0, 0);
  });
  return list;
}
