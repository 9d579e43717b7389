import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';

type Handler = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Registers routes whose errors are answered by the API's own error shape (`fail`) rather
 * than fastify's: Nightscout v1 and v3 each answer errors as their uploaders expect them.
 */
export function guardedRoutes(app: FastifyInstance, fail: (reply: FastifyReply, e: unknown) => unknown) {
  return (method: HTTPMethods, urls: string | string[], handler: Handler): void => {
    for (const url of Array.isArray(urls) ? urls : [urls]) {
      app.route({
        method,
        url,
        handler: async (req, reply) => {
          try {
            return await handler(req, reply);
          } catch (e) {
            return fail(reply, e);
          }
        },
      });
    }
  };
}
