import { runEmulatorBench } from './emulator.js';

/** Every benchmark scenario, one after another; each prints its own table. */
const started = performance.now();
console.log('## Emulator at scale\n');
await runEmulatorBench();
console.log(`\nbench finished in ${Math.round((performance.now() - started) / 1000)} s`);
