import type { templatesProcedures } from '../../api/templates';
import type { CallContext } from '../context';
import type { Core, DomainHandlers } from '../core-types';
import { TemplateService } from './templates';

/** Threshold templates (api/templates.ts). */
export function templatesHandlers(core: Core): DomainHandlers<typeof templatesProcedures> {
  const templates = new TemplateService(core);
  const user = (ctx: CallContext) => core.access.requireUser(ctx).id;
  return {
    'templates.list': (_a, ctx) => templates.list(user(ctx)),
    'templates.create': (a, ctx) => templates.create(user(ctx), a),
    'templates.update': (a, ctx) => templates.update(user(ctx), a.id, a),
    'templates.rename': (a, ctx) => templates.rename(user(ctx), a.id, a.name),
    'templates.delete': (a, ctx) => {
      templates.delete(user(ctx), a.id);
      return { ok: true as const };
    },
    'thresholds.apply_template': (a, ctx) => templates.apply(user(ctx), a.subject_id, a.template_id),
    'thresholds.origins': (a) => templates.origins(a.subject_id),
  };
}
