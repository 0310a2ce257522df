import { createGraphQLError } from 'graphql-yoga';
import { echo } from '../../search/echo.js';
import type { Context } from '../context.js';
import { arnOf, type ResourceKind } from './kinds.js';
import { visibleRecord } from './tenancy.js';

/** A resource a request names: the one it acts on, or one its input refers to. */
export interface Reference {
  kind: ResourceKind;
  /** Its name or ARN, as the request gives it. */
  key: string;
  /** Where the request names it: `name`, `input.endpointConfigName`, ... */
  path: string;
}

const notFound = (reference: Reference) =>
  createGraphQLError(
    `${reference.path}: no ${reference.kind.noun} ${echo(reference.key)} exists that this token may see.`,
    { extensions: { code: 'NOT_FOUND', path: reference.path } },
  );

/**
 * The records `references` name, in order, once each is known to exist and to be visible to the
 * principal; NOT_FOUND naming the first that is not (out of tenant is exactly as missing), so no
 * write is sent for it. All are loaded at once: one level of batched loader calls.
 */
export async function requireVisible(
  context: Context,
  references: readonly Reference[],
): Promise<object[]> {
  const records = await Promise.all(
    references.map((reference) => visibleRecord(context, reference.kind, reference.key)),
  );
  return records.map((record, at) => {
    const reference = references[at];
    if (reference === undefined) throw new Error('references and records are aligned');
    if (record === null) throw notFound(reference);
    return record;
  });
}

/**
 * Reads the resource `key` names right after a write (Describe, see readFresh) and primes the
 * request's loader with it under its name and its ARN, so the payload and its links show the new
 * state at once. Returns the ARN, which the payload field resolves through that loader.
 */
export async function refresh(context: Context, kind: ResourceKind, key: string): Promise<string> {
  const record = await kind.readFresh(context, key);
  if (record instanceof Error) throw record;
  if (record === null) {
    throw new Error(`SageMaker did not describe the ${kind.noun} ${key} it just wrote`);
  }
  const arn = arnOf(kind, record);
  if (arn === undefined)
    throw new Error(`SageMaker described the ${kind.noun} ${key} without an ARN`);
  const loader = kind.loader(context);
  for (const alias of new Set([key, arn])) {
    loader.clear(alias);
    loader.prime(alias, record);
  }
  return arn;
}

/**
 * The ARN of the resource `record` (of `kind`, named `key`) that a delete just removed; the
 * request's loader forgets it, so later reads in the request ask SageMaker again.
 */
export function forgotten(context: Context, kind: ResourceKind, key: string, record: object) {
  const arn = arnOf(kind, record);
  if (arn === undefined) throw new Error(`The ${kind.noun} ${key} has no ARN`);
  const loader = kind.loader(context);
  loader.clear(key);
  loader.clear(arn);
  return arn;
}

/** A string member of a write's output, e.g. CreateModelPackage's ModelPackageArn. */
export function outputMember(output: object, member: string): string {
  const value: unknown = (output as Record<string, unknown>)[member];
  if (typeof value !== 'string') throw new Error(`SageMaker's answer omitted ${member}`);
  return value;
}
