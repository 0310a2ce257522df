import fc from 'fast-check';
import { isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/graphql/index.js';
import {
  fieldName,
  type InputProblem,
  inputLocation,
  toRequest,
} from '../../../src/graphql/mutations/convert.js';
import { SHAPES } from '../../../src/sagemaker/service-model/constraints.generated.js';

const convert = (shape: string, value: unknown) => {
  const problems: InputProblem[] = [];
  return { request: toRequest(SHAPES, shape, value, 'input', problems), problems };
};

describe('toRequest', () => {
  it('turns camelCase fields into members and key/value lists into maps', () => {
    expect(
      convert('CreateTrainingJobRequest', {
        trainingJobName: 'job',
        hyperParameters: [
          { key: 'eta', value: '0.2' },
          { key: '__proto__', value: 'x' },
        ],
        resourceConfig: {
          instanceGroups: [
            { instanceType: 'ml.m5.xlarge', instanceCount: 2, instanceGroupName: 'g' },
          ],
          volumeSizeInGB: 30,
        },
        enableManagedSpotTraining: null,
        notAMember: 'dropped',
        experimentConfig: { runName: 'r' },
        tags: [{ key: 'k', value: 'v' }],
      }),
    ).toEqual({
      request: {
        TrainingJobName: 'job',
        HyperParameters: Object.fromEntries([
          ['eta', '0.2'],
          ['__proto__', 'x'],
        ]),
        ResourceConfig: {
          InstanceGroups: [
            { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, InstanceGroupName: 'g' },
          ],
          VolumeSizeInGB: 30,
        },
        ExperimentConfig: { RunName: 'r' },
        Tags: [{ Key: 'k', Value: 'v' }],
      },
      problems: [],
    });
    expect(convert('UpdateModelPackageInput', { modelPackageArn: 'a' }).request).toEqual({
      ModelPackageArn: 'a',
    });
  });

  it('reports a key given twice at its GraphQL path', () => {
    const { problems } = convert('CreateTrainingJobRequest', {
      environment: [
        { key: 'A', value: '1' },
        { key: 'B', value: '2' },
        { key: 'A', value: '3' },
      ],
    });
    expect(problems).toEqual([
      { path: 'input.environment[2].key', rule: 'Map keys must be unique', value: 'A' },
    ]);
  });

  it('keeps every distinct key, and reports each repeat once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })), {
          maxLength: 30,
        }),
        (pairs) => {
          const { request, problems } = convert('CreateTrainingJobRequest', {
            hyperParameters: pairs.map(([key, value]) => ({ key, value })),
          });
          const first = new Map<string, string>();
          for (const [key, value] of pairs) if (!first.has(key)) first.set(key, value);
          const map = (request as { HyperParameters: Record<string, string> }).HyperParameters;
          // Integer-like keys come first in an object: compare as sets of entries.
          expect(Object.entries(map).sort()).toEqual([...first].sort());
          expect(problems).toHaveLength(pairs.length - first.size);
        },
      ),
    );
  });
});

describe('inputLocation', () => {
  it('maps AWS member paths to GraphQL input paths and the shape there', () => {
    expect(
      inputLocation(
        SHAPES,
        'CreateTrainingJobRequest',
        'resourceConfig.instanceGroups.2.member.instanceType',
        'input',
      ),
    ).toEqual({
      path: 'input.resourceConfig.instanceGroups[1].instanceType',
      shape: 'TrainingInstanceType',
    });
    expect(inputLocation(SHAPES, 'CreateTrainingJobRequest', 'hyperParameters', 'input')).toEqual({
      path: 'input.hyperParameters',
      shape: 'HyperParameters',
    });
    expect(inputLocation(SHAPES, 'CreateTrainingJobRequest', '', 'input').path).toBe('input');
  });

  it('turns every 1-based list position into a 0-based index (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 5 }), (c, g) => {
        const path = `inputDataConfig.${c}.member.dataSource.s3DataSource.instanceGroupNames.${g}.member`;
        expect(inputLocation(SHAPES, 'CreateTrainingJobRequest', path, 'input')).toEqual({
          path: `input.inputDataConfig[${c - 1}].dataSource.s3DataSource.instanceGroupNames[${g - 1}]`,
          shape: 'InstanceGroupName',
        });
      }),
    );
  });
});

describe('the generated inputs', () => {
  it('spell every field as the output type of the same shape does', () => {
    let compared = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || !type.name.endsWith('Input')) continue;
      const output = schema.getType(type.name.slice(0, -'Input'.length));
      if (!isObjectType(output)) continue;
      const spelled = new Map(Object.keys(output.getFields()).map((f) => [f.toLowerCase(), f]));
      for (const field of Object.keys(type.getFields())) {
        const known = spelled.get(field.toLowerCase());
        if (known !== undefined) expect(`${type.name}.${field}`).toBe(`${type.name}.${known}`);
      }
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('name fields by the lowercase-first camelCase of their member', () => {
    expect(['VolumeSizeInGB', 'S3Uri', 'KmsKeyId', 'ETag'].map(fieldName)).toEqual([
      'volumeSizeInGB',
      's3Uri',
      'kmsKeyId',
      'eTag',
    ]);
  });
});
