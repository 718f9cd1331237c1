import type { ReviewBudget, ReviewScheme } from "../../loaders/site/review-page.js";
import { formatCount, formatEuros, formatPercent } from "./format.js";
import { joinFrench } from "./review-french.js";

/** What was engaged and paid during the year, in one sentence. */
function yearSentence(year: number, budget: ReviewBudget): string {
  const envelope = `sur l’enveloppe INS’pir de ${formatEuros(budget.envelope)}`;
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

/** Where the envelope stood at the end of the year. */
function toDateSentence(year: number, budget: ReviewBudget): string {
  const left =
    budget.left < 0
      ? `l’enveloppe était dépassée de ${formatEuros(-budget.left)}`
      : budget.left === 0
        ? "l’enveloppe était entièrement engagée"
        : `il restait ${formatEuros(budget.left)} à engager`;
  if (budget.engagedToDate === 0 && budget.paidToDate === 0) return `Fin ${year}, rien n’était encore engagé sur l’enveloppe.`;
  return `Fin ${year}, le total engagé atteignait ${formatEuros(budget.engagedToDate)}, soit ${formatPercent(budget.engagedRate)} de l’enveloppe, et le total mandaté ${formatEuros(budget.paidToDate)} (${formatPercent(budget.paidRate)}) ; ${left}.`;
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

/** The year's INS'pir budget in French sentences: engaged and paid during the year, the envelope at year end, the other schemes voted. */
export function budgetSentences(year: number, budget: ReviewBudget, schemes: readonly ReviewScheme[]): string[] {
  return [yearSentence(year, budget), toDateSentence(year, budget), schemesSentence(year, schemes)];
}
