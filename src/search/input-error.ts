import { GraphQLError } from 'graphql';

/** `BAD_USER_INPUT` for values SageMaker cannot take, `FILTER_LIMIT_EXCEEDED` for Search limits. */
export type SearchErrorCode = 'BAD_USER_INPUT' | 'FILTER_LIMIT_EXCEEDED';

/**
 * A filter or order that cannot become a SageMaker Search request. It is a GraphQLError with a
 * stable `extensions.code`, so a resolver may throw it as is; the message names the rule and the
 * offending input.
 */
export class SearchInputError extends GraphQLError {
  readonly code: SearchErrorCode;

  constructor(message: string, code: SearchErrorCode = 'BAD_USER_INPUT') {
    super(message, { extensions: { code } });
    this.name = 'SearchInputError';
    this.code = code;
  }
}
