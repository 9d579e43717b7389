import type { devicesProcedures } from '../../api/devices';
import { unavailable } from '../../api/errors';
import type { Core, DomainHandlers } from '../core-types';
import { DemoLab } from '../../native/lab/demo-lab';
import { deviceRuntime } from './registry';

export function devicesHandlers(core: Core): DomainHandlers<typeof devicesProcedures> {
  return {
    // core.call checked 'read' on the device's person (api/devices.ts).
    'devices.observations': (a, ctx) => {
      const { id, ...q } = a;
      return core.observations.list(core.devices.get(ctx, id).subject_id, { ...q, device_id: id });
    },
    'devices.live': (a, ctx) => {
      const user = core.access.requireUser(ctx);
      return deviceRuntime(core).live((s) => (a.subject_id ? s === a.subject_id : core.access.canSee(user.id, s)));
    },
    'devices.bluetooth': async () => {
      const bt = await deviceRuntime(core).manager.bluetooth();
      const demoWhy = DemoLab.unavailableReason();
      return { available: bt.available, reason: bt.available ? null : (bt.reason ?? 'Bluetooth unavailable'), demo_available: demoWhy === null, demo_reason: demoWhy };
    },
    'devices.scan': async (a) => {
      const rt = deviceRuntime(core);
      if (a.transport === 'demo') await rt.demo();
      else {
        // A computer without Bluetooth is a fact to show the person, not a server fault.
        const bt = await rt.manager.bluetooth();
        if (!bt.available) throw unavailable(bt.reason ?? 'Bluetooth unavailable');
      }
      const found = await rt.manager.scan({ transport: a.transport, durationMs: a.duration_ms });
      return found.map((f) => ({ address: f.address, name: f.name, rssi: f.rssi, transport: f.transport, kind: f.kind, paired_as: f.pairedAs }));
    },
    'devices.nearby': async (a) => {
      const rt = deviceRuntime(core);
      if (a.source === 'demo') await rt.demo();
      return rt.adverts.nearby(a.source, a.duration_ms);
    },
    'devices.addDemo': (a, ctx) => deviceRuntime(core).addDemo(ctx, a.subject_id, a.kind),
  };
}
