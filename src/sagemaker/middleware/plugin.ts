import type { SageMakerClient } from '@aws-sdk/client-sagemaker';

/** Named middleware for a SageMaker client's stack, in the SDK's own plugin form (`Pluggable`). */
export type SageMakerPlugin = Parameters<SageMakerClient['middlewareStack']['use']>[0];

/** The operation a handler runs, from the SDK's handler context: `SearchCommand` → `Search`. */
export const operationOf = (context: { commandName?: string }): string =>
  (context.commandName ?? '').replace(/Command$/, '');
