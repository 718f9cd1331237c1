export * from "./check-export.js";
export * from "./check-rows.js";
export * from "./load-exports.js";
export * from "./references.js";
export * from "./report.js";
