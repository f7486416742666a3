#!/usr/bin/env node
// dyad's command line: TypeScript sources run through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
