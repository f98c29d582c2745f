import type { FastifyInstance } from 'fastify';

/** Follows `links.next` from the first page to the last and returns every item, failing on any non-200. */
export async function walk<T = any>(
  app: FastifyInstance,
  url: string,
): Promise<{ items: T[]; total: number; pages: number }> {
  const items: T[] = [];
  let next: string | null = url;
  let total = -1;
  let pages = 0;
  while (next) {
    const response: { statusCode: number; body: string; json: () => any } = await app.inject({
      method: 'GET',
      url: next,
    });
    if (response.statusCode !== 200) throw new Error(`${next} answered ${response.statusCode}: ${response.body}`);
    const body: { meta: { total: number }; data: T[]; links: { next: string | null } } = response.json();
    if (total === -1) total = body.meta.total;
    items.push(...body.data);
    next = body.links.next;
    pages += 1;
    if (pages > 10_000) throw new Error('cursor does not end');
  }
  return { items, total, pages };
}
