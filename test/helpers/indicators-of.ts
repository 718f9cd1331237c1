import type { IndicatorsDocument } from "../../loaders/indicators/document.js";
import { computeIndicators } from "../../loaders/indicators/compute-indicators.js";
import { exportsOf } from "./exports-folder.js";

/** The analysts' document computed on inline exports. */
export async function indicatorsOf(parts: Parameters<typeof exportsOf>[0]): Promise<IndicatorsDocument> {
  return computeIndicators({ dataDir: await exportsOf(parts) });
}

/** The set of dossiers with an alert of each rule, as `rule → sorted dossiers`. */
export function alertedBy(document: IndicatorsDocument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of document.alerts) (out[a.rule] ??= []).includes(a.dossier) || out[a.rule]!.push(a.dossier);
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}
