// GET /widget.js: src/web/widget.js and the modules it imports, bundled into one script.
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
}

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
      return { script, etag: strongEtag(script), gzipBytes: gzipSync(script, { level: 9 }).length };
    },
    (error: unknown) => {
      bundled = undefined; // a later request tries again
      throw error;
    },
  );
  return bundled;
}
