import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { setReportPrinter } from '../core/reports/printer';
import { chromiumPrinter } from '../core/reports/render';
import type { HubContext } from './server';

/**
 * The hub's report printer (`reports.print`, served at `POST /api/subjects/:id/reports` by
 * host/routes.ts): Chromium prints this hub's own report page, reached over loopback.
 */
export function reportsPlugin(app: FastifyInstance, hub: HubContext): void {
  const baseUrl = (): string => {
    const addr = app.server.address() as AddressInfo;
    const host = addr.family === 'IPv6' ? (addr.address === '::' ? '[::1]' : `[${addr.address}]`) : addr.address === '0.0.0.0' ? '127.0.0.1' : addr.address;
    // A hub serving HTTPS (tend hub --tls-cert) answers nothing over plain HTTP.
    const scheme = app.initialConfig.https ? 'https' : 'http';
    return `${scheme}://${host}:${addr.port}`;
  };
  const unset = setReportPrinter(hub.core, chromiumPrinter(baseUrl));
  app.addHook('onClose', async () => unset());
}
