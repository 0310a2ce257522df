import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeTrainingJobCommand,
  ListTagsCommand,
  type SageMakerClient,
  SearchCommand,
  SearchResponse$,
  TrainingJob$,
} from '@aws-sdk/client-sagemaker';
import { JsonShapeDeserializer2 } from '@smithy/core/protocols';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { SEARCHABLE_RESOURCES } from '../../src/emulator/search/properties.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { InPlaceJsonDeserializer } from '../../src/sagemaker/in-place-json.js';
import { sdkClientFor, useEmulator } from '../support/emulator.js';

const SETTINGS = { timestampFormat: { useTrait: true, default: 7 as const }, jsonName: false };

// A Search page as SageMaker sends it: epoch-second timestamps, nested structures, lists of
// structures with timestamps, a map, numbers and booleans.
const TRAINING_JOB = {
  TrainingJobName: 'bert-base-7',
  TrainingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/bert-base-7',
  TrainingJobStatus: 'Completed',
  SecondaryStatus: 'Completed',
  HyperParameters: { epochs: '3', learning_rate: '0.0001' },
  AlgorithmSpecification: { TrainingImage: 'img:1', TrainingInputMode: 'File' },
  ResourceConfig: { InstanceType: 'ml.p3.2xlarge', InstanceCount: 2, VolumeSizeInGB: 50 },
  StoppingCondition: { MaxRuntimeInSeconds: 86400 },
  CreationTime: 1748854800.123,
  TrainingStartTime: 1748854860,
  TrainingEndTime: 1748858460.5,
  SecondaryStatusTransitions: [
    { Status: 'Starting', StartTime: 1748854800, EndTime: 1748854860, StatusMessage: 'go' },
    { Status: 'Completed', StartTime: 1748858460 },
  ],
  FinalMetricDataList: [{ MetricName: 'validation:loss', Value: 0.25, Timestamp: 1748858460 }],
  EnableNetworkIsolation: false,
  BillableTimeInSeconds: 3600,
  Tags: [{ Key: 'team', Value: 'nlp' }],
};
const PAGE = {
  Results: [{ TrainingJob: TRAINING_JOB }, { TrainingJob: { ...TRAINING_JOB, Tags: [] } }],
  NextToken: 'token-1',
};

/** Every object of `value` and the path to it, the value itself first. */
function objectsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, v]) => objectsIn(v, [...path, key]))];
}
const PATHS = objectsIn(PAGE);

type Edit = { at: number; op: 'null' | 'unknown' | 'type' | 'nan' | 'drop'; pick: number };

/** A copy of the page with `edits` applied, each to one of its objects. */
function edited(edits: readonly Edit[]): unknown {
  const page: unknown = structuredClone(PAGE);
  for (const { at, op, pick } of edits) {
    const path = PATHS[at % PATHS.length] ?? [];
    const target = path.reduce<unknown>(
      (object, key) => (object as Record<string | number, unknown> | null)?.[key],
      page,
    ) as Record<string, unknown> | null | undefined;
    // an earlier edit may have taken this object away
    if (target === null || typeof target !== 'object') continue;
    const keys = Object.keys(target);
    const key = keys[pick % Math.max(keys.length, 1)];
    if (op === 'unknown') target[`Unknown${pick}`] = { nested: pick };
    else if (op === 'type') target.__type = 'com.amazonaws.sagemaker#Something';
    else if (key === undefined) continue;
    else if (op === 'null') target[key] = null;
    else if (op === 'drop') delete target[key];
    else if (typeof target[key] === 'number') target[key] = 'NaN';
  }
  return page;
}

type Document = Parameters<JsonShapeDeserializer2['readObject']>[1];
/** A fresh parsed copy, as JSON.parse hands it to the deserializer. */
const parsedCopy = (value: unknown): Document => JSON.parse(JSON.stringify(value));

const read = (deserializer: JsonShapeDeserializer2, json: string): Promise<unknown> =>
  deserializer.read(SearchResponse$, Buffer.from(json));

