import type { BlockContext } from "./block-context.js";
import { type Day, EXPORT_DAY, dayOf, nextCommission } from "./calendar.js";
import { baseDossier, ensureSiret, pickPlace, type Place } from "./dossier-base.js";
import { euros, floorTo, share } from "./money.js";
import { type SectionPlan, fullyPaid, refund, sectionPayments, standardPlan } from "./payment-schedule.js";
import { type Dossier, type Generated, type Idea, type Payment, STAGES } from "./records.js";
import type { Nature } from "./schemes.js";
import { depositDay, pendingStatus } from "./timeline.js";
import { IDEA_TITLES, THEMES } from "./vocabulary.js";

const NATURES: readonly (readonly [Nature, number])[] = [
  ["Association", 50],
  ["Entreprise", 30],
  ["Établissement public", 10],
  ["Autre", 10]
];

/** Index of `Expérimentée` in the stages. */
const EXPERIMENTED = 4;

/** Votes an experiment: ≤ 5 000 € per section, and plans its payments (advance, then balance once the test is over). */
function voteExperiment(ctx: BlockContext, d: Dossier, vote: Day): Payment[] {
  const { rng } = ctx;
  d.vote = vote;
  d.votedFonct = floorTo(euros(rng.int(1_500, 5_000)), 100);
  d.votedInvest = rng.chance(0.6) ? floorTo(euros(rng.int(800, 5_000)), 100) : 0;
  d.cost = floorTo(Math.round((d.votedFonct + d.votedInvest) / (0.5 + 0.3 * rng.next())), 1_000);
  d.requested = d.votedFonct + d.votedInvest;
  d.action = vote + rng.int(10, 60);
  const lapsed = rng.chance(0.04);
  const balance = lapsed ? null : vote + rng.int(150, 330);
  const withAdvance = rng.chance(0.7);
  const plans: SectionPlan[] = [];
  if (d.votedFonct > 0) plans.push(standardPlan(rng, "Fonctionnement", d.votedFonct, vote, balance, withAdvance));
  if (d.votedInvest > 0) plans.push(standardPlan(rng, "Investissement", d.votedInvest, vote, balance, withAdvance));
  d.status = lapsed ? "Caduc" : fullyPaid(plans) ? "Soldé" : "Voté";
  ensureSiret(ctx, d);
  const payments = plans.flatMap((plan) => sectionPayments(d, plan));
  if (d.status === "Soldé" && balance !== null && rng.chance(0.15)) {
    // The test cost less than planned: part of the grant is refunded.
    payments.push(...refund(d, "Fonctionnement", balance + rng.int(30, 150), floorTo(share(d.votedFonct, 0.1 + 0.3 * rng.next()), 1)));
  }
  return payments;
}

function experimentDossier(ctx: BlockContext, place: Place, deposit: Day, ideaTitle: string): Dossier {
  const prefix = ctx.rng.chance(0.5) ? "Expérimentation : " : "Preuve de concept – ";
  return baseDossier(ctx, "experiment", place, ctx.rng.weighted(NATURES), prefix + ideaTitle, deposit);
}

/** An experiment that funds the test of an idea from the suivi, or null when its vote would fall after the export. */
function linkedExperiment(ctx: BlockContext, idea: Idea): Generated | null {
  const { rng } = ctx;
  const eventDay = idea.event.action ?? idea.event.deposit;
  const deposit = eventDay + rng.int(150, 260);
  const vote = nextCommission(deposit + rng.int(25, 60));
  if (vote === null || vote > EXPORT_DAY - 10) return null;
  const place = rng.chance(0.7) ? { commune: idea.event.commune, code: idea.event.commune.code } : pickPlace(ctx);
  const d = experimentDossier(ctx, place, deposit, idea.title);
  const payments = voteExperiment(ctx, d, vote);
  idea.experiment = d;
  idea.updated = Math.min(EXPORT_DAY, Math.max(idea.updated ?? 0, vote + rng.int(10, 120)));
  return { dossiers: [d], payments };
}

/** An experiment of an idea that the suivi does not follow (other sources), with any outcome. */
function unlinkedExperiment(ctx: BlockContext): Generated {
  const { rng } = ctx;
  const deposit = depositDay(rng, dayOf(2017, 3, 1), { 2017: 25, 2018: 40, 2019: 35 });
  const d = experimentDossier(ctx, pickPlace(ctx), deposit, rng.pick(IDEA_TITLES[rng.pick(THEMES)]));
  const fate = rng.weighted([["refused", 30], ["abandoned", 10], ["proceeds", 60]] as const);
  const vote = nextCommission(deposit + rng.int(25, 60));
  d.requested = floorTo(euros(rng.int(2_000, 10_000)), 100);
  if (vote === null || vote > EXPORT_DAY) {
    d.status = pendingStatus(rng, deposit);
    return { dossiers: [d], payments: [] };
  }
  if (fate !== "proceeds") {
    d.status = fate === "refused" ? "Refusé" : "Abandonné";
    return { dossiers: [d], payments: [] };
  }
  return { dossiers: [d], payments: voteExperiment(ctx, d, vote) };
}

/** `count` experiment dossiers; most ideas that reached `Expérimentée` get one, and point to it. */
export function generateExperiments(ctx: BlockContext, ideas: readonly Idea[], count: number): Generated {
  const result: Generated = { dossiers: [], payments: [] };
  // Keep room for experiments the suivi does not follow (other sources, refusals).
  const maxLinked = count - 10;
  for (const idea of ideas) {
    if (result.dossiers.length >= maxLinked) break;
    if (STAGES.indexOf(idea.stage) < EXPERIMENTED || !ctx.rng.chance(0.75)) continue;
    const linked = linkedExperiment(ctx, idea);
    if (!linked) continue;
    result.dossiers.push(...linked.dossiers);
    result.payments.push(...linked.payments);
  }
  while (result.dossiers.length < count) {
    const { dossiers, payments } = unlinkedExperiment(ctx);
    result.dossiers.push(...dossiers);
    result.payments.push(...payments);
  }
  return result;
}
