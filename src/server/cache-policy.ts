import {
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * When a resource of each type has settled, judged by its status as the answer shows it: a
 * type absent here never has (an endpoint in service can be updated, an approval changed), and
 * a settled resource still changes out of band only by its tags.
 */
const SETTLED: Readonly<Record<string, (item: Record<string, unknown>) => boolean>> = {
  TrainingJob: (job) => ['Completed', 'Failed', 'Stopped'].includes(String(job.trainingJobStatus)),
  HyperParameterTuningJob: (job) =>
    ['Completed', 'Failed', 'Stopped'].includes(String(job.hyperParameterTuningJobStatus)),
  Algorithm: (algorithm) => ['Completed', 'Failed'].includes(String(algorithm.algorithmStatus)),
  // immutable once created, but not the endpoints hosting it: a non-empty `endpoints` holds
  // endpoints, which move; an empty list (any, as an alias hides which) may gain one
  Model: (model) =>
    !Object.values(model).some((value) => Array.isArray(value) && value.length === 0),
  EndpointConfig: () => true,
};

export interface CacheTtls {
  /** Answers with anything moving, any list, or no resource at all. */
  ttlMs: number;
  /** Answers whose every resource has settled. */
  terminalTtlMs: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How long an answer may be served again: the terminal TTL when it holds at least one resource
 * and every resource in it has settled (its status field selected, unaliased), the short one
 * otherwise. Lists are always short, since a resource created out of band may join them.
 * `data` is the result as executed, with the cache's `__responseCacheTypeName` on every object.
 * Pure.
 */
export function ttlOf(data: unknown, ttls: CacheTtls, resources: ReadonlySet<string>): number {
  let found = 0;
  let moving = false;
  const visit = (value: unknown): void => {
    if (moving) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isRecord(value)) return;
    const typename = value.__responseCacheTypeName ?? value.__typename;
    if (typeof typename === 'string') {
      if (typename.endsWith('Connection')) moving = true;
      else if (resources.has(typename)) {
        found += 1;
        if (SETTLED[typename]?.(value) !== true) moving = true;
      }
    }
    for (const field of Object.values(value)) visit(field);
  };
  visit(data);
  return found > 0 && !moving ? ttls.terminalTtlMs : ttls.ttlMs;
}

/**
 * The resource types each mutation writes: a create can make its resource appear in any list or
 * lookup, a stop or update changes what filters match, and a stopped tuning job stops its
 * training jobs. Tags (and any mutation not listed) may change any resource's tenant.
 */
const WRITES: Readonly<Record<string, readonly string[]>> = {
  createTrainingJob: ['TrainingJob'],
  stopTrainingJob: ['TrainingJob'],
  createHyperParameterTuningJob: ['HyperParameterTuningJob', 'TrainingJob'],
  stopHyperParameterTuningJob: ['HyperParameterTuningJob', 'TrainingJob'],
  createModel: ['Model'],
  deleteModel: ['Model'],
  createEndpointConfig: ['EndpointConfig'],
  deleteEndpointConfig: ['EndpointConfig'],
  createEndpoint: ['Endpoint'],
  updateEndpoint: ['Endpoint'],
  updateEndpointWeightsAndCapacities: ['Endpoint'],
  deleteEndpoint: ['Endpoint'],
  createModelPackageGroup: ['ModelPackageGroup'],
  createModelPackage: ['ModelPackage', 'ModelPackageGroup'],
  updateModelPackage: ['ModelPackage'],
  createAlgorithm: ['Algorithm'],
};

/** The resource types a mutation operation writes, by its root fields. Pure. */
export function writtenTypes(
  operation: OperationDefinitionNode,
  resources: ReadonlySet<string>,
): readonly string[] {
  const types = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    // a fragment, a tags mutation or one not listed could touch any resource
    const name = selection.kind === 'Field' ? selection.name.value : undefined;
    if (name === '__typename') continue;
    for (const type of (name === undefined ? undefined : WRITES[name]) ?? resources) {
      types.add(type);
    }
  }
  return [...types];
}

/** What the cache reads off the schema. */
export interface SchemaShapes {
  /** The resource types: those implementing Node, whose ids are ARNs. */
  resources: ReadonlySet<string>;
  /**
   * The connection types whose nodes are each type (`TrainingJob` → `TrainingJobConnection`):
   * an empty list holds no resource to be invalidated by, only its connection.
   */
  connections: ReadonlyMap<string, string[]>;
}

export function shapesOf(schema: GraphQLSchema): SchemaShapes {
  const node = schema.getType('Node');
  const resources = new Set(
    isInterfaceType(node) ? schema.getImplementations(node).objects.map((type) => type.name) : [],
  );
  const connections = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const edges = type.getFields().edges;
    const edge = edges === undefined ? undefined : getNamedType(edges.type);
    const item = isObjectType(edge) ? edge.getFields().node : undefined;
    if (item === undefined) continue;
    const name = getNamedType(item.type).name;
    connections.set(name, [...(connections.get(name) ?? []), type.name]);
  }
  return { resources, connections };
}
