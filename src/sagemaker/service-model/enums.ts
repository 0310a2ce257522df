import { SHAPES } from './constraints.generated.js';

/**
 * The values the service model lists for a string shape (e.g. 'ResourceType', 'Operator'). Throws
 * when the table has no such enum, so a renamed shape fails at start-up rather than silently.
 */
export const enumValues = (shapeName: string): readonly string[] => {
  const shape = Object.hasOwn(SHAPES, shapeName) ? SHAPES[shapeName] : undefined;
  if (shape?.type !== 'string' || !shape.enum) {
    throw new Error(`The constraint table has no enum shape ${shapeName}`);
  }
  return shape.enum;
};
