import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ATTRIBUANT_CONFIG, attribuantConfigPath, readAttribuantConfig } from "../../loaders/opendata/attribuant-config.js";

async function configFile(content: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "attribuant-")), "attribuant.json");
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("the attributing body's configuration", () => {
  it("is committed with the Région's name and a SIRET that passes the schema's pattern and the Luhn key", async () => {
    expect(await readAttribuantConfig(DEFAULT_ATTRIBUANT_CONFIG)).toEqual({ nomAttribuant: "Région Hauts-de-France", idAttribuant: "20005374200017" });
  });

  it("accepts dispositifAide identifiers for known dispositifs", async () => {
    const path = await configFile({ nomAttribuant: "Région", idAttribuant: "20005374200017", dispositifAide: { "Tiers-lieux du numérique": "abc" } });
    expect((await readAttribuantConfig(path)).dispositifAide).toEqual({ "Tiers-lieux du numérique": "abc" });
  });

  it("refuses a SIRET of the wrong length or with a wrong key, an empty name, an unknown key or dispositif, naming the file", async () => {
    const cases: [unknown, RegExp][] = [
      [{ nomAttribuant: "Région", idAttribuant: "2000537420001" }, /14 chiffres/],
      [{ nomAttribuant: "Région", idAttribuant: "20005374200018" }, /clé de contrôle/],
      [{ nomAttribuant: " ", idAttribuant: "20005374200017" }, /nom de l'attribuant vide/],
      [{ nomAttribuant: "Région", idAttribuant: "20005374200017", siret: "x" }, /invalide/],
      [{ nomAttribuant: "Région", idAttribuant: "20005374200017", dispositifAide: { Autre: "x" } }, /dispositifAide/],
      ["{ not json", /JSON invalide/]
    ];
    for (const [content, message] of cases) {
      const path = await configFile(content);
      await expect(readAttribuantConfig(path)).rejects.toThrow(message);
      await expect(readAttribuantConfig(path)).rejects.toThrow(path);
    }
    await expect(readAttribuantConfig("/nonexistent/attribuant.json")).rejects.toThrow(/illisible \(ENOENT\)/);
  });

  it("is the committed file unless --config or INSPIR_ATTRIBUANT_CONFIG names another (--config first)", () => {
    expect(attribuantConfigPath(undefined, {})).toBe(DEFAULT_ATTRIBUANT_CONFIG);
    expect(attribuantConfigPath(undefined, { INSPIR_ATTRIBUANT_CONFIG: "env.json" }, "/srv/inspir")).toBe("/srv/inspir/env.json");
    expect(attribuantConfigPath("cli.json", { INSPIR_ATTRIBUANT_CONFIG: "env.json" }, "/srv/inspir")).toBe("/srv/inspir/cli.json");
    expect(attribuantConfigPath(undefined, { INSPIR_ATTRIBUANT_CONFIG: " " })).toBe(DEFAULT_ATTRIBUANT_CONFIG);
  });
});
