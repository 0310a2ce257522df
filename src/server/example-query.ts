/**
 * The query GraphiQL opens with: a training job with its links, and an endpoint's deployment
 * chain, for the given resource names.
 */
export const exampleQuery = (
  names: { trainingJob: string; endpoint: string },
  note: string,
): string => `${note}
query TrainingJob {
  trainingJob(name: "${names.trainingJob}") {
    id
    name
    trainingJobStatus
    creationTime
    resourceConfig { instanceType instanceCount }
    hyperParameters { key value }
    finalMetricDataList { metricName value }
    tags { key value }
    tuningJob { name bestTrainingJob { name } }
    modelPackages { name version modelApprovalStatus }
  }
}

# An endpoint and everything behind it, batched: one upstream call per level.
query Deployment {
  endpoint(name: "${names.endpoint}") {
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
            name
            version
            modelApprovalStatus
            group { name }
            trainingJob { name tuningJob { name bestTrainingJob { name } } }
          }
        }
      }
    }
  }
}
`;
