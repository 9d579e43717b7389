import type { Core } from '../core-types';
import { DeviceRuntime } from './runtime';

/** One device runtime per core, created by the first host or call that needs it. */
const runtimes = new WeakMap<Core, DeviceRuntime>();

export function deviceRuntime(core: Core): DeviceRuntime {
  let r = runtimes.get(core);
  if (!r) {
    r = new DeviceRuntime(core);
    runtimes.set(core, r);
  }
  return r;
}

/** The runtime if a host started one (the devices table changed: resync its sessions). */
export function startedDeviceRuntime(core: Core): DeviceRuntime | undefined {
  return runtimes.get(core);
}

export async function stopDeviceRuntime(core: Core): Promise<void> {
  const r = runtimes.get(core);
  if (r) {
    runtimes.delete(core);
    await r.stop();
  }
}
