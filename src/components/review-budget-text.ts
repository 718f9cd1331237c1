import type { ReviewBudget, ReviewScheme } from "../../loaders/site/review-page.js";
import { formatCount, formatEuros, formatPercent } from "./format.js";
import { joinFrench } from "./review-french.js";

/** What was engaged and paid during the year, in one sentence; a département's review says whose dossiers. */
function yearSentence(year: number, budget: ReviewBudget, departement: boolean): string {
  const envelope = `${departement ? "pour les dossiers du département, " : ""}sur l’enveloppe INS’pir de ${formatEuros(budget.envelope)}`;
  const engaged = formatEuros(budget.engagedInYear);
  const paid = formatEuros(budget.paidInYear);
  // Amounts are compared as shown (to the euro), so that "0 €" is never written as an amount engaged.
  const hasEngaged = engaged !== formatEuros(0);
  const hasPaid = paid !== formatEuros(0);
  if (!hasEngaged && !hasPaid) return `En ${year}, la Région n’a rien engagé ni mandaté ${envelope}.`;
  if (!hasPaid) return `En ${year}, la Région a engagé ${engaged} ${envelope}, sans rien mandater.`;
  if (!hasEngaged) return `En ${year}, la Région n’a rien engagé de nouveau ${envelope} et a mandaté ${paid}.`;
  return `En ${year}, la Région a engagé ${engaged} et mandaté ${paid} ${envelope}.`;
}

/** Where the envelope stood at the end of the year; in a département's review, its dossiers' share and what the whole Région had left. */
function toDateSentence(year: number, budget: ReviewBudget, departement: boolean): string {
  const region = departement ? " pour toute la Région" : "";
  const left =
    budget.left < 0
      ? `l’enveloppe était dépassée de ${formatEuros(-budget.left)}${region}`
      : budget.left === 0
        ? `l’enveloppe était entièrement engagée${region}`
        : `il restait ${formatEuros(budget.left)} à engager${region}`;
  if (budget.engagedToDate === 0 && budget.paidToDate === 0) {
    return departement ? `Fin ${year}, rien n’était encore engagé pour les dossiers du département ; ${left}.` : `Fin ${year}, rien n’était encore engagé sur l’enveloppe.`;
  }
  const whose = departement ? " pour les dossiers du département" : "";
  return `Fin ${year}, le total engagé${whose} atteignait ${formatEuros(budget.engagedToDate)}, soit ${formatPercent(budget.engagedRate)} de l’enveloppe${departement ? " régionale" : ""}, et le total mandaté ${formatEuros(budget.paidToDate)} (${formatPercent(budget.paidRate)}) ; ${left}.`;
}

/** The experiments and support structures voted in the year, in one sentence. */
function schemesSentence(year: number, schemes: readonly ReviewScheme[]): string {
  const count = (dispositif: string) => schemes.find((s) => s.dispositif === dispositif)?.dossiers ?? 0;
  const experiments = count("INS'pir - Expérimentation");
  const structures = count("INS'pir - Structure d'accompagnement");
  if (experiments === 0 && structures === 0) return `Aucune expérimentation ni structure d’accompagnement n’a été votée en ${year}.`;
  const parts = [
    ...(experiments > 0 ? [formatCount(experiments, "expérimentation", "expérimentations")] : []),
    ...(structures > 0 ? [formatCount(structures, "structure d’accompagnement", "structures d’accompagnement")] : [])
  ];
  return `La Région a aussi voté ${joinFrench(parts)} en ${year}.`;
}

/**
 * The year's INS'pir budget in French sentences: engaged and paid during the year, the envelope at year end, the other schemes voted;
 * `departement` when the figures are one département's dossiers (the envelope and what is left stay the Région's).
 */
export function budgetSentences(year: number, budget: ReviewBudget, schemes: readonly ReviewScheme[], departement = false): string[] {
  return [yearSentence(year, budget, departement), toDateSentence(year, budget, departement), schemesSentence(year, schemes)];
}
