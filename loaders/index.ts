export * from "./alerts/caps.js";
export * from "./alerts/rules.js";
export * from "./config/data-dir.js";
export * from "./indicators/document.js";
export * from "./load/load-exports.js";
export * from "./load-error.js";
export * from "./pipeline.js";
export * from "./site/index.js";
