import { WavError } from './wav';

/** What the upload route and `tend cry` say they read, in every refusal. */
export const SUPPORTED_AUDIO = 'WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC';

/** A format or codec that is recognised but not read, named in the error with what is read. */
export function unsupported(what: string): WavError {
  return new WavError('unsupported_codec', `${what} is not read; send ${SUPPORTED_AUDIO}`);
}
