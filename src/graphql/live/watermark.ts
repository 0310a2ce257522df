import type { Filter } from '@aws-sdk/client-sagemaker';

/** SageMaker Search compares timestamps to the second (`YYYY-mm-ddTHH:MM:SS`). */
const SECOND_MS = 1000;

/** `ms` floored to the second Search can compare it at. */
export const floorToSecond = (ms: number): number => Math.floor(ms / SECOND_MS) * SECOND_MS;

/**
 * The watermark after a poll that read records modified at `modified` (epoch ms): the latest of
 * them floored to its second, never earlier than `current`. The next poll asks for
 * `LastModifiedTime >= watermark`, so it reads that second again (a change later in the same
 * second is not missed) and the dedupe (seen-states.ts) drops what it read before. Pure.
 */
export function advanceWatermark(current: number, modified: Iterable<number>): number {
  let latest = current;
  for (const ms of modified) if (Number.isFinite(ms) && ms > latest) latest = ms;
  return floorToSecond(latest);
}

/** The Search filter `LastModifiedTime >= watermark`, in SageMaker's timestamp format. */
export const watermarkFilter = (watermark: number): Filter => ({
  Name: 'LastModifiedTime',
  Operator: 'GreaterThanOrEqualTo',
  Value: new Date(floorToSecond(Math.max(0, watermark))).toISOString().slice(0, 19),
});
