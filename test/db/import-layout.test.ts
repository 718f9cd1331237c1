import { describe, expect, it } from "vitest";
import { appendedTables, pipelineTables } from "../helpers/database-tables.js";
import { dossier, exportsOf, idee } from "../helpers/exports-folder.js";

// importLayoutCsv fills the tables from one CSV per export: derived columns by SQL, personal values moved apart.
describe("importLayoutCsv", () => {
  it("derives the INS'pir flag, the commune's columns and the stage rank, and moves each personal value present to personal_data", async () => {
    const dir = await exportsOf({
      dossiers: [
        dossier({ "N° dossier": "D1", Contact: "Alice Martin" }),
        dossier({ "N° dossier": "D2", Dispositif: "AMI Innovation sociale", "Code commune": "80021", Contact: "" }),
        dossier({ "N° dossier": "D3", Contact: "bob@example.org" })
      ],
      suivi: [
        idee({ "N° idée": "I1", Étape: "Accompagnée", Porteur: "Chloé", Email: "chloe@example.org" }),
        idee({ "N° idée": "I2", Email: "dan@example.org" }),
        idee({ "N° idée": "I3", "N° dossier événement": "D9", Porteur: "Éric" }),
        idee({ "N° idée": "I4", Étape: "Activité créée" })
      ]
    });
    for (const threads of [false, true]) {
      const tables = await pipelineTables(dir, { threads });
      expect(tables.dossiers.map((d) => pick(d, ["id", "inspir", "commune_code", "commune_name", "departement", "versant"]))).toEqual([
        { id: "D1", inspir: true, commune_code: "59350", commune_name: "Lille", departement: "59", versant: "Nord-Pas-de-Calais" },
        { id: "D2", inspir: false, commune_code: "80021", commune_name: "Amiens", departement: "80", versant: "Picardie" },
        { id: "D3", inspir: true, commune_code: "59350", commune_name: "Lille", departement: "59", versant: "Nord-Pas-de-Calais" }
      ]);
      // I3 refers to a dossier absent from dossiers.csv: its row and its personal value are left out.
      expect(tables.idees.map((i) => pick(i, ["id", "etape", "etape_rank"]))).toEqual([
        { id: "I1", etape: "Accompagnée", etape_rank: 3 },
        { id: "I2", etape: "Émergée", etape_rank: 1 },
        { id: "I4", etape: "Activité créée", etape_rank: 6 }
      ]);
      expect(tables.personal_data).toEqual([
        { file: "dossiers.csv", line: 2, record_id: "D1", column_name: "Contact", value: "Alice Martin" },
        { file: "dossiers.csv", line: 4, record_id: "D3", column_name: "Contact", value: "bob@example.org" },
        { file: "suivi.csv", line: 2, record_id: "I1", column_name: "Porteur", value: "Chloé" },
        { file: "suivi.csv", line: 2, record_id: "I1", column_name: "Email", value: "chloe@example.org" },
        { file: "suivi.csv", line: 3, record_id: "I2", column_name: "Email", value: "dan@example.org" }
      ]);
      expect(tables).toEqual(await appendedTables(dir));
    }
  }, 60_000);
});

function pick(row: unknown, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));
}
