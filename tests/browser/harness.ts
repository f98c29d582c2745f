import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Locator, type Page } from 'playwright-core';
import type { Config } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/** Debian's Chromium, as CI installs it (.ci/run). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const artifactsFolder = join(projectRoot, 'tests', 'artifacts');

/** Chromium on a fresh profile; `close` also deletes the profile. */
export async function startBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'hpf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The real service on a seeded database of its own, listening on an ephemeral port. */
export async function startService(options: { config?: Partial<Config> } = {}): Promise<TestApp & { origin: string }> {
  const service = await createTestApp(options);
  await service.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = service.app.server.address() as AddressInfo;
  return { ...service, origin: `http://127.0.0.1:${port}` };
}

/** What a host site answers for a path it has no page for (a tile server, say); undefined: 404. */
export type HostFallback = (path: string) => { type: string; body: Buffer | string } | undefined;

/** A second origin: a tiny site that serves the given HTML pages by path. */
export async function startHostSite(
  pages: Record<string, { html: string; csp?: string }>,
  fallback?: HostFallback,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    const other = page ? undefined : fallback?.(request.url ?? '');
    if (other) {
      response.writeHead(200, { 'content-type': other.type, 'access-control-allow-origin': '*' }).end(other.body);
      return;
    }
    if (!page) {
      // No favicon either: a 404 would show up as a console error.
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(page.csp ? { 'content-security-policy': page.csp } : {}),
    });
    response.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Console errors and uncaught exceptions of a page (CSP violations and failed CORS requests show up here). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Saves a screenshot of a page (all of it) or of one element to tests/artifacts/<name>.png. */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(artifactsFolder, { recursive: true });
  const path = join(artifactsFolder, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
}

/** Whether the page scrolls sideways (it must not, even at 375 px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.locator('html').evaluate((html) => html.scrollWidth > html.clientWidth);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in a page or frame (open shadow roots included) and returns the serious and
 * critical violations. Injected through the DevTools protocol, so a strict host CSP does not stop it.
 */
export async function axeProblems(target: Page | Frame): Promise<AxeProblem[]> {
  await target.evaluate(axeSource);
  return target.locator('html').evaluate(async (html) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(html.ownerDocument, { resultTypes: ['violations'], iframes: false });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
    interface AxeResults {
      violations: { id: string; impact?: string; help: string; nodes: { target: unknown }[] }[];
    }
  });
}

/** Polls `read` until `accept` holds for what it returns (then returns it), or fails after `timeout` ms with the last value. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The ids of the result cards <program-finder> lists, in order. */
export function cardIds(target: Page | Frame): Promise<string[]> {
  return target
    .locator('program-finder ul.cards > li[part=result]')
    .evaluateAll((items) => items.map((item) => (item as unknown as { dataset: { id: string } }).dataset.id));
}
