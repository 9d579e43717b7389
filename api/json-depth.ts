/**
 * Nesting depth of JSON text, found without parsing it. Parsers and validators that recurse
 * (zod, the import scanners, anything walking a document) run out of stack on a few
 * thousand nested brackets, which turned hostile input into 500s; callers check this first
 * and refuse such a document as bad input.
 */

/** Deepest nesting any Tend document needs is far below this; beyond it is refused as bad input. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when the brackets of `text` nest deeper than `max` (objects and arrays together;
 * brackets inside strings do not count). A linear scan that never recurses, so it is safe
 * on any input; it does not check that the text is otherwise valid JSON.
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
