import type { FastifyInstance } from 'fastify';
import type { HubContext } from './server';

/** Domain routes that are not plain JSON procedures (audio upload, PDF reports) plug in here. */
export const hubPlugins: Array<(app: FastifyInstance, ctx: HubContext) => void | Promise<void>> = [];
