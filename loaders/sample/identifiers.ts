import { yearOf } from "./calendar.js";
import type { Block } from "./records.js";

/** Running numbers across blocks, so identifiers stay unique at any scale. */
export interface Counters {
  dossier: number;
  mandat: number;
  idea: number;
}

/** The first numbers of the sample (the platform had numbered earlier dossiers of other schemes). */
export function initialCounters(): Counters {
  return { dossier: 1201, mandat: 1, idea: 1 };
}

/** `EX001234`: the platform's dossier number. */
export function dossierNumber(n: number): string {
  return `EX${String(n).padStart(6, "0")}`;
}

/** Stable sort by a numeric key, ties kept in generation order. */
function sortBy<T>(items: T[], key: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => a.k - b.k || a.index - b.index)
    .map((x) => x.item);
}

/**
 * Numbers and orders a finished block: dossiers by deposit, payments by date (mandat `M2018-000042`), ideas by event date;
 * rows that repeat an identifier (deliberate duplicates) go last and copy it.
 */
export function assignIdentifiers(block: Block, counters: Counters): Block {
  const dossiers = sortBy(block.dossiers.filter((d) => !d.duplicateOf), (d) => d.deposit);
  for (const d of dossiers) d.id = dossierNumber(counters.dossier++);
  const duplicates = block.dossiers.filter((d) => d.duplicateOf);
  for (const d of duplicates) d.id = d.duplicateOf?.id ?? "";

  const payments = sortBy(block.payments.filter((x) => !x.duplicateOf), (x) => x.day);
  for (const x of payments) x.mandat = `M${yearOf(x.day)}-${String(counters.mandat++).padStart(6, "0")}`;
  const repeated = block.payments.filter((x) => x.duplicateOf);
  for (const x of repeated) x.mandat = x.duplicateOf?.mandat ?? "";

  const ideas = sortBy(block.ideas, (i) => i.event.action ?? i.event.deposit);
  for (const i of ideas) i.id = counters.idea++;

  const markers = sortBy(block.markers, (m) => m.committee);
  return { dossiers: [...dossiers, ...duplicates], payments: [...payments, ...repeated], ideas, markers };
}
