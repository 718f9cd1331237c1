import type { Commune } from "../territory/index.js";
import type { BlockContext } from "./block-context.js";
import { EXPORT_DAY, dayOf, nextCommission, yearOf } from "./calendar.js";
import { baseDossier, ensureSiret, pickPlace } from "./dossier-base.js";
import { euros, floorTo } from "./money.js";
import { fullyPaid, sectionPayments, standardPlan } from "./payment-schedule.js";
import type { Generated } from "./records.js";
import type { Nature } from "./schemes.js";
import { ofPlace } from "./organisations.js";
import { depositDay, pendingStatus } from "./timeline.js";

const NAMES: readonly ((c: Commune) => string)[] = [
  (c) => `Incubateur numérique ${ofPlace(c.name)}`,
  (c) => `Couveuse d’activités ${c.name}`,
  (c) => `Coopérative d’activités et d’emploi ${ofPlace(c.name)}`,
  (c) => `Pépinière d’entreprises ${ofPlace(c.name)}`
];

/** One support structure dossier: ≤ 5 000 € to help mature ideas into projects. */
function generateStructure(ctx: BlockContext): Generated {
  const { rng } = ctx;
  const deposit = depositDay(rng, dayOf(2017, 1, 15), { 2017: 35, 2018: 35, 2019: 30 }, dayOf(2019, 11, 30));
  const place = pickPlace(ctx);
  const nature = rng.weighted([["Association", 50], ["Établissement public", 25], ["Entreprise", 25]] as const satisfies readonly (readonly [Nature, number])[]);
  const d = baseDossier(ctx, "structure", place, nature, "", deposit, rng.pick(NAMES)(place.commune));
  d.title = `Maturation des idées INS’pir ${yearOf(deposit)} – ${place.commune.name}`;
  d.requested = floorTo(euros(rng.int(3_000, 6_000)), 100);
  const vote = nextCommission(deposit + rng.int(25, 60));
  if (vote === null || vote > EXPORT_DAY) {
    d.status = pendingStatus(rng, deposit);
    return { dossiers: [d], payments: [] };
  }
  if (rng.chance(0.15)) {
    d.status = "Refusé";
    return { dossiers: [d], payments: [] };
  }
  d.vote = vote;
  d.action = vote + rng.int(0, 45);
  d.votedFonct = Math.min(euros(5_000), d.requested);
  d.cost = floorTo(euros(rng.int(8_000, 30_000)), 100);
  const balance = vote + rng.int(300, 420);
  const plan = standardPlan(rng, "Fonctionnement", d.votedFonct, vote, balance, rng.chance(0.8));
  d.status = fullyPaid([plan]) ? "Soldé" : "Voté";
  ensureSiret(ctx, d);
  return { dossiers: [d], payments: sectionPayments(d, plan) };
}

/** `count` support structure dossiers and their payments. */
export function generateStructures(ctx: BlockContext, count: number): Generated {
  const result: Generated = { dossiers: [], payments: [] };
  for (let i = 0; i < count; i++) {
    const { dossiers, payments } = generateStructure(ctx);
    result.dossiers.push(...dossiers);
    result.payments.push(...payments);
  }
  return result;
}
