import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { type LoadResult, post, problem, runLoad } from './load.js';
import { TRAINING_JOB_PAGE } from './queries.js';
import { CLOCK_TICKS_PER_SECOND, cpuMs, type Memory, memory } from './servers/proc.js';
import {
  killAllServers,
  type ServerProcess,
  startServer,
  stopAllServers,
} from './servers/spawn.js';
import { summarize, type Timing } from './stats.js';

/**
 * The gateway's own throughput and CPU cost: a page of 100 training jobs with their links, with no
 * injected upstream latency, against a bare graphql-yoga app that executes the same selection over
 * the same JSON. Driver, gateway, bare app and emulator are separate processes on the same cores,
 * so the two targets are measured in alternating windows (ABBA order) and see the same machine.
 */

const FIRST = 100;
const CONCURRENCY = 8;
const FULL = { warmupMs: 2_000, windowMs: 4_000, rounds: 3 };
const QUICK = { warmupMs: 300, windowMs: 1_000, rounds: 1 };

type Target = 'gateway' | 'bare';
const TARGETS: readonly Target[] = ['gateway', 'bare'];

interface Window {
  round: number;
  target: Target;
  requests: number;
  failures: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** CPU of the target's process per correct answer. */
  serverCpuMsPerRequest: number;
  /** The target's CPU time over the window's wall time (100 = one core busy). */
  serverCpuPercent: number;
  /** CPU of the emulator per correct answer (the bare app never calls it: ≈ 0 there). */
  emulatorCpuMsPerRequest: number;
  /** CPU of this process (the load driver) per correct answer. */
  driverCpuMsPerRequest: number;
}

interface TargetSummary {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  latency: Timing;
  serverCpuMsPerRequest: number;
  serverCpuPercent: number;
  emulatorCpuMsPerRequest: number;
  driverCpuMsPerRequest: number;
  memory: Memory;
}

export interface ThroughputResult {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    clockTicksPerSecond: number;
  };
  setup: {
    query: 'TRAINING_JOB_PAGE';
    first: number;
    items: number;
    responseBytes: number;
    concurrency: number;
    warmupMs: number;
    windowMs: number;
    rounds: number;
    quick: boolean;
    /** Where the gateway's CPU profile was written (BENCH_CPU_PROF=1), else null. */
    cpuProfileDir: string | null;
  };
  windows: Window[];
  targets: Record<Target, TargetSummary>;
  emulatorMemory: Memory;
  /** Lines the gateway wrote to stdout during the run: its request log, one per request. */
  gatewayLogLines: number;
  /** Failed requests over every window, warm-up included; anything but 0 spoils the figures. */
  failures: number;
  failureSamples: string[];
  ratios: Record<string, number>;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : round2(a / b));
const perRequest = (ms: number, requests: number): number =>
  requests === 0 ? Number.NaN : Math.round((ms / requests) * 1000) / 1000;

const server = (file: string): URL => new URL(`./servers/${file}`, import.meta.url);

