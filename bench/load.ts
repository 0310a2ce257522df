import { type Agent, request } from 'node:http';
import { summarize, type Timing } from './stats.js';

/**
 * A small closed-loop load driver: `concurrency` workers each send the next request as soon as
 * the previous one is answered, over keep-alive connections, until the window ends. Every answer
 * is checked (status 200, `data`, no `errors`); failures are counted, never timed as successes.
 */

export interface LoadOptions {
  url: string;
  /**
   * The JSON bodies POSTed: worker i sends bodies[i % length] every time (one body: identical
   * concurrent queries; one per worker: distinct ones).
   */
  bodies: readonly string[];
  concurrency: number;
  durationMs: number;
  /** Shared across windows so connections stay warm; maxSockets ≥ concurrency. */
  agent: Agent;
  /** Where the latencies of correct answers are also appended, to summarize several windows. */
  latencies?: number[];
}

export interface LoadResult {
  /** Requests answered correctly. */
  ok: number;
  failures: number;
  /** The first few failures, for the report. */
  failureSamples: string[];
  /** From the first request to the last answer (in-flight requests are waited for). */
  elapsedMs: number;
  /** Correct answers per second. */
  requestsPerSecond: number;
  /** Latency of the correct answers. */
  latency: Timing;
}

export interface Answer {
  status: number;
  body: string;
}

/** One POST of a JSON body; rejects only on a network error. */
export function post(agent: Agent, url: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Why an answer is not a correct GraphQL result, or undefined when it is. */
export function problem(answer: Answer): string | undefined {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return `not JSON: ${answer.body.slice(0, 200)}`;
  }
  const result = parsed as { data?: unknown; errors?: unknown };
  if (result.errors !== undefined) return `errors: ${JSON.stringify(result.errors).slice(0, 300)}`;
  if (typeof result.data !== 'object' || result.data === null) return 'no data';
  return undefined;
}

const MAX_FAILURE_SAMPLES = 5;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const samples: number[] = [];
  const failureSamples: string[] = [];
  let failures = 0;
  const fail = (why: string): void => {
    failures++;
    if (failureSamples.length < MAX_FAILURE_SAMPLES) failureSamples.push(why);
  };

  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (index: number): Promise<void> => {
    const body = options.bodies[index % options.bodies.length] ?? '';
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const answer = await post(options.agent, options.url, body);
        const why = problem(answer);
        if (why === undefined) {
          const ms = performance.now() - sent;
          samples.push(ms);
          options.latencies?.push(ms);
        } else fail(why);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, index) => worker(index)));
  const elapsedMs = performance.now() - started;

  return {
    ok: samples.length,
    failures,
    failureSamples,
    elapsedMs: Math.round(elapsedMs),
    requestsPerSecond: Math.round((samples.length / elapsedMs) * 1000 * 10) / 10,
    latency: summarize(samples),
  };
}
