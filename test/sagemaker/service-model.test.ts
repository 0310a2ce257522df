import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/emulator/router.js';
import {
  MODEL_SOURCE,
  OPERATION_INPUTS,
  SHAPES,
} from '../../src/sagemaker/service-model/constraints.generated.js';
import {
  compilePattern,
  skippedPatterns,
  toJavaScriptSource,
} from '../../src/sagemaker/service-model/java-pattern.js';
import {
  echoValue,
  formatTypeMismatch,
  formatViolations,
} from '../../src/sagemaker/service-model/message.js';
import { validateRequest } from '../../src/sagemaker/service-model/validate.js';
import { trainingJobInput } from '../emulator/helpers.js';

const NAME_PATTERN = '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}';
const message = (operation: string, input: unknown): string =>
  formatViolations(validateRequest(operation, input));

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-xgb-1';
const trainingJob = trainingJobInput('churn-xgb-1', [{ Key: 'team', Value: 'churn' }]);

describe('the generated table', () => {
  it('names its source', () => {
    expect(MODEL_SOURCE).toEqual({ botocoreVersion: '1.43.11', apiVersion: '2017-07-24' });
  });

  it('holds an input shape for every operation the emulator serves', () => {
    const missing = Object.keys(OPERATIONS).filter((name) => !(name in OPERATION_INPUTS));
    expect(missing).toEqual([]);
  });

  it('keeps the model constraints the gateway relies on', () => {
    expect(SHAPES.TrainingJobName).toEqual({
      type: 'string',
      min: 1,
      max: 63,
      pattern: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    });
    expect(SHAPES.NextToken).toEqual({ type: 'string', min: 0, max: 8192, pattern: '.*' });
    expect(SHAPES.MaxResults).toEqual({ type: 'integer', min: 1, max: 100 });
    expect(SHAPES.FilterList).toEqual({ type: 'list', min: 1, max: 20, member: 'Filter' });
  });

  it('compiles every pattern it holds', () => {
    const patterns = new Set<string>();
    for (const shape of Object.values(SHAPES)) {
      if (shape.type === 'string' && shape.pattern !== undefined) patterns.add(shape.pattern);
    }
    for (const pattern of patterns) compilePattern(pattern);
    expect(patterns.size).toBe(49);
    expect(skippedPatterns()).toEqual([]);
  });
});

