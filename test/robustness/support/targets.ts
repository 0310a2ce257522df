import { type GraphQLField, getNamedType, isObjectType } from 'graphql';
import { DEMO } from '../../../src/emulator/demo/demo-data.js';
import { schema } from '../../../src/graphql/index.js';

/** A filterable connection and how to reach it from Query. */
export interface FilterTarget {
  /** e.g. 'Query.trainingJobs' or 'HyperParameterTuningJob.trainingJobs'. */
  label: string;
  filterType: string;
  orderType: string | undefined;
  /** The whole document; variables $filter, $orderBy, $first, $after. */
  document: string;
}

/**
 * How a nested connection's parent is reached: a demo resource with many children. A type with
 * a filterable connection and no entry here fails `filterTargets`, so new connections are fuzzed.
 */
const PARENTS: Readonly<Record<string, string>> = {
  HyperParameterTuningJob: `hyperParameterTuningJob(name: ${JSON.stringify(DEMO.tuningJobName)})`,
  ModelPackageGroup: `modelPackageGroup(name: ${JSON.stringify(DEMO.modelPackageGroupName)})`,
};

const SELECTION =
  '{ totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { cursor node { id } } }';

const argType = (field: GraphQLField<unknown, unknown>, name: string): string | undefined => {
  const arg = field.args.find((candidate) => candidate.name === name);
  return arg === undefined ? undefined : getNamedType(arg.type).name;
};

/** Every field of the schema that takes a `filter`, with a document that reaches it. */
export function filterTargets(): FilterTarget[] {
  const targets: FilterTarget[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Subscriptions compile their filter with the same compiler (test/live covers them); their
    // answers are streams, not connections.
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields())) {
      const filterType = argType(field, 'filter');
      if (filterType === undefined) continue;
      const orderType = argType(field, 'orderBy');
      const declared = `$filter: ${filterType}${orderType ? `, $orderBy: ${orderType}` : ''}, $first: Int, $after: String`;
      const call = `${field.name}(filter: $filter${orderType ? ', orderBy: $orderBy' : ''}, first: $first, after: $after) ${SELECTION}`;
      let body: string;
      if (type.name === 'Query') {
        body = call;
      } else {
        const parent = PARENTS[type.name];
        if (parent === undefined) {
          throw new Error(`${type.name}.${field.name} takes a filter: add its parent to PARENTS`);
        }
        body = `${parent} { ${call} }`;
      }
      targets.push({
        label: `${type.name}.${field.name}`,
        filterType,
        orderType,
        document: `query Fuzz(${declared}) { ${body} }`,
      });
    }
  }
  return targets;
}
