import type { InputType } from '@pothos/core';
import { OPERATION_INPUTS, SHAPES } from '../../sagemaker/service-model/constraints.generated.js';
import { MEMBER_DOCS, SHAPE_DOCS } from '../../sagemaker/service-model/docs.generated.js';
import type { Shape } from '../../sagemaker/service-model/shape.js';
import { builder } from '../builder.js';
import { OPEN_ENUMS } from './check.js';
import { fieldName } from './convert.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputRef = PothosSchemaTypes.InputObjectRef<Types, Record<string, unknown>>;
type FieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
type Implementable = PothosSchemaTypes.ImplementableInputObjectRef<Types, Record<string, unknown>>;
type Fields = Parameters<Implementable['implement']>[0]['fields'];

/** Enum values a description spells out before it only counts the rest. */
const LISTED_VALUES = 12;
const INT32_MAX = 2 ** 31 - 1;

/** `{ key, value }`: every string-to-string map of a mutation input (hyperparameters, environment). */
const KeyValueInput: InputRef = builder
  .inputRef<Record<string, unknown>>('KeyValueInput')
  .implement({
    description:
      'One entry of a string-to-string map of a SageMaker request (hyperparameters, environment variables, parameters). A key may appear once per map.',
    fields: (t) => ({
      key: t.string({ required: true, description: 'The key.' }),
      value: t.string({ required: true, description: 'The value.' }),
    }),
  });

// Input types by GraphQL name, each built once however many requests reach its shape.
const built = new Map<string, { shape: string; ref: InputRef }>();

const shapeOf = (name: string): Shape => {
  const shape = Object.hasOwn(SHAPES, name) ? SHAPES[name] : undefined;
  if (shape === undefined) throw new Error(`The constraint table has no shape ${name}`);
  return shape;
};

/** What a description adds from the model's constraints: documented values, list sizes. */
function constraintNote(shapeName: string): string {
  const shape = shapeOf(shapeName);
  if (shape.type === 'string' && shape.enum !== undefined) {
    const values = shape.enum;
    const shown = values.slice(0, LISTED_VALUES).join(', ');
    const more = values.length > LISTED_VALUES ? `, … (${values.length} documented)` : '';
    const open = OPEN_ENUMS.has(shapeName) ? ' (SageMaker adds values)' : '';
    return ` One of: ${shown}${more}${open}.`;
  }
  if (shape.type === 'list' || shape.type === 'map') {
    const noun = shape.type === 'list' ? 'item' : 'entry';
    if (shape.max === undefined) return '';
    const least = shape.min ?? 0;
    if (least === shape.max) return ` Exactly ${least} ${noun}${least === 1 ? '' : 's'}.`;
    const nouns = shape.type === 'list' ? 'items' : 'entries';
    return least > 0 ? ` ${least} to ${shape.max} ${nouns}.` : ` At most ${shape.max} ${nouns}.`;
  }
  return '';
}

/** The GraphQL type of a value of `shapeName`. */
function typeOf(shapeName: string): InputType<Types> {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'string':
    case 'blob':
      return 'String';
    case 'integer':
      return 'Int';
    case 'long':
      // An unbounded long may exceed 32 bits, which GraphQL's Int cannot carry.
      return shape.max !== undefined && shape.max <= INT32_MAX && (shape.min ?? 0) >= -INT32_MAX - 1
        ? 'Int'
        : 'SafeInt';
    case 'float':
    case 'double':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    case 'timestamp':
      return 'DateTime';
    case 'structure':
      return structureInput(shapeName, `${shapeName}Input`);
    case 'list':
    case 'map':
      throw new Error(`${shapeName}: a ${shape.type} has no single GraphQL type`);
  }
}

/** The entry type of a map: KeyValueInput for strings, else an entry input of its own. */
function mapEntry(mapName: string, valueShape: string): InputRef {
  if (shapeOf(valueShape).type === 'string') return KeyValueInput;
  return structureLike(`${mapName}EntryInput`, mapName, (t: FieldBuilder) => ({
    key: t.string({ required: true, description: 'The key.' }),
    value: field(t, valueShape, true, 'The value.'),
  }));
}

function field(t: FieldBuilder, shapeName: string, required: boolean, description: string) {
  const shape = shapeOf(shapeName);
  if (shape.type === 'list' || shape.type === 'map') {
    const item = shape.type === 'list' ? typeOf(shape.member) : mapEntry(shapeName, shape.value);
    return t.field({ type: [item], required: { list: required, items: true }, description });
  }
  return t.field({ type: typeOf(shapeName), required, description });
}

function structureLike(
  typeName: string,
  shapeName: string,
  fields: Fields,
  description?: string,
): InputRef {
  const known = built.get(typeName);
  if (known !== undefined) {
    if (known.shape !== shapeName) {
      throw new Error(`Input type ${typeName} is taken by shape ${known.shape}, not ${shapeName}`);
    }
    return known.ref;
  }
  const ref: Implementable = builder.inputRef<Record<string, unknown>>(typeName);
  // Registered before its fields are built, so a shape that reaches itself finds its own type.
  built.set(typeName, { shape: shapeName, ref });
  ref.implement({
    description:
      description ?? SHAPE_DOCS[shapeName] ?? `The ${shapeName} part of a SageMaker request.`,
    fields,
  });
  return ref;
}

/** The input type of structure `shapeName`: one field per member, in the model's order. */
function structureInput(shapeName: string, typeName: string, description?: string): InputRef {
  const shape = shapeOf(shapeName);
  if (shape.type !== 'structure') throw new Error(`${shapeName} is not a structure`);
  return structureLike(
    typeName,
    shapeName,
    (t: FieldBuilder) =>
      Object.fromEntries(
        Object.entries(shape.members).map(([member, memberShape]) => {
          const doc = MEMBER_DOCS[`${shapeName}.${member}`] ?? `SageMaker's ${member}.`;
          const required = shape.required?.includes(member) ?? false;
          return [
            fieldName(member),
            field(t, memberShape, required, `${doc}${constraintNote(memberShape)}`),
          ];
        }),
      ),
    description,
  );
}

/**
 * The GraphQL input of SageMaker operation `operation`, built from its request shape in the
 * service-model table: `<Operation>Input`, with every member of the request as a camelCase field
 * (required members non-null), nested structures as `<Shape>Input`, lists as `[T!]`, string maps
 * as `[KeyValueInput!]`, enums as String with their documented values in the description.
 */
export function requestInput(operation: string, description: string): InputRef {
  const shapeName = OPERATION_INPUTS[operation];
  if (shapeName === undefined) throw new Error(`No input shape for ${operation}`);
  return structureInput(shapeName, `${operation}Input`, description);
}
