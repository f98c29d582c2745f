// GET /widget.js: src/web/widget.ts and the modules it imports, bundled into one script.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from '../paths.js';
import { strongEtag } from '../services/preconditions.js';

/** Where the widget's source lives. */
export const widgetEntry = join(projectRoot, 'src', 'web', 'widget.ts');

/** The script `npm run build` writes beside the compiled service, which serves it as it is. */
export const prebuiltWidget = join(projectRoot, 'dist', 'widget.js');

/** Browsers the script is written for: those with custom elements, shadow DOM and container queries. */
const TARGET = ['chrome105', 'firefox110', 'safari16'];

export interface WidgetScript {
  script: string;
  etag: string;
  /** Its size as most browsers download it. */
  gzipBytes: number;
  /** The path it is also served at, immutable: named by its content, so a new build gets a new name. */
  path: string;
  /** Its Subresource Integrity hash (`integrity` attribute of a script element). */
  integrity: string;
}

/** `/widget/v1.<first 16 hex digits of the SHA-256>.js`: v1 is the element's interface (its attributes and events). */
export const versionedPath = (script: string) =>
  `/widget/v1.${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;

const describe = (script: string): WidgetScript => ({
  script,
  etag: strongEtag(script),
  gzipBytes: gzipSync(script, { level: 9 }).length,
  path: versionedPath(script),
  integrity: `sha384-${createHash('sha384').update(script).digest('base64')}`,
});

/** Bundles and minifies the widget's source. */
export async function bundleWidget(): Promise<WidgetScript> {
  const result = await build({
    entryPoints: [widgetEntry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGET,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return describe(result.outputFiles[0]?.text ?? '');
}

/**
 * The compiled service (dist/, production) serves the script its build wrote, so no process
 * bundles at run time and every instance of a deployment serves the same bytes. Run from the
 * TypeScript sources (tsx, tests), it bundles them, so a change to the widget shows at once.
 */
const compiled = import.meta.url.endsWith('.js');

let bundled: Promise<WidgetScript> | undefined;

/**
 * The script, minified: the prebuilt one, else bundled when first asked for (not at start: most
 * processes never serve it) and kept for the life of the process, since the source only changes
 * with a deployment.
 */
export function widgetScript(): Promise<WidgetScript> {
  bundled ??= (
    compiled && existsSync(prebuiltWidget) ? readFile(prebuiltWidget, 'utf8').then(describe) : bundleWidget()
  ).catch((error: unknown) => {
    bundled = undefined; // a later request tries again
    throw error;
  });
  return bundled;
}
