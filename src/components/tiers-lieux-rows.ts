import type { TiersLieuYear, TiersLieuxPage } from "../../loaders/site/tiers-lieux-page.js";

/** The EPCI-years of the département `code` (all of them when `code` is null: no filter). */
export function keepDepartement(years: readonly TiersLieuYear[], code: string | null): TiersLieuYear[] {
  return code === null ? [...years] : years.filter((row) => row.departement === code);
}

/** The départements of the aided EPCI, by code (the options of the filter). */
export function departementCodes(years: readonly TiersLieuYear[]): string[] {
  return [...new Set(years.map((row) => row.departement))].sort();
}

/** One EPCI-year against its year's fonctionnement cap (€). */
export interface ScheduleMark extends TiersLieuYear {
  annee: number;
  cap: number;
  /** The voted fonctionnement is above the cap of its plan year. */
  over: boolean;
}

/** The EPCI-years with a plan year of the schedule, each with that year's cap (€); rows without a year are left out. */
export function scheduleMarks(years: readonly TiersLieuYear[], schedule: TiersLieuxPage["schedule"]): ScheduleMark[] {
  const marks: ScheduleMark[] = [];
  for (const row of years) {
    const cap = schedule.find((s) => s.annee === row.annee)?.cap;
    if (row.annee === null || cap === undefined) continue;
    marks.push({ ...row, annee: row.annee, cap, over: row.fonctionnement > cap + 0.005 });
  }
  return marks;
}

/** One EPCI-year's equipment aid against its limits (€). */
export interface EquipmentRow {
  siren: string;
  name: string;
  departement: string;
  annee: number | null;
  investissement: number;
  coutTotal: number;
  /** 50 % of the total cost (€). */
  rateLimit: number;
  cap: number;
  /** The lower of the two limits (€): what the aid may reach. */
  limit: number;
  overCap: boolean;
  overRate: boolean;
}

/** The EPCI-years with an equipment aid (investissement > 0), largest aid first, against the € cap and 50 % of the cost. */
export function equipmentRows(years: readonly TiersLieuYear[], cap: number, rate: number): EquipmentRow[] {
  return years
    .filter((row) => row.investissement > 0)
    .map((row) => {
      const rateLimit = Math.round(row.coutTotal * rate * 100) / 100;
      return {
        siren: row.siren,
        name: row.name,
        departement: row.departement,
        annee: row.annee,
        investissement: row.investissement,
        coutTotal: row.coutTotal,
        rateLimit,
        cap,
        limit: Math.min(cap, rateLimit),
        // Amounts are in cents: half a cent of tolerance keeps a rounding from raising a flag.
        overCap: row.investissement > cap + 0.005,
        overRate: row.investissement > rateLimit + 0.005,
      };
    })
    .sort((a, b) => b.investissement - a.investissement || a.name.localeCompare(b.name, "fr") || (a.annee ?? 0) - (b.annee ?? 0));
}

/**
 * For each function of the call, the number of aided EPCI whose tiers-lieu offers it in at least one plan year; the most
 * offered first, in the call's order on a tie.
 */
export function functionCounts(years: readonly TiersLieuYear[], functions: readonly string[]): { fonction: string; epci: number }[] {
  return functions
    .map((fonction) => ({ fonction, epci: new Set(years.filter((row) => row.fonctions.includes(fonction)).map((row) => row.siren)).size }))
    .sort((a, b) => b.epci - a.epci);
}

/** An EPCI-year that breaks a rule of the call, with the rules in words. */
export interface AttentionRow {
  siren: string;
  name: string;
  departement: string;
  annee: number | null;
  fonctionnement: number;
  investissement: number;
  issues: string[];
}

/** The EPCI-years that break a rule of the call: several aids in a year, a cap exceeded, fewer than two functions, no plan year. */
export function attentionRows(years: readonly TiersLieuYear[], page: Pick<TiersLieuxPage, "schedule" | "equipmentCap" | "equipmentMaxRate" | "minFunctions">): AttentionRow[] {
  const rows: AttentionRow[] = [];
  for (const row of years) {
    const issues: string[] = [];
    if (row.dossiers > 1) issues.push(`${row.dossiers} aides votées la même année (une seule par EPCI)`);
    const cap = page.schedule.find((s) => s.annee === row.annee)?.cap;
    if (row.annee === null) issues.push("année du plan non renseignée");
    else if (cap !== undefined && row.fonctionnement > cap + 0.005) issues.push(`fonctionnement au-dessus du plafond de l’année ${row.annee}`);
    if (row.investissement > page.equipmentCap + 0.005) issues.push("équipement au-dessus du plafond");
    if (row.investissement > row.coutTotal * page.equipmentMaxRate + 0.005) issues.push(`équipement au-delà de ${Math.round(page.equipmentMaxRate * 100)} % du coût total`);
    if (row.fonctions.length < page.minFunctions) issues.push(`${row.fonctions.length === 0 ? "aucune fonction" : row.fonctions.length === 1 ? "une seule fonction" : `${row.fonctions.length} fonctions`} (au moins ${page.minFunctions})`);
    if (issues.length) rows.push({ siren: row.siren, name: row.name, departement: row.departement, annee: row.annee, fonctionnement: row.fonctionnement, investissement: row.investissement, issues });
  }
  return rows;
}

/** Headline figures of the kept EPCI-years (counts, €). */
export interface TiersLieuxSummary {
  epciWithAid: number;
  fonctionnement: number;
  investissement: number;
  /** EPCI-years with more than one voted aid. */
  multipleAids: number;
  /** EPCI-years that break at least one rule. */
  attention: number;
}

/** The headline figures of the EPCI-years. */
export function tiersLieuxSummary(years: readonly TiersLieuYear[], page: Parameters<typeof attentionRows>[1]): TiersLieuxSummary {
  const cents = (sum: number) => Math.round(sum * 100) / 100;
  return {
    epciWithAid: new Set(years.map((row) => row.siren)).size,
    fonctionnement: cents(years.reduce((sum, row) => sum + row.fonctionnement, 0)),
    investissement: cents(years.reduce((sum, row) => sum + row.investissement, 0)),
    multipleAids: years.filter((row) => row.dossiers > 1).length,
    attention: attentionRows(years, page).length,
  };
}
