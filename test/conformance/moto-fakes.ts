/**
 * The one place that says what the conformance suite does NOT compare, and why. Everything listed
 * here is a field moto 5.2.1 fakes or drops (measured in the project's moto report), so a
 * difference there says nothing about the emulator. Every other field a test picks is compared by
 * value.
 */
const MOTO_FAKES = {
  /** moto stamps every time with the moment of the call and never moves them. */
  times: [
    'CreationTime',
    'LastModifiedTime',
    'TrainingStartTime',
    'TrainingEndTime',
    'HyperParameterTuningEndTime',
  ],
  /** Born Completed / InService; there is no lifecycle in moto. */
  status: [
    'TrainingJobStatus',
    'SecondaryStatus',
    'SecondaryStatusTransitions',
    'HyperParameterTuningJobStatus',
    'EndpointStatus',
    'ModelPackageStatus',
    'ModelPackageStatusDetails',
    'ModelPackageGroupStatus',
  ],
  /** Hard-coded values: `train:progress = 100`, `test:dcg`, `FakeTrainingJobName`, counters of 1. */
  fabricated: [
    'FinalMetricDataList',
    'AlgorithmSpecification.MetricDefinitions',
    'ModelArtifacts',
    'BestTrainingJob',
    'OverallBestTrainingJob',
    'TrainingJobStatusCounters',
    'ObjectiveStatusCounters',
    'TuningJobCompletionDetails',
    'ConsumedResources',
    'CreatedBy',
  ],
  /** Dropped by moto although the SDK marks it required (versioned packages only). */
  dropped: ['ModelPackageName'],
} as const;

const FAKED: ReadonlySet<string> = new Set(Object.values(MOTO_FAKES).flat());

/** Whether moto fakes or drops `field` (see MOTO_FAKES), so that its presence proves nothing. */
export const fakedByMoto = (field: string): boolean => FAKED.has(field);

/**
 * Copies `fields` from a response, so that two backends' answers can be compared with `toEqual`
 * on exactly the fields both are expected to get right. A field missing on one side stays
 * `undefined` and so fails the comparison against a present one. Asking for a field moto fakes is
 * a mistake in the test and throws.
 */
export function pick<T extends object>(value: T, fields: ReadonlyArray<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const field of fields) {
    if (FAKED.has(String(field)))
      throw new Error(`${String(field)} is faked by moto: not comparable`);
    out[field] = value[field];
  }
  return out;
}

/** An AlgorithmSpecification without the MetricDefinitions moto overwrites. */
export function withoutMetricDefinitions<T extends { MetricDefinitions?: unknown }>(
  spec: T | undefined,
): Omit<T, 'MetricDefinitions'> | undefined {
  if (spec === undefined) return undefined;
  const { MetricDefinitions: _ignored, ...rest } = spec;
  return rest;
}

/**
 * moto keeps a name's case in the ARNs it builds (`training-job/Churn-XGB`); SageMaker lower-cases
 * the resource part (`training-job/churn-xgb`), and so does the emulator. Measured on moto 5.2.1;
 * this is the only normalisation the suite applies, and only where a name has upper-case letters.
 */
export const sageMakerArnCase = (motoArn: string | undefined): string | undefined => {
  if (motoArn === undefined) return undefined;
  const slash = motoArn.indexOf('/');
  return slash < 0 ? motoArn : motoArn.slice(0, slash) + motoArn.slice(slash).toLowerCase();
};
