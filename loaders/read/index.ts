export * from "./csv.js";
export * from "./decode.js";
export * from "./locate-export-folders.js";
export * from "./locate-exports.js";
export * from "./raw-table.js";
export * from "./stage-export.js";
export * from "./xlsx.js";
