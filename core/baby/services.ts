import type { Core } from '../core-types';
import { EpisodeStore } from './episodes-store';
import { LiveAudio } from './live';

/** The baby monitor's services for one core: episodes, live audio sessions. */
export interface BabyServices {
  episodes: EpisodeStore;
  live: LiveAudio;
}

const byCore = new WeakMap<Core, BabyServices>();

/**
 * The baby services of a core, made once (the handlers, the hub's audio route and the CLI
 * share them). The baby alert rules are registered by the core itself (core/app.ts), not
 * here: readings reach the rules whether or not any baby procedure was called yet.
 */
export function babyServices(core: Core): BabyServices {
  let s = byCore.get(core);
  if (s) return s;
  const episodes = new EpisodeStore(core.deps);
  s = { episodes } as BabyServices;
  s.live = new LiveAudio(core, s);
  byCore.set(core, s);
  return s;
}
