import type { Tag, VpcConfig } from '@aws-sdk/client-sagemaker';
import { builder } from './builder.js';

/** One entry of a string-to-string map, e.g. a hyperparameter or an environment variable. */
export interface KeyValue {
  key: string;
  value: string;
}

/**
 * Turns a SageMaker string map into key/value pairs sorted by key, so output is stable whatever
 * order the map arrived in. An absent map gives `[]`.
 */
export const keyValuePairs = (map: Record<string, string> | undefined): KeyValue[] =>
  Object.entries(map ?? {})
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/**
 * Returns a member SageMaker always sends; throws (a masked field error) when it did not, rather
 * than inventing a value.
 */
export const present = <T>(value: T | undefined, member: string): T => {
  if (value === undefined) throw new Error(`SageMaker omitted ${member}.`);
  return value;
};

export const KeyValuePairRef = builder.objectRef<KeyValue>('KeyValuePair').implement({
  description: 'One entry of a string-to-string map.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The key.' }),
    value: t.exposeString('value', { nullable: false, description: 'The value.' }),
  }),
});

export const HyperParameterRef = builder.objectRef<KeyValue>('HyperParameter').implement({
  description:
    'An algorithm-specific parameter of a training job, as SageMaker stores it (a string).',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The name of the hyperparameter.' }),
    value: t.exposeString('value', {
      nullable: false,
      description: 'The value of the hyperparameter.',
    }),
  }),
});

export const TagRef = builder.objectRef<Tag>('Tag').implement({
  description: 'A key-value pair attached to a SageMaker resource, used to organise and find it.',
  fields: (t) => ({
    key: t.string({
      nullable: false,
      description: 'The tag key.',
      resolve: (tag) => present(tag.Key, 'Tag.Key'),
    }),
    value: t.string({
      nullable: false,
      description: 'The tag value; empty when the tag has none.',
      resolve: (tag) => tag.Value ?? '',
    }),
  }),
});

export const VpcConfigRef = builder.objectRef<VpcConfig>('VpcConfig').implement({
  description: 'The VPC (security groups and subnets) that a job or model has access to.',
  fields: (t) => ({
    securityGroupIds: t.stringList({
      nullable: false,
      description: 'The VPC security group IDs, in the form sg-xxxxxxxx.',
      resolve: listMember('SecurityGroupIds'),
    }),
    subnets: t.stringList({
      nullable: false,
      description: 'The IDs of the subnets in the VPC to connect to.',
      resolve: listMember('Subnets'),
    }),
  }),
});

/**
 * The resolver of a list field over a member SageMaker omits when the list is empty: the list,
 * or `[]`. (Pass-through fields that may be null use Pothos's expose helpers instead.)
 */
export const listMember =
  <K extends PropertyKey>(member: K) =>
  <T>(parent: { readonly [P in K]?: readonly T[] }): readonly T[] =>
    parent[member] ?? [];
