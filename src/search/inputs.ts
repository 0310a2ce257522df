/**
 * The parsed GraphQL filter and order inputs, as resolvers receive them. An omitted or `null`
 * member means "no condition".
 */

/** `StringFilter`: text equality, membership, substring and presence. */
export interface StringFilterInput {
  readonly eq?: string | null;
  readonly ne?: string | null;
  readonly in?: readonly string[] | null;
  readonly contains?: string | null;
  readonly exists?: boolean | null;
}

/** The `...StatusFilter`-like inputs for enum-like strings (statuses, instance types). */
export interface EnumFilterInput {
  readonly eq?: string | null;
  readonly ne?: string | null;
  readonly in?: readonly string[] | null;
}

/** `IntFilter` and `FloatFilter`. */
export interface NumberFilterInput {
  readonly eq?: number | null;
  readonly ne?: number | null;
  readonly gt?: number | null;
  readonly gte?: number | null;
  readonly lt?: number | null;
  readonly lte?: number | null;
  readonly exists?: boolean | null;
}

/** `DateTimeFilter`. */
export interface DateTimeFilterInput {
  readonly eq?: Date | null;
  readonly gt?: Date | null;
  readonly gte?: Date | null;
  readonly lt?: Date | null;
  readonly lte?: Date | null;
  readonly exists?: boolean | null;
}

/** `BooleanFilter`. */
export interface BooleanFilterInput {
  readonly eq?: boolean | null;
  readonly exists?: boolean | null;
}

/** `MetricFilter`: a final metric of a training job, by name. */
export interface MetricFilterInput extends NumberFilterInput {
  readonly name: string;
}

/** `HyperParameterFilter`: a hyperparameter of a training job, by name. */
export interface HyperParameterFilterInput {
  readonly name: string;
  readonly eq?: string | null;
  readonly ne?: string | null;
  readonly gt?: number | null;
  readonly gte?: number | null;
  readonly lt?: number | null;
  readonly lte?: number | null;
  readonly exists?: boolean | null;
}

/** `TagFilter`: the value of one tag, by key. */
export interface TagFilterInput extends StringFilterInput {
  readonly key: string;
}

/**
 * A resource filter (`TrainingJobFilter`, ...): per-field operator objects (see
 * `src/search/<family>.ts` for the fields of each resource), list filters and `and`/`or`/`not`.
 */
export interface FilterInput {
  readonly and?: readonly FilterInput[] | null;
  readonly or?: readonly FilterInput[] | null;
  readonly not?: FilterInput | null;
  readonly metrics?: readonly MetricFilterInput[] | null;
  readonly hyperParameters?: readonly HyperParameterFilterInput[] | null;
  readonly tags?: readonly TagFilterInput[] | null;
  readonly [field: string]: unknown;
}

export type SortDirectionInput = 'ASC' | 'DESC';

/** A resource order (`TrainingJobOrder`, ...): one sort key, a field or (training jobs) a metric. */
export interface OrderInput {
  readonly field?: string | null;
  readonly metric?: string | null;
  readonly direction: SortDirectionInput;
}
