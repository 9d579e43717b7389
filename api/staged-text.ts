import { z } from 'zod';

/** Most text one import takes (characters). */
export const MAX_IMPORT_TEXT = 50 * 1024 * 1024;

/**
 * An import's text that a host streamed straight into the core's background thread instead
 * of holding it on its event loop (a 30 MB body parsed there held the hub for seconds). Only
 * a host makes one: neither JSON nor a structured clone (IPC) can produce an instance of this
 * class, so no client can name a text another request staged.
 */
export class StagedText {
  constructor(
    /** The background thread's key for the text. */
    readonly key: number,
    /** Characters, like a string's length. */
    readonly length: number,
  ) {}
}

/**
 * An import's text: a string (every transport) or a {@link StagedText} (a host that streamed
 * the body). A custom check rather than a union so a wrong type is named plainly, not as
 * zod's "Invalid input".
 */
export const ImportText = z
  .custom<string | StagedText>((v) => typeof v === 'string' || v instanceof StagedText, { message: 'expected the file’s text as a string' })
  .refine((v) => v.length <= MAX_IMPORT_TEXT, { message: `the file’s text is over ${MAX_IMPORT_TEXT / 1024 / 1024} MB` });
