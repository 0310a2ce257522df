import { ListTrainingJobsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';

/** Whether SageMaker answers its cheapest read (one training job listed) within `timeoutMs`. */
export async function probeSageMaker(client: SageMakerClient, timeoutMs: number): Promise<void> {
  await client.send(new ListTrainingJobsCommand({ MaxResults: 1 }), {
    abortSignal: AbortSignal.timeout(timeoutMs),
  });
}
