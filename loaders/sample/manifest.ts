import type { Anomaly } from "./records.js";

/** Where a planted fault sits in the generated files (line 1 is the header). */
export interface ManifestEntry {
  file: "dossiers.csv" | "paiements.csv" | "suivi.xlsx" | "marqueurs.csv";
  line: number;
  identifier: string;
  kind: Anomaly["kind"];
  code: string;
  description: string;
}

/** A manifest entry for a row that carries an anomaly. */
export function manifestEntry(file: ManifestEntry["file"], line: number, identifier: string, anomaly: Anomaly): ManifestEntry {
  return { file, line, identifier, kind: anomaly.kind, code: anomaly.code, description: anomaly.describe() };
}

/** The Markdown table of the planted faults (the README embeds it; a test checks it is current). */
export function manifestTable(entries: readonly ManifestEntry[]): string {
  const rows = entries.map((e) => `| ${e.kind === "rejected" ? "rejected" : "alert"} | \`${e.file}\` | ${e.line} | ${e.identifier} | \`${e.code}\` | ${e.description.replace(/\|/g, "\\|")} |`);
  return ["| kind | file | line | N° | code | what |", "|---|---|---|---|---|---|", ...rows].join("\n");
}
