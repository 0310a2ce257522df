import {
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  type Source,
  type TypeNode,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { asksForTrace } from './inline-trace.js';
import type { Logger } from './logger.js';

const LINE_BREAK = /\r\n|[\n\r]/g;

/** The offset in `body` of a 1-based line and column, as graphql-js counts them. Pure. */
export function offsetOf(body: string, line: number, column: number): number {
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let at = 1; at < line; at++) {
    const lineBreak = LINE_BREAK.exec(body);
    if (lineBreak === null) break;
    start = lineBreak.index + lineBreak[0].length;
  }
  return start + column - 1;
}

type PromiseOrValue<T> = T | Promise<T>;

type JitError = GraphQLError & { locations?: ReadonlyArray<{ line: number; column: number }> };

/**
 * A graphql-js GraphQLError from an error of graphql-jit, whose errors carry locations but no
 * source or positions, and read-only extensions, or none: error masking would drop their
 * locations and the error codes could not be set. Same message, locations, path, original error
 * and extensions; an error of a request that could not start (bad variables) answers HTTP 400,
 * as yoga's executor marks it.
 */
export function toGraphQLError(
  error: JitError,
  source: Source | undefined,
  requestError = false,
): GraphQLError {
  const positions =
    source === undefined || error.locations === undefined
      ? undefined
      : error.locations.map(({ line, column }) => offsetOf(source.body, line, column));
  return new GraphQLError(error.message, {
    ...(positions === undefined || positions.length === 0 ? {} : { source, positions }),
    ...(error.path === undefined ? {} : { path: error.path }),
    ...(error.originalError === undefined ? {} : { originalError: error.originalError }),
    ...(error.extensions === undefined && !requestError
      ? {}
      : {
          extensions: { ...error.extensions, ...(requestError ? { http: { status: 400 } } : {}) },
        }),
  });
}

/**
 * The input object types from which a cycle of input types can be reached (the filters' and/or/not
 * are): graphql-jit's compiler of variable coercion never ends on a variable of such a type
 * (graphql-jit#81). Pure.
 */
export function cyclicInputTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const fieldsOf = (name: string): string[] => {
    const type = schema.getType(name);
    return isInputObjectType(type)
      ? Object.values(type.getFields()).map((field) => getNamedType(field.type).name)
      : [];
  };
  const cyclic = new Set<string>();
  const done = new Set<string>();
  // depth-first: a type on the current path reached again closes a cycle, and every type on the
  // path (and so every type that reaches one of them) reaches it
  const visit = (name: string, path: string[]): boolean => {
    if (path.includes(name)) return true;
    if (done.has(name)) return cyclic.has(name);
    let reaches = false;
    for (const field of fieldsOf(name)) reaches = visit(field, [...path, name]) || reaches;
    done.add(name);
    if (reaches) cyclic.add(name);
    return reaches;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) visit(type.name, []);
  }
  return cyclic;
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

/** The operation `args` run (none when the name is missing or unknown). */
const operationOf = (args: ExecutionArgs): OperationDefinitionNode | null | undefined =>
  getOperationAST(args.document, args.operationName);

/** Whether the operation declares a variable whose type reaches a cycle of input types. */
const hasCyclicVariable = (args: ExecutionArgs, cyclic: ReadonlySet<string>): boolean =>
  (operationOf(args)?.variableDefinitions ?? []).some((v) => cyclic.has(namedType(v.type)));

/**
 * Whether the document asks for incremental delivery (@defer, @stream), which graphql-jit does
 * not do: it would answer everything in one result.
 */
function isIncremental(document: DocumentNode): boolean {
  let incremental = false;
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
      incremental = true;
      return BREAK;
    },
  });
  return incremental;
}

/**
 * graphql-js's errors for variables that do not coerce (graphql-jit words some of them
 * otherwise), or undefined when they do.
 */
