#!/usr/bin/env node
// The `mainstream` command: runs the TypeScript CLI directly (tsx), so it needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
