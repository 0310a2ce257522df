import type { Tag } from '@aws-sdk/client-sagemaker';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Tags from a plain object, in key order. */
export const tags = (values: Readonly<Record<string, string>>): Tag[] =>
  Object.entries(values).map(([Key, Value]) => ({ Key, Value }));

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The timestamp suffix the SageMaker Python SDK gives job names: `2025-05-30-14-02-11-123`. */
export const nameTimestamp = (at: number): string => {
  const date = new Date(at);
  return [
    date.getUTCFullYear(),
    pad(date.getUTCMonth() + 1),
    pad(date.getUTCDate()),
    pad(date.getUTCHours()),
    pad(date.getUTCMinutes()),
    pad(date.getUTCSeconds()),
    pad(date.getUTCMilliseconds(), 3),
  ].join('-');
};

/** `yyyymmdd` of an instant, for resource names. */
export const dayStamp = (at: number): string => {
  const date = new Date(at);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
};
