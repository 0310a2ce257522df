import { AwsJson1_1Protocol } from '@aws-sdk/core/protocols';
import { JsonCodec2, JsonShapeDeserializer2 } from '@smithy/core/protocols';
import { NormalizedSchema } from '@smithy/core/schema';

type ProtocolSettings = ConstructorParameters<typeof AwsJson1_1Protocol>[0];
type JsonSettings = ConstructorParameters<typeof JsonCodec2>[0];
type Schema = Parameters<JsonShapeDeserializer2['readObject']>[0];

/** awsJson1_1's own codec settings (AwsJsonRpcProtocol's default): epoch seconds, no renaming. */
const AWS_JSON_1_1: JsonSettings = {
  timestampFormat: { useTrait: true, default: 7 },
  jsonName: false,
};

/** Of a structure's members: the schema of each one whose parsed value may need reading, or null. */
type Members = Map<string, NormalizedSchema | null>;
const membersOf = new WeakMap<object, Members>();

function members(ns: NormalizedSchema): Members {
  const raw = ns.getSchema() as object;
  let table = membersOf.get(raw);
  if (table === undefined) {
    table = new Map();
    for (const [name, member] of ns.structIterator()) {
      const plain =
        member.isBooleanSchema() ||
        (member.isStringSchema() && !member.getMergedTraits().mediaType);
      table.set(name, plain ? null : member);
    }
    membersOf.set(raw, table);
  }
  return table;
}

/**
 * The SDK's JSON deserializer, except that a structure is read in the object JSON.parse made
 * instead of being copied member by member into a new one. The copy walks every member of the
 * schema (about 60 for a training job, 20 present) and allocates the whole record again; for a
 * Search page of 100 training jobs it was about half of the SDK's reading time and much of the
 * garbage. The SDK itself reads lists and maps in place; it copies structures to rename members
 * (jsonName, which awsJson1_1 does not use) and to drop the ones it does not know. A record that
 * has such a member, a null, a `__type` or a union is left to the SDK's copy, so the result is
 * always the SDK's own (test/sagemaker/in-place-json.test.ts compares them).
 */
export class InPlaceJsonDeserializer extends JsonShapeDeserializer2 {
  protected override _read(schema: Schema, value: unknown): unknown {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return super._read(schema, value);
    }
    const ns = NormalizedSchema.of(schema);
    const record = value as Record<string, unknown>;
    if (!ns.isStructSchema() || ns.isUnionSchema() || typeof record.__type === 'string') {
      return super._read(schema, value);
    }
    const table = members(ns);
    for (const key in record) {
      if (record[key] === null || !table.has(key)) return super._read(schema, value);
    }
    for (const key in record) {
      const member = table.get(key);
      const memberValue = record[key];
      // numbers are read as parsed; the SDK turns only "NaN" and the infinities from strings
      if (
        member != null &&
        (typeof memberValue === 'object' ||
          typeof memberValue === 'string' ||
          !member.isNumericSchema())
      ) {
        record[key] = this._read(member, memberValue);
      }
    }
    return record;
  }
}

class InPlaceJsonCodec extends JsonCodec2 {
  override createDeserializer(): JsonShapeDeserializer2 {
    const deserializer = new InPlaceJsonDeserializer(this.settings);
    // set later by the protocol, as for the SDK's own codec
    if (this.serdeContext !== undefined) deserializer.setSerdeContext(this.serdeContext);
    return deserializer;
  }
}

/** SageMaker's protocol (awsJson1_1), reading responses with {@link InPlaceJsonDeserializer}. */
export class InPlaceAwsJson1_1Protocol extends AwsJson1_1Protocol {
  constructor(settings: ProtocolSettings) {
    super({ ...settings, jsonCodec: new InPlaceJsonCodec(AWS_JSON_1_1) });
  }
}
