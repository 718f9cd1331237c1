import { ConfigError } from "../config/config-error.js";

/** The variable that selects the edition a build makes: `public` for the site an official may publish. */
export const EDITION_VARIABLE = "INSPIR_EDITION";

/** `full`: the Mission's own site (alerts, rejected rows, quality page); `public`: the aggregates, reviews and open data. */
export type Edition = "full" | "public";

/** Where each edition is written, relative to the repository. */
export const EDITION_OUTPUT: Record<Edition, string> = { full: "dist", public: "dist-public" };

/** Pages of the full edition that the public one leaves out, by path. */
export const PUBLIC_EXCLUDED_PAGES: readonly string[] = ["/qualite", "/evolutions", "/dossiers"];

/** The edition the environment asks for (default `full`). */
export function editionFromEnv(env: NodeJS.ProcessEnv = process.env): Edition {
  const value = env[EDITION_VARIABLE]?.trim() ?? "";
  if (value === "" || value === "full") return "full";
  if (value === "public") return "public";
  throw new ConfigError(`${EDITION_VARIABLE} doit valoir « full » ou « public » (reçu « ${value} »)`);
}
