import { GraphQLError } from 'graphql';
import { isAsyncIterable, maskError, type Plugin } from 'graphql-yoga';
import { codeErrors, type ErrorCodeOptions } from './error-codes.js';
import type { Logger } from './logger.js';

/** The part of an incremental answer (graphql-js 17.0.0-alpha.2's format) that holds errors. */
interface Part {
  errors?: readonly GraphQLError[];
  incremental?: ReadonlyArray<{ errors?: readonly GraphQLError[] }>;
}

/**
 * Masks and codes the errors of @defer and @stream parts as they are sent. yoga masks only a
 * part's top-level `errors`, and the error codes see only whole results, while a deferred
 * fragment's errors come in `incremental[].errors`: an internal error there would reach the
 * client with its message (a SageMaker exception's, say) and no code. Masked as yoga masks
 * (`Unexpected error.`, INTERNAL_SERVER_ERROR), the original logged, and without the internal
 * extensions (`http`, `unexpected`) yoga drops from whole results only.
 */
export function useIncrementalErrors(logger: Logger, options: ErrorCodeOptions): Plugin {
  const mask = (error: GraphQLError): GraphQLError => {
    const masked = maskError(error, 'Unexpected error.', false);
    if (masked !== error) {
      logger.error(
        { err: error.originalError ?? error, path: error.path?.join('.') },
        error.message,
      );
    }
    // yoga's maskError makes GraphQL errors of GraphQL errors; its type only says Error
    return masked instanceof GraphQLError ? masked : new GraphQLError(masked.message);
  };
  const checked = (errors: readonly GraphQLError[]): GraphQLError[] => {
    const masked = errors.map(mask);
    codeErrors(masked, options);
    // what yoga leaves out of a whole result's errors, and not out of these
    for (const error of masked) {
      const extensions = error.extensions as Record<string, unknown>;
      delete extensions.unexpected;
      delete extensions.http;
    }
    return masked;
  };
  return {
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (!isAsyncIterable(result)) return undefined;
        return {
          onNext({ result: part, setResult }) {
            const { errors, incremental } = part as Part;
            if (errors === undefined && incremental === undefined) return;
            setResult({
              ...part,
              ...(errors === undefined ? {} : { errors: checked(errors) }),
              ...(incremental === undefined
                ? {}
                : {
                    incremental: incremental.map((entry) =>
                      entry.errors === undefined
                        ? entry
                        : { ...entry, errors: checked(entry.errors) },
                    ),
                  }),
            });
          },
        };
      },
    }),
  };
}
