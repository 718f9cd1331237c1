import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { limitsFromEnv } from "../../loaders/config/limits.js";
import { withConnection } from "../../loaders/db/with-connection.js";
import { loadExports } from "../../loaders/load/load-exports.js";
import { stageCsv } from "../../loaders/read/csv.js";
import { readXlsx } from "../../loaders/read/xlsx.js";
import { csv, dossier, exportsFolder } from "../helpers/exports-folder.js";

const limits = { maxFileBytes: 1_000_000, maxColumns: 5, maxLineChars: 40 };

describe("limits", () => {
  it("reads its defaults and overrides from the environment, refusing bad values", () => {
    expect(limitsFromEnv({})).toEqual({ maxFileBytes: 1024 * 1024 * 1024, maxColumns: 500, maxLineChars: 1_000_000 });
    expect(limitsFromEnv({ INSPIR_MAX_FILE_MB: "2", INSPIR_MAX_COLUMNS: "80", INSPIR_MAX_LINE_CHARS: "5000" })).toEqual({ maxFileBytes: 2 * 1024 * 1024, maxColumns: 80, maxLineChars: 5000 });
    expect(() => limitsFromEnv({ INSPIR_MAX_COLUMNS: "-3" })).toThrow(/INSPIR_MAX_COLUMNS/);
  });

  it("refuses a CSV line longer than the limit, naming file and line", () => {
    expect(() => stageCsv(`a;b\n1;${"x".repeat(60)}\n`, "dossiers.csv", ";", limits)).toThrow(/^dossiers\.csv : refusé : la ligne 2 dépasse 40 caractères/);
  });

  it("refuses a CSV row with more columns than the limit", () => {
    expect(() => [...stageCsv("a;b\n1;2;3;4;5;6\n", "paiements.csv", ";", limits).chunks]).toThrow(/^paiements\.csv : refusé : la ligne 2 a plus de 5 colonnes/);
  });

  it("refuses an XLSX row with too many columns or an overlong cell", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("x");
    sheet.addRow(["a", "b"]);
    sheet.addRow(["1", "y".repeat(50)]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readXlsx(bytes, "suivi.xlsx", limits)).rejects.toThrow(/^suivi\.xlsx : refusé : une cellule de la ligne 2 dépasse 40 caractères/);
    sheet.addRow([1, 2, 3, 4, 5, 6]);
    await expect(readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "suivi.xlsx", { ...limits, maxLineChars: 100 })).rejects.toThrow(/la ligne 3 a plus de 5 colonnes/);
  });

  it("refuses a file larger than the limit before reading it", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "paiements.csv": "x".repeat(2000), "suivi.csv": "N° idée;N° dossier événement;Étape\n" });
    await expect(withConnection(":memory:", (c) => loadExports(c, dir, { limits: { maxFileBytes: 1024, maxColumns: 500, maxLineChars: 10_000 } }))).rejects.toThrow(/^paiements\.csv : refusé : .* au-delà de la limite/);
  });
});
