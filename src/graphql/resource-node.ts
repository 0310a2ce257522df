import type { FieldMap } from '@pothos/core';
import type DataLoader from 'dataloader';
import { builder } from './builder.js';
import { present } from './common.js';
import type { Context } from './context.js';
import { LEVEL_BATCHES } from './level-schedule.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The members of `T` that hold strings (the SDK declares them optional). */
type StringMember<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T] &
  string;

/** The descriptions of a resource's id/arn/name quartet; each defaults from the noun. */
interface QuartetDescriptions {
  id: string;
  arn: string;
  name: string;
  /** The SageMaker-named name field, e.g. trainingJobName. */
  nameMember: string;
  /** The SageMaker-named ARN field, e.g. trainingJobArn. */
  arnMember: string;
}

export interface ResourceNodeOptions<Rec extends object> {
  description: string;
  /** What descriptions call the resource: "training job". */
  noun: string;
  /** The record members of the ARN (the node id) and the name, e.g. TrainingJobArn. */
  arnMember: StringMember<Rec>;
  nameMember: StringMember<Rec>;
  /** Where a missing member is reported from, e.g. TrainingJob (default: the type name). */
  recordName?: string;
  descriptions?: Partial<QuartetDescriptions>;
  /** Whether the arn/name quartet is nullable (as ModelPackageGroup's has been published). */
  nullableQuartet?: boolean;
  /** The batch function: records in key order, null for missing, an Error per failing key. */
  load: (keys: string[], context: Context) => Promise<readonly (Rec | Error | null)[]>;
  loaderOptions?: DataLoader.Options<string, Rec, string>;
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Rec>) => FieldMap;
}

const camel = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

/**
 * A SageMaker resource as a Relay node loaded through a per-request dataloader: its id is its
 * ARN, and it has `arn` and `name` besides the SageMaker-named `<x>Arn` and `<x>Name` fields.
 * Resolvers may return a name or an ARN and the loader fills the record in.
 */
export function resourceNode<Rec extends object>(
  typename: string,
  options: ResourceNodeOptions<Rec>,
) {
  const { noun, arnMember, nameMember } = options;
  const record = options.recordName ?? typename;
  const nameField = camel(nameMember);
  const arnField = camel(arnMember);
  const described: QuartetDescriptions = {
    id: `The global id of the ${noun}: its ARN.`,
    arn: `The ARN of the ${noun}.`,
    name: `The name of the ${noun} (the same as ${nameField}).`,
    nameMember: `The name of the ${noun}.`,
    arnMember: `The ARN of the ${noun} (the same as arn and id).`,
    ...options.descriptions,
  };
  const arnOf = (rec: Rec): string =>
    present(rec[arnMember] as string | undefined, `${record}.${arnMember}`);
  const nameOf = (rec: Rec): string =>
    present(rec[nameMember] as string | undefined, `${record}.${nameMember}`);
  return builder.loadableNode<Rec | Error | null, [], string, string, string, string, Rec>(
    typename,
    {
      description: options.description,
      // A record without its ARN breaks SageMaker's contract: a field error, never an id of ''.
      id: { description: described.id, resolve: arnOf },
      loaderOptions: { ...LEVEL_BATCHES, ...options.loaderOptions },
      load: (keys, context) => options.load(keys, context),
      fields: (t) => {
        const nullable = options.nullableQuartet ?? false;
        return {
          arn: t.string({ nullable, description: described.arn, resolve: arnOf }),
          name: t.string({ nullable, description: described.name, resolve: nameOf }),
          [nameField]: t.string({ nullable, description: described.nameMember, resolve: nameOf }),
          [arnField]: t.string({ nullable, description: described.arnMember, resolve: arnOf }),
          ...options.fields(t),
        };
      },
    },
  );
}
