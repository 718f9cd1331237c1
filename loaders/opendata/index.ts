export * from "./attribuant-config.js";
export * from "./decision-reference.js";
export * from "./grant-object.js";
export * from "./opendata-export.js";
export * from "./payment-terms.js";
export * from "./published-grants.js";
export * from "./scdl-csv.js";
export * from "./scdl-subventions-schema.js";
