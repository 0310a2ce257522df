import { enumValues } from '../../sagemaker/service-model/enums.js';
import { validationError } from '../service-errors.js';
import {
  ENDPOINT_CATALOGUE,
  HYPER_PARAMETER_TUNING_JOB_CATALOGUE,
  MODEL_CATALOGUE,
  MODEL_PACKAGE_CATALOGUE,
  MODEL_PACKAGE_GROUP_CATALOGUE,
  TRAINING_JOB_CATALOGUE,
} from './properties.generated.js';
import type { Catalogue, Property } from './types.js';

/** Every Search `ResourceType` of the service model: the resources Search accepts at all. */
export const SEARCH_RESOURCE_TYPES: readonly string[] = enumValues('ResourceType');

export const isSearchResourceType = (value: unknown): value is string =>
  typeof value === 'string' && SEARCH_RESOURCE_TYPES.includes(value);

/**
 * The Search resources the emulator holds records of, in SageMaker's `ResourceType` spelling;
 * a Search of any other resource type finds nothing.
 */
export const SEARCHABLE_RESOURCES = [
  'TrainingJob',
  'HyperParameterTuningJob',
  'Endpoint',
  'Model',
  'ModelPackage',
  'ModelPackageGroup',
] as const;

export type SearchableResource = (typeof SEARCHABLE_RESOURCES)[number];

/**
 * Where the resource sits in its Search record, as a property prefix: at the top, except for a
 * model, whose record (ModelDashboardModel) holds it under `Model` beside its endpoints.
 */
const ITEM_PREFIX: Readonly<Record<SearchableResource, string>> = {
  TrainingJob: '',
  HyperParameterTuningJob: '',
  Endpoint: '',
  Model: 'Model.',
  ModelPackage: '',
  ModelPackageGroup: '',
};

/**
 * The property that names a resource (what a store indexes for `lookup`). A versioned model
 * package's `ModelPackageName` is its group's name, so it is not unique; its ARN is.
 */
export const NAME_PROPERTY: Readonly<Record<SearchableResource, string>> = {
  TrainingJob: 'TrainingJobName',
  HyperParameterTuningJob: 'HyperParameterTuningJobName',
  Endpoint: 'EndpointName',
  Model: 'Model.ModelName',
  ModelPackage: 'ModelPackageName',
  ModelPackageGroup: 'ModelPackageGroupName',
};

/** The unique ARN property per resource: the final tie-breaker of every sort. */
export const ARN_PROPERTY: Readonly<Record<SearchableResource, string>> = {
  TrainingJob: 'TrainingJobArn',
  HyperParameterTuningJob: 'HyperParameterTuningJobArn',
  Endpoint: 'EndpointArn',
  Model: 'Model.ModelArn',
  ModelPackage: 'ModelPackageArn',
  ModelPackageGroup: 'ModelPackageGroupArn',
};

const CATALOGUES: Readonly<Record<SearchableResource, Catalogue>> = {
  TrainingJob: TRAINING_JOB_CATALOGUE,
  HyperParameterTuningJob: HYPER_PARAMETER_TUNING_JOB_CATALOGUE,
  Endpoint: ENDPOINT_CATALOGUE,
  Model: MODEL_CATALOGUE,
  ModelPackage: MODEL_PACKAGE_CATALOGUE,
  ModelPackageGroup: MODEL_PACKAGE_GROUP_CATALOGUE,
};

export const isSearchableResource = (value: unknown): value is SearchableResource =>
  typeof value === 'string' && (SEARCHABLE_RESOURCES as readonly string[]).includes(value);

/** The resource's scalar leaves, lists and maps (see `Catalogue`). */
export const catalogueOf = (resource: SearchableResource): Catalogue => CATALOGUES[resource];

/**
 * SageMaker's default SortBy, the resource's LastModifiedTime, or its CreationTime where it has
 * none (a model: `Model.CreationTime`).
 */
export const defaultSortBy = (resource: SearchableResource): string => {
  const prefix = ITEM_PREFIX[resource];
  return `${prefix}LastModifiedTime` in CATALOGUES[resource].leaves
    ? `${prefix}LastModifiedTime`
    : `${prefix}CreationTime`;
};

