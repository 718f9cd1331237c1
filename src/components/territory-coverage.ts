import type { EpciRow } from "../../loaders/site/territories-page.js";
import { ratio } from "./ratio.js";

/** How many of the EPCI given have at least one counted event, and that share (0–1; 0 when no EPCI is given). */
export function epciCoverage(epci: readonly EpciRow[]): { withEvent: number; total: number; share: number } {
  const withEvent = epci.filter((e) => e.events > 0).length;
  return { withEvent, total: epci.length, share: ratio(withEvent, epci.length) };
}

/** The EPCI with no counted event, the most populated first (the widest audiences to reach), then by name. */
export function epciWithoutEvent(epci: readonly EpciRow[]): EpciRow[] {
  return epci.filter((e) => e.events === 0).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, "fr"));
}

/** The EPCI with at least one event, ranked by `key` (events per 100 000 inhabitants, or events) descending, then by name. */
export function rankEpci(epci: readonly EpciRow[], key: "per100k" | "events"): EpciRow[] {
  const other = key === "per100k" ? "events" : "per100k";
  return epci.filter((e) => e.events > 0).sort((a, b) => b[key] - a[key] || b[other] - a[other] || a.name.localeCompare(b.name, "fr"));
}
