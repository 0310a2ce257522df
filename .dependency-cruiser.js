// Layer boundaries of src/ (docs: DESIGN.md "Layout"). `npm run lint` runs this through
// dependency-cruiser, which resolves every import to a file and tells type-only imports
// (`import type`) from value imports, so SDK record types can back GraphQL models everywhere
// while only sagemaker/ and emulator/ construct clients and send commands.

const SDK = '^node_modules/@aws-sdk/';
const IO_MODULES = '^(node:)?(child_process|dgram|dns|fs|fs/promises|http|http2|https|net|tls)$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'sdk-values-outside-sagemaker',
      comment:
        'Only src/sagemaker/ and src/emulator/ import values (commands, clients) from the AWS SDK. ' +
        'Elsewhere use `import type` for the record types.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sagemaker|emulator)/' },
      to: { path: SDK, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pure-search-and-connection-io',
      comment: 'src/search/ and src/connection/ are pure: no network, file or process I/O.',
      severity: 'error',
      from: { path: '^src/(search|connection)/' },
      to: { dependencyTypes: ['core'], path: IO_MODULES },
    },
    {
      name: 'pure-search-and-connection-layers',
      comment:
        'src/search/ and src/connection/ depend on nothing that does I/O or defines the schema: ' +
        'not src/sagemaker, src/server, src/emulator or src/graphql.',
      severity: 'error',
      from: { path: '^src/(search|connection)/' },
      to: { path: '^src/(sagemaker|server|emulator|graphql)/' },
    },
    {
      name: 'server-defines-no-graphql-types',
      comment:
        'src/server/ is the HTTP edge: it serves the assembled schema but defines no GraphQL ' +
        'types, so it does not import the Pothos builder.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/graphql/builder\\.ts$' },
    },
    {
      name: 'sagemaker-imports-no-graphql',
      comment: 'src/sagemaker/ knows nothing of the GraphQL layer.',
      severity: 'error',
      from: { path: '^src/sagemaker/' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'baseline-is-independent',
      comment:
        'bench/baseline/ is the hand-written SDK sequence the gateway is measured against: written ' +
        "from SageMaker's API alone, it imports nothing from src/ (else it measures the gateway " +
        'against its own batching).',
      severity: 'error',
      from: { path: '^bench/baseline/' },
      to: { path: '^src/' },
    },
    {
      name: 'sagemaker-imports-no-server',
      comment: 'src/sagemaker/ knows nothing of the HTTP edge, not even its types.',
      severity: 'error',
      from: { path: '^src/sagemaker/' },
      to: { path: '^src/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(examples|test)/gql/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
