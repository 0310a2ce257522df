import { createGraphQLError } from 'graphql-yoga';
import { checkArn, isHomeArn, type SageMakerArn, sameResourceArn } from '../sagemaker/arn.js';
import { describeRule, type NameRule } from '../sagemaker/names.js';
import { echo } from '../search/echo.js';
import type { Context } from './context.js';
import { settingsOf } from './settings.js';

const badInput = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Checks a lookup argument against SageMaker's pattern for it before any upstream call, so a
 * malformed name is BAD_USER_INPUT naming the rule and the value, never an upstream error.
 * `what` reads "a training job", "an endpoint".
 */
export function requireName(
  value: string,
  pattern: NameRule,
  what: string,
  argument = 'name',
): string {
  if (!pattern.test(value)) {
    throw badInput(
      `Argument "${argument}" must be ${what} name (${describeRule(pattern, value)}), but got: ${echo(value)}.`,
    );
  }
  return value;
}

/**
 * Checks a user-supplied ARN of `resourceType` against SageMaker's constraints (see checkArn)
 * before any call; BAD_USER_INPUT naming the form, the rule broken and the value otherwise.
 * `argument` names where it came from: `Argument "arn"`, `A TrainingJob representation's "arn"`.
 */
export function requireArn(value: string, resourceType: string, argument: string): SageMakerArn {
  const checked = checkArn(value, [resourceType]);
  if ('rule' in checked) {
    const noun = resourceType.replaceAll('-', ' ');
    const form = `arn:aws:sagemaker:<region>:<account>:${resourceType}/<name>${resourceType === 'model-package' ? '[/<version>]' : ''}`;
    throw badInput(
      `${argument} must be a ${noun} ARN (${checked.form ? form : `${form}: ${checked.rule}`}), but got: ${echo(value)}.`,
    );
  }
  return checked.arn;
}

/** Whether `arn` may name a resource of this gateway's partition, region and account. */
export const isHome = (context: Context, arn: SageMakerArn): boolean =>
  isHomeArn(arn, settingsOf(context).home);

/** The ARN a loaded record of `typename` carries (`TrainingJob` → `TrainingJobArn`). */
export const recordArn = (record: object, typename: string): string | undefined => {
  const value: unknown = (record as Record<string, unknown>)[`${typename}Arn`];
  return typeof value === 'string' ? value : undefined;
};

interface Loader<Rec> {
  load: (key: string) => Promise<Rec | null>;
}

/**
 * Loads the resource an ARN names, or null: null without a call when the ARN is of another
 * partition, region or account, and null when the loaded record's ARN is not the requested one
 * (the loader's Describe fallback goes by name, which would find the local namesake). The name
 * part compares case-insensitively, as SageMaker lower-cases names in the ARNs it issues.
 */
export async function loadByArn<Rec extends object>(
  context: Context,
  typename: string,
  loader: Loader<Rec>,
  arn: SageMakerArn,
  raw: string,
): Promise<Rec | null> {
  if (!isHome(context, arn)) return null;
  const record = await loader.load(raw);
  if (record === null) return null;
  const found = recordArn(record, typename);
  return found !== undefined && sameResourceArn(found, raw) ? record : null;
}

const article = (typename: string): string =>
  `${/^[AEIOU]/.test(typename) ? 'An' : 'A'} ${typename}`;

/** How a family resolves its federation entity's representations. */
interface EntityKeys<Rec> {
  typename: string;
  resourceType: string;
  loader: (context: Context) => Loader<Rec>;
  /** The name pattern for `name` representations, and what messages call it ("a training job"). */
  name?: { pattern: NameRule; what: string };
}

/**
 * The resolveReference of an entity keyed by `arn` (and `name`): each representation checked
 * against SageMaker's constraints before any call (a bad one is an error at its index of
 * `_entities`), an ARN of elsewhere null without a call, and only a record with that ARN returned.
 */
export function entityResolver<Rec extends object>(keys: EntityKeys<Rec>) {
  return (ref: { arn: string } | { name: string }, context: Context): Promise<Rec | null> => {
    if ('arn' in ref) {
      if (typeof ref.arn !== 'string') {
        throw badInput(`A ${keys.typename} representation's "arn" must be a string.`);
      }
      const arn = requireArn(
        ref.arn,
        keys.resourceType,
        `A ${keys.typename} representation's "arn"`,
      );
      return loadByArn(context, keys.typename, keys.loader(context), arn, ref.arn);
    }
    const { name } = keys;
    if (name === undefined || typeof ref.name !== 'string') {
      throw badInput(
        `A ${keys.typename} representation needs a string "arn"${name ? ' or "name"' : ''}.`,
      );
    }
    if (!name.pattern.test(ref.name)) {
      throw badInput(
        `${article(keys.typename)} representation's "name" must be ${name.what} name (${describeRule(name.pattern, ref.name)}), but got: ${echo(ref.name)}.`,
      );
    }
    return keys.loader(context).load(ref.name);
  };
}