const listSets = new Map<SearchableResource, ReadonlySet<string>>();
const listsOf = (resource: SearchableResource): ReadonlySet<string> => {
  let set = listSets.get(resource);
  if (!set) {
    set = new Set(CATALOGUES[resource].lists);
    listSets.set(resource, set);
  }
  return set;
};

/** Is any prefix of the dotted path (or the path itself) a list of this resource? */
const throughList = (resource: SearchableResource, path: string): boolean => {
  const lists = listsOf(resource);
  let at = path.indexOf('.');
  while (at !== -1) {
    if (lists.has(path.slice(0, at))) return true;
    at = path.indexOf('.', at + 1);
  }
  return lists.has(path);
};

const dynamic = (name: string, prefix: string): string | undefined =>
  name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : undefined;

/**
 * Resolves a Search property name for a resource: a catalogue leaf (`TrainingJobName`,
 * `InputDataConfig.ChannelName`), `Tags.<key>` (every resource), `Metrics.<name>` (a training
 * job's FinalMetricDataList), `HyperParameters.<name>` (a training job's hyperparameters) or
 * `<map>.<key>` for the shapes' string maps. Anything else is a ValidationException naming the
 * property and the resource.
 */
export const resolveProperty = (resource: SearchableResource, name: string): Property => {
  const catalogue = CATALOGUES[resource];
  const kind = catalogue.leaves[name];
  if (kind) {
    return {
      source: 'path',
      name,
      kind,
      segments: name.split('.'),
      inList: throughList(resource, name),
    };
  }
  const tag = dynamic(name, 'Tags.');
  // `Tags.<key>` reads the resource's own tags, wherever its record holds them (a model's are
  // `Model.Tags`), as for every other resource.
  if (tag !== undefined) {
    return { source: 'tag', name, kind: 'text', key: tag, list: `${ITEM_PREFIX[resource]}Tags` };
  }
  if (resource === 'TrainingJob') {
    const metric = dynamic(name, 'Metrics.');
    if (metric !== undefined) return { source: 'metric', name, kind: 'number', key: metric };
    const hyperParameter = dynamic(name, 'HyperParameters.');
    if (hyperParameter !== undefined) {
      return { source: 'hyperParameter', name, kind: 'text', key: hyperParameter };
    }
  }
  for (const [map, valueKind] of Object.entries(catalogue.maps)) {
    const key = dynamic(name, `${map}.`);
    if (key !== undefined) {
      return {
        source: 'path',
        name,
        kind: valueKind,
        segments: [...map.split('.'), key],
        inList: throughList(resource, map),
      };
    }
  }
  throw validationError(
    `Unknown property name '${name}' for resource ${resource}: use a property of the ${resource} search record, or Tags.<key>${resource === 'TrainingJob' ? ', Metrics.<name>, HyperParameters.<name>' : ''}.`,
  );
};

/**
 * Validates a NestedPropertyName: it must be a list of objects of the resource (a list with
 * properties under it, e.g. `InputDataConfig`, `ProductionVariants`,
 * `InferenceSpecification.Containers`).
 */
export const assertNestedList = (resource: SearchableResource, name: string): void => {
  const prefix = `${name}.`;
  const hasFields = Object.keys(CATALOGUES[resource].leaves).some((leaf) =>
    leaf.startsWith(prefix),
  );
  if (!listsOf(resource).has(name) || !hasFields) {
    throw validationError(
      `NestedPropertyName '${name}' is not a list property of ${resource}; nested filters apply to lists of objects such as ${exampleList(resource)}.`,
    );
  }
};

const exampleList = (resource: SearchableResource): string =>
  ({
    TrainingJob: 'InputDataConfig',
    HyperParameterTuningJob: 'TrainingJobDefinitions',
    Endpoint: 'ProductionVariants',
    Model: 'Model.Containers',
    ModelPackage: 'InferenceSpecification.Containers',
    ModelPackageGroup: 'none (ModelPackageGroup has no such list)',
  })[resource];
