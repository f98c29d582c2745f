/** The list envelope of the contract: data, meta (total, limit, sort, next_cursor) and links (self, next). */
export function listEnvelope<T>(
  url: string,
  page: { items: T[]; total: number; limit: number; nextCursor: string | null },
  sort: string,
) {
  return {
    data: page.items,
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
