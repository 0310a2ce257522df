/**
 * Writes src/sagemaker/service-model/constraints.generated.ts: the input shapes of the operations
 * the gateway calls and the emulator serves, and every shape they reach, with the constraints the
 * SageMaker front end enforces (lengths, counts, ranges, patterns, required members, enums). The
 * gateway and the emulator validate requests against this one table. Beside it,
 * docs.generated.ts: the first sentence of each structure's and member's documentation, which the
 * GraphQL mutation inputs use as descriptions.
 *
 * The model is botocore's sagemaker definition. Its folder is found by asking python3 for
 * botocore; pass the botocore folder as the first argument or in BOTOCORE_DIR to use another copy.
 *
 * Run: npm run generate:constraints
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OPERATIONS } from '../src/emulator/router.js';
import type { Shape } from '../src/sagemaker/service-model/shape.js';

/** Calls the gateway makes, whether or not the emulator serves them yet. */
const GATEWAY_OPERATIONS = [
  'CreateTrainingJob',
  'StopTrainingJob',
  'CreateHyperParameterTuningJob',
  'StopHyperParameterTuningJob',
  'CreateModel',
  'DeleteModel',
  'CreateEndpointConfig',
  'DeleteEndpointConfig',
  'CreateEndpoint',
  'UpdateEndpoint',
  'UpdateEndpointWeightsAndCapacities',
  'DeleteEndpoint',
  'CreateModelPackageGroup',
  'CreateModelPackage',
  'UpdateModelPackage',
  'CreateAlgorithm',
  'AddTags',
  'DeleteTags',
  'ListTags',
  'Search',
  'BatchDescribeModelPackage',
  'ListTrainingJobsForHyperParameterTuningJob',
];

interface RawRef {
  shape: string;
  documentation?: string;
}

interface RawShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  required?: string[];
  members?: Record<string, RawRef>;
  member?: RawRef;
  key?: RawRef;
  value?: RawRef;
  documentation?: string;
}

interface RawModel {
  metadata: { apiVersion: string };
  operations: Record<string, { input?: RawRef }>;
  shapes: Record<string, RawShape>;
}

const botocoreDir = (): string => {
  const given = process.argv[2] ?? process.env.BOTOCORE_DIR;
  if (given) return given;
  return execFileSync(
    'python3',
    ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'],
    { encoding: 'utf8' },
  ).trim();
};

const dir = botocoreDir();
const version = /__version__\s*=\s*['"]([^'"]+)['"]/.exec(
  readFileSync(join(dir, '__init__.py'), 'utf8'),
)?.[1];
if (!version) throw new Error(`no __version__ in ${join(dir, '__init__.py')}`);
const modelDir = join(dir, 'data', 'sagemaker');
const apiVersion = readdirSync(modelDir).sort().at(-1);
if (!apiVersion) throw new Error(`no API version under ${modelDir}`);
const model = JSON.parse(
  gunzipSync(readFileSync(join(modelDir, apiVersion, 'service-2.json.gz'))).toString('utf8'),
) as RawModel;

const operations = [...new Set([...Object.keys(OPERATIONS), ...GATEWAY_OPERATIONS])].sort();
const inputs: Record<string, string> = {};
for (const name of operations) {
  const operation = model.operations[name];
  if (!operation) throw new Error(`the model has no operation ${name}`);
  if (operation.input) inputs[name] = operation.input.shape;
}

const bounds = (raw: RawShape): { min?: number; max?: number } => ({
  ...(raw.min !== undefined && { min: raw.min }),
  ...(raw.max !== undefined && { max: raw.max }),
});

const ref = (r: RawRef | undefined, owner: string, role: string): string => {
  if (!r) throw new Error(`${owner} has no ${role}`);
  return r.shape;
};

const convert = (name: string, raw: RawShape): Shape => {
  switch (raw.type) {
    case 'string':
      return {
        type: 'string',
        ...bounds(raw),
        ...(raw.pattern !== undefined && { pattern: raw.pattern }),
        ...(raw.enum && { enum: raw.enum }),
      };
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return { type: raw.type, ...bounds(raw) };
    case 'blob':
      return { type: 'blob', ...bounds(raw) };
    case 'boolean':
    case 'timestamp':
      return { type: raw.type };
    case 'structure': {
      const members: Record<string, string> = {};
      for (const [member, r] of Object.entries(raw.members ?? {})) members[member] = r.shape;
      return {
        type: 'structure',
        ...(raw.required && raw.required.length > 0 && { required: raw.required }),
        members,
      };
    }
    case 'list':
      return { type: 'list', ...bounds(raw), member: ref(raw.member, name, 'member') };
    case 'map':
      return {
        type: 'map',
        ...bounds(raw),
        key: ref(raw.key, name, 'key'),
        value: ref(raw.value, name, 'value'),
      };
    default:
      throw new Error(`${name}: unsupported shape type ${raw.type}`);
  }
};

