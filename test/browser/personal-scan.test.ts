import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { findPersonal, scanForPersonal } from "./personal-scan.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const matches = async (file: string, text: string) => (await findPersonal(file, bytes(text), "persozqx")).map((f) => `${f.kind}:${f.match}`);

describe("findPersonal", () => {
  it("finds markers in any case and file, with what surrounds them", async () => {
    expect(await matches("a.json", '{"c":"PersoZQX-contact-0001"}')).toEqual(["marker:PersoZQX-contact-0001"]);
    expect(await matches("font.woff2", "\u0000persozqx-porteur-0002\u0000")).toEqual(["marker:persozqx-porteur-0002"]);
  });

  it("finds e-mail addresses and French phone numbers written in the usual ways", async () => {
    expect(await matches("index.html", "<p>jeanne.martin@example.org · 03 53 01 94 63 · 03.53.01.94.63 · 0612345678 · +33 6 12 34 56 78</p>")).toEqual([
      "email:jeanne.martin@example.org",
      "phone:03 53 01 94 63",
      "phone:03.53.01.94.63",
      "phone:0612345678",
      "phone:+33 6 12 34 56 78",
    ]);
  });

  it("does not take SIRETs, amounts, decimals or path coordinates for phone numbers", async () => {
    expect(await matches("data.json", '{"siret":"70142430100078","amount":0.0612345678,"d":"M10,0612345678L3","n":10612345678}')).toEqual([]);
  });

  it("opens ZIP archives", async () => {
    const zip = new JSZip();
    zip.file("overview.json", '{"x":"persozqx-email-0003@example.org"}');
    const found = await findPersonal("data/site.zip", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "persozqx");
    expect(found.map((f) => [f.file, f.kind])).toEqual([
      ["data/site.zip/overview.json", "marker"],
      ["data/site.zip/overview.json", "email"],
    ]);
  });
});

describe("scanForPersonal", () => {
  it("scans every file of a folder, with its path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "personal-scan-"));
    mkdirSync(join(dir, "_file"));
    writeFileSync(join(dir, "index.html"), "<p>Bonjour</p>");
    writeFileSync(join(dir, "_file", "data.json"), '{"porteur":"persozqx-porteur-0009"}');
    expect(await scanForPersonal(dir, "persozqx")).toEqual([{ file: join("_file", "data.json"), kind: "marker", match: "persozqx-porteur-0009" }]);
  });
});
