import { z } from 'zod';

/** Bounds of the lifecycle time scale (EMULATOR_TIME_SCALE, DEMO_TIME_SCALE). */
export const TIME_SCALE = { min: 1, max: 10_000, default: 1 } as const;

const rule = `expected an integer between ${TIME_SCALE.min} and ${TIME_SCALE.max}`;

/**
 * The time scale as an environment variable spells it; the gateway's config and the standalone
 * emulator parse it with the same schema, so both accept and refuse the same values.
 */
export const timeScaleSchema = z.coerce
  .number({ error: rule })
  .int(rule)
  .min(TIME_SCALE.min, rule)
  .max(TIME_SCALE.max, rule);

/** Throws when `scale` is out of bounds, naming the rule and the value. */
export const checkTimeScale = (scale: number): number => {
  const parsed = timeScaleSchema.safeParse(scale);
  if (!parsed.success)
    throw new RangeError(`timeScale: ${rule}, got ${String(scale).slice(0, 40)}`);
  return parsed.data;
};
