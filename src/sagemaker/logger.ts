/**
 * What sagemaker/ logs through: warnings with structured fields, in pino's call shape, so the
 * gateway's logger fits without sagemaker/ depending on the server layer.
 */
export interface WarnLogger {
  warn(fields: object, message: string): void;
}
