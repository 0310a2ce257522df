/**
 * The queries the benchmarks send: what a dashboard of experiments and a deployment overview ask
 * for. Each takes the page size as `$first`.
 */

const pageOfTrainingJobs = (links: string): string => /* GraphQL */ `
  query TrainingJobPage($first: Int!) {
    trainingJobs(
      first: $first
      filter: { status: { eq: "Completed" } }
      orderBy: { field: CREATION_TIME, direction: DESC }
    ) {
      nodes {
        name
        trainingJobStatus
        creationTime
        tags {
          key
          value
        }
        finalMetricDataList {
          metricName
          value
        }${links}
      }
    }
  }
`;

/**
 * A page of recently completed training jobs with their tuning job (and its best job) and
 * registered versions (and their group).
 */
export const TRAINING_JOB_PAGE = pageOfTrainingJobs(`
        tuningJob {
          name
          hyperParameterTuningJobStatus
          bestTrainingJob {
            name
            finalMetricDataList {
              metricName
              value
            }
          }
        }
        modelPackages {
          arn
          version
          modelApprovalStatus
          group {
            name
          }
        }`);

/** The same page, one to three levels deep: the jobs alone, with their links, with links of links. */
export const TRAINING_JOB_PAGE_BY_DEPTH: readonly string[] = [
  pageOfTrainingJobs(''),
  pageOfTrainingJobs(`
        tuningJob {
          name
          hyperParameterTuningJobStatus
        }
        modelPackages {
          arn
          version
          modelApprovalStatus
        }`),
  TRAINING_JOB_PAGE,
];

/** A page of endpoints with what each variant runs, down to the package, group and training job. */
export const DEPLOYMENTS = /* GraphQL */ `
  query Deployments($first: Int!) {
    endpoints(first: $first, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        name
        endpointStatus
        productionVariants {
          variantName
          currentWeight
          currentInstanceCount
          model {
            name
            containers {
              modelPackage {
                arn
                version
                modelApprovalStatus
                group {
                  name
                }
                trainingJob {
                  name
                  trainingEndTime
                  tuningJob {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
