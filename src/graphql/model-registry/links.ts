import type { ModelPackage as ModelPackageRecord } from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { loadModelPackagesByModelDataUrl } from '../../sagemaker/model-registry.js';
import { Algorithm, algorithmTenancy } from '../algorithm/node.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { LEVEL_BATCHES } from '../level-schedule.js';
import { TrainingJob } from '../training-job/node.js';
import { ModelPackage } from './model-package.js';
import { SourceAlgorithmRef } from './provenance.js';

const newestFirst = (a: ModelPackageRecord, b: ModelPackageRecord): number =>
  (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0) ||
  (b.ModelPackageVersion ?? 0) - (a.ModelPackageVersion ?? 0);

// Per-request loader of TrainingJob.modelPackages, which is not a lookup by a node's own key.
const packagesByModelDataUrl = createContextCache(
  (context: Context) =>
    new DataLoader<string, ModelPackageRecord[]>(
      (urls) =>
        loadModelPackagesByModelDataUrl(
          context.sagemaker,
          urls,
          context.logger,
          context.guards?.ModelPackage,
        ),
      { ...LEVEL_BATCHES, maxBatchSize: MAX_BATCH },
    ),
);

builder.objectField(SourceAlgorithmRef, 'algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description:
      'The algorithm resource of this account with that name; null for one that is not (e.g. an AWS Marketplace algorithm).',
    // The package's own source algorithm takes the package's tenant (algorithmTenancy): no call.
    resolve: (source, _args, context) =>
      source.AlgorithmName === undefined
        ? null
        : algorithmTenancy.described(context).load(source.AlgorithmName),
  }),
);

builder.objectField(TrainingJob, 'modelPackages', (t) =>
  t.field({
    type: [ModelPackage],
    description:
      'The model packages with a container that serves this job’s model artifacts (modelDataUrl is its ModelArtifacts.S3ModelArtifacts), newest first.',
    resolve: async (job, _args, context) => {
      const url = job.ModelArtifacts?.S3ModelArtifacts;
      if (url === undefined) return [];
      return [...(await packagesByModelDataUrl(context).load(url))].sort(newestFirst);
    },
  }),
);
