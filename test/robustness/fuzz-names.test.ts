import fc from 'fast-check';
import { describe, it } from 'vitest';
import { useFuzzGateway } from './support/harness.js';
import { answerData, expectRobust, RobustnessViolation } from './support/oracle.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './support/settings.js';
import { oddString } from './support/strings.js';

const gateway = useFuzzGateway();

/** Every single lookup by name, with the field that must echo the name asked for. */
const LOOKUPS = [
  'trainingJob',
  'hyperParameterTuningJob',
  'algorithm',
  'modelPackageGroup',
  'model',
  'endpoint',
  'endpointConfig',
] as const;

/** Names: real-looking, odd, long, and one that exists in the demo data. */
const name = fc.oneof(
  oddString(),
  fc.constantFrom('card-fraud-prod', 'card-fraud-hpo-flagship', 'card-fraud-models'),
  fc.stringMatching(/^[A-Za-z0-9-]{60,70}$/),
);

describe('lookups by name', () => {
  it(
    'answer null or the resource of that very name, with valid upstream calls',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...LOOKUPS), name, async (field, value) => {
          const answer = await gateway.query(
            `query($name: String!) { ${field}(name: $name) { name } }`,
            { name: value },
          );
          expectRobust(answer);
          const found = (answerData(answer.json)?.[field] as { name?: unknown } | null)?.name;
          if (found !== undefined && found !== value) {
            throw new RobustnessViolation(`${field}(name:) answered another resource`, answer);
          }
        }),
        fuzzParameters(0x7a3e, 400),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
