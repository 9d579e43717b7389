// Module resolution hooks (node:module register) that append every module URL the process
// resolves to the file named by the `file` the register call passes: tests read it to see
// what a command loaded, from outside, whichever build (compiled or tsx) ran.
import { appendFileSync } from 'node:fs';

let file = '';
export function initialize(data) {
  file = data.file;
}
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (file) appendFileSync(file, `${r.url}\n`);
  return r;
}
