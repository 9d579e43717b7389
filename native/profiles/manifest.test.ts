import { describe, expect, it } from 'vitest';
import { findDecoder } from './index';
import { MANIFESTS, manifestForService, manifestsForServices } from './manifest';
import { MOTION_SERVICE_UUID } from './motion/motion';

describe('profile manifest', () => {
  it('maps the CGM service to its characteristics and RACP back-fill', () => {
    const m = manifestForService('181F');
    expect(m?.profile).toBe('cgm');
    expect(m?.recordStore).toEqual({ controlPoint: '00002a52-0000-1000-8000-00805f9b34fb', records: '00002aa7-0000-1000-8000-00805f9b34fb', racpProfile: 'cgm' });
    expect(m?.characteristics[0].name).toBe('cgm-feature');
  });

  it('gives a record store only to profiles that keep one', () => {
    expect(MANIFESTS.filter((m) => m.recordStore).map((m) => m.profile).sort()).toEqual(['cgm', 'glucose']);
  });

  it('finds manifests from any spelling of the service UUIDs a peripheral offers', () => {
    expect(manifestsForServices(['0x1809', '0000180f-0000-1000-8000-00805F9B34FB', 'ffff', MOTION_SERVICE_UUID.toUpperCase()]).map((m) => m.profile)).toEqual([
      'health-thermometer', 'battery', 'motion',
    ]);
    expect(manifestForService('not-a-uuid')).toBeUndefined();
  });

  it('names only characteristics the registry can decode', () => {
    for (const m of MANIFESTS) for (const c of m.characteristics) expect(findDecoder(c.uuid)?.name, `${m.profile} ${c.name}`).toBe(c.name);
  });
});
