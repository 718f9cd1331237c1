/**
 * A text cell made harmless for spreadsheets (CSV/formula injection, OWASP): a text starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is prefixed with `'`, so that Excel or LibreOffice shows it instead of
 * evaluating it. Numbers are never passed here: a numeric cell is a value, not a formula, and stays a number.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
