import { emulatorMarkdown, runEmulatorBench } from './emulator.js';
import { describeMachine, machine, writeResult } from './report.js';
import { runScenarios, scenariosMarkdown } from './scenarios.js';
import { runThroughputBench, throughputMarkdown } from './throughput.js';

/**
 * Every scenario, one after another, each printing its tables; one JSON file with all figures.
 * BENCH_QUICK=1 shrinks every loop to a smoke run.
 */
const quick = process.env.BENCH_QUICK === '1';
const started = performance.now();
const section = (title: string): void => console.log(`\n## ${title}\n`);

console.log(describeMachine(machine()));
section('Calls, round trips and latency per query: limit, hand-written, gateway, per-item');
const scenarios = await runScenarios();
console.log(scenariosMarkdown(scenarios));
section('Gateway throughput and CPU');
const throughput = await runThroughputBench({ quick });
console.log(throughputMarkdown(throughput));
section('Emulator at scale');
const emulator = await runEmulatorBench({ quick });
console.log(emulatorMarkdown(emulator));

const seconds = Math.round((performance.now() - started) / 1000);
const file = writeResult('bench', {
  machine: machine(),
  seconds,
  scenarios,
  throughput,
  emulator,
});
console.log(`\nbench finished in ${seconds} s; JSON: ${file}`);
