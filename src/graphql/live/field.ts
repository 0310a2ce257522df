import { createHash } from 'node:crypto';
import type { Filter } from '@aws-sdk/client-sagemaker';
import type { ObjectRef } from '@pothos/core';
import { createGraphQLError } from 'graphql-yoga';
import type { NameRule } from '../../sagemaker/names.js';
import { compileSearch } from '../../search/compile.js';
import type { FilterInput, OrderInput } from '../../search/inputs.js';
import type { SearchResource } from '../../search/property-spec.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { requireName } from '../lookup.js';
import type { LiveResource, WatchSpec } from './poller.js';
import { watermarkFilter } from './watermark.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A resource family's side of its subscriptions. */
export interface LiveFamily<T> extends LiveResource<T> {
  searchResource: SearchResource;
  /** The Search property of the name (`TrainingJobName`). */
  nameProperty: string;
}

// Ascending, so a poll cut short by MAX_UPSTREAM_PAGES leaves the watermark where it stopped.
const OLDEST_FIRST = { field: 'LAST_MODIFIED_TIME', direction: 'ASC' } as const;
const NEWEST_FIRST = { field: 'LAST_MODIFIED_TIME', direction: 'DESC' } as const;

/**
 * The watched set of a subscription: `family`'s resources matching `filter` (or named `name`),
 * inside the context's tenant guard. Compiled here, so a bad filter is BAD_USER_INPUT or
 * FILTER_LIMIT_EXCEEDED before any poller or call exists; the key covers resource, filter and
 * guard, so tenants never share a poller.
 */
export function watchSpec<T>(
  context: Context,
  family: LiveFamily<T>,
  watch: { name: string } | { filter: FilterInput | null | undefined },
): WatchSpec<T> {
  const byName: Filter[] =
    'name' in watch ? [{ Name: family.nameProperty, Operator: 'Equals', Value: watch.name }] : [];
  const guard = [...(context.guards?.[family.searchResource] ?? []), ...byName];
  const filter = 'filter' in watch ? watch.filter : undefined;
  const compile = (watermark: number, order: OrderInput = OLDEST_FIRST) =>
    compileSearch(family.searchResource, filter, order, {
      guard: [...guard, watermarkFilter(watermark)],
    });
  // The watermark's filter counts toward SageMaker's limits: compiled with it now.
  const keyed = compile(0);
  const key = createHash('sha256')
    .update(`${family.searchResource}\n${JSON.stringify(keyed)}`)
    .digest('base64url');
  return {
    key,
    resource: family,
    named: 'name' in watch,
    request: (watermark) => ({ Resource: family.searchResource, ...compile(watermark) }),
    newest: { Resource: family.searchResource, ...compile(0, NEWEST_FIRST) },
  };
}

/** The hub of the context, or an internal error (a context without one serves no subscriptions). */
export function hubOf(context: Context) {
  if (context.live === undefined) {
    throw createGraphQLError('Subscriptions are not served here.', {
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  return context.live;
}

/**
 * `events` up to and including the first that `last` holds for, then done (the source closed).
 * Not an async generator: a generator's return() waits for the pending next(), which for a
 * quiet resource never settles, so a client leaving would never release its poller.
 */
function until<T>(
  events: AsyncIterableIterator<T>,
  last: (item: T) => boolean,
): AsyncIterableIterator<T> {
  let finished = false;
  const close = async (): Promise<IteratorResult<T>> => {
    finished = true;
    await events.return?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      if (finished) return { done: true, value: undefined };
      const result = await events.next();
      if (result.done === true) finished = true;
      else if (last(result.value)) await close();
      return result;
    },
    return: close,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * A subscription to one resource by name (`trainingJobUpdated(name)`): the name is checked
 * against `rule` before any call, the current state comes first, and the stream completes after
 * a state `terminal` holds for (never, without it).
 */
export function byNameSubscription<Shape, T extends Shape>(
  field: string,
  options: {
    /** The node type (its ref's shape may also admit the loader's keys). */
    type: ObjectRef<Types, Shape>;
    family: LiveFamily<T>;
    rule: NameRule;
    /** "a training job" */
    what: string;
    description: string;
    terminal?: (item: T) => boolean;
  },
): void {
  const { family, rule, what, terminal } = options;
  builder.subscriptionField(field, (t) =>
    t.field({
      type: options.type,
      nullable: false,
      description: options.description,
      args: { name: t.arg.string({ required: true, description: `The name of ${what}.` }) },
      subscribe: (_root, { name }, context) => {
        const events = hubOf(context).watch(
          watchSpec(context, family, { name: requireName(name, rule, what) }),
        );
        return terminal === undefined ? events : until(events, terminal);
      },
      // Pothos cannot relate a generic T to the ref's resolver type; T is one of its shapes.
      resolve: (item) => item as never,
    }),
  );
}
