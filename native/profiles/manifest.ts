/**
 * Which profile a discovered peripheral speaks, after Tidepool's driver manifests
 * (`lib/core/driverManifests.js`): service UUID → profile, the characteristics to
 * subscribe to (and how), and whether the device keeps a record store the host can
 * back-fill from through the Record Access Control Point after a disconnection.
 */
import { MOTION_DATA_UUID, MOTION_SERVICE_UUID } from './motion/motion';
import { normalizeUuid, uuid16To128 } from './uuid';

export type ProfileName =
  | 'cgm'
  | 'glucose'
  | 'health-thermometer'
  | 'environmental-sensing'
  | 'heart-rate'
  | 'pulse-oximeter'
  | 'blood-pressure'
  | 'battery'
  | 'motion';

export interface ManifestCharacteristic {
  /** 128-bit lowercase UUID. */
  uuid: string;
  /** Registry name (index.ts), accepted by decodeCharacteristic. */
  name: string;
  /** How the host gets values: subscribe to notifications/indications, or read once on connect. */
  access: 'notify' | 'indicate' | 'read';
  /** Optional characteristics may be absent on a given device. */
  optional?: boolean;
}

export interface ProfileManifest {
  profile: ProfileName;
  /** 128-bit lowercase service UUID. */
  serviceUuid: string;
  /** SIG-assigned 16-bit service UUID, absent for vendor services. */
  serviceUuid16?: number;
  /** Characteristics to read or subscribe to once connected, in that order. */
  characteristics: ManifestCharacteristic[];
  /**
   * The record store for back-fill, when the profile has one: write requests to
   * `controlPoint` (indications carry the answers), records arrive on `records`.
   */
  recordStore?: { controlPoint: string; records: string; racpProfile: 'glucose' | 'cgm' };
  /** Characteristics the host writes to (SOCP to start a CGM session, RACP). */
  controlPoints?: string[];
}

const u = uuid16To128;
const c = (uuid16: number, name: string, access: ManifestCharacteristic['access'], optional = false): ManifestCharacteristic =>
  optional ? { uuid: u(uuid16), name, access, optional } : { uuid: u(uuid16), name, access };

export const MANIFESTS: ProfileManifest[] = [
  {
    profile: 'cgm',
    serviceUuid: u(0x181f),
    serviceUuid16: 0x181f,
    // Feature first: it says whether every other value ends in an E2E-CRC.
    characteristics: [
      c(0x2aa8, 'cgm-feature', 'read'),
      c(0x2aaa, 'cgm-session-start-time', 'read'),
      c(0x2aab, 'cgm-session-run-time', 'read'),
      c(0x2aa9, 'cgm-status', 'read'),
      c(0x2aa7, 'cgm-measurement', 'notify'),
      c(0x2a52, 'record-access-control-point', 'indicate'),
      c(0x2aac, 'cgm-specific-ops-control-point', 'indicate'),
    ],
    recordStore: { controlPoint: u(0x2a52), records: u(0x2aa7), racpProfile: 'cgm' },
    controlPoints: [u(0x2a52), u(0x2aac)],
  },
  {
    profile: 'glucose',
    serviceUuid: u(0x1808),
    serviceUuid16: 0x1808,
    characteristics: [
      c(0x2a51, 'glucose-feature', 'read', true),
      c(0x2a18, 'glucose-measurement', 'notify'),
      c(0x2a34, 'glucose-measurement-context', 'notify', true),
      c(0x2a52, 'record-access-control-point', 'indicate'),
    ],
    recordStore: { controlPoint: u(0x2a52), records: u(0x2a18), racpProfile: 'glucose' },
    controlPoints: [u(0x2a52)],
  },
  {
    profile: 'health-thermometer',
    serviceUuid: u(0x1809),
    serviceUuid16: 0x1809,
    characteristics: [
      c(0x2a1d, 'temperature-type', 'read', true),
      c(0x2a1c, 'temperature-measurement', 'indicate'),
      c(0x2a1e, 'intermediate-temperature', 'notify', true),
    ],
  },
  {
    profile: 'environmental-sensing',
    serviceUuid: u(0x181a),
    serviceUuid16: 0x181a,
    characteristics: [c(0x2a6e, 'temperature', 'notify', true), c(0x2a6f, 'humidity', 'notify', true)],
  },
  {
    profile: 'heart-rate',
    serviceUuid: u(0x180d),
    serviceUuid16: 0x180d,
    characteristics: [c(0x2a37, 'heart-rate-measurement', 'notify')],
  },
  {
    profile: 'pulse-oximeter',
    serviceUuid: u(0x1822),
    serviceUuid16: 0x1822,
    characteristics: [c(0x2a5e, 'plx-spot-check', 'indicate', true), c(0x2a5f, 'plx-continuous', 'notify', true)],
    // PLXS also defines an optional RACP for stored spot-checks; not used here (no record-store decoder for it yet).
  },
  {
    profile: 'blood-pressure',
    serviceUuid: u(0x1810),
    serviceUuid16: 0x1810,
    characteristics: [c(0x2a35, 'blood-pressure-measurement', 'indicate'), c(0x2a36, 'intermediate-cuff-pressure', 'notify', true)],
  },
  {
    profile: 'battery',
    serviceUuid: u(0x180f),
    serviceUuid16: 0x180f,
    characteristics: [c(0x2a19, 'battery-level', 'notify')],
  },
  {
    profile: 'motion',
    serviceUuid: MOTION_SERVICE_UUID,
    characteristics: [{ uuid: MOTION_DATA_UUID, name: 'motion-data', access: 'notify' }],
  },
];

/** The manifest for a service UUID in any accepted spelling (`181F`, `0x181f`, 128-bit). */
export function manifestForService(uuid: string): ProfileManifest | undefined {
  const n = normalizeUuid(uuid);
  return n === undefined ? undefined : MANIFESTS.find((m) => m.serviceUuid === n);
}

/** The manifests matching any of a peripheral's advertised/discovered service UUIDs. */
export function manifestsForServices(uuids: string[]): ProfileManifest[] {
  const set = new Set(uuids.map((x) => normalizeUuid(x)).filter((x): x is string => x !== undefined));
  return MANIFESTS.filter((m) => set.has(m.serviceUuid));
}
