import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { renderReport } from '../core/reports/render';
import type { HubContext } from './server';

/**
 * `POST /api/subjects/:id/reports {kind, from?, to?}` → application/pdf (contract section 2).
 * Chromium prints this hub's own report page, reached over loopback.
 */
export function reportsPlugin(app: FastifyInstance, hub: HubContext): void {
  app.post<{ Params: { id: string } }>('/api/subjects/:id/reports', async (req, reply) => {
    try {
      const ctx = hub.contextOf(req);
      const addr = app.server.address() as AddressInfo;
      const host = addr.family === 'IPv6' ? (addr.address === '::' ? '[::1]' : `[${addr.address}]`) : addr.address === '0.0.0.0' ? '127.0.0.1' : addr.address;
      // A hub serving HTTPS (tend hub --tls-cert) answers nothing over plain HTTP.
      const scheme = app.initialConfig.https ? 'https' : 'http';
      const pdf = await renderReport(hub.core, ctx, req.params.id, req.body ?? {}, { baseUrl: `${scheme}://${host}:${addr.port}` });
      const kind = String((req.body as { kind?: unknown } | undefined)?.kind ?? 'report').replace(/[^a-z]/g, '');
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="tend-${kind}.pdf"`).send(pdf);
    } catch (e) {
      return hub.sendError(reply, e);
    }
  });
}
