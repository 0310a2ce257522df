import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import type { FilterInput } from '../../src/search/inputs.js';

// The reference: a comparison on a missing property is unknown (Kleene logic), and a filter
// matches when it is true. `not` of unknown stays unknown, so ne/not never match a missing
// property, which is the documented semantics.
export type K = boolean | undefined;
const and3 = (xs: readonly K[]): K =>
  xs.includes(false) ? false : xs.every((x) => x === true) ? true : undefined;
const or3 = (xs: readonly K[]): K =>
  xs.includes(true) ? true : xs.every((x) => x === false) ? false : undefined;
const not3 = (x: K): K => (x === undefined ? undefined : !x);

type Ops = Readonly<Record<string, unknown>>;
type Compare = (stored: unknown, wanted: unknown, op: string) => K;

const plain: Compare = (stored, wanted, op) => {
  if (stored === undefined) return undefined;
  switch (op) {
    case 'eq':
      return stored === wanted;
    case 'ne':
      return stored !== wanted;
    case 'in':
      return (wanted as unknown[]).includes(stored);
    case 'contains':
      return String(stored).includes(String(wanted));
    case 'gt':
      return (stored as number) > (wanted as number);
    case 'gte':
      return (stored as number) >= (wanted as number);
    case 'lt':
      return (stored as number) < (wanted as number);
    case 'lte':
      return (stored as number) <= (wanted as number);
  }
  throw new Error(op);
};

const seconds = (date: unknown): number | undefined =>
  date instanceof Date ? Math.floor(date.getTime() / 1000) : undefined;
const byTime: Compare = (stored, wanted, op) => plain(seconds(stored), seconds(wanted), op);

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** Numbers compare numerically with numeric hyperparameters; otherwise eq/ne compare text. */
const byHyperParameter: Compare = (stored, wanted, op) => {
  if (stored === undefined) return undefined;
  const text = String(stored);
  const numeric = NUMERIC.test(text);
  if (typeof wanted === 'number') return numeric ? plain(Number(text), wanted, op) : undefined;
  if (numeric && NUMERIC.test(String(wanted))) return plain(Number(text), Number(wanted), op);
  return plain(text, wanted, op);
};

const operators = (stored: unknown, ops: Ops, compare: Compare = plain): K =>
  and3(
    Object.entries(ops)
      .filter(
        ([op, value]) => op !== 'name' && op !== 'key' && value !== undefined && value !== null,
      )
      .map(([op, value]) =>
        op === 'exists' ? (stored !== undefined) === value : compare(stored, value, op),
      ),
  );

/** The value of a document's tag `key`, if it has one. */
export const tagValue = (doc: TrainingJob, key: string) =>
  (doc as { Tags: { Key: string; Value: string }[] }).Tags.find((t) => t.Key === key)?.Value;

/**
 * Evaluates a typed TrainingJobFilter (the fields the tests use) over a Search document: true,
 * false or unknown (undefined).
 */
export const reference = (filter: FilterInput, doc: TrainingJob): K => {
  const parts: K[] = [];
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    const ops = value as Ops;
    if (field === 'and') parts.push(and3((value as FilterInput[]).map((f) => reference(f, doc))));
    else if (field === 'or')
      parts.push(or3((value as FilterInput[]).map((f) => reference(f, doc))));
    else if (field === 'not') parts.push(not3(reference(value as FilterInput, doc)));
    else if (field === 'name') parts.push(operators(doc.TrainingJobName, ops));
    else if (field === 'status') parts.push(operators(doc.TrainingJobStatus, ops));
    else if (field === 'instanceType') parts.push(operators(doc.ResourceConfig?.InstanceType, ops));
    else if (field === 'instanceCount')
      parts.push(operators(doc.ResourceConfig?.InstanceCount, ops));
    else if (field === 'creationTime') parts.push(operators(doc.CreationTime, ops, byTime));
    else if (field === 'trainingImage') {
      parts.push(operators(doc.AlgorithmSpecification?.TrainingImage, ops));
    } else if (field === 'metrics') {
      for (const m of value as Ops[]) {
        const metric = doc.FinalMetricDataList?.find((d) => d.MetricName === m.name)?.Value;
        parts.push(operators(metric, m));
      }
    } else if (field === 'hyperParameters') {
      for (const h of value as Ops[]) {
        parts.push(operators(doc.HyperParameters?.[h.name as string], h, byHyperParameter));
      }
    } else if (field === 'tags') {
      for (const t of value as Ops[]) parts.push(operators(tagValue(doc, t.key as string), t));
    } else if (field === 'inputChannel') {
      const channel = value as Readonly<Record<string, Ops>>;
      parts.push(
        (doc.InputDataConfig ?? []).some(
          (c) =>
            (!channel.name || operators(c.ChannelName, channel.name) === true) &&
            (!channel.s3Uri ||
              operators(c.DataSource?.S3DataSource?.S3Uri, channel.s3Uri) === true) &&
            (!channel.contentType || operators(c.ContentType, channel.contentType) === true),
        ),
      );
    } else throw new Error(`no reference for ${field}`);
  }
  return and3(parts);
};
