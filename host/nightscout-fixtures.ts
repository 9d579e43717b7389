/**
 * What real uploaders post to Nightscout's REST API v1, captured from their source code
 * (the shapes and field order exactly as each builds them; only the values and times
 * are ours, made relative to `t0` so a test can place them). Used by the integration
 * tests and the upload benchmark.
 */

import type { startTestHub } from './testing';

const MIN = 60_000;

/** `2026-01-02T03:04:05.000+0100`: Java's `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (xDrip+, Juggluco), here at +01:00. */
export function javaDateString(ms: number, offsetMin = 60): string {
  const local = new Date(ms + offsetMin * MIN).toISOString().slice(0, 23);
  const sign = offsetMin >= 0 ? '+' : '-';
  const a = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/**
 * xDrip+ — NightscoutFoundation/xDrip, app/src/main/java/com/eveningoutpost/dexdrip/
 * utilitymodels/NightscoutUploader.java (master, 2024; `populateV1APIBGEntry`,
 * `populateV1APIMeterReadingEntry`, `populateV1APITreatmentEntry`, `postDeviceStatus`).
 * Entries are POSTed as one array to `/api/v1/entries` with `api-secret: sha1(secret)`;
 * treatments are upserted one by one with PUT `/api/v1/treatments` (`_id` from the uuid);
 * each battery goes in its own devicestatus POST.
 */
export const xdrip = {
  sgv: (date: number, sgv: number, direction = 'Flat') => ({
    device: 'xDrip-DexcomG5',
    date,
    dateString: javaDateString(date),
    sgv,
    delta: -1.993,
    direction,
    type: 'sgv',
    filtered: sgv * 1000,
    unfiltered: sgv * 1000,
    rssi: 100,
    noise: 1,
    sysTime: javaDateString(date),
  }),
  mbg: (date: number, mbg: number) => ({ device: 'xDrip-DexcomG5', type: 'mbg', date, dateString: javaDateString(date), mbg, sysTime: javaDateString(date) }),
  cal: (date: number) => ({ device: 'xDrip-DexcomG5', type: 'cal', date, dateString: javaDateString(date), slope: 1000, intercept: -2500, scale: 1, sysTime: javaDateString(date) }),
  /** Treatments.java: `uuid`, and on upsert `_id` = the uuid's hex without dashes, first 24. */
  treatment: (timestamp: number, uuid: string, carbs: number, insulin: number) => ({
    timestamp,
    eventType: '<none>',
    enteredBy: 'xdrip',
    notes: null,
    uuid,
    carbs,
    insulin,
    created_at: new Date(timestamp).toISOString(),
    sysTime: javaDateString(timestamp),
    _id: uuid.replace(/-/g, '').slice(0, 24),
  }),
  battery: (battery: number) => ({ device: 'phone-battery', uploader: { battery, type: 'PHONE' } }),
};

/**
 * Juggluco — j-kaltes/Juggluco, Common/src/main/cpp/net/watchserver/uploader.cpp
 * (`mkuploaditem`, 2024): one array per sensor to `/api/v1/entries` (up to 10,440
 * items), `api-secret: sha1(secret)`; `device` is the Libre sensor's short name.
 * Treatments: JugglucoNG tk/glucodata/data/journal/JournalTreatmentUploader.kt
 * (`buildTreatmentJson`), PUT one at a time, rapid-acting as "Correction Bolus",
 * long-acting as "Temp Basal" with a "Long-Acting" note.
 */
export const juggluco = {
  sgv: (date: number, sgv: number, direction = 'Flat') => ({
    type: 'sgv',
    device: '3MH0056A4X0',
    dateString: javaDateString(date),
    date,
    sgv,
    delta: 0.0,
    direction,
    noise: 1,
    filtered: sgv * 1000,
    unfiltered: sgv * 1000,
    rssi: 100,
  }),
  insulin: (date: number, units: number, longActing: boolean) => ({
    _id: `jng-j-${date.toString(16)}`,
    date,
    created_at: new Date(date).toISOString(),
    enteredBy: 'Juggluco',
    eventType: longActing ? 'Temp Basal' : 'Correction Bolus',
    notes: longActing ? 'Long-Acting' : 'Rapid-Acting',
    insulin: units,
  }),
  carbs: (date: number, grams: number) => ({ _id: `jng-j-${(date + 1).toString(16)}`, date, created_at: new Date(date).toISOString(), enteredBy: 'Juggluco', eventType: 'Carb Correction', carbs: grams }),
  fingerstick: (date: number, mgdl: number) => ({
    _id: `jng-j-${(date + 2).toString(16)}`,
    date,
    created_at: new Date(date).toISOString(),
    enteredBy: 'Juggluco',
    eventType: 'BG Check',
    glucose: mgdl,
    glucoseType: 'Finger',
    units: 'mg/dl',
  }),
};

/**
 * AndroidAPS — nightscout/AndroidAPS, plugins/sync/.../nsclient/extensions/BolusExtension.kt
 * and CarbsExtension.kt (`toJson`, 3.2): a bolus and its carbs are two treatments
 * ("Meal Bolus"; an SMB is a "Correction Bolus"), `date` in ms, `created_at` from
 * `DateUtil.toISOString`, `isValid`; a later `isValid: false` deletes it. Devicestatus:
 * app/.../plugins/aps/loop/DeviceStatus.java `mongoRecord()` with the pump's
 * `getJSONStatus` and the loop's `openaps` (suggested, enacted, iob).
 */
export const androidaps = {
  bolus: (date: number, amount: number, smb = false) => ({
    eventType: smb ? 'Correction Bolus' : 'Meal Bolus',
    insulin: amount,
    created_at: new Date(date).toISOString(),
    date,
    type: smb ? 'SMB' : 'NORMAL',
    isValid: true,
    isSMB: smb,
    // The pump's own history record number: one per bolus.
    pumpId: Math.floor(date / 1000) % 1_000_000,
    pumpType: 'DANA_I',
    pumpSerial: 'VGH00076FI',
  }),
  carbs: (date: number, amount: number) => ({
    eventType: amount < 12 ? 'Carb Correction' : 'Meal Bolus',
    carbs: amount,
    created_at: new Date(date).toISOString(),
    isValid: true,
    date,
  }),
  tempBasal: (date: number) => ({
    eventType: 'Temp Basal',
    isValid: true,
    duration: 30,
    durationInMilliseconds: 1_800_000,
    type: 'NORMAL',
    rate: 0.35,
    created_at: new Date(date).toISOString(),
    date,
    absolute: 0.35,
  }),
  deviceStatus: (date: number) => ({
    device: 'openaps://samsung SM-G970F',
    pump: {
      battery: { percent: 75 },
      status: { status: 'normal', timestamp: new Date(date).toISOString() },
      extended: { Version: '3.2.0', ActiveProfile: 'Default' },
      reservoir: 124.5,
      clock: new Date(date).toISOString(),
    },
    openaps: {
      suggested: { bg: 118, temp: 'absolute', timestamp: new Date(date).toISOString(), reason: 'COB: 12, Dev: 4, BGI: -1.2, ISF: 45, Target: 100', COB: 12, eventualBG: 104, IOB: 1.25 },
      enacted: { bg: 118, rate: 0.35, duration: 30, received: true, timestamp: new Date(date).toISOString(), COB: 12, IOB: 1.25 },
      iob: { iob: 1.25, basaliob: -0.12, activity: 0.0123, time: new Date(date).toISOString() },
    },
    uploaderBattery: 56,
    created_at: new Date(date).toISOString(),
  }),
};

/**
 * nightscout-connect — nightscout/nightscout-connect, lib/sources/dexcomshare.js
 * (`dex_to_entry`) posted by lib/outputs/nightscout.js (`record_glucose`, 0.0.12):
 * one array to `/api/v1/entries.json` with `API-SECRET: sha1(secret)`; it then reads
 * `GET /api/v1/entries.json?count=1` for the newest `dateString` to find its gap.
 */
export const nightscoutConnect = {
  sgv: (wall: number, value: number, trend = 4) => ({
    sgv: value,
    date: wall,
    dateString: new Date(wall).toISOString(),
    trend,
    direction: ['NONE', 'DoubleUp', 'SingleUp', 'FortyFiveUp', 'Flat', 'FortyFiveDown', 'SingleDown', 'DoubleDown', 'NOT COMPUTABLE', 'RATE OUT OF RANGE'][trend],
    device: 'nightscout-connect',
    type: 'sgv',
  }),
};

/**
 * AndroidAPS through Nightscout's API v3 (NSClientV3) — nightscout/AndroidAPS,
 * core/nssdk: `mapper/TreatmentMapper.kt` (`toRemoteTreatment`: NSBolus, NSCarbs,
 * NSTemporaryBasal), `mapper/SvgMapper.kt`, `NSAndroidClientImpl.kt` (sets `app: "AAPS"`),
 * `remotemodel/examples.json` (field values). One document per POST; `date` in ms,
 * `utcOffset` in minutes, no `created_at`; `identifier` left out for the server to make
 * (kotlinx omits nulls). Invalidation is a PATCH with `isValid: false`, or a DELETE.
 */
export const androidapsV3 = {
  sgv: (date: number, value: number) => ({
    device: 'AndroidAPS-DexcomG6',
    date,
    dateString: new Date(date).toISOString(),
    isValid: true,
    sgv: value,
    direction: 'Flat',
    type: 'sgv',
    units: 'mg/dl',
    utcOffset: 60,
    app: 'AAPS',
  }),
  bolus: (date: number, insulin: number, type: 'NORMAL' | 'SMB' = 'NORMAL') => ({
    date,
    units: 'mg/dl',
    utcOffset: 60,
    isReadOnly: false,
    isValid: true,
    eventType: type === 'SMB' ? 'Correction Bolus' : 'Meal Bolus',
    pumpId: 4102 + (date % 1000),
    pumpType: 'ACCU_CHEK_INSIGHT_BLUETOOTH',
    pumpSerial: '33013206',
    insulin,
    type,
    isBasalInsulin: false,
    app: 'AAPS',
  }),
  carbs: (date: number, carbs: number) => ({
    date,
    units: 'mg/dl',
    utcOffset: 60,
    isReadOnly: false,
    isValid: true,
    eventType: 'Carb Correction',
    carbs,
    duration: 0,
    durationInMilliseconds: 0,
    app: 'AAPS',
  }),
  tempBasal: (date: number) => ({
    date,
    units: 'mg/dl',
    utcOffset: 60,
    isReadOnly: false,
    isValid: true,
    eventType: 'Temp Basal',
    pumpId: 284835,
    pumpType: 'ACCU_CHEK_INSIGHT_BLUETOOTH',
    pumpSerial: '33013206',
    duration: 60,
    durationInMilliseconds: 3_600_000,
    absolute: 0,
    rate: 0,
    type: 'NORMAL',
    app: 'AAPS',
  }),
  deviceStatus: (date: number) => ({ ...androidaps.deviceStatus(date), date, utcOffset: 60, app: 'AAPS', isCharging: false }),
};

/** What `twoUploaders` sets up: two accounts, each with one person and that person's uploader secret. */
export interface TwoUploaders {
  alice: string;
  bob: string;
  ada: string;
  ben: string;
  adaSecret: string;
  benSecret: string;
}

type ApiHub = Pick<Awaited<ReturnType<typeof startTestHub>>, 'signUp' | 'api'>;

/**
 * Alice with Ada and Bob with Ben, each person with a Nightscout uploader secret: the set-up
 * the v1 and v3 tests share (each uploader must reach only its own person). `tag` keeps the
 * e-mails apart when two suites share a hub.
 */
export async function twoUploaders(hub: ApiHub, tag = ''): Promise<TwoUploaders> {
  const alice = await hub.signUp(`alice${tag}@example.org`, 'Alice');
  const bob = await hub.signUp(`bob${tag}@example.org`, 'Bob');
  const ada = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'diabetes' }, alice)).body.id as string;
  const ben = (await hub.api('POST', '/api/subjects', { name: 'Ben', kind: 'diabetes' }, bob)).body.id as string;
  const secret = async (subject_id: string, token: string) =>
    (await hub.api('POST', '/api/rpc/nightscout.uploader.create', { subject_id }, token)).body.api_secret as string;
  return { alice, bob, ada, ben, adaSecret: await secret(ada, alice), benSecret: await secret(ben, bob) };
}
