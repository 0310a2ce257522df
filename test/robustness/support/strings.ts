import fc from 'fast-check';

/** Characters that break naive escaping, patterns and encodings. */
const ODD = [
  '',
  ' ',
  '*',
  '%',
  '\\',
  '"',
  "'",
  ',',
  '\n',
  '\u0000',
  '\u200b',
  '\ufeff',
  'é',
  '日本',
  '🤖',
  '\ud83d',
  '$' + '{x}',
  '..',
  '/',
  ':',
  'arn:aws:sagemaker:us-east-1:123456789012:training-job/x',
  'Tags.team',
  'Metrics.validation:auc',
];

/** Strings as a hostile or careless client sends them: empty, odd characters, unicode, long. */
export const oddString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('a', 'é', '🤖', '-'), fc.integer({ min: 60, max: 3000 }))
        .map(([unit, count]) => unit.repeat(count)),
    },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,62}$/) },
  );

/** Date-time strings, valid and not: ISO forms, other formats, impossible dates, out of range. */
export const oddDateTime = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString()),
    fc.constantFrom(
      '2025-02-30T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '+275760-09-13T00:00:00.000Z',
      '2025-06-01',
      '2025-06-01T00:00:00',
      '2025-06-01T25:61:61+14:00',
      '1749000000',
      'yesterday',
      '',
    ),
    oddString(),
  );
