import type { CryModelCard } from '../../api/baby';
import { cryModelFacts } from '../../models/cry-detect/cry-model';
import { defaultEpisodeOptions } from '../audio/episodes';

/**
 * What the cry detector is and the rules that turn its window scores into episodes
 * (`baby.cry.model`), read from the model's eval.json without starting an ONNX session:
 * the report's note on the detector quotes these numbers rather than copies of them.
 */
export async function cryModelCard(): Promise<CryModelCard> {
  const info = await cryModelFacts();
  const ep = defaultEpisodeOptions(info.threshold);
  return {
    version: info.version,
    sample_rate: info.sampleRate,
    window_s: info.windowS,
    hop_s: info.hopS,
    threshold: info.threshold,
    exit_threshold: ep.exit,
    min_episode_s: ep.minDurationS,
    merge_gap_s: ep.mergeGapS,
  };
}
