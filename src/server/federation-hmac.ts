import { createHmac, timingSafeEqual } from 'node:crypto';
import { defaultParamsSerializer } from '@graphql-mesh/hmac-upstream-signature';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';

/** The request extension Hive Gateway's `useHmacUpstreamSignature` puts its signature in. */
const HMAC_EXTENSION = 'hmac-signature';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function refused(message: string) {
  return createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The signature a request carries, or undefined when it carries none that could be one. */
function signatureOf(params: GraphQLParams): Buffer | undefined {
  const value = params.extensions?.[HMAC_EXTENSION];
  if (typeof value !== 'string' || !BASE64.test(value)) return undefined;
  return Buffer.from(value, 'base64');
}

/**
 * Answers only requests the router signed with FEDERATION_HMAC_SECRET, as Hive Gateway's
 * `hmacSignature` option signs them (@graphql-mesh/hmac-upstream-signature): HMAC-SHA256 over
 * the stable JSON of `query` and non-empty `variables`, base64 in `extensions["hmac-signature"]`.
 * The package's own serializer builds the signed text, so the format is the router's exactly.
 *
 * Its `useHmacSignatureValidation` is not used: it throws plain errors, which masked errors
 * answer as 500 INTERNAL_SERVER_ERROR, and a malformed signature makes `atob` throw. Here every
 * refusal is 401 UNAUTHENTICATED, checked in onParams, before parsing, validation or any
 * SageMaker call; /health, /ready and /metrics never reach that hook.
 */
export function useHmacVerification(secret: string): Plugin {
  return {
    onParams({ params }) {
      const signature = signatureOf(params);
      if (signature === undefined) {
        throw refused(
          `Unsigned request: this subgraph answers only its router (extension ${HMAC_EXTENSION}).`,
        );
      }
      // the package's serializer is typed as JSON.stringify is; an object always gives a string
      const signed = defaultParamsSerializer(params) ?? '';
      const expected = createHmac('sha256', secret).update(signed).digest();
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
        throw refused(`Invalid signature: extension ${HMAC_EXTENSION} does not match the request.`);
      }
    },
  };
}
