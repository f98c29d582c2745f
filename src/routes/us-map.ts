import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jsonResponse, problemResponses } from '../schemas/responses.js';
import { type UsMap, usMap, usMapSchema } from '../web/us-map.js';

/** The widget's base map, from this service: a page that embeds the widget needs no map host. */
export const usMapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/widget/us-map.json',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWidgetMap',
        tags: ['Embedding'],
        summary: 'State outlines for the widget map',
        description:
          "Every state, DC, Puerto Rico and the territories as SVG path data, with the projection that drew them, so that a client can place a program's `institution.location` on the same map. From the U.S. Census Bureau's cartographic boundary files (public domain), via the us-atlas package.",
        security: [],
        response: { 200: jsonResponse('The state outlines and their projection', usMapSchema), ...problemResponses() },
      },
    },
    async (_request, reply) => {
      // Drawn on first request, not at start: most processes never serve it.
      const { json, etag } = usMap();
      // Serialized once: a Buffer is sent as it is (the declared schema describes the document).
      reply.header('etag', etag).type('application/json; charset=utf-8');
      return reply.send(json as unknown as UsMap);
    },
  );
};
