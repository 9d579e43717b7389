import { METRICS, isMetricCode } from '../../api/metrics';
import type { diabetesProcedures } from '../../api/diabetes';
import type { dosingProcedures } from '../../api/dosing';
import { forecastAt } from './forecast-service';
import { calibrateInBackground, calibrateNow, calibrationStatus, resetCalibration } from './forecast-calibration';
import { clearDosing, doseHistory, doseSuggestion, dosingStatus, putDosing } from './dose-service';
import type { Core, DomainHandlers } from '../core-types';
import { toFhirBundle, toTendCsv } from '../exports/index';
import { importTextInBackground } from '../imports/apply';
import { subjectCgmMetrics } from './service';
import { dexcomService } from '../dexcom/service';
import { simulateNewPerson } from './simulator/person';

/** The caller's saved time zone (`auth.me` `time_zone`), if any. */
function accountZone(core: Core, userId: string | undefined): string | undefined {
  if (!userId) return undefined;
  try {
    return core.auth.profile(userId).time_zone ?? undefined;
  } catch {
    return undefined;
  }
}

export function diabetesHandlers(core: Core): DomainHandlers<typeof diabetesProcedures> {
  return {
    'diabetes.simulate': (a, ctx) => simulateNewPerson(core, ctx, a),
    // Local days and AGP hours in the zone asked for, else the caller's saved zone (auth.me), else UTC:
    // a report printed for a clinician in Auckland groups the hours as their screens do.
    'diabetes.metrics': (a, ctx) =>
      subjectCgmMetrics(core, ctx, a.subject_id, { from: a.from, to: a.to, timeZone: a.time_zone ?? accountZone(core, ctx.user?.id), mageMethod: a.mage_method }),
    // Parsed in the background thread and written in chunks: a host serving others must not stall.
    'imports.text': (a, ctx) =>
      importTextInBackground(core, ctx, a.subject_id, a.text, {
        format: a.format,
        ...(a.filename ? { filename: a.filename, fileLabel: a.filename } : {}),
        ...(a.skip_bad_lines ? { skipBadLines: true } : {}),
        ...(a.time_zone ? { timeZone: a.time_zone } : {}),
      }),
    'exports.text': (a, ctx) => {
      const subject = core.subjects.get(ctx, a.subject_id);
      const obs = exportRows(core, a.subject_id);
      const stem = subject.name.replace(/[^\w.-]+/g, '_') || 'subject';
      return a.format === 'fhir'
        ? { filename: `${stem}.fhir.json`, mime: 'application/fhir+json', text: JSON.stringify(toFhirBundle({ id: subject.id, name: subject.name }, obs), null, 2) + '\n' }
        : { filename: `${stem}.csv`, mime: 'text/csv', text: toTendCsv(obs) };
    },
    'dexcom.status': (a, ctx) => dexcomService(core).status(ctx, a.subject_id),
    'dexcom.saveCredentials': (a, ctx) => dexcomService(core).saveCredentials(ctx, a.subject_id, a),
    'dexcom.connect': async (a, ctx) => {
      // The desktop (IPC) opens the system browser from the core; the hub's page opens
      // the URL itself, since the hub may run headless on another screen.
      const openBrowser = a.open_browser ?? ctx.transport === 'ipc';
      const r = await dexcomService(core).connect(ctx, a.subject_id, { openBrowser });
      return { login_url: r.login_url, opened: r.opened };
    },
    'dexcom.sync': (a, ctx) => dexcomService(core).sync(ctx, a.subject_id),
    'dexcom.disconnect': (a, ctx) => dexcomService(core).disconnect(ctx, a.subject_id, a.forget_credentials),
  };
}

/** Every stored reading but raw accelerometer samples, oldest first, for export. */
export function exportRows(core: Core, subjectId: string) {
  const rows = core.deps.db.$client
    // observations is a view (migration 0021): its columns are written out.
    .prepare<[string], { id: string; metric: string; t: number; value: number }>(`SELECT id, metric, t, value FROM observations WHERE subject_id = ? AND metric <> 'accel' ORDER BY t, id`)
    .all(subjectId);
  return rows.map((r) => ({ id: r.id, metric: r.metric as never, t: new Date(r.t).toISOString(), value: r.value, unit: isMetricCode(r.metric) ? METRICS[r.metric].unit : '' }));
}

export function dosingHandlers(core: Core): DomainHandlers<typeof dosingProcedures> {
  return {
    'diabetes.forecast': async (a, ctx) => {
      const f = await forecastAt(core, ctx, a.subject_id, a.at ? Date.parse(a.at) : core.deps.clock.now(), a.horizon_min, a.method);
      // Adapting to the person happens behind the forecasts they already ask for (at most daily).
      if (!a.at) calibrateInBackground(core, a.subject_id);
      return f;
    },
    'diabetes.forecast.calibration': (a, ctx) => calibrationStatus(core, ctx, a.subject_id),
    'diabetes.forecast.calibrate': (a, ctx) => calibrateNow(core, ctx, a.subject_id),
    'diabetes.forecast.calibration.reset': (a, ctx) => resetCalibration(core, ctx, a.subject_id),
    'diabetes.dosing.get': (a, ctx) => dosingStatus(core, ctx, a.subject_id),
    'diabetes.dosing.put': (a, ctx) => putDosing(core, ctx, a.subject_id, a.settings),
    'diabetes.dosing.clear': (a, ctx) => clearDosing(core, ctx, a.subject_id),
    'diabetes.dose': (a, ctx) => doseSuggestion(core, ctx, a.subject_id, a),
    'diabetes.dose.history': (a, ctx) => doseHistory(core, ctx, a.subject_id, a.limit),
  };
}
