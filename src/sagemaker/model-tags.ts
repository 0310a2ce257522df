import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { chunk } from '../search/chunk.js';
import { anyOfExpression, anyOfFilters } from './batch/key-expression.js';
import { MAX_BATCH, searchAll } from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

/**
 * The tags of each named model that Search returns, keyed by the lower-cased model name: one
 * Search (`Resource: 'Model'`, `Model.ModelName` In) per 100 distinct names, in parallel, so a
 * tenant check over a level of models costs calls per level rather than a ListTags per model.
 *
 * SageMaker lower-cases names in ARNs (see describeByKeys), so names are keyed lower-cased and
 * each is searched as given and lower-cased: `MODEL-A` finds `model-a`. `Model.ModelName` matches
 * exactly, so a mixed-case model asked for by a name read back from its ARN is not found. Names
 * Search does not return (Search is eventually consistent, the model is gone, the case differs as
 * above, the name is not a valid model name) are absent; the caller falls back to ListTags for
 * those. Throws the mapped error of a failed Search (errors.ts).
 */
export async function searchModelTags(
  client: SageMakerClient,
  names: readonly string[],
  logger?: WarnLogger,
): Promise<Map<string, Tag[]>> {
  const forms = new Map<string, Set<string>>();
  for (const name of names) {
    if (!RESOURCE_NAME.test(name)) continue;
    const key = name.toLowerCase();
    const seen = forms.get(key);
    if (seen) seen.add(name);
    else forms.set(key, new Set([name, key]));
  }
  const tags = new Map<string, Tag[]>();
  await Promise.all(
    chunk([...forms.values()], MAX_BATCH).map(async (batch) => {
      const expression = anyOfExpression(
        anyOfFilters(
          'Model.ModelName',
          batch.flatMap((set) => [...set]),
        ),
      );
      const models = await searchAll(
        client,
        'Model',
        expression,
        (record) => record.Model?.Model,
        logger,
      );
      for (const model of models) {
        // ARNs hold names lower-cased and are unique, so no two models share this key.
        const key = model.ModelName?.toLowerCase();
        if (key !== undefined && forms.has(key)) tags.set(key, model.Tags ?? []);
      }
    }),
  );
  return tags;
}
