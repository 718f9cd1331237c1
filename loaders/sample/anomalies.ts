import type { BlockContext } from "./block-context.js";
import { EXPORT_DAY, dayOf, frenchDate } from "./calendar.js";
import { baseDossier, pickPlace } from "./dossier-base.js";
import { euroText } from "./french-format.js";
import { ofPlace } from "./organisations.js";
import { type Cents, euros, floorTo, share } from "./money.js";
import type { Anomaly, Block, Dossier, Idea, Payment } from "./records.js";
import { generateIdea } from "./ideas.js";
import { isVoted, type Section } from "./schemes.js";
import { corruptSiret, randomSiret } from "./siret.js";
import { AMI_PROJECTS } from "./vocabulary.js";

/** Working state while planting: the block and the dossiers already used, so each fault has its own row. */
interface Planting {
  ctx: BlockContext;
  block: Block;
  used: Set<Dossier>;
  dependents: Set<Dossier>;
}

const rejected = (code: string, describe: () => string): Anomaly => ({ kind: "rejected", code, describe });
const alert = (code: string, describe: () => string): Anomaly => ({ kind: "alert", code, describe });

const paymentsOf = (p: Planting, d: Dossier, section?: Section): Payment[] =>
  p.block.payments.filter((x) => x.dossier === d && (section === undefined || x.section === section));

/** The first unused dossier (in generation order) that satisfies `test`; the planted faults need one each. */
function victim(p: Planting, what: string, test: (d: Dossier) => boolean): Dossier {
  const found = p.block.dossiers.find((d) => !p.used.has(d) && d.anomaly === undefined && test(d));
  if (!found) throw new Error(`sample block ${p.ctx.block}: no dossier for ${what}`);
  p.used.add(found);
  return found;
}

/** Changes the voted amount of a section and scales its payments so they stay consistent (a closed dossier stays fully paid). */
function revote(p: Planting, d: Dossier, section: Section, voted: Cents): void {
  const old = section === "Fonctionnement" ? d.votedFonct : d.votedInvest;
  if (section === "Fonctionnement") d.votedFonct = voted;
  else d.votedInvest = voted;
  const paid = paymentsOf(p, d, section).filter((x) => x.type !== "Reversement");
  for (const x of paid) x.amount = old > 0 ? floorTo(Math.round((x.amount * voted) / old), 1) : x.amount;
  const balance = paid.find((x) => x.type === "Solde");
  if (balance) balance.amount += voted - paid.reduce((sum, x) => sum + x.amount, 0);
}

const hasPayments = (p: Planting, d: Dossier): boolean => paymentsOf(p, d).length > 0;
const isEvent = (d: Dossier): boolean => d.scheme === "event";
const votedTiersLieu = (d: Dossier, year: 1 | 2 | 3): boolean => d.scheme === "tiersLieu" && d.year === year && isVoted(d.status);

