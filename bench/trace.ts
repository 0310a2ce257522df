/**
 * What one run asked of SageMaker, read from the recording proxy in front of the emulator
 * (servers/trace-proxy.ts): each call's operation and when it was sent and answered.
 */

export interface TracedCall {
  operation: string;
  /** performance.now() of the proxy's process when the request arrived and when it was answered. */
  start: number;
  end: number;
}

export interface CallSummary {
  total: number;
  byOperation: Record<string, number>;
  /**
   * Sequential round trips: the longest chain of calls each sent after the previous one was
   * answered. With a fixed latency per call this is what the wall time pays for.
   */
  roundTrips: number;
}

/** The most calls in a chain where each starts after the last ended (earliest end first). */
export function roundTrips(calls: readonly TracedCall[]): number {
  const byEnd = [...calls].sort((a, b) => a.end - b.end);
  let chain = 0;
  let free = Number.NEGATIVE_INFINITY;
  for (const call of byEnd) {
    if (call.start < free) continue;
    chain += 1;
    free = call.end;
  }
  return chain;
}

export function summarizeCalls(calls: readonly TracedCall[]): CallSummary {
  const byOperation: Record<string, number> = {};
  for (const call of calls) byOperation[call.operation] = (byOperation[call.operation] ?? 0) + 1;
  return { total: calls.length, byOperation, roundTrips: roundTrips(calls) };
}
