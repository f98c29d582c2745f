/**
 * The map's projection, in one place for both sides: the service draws the state outlines with it
 * (src/web/us-map.ts) and the widget places each program's dot with it, so a dot always falls
 * inside the outline of its state. Plain arithmetic, no DOM and no Node: the widget bundles it.
 */

/** One panel of the map: a conic equal-area (Albers) projection scaled and moved into place. */
export interface MapInset {
  /** USPS codes drawn in this panel (Alaska, Hawaii, the islands); absent on the panel for every other state. */
  states?: string[];
  /** Central meridian and latitude of origin, degrees. */
  lon0: number;
  lat0: number;
  /** The two standard parallels, degrees. */
  parallels: [number, number];
  /** Map units per radian, and where the origin lands on the map. */
  scale: number;
  x: number;
  y: number;
}

const RAD = Math.PI / 180;

/** Map coordinates ([x, y], y downwards) of a longitude and latitude in degrees. */
export function project(inset: MapInset, lon: number, lat: number): [number, number] {
  const sin1 = Math.sin(inset.parallels[0] * RAD);
  const n = (sin1 + Math.sin(inset.parallels[1] * RAD)) / 2;
  const c = 1 - sin1 * sin1 + 2 * n * sin1;
  const rho = (phi: number) => Math.sqrt(Math.max(0, c - 2 * n * Math.sin(phi * RAD))) / n;
  // Longitudes east of the antimeridian (Alaska's western Aleutians) stay beside their neighbours.
  const theta = n * ((((lon - inset.lon0 + 540) % 360) - 180) * RAD);
  const r = rho(lat);
  return [inset.x + inset.scale * r * Math.sin(theta), inset.y - inset.scale * (rho(inset.lat0) - r * Math.cos(theta))];
}

/** The panel a state is drawn in. */
export function insetFor(insets: readonly MapInset[], state: string): MapInset | undefined {
  return insets.find((inset) => inset.states?.includes(state)) ?? insets.find((inset) => !inset.states);
}
