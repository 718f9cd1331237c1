/** The longest `objet` written: the description says "limited to 256 characters", the documentation "less than 256". */
export const OBJET_MAX_CHARS = 255;

/**
 * The `objet` of a grant: its Intitulé on one line (runs of spaces and line breaks become one space), cut to
 * 255 characters with an ellipsis when longer; the dispositif's name when the Intitulé is empty (the field is required).
 */
export function grantObject(intitule: string | null, dispositif: string): string {
  const text = (intitule ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return `Subvention au titre du dispositif « ${dispositif} »`;
  // Code points, so that a cut never splits a character outside the BMP.
  const chars = [...text];
  return chars.length <= OBJET_MAX_CHARS ? text : `${chars.slice(0, OBJET_MAX_CHARS - 1).join("").trimEnd()}…`;
}
