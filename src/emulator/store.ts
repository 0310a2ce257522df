import { KIND_INFO, KINDS, type Kind, type KindRecords } from './kinds.js';

export type { Kind } from './kinds.js';

/** Looks up visible Search documents by an indexed property; `undefined` when it is not indexed. */
type SearchLookup = (
  property: string,
  values: readonly string[],
) => ReadonlyArray<object> | undefined;

interface PutOptions {
  /** Epoch ms from which Search sees the record (eventual consistency); default: at once. */
  visibleAt?: number;
}

/**
 * The emulator's in-memory state: one collection per resource kind, keyed by name (model packages
 * by ARN), with an ARN index for the tag operations and per-property indexes Search can use.
 */
export interface EmulatorStore {
  readonly region: string;
  readonly accountId: string;
  /** The ARN AWS would give `name` (SageMaker lower-cases names in ARNs). */
  arn(kind: Kind, name: string): string;
  /** Inserts or replaces a record; fills in its ARN when missing. Returns the stored record. */
  put<K extends Kind>(kind: K, record: KindRecords[K], options?: PutOptions): KindRecords[K];
  /** By name, or by ARN for model packages. */
  get<K extends Kind>(kind: K, key: string): KindRecords[K] | undefined;
  /** Like `get`, but throws `missing()` (SageMaker's not-found error) when there is no record. */
  require<K extends Kind>(kind: K, key: string, missing: () => Error): KindRecords[K];
  findByArn(arn: string): { kind: Kind; record: KindRecords[Kind] } | undefined;
  delete(kind: Kind, key: string): boolean;
  /** Every record of a kind, in insertion order, visible to Search or not. */
  all<K extends Kind>(kind: K): ReadonlyArray<KindRecords[K]>;
  size(kind: Kind): number;
  /** Records whose indexed `property` equals `value` (see KIND_INFO.indexed). */
  byIndex<K extends Kind>(kind: K, property: string, value: string): Array<KindRecords[K]>;
  /** The records Search may see at `now`. */
  searchDocs(kind: Kind, now: number): ReadonlyArray<object>;
  /** The index lookup handed to the Search engine, restricted to what is visible at `now`. */
  lookup(kind: Kind, now: number): SearchLookup;
  /** Removes every record. */
  clear(): void;
}

interface Collection {
  records: Map<string, object>;
  indexes: Map<string, Map<string, Set<string>>>;
  /** Records still hidden from Search, with the epoch ms at which they appear. */
  hidden: Map<object, number>;
  cache: object[] | undefined;
}

const read = (record: object, property: string): unknown =>
  (record as Record<string, unknown>)[property];

