import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../bench/baseline/views.js';
import {
  BOUND,
  RAISED_BOUND,
  runScenarios,
  type ScenariosResult,
  SIZES,
} from '../../bench/scenarios.js';

// The benchmark's baselines are only worth comparing with if they fetch what the gateway answers;
// and the gateway is meant to need no more upstream calls than the hand-written sequence. The
// emulator, the gateway and the baselines run in their own processes, as in `npm run bench`.
describe('the scenario benchmark', () => {
  // One run read by every test: it takes seconds, and the tests only read its rows.
  let run: ScenariosResult | undefined;
  beforeAll(async () => {
    run = await runScenarios({ latencyMs: 0, iterations: 0, perItemIterations: 0 });
  }, 120_000);

  const rows = (): ReadonlyArray<Readonly<ScenariosResult['rows'][number]>> => {
    if (run === undefined) throw new Error('the benchmark did not run');
    return run.rows;
  };

  it('runs every view at every size, and the deployment view again at a raised bound', () => {
    const bounds = (view: string) => (view === 'deployment view' ? [BOUND, RAISED_BOUND] : [BOUND]);
    expect(rows().map((row) => [row.view, row.bound, row.first])).toEqual(
      VIEWS.flatMap((view) =>
        bounds(view.name).flatMap((bound) => SIZES.map((first) => [view.name, bound, first])),
      ),
    );
  });

  it('has both baselines fetch the data the gateway answers (per-item at the default bound)', () => {
    for (const row of rows()) {
      const { view, first, bound } = row;
      expect({ ...row.agrees, view, first, bound }).toEqual({
        handwritten: true,
        perItem: bound === BOUND ? true : null,
        view,
        first,
        bound,
      });
    }
  });

  it('has the gateway make no more calls than the hand-written sequence', () => {
    for (const row of rows()) {
      const { view, first } = row;
      expect({ view, first, calls: Math.min(row.gateway.calls.total, row.limit.calls) }).toEqual({
        view,
        first,
        calls: row.gateway.calls.total,
      });
    }
  });

  it('has the gateway execute every request (no answer from the response cache)', () => {
    for (const row of rows()) {
      const { view, first } = row;
      expect({ view, first, called: row.gateway.calls.total > 0 }).toEqual({
        view,
        first,
        called: true,
      });
    }
  });

  it('has the per-item pattern cost 2N + 1 calls before any link, and grow with the page', () => {
    const page = rows().filter((row) => row.view === 'training job page');
    for (const row of page) {
      const { ListTrainingJobs, ListTags } = row.perItem?.calls.byOperation ?? {};
      expect([ListTrainingJobs, ListTags]).toEqual([1, row.first]);
    }
    const [small, , large] = page;
    expect(large?.perItem?.calls.total).toBeGreaterThan(5 * (small?.perItem?.calls.total ?? 0));
    expect(large?.gateway.calls.total).toBeLessThanOrEqual(small?.gateway.calls.total ?? 0);
  });
});
