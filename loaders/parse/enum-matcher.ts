import { normalizeKey } from "./normalize-key.js";

/** Matches free text against canonical values after normalisation (`INS’pir – Événement créatif` = `INS'pir - Evenement creatif`). */
export function enumMatcher<const T extends string>(values: readonly T[]): (text: string) => T | undefined {
  const byKey = new Map<string, T>(values.map((v) => [normalizeKey(v), v]));
  return (text) => byKey.get(normalizeKey(text));
}
