import { badRequest } from '../../api/errors';
import { STANDARD_GRAVITY } from '../../api/metrics';
import type { tremorProcedures } from '../../api/tremor';
import type { Core, DomainHandlers } from '../core-types';
import { requestClock } from '../local-clock';
import { bufferSource, MotionFileError, readMotionFile } from './motion-file';
import { putTremorSettings, rawMotionRetention, tremorSettingsOf } from './raw-retention';
import { csvBlocks, createDose, deleteDose, listDoses, tremorDay, tremorProgression, tremorResponse, updateDose, uploadMotion, type MotionBlock } from './service';

/** The tremor procedures (api/tremor.ts) over the core. */
export function tremorHandlers(core: Core): DomainHandlers<typeof tremorProcedures> {
  // Raw samples past each person's retention are deleted whether or not anyone uploads again.
  rawMotionRetention(core);
  return {
    'tremor.settings.get': (a) => tremorSettingsOf(core, a.subject_id),
    'tremor.settings.put': (a, ctx) => putTremorSettings(core, ctx, a.subject_id, a.settings),
    'tremor.upload': (a, ctx) => {
      let blocks: MotionBlock[];
      if (a.file_base64 !== undefined) {
        if (a.start !== undefined || a.rate_hz !== undefined || a.unit !== 'auto') throw badRequest('start, rate_hz and unit apply to csv and samples only: a .cwa/.bin file states its own', 'file_base64');
        const fileBlocks: MotionBlock[] = [];
        let info;
        try {
          info = readMotionFile(bufferSource(Buffer.from(a.file_base64, 'base64')), (b) => fileBlocks.push(b)).info;
        } catch (e) {
          // Offsets are into the decoded piece; the field is the one the caller sent.
          if (e instanceof MotionFileError) throw badRequest(e.message, 'file_base64');
          throw e;
        }
        const out = uploadMotion(core, ctx, a.subject_id, fileBlocks, { deviceId: a.device_id, final: a.final });
        return { ...out, file: { format: info.format as 'cwa' | 'geneactiv-bin', device: info.device, warnings: info.warnings } };
      }
      if (a.csv !== undefined) {
        blocks = csvBlocks(a.csv, { startMs: a.start ? Date.parse(a.start) : undefined, rateHz: a.rate_hz, unit: a.unit });
      } else {
        const s = a.samples!;
        if (a.rate_hz === undefined) throw badRequest('rate_hz is required with samples', 'rate_hz');
        if (s.y.length !== s.x.length || s.z.length !== s.x.length) throw badRequest('samples.x, .y and .z must have the same length', 'samples');
        const k = a.unit === 'g' ? STANDARD_GRAVITY : 1;
        const conv = (v: number[]) => Float32Array.from(v, (u) => u * k);
        blocks = [{ t0Ms: Date.parse(s.t0), rateHz: a.rate_hz, x: conv(s.x), y: conv(s.y), z: conv(s.z) }];
      }
      return uploadMotion(core, ctx, a.subject_id, blocks, { deviceId: a.device_id, final: a.final });
    },
    'tremor.day': (a, ctx) => tremorDay(core, ctx, a.subject_id, a.date, requestClock(core, ctx.user?.id, a)),
    'tremor.doses.list': (a, ctx) => ({
      items: listDoses(core, ctx, a.subject_id, a.from ? Date.parse(a.from) : 0, a.to ? Date.parse(a.to) : Number.MAX_SAFE_INTEGER, a.limit),
    }),
    'tremor.doses.create': (a, ctx) => createDose(core, ctx, a.subject_id, a),
    'tremor.doses.update': (a, ctx) => updateDose(core, ctx, a.subject_id, a.id, { t: a.t, drug: a.drug, dose_mg: a.dose_mg }),
    'tremor.doses.delete': (a, ctx) => {
      deleteDose(core, ctx, a.subject_id, a.id);
      return { ok: true };
    },
    'tremor.response': (a, ctx) =>
      tremorResponse(core, ctx, a.subject_id, {
        date: a.date, from: a.from, to: a.to, clock: requestClock(core, ctx.user?.id, a),
        beforeMin: a.before_min, afterFromMin: a.after_from_min, afterToMin: a.after_to_min,
      }),
    'tremor.progression': (a, ctx) => tremorProgression(core, ctx, a.subject_id, { from: a.from, to: a.to, clock: requestClock(core, ctx.user?.id, a), metric: a.metric }),
  };
}
