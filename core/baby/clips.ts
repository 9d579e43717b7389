import type { CryClip } from '../../api/baby';
import { notFound } from '../../api/errors';
import type { Core } from '../core-types';
import { parseWav } from '../audio/wav';
import { iso } from '../clock';
import type { CallContext } from '../context';
import { audit } from '../records/subjects';
import type { BabyServices } from './services';
import { babySettingsOf } from './settings';

/**
 * Getting back and deleting the clips the live pipeline kept around cry episodes
 * (`keep_clips`, live.ts). Access is checked before anything is looked up, so a user the
 * subject is not shared with learns nothing about its episodes (403, as everywhere).
 */

/** `tend-cry-Ada-2026-01-05T08-30-12Z.wav`: the subject's name and the episode's start, UTC. */
export function clipFilename(subjectName: string, episodeStartMs: number): string {
  const stem = subjectName.replace(/[^\w.-]+/g, '_').replace(/^[_.]+|_+$/g, '') || 'subject';
  const stamp = iso(episodeStartMs).replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `tend-cry-${stem}-${stamp}.wav`;
}

/** The episode of this subject, or a 404 naming it. */
function episodeOf(baby: BabyServices, subjectId: string, episodeId: string) {
  const episode = baby.episodes.getOf(subjectId, episodeId);
  if (!episode) throw notFound(`no cry episode ${episodeId} for this subject`);
  return episode;
}

function noClip(core: Core, subjectId: string, episodeId: string): never {
  const s = babySettingsOf(core, subjectId);
  const why = s.keep_clips
    ? `clips are kept for ${s.clip_retention_days} days, only for live listening, and may have been deleted`
    : 'keeping clips is off for this subject (settings: keep_clips)';
  throw notFound(`cry episode ${episodeId} has no kept clip: ${why}`);
}

/**
 * The clip kept around an episode: any grant may listen. 404 for an unknown episode or one
 * without a clip. Each fetch is audited (`cry_clip.read`): these are recordings of a child's
 * room, and the family should be able to see who listened.
 */
export function getClip(core: Core, baby: BabyServices, ctx: CallContext, subjectId: string, episodeId: string): CryClip {
  const subject = core.subjects.get(ctx, subjectId);
  const episode = episodeOf(baby, subjectId, episodeId);
  const clip = baby.episodes.clipOf(subjectId, episodeId);
  if (!clip) return noClip(core, subjectId, episodeId);
  audit(core.deps, ctx.user!.id, 'cry_clip.read', subjectId, { episode_id: episodeId, clip_id: clip.id });
  const wav = new Uint8Array(clip.wav.buffer, clip.wav.byteOffset, clip.wav.byteLength);
  const decoded = parseWav(wav);
  return {
    id: clip.id,
    subject_id: subjectId,
    episode_id: episodeId,
    start: iso(clip.start_t),
    end: iso(clip.end_t),
    sample_rate: decoded.sampleRate,
    duration_s: decoded.durationS,
    created_at: iso(clip.created_at),
    filename: clipFilename(subject.name, Date.parse(episode.start)),
    mime: 'audio/wav',
    wav_base64: clip.wav.toString('base64'),
  };
}

/** Deletes an episode's kept clip (owner, caregiver, clinician), audited; the episode stays. */
export function deleteClip(core: Core, baby: BabyServices, ctx: CallContext, subjectId: string, episodeId: string): { ok: true } {
  core.access.require(ctx, subjectId, 'write');
  const c = core.deps.db.$client;
  c.transaction(() => {
    episodeOf(baby, subjectId, episodeId);
    const n = baby.episodes.deleteClips(subjectId, episodeId);
    if (n === 0) noClip(core, subjectId, episodeId);
    audit(core.deps, ctx.user!.id, 'cry_clip.delete', subjectId, { episode_id: episodeId, clips: n });
  })();
  return { ok: true };
}
