/**
 * Writes src/emulator/search/properties.generated.ts: every scalar leaf of the Search record shapes the
 * emulator supports, read from the SDK's own type declarations, so the emulator's notion of a
 * "valid property name" follows the SDK version the project pins.
 *
 * Run: npx tsx scripts/generate-search-properties.ts && npx biome format --write src/emulator/search/properties.generated.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const entry = require
  .resolve('@aws-sdk/client-sagemaker')
  .replace(/dist-cjs\/index\.js$/, 'dist-types/index.d.ts');

const roots = {
  TrainingJob: 'TrainingJob',
  HyperParameterTuningJob: 'HyperParameterTuningJobSearchEntity',
  Endpoint: 'Endpoint',
  ModelPackage: 'ModelPackage',
  ModelPackageGroup: 'ModelPackageGroup',
  Model: 'ModelDashboardModel',
} as const;

/**
 * Where a record holds its resource's own Tags, when not at the top: a model's dashboard record
 * holds the model under `Model`. Paths stay relative to the record item, as SageMaker names them.
 */
const TAGS_AT: Partial<Record<keyof typeof roots, string>> = { Model: 'Model.Tags' };

type Kind = 'text' | 'number' | 'timestamp' | 'boolean';
const MAX_DEPTH = 8;

const program = ts.createProgram([entry], { strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
if (!source) throw new Error(`cannot load ${entry}`);
const moduleSymbol = checker.getSymbolAtLocation(source);
if (!moduleSymbol) throw new Error('no module symbol');
const exports = checker.getExportsOfModule(moduleSymbol);

const scalarKind = (type: ts.Type): Kind | undefined => {
  const parts = type.isUnion() ? type.types : [type];
  const kinds = new Set<Kind>();
  for (const part of parts) {
    if (part.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) kinds.add('text');
    else if (part.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) kinds.add('number');
    else if (part.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral))
      kinds.add('boolean');
    else if (part.getSymbol()?.getName() === 'Date') kinds.add('timestamp');
    else return undefined;
  }
  return kinds.size === 1 ? [...kinds][0] : undefined;
};

interface Out {
  /** The path of the resource's own Tags list. */
  tags: string;
  leaves: Map<string, Kind>;
  lists: Set<string>;
  maps: Map<string, Kind>;
}

const walk = (type: ts.Type, path: string, seen: ReadonlySet<ts.Type>, out: Out): void => {
  const t = checker.getNonNullableType(type);
  const kind = scalarKind(t);
  if (kind) {
    out.leaves.set(path, kind);
    return;
  }
  if (checker.isArrayType(t)) {
    const element = checker.getTypeArguments(t as ts.TypeReference)[0];
    if (!element) return;
    out.lists.add(path);
    walk(element, path, seen, out);
    return;
  }
  if (!(t.flags & ts.TypeFlags.Object) || seen.has(t) || path.split('.').length > MAX_DEPTH) return;
  const name = t.getSymbol()?.getName();
  if (name === 'Uint8Array' || name === '__DocumentType') return;
  const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
  if (index) {
    const valueKind = scalarKind(checker.getNonNullableType(index.type));
    if (valueKind) out.maps.set(path, valueKind);
    return;
  }
  const next = new Set(seen).add(t);
  for (const property of checker.getPropertiesOfType(t)) {
    // `Tags.<key>` addresses a tag by key, so the Tag list's own fields are not properties.
    const propertyPath = path ? `${path}.${property.getName()}` : property.getName();
    if (propertyPath === out.tags) continue;
    walk(checker.getTypeOfSymbol(property), propertyPath, next, out);
  }
};

const lines: string[] = [
  '// Derived from the @aws-sdk/client-sagemaker type declarations by',
  '// scripts/generate-search-properties.ts; regenerate rather than edit by hand.',
  "import type { Catalogue } from './types.js';",
  '',
];
for (const [resource, typeName] of Object.entries(roots)) {
  const symbol = exports.find((s) => s.getName() === typeName);
  if (!symbol) throw new Error(`no export ${typeName}`);
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const out: Out = {
    tags: TAGS_AT[resource as keyof typeof roots] ?? 'Tags',
    leaves: new Map<string, Kind>(),
    lists: new Set<string>(),
    maps: new Map<string, Kind>(),
  };
  walk(type, '', new Set(), out);
  const constName = `${resource.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_CATALOGUE`;
  lines.push(`export const ${constName}: Catalogue = {`);
  lines.push('  leaves: {');
  for (const [path, kind] of [...out.leaves].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`    '${path}': '${kind}',`);
  }
  lines.push('  },');
  lines.push(
    `  lists: [${[...out.lists]
      .sort()
      .map((p) => `'${p}'`)
      .join(', ')}],`,
  );
  lines.push('  maps: {');
  for (const [path, kind] of [...out.maps].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`    '${path}': '${kind}',`);
  }
  lines.push('  },');
  lines.push('};');
  lines.push('');
  console.log(
    `${resource}: ${out.leaves.size} leaves, ${out.lists.size} lists, ${out.maps.size} maps`,
  );
}
writeFileSync(
  new URL('../src/emulator/search/properties.generated.ts', import.meta.url),
  lines.join('\n'),
);
