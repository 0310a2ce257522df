import { createGraphQLError } from 'graphql-yoga';
import { OPERATION_INPUTS, SHAPES } from '../../sagemaker/service-model/constraints.generated.js';
import { validateRequest } from '../../sagemaker/service-model/validate.js';
import type { WriteInputs, WriteOperation } from '../../sagemaker/writes/commands.js';
import { echo } from '../../search/echo.js';
import { type InputLocation, type InputProblem, inputLocation, toRequest } from './convert.js';

/**
 * Enum shapes whose documented values are not a rule: SageMaker adds instance types, accelerators,
 * AMI versions, strategies, data types, input modes and languages every year (see the changelog
 * seeds), and a gateway built today must pass tomorrow's values on. Their values are still
 * checked by length and pattern, and listed in the field descriptions. Every other enum of a
 * mutation input is checked against the service model's values before any call.
 */
export const OPEN_ENUMS: ReadonlySet<string> = new Set([
  'TrainingInstanceType',
  'ProductionVariantInstanceType',
  'ProcessingInstanceType',
  'TransformInstanceType',
  'ProductionVariantAcceleratorType',
  'ProductionVariantInferenceAmiVersion',
  'HyperParameterTuningJobStrategyType',
  'S3DataType',
  'TrainingInputMode',
  'ClarifyTextLanguage',
  'CustomizationTechnique',
  'EvaluationType',
  'ServerlessJobType',
]);

/** Violations one message spells out; the count covers the rest. */
const LISTED = 10;

const ENUM_RULE = 'Member must satisfy enum value set';

/** A client's value as a message repeats it: strings quoted and clipped, lists by their size. */
function echoInput(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return echo(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** BAD_USER_INPUT listing every problem of one request (path, rule, value) in one error. */
export function badInput(problems: readonly InputProblem[]) {
  const listed = problems
    .slice(0, LISTED)
    .map((problem) => `${problem.path}: ${problem.rule}, but got: ${echoInput(problem.value)}`);
  if (problems.length > LISTED) listed.push(`and ${problems.length - LISTED} more`);
  const count = problems.length === 1 ? '' : ` (${problems.length} problems)`;
  return createGraphQLError(`Invalid input${count}: ${listed.join('; ')}.`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      violations: problems.map(({ path, rule }) => ({ path, rule })),
    },
  });
}

const conforms = <Op extends WriteOperation>(
  _operation: Op,
  _request: unknown,
  problems: readonly InputProblem[],
): _request is WriteInputs[Op] => problems.length === 0;

/**
 * `request` as the input of `operation`, once it passes SageMaker's service model as its front
 * end would check it: required members, lengths, patterns, ranges, counts, and enums except the
 * open ones ({@link OPEN_ENUMS}). Any problem, `problems` (found before) included, throws one
 * BAD_USER_INPUT error naming every offending input path (`locate` maps AWS member paths), rule
 * and value; nothing reaches SageMaker.
 */
function conforming<Op extends WriteOperation>(
  operation: Op,
  request: unknown,
  locate: (awsPath: string) => InputLocation,
  problems: InputProblem[],
): WriteInputs[Op] {
  for (const violation of validateRequest(operation, request, { enums: true })) {
    const at = locate(violation.path);
    const open = at.shape !== undefined && OPEN_ENUMS.has(at.shape);
    if (open && violation.rule.startsWith(ENUM_RULE)) continue;
    const rule = violation.kind === 'type' ? `Member must be ${violation.rule}` : violation.rule;
    problems.push({ path: at.path, rule, value: violation.value });
  }
  if (!conforms(operation, request, problems)) throw badInput(problems);
  return request;
}

const inputShape = (operation: WriteOperation): string => {
  const shapeName = OPERATION_INPUTS[operation];
  if (shapeName === undefined) throw new Error(`No input shape for ${operation}`);
  return shapeName;
};

/**
 * The AWS request of `operation` for a GraphQL input (see toRequest), checked as
 * {@link conforming} says, with problems at their GraphQL input paths under `root`. `extra` holds
 * the caller's own problems (e.g. a tag the rules reserve), reported with the others.
 */
export function checkedRequest<Op extends WriteOperation>(
  operation: Op,
  input: unknown,
  root: string,
  extra: readonly InputProblem[] = [],
): WriteInputs[Op] {
  const shapeName = inputShape(operation);
  const problems: InputProblem[] = [...extra];
  const request = toRequest(SHAPES, shapeName, input, root, problems);
  return conforming(
    operation,
    request,
    (path) => inputLocation(SHAPES, shapeName, path, root),
    problems,
  );
}

/**
 * An AWS request built from one argument (a stop's or delete's `name`), checked as
 * {@link conforming} says, with every problem reported at `argument`.
 */
export function checkedArgument<Op extends WriteOperation>(
  operation: Op,
  request: WriteInputs[Op],
  argument: string,
): WriteInputs[Op] {
  const shapeName = inputShape(operation);
  return conforming(
    operation,
    request,
    (path) => ({ path: argument, shape: inputLocation(SHAPES, shapeName, path, '').shape }),
    [],
  );
}
