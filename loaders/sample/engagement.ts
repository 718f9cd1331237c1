import type { Versant } from "../territory/index.js";
import type { Cents } from "./money.js";
import type { Block, Dossier } from "./records.js";
import { INSPIR_SCHEMES, type Section } from "./schemes.js";

/** INS'pir engaged and paid amounts per budget line (`Fonctionnement|Picardie`…), in cents. */
export interface Engagement {
  engaged: Map<string, Cents>;
  paid: Map<string, Cents>;
}

export const lineKey = (section: Section, versant: Versant): string => `${section}|${versant}`;

const add = (map: Map<string, Cents>, key: string, value: Cents): void => {
  map.set(key, (map.get(key) ?? 0) + value);
};

const kept = (d: Dossier): boolean => d.anomaly?.kind !== "rejected";

/**
 * Adds a block's INS'pir engagement as indicators.md defines it, over the rows the loader keeps:
 * Voté → voted amount; Soldé or Caduc → net paid; anything else → 0.
 */
export function addEngagement(total: Engagement, block: Block): void {
  const net = new Map<Dossier, Map<Section, Cents>>();
  for (const x of block.payments) {
    if (typeof x.dossier === "string" || x.anomaly?.kind === "rejected" || !kept(x.dossier)) continue;
    if (!INSPIR_SCHEMES.includes(x.dossier.scheme)) continue;
    const signed = x.type === "Reversement" ? -x.amount : x.amount;
    const sections = net.get(x.dossier) ?? new Map<Section, Cents>();
    sections.set(x.section, (sections.get(x.section) ?? 0) + signed);
    net.set(x.dossier, sections);
    add(total.paid, lineKey(x.section, x.dossier.commune.versant), signed);
  }
  for (const d of block.dossiers) {
    if (!kept(d) || !INSPIR_SCHEMES.includes(d.scheme)) continue;
    for (const section of ["Fonctionnement", "Investissement"] as const) {
      const voted = section === "Fonctionnement" ? d.votedFonct : d.votedInvest;
      const paid = net.get(d)?.get(section) ?? 0;
      const engaged = d.status === "Voté" ? voted : d.status === "Soldé" || d.status === "Caduc" ? paid : 0;
      add(total.engaged, lineKey(section, d.commune.versant), engaged);
    }
  }
}