const shapes = new Map<string, Shape>();
const pending = Object.values(inputs);
for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
  if (shapes.has(name)) continue;
  const raw = model.shapes[name];
  if (!raw) throw new Error(`the model has no shape ${name}`);
  const shape = convert(name, raw);
  shapes.set(name, shape);
  if (shape.type === 'structure') pending.push(...Object.values(shape.members));
  else if (shape.type === 'list') pending.push(shape.member);
  else if (shape.type === 'map') pending.push(shape.key, shape.value);
}

const sortedShapes = [...shapes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = [
  `// SageMaker request constraints from botocore ${version} (sagemaker API ${apiVersion},`,
  '// data/sagemaker/<version>/service-2.json.gz): the input shapes of the operations below and',
  '// every shape they reach. Regenerate with npm run generate:constraints; do not edit.',
  '// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the Java patterns quantify $ (e.g. $ then {1,128})',
  "import type { ModelSource, ShapeTable } from './shape.js';",
  '',
  `export const MODEL_SOURCE: ModelSource = ${JSON.stringify({ botocoreVersion: version, apiVersion })};`,
  '',
  '/** Operation name → input shape name. */',
  `export const OPERATION_INPUTS: Readonly<Record<string, string>> = ${JSON.stringify(inputs)};`,
  '',
  `export const SHAPES: ShapeTable = ${JSON.stringify(Object.fromEntries(sortedShapes))};`,
  '',
];
const target = new URL('../src/sagemaker/service-model/constraints.generated.ts', import.meta.url);
writeFileSync(target, lines.join('\n'));

/** Characters of a first sentence kept: descriptions stay one line in the SDL. */
const MAX_DOC = 300;

/** The first sentence of botocore's HTML documentation, as plain text ('' when there is none). */
const firstSentence = (html: string | undefined): string => {
  const text = (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  // A period ends a sentence when a space and a capital follow (not "e.g. ml.m5" or "v1.2").
  const end = /[.!?](?=\s+[A-Z(]|$)/.exec(text);
  const sentence = end === null ? text : text.slice(0, end.index + 1);
  return sentence.length <= MAX_DOC ? sentence : `${sentence.slice(0, MAX_DOC - 1).trimEnd()}…`;
};

const shapeDocs: Record<string, string> = {};
const memberDocs: Record<string, string> = {};
for (const [name, shape] of sortedShapes) {
  if (shape.type !== 'structure') continue;
  const raw = model.shapes[name];
  const doc = firstSentence(raw?.documentation);
  if (doc !== '') shapeDocs[name] = doc;
  for (const [member, r] of Object.entries(raw?.members ?? {})) {
    const memberDoc = firstSentence(r.documentation);
    if (memberDoc !== '') memberDocs[`${name}.${member}`] = memberDoc;
  }
}
const docsTarget = new URL('../src/sagemaker/service-model/docs.generated.ts', import.meta.url);
writeFileSync(
  docsTarget,
  [
    `// SageMaker shape documentation from botocore ${version} (sagemaker API ${apiVersion},`,
    '// data/sagemaker/<version>/service-2.json.gz): the first sentence of each structure and member',
    '// of constraints.generated.ts, HTML stripped. Regenerate with npm run generate:constraints; do not edit.',
    '',
    '/** Structure shape name → the first sentence of its documentation. */',
    `export const SHAPE_DOCS: Readonly<Record<string, string>> = ${JSON.stringify(shapeDocs)};`,
    '',
    "/** `Shape.Member` → the first sentence of the member's documentation. */",
    `export const MEMBER_DOCS: Readonly<Record<string, string>> = ${JSON.stringify(memberDocs)};`,
    '',
  ].join('\n'),
);
execFileSync('npx', ['biome', 'format', '--write', target.pathname, docsTarget.pathname], {
  stdio: 'inherit',
});
console.log(
  `botocore ${version}, API ${apiVersion}: ${operations.length} operations, ${shapes.size} shapes`,
);
