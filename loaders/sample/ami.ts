import type { BlockContext } from "./block-context.js";
import { DELIBERATION_DAY, EXPORT_DAY } from "./calendar.js";
import { baseDossier, pickPlace } from "./dossier-base.js";
import { euros, floorTo } from "./money.js";
import type { Dossier, MarkerRow } from "./records.js";
import type { Nature } from "./schemes.js";
import { depositDay, pendingStatus } from "./timeline.js";
import { GODIN_MARKERS } from "../schemas/vocabulary.js";
import { AMI_PROJECTS } from "./vocabulary.js";


/** AMI dossiers: a recognition with no money; those that went to the committee get their Godin scores. */
export interface GeneratedAmi {
  dossiers: Dossier[];
  markers: MarkerRow[];
}

/** Half-point scores (0–6 for 0–3): recognised projects score high, refused ones low. */
function halfScores(ctx: BlockContext, recognised: boolean): number[] {
  const weights = recognised
    ? ([[2, 5], [3, 15], [4, 30], [5, 30], [6, 20]] as const)
    : ([[0, 10], [1, 20], [2, 30], [3, 25], [4, 15]] as const);
  return Array.from({ length: GODIN_MARKERS.length }, () => ctx.rng.weighted(weights));
}

/** One AMI Innovation sociale dossier and, if assessed, its markers row. */
function generateAmiDossier(ctx: BlockContext): GeneratedAmi {
  const { rng } = ctx;
  const deposit = depositDay(rng, DELIBERATION_DAY - 200, { 2016: 20, 2017: 30, 2018: 28, 2019: 22 });
  const place = pickPlace(ctx);
  const nature = rng.weighted([["Association", 75], ["Entreprise", 10], ["Autre", 10], ["Collectivité", 5]] as const satisfies readonly (readonly [Nature, number])[]);
  const d = baseDossier(ctx, "ami", place, nature, `${rng.pick(AMI_PROJECTS)} – ${place.commune.name}`, deposit);
  d.cost = rng.chance(0.7) ? floorTo(euros(rng.int(15_000, 250_000)), 100) : null;
  d.qpv = rng.chance(0.4) ? rng.chance(0.25) : null;
  const committee = deposit + rng.int(40, 90);
  if (committee > EXPORT_DAY) {
    d.status = pendingStatus(rng, deposit);
    return { dossiers: [d], markers: [] };
  }
  const fate = rng.weighted([["recognised", 60], ["refused", 27], ["abandoned", 5], ["pending", 8]] as const);
  if (fate === "abandoned") d.status = "Abandonné";
  if (fate === "pending") d.status = "En instruction";
  if (fate === "abandoned" || fate === "pending") return { dossiers: [d], markers: [] };
  const recognised = fate === "recognised";
  d.status = recognised ? "Labellisé" : "Refusé";
  if (recognised) d.vote = committee;
  return { dossiers: [d], markers: [{ dossier: d, committee, halfScores: halfScores(ctx, recognised) }] };
}

/** `count` AMI Innovation sociale dossiers and their `marqueurs` rows. */
export function generateAmi(ctx: BlockContext, count: number): GeneratedAmi {
  const result: GeneratedAmi = { dossiers: [], markers: [] };
  for (let i = 0; i < count; i++) {
    const { dossiers, markers } = generateAmiDossier(ctx);
    result.dossiers.push(...dossiers);
    result.markers.push(...markers);
  }
  return result;
}
