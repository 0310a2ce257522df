import type {
  Filter,
  NestedFilters,
  SearchExpression,
  SearchRequest,
} from '@aws-sdk/client-sagemaker';
import { enumValues } from '../../sagemaker/service-model/enums.js';
import { constraintError, validationError } from '../service-errors.js';
import { isSearchResourceType, SEARCH_RESOURCE_TYPES } from './properties.js';
import { checkSearchShape } from './shape.js';

/** Each of Filters, NestedFilters, SubExpressions (and a nested filter's Filters) holds 1..20. */
const MAX_LIST_ITEMS = 20;
/** Filters, NestedFilters and SubExpressions counted recursively over the whole expression. */
const MAX_EXPRESSION_ELEMENTS = 50;
/** Contains filters allowed per expression (for the resources the emulator supports). */
const MAX_CONTAINS = 1;
const MAX_VALUE_LENGTH = 1024;
const MIN_RESULTS = 1;
const MAX_RESULTS = 100;
export const DEFAULT_MAX_RESULTS = 10;

const FILTER_OPERATORS = enumValues('Operator');
const BOOLEAN_OPERATORS = enumValues('BooleanOperator');
const SORT_ORDERS = enumValues('SearchSortOrder');

const CONTAINS_LIMIT_MESSAGE = "'CONTAINS' operator usage limit of 1 exceeded.";
const EMPTY_EXPRESSION_MESSAGE =
  'You must provide at least one subexpression, filter, or nested filter';

const enumSet = (values: readonly string[]): string =>
  `Member must satisfy enum value set: [${values.join(', ')}]`;

