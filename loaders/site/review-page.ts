import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { cents, share } from "../indicators/rounding.js";
import { DEPARTEMENTS } from "../territory/versant.js";
import { COUNTED_EVENT_STATUTS, DATED_STATUTS, EVENT, EXPERIMENT, MATURED_STAGE, STAGES, SUPPORT_STRUCTURE, TIERS_LIEU, VOTED_STATUTS } from "../schemas/vocabulary.js";
import { budgetLineRows } from "../indicators/budget.js";
import { currentExportDate } from "../indicators/changes.js";
import { maskPersonal } from "./mask-personal.js";

// Every figure of a review belongs to the year of the vote (or label) of its dossier: what the Région decided that year.

/** Counted creative events labelled in the year, where they took place. */
export interface ReviewEvents {
  /** Counted events (Labellisé, Voté or Soldé) whose date of label is in the year. */
  count: number;
  /** Of those, labelled with funding (`Avec financement`). */
  withFunding: number;
  /** Distinct communes and EPCI where they took place. */
  communes: number;
  epci: number;
  /** EPCI of the region with at least one counted event labelled that year or before. */
  epciToDate: number;
  /** Participants declared (sum), and how many of the events declared them. */
  participants: number;
  eventsWithParticipants: number;
  /** The five départements, by code (counts). */
  byDepartement: { code: string; count: number }[];
  /** The EPCI covered that year, by count descending then name; `departement` is where most of its events took place. */
  byEpci: { siren: string; name: string; departement: string; count: number }[];
}

/** INS'pir dossiers decided in the year, by scheme: counted events, or voted experiments and support structures; engaged in € (all dossiers voted that year). */
export interface ReviewScheme {
  dispositif: string;
  dossiers: number;
  engaged: number;
}

/** The INS'pir envelope and what was engaged and paid on it (€; rates are shares 0–1 of the envelope). */
export interface ReviewBudget {
  /** The envelope as it stood on 31 December of the year: its lines dated up to then, and the undated ones (€). */
  envelope: number;
  /** Engaged on dossiers voted in the year; paid by payments dated in the year (refunds deducted). */
  engagedInYear: number;
  paidInYear: number;
  /** Cumulative at 31 December of the year: engaged on dossiers voted up to then, paid by payments dated up to then. */
  engagedToDate: number;
  paidToDate: number;
  engagedRate: number;
  paidRate: number;
  /** What was left of the Région's envelope on 31 December: envelope − the Région's engagedToDate, in a département's review too (€). */
  left: number;
}

/** The funnel of the ideas born at the events labelled in the year (whatever the event's status since). */
export interface ReviewIdeas {
  /** For each stage in order, the ideas that reached it or a later one (abandoned included). */
  funnel: { stage: string; count: number }[];
  matured: number;
  abandoned: number;
  /** matured ÷ emerged (share 0–1). */
  maturedShare: number;
  /** Events those ideas came from. */
  events: number;
}

/** Politique de la ville over the counted events labelled in the year (shares 0–1, amounts €). */
export interface ReviewQpv {
  events: number;
  eventsQpvOrPublic: number;
  eventsInQpv: number;
  eventsPublicQpv: number;
  shareCount: number;
  engaged: number;
  engagedQpvOrPublic: number;
  shareAmount: number;
}

/** Tiers-lieux du numérique aids voted in the year (Voté, Soldé or Caduc), amounts voted in €. */
export interface ReviewTiersLieux {
  dossiers: number;
  epci: number;
  /** Aids for the first year of a tiers-lieu's plan (`Année` = 1). */
  firstYear: number;
  fonctionnement: number;
  investissement: number;
  /** EPCI with a voted tiers-lieu aid that year or before. */
  epciToDate: number;
}

