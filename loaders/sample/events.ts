import type { BlockContext } from "./block-context.js";
import { DELIBERATION_DAY, EXPORT_DAY, nextCommission, yearOf } from "./calendar.js";
import { type Place, baseDossier, crossBorderPlace, ensureSiret, pickPlace } from "./dossier-base.js";
import { type Cents, euros, floorTo, share } from "./money.js";
import { type SectionPlan, fullyPaid, refund, sectionPayments, standardPlan } from "./payment-schedule.js";
import type { Generated, Payment } from "./records.js";
import { type Accompaniment, CAPS, type Nature } from "./schemes.js";
import { depositDay, pendingStatus } from "./timeline.js";
import { EVENT_KINDS, THEMES } from "./vocabulary.js";

const EVENT_NATURES: readonly (readonly [Nature, number])[] = [
  ["Association", 55],
  ["Collectivité", 15],
  ["EPCI", 8],
  ["Entreprise", 10],
  ["Établissement public", 10],
  ["Autre", 2]
];

const ACCOMPANIMENTS: readonly (readonly [Accompaniment, number])[] = [
  ["Organisateur", 50],
  ["Structure tierce", 30],
  ["HDFID", 20]
];

/** A title like `Hackathon santé 2018`, `Start-up Week-end Amiens` or one with quotes or a `;` (which forces CSV quoting). */
function eventTitle(ctx: BlockContext, kind: string, theme: string, communeName: string, year: number): string {
  const style = ctx.rng.int(0, 5);
  if (style === 0) return `${kind} ${communeName}`;
  if (style === 1) return `${kind} « ${theme} » ${year}`;
  if (style === 2) return `${kind} "${theme} et numérique"`;
  if (style === 3) return `${kind} ${theme} ; édition ${year}`;
  return `${kind} ${theme} ${year}`;
}

/** People actually present at an event: usually a few dozen, sometimes a few hundred (skewed). */
function participantsCount(ctx: BlockContext): number {
  const { rng } = ctx;
  return rng.int(15, 40) + Math.floor(220 * rng.next() * rng.next());
}

/** The voted amount of an event: ≤ 50 % of the cost and ≤ 12 500 €, sometimes cut below the request. */
function eventVote(ctx: BlockContext, cost: Cents, requested: Cents): Cents {
  const ceiling = Math.min(CAPS.eventMax, Math.floor(cost * CAPS.eventRate));
  let voted = Math.min(requested, ceiling);
  if (ctx.rng.chance(0.15)) voted = floorTo(share(voted, 0.8), 100);
  return voted;
}

