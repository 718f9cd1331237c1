import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvCells, headerKey, markCsv, markXlsx, markedSample, marker } from "./marked-sample.js";

describe("headerKey and marker", () => {
  it("match headers as the loaders do", () => {
    expect(headerKey(" E-mail ")).toBe("e mail");
    expect(headerKey("Porteur")).toBe("porteur");
  });

  it("numbers markers and gives the e-mail column an address", () => {
    expect(marker("contact", 7)).toBe("persozqx-contact-0007");
    expect(marker("email", 12)).toBe("persozqx-email-0012@example.org");
  });
});

describe("csvCells", () => {
  it("finds cells across quotes, escaped quotes, quoted separators and line breaks", () => {
    const text = 'a;"b;""c""\nd";e\r\nf;g;h\n';
    expect(csvCells(text, ";").map((c) => [c.row, c.column, text.slice(c.start, c.end)])).toEqual([
      [0, 0, "a"],
      [0, 1, '"b;""c""\nd"'],
      [0, 2, "e"],
      [1, 0, "f"],
      [1, 1, "g"],
      [1, 2, "h"],
    ]);
  });
});

describe("markCsv", () => {
  it("replaces every data cell of the Contact column, quoted or empty, and leaves the rest byte for byte", () => {
    const markers: string[] = [];
    const text = 'N° dossier;Contact;Statut\r\nEX1;"a@b.fr";"Voté"\r\nEX2;;Déposé\r\nEX3;03 53 01 94 63;"x;y"\r\n';
    expect(markCsv(text, markers)).toBe(
      'N° dossier;Contact;Statut\r\nEX1;persozqx-contact-0001;"Voté"\r\nEX2;persozqx-contact-0002;Déposé\r\nEX3;persozqx-contact-0003;"x;y"\r\n',
    );
    expect(markers).toEqual(["persozqx-contact-0001", "persozqx-contact-0002", "persozqx-contact-0003"]);
  });

  it("handles a comma-separated file with Porteur and E-mail columns", () => {
    const markers: string[] = [];
    expect(markCsv("N° idée,Porteur,E-mail\n1,Jeanne Martin,j@m.fr\n", markers)).toBe("N° idée,Porteur,E-mail\n1,persozqx-porteur-0001,persozqx-email-0002@example.org\n");
  });
});

describe("markXlsx and markedSample", () => {
  it("replaces Porteur and Email in the first worksheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Suivi");
    sheet.addRow(["N° idée", "Porteur", "Email", "Étape"]);
    sheet.addRow([1, "Julien Dufour", "julien.dufour@example.org", "Mûrie"]);
    const markers: string[] = [];
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load((await markXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), markers)) as unknown as ArrayBuffer);
    expect(marked.worksheets[0]?.getRow(2).values).toEqual([undefined, 1, "persozqx-porteur-0001", "persozqx-email-0002@example.org", "Mûrie"]);
  });

  it("copies a folder and keeps each CSV's encoding (Windows-1252 stays Windows-1252, a BOM stays)", async () => {
    const source = mkdtempSync(join(tmpdir(), "marked-source-"));
    writeFileSync(join(source, "dossiers.csv"), iconv.encode("N° dossier;Intitulé;Contact\r\nEX1;Café;x@y.fr\r\n", "windows-1252"));
    writeFileSync(join(source, "enveloppes.csv"), "\ufeffProgramme;Montant\nINS'pir;1\n");
    const { dir, markers } = await markedSample(source);
    expect(iconv.decode(readFileSync(join(dir, "dossiers.csv")), "windows-1252")).toBe("N° dossier;Intitulé;Contact\r\nEX1;Café;persozqx-contact-0001\r\n");
    expect(readFileSync(join(dir, "enveloppes.csv"))).toEqual(readFileSync(join(source, "enveloppes.csv")));
    expect(markers).toEqual(["persozqx-contact-0001"]);
  });
});
