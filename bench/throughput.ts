import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { type LoadResult, post, problem, runLoad } from './load.js';
import { TRAINING_JOB_PAGE } from './queries.js';
import {
  describeMachine,
  type Machine,
  machine,
  ratio,
  ratioTable,
  table,
  writeResult,
} from './report.js';
import { CLOCK_TICKS_PER_SECOND, cpuMs, type Memory, memory } from './servers/proc.js';
import {
  GATEWAY_ENV,
  killAllServers,
  type ServerProcess,
  startServer,
  stopAllServers,
} from './servers/spawn.js';
import { summarize, type Timing } from './stats.js';

/**
 * The gateway's own throughput and CPU cost: a page of 100 training jobs with their links, with no
 * injected upstream latency. Each server is its own process over one emulator (its own process):
 * - the gateway, each request making its own SageMaker calls (what a request costs), on the
 *   compiled executor, on graphql-js's (GRAPHQL_JIT=false), and without federated tracing
 *   (FEDERATION_TRACING=false);
 * - the gateway as deployed, where identical reads in flight at once share one call: under 8
 *   identical concurrent queries (a dashboard many people poll, the best case for sharing), on
 *   both executors, and under 8 distinct ones (pages of 93 to 100 jobs: different Searches);
 * - a server of the hand-written SDK sequence for the same data, without GraphQL (the floor for
 *   any server over SageMaker), and a bare graphql-yoga app executing the same selection over the
 *   same JSON (the floor for GraphQL over HTTP), both under the 8 distinct queries;
 * - with BENCH_BASELINE=<directory>, the gateway of another checkout (e.g. a git worktree of an
 *   earlier commit), as it deploys under 8 identical queries, and with its own calls.
 * Driver, servers and emulator share the machine's cores, so the targets are measured in rotating
 * windows (ABC…, …CBA) and see the same machine.
 */

const FIRST = 100;
const CONCURRENCY = 8;
// more rounds of shorter windows: the paired ratios' medians need several rounds
const FULL = { warmupMs: 1_500, windowMs: 2_000, rounds: 6 };
const QUICK = { warmupMs: 300, windowMs: 1_000, rounds: 1 };

const GATEWAY = 'gateway, own calls';
const GATEWAY_JS = 'gateway, own calls, graphql-js executor';
const UNTRACED = 'gateway, own calls, FEDERATION_TRACING=false';
const SHARED = 'as deployed, 8 identical queries';
const SHARED_JS = 'as deployed, graphql-js executor, 8 identical queries';
const DISTINCT = 'as deployed, 8 distinct queries';
const BARE = 'bare yoga, same JSON, 8 distinct queries';
const HANDWRITTEN = 'hand-written SDK sequence, no GraphQL, 8 distinct queries';
const BASELINE = 'gateway of BENCH_BASELINE, as deployed, 8 identical queries';
const BASELINE_OWN = 'gateway of BENCH_BASELINE, own calls';
const PROFILED = 'gateway, own calls, under --cpu-prof (in no ratio)';
type Target = string;

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

interface TargetSummary extends Omit<Window, 'round' | 'target' | 'p50Ms' | 'p95Ms'> {
  latency: Timing;
  memory: Memory;
}

