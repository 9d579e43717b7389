import type { babyProcedures } from '../../api/baby';
import type { Core, DomainHandlers } from '../core-types';
import { checkinStats, checkinTimeseries, createCheckin, getCheckin, listCheckins } from './checkins';
import { deleteClip, getClip } from './clips';
import { analyzeAndStore } from './file-audio';
import { cryModelCard } from './model-card';
import { babyServices } from './services';
import { babySettingsOf, putBabySettings } from './settings';

const range = (from?: string, to?: string) => ({ from: from ? Date.parse(from) : 0, to: to ? Date.parse(to) : Number.MAX_SAFE_INTEGER });

/** The baby monitor's procedures (api/baby.ts); `core.call` has checked the access each declares. */
export function babyHandlers(core: Core): DomainHandlers<typeof babyProcedures> {
  const baby = babyServices(core);
  return {
    'baby.settings.get': (a) => babySettingsOf(core, a.subject_id),
    'baby.settings.put': (a, ctx) => putBabySettings(core, ctx, a.subject_id, a.settings),

    'baby.checkins.create': (a, ctx) => createCheckin(core, baby, ctx, a.subject_id, a),
    'baby.checkins.list': (a) => listCheckins(core, a.subject_id, a),
    'baby.checkins.get': (a) => getCheckin(core, a.subject_id, a.id),
    'baby.checkins.stats': (a) => checkinStats(core, a.subject_id, a),
    'baby.checkins.timeseries': (a) => ({ items: checkinTimeseries(core, a.subject_id, a) }),

    'baby.episodes.list': (a) => {
      const r = range(a.from, a.to);
      return { items: baby.episodes.list(a.subject_id, r.from, r.to, a.limit) };
    },
    'baby.cry.model': () => cryModelCard(),
    'baby.clips.get': (a, ctx) => getClip(core, baby, ctx, a.subject_id, a.episode_id),
    'baby.clips.delete': (a, ctx) => deleteClip(core, baby, ctx, a.subject_id, a.episode_id),

    'audio.analyze': async (a, ctx) => {
      const bytes = Buffer.from(a.wav_base64, 'base64');
      const out = await analyzeAndStore(core, baby, ctx, a.subject_id, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), a.start ? { start: Date.parse(a.start) } : {});
      return out.result;
    },
    'audio.chunk': (a, ctx) => baby.live.chunk(ctx, a),
    'audio.stop': async (a, ctx) => ({ episodes: await baby.live.stop(ctx, a.subject_id, a.session_id) }),
  };
}