describe('InPlaceJsonDeserializer', () => {
  const sdk = new JsonShapeDeserializer2(SETTINGS);
  const inPlace = new InPlaceJsonDeserializer(SETTINGS);

  it("reads a Search page as the SDK's deserializer does, whatever members it has", async () => {
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom('null', 'unknown', 'type', 'nan', 'drop'),
      pick: fc.nat(40),
    }) as fc.Arbitrary<Edit>;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 6 }), async (edits) => {
        const json = JSON.stringify(edited(edits));
        // the same value, or the same error ("NaN" where a timestamp belongs)
        const outcome = (deserializer: JsonShapeDeserializer2) =>
          read(deserializer, json).then(
            (value) => ({ value }),
            (error: unknown) => ({ error: String(error) }),
          );
        expect(await outcome(inPlace)).toEqual(await outcome(sdk));
      }),
      { numRuns: 300 },
    );
  });

  it('reads timestamps into Dates and leaves strings, numbers and maps as parsed', async () => {
    const page = (await read(inPlace, JSON.stringify(PAGE))) as {
      Results: { TrainingJob: Record<string, unknown> }[];
    };
    const job = page.Results[0]?.TrainingJob;
    expect(job?.CreationTime).toEqual(new Date(1748854800123));
    expect(job?.SecondaryStatusTransitions).toEqual([
      expect.objectContaining({ StartTime: new Date(1748854800000) }),
      expect.objectContaining({ StartTime: new Date(1748858460000) }),
    ]);
    expect(job?.ResourceConfig).toEqual(TRAINING_JOB.ResourceConfig);
    expect(job?.HyperParameters).toEqual(TRAINING_JOB.HyperParameters);
  });

  it('reads a structure in the parsed object, and leaves one with an unknown member to the SDK', () => {
    const parsed = parsedCopy(TRAINING_JOB);
    expect(inPlace.readObject(TrainingJob$, parsed)).toBe(parsed);
    const copy = parsedCopy(TRAINING_JOB);
    expect(sdk.readObject(TrainingJob$, copy)).not.toBe(copy);

    const unknown = parsedCopy({ ...TRAINING_JOB, LaunchedNextYear: 'x' });
    const result = inPlace.readObject(TrainingJob$, unknown) as Record<string, unknown>;
    expect(result).not.toBe(unknown);
    expect(result).not.toHaveProperty('LaunchedNextYear');
  });
});

describe("the gateway's client against the emulator", () => {
  const suite = useEmulator();
  const clients = (): [SageMakerClient, SageMakerClient] => [
    createSageMakerClient(loadConfig({}), suite.emulator().endpoint),
    sdkClientFor(suite.emulator()),
  ];
  const withoutMetadata = ({ $metadata: _, ...output }: { $metadata: unknown }) => output;

  it('answers every Search resource and the Describes with what the plain SDK client reads', async () => {
    const [gateway, plain] = clients();
    const same = async (send: (client: SageMakerClient) => Promise<{ $metadata: unknown }>) =>
      expect(withoutMetadata(await send(gateway))).toEqual(withoutMetadata(await send(plain)));
    try {
      for (const Resource of SEARCHABLE_RESOURCES) {
        const command = new SearchCommand({ Resource, MaxResults: 100 });
        const [ours, theirs] = await Promise.all([gateway.send(command), plain.send(command)]);
        expect(ours.Results?.length, Resource).toBeGreaterThan(0);
        expect(withoutMetadata(ours), Resource).toEqual(withoutMetadata(theirs));
      }
      const { Results = [] } = await plain.send(
        new SearchCommand({ Resource: 'Endpoint', MaxResults: 3 }),
      );
      for (const { Endpoint } of Results) {
        const endpoint = await plain.send(
          new DescribeEndpointCommand({ EndpointName: Endpoint?.EndpointName }),
        );
        const config = await plain.send(
          new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }),
        );
        await same((client) =>
          client.send(new DescribeEndpointCommand({ EndpointName: Endpoint?.EndpointName })),
        );
        await same((client) =>
          client.send(
            new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }),
          ),
        );
        await same((client) =>
          client.send(
            new DescribeModelCommand({ ModelName: config.ProductionVariants?.[0]?.ModelName }),
          ),
        );
        await same((client) =>
          client.send(new ListTagsCommand({ ResourceArn: endpoint.EndpointArn })),
        );
      }
      const [job] =
        (await plain.send(new SearchCommand({ Resource: 'TrainingJob', MaxResults: 1 }))).Results ??
        [];
      await same((client) =>
        client.send(
          new DescribeTrainingJobCommand({ TrainingJobName: job?.TrainingJob?.TrainingJobName }),
        ),
      );
    } finally {
      gateway.destroy();
      plain.destroy();
    }
  });
});
