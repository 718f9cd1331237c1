import { describe, expect, it } from "vitest";
import { ConfigError } from "../../loaders/config/config-error.js";
import { dataDirFromEnv } from "../../loaders/config/data-dir.js";
import { duckdbSettingsFromEnv } from "../../loaders/config/duckdb-settings.js";
import { limitsFromEnv } from "../../loaders/config/limits.js";

/** The message of the configuration error `read` throws. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("settings from the environment", () => {
  it("refuse a wrong value in one French line naming the variable, for text that is not a number too", () => {
    expect(refusal(() => dataDirFromEnv({ INSPIR_DATA: " " }))).toBe("INSPIR_DATA est vide");
    expect(refusal(() => duckdbSettingsFromEnv({ INSPIR_DUCKDB_THREADS: "deux" }))).toBe("INSPIR_DUCKDB_THREADS doit être un nombre entier positif");
    expect(refusal(() => duckdbSettingsFromEnv({ INSPIR_DUCKDB_THREADS: "1.5" }))).toBe("INSPIR_DUCKDB_THREADS doit être un nombre entier positif");
    expect(refusal(() => limitsFromEnv({ INSPIR_MAX_FILE_MB: "beaucoup" }))).toBe("INSPIR_MAX_FILE_MB doit être un nombre positif de mégaoctets");
    expect(refusal(() => limitsFromEnv({ INSPIR_MAX_COLUMNS: "-3" }))).toBe("INSPIR_MAX_COLUMNS doit être un nombre entier positif");
    expect(refusal(() => limitsFromEnv({ INSPIR_MAX_LINE_CHARS: "x" }))).toBe("INSPIR_MAX_LINE_CHARS doit être un nombre entier positif");
  });
});
