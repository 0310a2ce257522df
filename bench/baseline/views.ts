import { deployments } from './deployments.js';
import { trainingJobPage } from './training-job-page.js';
import type { View } from './view.js';

/** Every query the benchmarks send, with its hand-written sequences. */
export const VIEWS: readonly View[] = [trainingJobPage, deployments];
