import type { AlertRule } from '../alerts/rules';
import type { Core } from '../core-types';
import { logger } from '../logger';
import { EpisodeStore } from './episodes-store';
import { listeningRule } from './listening';
import { LiveAudio } from './live';
import { babyRule } from './rules';

const log = logger('baby');

/** The baby monitor's services for one core: episodes, live audio sessions. */
export interface BabyServices {
  episodes: EpisodeStore;
  live: LiveAudio;
}

const byCore = new WeakMap<Core, BabyServices>();

/**
 * The baby services of a core, made once (the handlers, the hub's audio route and the CLI
 * share them), with the baby alert rules (rules.ts, and listening.ts reading this core's
 * live sessions) registered with the core's alert engine.
 */
export function babyServices(core: Core): BabyServices {
  let s = byCore.get(core);
  if (s) return s;
  const episodes = new EpisodeStore(core.deps);
  s = { episodes } as BabyServices;
  s.live = new LiveAudio(core, s);
  byCore.set(core, s);
  const engine = core.alerts as unknown as { register?: (r: AlertRule) => void };
  if (typeof engine.register === 'function') {
    engine.register(babyRule);
    engine.register(listeningRule(s.live.watch));
  } else log.warn('the alert engine has no rule registry: baby alerts are off');
  return s;
}
