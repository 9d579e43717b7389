import type { nightscoutProcedures } from '../../api/nightscout';
import type { Core, DomainHandlers } from '../core-types';
import { nightscoutService, requireOwner } from './service';
import { findV3, lastModifiedV3, readV3 } from './v3';

/** The Nightscout-compatible API's procedures (api/nightscout.ts). */
export function nightscoutHandlers(core: Core): DomainHandlers<typeof nightscoutProcedures> {
  const ns = () => nightscoutService(core);
  return {
    'nightscout.uploader.get': (a, ctx) => {
      requireOwner(core, ctx, a.subject_id);
      return ns().secrets.show(a.subject_id);
    },
    'nightscout.uploader.create': (a, ctx) => {
      requireOwner(core, ctx, a.subject_id);
      return ns().secrets.ensure(a.subject_id);
    },
    'nightscout.uploader.rotate': (a, ctx) => {
      requireOwner(core, ctx, a.subject_id);
      return ns().secrets.rotate(a.subject_id);
    },
    'nightscout.entries.upload': (a, ctx) => ns().uploadEntries(ctx, a.subject_id, a.docs),
    'nightscout.entries.list': (a, ctx) => ns().listEntries(ctx, a),
    'nightscout.treatments.upload': (a, ctx) => ns().uploadTreatments(ctx, a.subject_id, a.docs),
    'nightscout.treatments.list': (a, ctx) => ns().listTreatments(ctx, a),
    'nightscout.treatments.delete': (a, ctx) => ns().deleteTreatment(ctx, a.subject_id, a.id),
    'nightscout.devicestatus.upload': (a, ctx) => ns().uploadDeviceStatus(ctx, a.subject_id, a.docs),
    'nightscout.devicestatus.list': (a, ctx) => ns().listDeviceStatus(ctx, a),
    'nightscout.devicestatus.summary': (a, ctx) => ns().deviceSummary(ctx, a.subject_id),
    'nightscout.status': (a, ctx) => ns().status(ctx, a.subject_id),
    'nightscout.profile': (a, ctx) => ns().profile(ctx, a.subject_id),
    'nightscout.profile.upload': (a, ctx) => ns().ignoreProfiles(ctx, a.subject_id, a.docs),
    'nightscout.v3.read': (a, ctx) => readV3(core, ctx, a),
    'nightscout.v3.lastModified': (a, ctx) => lastModifiedV3(core, ctx, a.subject_id),
    'nightscout.v3.find': (a, ctx) => findV3(core, ctx, a.subject_id, a.collection, a.identifier),
    'nightscout.pebble': (a, ctx) => ns().pebble(ctx, a.subject_id, a.count),
  };
}
