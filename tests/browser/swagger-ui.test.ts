import type { AddressInfo } from 'node:net';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { collectErrors, screenshot, startBrowser } from './harness.js';

/** Swagger UI at /docs, under the service's own security headers, as someone exploring the API sees it. */

const ADMIN_KEY = 'test-admin-key-0123456789abcdef-swagger-ui';

let service: TestApp & { origin: string };
let browser: Awaited<ReturnType<typeof startBrowser>>;

interface Operation {
  operationId: string;
  tags: string[];
  security?: unknown[];
}

/** Expands an operation, presses "Try it out" and "Execute" with the pre-filled values; the status answered. */
async function tryItOut(operation: Locator): Promise<string> {
  await operation.locator('.opblock-summary-control').click();
  const tryOut = operation.locator('button.try-out__btn');
  if ((await tryOut.textContent())?.includes('Try it out')) await tryOut.click();
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table .response .response-col_status');
  await status.waitFor();
  return (await status.textContent())?.trim() ?? '';
}

beforeAll(async () => {
  // The real service on the sample data, with an admin key to authorize with.
  const app = await createTestApp({ config: { ADMIN_API_KEY: ADMIN_KEY } });
  await app.app.listen({ host: '127.0.0.1', port: 0 });
  service = { ...app, origin: `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}` };
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('Swagger UI at /docs', () => {
  it('loads the document, lists every operation and runs GET /v1/programs with "Try it out"', async () => {
    const spec = (await (await fetch(`${service.origin}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      webhooks?: Record<string, Record<string, Operation>>;
    };
    const operations = Object.values(spec.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(5);
    // The webhooks section (what the service sends to subscribers) is listed too, each payload a block.
    const webhooks = Object.values(spec.webhooks ?? {}).flatMap((item) => Object.values(item));

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'HIM Program Finder API' }).waitFor();

    // Swagger UI gives each operation the id operations-<first tag>-<operationId>.
    for (const { operationId, tags } of operations) {
      await page.locator(`[id="operations-${tags[0]}-${operationId}"]`).waitFor({ state: 'attached' });
    }
    expect(await page.locator('.opblock').count()).toBe(operations.length + webhooks.length);
    await screenshot(page, 'swagger-ui-operations');

    const listPrograms = page.locator('[id="operations-Programs-listPrograms"]');
    const status = await tryItOut(listPrograms);
    expect(status).toBe('200');
    await screenshot(listPrograms, 'swagger-ui-try-it-out');
    expect(errors).toEqual([]);
    await page.close();
  });

  // Swagger UI renders each operation's schemas as it opens it: seconds each on a busy machine.
  it('answers "Try it out" with the pre-filled values of every public GET by 200', async () => {
    const spec = (await (await fetch(`${service.origin}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    // The versioned script's path names the hash of one build, which a static document cannot know
    // (GET /widget/version.json gives it; tests/integration/embedding.test.ts fetches it from there).
    const reads = Object.values(spec.paths)
      .flatMap((item) => (item.get ? [item.get] : []))
      .filter((operation) => operation.security?.length === 0 && operation.operationId !== 'getVersionedWidgetScript');
    expect(reads.length).toBeGreaterThan(12);

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'HIM Program Finder API' }).waitFor();
    const answered: Record<string, string> = {};
    for (const { operationId, tags } of reads) {
      const operation = page.locator(`[id="operations-${tags[0]}-${operationId}"]`);
      answered[operationId] = await tryItOut(operation);
      // Collapsed again, so that the next operation's controls are not pushed far down the page.
      await operation.locator('.opblock-summary-control').click();
    }
    expect(answered).toEqual(Object.fromEntries(reads.map(({ operationId }) => [operationId, '200'])));
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('creates, changes and imports with the pre-filled bodies after Authorize', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'HIM Program Finder API' }).waitFor();

    await page.locator('.swagger-ui .auth-wrapper button.authorize').click();
    const dialog = page.locator('.swagger-ui .dialog-ux');
    await dialog.locator('input').fill(ADMIN_KEY);
    await dialog.locator('button.authorize').click();
    await dialog.locator('button.btn-done').click();

    const answered: Record<string, string> = {};
    for (const operationId of ['createProgram', 'updateProgram', 'addAccreditationAction', 'importPrograms']) {
      const operation = page.locator(`[id="operations-Admin-${operationId}"]`);
      answered[operationId] = await tryItOut(operation);
      if (operationId === 'updateProgram') await screenshot(operation, 'swagger-ui-patch');
      await operation.locator('.opblock-summary-control').click();
    }
    expect(answered).toEqual({
      createProgram: '201',
      updateProgram: '200',
      addAccreditationAction: '201',
      importPrograms: '200',
    });
    const created = await fetch(`${service.origin}/v1/programs?q=morvane&accreditation_status=any`);
    expect(((await created.json()) as { meta: { total: number } }).meta.total).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
