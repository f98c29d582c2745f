// `npm run build`: writes the <program-finder> script the compiled service serves (dist/widget.js).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { bundleWidget, prebuiltWidget } from './widget-bundle.js';

const { script, gzipBytes, path, integrity } = await bundleWidget();
await mkdir(dirname(prebuiltWidget), { recursive: true });
await writeFile(prebuiltWidget, script);
console.log(`${prebuiltWidget}: ${script.length} bytes, ${gzipBytes} gzipped, served at ${path} (${integrity})`);
