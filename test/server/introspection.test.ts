import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

const SDL = '{ _service { sdl } }';

describe('under NODE_ENV=production', () => {
  const gateway = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' }),
  });

  it.each([
    ['the introspection query', getIntrospectionQuery()],
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "TrainingJob") { fields { name } } }'],
    ['__type in a fragment', '{ ...F } fragment F on Query { __type(name: "Node") { name } }'],
  ])('refuses %s', async (_, query) => {
    const response = await gateway.post(query);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('still answers __typename and the federation SDL routers compose from', async () => {
    expect(await gateway.post('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    const response = await gateway.post<{ _service: { sdl: string } }>(SDL);
    expect(response.errors).toBeUndefined();
    expect(response.data?._service.sdl).toContain('type TrainingJob');
  });

  it('serves no GraphiQL page', async () => {
    const response = await gateway.app().fetch('http://gateway/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toContain('<script');
  });
});

describe('under NODE_ENV=production with GRAPHIQL=true and INTROSPECTION=true', () => {
  const gateway = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      GRAPHIQL: 'true',
      INTROSPECTION: 'true',
    }),
  });

  it('serves GraphiQL and answers introspection', async () => {
    const page = await gateway.app().fetch('http://gateway/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(page.headers.get('content-type')).toContain('text/html');
    const response = await gateway.post(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data).toHaveProperty('__schema');
  });
});

describe('outside production (the default)', () => {
  const gateway = useDemoGateway();

  it('answers introspection', async () => {
    const response = await gateway.post('{ __schema { queryType { name } } }');
    expect(response).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
