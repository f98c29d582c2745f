// GET /widget.js: src/web/widget.js and the modules it imports, bundled into one script.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from '../paths.js';
import { strongEtag } from '../services/preconditions.js';

/** Where the widget's source lives (a deployment ships src/web beside dist/). */
export const widgetEntry = join(projectRoot, 'src', 'web', 'widget.js');

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

let bundled: Promise<WidgetScript> | undefined;

/**
 * The script, minified. Bundled when first asked for (not at start: most processes never serve it)
 * and kept for the life of the process, since the source only changes with a deployment.
 */
export function widgetScript(): Promise<WidgetScript> {
  bundled ??= build({
    entryPoints: [widgetEntry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGET,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  }).then(
    (result) => {
      const script = result.outputFiles[0]?.text ?? '';
      return {
        script,
        etag: strongEtag(script),
        gzipBytes: gzipSync(script, { level: 9 }).length,
        path: versionedPath(script),
        integrity: `sha384-${createHash('sha384').update(script).digest('base64')}`,
      };
    },
    (error: unknown) => {
      bundled = undefined; // a later request tries again
      throw error;
    },
  );
  return bundled;
}
