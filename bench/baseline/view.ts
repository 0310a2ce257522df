import type { SageMakerClient } from '@aws-sdk/client-sagemaker';

/** A hand-written answer, and how many dependent levels of calls it needed. */
export interface Answer {
  /** In the shape of the query's `data`, so a run can check it against the gateway's. */
  data: unknown;
  /**
   * Levels of calls that wait on an earlier level's answer (a level that needed no call is not
   * counted): the fewest sequential round trips any client can fetch this data in, with unbounded
   * concurrency and every level's records fitting parallel Searches of one page.
   */
  levels: number;
  /**
   * The calls of each level above that is one Describe per resource (SageMaker has no Search or
   * batch call for it): with `inFlight` of them at once such a level takes ceil(calls / inFlight)
   * round trips instead of one (see {@link roundTripsAt}).
   */
  describeLevels: number[];
}

/** The fewest round trips of `answer`'s levels with at most `inFlight` Describes at once. */
export const roundTripsAt = (answer: Omit<Answer, 'data'>, inFlight: number): number =>
  answer.levels +
  answer.describeLevels.reduce((sum, calls) => sum + Math.ceil(calls / inFlight) - 1, 0);

/**
 * A query the benchmarks send, with two SDK sequences written by hand from the SageMaker API alone
 * that fetch the same data and return it in the shape of the query's `data`.
 */
export interface View {
  /** e.g. 'training job page'. */
  name: string;
  /** The GraphQL document; its only variable is `$first`. */
  query: string;
  /** The row field the page is ordered by. */
  orderedBy: string;
  /**
   * The fewest calls a competent engineer would write by hand: Search where SageMaker has it (up
   * to 100 records a call, keys packed into In filters), Describe for what only Describe answers
   * (once per distinct resource, `inFlight` at once: 8 unless told), nothing fetched twice or
   * fetched when the parent already holds it.
   */
  handwritten(client: SageMakerClient, first: number, inFlight?: number): Promise<Answer>;
  /**
   * The per-row pattern of Steampipe and CloudQuery: List the rows, then Describe + ListTags per
   * row (2N + 1 calls before any link), and one lookup per link of each row. No cache across rows.
   */
  perItem(client: SageMakerClient, first: number): Promise<unknown>;
}