/** A counted event shown as an example: organisation, place, audience (never a person's name). */
export interface ReviewHighlight {
  dossier: string;
  intitule: string | null;
  beneficiaire: string | null;
  commune: string;
  departement: string;
  participants: number | null;
  /** Date of the event (`YYYY-MM-DD`), when the export gives it. */
  dateAction: string | null;
  /** Date of the label (`YYYY-MM-DD`): what puts the event in the year's review. */
  dateVote: string;
  labellisation: string | null;
}

export interface ReviewYear {
  year: number;
  events: ReviewEvents;
  schemes: ReviewScheme[];
  budget: ReviewBudget;
  ideas: ReviewIdeas;
  qpv: ReviewQpv;
  tiersLieux: ReviewTiersLieux;
  /** At most HIGHLIGHT_LIMIT counted events of the year, by participants (declared first) then engaged amount. */
  highlights: ReviewHighlight[];
}

/** A line of the INS'pir envelope (€), with the deliberation that opened it; `date` null when undated (counts from the start). */
export interface ReviewEnvelopeLine {
  section: string;
  versant: string;
  montant: number;
  reference: string | null;
  date: string | null;
}

/** The reviews of one département: the same figures over its dossiers (the envelope stays the Région's). */
export interface DepartementReviews {
  code: string;
  /** EPCI with at least one commune in the département. */
  epciTotal: number;
  reviews: ReviewYear[];
}

export interface ReviewPage {
  /** Latest date found in the exports (`YYYY-MM-DD`). */
  exportsDate: string | null;
  /** The review years, ascending (see reviewYears). */
  years: number[];
  /** Earliest label or vote of an INS'pir dossier (`YYYY-MM-DD`): when the programme started in the exports. */
  firstDecision: string | null;
  /** EPCI of Hauts-de-France. */
  epciTotal: number;
  reviews: ReviewYear[];
  /** The INS'pir envelope's lines, by date (undated first). */
  envelopeLines: ReviewEnvelopeLine[];
  /** The same reviews for each département, in code order. */
  departements: DepartementReviews[];
}

/** How many example events a review shows. */
export const HIGHLIGHT_LIMIT = 5;

const YEAR = "year(date_vote)::INTEGER";
const num = (v: unknown) => Number(v ?? 0);
const quoted = (values: readonly string[]) => values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");

/** A query result row (counts as BIGINT, amounts as DOUBLE). */
type Row = Record<string, unknown>;
const NO_ROW: Row = {};

/** Rows keyed by their `year` column, for the lookups below. */
function byYear(rows: readonly Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const r of rows) map.set(Number(r.year), [...(map.get(Number(r.year)) ?? []), r]);
  return map;
}

/** How many keys first appear in a year up to `year`, from (key, first year) rows. */
function countToDate(firsts: readonly Row[], year: number): number {
  return firsts.filter((f) => Number(f.first) <= year).length;
}

/** Cumulative sum in cents of (year, amount) rows up to `year` (€). */
function sumToDate(rows: readonly Row[], year: number): number {
  return rows.reduce((sum, r) => sum + (Number(r.year) <= year ? Math.round(num(r.amount) * 100) : 0), 0) / 100;
}

type Query = (sql: string, params?: Record<string, string | number | null>) => Promise<Row[]>;

/** The INS'pir envelope as it stood on 31 December of each year (€), by the budget's own rule (budgetLineRows). */
export async function envelopesAtYearEnd(connection: DuckDBConnection, years: readonly number[]): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  for (const year of years) {
    const lines = await budgetLineRows(connection, `${year}-12-31`);
    result.set(year, cents(lines.reduce((sum, l) => sum + l.envelope, 0)));
  }
  return result;
}

