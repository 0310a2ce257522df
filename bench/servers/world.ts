import { type BenchWorld, startBenchWorld } from '../fixture.js';
import { announce, onStop } from './child.js';
import { startTraceProxy } from './trace-proxy.js';

/**
 * The bench world in its own process: the emulator with the bench data, no injected latency
 * (set it through `/_emulator/knobs`), behind a recording proxy; the proxy's URL is announced.
 */
let world: BenchWorld | undefined;
let proxy: { close(): Promise<void> } | undefined;
// registered before the slow start-up, so a stop request during it is not lost
onStop(async () => {
  await proxy?.close();
  await world?.close();
});
world = await startBenchWorld({ latencyMs: 0 });
const started = await startTraceProxy(world.emulator.endpoint);
proxy = started;
announce(started.url);
