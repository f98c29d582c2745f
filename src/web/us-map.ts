// The base map of the widget: every state's outline as an SVG path, drawn once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import { type UsState, usStates } from '../domain/vocabularies.js';
import { strongEtag } from '../services/preconditions.js';
import { type MapInset, project } from './map-projection.js';

const WIDTH = 960;
const HEIGHT = 600;

/**
 * The panels: the lower 48 and DC fill the map; Alaska, Hawaii and the islands sit in the open sea
 * at its bottom, as U.S. maps usually draw them. `box` is where each panel's shapes are fitted.
 */
const PANELS: (Omit<MapInset, 'scale' | 'x' | 'y'> & { box: [number, number, number, number] })[] = [
  { lon0: -96, lat0: 38, parallels: [29.5, 45.5], box: [10, 10, 950, 590] },
  { states: ['AK'], lon0: -154, lat0: 58, parallels: [55, 65], box: [10, 430, 210, 590] },
  { states: ['HI'], lon0: -157, lat0: 20, parallels: [8, 18], box: [220, 500, 330, 590] },
  { states: ['PR', 'VI'], lon0: -66, lat0: 18, parallels: [17, 19], box: [800, 545, 950, 590] },
  { states: ['GU', 'MP'], lon0: 145, lat0: 16, parallels: [13, 19], box: [905, 400, 950, 480] },
  { states: ['AS'], lon0: -170, lat0: -14, parallels: [-15, -13], box: [905, 490, 950, 530] },
];

/** Census names that differ from the vocabulary's. */
const NAME_ALIASES: Record<string, UsState> = {
  'United States Virgin Islands': 'VI',
  'Commonwealth of the Northern Mariana Islands': 'MP',
};
const CODE_BY_NAME = new Map<string, UsState>([
  ...Object.entries(usStates).map(([code, name]) => [name, code as UsState] as const),
  ...Object.entries(NAME_ALIASES),
]);

export const usMapSchema = z
  .object({
    width: z.int().meta({ example: WIDTH }),
    height: z.int().meta({ example: HEIGHT }),
    insets: z
      .array(
        z.object({
          states: z.array(z.string()).optional(),
          lon0: z.number(),
          lat0: z.number(),
          parallels: z.array(z.number()).length(2).meta({ description: 'The two standard parallels, degrees' }),
          scale: z.number(),
          x: z.number(),
          y: z.number(),
        }),
      )
      .meta({
        description:
          'The panels of the map: conic equal-area (Albers) projections, each fitted into its place. A panel with `states` draws those states; the one without draws every other.',
      }),
    states: z.array(
      z.object({
        code: z.string().meta({ example: 'TX' }),
        name: z.string().meta({ example: 'Texas' }),
        path: z.string().meta({ description: 'SVG path data in map units', example: 'M452.1,512.3L455.0,509.8Z' }),
      }),
    ),
    attribution: z.string(),
  })
  .meta({ id: 'UsMap' });

export type UsMap = z.output<typeof usMapSchema>;

type Rings = Position[][];

function ringsOf(geometry: Geometry | null): Rings {
  if (geometry?.type === 'Polygon') return (geometry as Polygon).coordinates;
  if (geometry?.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates.flat();
  return [];
}

/** Fits a panel's projection so that its states fill its box, centred. */
function fitPanel(panel: (typeof PANELS)[number], rings: Rings): MapInset {
  const { box, ...projection } = panel;
  const unit: MapInset = { ...projection, scale: 1, x: 0, y: 0 };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      const [x, y] = project(unit, lon, lat);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  const scale = Math.min((box[2] - box[0]) / (x1 - x0), (box[3] - box[1]) / (y1 - y0));
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    ...projection,
    scale: round(scale),
    x: round((box[0] + box[2]) / 2 - (scale * (x0 + x1)) / 2),
    y: round((box[1] + box[3]) / 2 - (scale * (y0 + y1)) / 2),
  };
}

/** SVG path data, one decimal, leaving out points closer than 0.7 map units to the last one kept (a hair at full size). */
function pathOf(inset: MapInset, rings: Rings): string {
  let path = '';
  for (const ring of rings) {
    const kept: [number, number][] = [];
    for (const [lon = 0, lat = 0] of ring) {
      const [x, y] = project(inset, lon, lat);
      const last = kept[kept.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= 0.7) kept.push([x, y]);
    }
    if (kept.length < 3) continue;
    path += `M${kept.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
  }
  return path;
}

function buildUsMap(): UsMap {
  const file = createRequire(import.meta.url).resolve('us-atlas/states-10m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.states).features.flatMap((state) => {
    const code = CODE_BY_NAME.get(state.properties.name);
    return code ? [{ code, name: usStates[code], rings: ringsOf(state.geometry) }] : [];
  });
  const panelOf = (code: string) => PANELS.find((panel) => panel.states?.includes(code)) ?? PANELS[0];
  const insets = PANELS.map((panel) =>
    fitPanel(
      panel,
      shapes.filter((shape) => panelOf(shape.code) === panel).flatMap((shape) => shape.rings),
    ),
  );
  return {
    width: WIDTH,
    height: HEIGHT,
    insets,
    states: shapes
      .map(({ code, name, rings }) => ({
        code,
        name,
        path: pathOf(insets[PANELS.indexOf(panelOf(code) as (typeof PANELS)[number])] as MapInset, rings),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    attribution: 'State outlines: U.S. Census Bureau cartographic boundary files (public domain), via us-atlas',
  };
}

let built: { map: UsMap; json: Buffer; etag: string } | undefined;

/** The map, its JSON text and ETag, built on first use and kept: the shapes only change with a deployment. */
export function usMap(): { map: UsMap; json: Buffer; etag: string } {
  if (!built) {
    const map = buildUsMap();
    const json = JSON.stringify(map);
    built = { map, json: Buffer.from(json), etag: strongEtag(json) };
  }
  return built;
}
