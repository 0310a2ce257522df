import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { CursorKey } from '../connection/cursor.js';
import { type HomeIdentity, partitionOfRegion } from '../sagemaker/arn.js';
import type { Context } from './context.js';

/** What the schema needs from the configuration, per gateway (Context.settings). */
export interface GatewaySettings {
  /** The partition, region and account ARNs must name to be looked up (see isHomeArn). */
  home: HomeIdentity;
  /** Signs and verifies cursors. */
  cursorKey: CursorKey;
  maxNodeIds: number;
  maxEntityRepresentations: number;
}

// One random key per process when CURSOR_SECRET is unset: cursors then verify on this process
// only (not after a restart, not on another replica), which fails closed, never open.
const processKey = randomBytes(32);

const UNKNOWN_HOME: HomeIdentity = {
  partition: undefined,
  region: undefined,
  accountId: undefined,
};

// A context built without settings (scripts, hand-made contexts) checks nothing it cannot know.
const FALLBACK: GatewaySettings = {
  home: UNKNOWN_HOME,
  cursorKey: processKey,
  maxNodeIds: 100,
  maxEntityRepresentations: 1000,
};

/** The settings of the gateway serving `context`. */
export const settingsOf = (context: Context): GatewaySettings => context.settings ?? FALLBACK;

/**
 * The settings of a gateway built from `config`. `notes` receives what an operator should know
 * in AWS mode: a random cursor key, an unknown account.
 */
export function gatewaySettings(config: Config, notes: (message: string) => void): GatewaySettings {
  const { region } = config.sagemaker;
  const { identity } = config;
  if (config.backend === 'aws' && identity.cursorSecret === undefined) {
    notes(
      'CURSOR_SECRET is unset: cursors are signed with a random per-process key, so they do not survive a restart or cross replicas.',
    );
  }
  if (config.backend === 'aws' && identity.accountId === undefined) {
    notes(
      'AWS_ACCOUNT_ID is unset: an ARN of another account costs one SageMaker call before it answers null.',
    );
  }
  return {
    home: {
      partition: region === undefined ? undefined : partitionOfRegion(region),
      region,
      accountId: identity.accountId,
    },
    cursorKey: identity.cursorSecret ?? processKey,
    maxNodeIds: identity.maxNodeIds,
    maxEntityRepresentations: identity.maxEntityRepresentations,
  };
}