function variableErrors(args: ExecutionArgs): readonly GraphQLError[] | undefined {
  const coerced = getVariableValues(
    args.schema,
    operationOf(args)?.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  return 'errors' in coerced ? coerced.errors : undefined;
}

/**
 * A compiled query, graphql-jit's errors for one that did not compile, graphql-js's turn, or an
 * operation run once so far.
 */
type Compiled = CompiledQuery | ExecutionResult | 'graphql-js' | 'seen';

/** Compiled queries per document and operation: one document may hold several (GraphiQL's do). */
export type CompiledQueryCache = LRUCache<DocumentNode, Map<string, Compiled>>;

/**
 * At most `size` documents' compiled queries, least recently used out: a compiled query keeps
 * generated code, so a client sending new documents must not grow memory without bound.
 */
export const createCompiledQueryCache = (size: number): CompiledQueryCache =>
  new LRUCache({ max: size });

/**
 * Execution by queries compiled once per document and operation (graphql-jit) instead of walked
 * field by field, with a promise per field: 1.4× less CPU per request for a page of 100 linked
 * items when concurrent queries share their SageMaker calls (bench/README.md), from the second
 * run of an operation on. Compiled queries live in `cache` (DOCUMENT_CACHE_SIZE documents). Operations with a variable of a recursive
 * filter type, and documents with @defer or @stream, run on graphql-js's executor. Errors are turned back into graphql-js errors before
 * masking and error codes see them.
 */
export function useCompiledExecution(
  logger: Logger,
  cache: CompiledQueryCache,
  options: { federatedTracing: boolean },
): Plugin {
  const cyclic = new WeakMap<GraphQLSchema, ReadonlySet<string>>();
  const compiled = (args: ExecutionArgs): Compiled => {
    // graphql-js words the error of an unknown operation name; keying by the operation found
    // keeps a document's entries to its operations, whatever names clients send
    const found = operationOf(args);
    if (found === null || found === undefined) return 'graphql-js';
    const operation = found.name?.value ?? '';
    let byOperation = cache.get(args.document);
    if (byOperation === undefined) {
      byOperation = new Map();
      cache.set(args.document, byOperation);
    }
    let query = byOperation.get(operation);
    // Compiling costs more than one run and leaves generated code behind: a document sent once
    // (20 000 new ones: +127 MB of RSS compiled, +85 MB not) runs on graphql-js, and is compiled
    // when it comes again.
    if (query === undefined) {
      byOperation.set(operation, 'seen');
      return 'graphql-js';
    }
    if (query === 'seen') {
      let inputs = cyclic.get(args.schema);
      if (inputs === undefined) {
        inputs = cyclicInputTypes(args.schema);
        cyclic.set(args.schema, inputs);
      }
      if (hasCyclicVariable(args, inputs) || isIncremental(args.document)) query = 'graphql-js';
      else {
        query = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        // validation has run, so this is rare: those errors answer
        if (!isCompiledQuery(query)) logger.warn({ errors: query.errors }, 'query not compiled');
      }
      byOperation.set(operation, query);
    }
    return query;
  };
  const execute = (
    query: Exclude<Compiled, 'graphql-js' | 'seen'>,
    args: ExecutionArgs,
  ): PromiseOrValue<ExecutionResult> => {
    if (!isCompiledQuery(query)) return query;
    const source = args.document.loc?.source;
    const graphqlJsErrors = (result: ExecutionResult): ExecutionResult => {
      if (result.errors === undefined) return result;
      // no data at all: the request could not start, because its variables do not coerce
      const requestError = !('data' in result);
      const errors = (requestError ? variableErrors(args) : undefined) ?? result.errors;
      return { ...result, errors: errors.map((e) => toGraphQLError(e, source, requestError)) };
    };
    const result = query.query(args.rootValue, args.contextValue, args.variableValues);
    return result instanceof Promise ? result.then(graphqlJsErrors) : graphqlJsErrors(result);
  };
  return {
    // Compiled for the document it is executed with, which a plugin after this one may have
    // rewritten (the response cache adds __typename and ids to every selection).
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((executed) => {
        // A request federated tracing follows runs on the schema whose resolvers it wraps, the
        // others on one without (inline-trace.ts): compiled queries are for the others alone.
        if (options.federatedTracing && asksForTrace(executed.contextValue)) {
          return executeFn(executed);
        }
        const query = compiled(executed);
        return query === 'graphql-js' || query === 'seen'
          ? executeFn(executed)
          : execute(query, executed);
      });
    },
  };
}
