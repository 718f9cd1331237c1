export * from "./csv.js";
export * from "./decode.js";
export * from "./locate-exports.js";
export * from "./raw-table.js";
export * from "./read-table.js";
export * from "./xlsx.js";