/** Funding-rule breaches: valid rows that the loader keeps and raises as alerts. */
function plantAlerts(p: Planting): void {
  const { block, ctx } = p;
  const { rng } = ctx;

  const aboveCap = victim(p, "event above 12 500 €", (d) => isEvent(d) && d.status === "Soldé" && d.votedInvest === 0);
  aboveCap.cost = euros(40_000);
  aboveCap.requested = euros(15_000);
  revote(p, aboveCap, "Fonctionnement", euros(15_000));
  aboveCap.anomaly = alert("event-above-cap", () => `${aboveCap.id}: event voted 15 000 € (> 12 500 €, cost 40 000 €)`);

  const aboveRate = victim(p, "event above 50 %", (d) => isEvent(d) && (d.status === "Voté" || d.status === "Soldé") && d.votedFonct + d.votedInvest >= euros(3_000));
  const voted = aboveRate.votedFonct + aboveRate.votedInvest;
  aboveRate.cost = floorTo(Math.round(voted / 0.64), 10);
  aboveRate.requested = voted;
  aboveRate.anomaly = alert("event-above-rate", () => `${aboveRate.id}: event voted ${euroText(voted)} on a cost of ${euroText(aboveRate.cost ?? 0)} (> 50 %)`);

  const experiment = victim(p, "experiment above 5 000 €", (d) => d.scheme === "experiment" && isVoted(d.status) && d.status !== "Caduc");
  revote(p, experiment, "Fonctionnement", euros(6_500));
  experiment.cost = Math.max(experiment.cost ?? 0, 2 * (experiment.votedFonct + experiment.votedInvest));
  experiment.requested = experiment.votedFonct + experiment.votedInvest;
  experiment.anomaly = alert("experiment-section-cap", () => `${experiment.id}: experiment voted 6 500 € in fonctionnement (> 5 000 €)`);

  const structure = victim(p, "structure above 5 000 €", (d) => d.scheme === "structure" && isVoted(d.status));
  revote(p, structure, "Fonctionnement", euros(7_500));
  structure.requested = euros(7_500);
  structure.anomaly = alert("structure-cap", () => `${structure.id}: support structure voted 7 500 € (> 5 000 €)`);

  const yearCap = victim(p, "tiers-lieu above year cap", (d) => votedTiersLieu(d, 2));
  revote(p, yearCap, "Fonctionnement", euros(34_000));
  yearCap.cost = Math.max(yearCap.cost ?? 0, euros(68_000));
  yearCap.requested = yearCap.votedFonct + yearCap.votedInvest;
  yearCap.anomaly = alert("tiers-lieu-year-cap", () => `${yearCap.id}: tiers-lieu année 2 voted 34 000 € fonctionnement (> 30 000 €)`);

  const equipmentRate = victim(p, "equipment above 50 %", (d) => votedTiersLieu(d, 1) && d.votedInvest > 0);
  revote(p, equipmentRate, "Fonctionnement", euros(9_000));
  revote(p, equipmentRate, "Investissement", euros(24_000));
  equipmentRate.cost = euros(42_000);
  equipmentRate.requested = euros(33_000);
  equipmentRate.anomaly = alert("equipment-rate", () => `${equipmentRate.id}: tiers-lieu equipment 24 000 € on a total cost of 42 000 € (> 50 %)`);

  const equipmentCap = victim(p, "equipment above 30 000 €", (d) => votedTiersLieu(d, 1) && d.votedInvest > 0);
  revote(p, equipmentCap, "Investissement", euros(36_000));
  equipmentCap.cost = Math.max(equipmentCap.cost ?? 0, euros(72_000) + floorTo(Math.round(equipmentCap.votedFonct / 0.75), 100));
  equipmentCap.requested = equipmentCap.votedFonct + equipmentCap.votedInvest;
  equipmentCap.anomaly = alert("equipment-cap", () => `${equipmentCap.id}: tiers-lieu equipment 36 000 € (> 30 000 €)`);

  // A second holder in the same EPCI gets an aid for the same plan year: the one-aid-per-EPCI rule is broken (both are flagged).
  const first = victim(p, "tiers-lieu to pair", (d) => votedTiersLieu(d, 1));
  const commune = ctx.communes.inEpci(rng, first.commune.epciSiren);
  const second = baseDossier(ctx, "tiersLieu", { commune, code: commune.code }, "Association", `Réseau des tiers-lieux ${ofPlace(commune.name)} – année 1`, Math.min(first.deposit + rng.int(1, 20), first.vote ?? first.deposit));
  Object.assign(second, { year: 1, functions: ["médiation", "coworking", "fablab"], vote: first.vote, action: first.action, cost: euros(60_000), votedFonct: euros(30_000), requested: euros(30_000), status: "Voté" });
  if (second.siret === null) second.siret = randomSiret(rng);
  block.dossiers.push(second);
  p.used.add(second);
  const advanceDay = Math.min(EXPORT_DAY, (first.vote ?? first.deposit) + rng.int(20, 60));
  block.payments.push({ dossier: second, mandat: "", day: advanceDay, amount: euros(15_000), section: "Fonctionnement", type: "Avance" });
  second.anomaly = alert("tiers-lieu-same-epci-year", () => `${second.id} and ${first.id}: two voted tiers-lieux in the same EPCI, both année 1`);

  const oneFunction = victim(p, "tiers-lieu with one function", (d) => d.scheme === "tiersLieu" && isVoted(d.status));
  oneFunction.functions = [oneFunction.functions?.[0] ?? "coworking"];
  oneFunction.anomaly = alert("tiers-lieu-functions", () => `${oneFunction.id}: tiers-lieu with a single function (${oneFunction.functions?.[0]})`);

  const overpaid = victim(p, "overpaid dossier", (d) => (d.scheme === "experiment" || isEvent(d)) && d.status === "Soldé" && paymentsOf(p, d).every((x) => x.type !== "Reversement"));
  const balance = paymentsOf(p, overpaid, "Fonctionnement").find((x) => x.type === "Solde");
  if (!balance) throw new Error(`sample block ${ctx.block}: overpaid victim without balance`);
  balance.amount += euros(450);
  overpaid.anomaly = alert("overpaid", () => `${overpaid.id}: net paid in fonctionnement exceeds the vote by 450 € (its Solde is too large)`);

  const notVoted = victim(p, "payment on a non-voted dossier", (d) => isEvent(d) && d.status === "Labellisé" && d.vote !== null && d.vote + 30 <= EXPORT_DAY);
  block.payments.push({ dossier: notVoted, mandat: "", day: (notVoted.vote ?? 0) + 30, amount: euros(1_500), section: "Fonctionnement", type: "Avance", anomaly: alert("payment-not-voted", () => `payment of 1 500 € on ${notVoted.id}, labelled without funding (not voted; also more paid than voted)`) });
  notVoted.anomaly = alert("payment-not-voted", () => `${notVoted.id}: labelled without funding but received a 1 500 € advance`);

  const early = victim(p, "payment before the vote", (d) => (d.status === "Voté" || d.status === "Soldé") && paymentsOf(p, d).some((x) => x.type === "Avance"));
  const advance = paymentsOf(p, early).find((x) => x.type === "Avance");
  if (advance) {
    advance.day = (early.vote ?? advance.day) - rng.int(5, 20);
    advance.anomaly = alert("payment-before-vote", () => `advance on ${early.id} dated ${frenchDate(advance.day)}, before its vote of ${frenchDate(early.vote ?? 0)}`);
  }
  early.anomaly = alert("payment-before-vote", () => `${early.id}: its advance is dated before the vote`);
}

