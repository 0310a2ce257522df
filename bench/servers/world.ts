import { type BenchWorld, startBenchWorld } from '../fixture.js';
import { announce, onStop } from './child.js';

/** The bench world in its own process: the emulator with the bench data, no injected latency. */
let world: BenchWorld | undefined;
// registered before the slow start-up, so a stop request during it is not lost
onStop(async () => {
  await world?.close();
});
world = await startBenchWorld({ latencyMs: 0 });
announce(world.emulator.endpoint);
