import { type GraphQLNamedType, type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import { schema } from '../../src/graphql/index.js';

/** The schema's object type called `name`; throws when there is none. */
export function typeOf(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** Whether `type` is a resource of its own (an object type implementing Node). */
export function isNode(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node');
}

export interface ReachableOptions {
  /** Lists other resources (Node types) but does not walk into them: their family covers them. */
  stopAtNodes?: boolean;
  /** Types neither listed nor walked into. */
  exclude?: readonly string[];
}

/** The object type `rootName` and every object type reachable from it through fields. */
export function reachableTypes(
  rootName: string,
  options: ReachableOptions = {},
): GraphQLObjectType[] {
  const exclude = new Set(options.exclude ?? []);
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLNamedType): void => {
    if (!isObjectType(type) || seen.has(type.name) || exclude.has(type.name)) return;
    seen.set(type.name, type);
    if (options.stopAtNodes === true && isNode(type) && type.name !== rootName) return;
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  visit(typeOf(rootName));
  return [...seen.values()];
}

/**
 * Names of the types (`Type`), fields (`Type.field`) and arguments (`Type.field(arg)`) among
 * `types` without a description; with `fieldsOnly`, of the fields alone.
 */
export function undocumented(
  types: readonly GraphQLObjectType[],
  options: { fieldsOnly?: boolean } = {},
): string[] {
  const all = options.fieldsOnly !== true;
  return types.flatMap((type) => [
    ...(type.description || !all ? [] : [type.name]),
    ...Object.values(type.getFields()).flatMap((field) => [
      ...(field.description ? [] : [`${type.name}.${field.name}`]),
      ...(all
        ? field.args
            .filter((arg) => !arg.description)
            .map((arg) => `${type.name}.${field.name}(${arg.name})`)
        : []),
    ]),
  ]);
}

/**
 * Selects every field of `type` and, recursively, of the object types it reaches; skips fields
 * with arguments and links to other resources.
 */
export function selectAll(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0 && !isNode(getNamedType(field.type)))
    .map((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named) ? `${field.name} { ${selectAll(named)} }` : field.name;
    })
    .join(' ');
}

/** A stored record as JSON would show it: ISO timestamps, no undefined members or empty lists. */
export function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([, member]) => member !== undefined && !(Array.isArray(member) && member.length === 0),
      )
      .map(([key, member]) => [key, normalise(member)]),
  );
}