describe('Java patterns', () => {
  it.each([
    ['[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}', '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}'],
    ['arn:[\\p{Alnum}\\-]+:lambda:.*', 'arn:[a-zA-Z0-9\\-]+:lambda:.*'],
    ['\\p{Alpha}+', '[a-zA-Z]+'],
    ['\\P{Digit}', '[^0-9]'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Java pattern, not a template
    ['([\\p{L}\\p{Z}]*)${1,128}', '([\\p{L}\\p{Z}]*)$'],
    ['[\\@\\_a]\\:', '[@_a]:'],
  ])('rewrites %s as %s', (java, js) => {
    expect(toJavaScriptSource(java)).toBe(js);
  });

  it('matches the whole value, as Java matches() does', () => {
    const name = compilePattern('[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}');
    expect(name?.test('churn-xgb')).toBe(true);
    expect(name?.test('bad_name!')).toBe(false);
    expect(name?.test('-leading')).toBe(false);
  });

  it('reads surrogate-pair ranges and \\p{...} in unicode mode', () => {
    const xml = compilePattern('[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*');
    expect(xml?.test('tab\there, emoji 😀')).toBe(true);
    expect(xml?.test('nul \u0000')).toBe(false);
    expect(compilePattern('[\\p{L}\\p{N}]+')?.test('Größe9')).toBe(true);
  });

  it('skips and counts a pattern JavaScript cannot compile, without throwing', () => {
    expect(compilePattern('[a-z&&[^b]]')).toBeUndefined();
    expect(compilePattern('(?<name>a)(?<name>b)')).toBeUndefined();
    expect(skippedPatterns()).toEqual(['[a-z&&[^b]]', '(?<name>a)(?<name>b)']);
  });
});

describe('validateRequest', () => {
  it('accepts a valid DescribeTrainingJob and CreateTrainingJob', () => {
    expect(validateRequest('DescribeTrainingJob', { TrainingJobName: 'churn-xgb-1' })).toEqual([]);
    expect(validateRequest('CreateTrainingJob', trainingJob)).toEqual([]);
  });

  it('reports a 64-character name twice, as SageMaker does: length and pattern', () => {
    const name = 'a'.repeat(64);
    expect(message('DescribeTrainingJob', { TrainingJobName: name })).toBe(
      `2 validation errors detected: Value '${name}' at 'trainingJobName' failed to satisfy constraint: Member must have length less than or equal to 63; Value '${name}' at 'trainingJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    );
  });

  it('reports a name outside the pattern', () => {
    expect(message('DescribeTrainingJob', { TrainingJobName: 'bad_name!' })).toBe(
      `1 validation error detected: Value 'bad_name!' at 'trainingJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    );
  });

  it('reports a missing required member as null', () => {
    expect(validateRequest('DescribeTrainingJob', {})).toEqual([
      { kind: 'constraint', path: 'trainingJobName', rule: 'Member must not be null', value: null },
    ]);
    expect(message('DescribeTrainingJob', { TrainingJobName: null })).toBe(
      "1 validation error detected: Value null at 'trainingJobName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('bounds Search MaxResults to 1..100', () => {
    expect(message('Search', { Resource: 'TrainingJob', MaxResults: 0 })).toBe(
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect(message('Search', { Resource: 'TrainingJob', MaxResults: 101 })).toBe(
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    expect(validateRequest('Search', { Resource: 'TrainingJob', MaxResults: 100 })).toEqual([]);
  });

  it('caps Search NextToken at 8192 characters and truncates the echoed value', () => {
    expect(validateRequest('Search', { Resource: 'Model', NextToken: 'x'.repeat(8192) })).toEqual(
      [],
    );
    const text = message('Search', { Resource: 'TrainingJob', NextToken: 'x'.repeat(9000) });
    expect(text).toBe(
      `1 validation error detected: Value '${'x'.repeat(100)}...' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 8192`,
    );
  });

  it('names nested members in lowerCamelCase, list items as n.member', () => {
    const input = {
      ...trainingJob,
      StoppingCondition: { MaxRuntimeInSeconds: 0 },
      InputDataConfig: [
        ...trainingJob.InputDataConfig,
        { ...trainingJob.InputDataConfig[0], ChannelName: 'bad channel' },
      ],
      OutputDataConfig: {},
    };
    expect(message('CreateTrainingJob', input)).toBe(
      [
        '3 validation errors detected: ',
        "Value 'bad channel' at 'inputDataConfig.2.member.channelName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9\\.\\-_]+; ",
        "Value null at 'outputDataConfig.s3OutputPath' failed to satisfy constraint: Member must not be null; ",
        "Value '0' at 'stoppingCondition.maxRuntimeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ].join(''),
    );
  });

  it('reports map keys and values at the map, wrapping the member rule', () => {
    const key = 'k'.repeat(257);
    expect(
      validateRequest('CreateTrainingJob', { ...trainingJob, HyperParameters: { [key]: 'v' } }),
    ).toEqual([
      {
        kind: 'constraint',
        path: 'hyperParameters',
        rule: 'Map keys must satisfy constraint: [Member must have length less than or equal to 256]',
        value: key,
      },
    ]);
  });

  it('counts list items against the model (Tags: at most 50)', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(message('AddTags', { ResourceArn: ARN, Tags: tags })).toBe(
      "1 validation error detected: Value '[51 items]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
    );
  });

  it('leaves enum membership open unless asked', () => {
    const input = {
      ...trainingJob,
      ResourceConfig: { InstanceType: 'ml.future.96xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
    };
    expect(validateRequest('CreateTrainingJob', input)).toEqual([]);
    const [violation] = validateRequest('CreateTrainingJob', input, { enums: true });
    expect(violation?.path).toBe('resourceConfig.instanceType');
    expect(violation?.rule).toMatch(/^Member must satisfy enum value set: \[ml\.m4\.xlarge, /);
  });

  it('takes timestamps as Dates or epoch seconds and rejects invalid ones', () => {
    const list = (CreationTimeAfter: unknown) =>
      validateRequest('ListTrainingJobs', { CreationTimeAfter });
    expect(list(new Date('2025-01-01T00:00:00Z'))).toEqual([]);
    expect(list(1_735_689_600)).toEqual([]);
    expect(list(new Date(Number.NaN))).toEqual([
      { kind: 'type', path: 'creationTimeAfter', rule: 'a timestamp', value: new Date(Number.NaN) },
    ]);
    expect(list('2025-01-01')).toHaveLength(1);
  });

  it('reports values of the wrong JSON type as type violations', () => {
    const [violation] = validateRequest('Search', { Resource: 'TrainingJob', MaxResults: '5' });
    expect(violation).toEqual({ kind: 'type', path: 'maxResults', rule: 'an integer', value: '5' });
    expect(violation && formatTypeMismatch(violation)).toBe(
      `Expected an integer at 'maxResults', but got string "5".`,
    );
    expect(
      validateRequest('Search', { Resource: 'TrainingJob', SearchExpression: { Filters: [null] } }),
    ).toEqual([
      { kind: 'type', path: 'searchExpression.filters.1.member', rule: 'a structure', value: null },
    ]);
  });

  it('stops at the depth bound instead of walking a deep expression', () => {
    let expression: Record<string, unknown> = { Filters: [{ Name: 'x', Value: 'y' }] };
    for (let i = 0; i < 40; i += 1) expression = { SubExpressions: [expression] };
    const violations = validateRequest('Search', {
      Resource: 'TrainingJob',
      SearchExpression: expression,
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.rule).toBe('Member must not be nested more than 64 levels deep');
  });

  it('ignores members the model does not know and prototype names', () => {
    expect(validateRequest('DescribeModel', { ModelName: 'm', Extra: 1 })).toEqual([]);
    expect(() => validateRequest('constructor', {})).toThrow(/no input shape/);
  });
});

describe('messages', () => {
  it('echoes null bare, scalars quoted, collections by size, long text cut at 100', () => {
    expect(echoValue(null)).toBe('null');
    expect(echoValue(5)).toBe("'5'");
    expect(echoValue(['a', 'b'])).toBe("'[2 items]'");
    expect(echoValue('y'.repeat(100_000))).toBe(`'${'y'.repeat(100)}...'`);
    expect(echoValue(`${'y'.repeat(99)}😀`)).toBe(`'${'y'.repeat(99)}...'`);
  });

  it('lists ten violations and counts the rest', () => {
    const tags = Array.from({ length: 12 }, () => ({ Key: '', Value: 'v' }));
    const text = message('AddTags', { ResourceArn: ARN, Tags: tags });
    expect(text.startsWith('12 validation errors detected: ')).toBe(true);
    expect(text.endsWith('; and 2 more')).toBe(true);
  });
});

describe('names (property-based)', () => {
  const alnum = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
  );
  // A valid name: alphanumeric runs joined by hyphens, at most 63 characters.
  const validName = fc
    .array(fc.string({ unit: alnum, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join('-').slice(0, 63))
    .filter((name) => !name.endsWith('-'));
  const invalidCharacter = fc.constantFrom(...'_!@#$%^&*()+=[]{};:\'",.<>/?\\| ~`é'.split(''));

  it('accepts every name the pattern allows', () => {
    fc.assert(
      fc.property(validName, (name) => {
        expect(validateRequest('DescribeTrainingJob', { TrainingJobName: name })).toEqual([]);
      }),
    );
  });

  it('rejects a name with one invalid character, naming the pattern', () => {
    fc.assert(
      fc.property(validName, invalidCharacter, fc.nat(), (name, bad, at) => {
        const i = at % (name.length + 1);
        const broken = `${name.slice(0, i)}${bad}${name.slice(i)}`.slice(0, 63);
        fc.pre(broken.includes(bad));
        const violations = validateRequest('DescribeTrainingJob', { TrainingJobName: broken });
        expect(violations.map((v) => v.rule)).toContain(
          `Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
        );
      }),
    );
  });
});