/** One creative event dossier (hackathon, idéathon, start-up week-end…) over its whole lifecycle, with its payments. */
function generateEvent(ctx: BlockContext, fixedPlace: Place | null): Generated {
  const { rng } = ctx;
  const deposit = depositDay(rng, DELIBERATION_DAY + 10, { 2016: 5, 2017: 28, 2018: 35, 2019: 32 });
  const place = fixedPlace ?? pickPlace(ctx);
  const theme = rng.pick(THEMES);
  const kind = rng.pick(EVENT_KINDS);
  const d = baseDossier(ctx, "event", place, rng.weighted(EVENT_NATURES), "", deposit);
  d.theme = theme;
  // The cross-border event is kept funded and going ahead, so that it weighs on the budget of its (Nord) versant.
  const withFunding = rng.chance(0.72) || fixedPlace !== null;
  d.labellisation = withFunding ? "Avec financement" : "Sans financement";
  d.accompaniment = rng.weighted(ACCOMPANIMENTS);
  const qpv = rng.chance(0.1);
  d.qpv = qpv || rng.chance(0.5) ? qpv : null;
  d.publicQpv = qpv ? rng.chance(0.8) : rng.chance(0.12);
  if (withFunding) {
    d.cost = floorTo(euros(3_000 + 37_000 * rng.next() * rng.next()), 10);
    const asksMore = rng.chance(0.12);
    d.requested = floorTo(Math.min(asksMore ? euros(15_000) : CAPS.eventMax, share(d.cost, asksMore ? 0.6 : 0.5)), 50);
  } else {
    d.cost = rng.chance(0.6) ? floorTo(euros(rng.int(1_000, 15_000)), 10) : null;
    d.requested = null;
  }

  const payments: Payment[] = [];
  const drawnFate = rng.weighted([["refused", 7], ["abandoned", 5], ["proceeds", 88]] as const);
  const fate = fixedPlace === null ? drawnFate : "proceeds";
  const decision = withFunding ? nextCommission(deposit + rng.int(25, 70)) : deposit + rng.int(10, 45);
  const planned = deposit + rng.int(60, 160);
  d.action = planned;
  if (decision === null || decision > EXPORT_DAY) {
    d.status = pendingStatus(rng, deposit);
  } else if (fate === "refused") {
    d.status = "Refusé";
  } else if (fate === "abandoned") {
    d.status = "Abandonné";
  } else if (!withFunding) {
    d.status = "Labellisé";
    d.vote = decision;
    d.action = decision + rng.int(10, 120);
  } else {
    d.vote = decision;
    d.action = decision + rng.int(10, 110);
    const voted = eventVote(ctx, d.cost ?? 0, d.requested ?? 0);
    // About a third of the funded events also buy equipment, voted in investissement.
    d.votedInvest = rng.chance(0.33) ? floorTo(share(voted, 0.2 + 0.3 * rng.next()), 50) : 0;
    d.votedFonct = voted - d.votedInvest;
    const lapsed = rng.chance(0.05);
    const withAdvance = rng.chance(0.8);
    const balance = lapsed ? null : d.action + rng.int(60, 270);
    const plans: SectionPlan[] = [];
    if (d.votedFonct > 0) plans.push(standardPlan(rng, "Fonctionnement", d.votedFonct, decision, balance, withAdvance));
    if (d.votedInvest > 0) plans.push(standardPlan(rng, "Investissement", d.votedInvest, decision, balance, withAdvance));
    for (const plan of plans) payments.push(...sectionPayments(d, plan));
    if (lapsed) {
      // The event did not take place: the grant lapses and any advance is refunded.
      d.status = "Caduc";
      const advance = payments.find((p) => p.section === "Fonctionnement");
      if (advance && rng.chance(0.95)) payments.push(...refund(d, "Fonctionnement", advance.day + rng.int(120, 300), advance.amount));
    } else {
      d.status = fullyPaid(plans) ? "Soldé" : "Voté";
      const last = payments[payments.length - 1];
      if (d.status === "Soldé" && last && rng.chance(0.1)) {
        // After checking the final report, part of the grant is claimed back.
        payments.push(...refund(d, "Fonctionnement", last.day + rng.int(60, 200), floorTo(share(d.votedFonct, 0.1 + 0.2 * rng.next()), 1)));
      }
    }
  }
  if ((d.status === "Labellisé" || d.status === "Voté" || d.status === "Soldé") && d.action !== null && d.action <= EXPORT_DAY) {
    d.participants = rng.chance(0.9) ? participantsCount(ctx) : null;
  }
  d.title = eventTitle(ctx, kind, theme, place.commune.name, yearOf(d.action ?? deposit));
  ensureSiret(ctx, d);
  return { dossiers: [d], payments };
}

/** `count` creative-event dossiers and their payments. */
export function generateEvents(ctx: BlockContext, count: number): Generated {
  const result: Generated = { dossiers: [], payments: [] };
  for (let i = 0; i < count; i++) {
    // One event per block sits in a former commune of the Aisne that now belongs to the Nord.
    const { dossiers, payments } = generateEvent(ctx, i === 3 ? crossBorderPlace(ctx) : null);
    result.dossiers.push(...dossiers);
    result.payments.push(...payments);
  }
  return result;
}
