import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { share } from "./rounding.js";

export interface QpvIndicators {
  events: number;
  eventsQpvOrPublic: number;
  eventsInQpv: number;
  eventsPublicQpv: number;
  /** eventsQpvOrPublic ÷ events (share 0–1). */
  shareCount: number;
  /** Engaged amount of QPV-or-public events ÷ engaged amount of all counted events (share 0–1). */
  shareAmount: number;
}

/** The politique de la ville share of counted events, by count and by engaged amount. */
export async function qpvIndicators(connection: DuckDBConnection): Promise<QpvIndicators> {
  const [r] = await queryRows<{ events: bigint; either: bigint; inQpv: bigint; publicQpv: bigint; engaged: number | null; engagedEither: number | null }>(
    connection,
    `SELECT count(*) AS events,
       count(*) FILTER (WHERE qpv OR public_qpv) AS either,
       count(*) FILTER (WHERE qpv) AS "inQpv",
       count(*) FILTER (WHERE public_qpv) AS "publicQpv",
       round(sum(engaged), 2) AS engaged,
       round(sum(engaged) FILTER (WHERE qpv OR public_qpv), 2) AS "engagedEither"
     FROM counted_events`
  );
  const events = Number(r?.events ?? 0n);
  const either = Number(r?.either ?? 0n);
  return {
    events,
    eventsQpvOrPublic: either,
    eventsInQpv: Number(r?.inQpv ?? 0n),
    eventsPublicQpv: Number(r?.publicQpv ?? 0n),
    shareCount: share(either, events),
    shareAmount: share(r?.engagedEither ?? 0, r?.engaged ?? 0)
  };
}