/** Creates an empty store for one account and region. */
export const createStore = (options: { region: string; accountId: string }): EmulatorStore => {
  const { region, accountId } = options;
  const collections = new Map<Kind, Collection>();
  const arnIndex = new Map<string, { kind: Kind; key: string }>();

  const collection = (kind: Kind): Collection => {
    let found = collections.get(kind);
    if (!found) {
      found = { records: new Map(), indexes: new Map(), hidden: new Map(), cache: undefined };
      collections.set(kind, found);
    }
    return found;
  };

  const arn = (kind: Kind, name: string): string =>
    `arn:aws:sagemaker:${region}:${accountId}:${KIND_INFO[kind].arnType}/${name.toLowerCase()}`;

  const keyOf = (kind: Kind, record: object): string => {
    const property = kind === 'ModelPackage' ? KIND_INFO[kind].arn : KIND_INFO[kind].name;
    const key = read(record, property);
    if (typeof key !== 'string' || key === '')
      throw new Error(`${kind} record without ${property}`);
    return key;
  };

  const fillArn = (kind: Kind, record: Record<string, unknown>): void => {
    const info = KIND_INFO[kind];
    if (typeof record[info.arn] === 'string') return;
    if (kind === 'ModelPackage' && typeof record.ModelPackageGroupName === 'string') {
      record[info.arn] = arn(kind, `${record.ModelPackageGroupName}/${record.ModelPackageVersion}`);
      return;
    }
    const name = record[info.name];
    if (typeof name === 'string') record[info.arn] = arn(kind, name);
  };

  const unindex = (kind: Kind, coll: Collection, key: string, record: object): void => {
    for (const property of KIND_INFO[kind].indexed) {
      const value = read(record, property);
      if (typeof value === 'string') coll.indexes.get(property)?.get(value)?.delete(key);
    }
    const recordArn = read(record, KIND_INFO[kind].arn);
    if (typeof recordArn === 'string') arnIndex.delete(recordArn);
    coll.hidden.delete(record);
  };

  const get = <K extends Kind>(kind: K, key: string): KindRecords[K] | undefined =>
    collection(kind).records.get(key) as KindRecords[K] | undefined;

  const visible = (coll: Collection, record: object, now: number): boolean => {
    const at = coll.hidden.get(record);
    return at === undefined || at <= now;
  };

  return {
    region,
    accountId,
    arn,
    put(kind, record, putOptions) {
      fillArn(kind, record as Record<string, unknown>);
      const coll = collection(kind);
      const key = keyOf(kind, record);
      const previous = coll.records.get(key);
      if (previous) unindex(kind, coll, key, previous);
      coll.records.set(key, record);
      coll.cache = undefined;
      for (const property of KIND_INFO[kind].indexed) {
        const value = read(record, property);
        if (typeof value !== 'string') continue;
        let byValue = coll.indexes.get(property);
        if (!byValue) {
          byValue = new Map();
          coll.indexes.set(property, byValue);
        }
        let keys = byValue.get(value);
        if (!keys) {
          keys = new Set();
          byValue.set(value, keys);
        }
        keys.add(key);
      }
      const recordArn = read(record, KIND_INFO[kind].arn);
      if (typeof recordArn === 'string') arnIndex.set(recordArn, { kind, key });
      if (putOptions?.visibleAt !== undefined) coll.hidden.set(record, putOptions.visibleAt);
      return record;
    },
    get,
    require(kind, key, missing) {
      const record = get(kind, key);
      if (record === undefined) throw missing();
      return record;
    },
    findByArn(resourceArn) {
      const entry = arnIndex.get(resourceArn);
      if (!entry) return undefined;
      const record = get(entry.kind, entry.key);
      return record ? { kind: entry.kind, record } : undefined;
    },
    delete(kind, key) {
      const coll = collection(kind);
      const record = coll.records.get(key);
      if (!record) return false;
      unindex(kind, coll, key, record);
      coll.records.delete(key);
      coll.cache = undefined;
      return true;
    },
    all<K extends Kind>(kind: K) {
      const coll = collection(kind);
      coll.cache ??= Array.from(coll.records.values());
      return coll.cache as ReadonlyArray<KindRecords[K]>;
    },
    size: (kind) => collection(kind).records.size,
    byIndex<K extends Kind>(kind: K, property: string, value: string) {
      const coll = collection(kind);
      const keys = coll.indexes.get(property)?.get(value);
      if (!keys) return [];
      const out: Array<KindRecords[K]> = [];
      for (const key of keys) {
        const record = coll.records.get(key);
        if (record) out.push(record as KindRecords[K]);
      }
      return out;
    },
    searchDocs(kind, now) {
      const coll = collection(kind);
      coll.cache ??= Array.from(coll.records.values());
      if (coll.hidden.size === 0) return coll.cache;
      for (const [record, at] of coll.hidden) if (at <= now) coll.hidden.delete(record);
      if (coll.hidden.size === 0) return coll.cache;
      return coll.cache.filter((record) => !coll.hidden.has(record));
    },
    lookup(kind, now) {
      const coll = collection(kind);
      return (property, values) => {
        if (!KIND_INFO[kind].indexed.includes(property)) return undefined;
        const byValue = coll.indexes.get(property);
        const out = new Set<object>();
        for (const value of values) {
          for (const key of byValue?.get(value) ?? []) {
            const record = coll.records.get(key);
            if (record && visible(coll, record, now)) out.add(record);
          }
        }
        return Array.from(out);
      };
    },
    clear() {
      collections.clear();
      arnIndex.clear();
      for (const kind of KINDS) collection(kind);
    },
  };
};
