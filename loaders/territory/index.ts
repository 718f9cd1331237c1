export * from "./reference.js";
export * from "./versant.js";
