// arquero's table entry point, imported on its own by the site (see explorer-table.ts): its types are the package's.
declare module "arquero/src/table/index.js" {
  export { from, table } from "arquero";
}
