// Values shown on the site come from cells that people typed; a shifted column can put an e-mail or a phone number there.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PHONE = /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g;

/** The text with e-mail addresses and French phone numbers replaced by a mask. */
export function maskPersonal(text: string): string {
  return text.replace(EMAIL, "[adresse masquée]").replace(PHONE, "[téléphone masqué]");
}
