#!/usr/bin/env node
// The `tend` command. The app is TypeScript run through tsx's loader, so the CLI, the
// hub and the tests all run the same source with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
