// `node --import ./testing/import-log.mjs …` with TEND_IMPORT_LOG=FILE: logs every module
// the process resolves into FILE (import-log-hooks.mjs).
import { register } from 'node:module';

if (process.env.TEND_IMPORT_LOG) register('./import-log-hooks.mjs', import.meta.url, { data: { file: process.env.TEND_IMPORT_LOG } });
