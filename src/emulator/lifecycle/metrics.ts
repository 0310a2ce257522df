import type { Prng } from '../prng.js';

const HIGHER_IS_BETTER = /accuracy|auc|f1|precision|recall|map|ndcg|r2/i;

/** A plausible value for a metric, judged by its name. */
export const sampleMetric = (metricName: string, prng: Prng, quality = prng.next()): number => {
  const q = Math.min(1, Math.max(0, quality));
  let value: number;
  if (HIGHER_IS_BETTER.test(metricName)) value = 0.62 + 0.36 * q;
  else if (/rmse|mae|mape/i.test(metricName)) value = 1.4 - 1.3 * q;
  else if (/loss|error|mse/i.test(metricName)) value = 1.1 - 1.05 * q;
  else value = prng.float(0, 1);
  return Math.round((value + prng.float(-0.005, 0.005)) * 1e6) / 1e6;
};