export interface ThroughputResult {
  machine: Machine & { clockTicksPerSecond: number };
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
  /** The checkout measured as BASELINE, if any. */
  baseline: string | null;
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

const perRequest = (ms: number, requests: number): number =>
  requests === 0 ? Number.NaN : Math.round((ms / requests) * 1000) / 1000;

const server = (file: string): URL => new URL(`./servers/${file}`, import.meta.url);

export function throughputMarkdown(result: ThroughputResult): string {
  const { setup } = result;
  const lines = [
    `Query: TRAINING_JOB_PAGE, first: ${setup.first} (${setup.items} items, ${Math.round(setup.responseBytes / 1024)} KB of JSON); ${setup.concurrency} concurrent keep-alive connections; ${setup.rounds} round(s) of ${setup.windowMs / 1000} s per target after ${setup.warmupMs / 1000} s of warm-up; NODE_ENV=production; CPU from /proc at ${result.machine.clockTicksPerSecond} ticks/s; driver, servers and emulator share the machine's CPUs.`,
    '',
    table(
      [
        'Target',
        'requests',
        'failures',
        'req/s',
        'p50 ms',
        'p95 ms',
        'server CPU ms/req',
        'server CPU %',
        'emulator CPU ms/req',
        'RSS MB',
        'peak RSS MB',
      ],
      Object.entries(result.targets).map(([name, s]) => {
        return [
          name,
          s.requests,
          s.failures,
          s.requestsPerSecond,
          s.latency.p50,
          s.latency.p95,
          s.serverCpuMsPerRequest,
          s.serverCpuPercent,
          s.emulatorCpuMsPerRequest,
          s.memory.rssMB,
          s.memory.peakRssMB,
        ];
      }),
    ),
    '',
    ratioTable(result.ratios),
    '',
    table(
      ['Window', 'target', 'req/s', 'p50 ms', 'server CPU ms/req', 'emulator CPU ms/req'],
      result.windows.map((w) => [
        w.round,
        w.target,
        w.requestsPerSecond,
        w.p50Ms,
        w.serverCpuMsPerRequest,
        w.emulatorCpuMsPerRequest,
      ]),
    ),
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

/** Runs the scenario, prints its tables and returns the figures (JSON-serializable). */
export async function runThroughputBench(
  options: { quick?: boolean } = {},
): Promise<ThroughputResult> {
  const quick = options.quick ?? process.env.BENCH_QUICK === '1';
  const { warmupMs, windowMs, rounds } = quick ? QUICK : FULL;
  const profileDir =
    process.env.BENCH_CPU_PROF === '1'
      ? fileURLToPath(new URL('./results/profiles/', import.meta.url))
      : null;
  const bodyOf = (first: number): string =>
    JSON.stringify({ query: TRAINING_JOB_PAGE, variables: { first } });
  const body = bodyOf(FIRST);
  const identical = [body];
  // pages of 93..100: each its own root Search and links, so no read is shared between them
  const distinct = Array.from({ length: CONCURRENCY }, (_, at) => bodyOf(FIRST - at));

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
    const ownCalls = { ...GATEWAY_ENV, BENCH_COALESCE: 'false' };
    const gateway = await startServer(GATEWAY, server('gateway.ts'), {
      args: [world.url],
      env: ownCalls,
    });
    // the profiler costs CPU itself: the profiled gateway is a target of its own, so the
    // figures of the others stay clean
    const profiled =
      profileDir === null
        ? undefined
        : await startServer(PROFILED, server('gateway.ts'), {
            args: [world.url],
            env: ownCalls,
            nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir],
          });
    const gatewayJs = await startServer(GATEWAY_JS, server('gateway.ts'), {
      args: [world.url],
      env: { ...ownCalls, GRAPHQL_JIT: 'false' },
    });
    const untraced = await startServer(UNTRACED, server('gateway.ts'), {
      args: [world.url],
      env: { ...ownCalls, FEDERATION_TRACING: 'false' },
    });
    const shared = await startServer(SHARED, server('gateway.ts'), {
      args: [world.url],
      env: GATEWAY_ENV,
    });
    const sharedJs = await startServer(SHARED_JS, server('gateway.ts'), {
      args: [world.url],
      env: { ...GATEWAY_ENV, GRAPHQL_JIT: 'false' },
    });
    const baselineDir = process.env.BENCH_BASELINE;
    const baselineGateway = (name: string, env: Record<string, string>) =>
      baselineDir === undefined || baselineDir === ''
        ? undefined
        : startServer(name, pathToFileURL(join(baselineDir, 'bench/servers/gateway.ts')), {
            args: [world.url],
            env,
          });
    const baseline = await baselineGateway(BASELINE, GATEWAY_ENV);
    const baselineOwn = await baselineGateway(BASELINE_OWN, ownCalls);

    // the gateway's answer, once, is what the bare app serves; every target must answer it
    const reference = await post(agent, gateway.url, body);
    const why = problem(reference);
    if (why !== undefined) throw new Error(`the gateway did not answer the query: ${why}`);
    const data = (JSON.parse(reference.body) as { data: { trainingJobs: { nodes: unknown[] } } })
      .data;
    const items = data.trainingJobs.nodes.length;
    if (items !== FIRST) console.error(`warning: the page holds ${items} items, not ${FIRST}`);
    const dataFile = join(temp, 'data.json');
    writeFileSync(dataFile, JSON.stringify(data));
    const bare = await startServer(BARE, server('bare.ts'), { args: [dataFile] });
    const handwritten = await startServer(HANDWRITTEN, server('handwritten.ts'), {
      args: [world.url],
    });
    const servers = new Map<Target, { process: ServerProcess; bodies: readonly string[] }>([
      [GATEWAY, { process: gateway, bodies: identical }],
      [GATEWAY_JS, { process: gatewayJs, bodies: identical }],
      [UNTRACED, { process: untraced, bodies: identical }],
      [SHARED, { process: shared, bodies: identical }],
      [SHARED_JS, { process: sharedJs, bodies: identical }],
      [DISTINCT, { process: shared, bodies: distinct }],
      ...(baseline === undefined
        ? []
        : [[BASELINE, { process: baseline, bodies: identical }] as const]),
      ...(baselineOwn === undefined
        ? []
        : [[BASELINE_OWN, { process: baselineOwn, bodies: identical }] as const]),
      [HANDWRITTEN, { process: handwritten, bodies: distinct }],
      [BARE, { process: bare, bodies: distinct }],
      ...(profiled === undefined
        ? []
        : [[PROFILED, { process: profiled, bodies: identical }] as const]),
    ]);
    const TARGETS = [...servers.keys()];
    const urlOf = (target: Target): string => servers.get(target)?.process.url ?? '';
    const pidOf = (target: Target): number => servers.get(target)?.process.pid ?? 0;
    const bodiesOf = (target: Target): readonly string[] => servers.get(target)?.bodies ?? [];
    // every target answers every body it is sent as the gateway (with its own calls) does
    const expected = new Map<string, unknown>();
    for (const sent of distinct) {
      const answer = await post(agent, gateway.url, sent);
      expected.set(sent, (JSON.parse(answer.body) as { data: unknown }).data);
    }
    for (const target of TARGETS) {
      for (const sent of bodiesOf(target)) {
        const answer = await post(agent, urlOf(target), sent);
        const problemOf = problem(answer);
        if (problemOf !== undefined) throw new Error(`${target} did not answer: ${problemOf}`);
        const answered = (JSON.parse(answer.body) as { data: unknown }).data;
        if (!isDeepStrictEqual(answered, expected.get(sent))) {
          throw new Error(`${target} answered different data from the gateway`);
        }
      }
    }

    const failureSamples: string[] = [];
    let failures = 0;
    const count = (load: LoadResult): void => {
      failures += load.failures;
      failureSamples.push(...load.failureSamples.slice(0, 5 - failureSamples.length));
    };
    for (const target of TARGETS) {
      const url = urlOf(target);
      const bodies = bodiesOf(target);
      count(await runLoad({ url, bodies, concurrency: CONCURRENCY, durationMs: warmupMs, agent }));
    }

    const windows: Window[] = [];
    const latencies = new Map<Target, number[]>(TARGETS.map((t) => [t, []]));
    const totals = new Map(
      TARGETS.map((t) => [t, { elapsedMs: 0, server: 0, emulator: 0, driver: 0 }]),
    );
    for (let round = 1; round <= rounds; round++) {
      // ABC, CBA, …: a drift of the machine's state over the run weighs on every target alike
      const order = round % 2 === 1 ? TARGETS : [...TARGETS].reverse();
      for (const target of order) {
        const pid = pidOf(target);
        const before = {
          server: cpuMs(pid),
          emulator: cpuMs(world.pid),
          driver: process.cpuUsage(),
        };
        const load = await runLoad({
          url: urlOf(target),
          bodies: bodiesOf(target),
          concurrency: CONCURRENCY,
          durationMs: windowMs,
          agent,
          latencies: latencies.get(target) ?? [],
        });
        const serverMs = cpuMs(pid) - before.server;
        const emulatorMs = cpuMs(world.pid) - before.emulator;
        const driverUsage = process.cpuUsage(before.driver);
        const driverMs = (driverUsage.user + driverUsage.system) / 1000;
        count(load);
        const total = totals.get(target);
        if (total !== undefined) {
          total.elapsedMs += load.elapsedMs;
          total.server += serverMs;
          total.emulator += emulatorMs;
          total.driver += driverMs;
        }
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
      const total = totals.get(target) ?? { elapsedMs: 0, server: 0, emulator: 0, driver: 0 };
      const own = windows.filter((w) => w.target === target);
      const requests = own.reduce((sum, w) => sum + w.requests, 0);
      return {
        requests,
        failures: own.reduce((sum, w) => sum + w.failures, 0),
        requestsPerSecond: Math.round((requests / total.elapsedMs) * 1000 * 10) / 10,
        latency: summarize(latencies.get(target) ?? []),
        serverCpuMsPerRequest: perRequest(total.server, requests),
        serverCpuPercent: Math.round((total.server / total.elapsedMs) * 100),
        emulatorCpuMsPerRequest: perRequest(total.emulator, requests),
        driverCpuMsPerRequest: perRequest(total.driver, requests),
        memory: memory(pidOf(target)),
      };
    };
    // each target summarized once: its memory is read from /proc at this moment
    const summaries = new Map(TARGETS.map((t) => [t, summary(t)]));
    const targets = Object.fromEntries(summaries);
    const summaryOf = (target: Target): TargetSummary => {
      const found = summaries.get(target);
      if (found === undefined) throw new Error(`no figures for ${target}`);
      return found;
    };
    const g = summaryOf(GATEWAY);
    const gJs = summaryOf(GATEWAY_JS);
    const js = summaryOf(SHARED_JS);
    const b = summaryOf(BARE);
    const h = summaryOf(HANDWRITTEN);
    const deployed = summaryOf(SHARED);
    const apart = summaryOf(DISTINCT);
    const floor = h.serverCpuMsPerRequest + b.serverCpuMsPerRequest;
    /**
     * The median over rounds of a's CPU per request over b's in the same round: the machine's
     * load drifts between rounds (another job starting or stopping moved whole runs by 10-15 %),
     * and a round's windows follow each other, so a pair sees about the same machine.
     */
    const pairedRatio = (a: Target, b: Target): number => {
      const cpuIn = (target: Target, round: number) =>
        windows.find((w) => w.target === target && w.round === round)?.serverCpuMsPerRequest;
      const ratios = Array.from({ length: rounds }, (_, at) =>
        ratio(cpuIn(a, at + 1), cpuIn(b, at + 1)),
      ).sort((x, y) => x - y);
      const mid = Math.floor(ratios.length / 2);
      return ratios.length % 2 === 1
        ? (ratios[mid] ?? Number.NaN)
        : Math.round((((ratios[mid - 1] ?? 0) + (ratios[mid] ?? 0)) / 2) * 100) / 100;
    };
    const before = baseline === undefined ? undefined : summaryOf(BASELINE);
    const beforeOwn = baselineOwn === undefined ? undefined : summaryOf(BASELINE_OWN);
    const u = summaryOf(UNTRACED);

    const result: ThroughputResult = {
      machine: { ...machine(), clockTicksPerSecond: CLOCK_TICKS_PER_SECOND },
      baseline: baseline === undefined ? null : (baselineDir ?? null),
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
      emulatorMemory: memory(world.pid),
      gatewayLogLines: gateway.linesAfterReady(),
      failures,
      failureSamples,
      ratios: {
        'own calls / (hand-written + bare yoga), server CPU ms per request': ratio(
          g.serverCpuMsPerRequest,
          floor,
        ),
        'as deployed, identical / (hand-written + bare yoga), server CPU ms per request': ratio(
          deployed.serverCpuMsPerRequest,
          floor,
        ),
        'as deployed, distinct / (hand-written + bare yoga), server CPU ms per request': ratio(
          apart.serverCpuMsPerRequest,
          floor,
        ),
        'own calls / hand-written, server CPU ms per request': ratio(
          g.serverCpuMsPerRequest,
          h.serverCpuMsPerRequest,
        ),
        'own calls / bare yoga, server CPU ms per request': ratio(
          g.serverCpuMsPerRequest,
          b.serverCpuMsPerRequest,
        ),
        'graphql-js / compiled, own calls, server CPU ms per request': ratio(
          gJs.serverCpuMsPerRequest,
          g.serverCpuMsPerRequest,
        ),
        'graphql-js / compiled, as deployed identical, server CPU ms per request': ratio(
          js.serverCpuMsPerRequest,
          deployed.serverCpuMsPerRequest,
        ),
        'FEDERATION_TRACING=false / on, own calls, server CPU ms per request': ratio(
          u.serverCpuMsPerRequest,
          g.serverCpuMsPerRequest,
        ),
        'FEDERATION_TRACING=false / on, median of the rounds’ ratios': pairedRatio(
          UNTRACED,
          GATEWAY,
        ),
        'as deployed identical / own calls, req/s': ratio(
          deployed.requestsPerSecond,
          g.requestsPerSecond,
        ),
        'as deployed distinct / own calls, req/s': ratio(
          apart.requestsPerSecond,
          g.requestsPerSecond,
        ),
        'own calls / hand-written, req/s': ratio(g.requestsPerSecond, h.requestsPerSecond),
        ...(before === undefined
          ? {}
          : {
              'BENCH_BASELINE / as deployed, gateway CPU ms per request': ratio(
                before.serverCpuMsPerRequest,
                deployed.serverCpuMsPerRequest,
              ),
              'as deployed / BENCH_BASELINE, gateway req/s': ratio(
                deployed.requestsPerSecond,
                before.requestsPerSecond,
              ),
            }),
        ...(beforeOwn === undefined
          ? {}
          : {
              'own calls / BENCH_BASELINE own calls, gateway CPU ms per request': ratio(
                g.serverCpuMsPerRequest,
                beforeOwn.serverCpuMsPerRequest,
              ),
              'own calls / BENCH_BASELINE own calls, median of the rounds’ ratios': pairedRatio(
                GATEWAY,
                BASELINE_OWN,
              ),
              'as deployed identical / BENCH_BASELINE, median of the rounds’ ratios': pairedRatio(
                SHARED,
                BASELINE,
              ),
            }),
      },
    };
    if (failures > 0) {
      console.error(
        `\nthroughput bench: ${failures} requests FAILED; see the warning in its table.`,
      );
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
  const result = await runThroughputBench();
  console.log(`${describeMachine(result.machine)}\n\n${throughputMarkdown(result)}`);
  console.log(`\nJSON: ${writeResult('throughput', result)}`);
}