function markdown(result: ThroughputResult): string {
  const { machine, setup } = result;
  const t = result.targets;
  const lines = [
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}; driver, gateway, bare app and emulator share these CPUs.`,
    `Query: TRAINING_JOB_PAGE, first: ${setup.first} (${setup.items} items, ${Math.round(setup.responseBytes / 1024)} KB of JSON); ${setup.concurrency} concurrent keep-alive connections; ${setup.rounds} round(s) of ${setup.windowMs / 1000} s per target after ${setup.warmupMs / 1000} s of warm-up; CPU from /proc at ${machine.clockTicksPerSecond} ticks/s.`,
    '',
    '| Window | target | requests | failures | req/s | p50 ms | p95 ms | server CPU ms/req | server CPU % | emulator CPU ms/req | driver CPU ms/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.windows.map(
      (w) =>
        `| ${w.round} | ${w.target} | ${w.requests} | ${w.failures} | ${w.requestsPerSecond} | ${w.p50Ms} | ${w.p95Ms} | ${w.serverCpuMsPerRequest} | ${w.serverCpuPercent} | ${w.emulatorCpuMsPerRequest} | ${w.driverCpuMsPerRequest} |`,
    ),
    '',
    '| Target | requests | failures | req/s | p50 ms | p95 ms | server CPU ms/req | server CPU % | emulator CPU ms/req | driver CPU ms/req | RSS MB | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...TARGETS.map((name) => {
      const s = t[name];
      return `| ${name} | ${s.requests} | ${s.failures} | ${s.requestsPerSecond} | ${s.latency.p50} | ${s.latency.p95} | ${s.serverCpuMsPerRequest} | ${s.serverCpuPercent} | ${s.emulatorCpuMsPerRequest} | ${s.driverCpuMsPerRequest} | ${s.memory.rssMB} | ${s.memory.peakRssMB} |`;
    }),
    `| emulator (world) | | | | | | | | | | ${result.emulatorMemory.rssMB} | ${result.emulatorMemory.peakRssMB} |`,
    '',
    '| Ratio | value |',
    '|---|---:|',
    ...Object.entries(result.ratios).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `Gateway request log: ${result.gatewayLogLines} lines on stdout during the run.`,
  ];
  if (setup.cpuProfileDir !== null) lines.push(`Gateway CPU profile: ${setup.cpuProfileDir}`);
  if (result.failures > 0) {
    lines.push(
      '',
      `**WARNING: ${result.failures} requests failed; the figures above are not valid.**`,
      ...result.failureSamples.map((s) => `- ${s}`),
    );
  }
  return lines.join('\n');
}

/** Runs the scenario, prints markdown tables and returns the figures (JSON-serializable). */
export async function runThroughputBench(
  options: { quick?: boolean } = {},
): Promise<ThroughputResult> {
  const quick = options.quick ?? process.env.BENCH_QUICK === '1';
  const { warmupMs, windowMs, rounds } = quick ? QUICK : FULL;
  const profileDir =
    process.env.BENCH_CPU_PROF === '1'
      ? fileURLToPath(new URL('./results/profiles/', import.meta.url))
      : null;
  const body = JSON.stringify({ query: TRAINING_JOB_PAGE, variables: { first: FIRST } });

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const temp = mkdtempSync(join(tmpdir(), 'bench-throughput-'));
  const removeTemp = (): void => rmSync(temp, { recursive: true, force: true });
  // an interrupted run still stops its children (SIGTERM, so a profile is written), and a parent
  // that exits any other way SIGKILLs what is left
  const interrupted = (signal: NodeJS.Signals): void => {
    agent.destroy();
    void stopAllServers(3_000).finally(() => {
      removeTemp();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.once('exit', killAllServers);
  try {
    const world = await startServer('emulator', server('world.ts'));
    if (profileDir !== null) mkdirSync(profileDir, { recursive: true });
    const gateway = await startServer('gateway', server('gateway.ts'), {
      args: [world.url],
      nodeArgs: profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir],
    });

    // the gateway's answer, once, is what the bare app serves
    const reference = await post(agent, gateway.url, body);
    const why = problem(reference);
    if (why !== undefined) throw new Error(`the gateway did not answer the query: ${why}`);
    const data = (JSON.parse(reference.body) as { data: { trainingJobs: { nodes: unknown[] } } })
      .data;
    const items = data.trainingJobs.nodes.length;
    if (items !== FIRST) console.error(`warning: the page holds ${items} items, not ${FIRST}`);
    const dataFile = join(temp, 'data.json');
    writeFileSync(dataFile, JSON.stringify(data));
    const bare = await startServer('bare', server('bare.ts'), { args: [dataFile] });
    const bareAnswer = await post(agent, bare.url, body);
    const bareWhy = problem(bareAnswer);
    if (bareWhy !== undefined) throw new Error(`the bare app did not answer the query: ${bareWhy}`);
    if (!isDeepStrictEqual((JSON.parse(bareAnswer.body) as { data: unknown }).data, data)) {
      throw new Error('the bare app answered different data from the gateway');
    }

    const servers: Record<Target, ServerProcess> = { gateway, bare };
    const failureSamples: string[] = [];
    let failures = 0;
    const count = (load: LoadResult): void => {
      failures += load.failures;
      failureSamples.push(...load.failureSamples.slice(0, 5 - failureSamples.length));
    };

    for (const target of TARGETS) {
      count(
        await runLoad({
          url: servers[target].url,
          body,
          concurrency: CONCURRENCY,
          durationMs: warmupMs,
          agent,
        }),
      );
    }

    const windows: Window[] = [];
    const latencies: Record<Target, number[]> = { gateway: [], bare: [] };
    const totals: Record<
      Target,
      { elapsedMs: number; server: number; emulator: number; driver: number }
    > = {
      gateway: { elapsedMs: 0, server: 0, emulator: 0, driver: 0 },
      bare: { elapsedMs: 0, server: 0, emulator: 0, driver: 0 },
    };
    for (let round = 1; round <= rounds; round++) {
      // ABBA: a drift of the machine's state over the run weighs on both targets alike
      const order = round % 2 === 1 ? TARGETS : [...TARGETS].reverse();
      for (const target of order) {
        const pid = servers[target].pid;
        const before = {
          server: cpuMs(pid),
          emulator: cpuMs(world.pid),
          driver: process.cpuUsage(),
        };
        const load = await runLoad({
          url: servers[target].url,
          body,
          concurrency: CONCURRENCY,
          durationMs: windowMs,
          agent,
          latencies: latencies[target],
        });
        const serverMs = cpuMs(pid) - before.server;
        const emulatorMs = cpuMs(world.pid) - before.emulator;
        const driverUsage = process.cpuUsage(before.driver);
        const driverMs = (driverUsage.user + driverUsage.system) / 1000;
        count(load);
        const total = totals[target];
        total.elapsedMs += load.elapsedMs;
        total.server += serverMs;
        total.emulator += emulatorMs;
        total.driver += driverMs;
        windows.push({
          round,
          target,
          requests: load.ok,
          failures: load.failures,
          requestsPerSecond: load.requestsPerSecond,
          p50Ms: load.latency.p50,
          p95Ms: load.latency.p95,
          serverCpuMsPerRequest: perRequest(serverMs, load.ok),
          serverCpuPercent: Math.round((serverMs / load.elapsedMs) * 100),
          emulatorCpuMsPerRequest: perRequest(emulatorMs, load.ok),
          driverCpuMsPerRequest: perRequest(driverMs, load.ok),
        });
      }
    }

    const summary = (target: Target): TargetSummary => {
      const total = totals[target];
      const own = windows.filter((w) => w.target === target);
      const requests = own.reduce((sum, w) => sum + w.requests, 0);
      return {
        requests,
        failures: own.reduce((sum, w) => sum + w.failures, 0),
        requestsPerSecond: Math.round((requests / total.elapsedMs) * 1000 * 10) / 10,
        latency: summarize(latencies[target]),
        serverCpuMsPerRequest: perRequest(total.server, requests),
        serverCpuPercent: Math.round((total.server / total.elapsedMs) * 100),
        emulatorCpuMsPerRequest: perRequest(total.emulator, requests),
        driverCpuMsPerRequest: perRequest(total.driver, requests),
        memory: memory(servers[target].pid),
      };
    };
    const targets = { gateway: summary('gateway'), bare: summary('bare') };
    const emulatorMemory = memory(world.pid);
    const g = targets.gateway;
    const b = targets.bare;

    const result: ThroughputResult = {
      machine: {
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1e9),
        node: process.version,
        clockTicksPerSecond: CLOCK_TICKS_PER_SECOND,
      },
      setup: {
        query: 'TRAINING_JOB_PAGE',
        first: FIRST,
        items,
        responseBytes: Buffer.byteLength(reference.body),
        concurrency: CONCURRENCY,
        warmupMs,
        windowMs,
        rounds,
        quick,
        cpuProfileDir: profileDir,
      },
      windows,
      targets,
      emulatorMemory,
      gatewayLogLines: gateway.linesAfterReady(),
      failures,
      failureSamples,
      ratios: {
        'bare / gateway req/s': ratio(b.requestsPerSecond, g.requestsPerSecond),
        'gateway / bare server CPU ms per request': ratio(
          g.serverCpuMsPerRequest,
          b.serverCpuMsPerRequest,
        ),
        '(gateway + emulator) / bare CPU ms per request': ratio(
          g.serverCpuMsPerRequest + g.emulatorCpuMsPerRequest,
          b.serverCpuMsPerRequest,
        ),
        'gateway / bare p50 latency': ratio(g.latency.p50, b.latency.p50),
      },
    };

    console.log(markdown(result));
    if (failures > 0) {
      console.error(`\nthroughput bench: ${failures} requests FAILED; see the warning above.`);
    }
    return result;
  } finally {
    agent.destroy();
    await stopAllServers();
    removeTemp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    process.off('exit', killAllServers);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runThroughputBench();
}
