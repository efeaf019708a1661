#!/usr/bin/env node
// The `danvan` command: runs src/cli.ts through tsx, so `npx danvan …` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
