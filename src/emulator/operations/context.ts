import type { Lifecycle, LiveTimings } from '../lifecycle/lifecycle.js';
import type { Request } from '../request-members.js';
import type { EmulatorStore } from '../store.js';

export interface OperationContext {
  store: EmulatorStore;
  lifecycle: Lifecycle;
  /** The request's clock reading (epoch ms). */
  now: number;
  /** How long a record created now stays invisible to Search. */
  searchLagMs: number;
  /** Phase durations of resources created now (LIVE_TIMINGS over the time scale). */
  timings: LiveTimings;
}

/** One SageMaker operation: takes the parsed request, returns the response (with `Date`s). */
export type Operation = (request: Request, context: OperationContext) => unknown;

/** When a record created through the API becomes visible to Search. */
export const visibleFrom = (context: OperationContext): { visibleAt: number } => ({
  visibleAt: context.now + context.searchLagMs,
});

/** Describe calls do not return tags (ListTags does); Search does. */
export const withoutTags = <T extends { Tags?: unknown }>(record: T): Omit<T, 'Tags'> => {
  const { Tags: _tags, ...rest } = record;
  return rest;
};

/** A deep copy of request-supplied structure, so later mutation of records cannot alias input. */
export const copy = <T>(value: T): T => structuredClone(value);
