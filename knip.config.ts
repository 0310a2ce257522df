import type { KnipConfig } from 'knip';

// Unused files, exports and dependencies (`npm run lint`). The package.json scripts already make
// src/main.ts and src/emulator/main.ts entries, and the vitest and codegen plugins add their
// configs. Generated folders (examples/gql, test/gql) are git-ignored, which knip honours.
// examples/frontend/ holds the README's client snippets, which the tests run; examples/supergraph/
// the router's configuration and the team subgraph, which the tests and docker-compose.yml run.
const config: KnipConfig = {
  entry: [
    'scripts/*.ts',
    'bench/*.ts',
    'bench/servers/*.ts',
    'test/**/*.test.ts',
    'examples/supergraph/gateway.config.ts',
  ],
  project: [
    'src/**/*.ts',
    'scripts/**/*.ts',
    'bench/**/*.ts',
    'test/**/*.ts',
    'examples/frontend/*.ts',
    'examples/supergraph/*.ts',
    '*.ts',
  ],
  // a system package (CI installs it), started by test/support/redis.ts
  ignoreBinaries: ['redis-server'],
};

export default config;
