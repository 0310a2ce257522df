import { SageMakerError } from '../service-errors.js';

// The Search request arrives as arbitrary JSON; the engine's typed checks assume the SDK's shape.
// A member of the wrong JSON type is rejected here, as AWS's deserializer does, before any of
// them run.

type Json = unknown;

const kind = (value: Json): string =>
  value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;

const shapeError = (at: string, expected: string, value: Json): SageMakerError =>
  new SageMakerError(
    'SerializationException',
    `Expected ${expected} at '${at}', but got ${kind(value)} ${JSON.stringify(value)?.slice(0, 64)}.`,
  );

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optional = (
  record: Record<string, Json>,
  member: string,
  check: (value: Json, at: string) => void,
  at: string,
): void => {
  const value = record[member];
  if (value !== undefined && value !== null)
    check(value, `${at}${member.charAt(0).toLowerCase()}${member.slice(1)}`);
};

const string = (value: Json, at: string): void => {
  if (typeof value !== 'string') throw shapeError(at, 'a string', value);
};

const integer = (value: Json, at: string): void => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw shapeError(at, 'an integer', value);
};

const listOf =
  (item: (value: Json, at: string) => void) =>
  (value: Json, at: string): void => {
    if (!Array.isArray(value)) throw shapeError(at, 'a list', value);
    for (const [i, element] of value.entries()) item(element, `${at}.${i + 1}.member`);
  };

const structure =
  (members: Readonly<Record<string, (value: Json, at: string) => void>>) =>
  (value: Json, at: string): void => {
    if (!isObject(value)) throw shapeError(at, 'a structure', value);
    for (const [member, check] of Object.entries(members)) {
      optional(value, member, check, at === '' ? '' : `${at}.`);
    }
  };

const filter = structure({ Name: string, Operator: string, Value: string });
const nestedFilters = structure({ NestedPropertyName: string, Filters: listOf(filter) });
const expression = (value: Json, at: string): void =>
  structure({
    Filters: listOf(filter),
    NestedFilters: listOf(nestedFilters),
    SubExpressions: listOf(expression),
    Operator: string,
  })(value, at);

const request = structure({
  Resource: string,
  SearchExpression: expression,
  SortBy: string,
  SortOrder: string,
  NextToken: string,
  MaxResults: integer,
});

/**
 * Checks that a Search request has the JSON types of the SDK's SearchRequest shape (strings,
 * integers, lists and structures where the API has them); throws a SerializationException naming
 * the member path and the value otherwise. Unknown members are ignored, as AWS does.
 */
export const checkSearchShape = (value: unknown): void => request(value, '');
