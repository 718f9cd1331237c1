import { z } from "zod";
import { ConfigError } from "./config-error.js";

/** Bounds on what one export may be, so that a malformed file is refused instead of exhausting memory. */
export interface Limits {
  /** Largest export file read (bytes). */
  maxFileBytes: number;
  /** Most columns a header or a row may have. */
  maxColumns: number;
  /** Longest physical line of a CSV, or text cell of an XLSX (characters). */
  maxLineChars: number;
}

/** A positive number read from a variable; the one French message covers text that is not a number too. */
const positive = (message: string) => z.coerce.number({ error: message }).positive(message);

const environment = z.object({
  INSPIR_MAX_FILE_MB: positive("INSPIR_MAX_FILE_MB doit être un nombre positif de mégaoctets").default(1024),
  INSPIR_MAX_COLUMNS: positive("INSPIR_MAX_COLUMNS doit être un nombre entier positif").int("INSPIR_MAX_COLUMNS doit être un nombre entier positif").default(500),
  INSPIR_MAX_LINE_CHARS: positive("INSPIR_MAX_LINE_CHARS doit être un nombre entier positif").int("INSPIR_MAX_LINE_CHARS doit être un nombre entier positif").default(1_000_000)
});

/** The limits in force: INSPIR_MAX_FILE_MB (default 1 024), INSPIR_MAX_COLUMNS (500), INSPIR_MAX_LINE_CHARS (1 000 000). */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? "limites invalides");
  return {
    maxFileBytes: Math.round(parsed.data.INSPIR_MAX_FILE_MB * 1024 * 1024),
    maxColumns: parsed.data.INSPIR_MAX_COLUMNS,
    maxLineChars: parsed.data.INSPIR_MAX_LINE_CHARS
  };
}