const includes = (values: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && values.includes(value);

/** A list member must hold 1..20 items, in the front end's words; `at` is its member path. */
const checkListLength = (list: readonly unknown[], at: string): void => {
  if (list.length < 1) {
    throw constraintError(list, at, 'Member must have length greater than or equal to 1');
  }
  if (list.length > MAX_LIST_ITEMS) {
    throw constraintError(
      `[${list.length} items]`,
      at,
      `Member must have length less than or equal to ${MAX_LIST_ITEMS}`,
    );
  }
};

interface Tally {
  elements: number;
  contains: number;
}

const checkFilter = (filter: Filter, at: string, tally: Tally): void => {
  tally.elements += 1;
  if (typeof filter.Name !== 'string' || filter.Name.length === 0) {
    throw constraintError(filter.Name ?? 'null', `${at}.name`, 'Member must not be null');
  }
  if (filter.Operator !== undefined && !includes(FILTER_OPERATORS, filter.Operator)) {
    throw constraintError(filter.Operator, `${at}.operator`, enumSet(FILTER_OPERATORS));
  }
  const operator = filter.Operator ?? 'Equals';
  if (operator === 'Contains') tally.contains += 1;
  if (filter.Value === undefined || filter.Value === null) {
    if (operator !== 'Exists' && operator !== 'NotExists') {
      throw validationError(
        `The filter on '${filter.Name}' needs a Value: operator ${operator} compares the property with a Value (only Exists and NotExists take none).`,
      );
    }
    return;
  }
  if (filter.Value.length < 1) {
    throw constraintError(
      filter.Value,
      `${at}.value`,
      'Member must have length greater than or equal to 1',
    );
  }
  if (filter.Value.length > MAX_VALUE_LENGTH) {
    throw constraintError(
      `${filter.Value.slice(0, 32)}...`,
      `${at}.value`,
      `Member must have length less than or equal to ${MAX_VALUE_LENGTH}`,
    );
  }
};

const checkFilters = (filters: readonly Filter[], at: string, tally: Tally): void => {
  checkListLength(filters, at);
  for (const [i, filter] of filters.entries()) checkFilter(filter, `${at}.${i + 1}.member`, tally);
};

const checkNested = (nested: NestedFilters, at: string, tally: Tally): void => {
  tally.elements += 1;
  if (typeof nested.NestedPropertyName !== 'string' || nested.NestedPropertyName.length === 0) {
    throw constraintError('null', `${at}.nestedPropertyName`, 'Member must not be null');
  }
  if (!Array.isArray(nested.Filters)) {
    throw constraintError('null', `${at}.filters`, 'Member must not be null');
  }
  checkFilters(nested.Filters, `${at}.filters`, tally);
};

const checkExpression = (expression: SearchExpression, at: string, tally: Tally): void => {
  if (expression.Operator !== undefined && !includes(BOOLEAN_OPERATORS, expression.Operator)) {
    throw constraintError(expression.Operator, `${at}.operator`, enumSet(BOOLEAN_OPERATORS));
  }
  const { Filters, NestedFilters, SubExpressions } = expression;
  if (Filters === undefined && NestedFilters === undefined && SubExpressions === undefined) {
    throw validationError(`${EMPTY_EXPRESSION_MESSAGE} (at '${at}').`);
  }
  if (Filters !== undefined) checkFilters(Filters, `${at}.filters`, tally);
  if (NestedFilters !== undefined) {
    checkListLength(NestedFilters, `${at}.nestedFilters`);
    for (const [i, nested] of NestedFilters.entries()) {
      checkNested(nested, `${at}.nestedFilters.${i + 1}.member`, tally);
    }
  }
  if (SubExpressions !== undefined) {
    checkListLength(SubExpressions, `${at}.subExpressions`);
    SubExpressions.forEach((sub, i) => {
      tally.elements += 1;
      checkExpression(sub, `${at}.subExpressions.${i + 1}.member`, tally);
    });
  }
};

/**
 * Checks a Search request's JSON types (see `checkSearchShape`), then SageMaker's input limits,
 * before any property is looked at:
 * the resource and enum members, MaxResults 1..100, each Filters / NestedFilters /
 * SubExpressions list 1..20 items, at most 50 elements (every Filter, NestedFilter and
 * SubExpression, recursively), at most one Contains, Value 1..1024 characters and required
 * except for Exists/NotExists. Throws the SageMakerError AWS would return; returns the resource
 * type, any of the service model's (not only those the emulator holds records of).
 */
export const validateRequest = (request: SearchRequest): string => {
  checkSearchShape(request);
  if (!isSearchResourceType(request.Resource)) {
    throw constraintError(request.Resource ?? 'null', 'resource', enumSet(SEARCH_RESOURCE_TYPES));
  }
  const { MaxResults, SortOrder, SearchExpression: expression } = request;
  if (MaxResults !== undefined && MaxResults !== null) {
    if (!Number.isInteger(MaxResults) || MaxResults < MIN_RESULTS) {
      throw constraintError(
        MaxResults,
        'maxResults',
        `Member must have value greater than or equal to ${MIN_RESULTS}`,
      );
    }
    if (MaxResults > MAX_RESULTS) {
      throw constraintError(
        MaxResults,
        'maxResults',
        `Member must have value less than or equal to ${MAX_RESULTS}`,
      );
    }
  }
  if (SortOrder !== undefined && !includes(SORT_ORDERS, SortOrder)) {
    throw constraintError(SortOrder, 'sortOrder', enumSet(SORT_ORDERS));
  }
  if (request.SortBy !== undefined && request.SortBy.length < 1) {
    throw constraintError(
      request.SortBy,
      'sortBy',
      'Member must have length greater than or equal to 1',
    );
  }
  if (expression !== undefined && expression !== null) {
    const tally: Tally = { elements: 0, contains: 0 };
    checkExpression(expression, 'searchExpression', tally);
    if (tally.elements > MAX_EXPRESSION_ELEMENTS) {
      throw validationError(
        `The search expression has ${tally.elements} elements (Filters, NestedFilters and SubExpressions counted recursively); the maximum is ${MAX_EXPRESSION_ELEMENTS}.`,
      );
    }
    if (tally.contains > MAX_CONTAINS) throw validationError(CONTAINS_LIMIT_MESSAGE);
  }
  return request.Resource;
};
