import { ALGORITHM_SPEC } from '../../sagemaker/algorithm.js';
import { ENDPOINT_CONFIG_SPEC, ENDPOINT_SPEC, MODEL_SPEC } from '../../sagemaker/hosting.js';
import { MODEL_PACKAGE_GROUP_SPEC, MODEL_PACKAGE_SPEC } from '../../sagemaker/model-registry.js';
import { TRAINING_JOB_SPEC } from '../../sagemaker/training-job.js';
import { TUNING_JOB_SPEC } from '../../sagemaker/tuning-job.js';
import { type FreshSpec, readFresh } from '../../sagemaker/writes/fresh.js';
import { Algorithm } from '../algorithm/node.js';
import type { Context } from '../context.js';
import { Endpoint } from '../hosting/endpoint.js';
import { EndpointConfig } from '../hosting/endpoint-config.js';
import { Model } from '../hosting/model.js';
import { recordArn } from '../lookup.js';
import { ModelPackage } from '../model-registry/model-package.js';
import { ModelPackageGroup } from '../model-registry/model-package-group.js';
import { TrainingJob } from '../training-job/node.js';
import { HyperParameterTuningJob } from '../tuning-job/node.js';

/** The per-request loader of a node: what a lookup of the resource goes through. */
interface NodeLoader {
  load(key: string): Promise<object | null>;
  clear(key: string): unknown;
  prime(key: string, value: object): unknown;
}

/** A resource family as the mutations see it: how to find, re-read and name its records. */
export interface ResourceKind {
  typename: string;
  /** What messages call it: "training job". */
  noun: string;
  /** The ARN's resource-type segment. */
  arnType: string;
  loader: (context: Context) => NodeLoader;
  /** Describes `key` (a name or ARN) right after a write: see readFresh. */
  readFresh: (context: Context, key: string) => Promise<object | Error | null>;
}

const kind = <T extends object>(
  typename: string,
  noun: string,
  node: { getDataloader: (context: Context) => NodeLoader },
  fresh: FreshSpec<T>,
): ResourceKind => ({
  typename,
  noun,
  arnType: fresh.arnType,
  loader: (context) => node.getDataloader(context),
  readFresh: (context, key) => readFresh(context.sagemaker, fresh, key, context.logger),
});

export const KINDS = {
  trainingJob: kind('TrainingJob', 'training job', TrainingJob, TRAINING_JOB_SPEC),
  tuningJob: kind(
    'HyperParameterTuningJob',
    'hyperparameter tuning job',
    HyperParameterTuningJob,
    TUNING_JOB_SPEC,
  ),
  model: kind('Model', 'model', Model, MODEL_SPEC),
  endpointConfig: kind(
    'EndpointConfig',
    'endpoint configuration',
    EndpointConfig,
    ENDPOINT_CONFIG_SPEC,
  ),
  endpoint: kind('Endpoint', 'endpoint', Endpoint, ENDPOINT_SPEC),
  modelPackage: kind('ModelPackage', 'model package', ModelPackage, MODEL_PACKAGE_SPEC),
  modelPackageGroup: kind(
    'ModelPackageGroup',
    'model package group',
    ModelPackageGroup,
    MODEL_PACKAGE_GROUP_SPEC,
  ),
  algorithm: kind('Algorithm', 'algorithm', Algorithm, ALGORITHM_SPEC),
} as const satisfies Record<string, ResourceKind>;

/** The kind whose ARNs have resource type `arnType`, if the gateway serves it. */
export const kindOfArnType = (arnType: string): ResourceKind | undefined =>
  Object.values(KINDS).find((known) => known.arnType === arnType);

/** The ARN of a record of `kind`. */
export const arnOf = (kind: ResourceKind, record: object): string | undefined =>
  recordArn(record, kind.typename);
