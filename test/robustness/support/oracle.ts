import type { Exchange } from './exchange.js';

interface WireError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
}

/** Codes that mean "your input is wrong": the gateway must say so before calling SageMaker. */
const REJECTION =
  /^(BAD_USER_INPUT|BAD_REQUEST|FILTER_LIMIT_EXCEEDED|MAX_[A-Z_]+_LIMIT|GRAPHQL_[A-Z_]+)$/;

/** The most upstream calls one fuzzed request may cost; each fuzzed document selects little. */
const MAX_CALLS_PER_REQUEST = 100;

const errorsOf = (json: unknown): WireError[] => {
  const bodies = Array.isArray(json) ? json : [json];
  return bodies.flatMap((body) => {
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) ? (errors as WireError[]) : [];
  });
};

/** The `extensions.code` of every error in the answer (batched answers included). */
const codesOf = (json: unknown): string[] =>
  errorsOf(json).map((error) => String(error.extensions?.code ?? '(no code)'));

const dataOf = (json: unknown): Record<string, unknown> | null => {
  const data = (json as { data?: unknown } | null)?.data;
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : null;
};

const total = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);

const clip = (text: string, max = 600): string =>
  text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;

/** What failed and the exchange that shows it, for fast-check's counterexample report. */
export class RobustnessViolation extends Error {
  constructor(property: string, exchange: Exchange) {
    super(
      [
        property,
        `  request: ${exchange.request.method ?? 'POST'} ${clip(exchange.request.path ?? '/graphql', 300)} ${clip(exchange.request.body ?? '', 900)}`,
        `  answer: HTTP ${exchange.status} in ${Math.round(exchange.ms)} ms: ${clip(exchange.text)}`,
        `  upstream calls: ${JSON.stringify(exchange.calls)}; rejected by the service model: ${JSON.stringify(exchange.rejections)}`,
      ].join('\n'),
    );
    this.name = 'RobustnessViolation';
  }
}

/** Whether the whole answer is a rejection of the input: only rejection codes, no data. */
function isRejection(exchange: Exchange): boolean {
  const codes = codesOf(exchange.json);
  if (codes.length === 0 || !codes.every((code) => REJECTION.test(code))) return false;
  const data = dataOf(exchange.json);
  return data === null || Object.values(data).every((value) => value === null);
}

/**
 * The properties every answer holds, whatever the input: no 5xx, no masked internal error,
 * nothing sent upstream for input the gateway rejects, nothing sent upstream that SageMaker's
 * service model forbids, and a bounded number of upstream calls.
 */
export function expectRobust(exchange: Exchange): void {
  if (exchange.status >= 500) throw new RobustnessViolation('HTTP 5xx', exchange);
  if (codesOf(exchange.json).includes('INTERNAL_SERVER_ERROR')) {
    throw new RobustnessViolation('INTERNAL_SERVER_ERROR for user input', exchange);
  }
  if (total(exchange.rejections) > 0) {
    throw new RobustnessViolation('sent a request the service model forbids', exchange);
  }
  if (isRejection(exchange) && total(exchange.calls) > 0) {
    throw new RobustnessViolation('called SageMaker for input it rejects', exchange);
  }
  if (total(exchange.calls) > MAX_CALLS_PER_REQUEST) {
    throw new RobustnessViolation(`more than ${MAX_CALLS_PER_REQUEST} upstream calls`, exchange);
  }
}

/** Like {@link expectRobust}, and the answer must be a rejection with one of `codes`. */
export function expectRejected(exchange: Exchange, codes: RegExp): void {
  expectRobust(exchange);
  const found = codesOf(exchange.json);
  if (!isRejection(exchange) || !found.some((code) => codes.test(code))) {
    throw new RobustnessViolation(`expected a rejection with a code matching ${codes}`, exchange);
  }
}

/** The answer's `data`, for properties about what it says. */
export const answerData = dataOf;
