export * from "./amount.js";
export * from "./cell.js";
export * from "./date.js";
export * from "./enum-matcher.js";
export * from "./insee-code.js";
export * from "./normalize-key.js";
export * from "./siret.js";
export * from "./yes-no.js";
