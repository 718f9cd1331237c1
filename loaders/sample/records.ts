import type { Day } from "./calendar.js";
import type { Cents } from "./money.js";
import type { Accompaniment, Labellisation, Nature, Scheme, Section, Status } from "./schemes.js";
import type { Commune } from "../territory/index.js";

/** A deliberate fault planted in the sample: a row the loader must reject, or a funding-rule breach it must keep and alert. */
export interface Anomaly {
  kind: "rejected" | "alert";
  /** Short stable label, e.g. `unknown-dispositif`. */
  code: string;
  /** One sentence for the README, built once identifiers are assigned (it may name another dossier). */
  describe(): string;
}

/** The columns of `dossiers.csv` that a bad row may override with a raw value. */
export type DossierField = "Dispositif" | "Code commune" | "Date de dépôt" | "Date de vote";

/** One application, with typed values; rendering to text (and its quirks) happens when the file is written. */
export interface Dossier {
  /** `EX001234`, assigned once the block is complete (by deposit order). */
  id: string;
  scheme: Scheme;
  title: string;
  beneficiary: string;
  nature: Nature;
  siret: string | null;
  commune: Commune;
  /** The code as exported: the current commune's, or a former (délégué/associé) one. */
  communeCode: string;
  status: Status;
  deposit: Day;
  vote: Day | null;
  action: Day | null;
  labellisation: Labellisation | null;
  cost: Cents | null;
  requested: Cents | null;
  votedFonct: Cents;
  votedInvest: Cents;
  qpv: boolean | null;
  publicQpv: boolean | null;
  accompaniment: Accompaniment | null;
  participants: number | null;
  year: 1 | 2 | 3 | null;
  functions: string[] | null;
  contact: string;
  comment: string;
  /** Theme of an event (internal: its ideas mostly share it); not exported. */
  theme: string | null;
  /** This row repeats the N° dossier of another one (bad row: duplicate identifier). */
  duplicateOf?: Dossier;
  /** Raw values written instead of the rendered ones (deliberate bad rows). */
  overrides?: Partial<Record<DossierField, string>>;
  anomaly?: Anomaly;
}

/** One payment order (mandat) or refund. */
export interface Payment {
  /** The dossier paid, or a raw identifier that exists nowhere (bad row). */
  dossier: Dossier | string;
  /** `M2017-000123`, assigned once the block is complete (by date order). */
  mandat: string;
  day: Day;
  amount: Cents;
  section: Section;
  type: "Avance" | "Acompte" | "Solde" | "Reversement";
  /** Written as a negative amount (bad row). */
  negative?: boolean;
  /** Repeats the mandat of this payment (bad row: duplicate N° mandat). */
  duplicateOf?: Payment;
  anomaly?: Anomaly;
}

export const STAGES = ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"] as const;
export type Stage = (typeof STAGES)[number];

/** One idea / team that came out of a creative event (`suivi`). */
export interface Idea {
  /** Numeric identifier, a number cell in the XLSX. */
  id: number;
  event: Dossier;
  title: string;
  theme: string;
  stage: Stage;
  abandoned: boolean;
  updated: Day | null;
  accompanist: Accompaniment | null;
  experiment: Dossier | null;
  holder: string;
  email: string;
  consent: boolean;
  members: number;
  anomaly?: Anomaly;
}

/** The Godin assessment of one AMI dossier: twelve scores in half-points (0–6 stands for 0–3). */
export interface MarkerRow {
  dossier: Dossier;
  committee: Day;
  halfScores: number[];
  anomaly?: Anomaly;
}

/** Dossiers and payments a scheme generator produces. */
export interface Generated {
  dossiers: Dossier[];
  payments: Payment[];
}

/** Everything one block of the sample holds (≈ 200 dossiers). */
export interface Block {
  dossiers: Dossier[];
  payments: Payment[];
  ideas: Idea[];
  markers: MarkerRow[];
}
