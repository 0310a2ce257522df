import type { Tag } from '@aws-sdk/client-sagemaker';
import type { GraphQLError } from 'graphql';
import type { WriteInputs, WriteOperation } from '../../sagemaker/writes/commands.js';
import { sendWrite } from '../../sagemaker/writes/send.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { checkedArgument, checkedRequest } from './check.js';
import type { InputProblem } from './convert.js';
import { requestInput } from './input-types.js';
import { arnOf, type ResourceKind } from './kinds.js';
import { type Reference, requireVisible } from './references.js';
import { creationTenant, reservedTagProblems, withTenantTag } from './tenancy.js';
import './root.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * What every payload is made from: the ARN of the resource written (its payload field resolves
 * through the node's loader, primed by refresh) and, for the tag mutations, its tags.
 */
export interface Payload {
  key: string;
  tags?: readonly Tag[];
}

type PayloadRef = PothosSchemaTypes.ObjectRef<Types, Payload>;

/** What a mutation's resolver has once the input passed every check: the request, the write. */
export interface Written<Op extends WriteOperation> {
  request: WriteInputs[Op];
  output: object;
  /** The records of the target and the references, in the order the spec listed them. */
  records: object[];
}

interface BaseSpec<Op extends WriteOperation> {
  operation: Op;
  description: string;
  payload: PayloadRef;
  /** The payload from the written request (read after write: see refresh). */
  result: (context: Context, written: Written<Op>) => Promise<Payload>;
}

export interface InputMutationSpec<Op extends WriteOperation> extends BaseSpec<Op> {
  inputDescription: string;
  /**
   * A create: it takes a `tenant` argument, tags the resource with the tenant, refuses input tags
   * of the tenant key, and on a taken name (CONFLICT) says which resource holds it.
   */
  creates?: { kind: ResourceKind; name: (request: WriteInputs[Op]) => string | undefined };
  /** The resource the request acts on and the resources its input names, all to be visible. */
  references?: (request: WriteInputs[Op], context: Context) => Reference[];
  /** Problems beyond the service model (e.g. a reserved tag key in a tags mutation's input). */
  problems?: (input: Readonly<Record<string, unknown>>, context: Context) => InputProblem[];
}

/** CONFLICT with the ARN of the resource that holds the name, when SageMaker's message had none. */
async function withConflictArn(
  error: GraphQLError,
  context: Context,
  kind: ResourceKind,
  name: string | undefined,
): Promise<GraphQLError> {
  if (error.extensions.code !== 'CONFLICT' || error.extensions.arn !== undefined) return error;
  if (name === undefined) return error;
  const existing = await kind.readFresh(context, name);
  const arn = existing instanceof Error || existing === null ? undefined : arnOf(kind, existing);
  if (arn !== undefined) Object.assign(error.extensions, { arn });
  return error;
}

/** Sends the write after every check, with the resources it names loaded (see requireVisible). */
async function write<Op extends WriteOperation>(
  context: Context,
  operation: Op,
  request: WriteInputs[Op],
  references: readonly Reference[],
): Promise<Written<Op>> {
  const records = await requireVisible(context, references);
  const output = await sendWrite(context.sagemaker, operation, request, context.logger);
  return { request, output, records };
}

/**
 * A mutation `field(input: <Operation>Input!)` over one SageMaker write: the input type is built
 * from the operation's request shape, and each call runs, in order, (1) the service-model check
 * (BAD_USER_INPUT, listing every problem), (2) for creates, the tenant (see creationTenant) and
 * its tag, (3) the referenced resources, loaded at once, which must exist and be visible
 * (NOT_FOUND otherwise), (4) the write, never retried unless throttled, (5) the payload, read
 * after the write by Describe. Nothing reaches SageMaker before (1) and (2) pass, and no write is
 * sent before (3) does.
 */
export function inputMutation<Op extends WriteOperation>(
  field: string,
  spec: InputMutationSpec<Op>,
) {
  const input = requestInput(spec.operation, spec.inputDescription);
  builder.mutationField(field, (t) =>
    t.field({
      type: spec.payload,
      nullable: false,
      description: spec.description,
      args: {
        input: t.arg({ type: input, required: true, description: spec.inputDescription }),
        ...(spec.creates === undefined
          ? {}
          : {
              tenant: t.arg.string({
                description:
                  'The tenant the new resource belongs to (tagged with TENANT_TAG_KEY): one of the token’s tenants. Needed only when the token has several; an admin may name any, or none.',
              }),
            }),
      },
      resolve: async (_root, args, context) => {
        const given: Readonly<Record<string, unknown>> = args.input;
        const extra = spec.problems?.(given, context) ?? [];
        let tagged = given;
        if (spec.creates !== undefined) {
          const tenantArg: unknown = 'tenant' in args ? args.tenant : undefined;
          const tenant = creationTenant(context, typeof tenantArg === 'string' ? tenantArg : null);
          extra.push(...reservedTagProblems(context, given.tags, 'input.tags'));
          tagged = withTenantTag(context, given, tenant);
        }
        const request = checkedRequest(spec.operation, tagged, 'input', extra);
        try {
          const written = await write(
            context,
            spec.operation,
            request,
            spec.references?.(request, context) ?? [],
          );
          return await spec.result(context, written);
        } catch (error) {
          const { creates } = spec;
          if (creates === undefined || !isGraphQLError(error)) throw error;
          throw await withConflictArn(error, context, creates.kind, creates.name(request));
        }
      },
    }),
  );
}

const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof Error && 'extensions' in error && typeof error.extensions === 'object';

export interface NameMutationSpec<Op extends WriteOperation> extends BaseSpec<Op> {
  /** The resource acted on; `name` must name one the principal may see. */
  kind: ResourceKind;
  /** The request for the resource named `name`. */
  request: (name: string) => WriteInputs[Op];
  argument: { name: 'name' | 'arn'; description: string };
}

/**
 * A mutation `field(name: String!)` (stop, delete) over one SageMaker write: the name checked
 * against the operation's model (BAD_USER_INPUT), the resource loaded and held to the principal's
 * tenants (NOT_FOUND, as if missing, with no write), then the write and the payload.
 */
export function nameMutation<Op extends WriteOperation>(field: string, spec: NameMutationSpec<Op>) {
  const argument = spec.argument.name;
  builder.mutationField(field, (t) =>
    t.field({
      type: spec.payload,
      nullable: false,
      description: spec.description,
      args: {
        [argument]: t.arg.string({ required: true, description: spec.argument.description }),
      },
      resolve: async (_root, args, context) => {
        const value: unknown = args[argument];
        if (typeof value !== 'string') throw new Error(`${field} needs its ${argument}`);
        const request = checkedArgument(spec.operation, spec.request(value), argument);
        const reference: Reference = { kind: spec.kind, key: value, path: argument };
        return spec.result(context, await write(context, spec.operation, request, [reference]));
      },
    }),
  );
}

/** `Name { field: Type! }`: the resource written, in its state right after the write. */
export function resourcePayload(
  name: string,
  field: string,
  type: PothosSchemaTypes.ObjectRef<Types, unknown>,
  description: string,
): PayloadRef {
  return builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.field({
        type,
        nullable: false,
        description: 'The resource as SageMaker describes it right after the change.',
        resolve: (payload) => payload.key,
      }),
    }),
  });
}

/** `Name { field: String! }`: the ARN of the resource a delete removed. */
export function arnPayload(name: string, field: string, description: string): PayloadRef {
  return builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.string({
        nullable: false,
        description: 'The ARN of the deleted resource.',
        resolve: (payload) => payload.key,
      }),
    }),
  });
}
