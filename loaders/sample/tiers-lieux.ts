import type { BlockContext } from "./block-context.js";
import { type Day, EXPORT_DAY, dayOf, nextCommission } from "./calendar.js";
import { baseDossier, ensureSiret } from "./dossier-base.js";
import { euros, floorTo, share } from "./money.js";
import { type SectionPlan, fullyPaid, sectionPayments } from "./payment-schedule.js";
import type { Dossier, Generated, Payment } from "./records.js";
import { CAPS, type Nature, TIERS_LIEU_FUNCTIONS, tiersLieuCap } from "./schemes.js";
import { pendingStatus } from "./timeline.js";

/** How many EPCI start their three-year plan each year, and the extra Y1 applications still pending or refused. */
const PLAN_STARTS: readonly (readonly [number, number])[] = [
  [2017, 6],
  [2018, 6],
  [2019, 5]
];
const PENDING_APPLICATIONS = 2;
const REFUSED_APPLICATIONS = 1;

/** The project holder of one EPCI's tiers-lieu, the same every year of its plan. */
interface Holder {
  template: Dossier;
  functions: string[];
}

/** Two to five of the six functions, in the call's order. */
function drawFunctions(ctx: BlockContext): string[] {
  const count = ctx.rng.int(2, 5);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(ctx.rng.pick(TIERS_LIEU_FUNCTIONS));
  return TIERS_LIEU_FUNCTIONS.filter((f) => chosen.has(f));
}

function holderIn(ctx: BlockContext, siren: string): Holder {
  const { rng } = ctx;
  const commune = ctx.communes.inEpci(rng, siren);
  const nature = rng.weighted([["EPCI", 55], ["Association", 30], ["Autre", 15]] as const satisfies readonly (readonly [Nature, number])[]);
  const template = baseDossier(ctx, "tiersLieu", { commune, code: commune.code }, nature, "", 0);
  template.qpv = rng.chance(0.1);
  return { template, functions: drawFunctions(ctx) };
}

/** The dossier of year `year` of a holder's plan, deposited on `deposit`. */
function yearDossier(ctx: BlockContext, holder: Holder, year: 1 | 2 | 3, deposit: Day): Dossier {
  const d: Dossier = { ...holder.template, deposit, year, functions: [...holder.functions] };
  d.title = `Animation du tiers-lieu numérique ${holder.template.commune.name} – année ${year}`;
  d.comment = ctx.rng.chance(0.15) ? "Bilan d’activité annuel reçu" : "";
  return d;
}

/** Votes year `year`: animation at 75/50/25 % of ≤ 60 000 €, equipment (year 1) at ≤ 50 % and ≤ 30 000 €; plans payments. */
function voteYear(ctx: BlockContext, d: Dossier, year: 1 | 2 | 3, vote: Day): Payment[] {
  const { rng } = ctx;
  const animation = floorTo(euros(rng.int(45_000, 90_000)), 100);
  const equipment = year === 1 && rng.chance(0.65) ? floorTo(euros(rng.int(10_000, 70_000)), 100) : 0;
  d.vote = vote;
  d.action = vote + rng.int(0, 60);
  d.cost = animation + equipment;
  d.votedFonct = Math.min(tiersLieuCap(year), floorTo(share(Math.min(animation, CAPS.tiersLieuBase), CAPS.tiersLieuRates[year]), 100));
  d.votedInvest = Math.min(CAPS.equipmentMax, floorTo(share(equipment, CAPS.equipmentRate), 100));
  d.requested = d.votedFonct + d.votedInvest;
  // The balance comes with the annual activity report, some months after the year is over.
  const balance = vote + 365 + rng.int(30, 150);
  const plans: SectionPlan[] = [
    { section: "Fonctionnement", voted: d.votedFonct, advance: { day: vote + rng.int(20, 60), rate: 0.5 }, instalment: rng.chance(0.5) ? { day: vote + rng.int(180, 240), rate: 0.3 } : null, balance }
  ];
  if (d.votedInvest > 0) plans.push({ section: "Investissement", voted: d.votedInvest, advance: null, instalment: { day: vote + rng.int(60, 200), rate: 0.5 }, balance });
  d.status = fullyPaid(plans) ? "Soldé" : "Voté";
  ensureSiret(ctx, d);
  return plans.flatMap((plan) => sectionPayments(d, plan));
}

/** The yearly dossiers of one EPCI's plan starting in `startYear`, up to the export. */
function plan(ctx: BlockContext, holder: Holder, startYear: number): Generated {
  const { rng } = ctx;
  const result: Generated = { dossiers: [], payments: [] };
  for (const year of [1, 2, 3] as const) {
    const calendarYear = startYear + year - 1;
    if (calendarYear > 2019) break;
    const deposit = dayOf(calendarYear, rng.int(1, 9), rng.int(1, 28));
    const d = yearDossier(ctx, holder, year, deposit);
    const vote = nextCommission(deposit + rng.int(30, 75));
    result.dossiers.push(d);
    if (vote === null || vote > EXPORT_DAY) {
      d.status = pendingStatus(rng, deposit);
      break;
    }
    result.payments.push(...voteYear(ctx, d, year, vote));
  }
  return result;
}

/** Tiers-lieux du numérique dossiers: one holder per EPCI (distinct EPCI), a plan of up to three yearly dossiers each. */
export function generateTiersLieux(ctx: BlockContext): Generated {
  const { rng } = ctx;
  const sirens = [...ctx.communes.epciSirens];
  // Partial Fisher–Yates: the first k EPCI of a random permutation.
  const needed = PLAN_STARTS.reduce((n, [, k]) => n + k, 0) + PENDING_APPLICATIONS + REFUSED_APPLICATIONS;
  for (let i = 0; i < needed; i++) {
    const j = rng.int(i, sirens.length - 1);
    [sirens[i], sirens[j]] = [sirens[j] as string, sirens[i] as string];
  }
  const next = (): string => sirens.shift() as string;
  const result: Generated = { dossiers: [], payments: [] };
  for (const [startYear, count] of PLAN_STARTS) {
    for (let i = 0; i < count; i++) {
      const { dossiers, payments } = plan(ctx, holderIn(ctx, next()), startYear);
      result.dossiers.push(...dossiers);
      result.payments.push(...payments);
    }
  }
  for (let i = 0; i < PENDING_APPLICATIONS + REFUSED_APPLICATIONS; i++) {
    const holder = holderIn(ctx, next());
    const refused = i >= PENDING_APPLICATIONS;
    const deposit = refused ? dayOf(2018, rng.int(1, 10), rng.int(1, 28)) : dayOf(2019, rng.int(10, 12), rng.int(1, 20));
    const d = yearDossier(ctx, holder, 1, deposit);
    d.requested = floorTo(euros(rng.int(30_000, 70_000)), 100);
    d.status = refused ? "Refusé" : pendingStatus(rng, deposit);
    result.dossiers.push(d);
  }
  return result;
}
