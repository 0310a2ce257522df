import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { type Assignments, teamsSchema } from './teams-schema.js';

// The team subgraph as a process: `tsx examples/supergraph/teams-server.ts`.
// TEAMS_ASSIGNMENTS names a JSON file of Assignments; without it the service knows no team.
const file = process.env.TEAMS_ASSIGNMENTS;
const assignments: Assignments =
  file === undefined || file === ''
    ? { trainingJobs: {}, endpoints: {} }
    : (JSON.parse(readFileSync(file, 'utf8')) as Assignments);

const yoga = createYoga({ schema: teamsSchema(assignments), graphiql: false, logging: 'warn' });
const server = createServer(yoga);
const host = process.env.HOST ?? '127.0.0.1';
server.listen(Number(process.env.PORT ?? 4002), host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log(`teams subgraph: http://${host}:${port}/graphql`);
});

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
