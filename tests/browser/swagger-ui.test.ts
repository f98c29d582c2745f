import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot, startBrowser, startService } from './harness.js';

/** Swagger UI at /docs, under the service's own security headers, as someone exploring the API sees it. */

let service: Awaited<ReturnType<typeof startService>>;
let browser: Awaited<ReturnType<typeof startBrowser>>;

interface Operation {
  operationId: string;
  tags: string[];
}

beforeAll(async () => {
  service = await startService();
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
    };
    const operations = Object.values(spec.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(5);

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${service.origin}/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'HIM Program Finder API' }).waitFor();

    // Swagger UI gives each operation the id operations-<first tag>-<operationId>.
    for (const { operationId, tags } of operations) {
      await page.locator(`[id="operations-${tags[0]}-${operationId}"]`).waitFor({ state: 'attached' });
    }
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    await screenshot(page, 'swagger-ui-operations');

    const listPrograms = page.locator('[id="operations-Programs-listPrograms"]');
    await listPrograms.locator('.opblock-summary-control').click();
    const tryOut = listPrograms.locator('button.try-out__btn');
    if ((await tryOut.textContent())?.includes('Try it out')) await tryOut.click();
    await listPrograms.locator('button.execute').click();

    const status = listPrograms.locator('.live-responses-table .response .response-col_status');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    await screenshot(listPrograms, 'swagger-ui-try-it-out');
    expect(errors).toEqual([]);
    await page.close();
  });
});
