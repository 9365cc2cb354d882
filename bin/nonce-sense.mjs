#!/usr/bin/env node
// The `nonce-sense` command: registers tsx so that the TypeScript CLI runs without a build
// step, then loads src/cli/main.ts, resolved from this file so that any working directory works.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
