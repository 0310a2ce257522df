/**
 * The slice of a botocore shape that constrains a request: its type and the limits the service
 * front end checks. `min`/`max` bound a string's length, a list's or map's count, or a number's
 * value, as the model's traits do. Member, element, key and value shapes are named, and looked up
 * in the same table.
 */

interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

interface StringShape extends Bounds {
  readonly type: 'string';
  /** Java regular expression, as the model writes it (botocore drops the service's leading `^`). */
  readonly pattern?: string;
  /** The values the model documents; SageMaker adds values often, so not a rejection rule. */
  readonly enum?: readonly string[];
}

interface NumberShape extends Bounds {
  readonly type: 'integer' | 'long' | 'float' | 'double';
}

interface BlobShape extends Bounds {
  readonly type: 'blob';
}

interface PlainShape {
  readonly type: 'boolean' | 'timestamp';
}

interface StructureShape {
  readonly type: 'structure';
  readonly required?: readonly string[];
  /** Member name → shape name. */
  readonly members: Readonly<Record<string, string>>;
}

interface ListShape extends Bounds {
  readonly type: 'list';
  readonly member: string;
}

interface MapShape extends Bounds {
  readonly type: 'map';
  readonly key: string;
  readonly value: string;
}

export type Shape =
  | StringShape
  | NumberShape
  | BlobShape
  | PlainShape
  | StructureShape
  | ListShape
  | MapShape;

export type ShapeTable = Readonly<Record<string, Shape>>;

/** Where a generated table came from, for messages and for the file header. */
export interface ModelSource {
  readonly botocoreVersion: string;
  readonly apiVersion: string;
}
