import { OPERATION_INPUTS, SHAPES } from './constraints.generated.js';
import { compilePattern } from './java-pattern.js';
import type { Shape, ShapeTable } from './shape.js';

/**
 * One way a request breaks the service model. `kind: 'type'` means the value is not of the
 * member's JSON type (AWS's deserializer answers SerializationException; `rule` then says what
 * was expected, e.g. 'a string'); `kind: 'constraint'` means it breaks a trait of the model (AWS
 * answers ValidationException; `rule` is AWS's wording, e.g. 'Member must not be null').
 */
export interface Violation {
  readonly kind: 'type' | 'constraint';
  /** AWS's member path: lowerCamelCase members, list items as `<list>.<n>.member` (1-based). */
  readonly path: string;
  readonly rule: string;
  /** The offending value (null for a missing required member). */
  readonly value: unknown;
}

export interface ValidateOptions {
  /**
   * Also reject strings outside the model's enum. Off by default: SageMaker adds instance types
   * and other enum values every year, and the gateway passes them on as open strings.
   */
  readonly enums?: boolean;
  /** Structure/list/map nesting beyond which a value is reported instead of walked (default 64). */
  readonly maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 64;

interface Walk {
  readonly shapes: ShapeTable;
  readonly enums: boolean;
  readonly maxDepth: number;
  readonly out: Violation[];
}

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const camel = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

const join = (path: string, member: string): string =>
  path === '' ? camel(member) : `${path}.${camel(member)}`;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** What the shape's JSON type needs, when `value` is not of it. */
const typeMismatch = (shape: Shape, value: unknown): string | undefined => {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'integer':
    case 'long':
      return Number.isInteger(value) ? undefined : 'an integer';
    case 'float':
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'a boolean';
    case 'timestamp': {
      // The wire form is epoch seconds; callers may have turned it into a Date already.
      const valid =
        value instanceof Date
          ? !Number.isNaN(value.getTime())
          : typeof value === 'number' && Number.isFinite(new Date(value * 1000).getTime());
      return valid ? undefined : 'a timestamp';
    }
    case 'blob':
      return typeof value === 'string' || value instanceof Uint8Array ? undefined : 'a blob';
    case 'structure':
      return isRecord(value) ? undefined : 'a structure';
    case 'list':
      return Array.isArray(value) ? undefined : 'a list';
    case 'map':
      return isRecord(value) ? undefined : 'a map';
  }
};

const lengthRules = (size: number, min: number | undefined, max: number | undefined): string[] => {
  const rules: string[] = [];
  if (min !== undefined && size < min) {
    rules.push(`Member must have length greater than or equal to ${min}`);
  }
  if (max !== undefined && size > max) {
    rules.push(`Member must have length less than or equal to ${max}`);
  }
  return rules;
};

/** The model's pattern as SageMaker prints it: the service's own copy starts with `^`. */
const printedPattern = (pattern: string): string =>
  pattern.startsWith('^') ? pattern : `^${pattern}`;

/** The rules a value of the right JSON type breaks, in AWS's order: length, pattern, enum. */
const ownRules = (shape: Shape, value: unknown, walk: Walk): string[] => {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return [];
      // String.length counts UTF-16 code units, as Java's String.length() on the service does.
      const rules = lengthRules(value.length, shape.min, shape.max);
      if (shape.pattern !== undefined && compilePattern(shape.pattern)?.test(value) === false) {
        rules.push(
          `Member must satisfy regular expression pattern: ${printedPattern(shape.pattern)}`,
        );
      }
      if (walk.enums && shape.enum && !shape.enum.includes(value)) {
        rules.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      }
      return rules;
    }
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      if (typeof value !== 'number') return [];
      const rules: string[] = [];
      if (shape.min !== undefined && value < shape.min) {
        rules.push(`Member must have value greater than or equal to ${shape.min}`);
      }
      if (shape.max !== undefined && value > shape.max) {
        rules.push(`Member must have value less than or equal to ${shape.max}`);
      }
      return rules;
    }
    case 'list':
      return Array.isArray(value) ? lengthRules(value.length, shape.min, shape.max) : [];
    case 'map':
      return isRecord(value) ? lengthRules(Object.keys(value).length, shape.min, shape.max) : [];
    default:
      return [];
  }
};

