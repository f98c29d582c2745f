// The results on a map: a dot per program with coordinates, over the service's state outlines
// (GET /widget/us-map.json) or, when the page names a tile server, over its Web Mercator tiles.
import { insetFor, type MapInset, project } from '../map-projection.js';
import { h, safeUrl, svg } from './dom.js';
import type { Translator } from './i18n.js';
import type { MapProgram } from './search.js';
import type { UsMap } from './types.js';

type Point = [number, number];
/** A program with a place on the map. */
type Located = MapProgram & { institution: { location: { lat: number; lon: number } } };

const TILE = 256;
const TILE_SIZE = { width: 960, height: 600 };

/** Web Mercator: world pixels at zoom z. */
function mercator(lon: number, lat: number, z: number): Point {
  const size = TILE * 2 ** z;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** A tile URL from a template with {z}, {x}, {y} (and {s}, a subdomain), relative to the page; '' unless http(s). */
function tileUrl(template: string, z: number, x: number, y: number) {
  const url = template
    .replace('{z}', String(z))
    .replace('{x}', String(x))
    .replace('{y}', String(y))
    .replace('{s}', 'a')
    .replace('{r}', '');
  return safeUrl(url, location.href);
}

/** The part of a width × height map that shows `points` with a margin: [x, y, w, h]. */
function frame(points: Point[], width: number, height: number): [number, number, number, number] {
  if (!points.length) return [0, 0, width, height];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const margin = 30;
  let [x0, x1, y0, y1] = [
    Math.min(...xs) - margin,
    Math.max(...xs) + margin,
    Math.min(...ys) - margin,
    Math.max(...ys) + margin,
  ];
  // Keep the map's proportions, and never zoom closer than a fifth of the whole.
  const w = Math.min(width, Math.max(x1 - x0, ((y1 - y0) * width) / height, width / 5));
  const hgt = (w * height) / width;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = Math.max(0, Math.min(width - w, cx - w / 2));
  y0 = Math.max(0, Math.min(height - hgt, cy - hgt / 2));
  x1 = x0 + w;
  y1 = y0 + hgt;
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * Programs of one campus share its coordinates: their dots go round that point in a ring, so
 * that each can be seen and chosen.
 */
function spread(dots: Point[], r: number): Point[] {
  const groups = new Map<string, number[]>();
  for (const [i, [x, y]] of dots.entries()) {
    const key = `${Math.round(x / r)},${Math.round(y / r)}`;
    groups.set(key, [...(groups.get(key) || []), i]);
  }
  const placed = [...dots];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ring = (r * 1.1) / Math.sin(Math.PI / members.length);
    const [cx, cy] = dots[members[0] ?? 0] ?? [0, 0];
    for (const [k, i] of members.entries()) {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      placed[i] = [cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)];
    }
  }
  return placed;
}

/** Tiles covering the results at the closest zoom that shows them all; returns the layer and the dots' positions. */
function tileLayer(located: Located[], template: string) {
  const { width, height } = TILE_SIZE;
  const at = (zoom: number) =>
    located.map((p) => mercator(p.institution.location.lon, p.institution.location.lat, zoom));
  const fits = (points: Point[]) =>
    Math.max(...points.map((p) => p[0])) - Math.min(...points.map((p) => p[0])) < width - 80 &&
    Math.max(...points.map((p) => p[1])) - Math.min(...points.map((p) => p[1])) < height - 80;
  let z = located.length ? 10 : 3;
  while (z > 2 && located.length && !fits(at(z))) z -= 1;
  const pixels = at(z);
  const [cx, cy] = pixels.length
    ? [
        (Math.min(...pixels.map((p) => p[0])) + Math.max(...pixels.map((p) => p[0]))) / 2,
        (Math.min(...pixels.map((p) => p[1])) + Math.max(...pixels.map((p) => p[1]))) / 2,
      ]
    : mercator(-98, 39, z);
  const [ox, oy] = [cx - width / 2, cy - height / 2];
  const images: SVGImageElement[] = [];
  const last = 2 ** z - 1;
  for (let ty = Math.max(0, Math.floor(oy / TILE)); ty <= Math.min(last, Math.floor((oy + height) / TILE)); ty += 1) {
    for (let tx = Math.floor(ox / TILE); tx <= Math.floor((ox + width) / TILE); tx += 1) {
      const href = tileUrl(template, z, ((tx % (last + 1)) + last + 1) % (last + 1), ty);
      if (href) images.push(svg('image', { href, x: tx * TILE - ox, y: ty * TILE - oy, width: TILE, height: TILE }));
    }
  }
  return {
    layer: svg('g', { class: 'tiles', 'aria-hidden': 'true' }, images),
    dots: pixels.map(([x, y]): Point => [x - ox, y - oy]),
  };
}

