import fc from 'fast-check';
import { describe, it } from 'vitest';
import { useFuzzGateway } from './support/harness.js';
import { deepFilter, inputType, inputValue } from './support/inputs.js';
import { expectRobust } from './support/oracle.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './support/settings.js';
import { filterTargets } from './support/targets.js';

const gateway = useFuzzGateway();

/** `first` as clients send it: mostly in range, sometimes not. */
const first = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 101, 2 ** 31 - 1, null) },
);

describe.each(filterTargets())('$label filters', (target) => {
  it(
    'answers any filter and order without a 5xx, an internal error or an invalid upstream call',
    async () => {
      // optional keys, so a counterexample shrinks to the variables that matter
      const variables = fc.record(
        {
          filter: inputValue(inputType(target.filterType)),
          orderBy: target.orderType ? inputValue(inputType(target.orderType)) : fc.constant(null),
          first,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(variables, async (values) => {
          expectRobust(await gateway.query(target.document, values));
        }),
        fuzzParameters(0x0f11, 200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses absurdly deep and/or/not nesting cheaply',
    async () => {
      await fc.assert(
        fc.asyncProperty(deepFilter(target.filterType), async (filter) => {
          expectRobust(await gateway.query(target.document, { filter, first: 5 }));
        }),
        fuzzParameters(0xdee9, 30),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
