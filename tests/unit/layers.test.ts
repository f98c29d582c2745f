import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

/**
 * The folders of src/ are layers, and a request flows down them: routes → services → queries → db.
 * A folder imports only from the layers below it (and from itself), so no lower layer reaches up and
 * the folders form no cycle.
 */
const below: Record<string, readonly string[]> = {
  domain: [],
  db: ['domain'],
  schemas: ['domain', 'db'],
  queries: ['domain', 'db', 'schemas'],
  services: ['domain', 'db', 'schemas', 'queries'],
  plugins: ['domain', 'db', 'schemas', 'services'],
  web: ['domain', 'schemas', 'services'],
  routes: ['domain', 'db', 'schemas', 'services', 'web'],
  cli: ['domain', 'db', 'schemas', 'services'],
};

const src = join(projectRoot, 'src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

/** The top folder of src/ each relative import of a file reaches. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const layers = new Set<string>();
  for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = relative(src, join(file, '..', match[1] as string));
    const [top] = target.split(sep);
    if (top && !top.startsWith('..') && top in below) layers.add(top);
  }
  return [...layers];
}

describe('the layers of src/', () => {
  it.each(Object.keys(below))('%s imports only from the layers below it', (layer) => {
    const allowed = new Set([layer, ...(below[layer] ?? [])]);
    const reaching = filesUnder(join(src, layer)).flatMap((file) =>
      importedLayers(file)
        .filter((imported) => !allowed.has(imported))
        .map((imported) => `${relative(src, file)} → ${imported}`),
    );
    expect(reaching).toEqual([]);
  });
});
