// GET /widget.js: src/web/widget.js and the modules it imports, bundled into one script.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { projectRoot } from '../paths.js';

/** Where the widget's source lives (a deployment ships src/web beside dist/). */
export const widgetEntry = join(projectRoot, 'src', 'web', 'widget.js');

/** Browsers the script is written for: those with custom elements, shadow DOM and container queries. */
const TARGET = ['chrome105', 'firefox110', 'safari16'];

let bundled: { script: string; gzipBytes: number } | undefined;

/**
 * The script, minified; bundled on first use and kept for the life of the process, since the
 * source only changes with a deployment. `gzipBytes` is its size as most browsers download it.
 */
export function widgetScript(): { script: string; gzipBytes: number } {
  if (!bundled) {
    const result = buildSync({
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
    const script = result.outputFiles[0]?.text ?? '';
    bundled = { script, gzipBytes: gzipSync(script, { level: 9 }).length };
  }
  return bundled;
}