const shapeOf = (walk: Walk, name: string): Shape => {
  const shape = own(walk.shapes, name);
  if (!shape) throw new Error(`The constraint table has no shape ${name}`);
  return shape;
};

const check = (walk: Walk, shapeName: string, value: unknown, path: string, depth: number) => {
  const shape = shapeOf(walk, shapeName);
  const expected = typeMismatch(shape, value);
  if (expected !== undefined) {
    walk.out.push({ kind: 'type', path, rule: expected, value });
    return;
  }
  for (const rule of ownRules(shape, value, walk)) {
    walk.out.push({ kind: 'constraint', path, rule, value });
  }
  if (shape.type !== 'structure' && shape.type !== 'list' && shape.type !== 'map') return;
  if (depth >= walk.maxDepth) {
    walk.out.push({
      kind: 'constraint',
      path,
      rule: `Member must not be nested more than ${walk.maxDepth} levels deep`,
      value,
    });
    return;
  }
  if (shape.type === 'structure' && isRecord(value)) {
    for (const [member, memberShape] of Object.entries(shape.members)) {
      const memberValue = own(value, member);
      const at = join(path, member);
      if (memberValue === undefined || memberValue === null) {
        if (shape.required?.includes(member)) {
          walk.out.push({
            kind: 'constraint',
            path: at,
            rule: 'Member must not be null',
            value: null,
          });
        }
        continue;
      }
      check(walk, memberShape, memberValue, at, depth + 1);
    }
  } else if (shape.type === 'list' && Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      check(walk, shape.member, item, `${path}.${i + 1}.member`, depth + 1);
    });
  } else if (shape.type === 'map' && isRecord(value)) {
    checkMap(walk, shape.key, shape.value, value, path, depth);
  }
};

/**
 * AWS reports a bad map key or value at the map itself, wrapping the member rule:
 * `Map keys must satisfy constraint: [Member must have length less than or equal to 128]`.
 */
const checkMap = (
  walk: Walk,
  keyShape: string,
  valueShape: string,
  map: Readonly<Record<string, unknown>>,
  path: string,
  depth: number,
) => {
  const key = shapeOf(walk, keyShape);
  const values = shapeOf(walk, valueShape);
  const wrapped = (what: 'keys' | 'value', shape: Shape, value: unknown): void => {
    for (const rule of ownRules(shape, value, walk)) {
      walk.out.push({
        kind: 'constraint',
        path,
        rule: `Map ${what} must satisfy constraint: [${rule}]`,
        value,
      });
    }
  };
  for (const [k, v] of Object.entries(map)) {
    wrapped('keys', key, k);
    if (v === undefined || v === null) continue;
    if (values.type === 'structure' || values.type === 'list' || values.type === 'map') {
      check(walk, valueShape, v, `${path}.${k}`, depth + 1);
      continue;
    }
    const expected = typeMismatch(values, v);
    if (expected !== undefined) {
      walk.out.push({ kind: 'type', path: `${path}.${k}`, rule: expected, value: v });
      continue;
    }
    wrapped('value', values, v);
  }
};

/**
 * Checks a request (the SDK input or the parsed JSON body, timestamps as `Date` or epoch seconds)
 * against the operation's input shape in SageMaker's service model, as the service front end
 * does before any operation runs: required members, string lengths (UTF-16 code units, as the
 * service counts), patterns, numeric ranges and list/map counts, through every structure, list
 * and map down to `maxDepth`. Enum membership is checked only with `enums: true`. Members the
 * model does not know are ignored, as AWS does; so are patterns JavaScript cannot compile (see
 * `skippedPatterns`). Returns every violation, in the model's member order; [] means valid.
 * Throws for an operation the table does not hold (a programming error, not a bad request).
 */
export const validateRequest = (
  operation: string,
  input: unknown,
  options: ValidateOptions = {},
): Violation[] => {
  const shapeName = own(OPERATION_INPUTS, operation);
  if (shapeName === undefined) {
    throw new Error(`The constraint table has no input shape for SageMaker operation ${operation}`);
  }
  const walk: Walk = {
    shapes: SHAPES,
    enums: options.enums ?? false,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    out: [],
  };
  check(walk, shapeName, input ?? {}, '', 0);
  return walk.out;
};