/** The annual reviews' data: one review per year in which INS'pir dossiers were labelled or voted, for the region and each département. */
export async function reviewPage(connection: DuckDBConnection, years: number[]): Promise<ReviewPage> {
  const q: Query = (sql, params) => queryRows<Row>(connection, sql, params);
  const envelopes = await envelopesAtYearEnd(connection, years);
  const region = await reviewsOf(q, years, envelopes, null);
  const departements: DepartementReviews[] = [];
  for (const code of DEPARTEMENTS) {
    const { epciTotal, reviews } = await reviewsOf(q, years, envelopes, code);
    // What is left to engage is the Région's: a département's own dossiers leave nothing "left" of their own.
    for (const review of reviews) review.budget.left = region.reviews.find((r) => r.year === review.year)?.budget.left ?? review.budget.left;
    departements.push({ code, epciTotal, reviews });
  }
  const lines = await q(
    `SELECT section, versant, round(montant, 2) AS montant, reference, strftime(date, '%Y-%m-%d') AS date FROM enveloppes WHERE inspir ORDER BY date NULLS FIRST, versant, section`
  );
  const [{ first = null } = {}] = await q(`SELECT strftime(min(date_vote), '%Y-%m-%d') AS first FROM dossiers WHERE inspir AND statut IN (${quoted(DATED_STATUTS)})`);
  return {
    exportsDate: await currentExportDate(connection),
    years,
    firstDecision: (first as string | null) ?? null,
    epciTotal: region.epciTotal,
    reviews: region.reviews,
    envelopeLines: lines.map((l) => ({
      section: String(l.section),
      versant: String(l.versant),
      montant: cents(num(l.montant)),
      reference: l.reference === null ? null : maskPersonal(String(l.reference)),
      date: (l.date as string | null) ?? null
    })),
    departements
  };
}

