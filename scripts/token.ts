/**
 * Prints a token signed with the publicly known demo key, which a demo gateway started with
 * AUTH_MODE=jwt and no key configured accepts (never an AWS-mode gateway):
 *
 *   npm run token -- --team fraud [--team vision] [--scope "sagemaker:read sagemaker:admin"]
 *                    [--sub alice] [--ttl 3600]
 *
 * Paste it into GraphiQL's Headers tab as {"Authorization": "Bearer <token>"}.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { DEMO_TOKEN_AUDIENCE, DEMO_TOKEN_ISSUER } from '../src/config.js';
import { DEMO_KEY_ID, demoPrivateKey } from '../src/server/auth/demo-key.js';

const { values } = parseArgs({
  options: {
    team: { type: 'string', multiple: true, default: [] },
    scope: { type: 'string', multiple: true, default: ['sagemaker:read'] },
    sub: { type: 'string', default: 'demo-user' },
    ttl: { type: 'string', default: '3600' },
  },
});

const ttl = Number(values.ttl);
if (!Number.isInteger(ttl) || ttl <= 0) {
  process.stderr.write('--ttl expects a number of seconds\n');
  process.exit(2);
}
const teams = values.team;
const token = await new SignJWT({
  // the default AUTH_TENANT_CLAIM and AUTH_SCOPES_CLAIM
  team: teams.length === 1 ? teams[0] : teams,
  scope: values.scope.join(' '),
})
  .setProtectedHeader({ alg: 'EdDSA', kid: DEMO_KEY_ID })
  .setIssuer(DEMO_TOKEN_ISSUER)
  .setAudience(DEMO_TOKEN_AUDIENCE)
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(`${ttl}s`)
  .sign(demoPrivateKey());
process.stdout.write(`${token}\n`);
