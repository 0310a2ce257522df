import { beforeAll, describe, expect, it } from 'vitest';
import { type CallsResult, runCallsBench, SIZES, VIEWS } from '../../bench/calls.js';

// The benchmark's baselines are only worth comparing with if they fetch what the gateway answers;
// and the gateway is meant to need no more upstream calls than the fewest that fetch it.
describe('the upstream-call benchmark', () => {
  // One run read by every test: it takes seconds, and the tests only read its rows.
  let run: CallsResult | undefined;
  beforeAll(async () => {
    run = await runCallsBench();
  }, 60_000);

  const rows = (): ReadonlyArray<Readonly<CallsResult['rows'][number]>> => {
    if (run === undefined) throw new Error('the benchmark did not run');
    return run.rows;
  };

  it('runs every view at every size', () => {
    expect(rows().map((row) => [row.view, row.first])).toEqual(
      VIEWS.flatMap((view) => SIZES.map((first) => [view.name, first])),
    );
  });

  it('has both baselines fetch the data the gateway answers', () => {
    for (const row of rows()) {
      expect({ ...row.agrees, view: row.view, first: row.first }).toEqual({
        optimal: true,
        perItem: true,
        view: row.view,
        first: row.first,
      });
    }
  });

  it('has the gateway make no more calls than the hand-written optimal sequence', () => {
    // The old baseline describes each model; the gateway reads a level of models by one Search.
    for (const row of rows()) {
      expect([row.view, row.first, row.gateway.total <= row.optimal.total]).toEqual([
        row.view,
        row.first,
        true,
      ]);
    }
  });

  it('has the per-item pattern grow with the page and the gateway not', () => {
    const page = rows().filter((row) => row.view === 'training job page');
    const [small, , large] = page;
    expect(large?.perItem.total).toBeGreaterThan(5 * (small?.perItem.total ?? 0));
    expect(large?.gateway.total).toBeLessThanOrEqual(small?.gateway.total ?? 0);
  });
});
