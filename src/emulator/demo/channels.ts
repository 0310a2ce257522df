import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import type { UseCase } from './use-cases.js';

const pad = (value: number): string => String(value).padStart(2, '0');

const channelCache = new Map<string, TrainingJob['InputDataConfig']>();

/** Input channels of a use case's dataset snapshot (shared between the jobs reading it). */
export const channels = (useCase: UseCase, at: number): TrainingJob['InputDataConfig'] => {
  const date = new Date(at);
  const snapshot = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  const key = `${useCase.project}/${snapshot}`;
  const cached = channelCache.get(key);
  if (cached) return cached;
  const built = useCase.channels.map((channel) => ({
    ChannelName: channel,
    DataSource: {
      S3DataSource: {
        S3DataType: 'S3Prefix' as const,
        S3Uri: `s3://acme-ml-${useCase.team}-data/${useCase.project}/snapshots/${snapshot}/${channel}/`,
        S3DataDistributionType: 'FullyReplicated' as const,
      },
    },
    ContentType: useCase.contentType,
    CompressionType: 'None' as const,
    RecordWrapperType: 'None' as const,
    InputMode: 'File' as const,
  }));
  channelCache.set(key, built);
  return built;
};
