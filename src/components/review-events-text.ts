import type { ReviewEvents } from "../../loaders/site/review-page.js";
import { formatCount, formatInteger } from "./format.js";
import { verbFor } from "./review-french.js";

/** Why some events carry funding: the clause after the count, empty when none declares it (labellisation may be unknown). */
function fundingClause(events: Pick<ReviewEvents, "count" | "withFunding">): string {
  if (events.withFunding === 0) return "";
  if (events.withFunding === events.count) return events.count === 1 ? ", avec un financement" : ", tous avec un financement";
  return `, dont ${formatInteger(events.withFunding)} avec un financement`;
}

/** How many people came, over the events that declared it. */
function participantsSentence(events: Pick<ReviewEvents, "count" | "participants" | "eventsWithParticipants">): string {
  const people = formatCount(events.participants, "participant", "participants");
  if (events.eventsWithParticipants === 0) return events.count === 1 ? "Son nombre de participants n’est pas renseigné." : "Leur nombre de participants n’est renseigné pour aucun d’eux.";
  if (events.eventsWithParticipants === events.count) return events.count === 1 ? `Cet événement a réuni ${people}.` : `Ces événements ont réuni ${people}.`;
  return events.eventsWithParticipants === 1
    ? `Le seul événement dont la participation est renseignée a réuni ${people}.`
    : `Les ${formatInteger(events.eventsWithParticipants)} événements dont la participation est renseignée ont réuni ${people}.`;
}

/**
 * The year's creative events in French sentences: how many were labelled, where (communes, EPCI), with funding,
 * how many people came, and the EPCI reached since the start of the programme (out of `epciTotal`).
 */
export function eventsSentences(year: number, events: ReviewEvents, epciTotal: number): string[] {
  const sentences: string[] = [];
  if (events.count === 0) {
    sentences.push(`En ${year}, la Région n’a labellisé aucun événement créatif INS’pir.`);
  } else {
    sentences.push(
      `En ${year}, la Région a labellisé ${formatCount(events.count, "événement créatif", "événements créatifs")} dans ${formatCount(events.communes, "commune", "communes")} et ${formatCount(events.epci, "intercommunalité (EPCI)", "intercommunalités (EPCI)")}${fundingClause(events)}.`
    );
    sentences.push(participantsSentence(events));
  }
  sentences.push(
    events.epciToDate === 0
      ? `Fin ${year}, aucune des ${formatInteger(epciTotal)} intercommunalités de la région n’avait encore accueilli d’événement.`
      : `Fin ${year}, ${formatCount(events.epciToDate, "intercommunalité", "intercommunalités")} sur ${formatInteger(epciTotal)} ${verbFor(events.epciToDate, "avait", "avaient")} accueilli au moins un événement depuis le début du programme.`
  );
  return sentences;
}