/** Rows that break a rule of exports.md: the loader must reject and report them. */
function plantRejections(p: Planting): void {
  const { block, ctx } = p;
  const { rng } = ctx;
  const quiet = (d: Dossier): boolean => !p.dependents.has(d) && !hasPayments(p, d);

  const unknownScheme = baseDossier(ctx, "event", pickPlace(ctx), "Association", "Atelier Pass numérique", dayOf(2019, rng.int(2, 10), rng.int(1, 28)));
  unknownScheme.status = "Déposé";
  unknownScheme.overrides = { Dispositif: "Pass numérique" };
  unknownScheme.anomaly = rejected("unknown-dispositif", () => `${unknownScheme.id}: Dispositif « Pass numérique » is not one of the five schemes`);
  block.dossiers.push(unknownScheme);
  p.used.add(unknownScheme);

  const badDate = victim(p, "impossible date", (d) => (d.status === "Refusé" || d.status === "Abandonné") && quiet(d));
  badDate.overrides = { "Date de dépôt": "31/02/2017" };
  badDate.anomaly = rejected("impossible-date", () => `${badDate.id}: Date de dépôt 31/02/2017 does not exist`);

  // Exactly two payments, so that the rows rejected in cascade scale exactly with the number of blocks.
  const badSiret = victim(p, "invalid SIRET", (d) => isVoted(d.status) && paymentsOf(p, d).length === 2 && !p.dependents.has(d));
  badSiret.siret = corruptSiret(badSiret.siret ?? randomSiret(rng));
  badSiret.anomaly = rejected("invalid-siret", () => `${badSiret.id}: voted dossier whose SIRET ${badSiret.siret} fails the Luhn checksum`);
  for (const x of paymentsOf(p, badSiret)) x.anomaly = rejected("payment-on-rejected-dossier", () => `payment on ${badSiret.id}, itself rejected (invalid SIRET)`);

  const outside = victim(p, "commune outside the region", (d) => ["Déposé", "En instruction", "Refusé", "Abandonné"].includes(d.status) && quiet(d));
  outside.overrides = { "Code commune": "75056" };
  outside.anomaly = rejected("commune-outside-region", () => `${outside.id}: Code commune 75056 (Paris) is outside Hauts-de-France`);

  const original = victim(p, "dossier to duplicate", (d) => d.scheme === "ami");
  const copy: Dossier = { ...original, status: "Déposé", vote: null, deposit: Math.min(EXPORT_DAY, original.deposit + rng.int(20, 90)), duplicateOf: original };
  copy.anomaly = rejected("duplicate-dossier", () => `${original.id} (second occurrence): repeats an earlier N° dossier`);
  block.dossiers.push(copy);

  // An extra recognised AMI dossier (no markers row), so that no other row depends on it.
  const amiDeposit = dayOf(2018, rng.int(1, 10), rng.int(1, 28));
  const voteBeforeDeposit = baseDossier(ctx, "ami", pickPlace(ctx), "Association", `${rng.pick(AMI_PROJECTS)} – projet collectif`, amiDeposit);
  voteBeforeDeposit.status = "Labellisé";
  voteBeforeDeposit.vote = amiDeposit + rng.int(40, 90);
  block.dossiers.push(voteBeforeDeposit);
  p.used.add(voteBeforeDeposit);
  voteBeforeDeposit.overrides = { "Date de vote": frenchDate(voteBeforeDeposit.deposit - rng.int(10, 40)) };
  voteBeforeDeposit.anomaly = rejected("vote-before-deposit", () => `${voteBeforeDeposit.id}: Date de vote ${voteBeforeDeposit.overrides?.["Date de vote"]} is before its Date de dépôt`);

  block.payments.push({
    dossier: `EX${String(100 + (ctx.block % 900)).padStart(6, "0")}`,
    mandat: "",
    day: dayOf(2018, rng.int(1, 12), rng.int(1, 28)),
    amount: euros(2_300),
    section: "Fonctionnement",
    type: "Solde",
    anomaly: rejected("payment-unknown-dossier", () => `payment on a N° dossier that does not exist`)
  });

  const duplicated = block.payments.find((x) => x.anomaly === undefined && typeof x.dossier !== "string" && x.dossier.anomaly === undefined);
  if (!duplicated) throw new Error(`sample block ${ctx.block}: no payment to duplicate`);
  block.payments.push({ ...duplicated, duplicateOf: duplicated, anomaly: rejected("duplicate-mandat", () => `repeats N° mandat ${duplicated.mandat}`) });

  const refunded = victim(p, "negative refund", (d) => isEvent(d) && d.status === "Soldé");
  const last = paymentsOf(p, refunded).reduce((a, b) => (b.day > a.day ? b : a));
  const refundAmount = floorTo(share(refunded.votedFonct + refunded.votedInvest, 0.1), 1);
  block.payments.push({
    dossier: refunded,
    mandat: "",
    day: Math.min(EXPORT_DAY, last.day + rng.int(30, 120)),
    amount: refundAmount,
    section: last.section,
    type: "Reversement",
    negative: true,
    anomaly: rejected("negative-amount", () => `refund of ${euroText(refundAmount)} on ${refunded.id} entered with a negative Montant`)
  });

  const experiment = block.dossiers.find((d) => d.scheme === "experiment" && isVoted(d.status) && d.anomaly === undefined);
  const anyEvent = block.ideas[0]?.event;
  if (!experiment || !anyEvent) throw new Error(`sample block ${ctx.block}: no experiment or event for the bad idea`);
  const idea: Idea = { ...generateIdea(ctx, anyEvent), event: experiment };
  idea.anomaly = rejected("idea-not-event", () => `idea ${idea.id}: N° dossier événement ${experiment.id} is an experiment, not a creative event`);
  block.ideas.push(idea);

  const marker = block.markers.find((m) => m.anomaly === undefined && !p.used.has(m.dossier));
  if (!marker) throw new Error(`sample block ${ctx.block}: no markers row`);
  marker.halfScores[6] = 8;
  marker.anomaly = rejected("marker-out-of-range", () => `${marker.dossier.id}: Gouvernance scored 4 (scores go from 0 to 3)`);
}

/** Plants the block's deliberate faults: funding-rule breaches (kept, alerted) and bad rows (rejected). */
export function plantAnomalies(ctx: BlockContext, block: Block): void {
  const dependents = new Set<Dossier>();
  for (const idea of block.ideas) {
    dependents.add(idea.event);
    if (idea.experiment) dependents.add(idea.experiment);
  }
  for (const m of block.markers) dependents.add(m.dossier);
  // Rows with a former code from another département stay clean: they test the versant rule, not the rejections.
  const used = new Set(block.dossiers.filter((d) => !d.communeCode.startsWith(d.commune.departement)));
  const p: Planting = { ctx, block, used, dependents };
  plantAlerts(p);
  plantRejections(p);
}
