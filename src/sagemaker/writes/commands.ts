import {
  AddTagsCommand,
  CreateAlgorithmCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateHyperParameterTuningJobCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateTrainingJobCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DeleteTagsCommand,
  type SageMakerClient,
  StopHyperParameterTuningJobCommand,
  StopTrainingJobCommand,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';

/** The write commands the gateway sends, by SageMaker operation. */
const COMMANDS = {
  AddTags: AddTagsCommand,
  CreateAlgorithm: CreateAlgorithmCommand,
  CreateEndpoint: CreateEndpointCommand,
  CreateEndpointConfig: CreateEndpointConfigCommand,
  CreateHyperParameterTuningJob: CreateHyperParameterTuningJobCommand,
  CreateModel: CreateModelCommand,
  CreateModelPackage: CreateModelPackageCommand,
  CreateModelPackageGroup: CreateModelPackageGroupCommand,
  CreateTrainingJob: CreateTrainingJobCommand,
  DeleteEndpoint: DeleteEndpointCommand,
  DeleteEndpointConfig: DeleteEndpointConfigCommand,
  DeleteModel: DeleteModelCommand,
  DeleteTags: DeleteTagsCommand,
  StopHyperParameterTuningJob: StopHyperParameterTuningJobCommand,
  StopTrainingJob: StopTrainingJobCommand,
  UpdateEndpoint: UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacities: UpdateEndpointWeightsAndCapacitiesCommand,
  UpdateModelPackage: UpdateModelPackageCommand,
} as const;

export type WriteOperation = keyof typeof COMMANDS;

/** The SDK input of each write operation. */
export type WriteInputs = {
  [Op in WriteOperation]: NonNullable<ConstructorParameters<(typeof COMMANDS)[Op]>[0]>;
};

type Senders = {
  [Op in WriteOperation]: (client: SageMakerClient, input: WriteInputs[Op]) => Promise<object>;
};

// One line per operation, so each input meets its own command's type (no union to widen).
const SENDERS: Senders = {
  AddTags: (client, input) => client.send(new AddTagsCommand(input)),
  CreateAlgorithm: (client, input) => client.send(new CreateAlgorithmCommand(input)),
  CreateEndpoint: (client, input) => client.send(new CreateEndpointCommand(input)),
  CreateEndpointConfig: (client, input) => client.send(new CreateEndpointConfigCommand(input)),
  CreateHyperParameterTuningJob: (client, input) =>
    client.send(new CreateHyperParameterTuningJobCommand(input)),
  CreateModel: (client, input) => client.send(new CreateModelCommand(input)),
  CreateModelPackage: (client, input) => client.send(new CreateModelPackageCommand(input)),
  CreateModelPackageGroup: (client, input) =>
    client.send(new CreateModelPackageGroupCommand(input)),
  CreateTrainingJob: (client, input) => client.send(new CreateTrainingJobCommand(input)),
  DeleteEndpoint: (client, input) => client.send(new DeleteEndpointCommand(input)),
  DeleteEndpointConfig: (client, input) => client.send(new DeleteEndpointConfigCommand(input)),
  DeleteModel: (client, input) => client.send(new DeleteModelCommand(input)),
  DeleteTags: (client, input) => client.send(new DeleteTagsCommand(input)),
  StopHyperParameterTuningJob: (client, input) =>
    client.send(new StopHyperParameterTuningJobCommand(input)),
  StopTrainingJob: (client, input) => client.send(new StopTrainingJobCommand(input)),
  UpdateEndpoint: (client, input) => client.send(new UpdateEndpointCommand(input)),
  UpdateEndpointWeightsAndCapacities: (client, input) =>
    client.send(new UpdateEndpointWeightsAndCapacitiesCommand(input)),
  UpdateModelPackage: (client, input) => client.send(new UpdateModelPackageCommand(input)),
};

/** Sends one write command. Throws the SDK's errors as they are (see writes/send.ts). */
export const sendCommand = <Op extends WriteOperation>(
  client: SageMakerClient,
  operation: Op,
  input: WriteInputs[Op],
): Promise<object> => SENDERS[operation](client, input);