/** One set of reviews: every dossier, or those of one département (code), each year with its year-end envelope. */
async function reviewsOf(q: Query, years: number[], envelopes: Map<number, number>, departement: string | null): Promise<{ epciTotal: number; reviews: ReviewYear[] }> {
  // Every query binds $departement (NULL for the region), the territory's one filter.
  const dq: Query = (sql, params = {}) => q(sql, { ...params, departement });
  const dep = (column: string) => `($departement::VARCHAR IS NULL OR ${column} = $departement)`;
  const ofDossier = (column: string) => `($departement::VARCHAR IS NULL OR ${column} IN (SELECT id FROM dossiers WHERE departement = $departement))`;

  const events = byYear(
    await dq(`SELECT ${YEAR} AS year, count(*) AS count, count(*) FILTER (WHERE labellisation = 'Avec financement') AS "withFunding",
               count(DISTINCT commune_code) AS communes, count(DISTINCT epci_siren) AS epci,
               coalesce(sum(participants), 0) AS participants, count(participants) AS "eventsWithParticipants"
             FROM counted_events WHERE ${dep("departement")} GROUP BY ALL`)
  );
  const departements = byYear(await dq(`SELECT ${YEAR} AS year, departement, count(*) AS count FROM counted_events WHERE ${dep("departement")} GROUP BY ALL`));
  const epci = byYear(
    await dq(`SELECT ${YEAR} AS year, e.siren, e.name, mode(c.departement ORDER BY c.departement) AS departement, count(*) AS count
             FROM counted_events c JOIN epci e ON e.siren = c.epci_siren WHERE ${dep("c.departement")} GROUP BY ALL ORDER BY count DESC, e.name, e.siren`)
  );
  const eventEpciFirsts = await dq(`SELECT epci_siren, min(${YEAR}) AS first FROM counted_events WHERE ${dep("departement")} GROUP BY ALL`);

  const schemes = byYear(
    await dq(
      `SELECT ${YEAR} AS year, dispositif,
         count(DISTINCT dossier_id) FILTER (WHERE CASE WHEN dispositif = $event THEN statut IN (${quoted(COUNTED_EVENT_STATUTS)}) ELSE statut IN (${quoted(VOTED_STATUTS)}) END) AS dossiers,
         round(sum(engaged), 2) AS engaged
       FROM engagements WHERE inspir AND date_vote IS NOT NULL AND ${ofDossier("dossier_id")} GROUP BY ALL`,
      { event: EVENT }
    )
  );
  const engagedByYear = await dq(`SELECT ${YEAR} AS year, round(sum(engaged), 2) AS amount FROM engagements WHERE inspir AND date_vote IS NOT NULL AND ${ofDossier("dossier_id")} GROUP BY ALL`);
  const paidByYear = await dq(
    `SELECT year(p.date_paiement)::INTEGER AS year, round(sum(p.net_amount), 2) AS amount FROM paiements p JOIN dossiers d ON d.id = p.dossier_id WHERE d.inspir AND ${dep("d.departement")} GROUP BY ALL`
  );

  const stageColumns = STAGES.map((_, i) => `count(*) FILTER (WHERE i.etape_rank >= ${i + 1}) AS s${i}`).join(", ");
  const ideas = byYear(
    await dq(`SELECT year(d.date_vote)::INTEGER AS year, ${stageColumns}, count(*) FILTER (WHERE i.abandonnee) AS abandoned, count(DISTINCT d.id) AS events
             FROM idees i JOIN dossiers d ON d.id = i.dossier_evenement WHERE d.date_vote IS NOT NULL AND ${dep("d.departement")} GROUP BY ALL`)
  );

  const qpv = byYear(
    await dq(`SELECT ${YEAR} AS year, count(*) AS events, count(*) FILTER (WHERE qpv OR public_qpv) AS either,
               count(*) FILTER (WHERE qpv) AS "inQpv", count(*) FILTER (WHERE public_qpv) AS "publicQpv",
               coalesce(round(sum(engaged), 2), 0) AS engaged, coalesce(round(sum(engaged) FILTER (WHERE qpv OR public_qpv), 2), 0) AS "engagedEither"
             FROM counted_events WHERE ${dep("departement")} GROUP BY ALL`)
  );

  const votedTiersLieux = `dispositif = $tiersLieu AND statut IN (${quoted(VOTED_STATUTS)}) AND date_vote IS NOT NULL AND ${dep("departement")}`;
  const tiersLieux = byYear(
    await dq(
      `SELECT ${YEAR} AS year, count(*) AS dossiers, count(DISTINCT epci_siren) AS epci, count(*) FILTER (WHERE annee = 1) AS "firstYear",
         coalesce(round(sum(vote_fonctionnement), 2), 0) AS fonctionnement, coalesce(round(sum(vote_investissement), 2), 0) AS investissement
       FROM dossiers WHERE ${votedTiersLieux} GROUP BY ALL`,
      { tiersLieu: TIERS_LIEU }
    )
  );
  const tiersLieuEpciFirsts = await dq(`SELECT epci_siren, min(${YEAR}) AS first FROM dossiers WHERE ${votedTiersLieux} GROUP BY ALL`, { tiersLieu: TIERS_LIEU });

  const highlights = byYear(
    await dq(
      `SELECT * FROM (
         SELECT ${YEAR} AS year, id AS dossier, intitule, beneficiaire, commune_name AS commune, departement, participants,
           strftime(date_action, '%Y-%m-%d') AS "dateAction", strftime(date_vote, '%Y-%m-%d') AS "dateVote", labellisation,
           row_number() OVER (PARTITION BY ${YEAR} ORDER BY participants DESC NULLS LAST, engaged DESC NULLS LAST, id) AS rank
         FROM counted_events WHERE ${dep("departement")}) WHERE rank <= $limit ORDER BY year, rank`,
      { limit: HIGHLIGHT_LIMIT }
    )
  );
  const [{ epciTotal = 0 } = {}] = await dq(
    `SELECT CASE WHEN $departement::VARCHAR IS NULL THEN (SELECT count(*) FROM epci)
       ELSE (SELECT count(DISTINCT epci_siren) FROM communes WHERE departement = $departement) END AS "epciTotal"`
  );

  const reviews = years.map((year): ReviewYear => {
    const e = events.get(year)?.[0] ?? NO_ROW;
    const ideaRow = ideas.get(year)?.[0] ?? NO_ROW;
    const funnel = STAGES.map((stage, i) => ({ stage, count: num(ideaRow[`s${i}`]) }));
    const matured = funnel[STAGES.indexOf(MATURED_STAGE)]?.count ?? 0;
    const qp = qpv.get(year)?.[0] ?? NO_ROW;
    const tl = tiersLieux.get(year)?.[0] ?? NO_ROW;
    const engagedToDate = sumToDate(engagedByYear, year);
    const paidToDate = sumToDate(paidByYear, year);
    const schemeRows = schemes.get(year) ?? [];
    const envelope = envelopes.get(year) ?? 0;
    return {
      year,
      events: {
        count: num(e.count),
        withFunding: num(e.withFunding),
        communes: num(e.communes),
        epci: num(e.epci),
        epciToDate: countToDate(eventEpciFirsts, year),
        participants: num(e.participants),
        eventsWithParticipants: num(e.eventsWithParticipants),
        byDepartement: DEPARTEMENTS.map((code) => ({ code, count: num(departements.get(year)?.find((d) => d.departement === code)?.count) })),
        byEpci: (epci.get(year) ?? []).map((r) => ({ siren: String(r.siren), name: String(r.name), departement: String(r.departement), count: num(r.count) }))
      },
      schemes: [EVENT, EXPERIMENT, SUPPORT_STRUCTURE].map((dispositif) => {
        const r = schemeRows.find((s) => s.dispositif === dispositif);
        return { dispositif, dossiers: num(r?.dossiers), engaged: cents(num(r?.engaged)) };
      }),
      budget: {
        envelope,
        engagedInYear: sumToDate(engagedByYear.filter((r) => Number(r.year) === year), year),
        paidInYear: sumToDate(paidByYear.filter((r) => Number(r.year) === year), year),
        engagedToDate,
        paidToDate,
        engagedRate: share(engagedToDate, envelope),
        paidRate: share(paidToDate, envelope),
        left: cents(envelope - engagedToDate)
      },
      ideas: { funnel, matured, abandoned: num(ideaRow.abandoned), maturedShare: share(matured, funnel[0]?.count ?? 0), events: num(ideaRow.events) },
      qpv: {
        events: num(qp.events),
        eventsQpvOrPublic: num(qp.either),
        eventsInQpv: num(qp.inQpv),
        eventsPublicQpv: num(qp.publicQpv),
        shareCount: share(num(qp.either), num(qp.events)),
        engaged: cents(num(qp.engaged)),
        engagedQpvOrPublic: cents(num(qp.engagedEither)),
        shareAmount: share(num(qp.engagedEither), num(qp.engaged))
      },
      tiersLieux: {
        dossiers: num(tl.dossiers),
        epci: num(tl.epci),
        firstYear: num(tl.firstYear),
        fonctionnement: cents(num(tl.fonctionnement)),
        investissement: cents(num(tl.investissement)),
        epciToDate: countToDate(tiersLieuEpciFirsts, year)
      },
      // Titles and organisations are typed by people: a shifted column could put a phone number there.
      highlights: (highlights.get(year) ?? []).map((h) => ({
        dossier: String(h.dossier),
        intitule: h.intitule === null ? null : maskPersonal(String(h.intitule)),
        beneficiaire: h.beneficiaire === null ? null : maskPersonal(String(h.beneficiaire)),
        commune: String(h.commune),
        departement: String(h.departement),
        participants: h.participants === null ? null : num(h.participants),
        dateAction: (h.dateAction as string | null) ?? null,
        dateVote: String(h.dateVote),
        labellisation: (h.labellisation as string | null) ?? null
      }))
    };
  });
  return { epciTotal: num(epciTotal), reviews };
}
