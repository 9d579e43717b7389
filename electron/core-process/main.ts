import type { CoreProcessConfig } from './protocol';
import { parentPortOf, serveCore } from './serve';

// The core process's entry (electron.vite.config.ts bundles it beside the main process as
// core-process.js). Its config comes in the environment: Electron's utilityProcess and
// Node's child_process both pass `env` the same way.
const config = JSON.parse(process.env.TEND_CORE_CONFIG ?? 'null') as CoreProcessConfig | null;
if (!config) throw new Error('TEND_CORE_CONFIG is not set: the core process is started by the Tend shell');
// Exit on the next turn so the last message (`stopped`) leaves first.
serveCore(parentPortOf(process), config, (code) => setImmediate(() => process.exit(code)));
