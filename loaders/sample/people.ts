import type { Rng } from "./prng.js";
import { FIRST_NAMES, LAST_NAMES } from "./vocabulary.js";

/** A fictitious person: a random first name with a random last name, never a real individual's record. */
export function randomPerson(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

const slugs = new Map<string, string>();

/** Lowercase ASCII slug of a text (for fake e-mail addresses); memoised, as the same names come back often. */
export function slug(text: string, separator = "."): string {
  const key = separator + text;
  let value = slugs.get(key);
  if (value === undefined) {
    value = computeSlug(text, separator);
    if (slugs.size < 100_000) slugs.set(key, value);
  }
  return value;
}

function computeSlug(text: string, separator: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}

/** A fake address at example.org (a domain reserved for examples, RFC 2606), so no mail can reach anyone. */
export function fakeEmail(rng: Rng, localPart: string): string {
  const suffix = rng.chance(0.3) ? String(rng.int(1, 99)) : "";
  return `${slug(localPart)}${suffix}@example.org`;
}

/** A fake phone number in the blocks ARCEP keeps for fiction (03 53 01 xx xx, 06 39 98 xx xx), in the spellings people use. */
export function fakePhone(rng: Rng): string {
  const prefix = rng.chance(0.6) ? ["03", "53", "01"] : ["06", "39", "98"];
  const pairs = [...prefix, String(rng.int(0, 99)).padStart(2, "0"), String(rng.int(0, 99)).padStart(2, "0")];
  const style = rng.int(0, 2);
  if (style === 0) return pairs.join(" ");
  if (style === 1) return pairs.join(".");
  return "+33 " + pairs.join(" ").slice(1);
}
