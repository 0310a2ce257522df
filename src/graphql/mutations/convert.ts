import type { Shape, ShapeTable } from '../../sagemaker/service-model/shape.js';

/**
 * The GraphQL field of an AWS member: its camelCase with a lowercase first letter
 * (`VolumeSizeInGB` → `volumeSizeInGB`, `S3Uri` → `s3Uri`, `ETag` → `eTag`), as the output types
 * spell the same members. No member of the mutation inputs needs an exception: every structure
 * shape with an output type of the same name has its fields spelled so (test/graphql/mutations
 * checks it), so there is no override map.
 */
export const fieldName = (member: string): string =>
  member.charAt(0).toLowerCase() + member.slice(1);

/** A problem in a GraphQL input found while converting it (before the service-model check). */
export interface InputProblem {
  /** The GraphQL input path, e.g. `input.hyperParameters[2].key`. */
  readonly path: string;
  readonly rule: string;
  readonly value: unknown;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const shapeOf = (shapes: ShapeTable, name: string): Shape => {
  const shape = Object.hasOwn(shapes, name) ? shapes[name] : undefined;
  if (shape === undefined) throw new Error(`The constraint table has no shape ${name}`);
  return shape;
};

/** A `[{ key, value }]` list as the map object AWS takes; a key given twice is a problem. */
function toMap(
  shapes: ShapeTable,
  valueShape: string,
  entries: readonly unknown[],
  path: string,
  problems: InputProblem[],
): Record<string, unknown> {
  const seen = new Set<string>();
  const pairs: [string, unknown][] = [];
  entries.forEach((entry, at) => {
    if (!isRecord(entry) || typeof entry.key !== 'string') return;
    if (seen.has(entry.key)) {
      problems.push({
        path: `${path}[${at}].key`,
        rule: 'Map keys must be unique',
        value: entry.key,
      });
      return;
    }
    seen.add(entry.key);
    pairs.push([
      entry.key,
      convert(shapes, valueShape, entry.value, `${path}[${at}].value`, problems),
    ]);
  });
  // fromEntries defines own properties, so a key such as __proto__ stays a plain key.
  return Object.fromEntries(pairs);
}

function convert(
  shapes: ShapeTable,
  shapeName: string,
  value: unknown,
  path: string,
  problems: InputProblem[],
): unknown {
  const shape = shapeOf(shapes, shapeName);
  if (shape.type === 'structure' && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [member, memberShape] of Object.entries(shape.members)) {
      const field = fieldName(member);
      const given = Object.hasOwn(value, field) ? value[field] : undefined;
      // An explicit null on an optional field means "not given", as AWS has no null members.
      if (given === undefined || given === null) continue;
      out[member] = convert(shapes, memberShape, given, `${path}.${field}`, problems);
    }
    return out;
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.map((item, at) => convert(shapes, shape.member, item, `${path}[${at}]`, problems));
  }
  if (shape.type === 'map' && Array.isArray(value)) {
    return toMap(shapes, shape.value, value, path, problems);
  }
  // Scalars pass as GraphQL coerced them: DateTime is already a Date, which the SDK serializes.
  return value;
}

/**
 * Turns a GraphQL input (camelCase fields, maps as `[{ key, value }]`) into the AWS request of
 * `shapeName`, walking the service-model table: each field becomes its member, a key/value list
 * becomes a map object. Fields the shape does not know are dropped. A key given twice in one map
 * is added to `problems` with its GraphQL path (`root` is the path of `value`, e.g. `input`).
 * Pure.
 */
export function toRequest(
  shapes: ShapeTable,
  shapeName: string,
  value: unknown,
  root: string,
  problems: InputProblem[],
): unknown {
  return convert(shapes, shapeName, value, root, problems);
}

/** Where an AWS member path points in the GraphQL input, and the shape found there. */
export interface InputLocation {
  /** e.g. `input.resourceConfig.instanceGroups[1].instanceType` */
  readonly path: string;
  /** The shape at the path; undefined where the path left the table. */
  readonly shape: string | undefined;
}

/**
 * Maps a service-model violation's path (`resourceConfig.instanceGroups.2.member.instanceType`:
 * lowerCamelCase members, list items as `<n>.member`, 1-based) to the GraphQL input path
 * (`input.resourceConfig.instanceGroups[1].instanceType`), walking the same table. Pure.
 */
export function inputLocation(
  shapes: ShapeTable,
  shapeName: string,
  awsPath: string,
  root: string,
): InputLocation {
  const segments = awsPath === '' ? [] : awsPath.split('.');
  let path = root;
  let current: string | undefined = shapeName;
  for (let at = 0; at < segments.length; at += 1) {
    const segment = segments[at] ?? '';
    const shape: Shape | undefined = current === undefined ? undefined : shapeOf(shapes, current);
    if (shape?.type === 'structure') {
      const member: string | undefined = Object.keys(shape.members).find(
        (name) => fieldName(name) === segment,
      );
      path += `.${member === undefined ? segment : fieldName(member)}`;
      current = member === undefined ? undefined : shape.members[member];
    } else if (shape?.type === 'list' && /^\d+$/.test(segment) && segments[at + 1] === 'member') {
      path += `[${Number(segment) - 1}]`;
      current = shape.member;
      at += 1;
    } else if (shape?.type === 'map') {
      path += `[key=${JSON.stringify(segment)}]`;
      current = shape.value;
    } else {
      path += `.${segment}`;
      current = undefined;
    }
  }
  return { path, shape: current };
}
