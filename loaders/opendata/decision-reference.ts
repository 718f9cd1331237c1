/**
 * The `referenceDecision` of a grant: the Commission permanente that voted it, named by its date
 * (`2016-09-23` → `Commission permanente du 23/09/2016`), since the exports carry no deliberation number.
 */
export function decisionReference(dateVote: string): string {
  const [year, month, day] = dateVote.split("-");
  return `Commission permanente du ${day}/${month}/${year}`;
}
