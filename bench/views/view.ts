import type { SageMakerClient } from '@aws-sdk/client-sagemaker';

/**
 * A query the benchmarks send, with two hand-written SDK sequences that fetch the same data and
 * return it in the shape of the query's `data` (so a run can check all three agree).
 */
export interface View {
  /** e.g. 'training job page'. */
  name: string;
  /** The GraphQL document; its only variable is `$first`. */
  query: string;
  /** The row field the page is ordered by. */
  orderedBy: string;
  /**
   * The per-item pattern of existing AWS tools: List the rows, then Describe + ListTags per row
   * and one lookup per link of each row. No cache across rows.
   */
  perItem(client: SageMakerClient, first: number): Promise<unknown>;
  /**
   * The fewest calls that fetch the same data: Search where SageMaker has it (up to 100 records
   * a call), Describe for what only Describe answers (once per distinct resource), nothing
   * fetched twice or fetched when the parent already holds it.
   */
  optimal(client: SageMakerClient, first: number): Promise<unknown>;
}