/**
 * Renders the map of `programs` into `box`. `shapes`: the answer of GET /widget/us-map.json (null
 * when tiles are used or it failed). `onPick(program)` shows a program's card.
 */
export function renderMap(
  box: HTMLElement,
  {
    tr,
    programs,
    total,
    shapes,
    tiles,
    attribution,
    picked,
    onPick,
  }: {
    tr: Translator;
    programs: MapProgram[];
    total: number;
    shapes: UsMap | null;
    tiles: string;
    attribution: string;
    picked: string | null;
    onPick: (program: MapProgram) => void;
  },
) {
  const located = programs.filter((p): p is Located => Boolean(p.institution?.location));
  let width = TILE_SIZE.width;
  let height = TILE_SIZE.height;
  let base: SVGGElement;
  let dots: Point[] = [];
  let view: [number, number, number, number];
  if (tiles) {
    const layer = tileLayer(located, tiles);
    base = layer.layer;
    dots = layer.dots;
    view = [0, 0, width, height];
  } else if (shapes) {
    width = shapes.width;
    height = shapes.height;
    base = svg(
      'g',
      { class: 'land', 'aria-hidden': 'true' },
      shapes.states.map((state) => svg('path', { d: state.path, 'data-state': state.code })),
    );
    // The document types the two standard parallels as a list; the projection needs the pair.
    const insets: MapInset[] = shapes.insets.map((inset) => ({
      ...inset,
      parallels: [inset.parallels[0] ?? 0, inset.parallels[1] ?? 0],
    }));
    dots = located.map((p) => {
      const inset = insetFor(insets, p.institution.state);
      return inset ? project(inset, p.institution.location.lon, p.institution.location.lat) : ([NaN, NaN] as Point);
    });
    view = frame(dots, width, height);
  } else {
    box.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr.t('mapFailed')));
    return;
  }

  // Dots keep about the same size on screen however far the map is zoomed and however wide it is shown.
  const shown = Math.max(280, box.clientWidth || width);
  const r = Math.max(1.5, (6 * view[2]) / shown);
  dots = spread(dots, r);
  const map = svg(
    'svg',
    {
      viewBox: view.map((n) => n.toFixed(1)).join(' '),
      role: 'group',
      'aria-label': tr.t('mapOf', { n: tr.number(located.length) }),
    },
    base,
    svg(
      'g',
      { class: 'dots' },
      located.map((p, i) => {
        const [x, y] = dots[i] ?? [Number.NaN, Number.NaN];
        const name = `${p.name}, ${p.institution.name}, ${p.institution.city}, ${p.institution.state}`;
        const pick = () => onPick(p);
        return svg(
          'circle',
          {
            class: p.id === picked ? 'dot on' : 'dot',
            cx: x.toFixed(1),
            cy: y.toFixed(1),
            r: r.toFixed(2),
            'stroke-width': (r / 3).toFixed(2),
            tabindex: '0',
            role: 'button',
            'aria-label': name,
            'aria-pressed': String(p.id === picked),
            'data-id': p.id,
            'data-state': p.institution.state,
            onclick: pick,
            onkeydown: (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                pick();
              }
            },
          },
          svg('title', null, name),
        );
      }),
    ),
  );
  const missing = programs.length - located.length;
  box.replaceChildren(
    map,
    h(
      'p',
      { class: 'caption' },
      tr.t('onMap', { n: tr.number(located.length), total: tr.number(total) }),
      missing ? ` · ${tr.t('noLocation', { n: tr.number(missing) })}` : '',
      '. ',
      tr.t('pickDot'),
    ),
    h('p', { class: 'credit' }, tiles ? attribution : shapes?.attribution),
  );
}
