import type { FastifyReply } from 'fastify';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  nextCursor: string | null;
}

/** The list envelope of the contract: data, meta (total, limit, sort, next_cursor) and links (self, next). */
export function listEnvelope<T, const S extends string>(url: string, page: Page<T>, sort: S) {
  return { data: page.items, ...envelopeRest(url, page, sort) };
}

/**
 * The same envelope as JSON text around items that are JSON text already (stored documents), so
 * they are written out as they are, never parsed and serialised again.
 */
export function sendListEnvelope(
  reply: FastifyReply,
  url: string,
  page: Page<string>,
  sort: string,
  extra?: Record<string, unknown>,
): FastifyReply {
  const { meta, links } = envelopeRest(url, page, sort);
  const more = extra ? `,${JSON.stringify(extra).slice(1, -1)}` : '';
  return sendJsonText(
    reply,
    `{"data":[${page.items.join(',')}],"meta":${JSON.stringify(meta)},"links":${JSON.stringify(links)}${more}}`,
  );
}

/** `{"data":[…]}` around items that are JSON text already. */
export const sendDataList = (reply: FastifyReply, items: readonly string[]): FastifyReply =>
  sendJsonText(reply, `{"data":[${items.join(',')}]}`);

/** JSON text is sent as it is: Fastify serialises objects only (the route's schema still documents it). */
const sendJsonText = (reply: FastifyReply, text: string): FastifyReply =>
  reply.type('application/json; charset=utf-8').send(text);

function envelopeRest<const S extends string>(url: string, page: Omit<Page<unknown>, 'items'>, sort: S) {
  return {
    meta: { total: page.total, limit: page.limit, sort, next_cursor: page.nextCursor },
    links: { self: url, next: page.nextCursor ? withCursor(url, page.nextCursor) : null },
  };
}

/** `url` with its `cursor` parameter replaced. */
function withCursor(url: string, cursor: string): string {
  const [path, search = ''] = url.split('?');
  const params = new URLSearchParams(search);
  params.set('cursor', cursor);
  return `${path}?${params.toString()}`;
}
