import { readFileSync } from 'node:fs';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { incremental, readmeExamples } from './readme-examples.js';

const gateway = useDemoGateway();

/** The object types that implement Node, read from the printed schema. */
const nodeTypes = new Set(
  parse(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'))
    .definitions.filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => type.interfaces?.some((name) => name.name.value === 'Node'))
    .map((type) => type.name.value),
);

/** A stock Apollo Client (default cache, HttpLink) whose requests go to the gateway in-process. */
const apollo = (): { client: ApolloClient; cache: InMemoryCache } => {
  const cache = new InMemoryCache();
  const link = new HttpLink({
    uri: 'http://gateway/graphql',
    fetch: async (input: RequestInfo | URL, init?: RequestInit) =>
      gateway.app().fetch(String(input), init ?? {}),
  });
  return { client: new ApolloClient({ cache, link }), cache };
};

/** Node objects the cache holds inline (not as a reference): those it could not normalize. */
const inlineNodes = (value: unknown, path: string): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item, index) => inlineNodes(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  const own =
    '__typename' in value && typeof value.__typename === 'string' && nodeTypes.has(value.__typename)
      ? [`${path} (${value.__typename})`]
      : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => inlineNodes(item, `${path}.${key}`)),
  ];
};

describe("Apollo Client's InMemoryCache over the examples", () => {
  it('knows the Node types', () => {
    expect(nodeTypes).toContain('Endpoint');
    expect(nodeTypes.size).toBeGreaterThanOrEqual(8);
  });

  it.each(readmeExamples().filter((example) => !incremental(example.document)))(
    'normalizes every resource of $file',
    async ({ document, variables }) => {
      const { client, cache } = apollo();
      const result = await client.query({ query: gql(document), variables });
      expect(result.error).toBeUndefined();
      const entries = Object.entries(cache.extract());
      expect(entries.length).toBeGreaterThan(1);
      // Every resource is an entry of its own, keyed by type and id; none is stored inline.
      expect(
        entries.flatMap(([key, entry]) =>
          Object.entries(entry ?? {}).flatMap(([field, item]) =>
            inlineNodes(item, `${key}.${field}`),
          ),
        ),
      ).toEqual([]);
    },
  );

  it('keys the deployment view by type and ARN: one entry per resource, shared', async () => {
    const example = readmeExamples().find(
      (each) => each.file === 'examples/endpoint-deployment.graphql',
    );
    expect(example).toBeDefined();
    const { client, cache } = apollo();
    await client.query({ query: gql(example?.document ?? ''), variables: example?.variables });
    const keys = Object.keys(cache.extract());
    const arn = (type: string, resource: string): string =>
      `${type}:arn:aws:sagemaker:us-east-1:123456789012:${resource}`;
    expect(keys).toEqual(
      expect.arrayContaining([
        arn('Endpoint', `endpoint/${DEMO.endpointName}`),
        arn('EndpointConfig', `endpoint-config/${DEMO.endpointConfigName}`),
        arn('Model', `model/${DEMO.championModelName}`),
        arn('Model', `model/${DEMO.challengerModelName}`),
        arn('ModelPackageGroup', `model-package-group/${DEMO.modelPackageGroupName}`),
        arn('HyperParameterTuningJob', `hyper-parameter-tuning-job/${DEMO.tuningJobName}`),
      ]),
    );
    // Both variants' packages are versions of one group: one group entry, referenced twice.
    expect(keys.filter((key) => key.startsWith('ModelPackageGroup:'))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith('ModelPackage:'))).toHaveLength(2);
    // The champion's training job is the tuning job's best one: one entry for both paths.
    const trainingJobs = keys.filter((key) => key.startsWith('TrainingJob:'));
    expect(trainingJobs).toHaveLength(2);
  });
});
