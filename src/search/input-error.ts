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

const SHOWN = 100;

/** A value or input path as a message shows it: at most 100 characters, then how many more. */
export const clip = (text: string): string =>
  text.length <= SHOWN ? text : `${text.slice(0, SHOWN)}… (${text.length} characters)`;

/** A text value quoted for a message, clipped. */
export const quote = (text: string): string => clip(JSON.stringify(text));
