/** Text as the explorer compares it: lower case, accents and ligatures dropped, punctuation as spaces (`Cœur-de-Flandre` → `coeur de flandre`). */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words of a search, each as searchKey gives it; none for blank text. */
export function searchWords(text: string): string[] {
  const key = searchKey(text);
  return key === "" ? [] : key.split(" ");
}
