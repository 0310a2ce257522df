/** The SageMaker Search resources the gateway offers typed filters for (`ResourceType` spelling). */
export type SearchResource =
  | 'TrainingJob'
  | 'HyperParameterTuningJob'
  | 'Endpoint'
  | 'ModelPackage'
  | 'ModelPackageGroup';

/**
 * The operator input a filter field takes, which also fixes the kind of its Search property:
 * `string` and `enum` are text (enum-like strings such as statuses stay open strings), `int` and
 * `float` numbers, `dateTime` timestamps, `boolean` booleans.
 */
export type OperatorKind = 'string' | 'enum' | 'int' | 'float' | 'dateTime' | 'boolean';

/** A filter field on one scalar Search property. */
export interface ScalarFieldSpec {
  readonly kind: OperatorKind;
  readonly property: string;
  readonly description: string;
}

/**
 * A filter over a list of objects (SageMaker NestedFilters): one element of `list` must satisfy
 * every condition given. `fields` map to properties under the list (full dotted names).
 */
export interface NestedFieldSpec {
  readonly kind: 'nested';
  readonly list: string;
  readonly typeName: string;
  readonly description: string;
  readonly fields: Readonly<Record<string, ScalarFieldSpec>>;
}

type FieldSpec = ScalarFieldSpec | NestedFieldSpec;

/** A sort key: a scalar (non-list) Search property. */
interface SortFieldSpec {
  readonly property: string;
  readonly description: string;
}

/** Everything a resource's filter and order inputs offer, with the Search property behind each. */
export interface ResourceSearchSpec {
  readonly resource: SearchResource;
  /** The GraphQL name of the resource in descriptions, e.g. "training job". */
  readonly noun: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Training jobs only: `metrics` (FinalMetricDataList) and `hyperParameters` filters. */
  readonly metrics: boolean;
  readonly hyperParameters: boolean;
  readonly sortFields: Readonly<Record<string, SortFieldSpec>>;
}

export const field = (
  kind: OperatorKind,
  property: string,
  description: string,
): ScalarFieldSpec => ({
  kind,
  property,
  description,
});

export const CREATION_TIME = field('dateTime', 'CreationTime', 'When the resource was created.');
export const LAST_MODIFIED_TIME = field(
  'dateTime',
  'LastModifiedTime',
  'When the resource was last modified.',
);
