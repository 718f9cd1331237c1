// htl 0.3.1 ships no types: the part of its API that the map uses (declared as a function, so that another
// declaration of the same module elsewhere merges with this one as an overload).
declare module "htl" {
  /** Parses an SVG template literal into elements (a single root element when the template has one). */
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
