import { expect, test } from 'vitest';
import { csvText } from '../../src/app/csvText';

test('CSV quotes what needs quoting, keeps negative numbers, and defuses formulas', () => {
  const text = csvText({
    head: ['name', 'change'],
    rows: [
      ['Acme, Inc.', '-0.12'],
      ['say "hi"', '3'],
      ['=HYPERLINK("x")', '+1'],
    ],
  });
  expect(text).toBe(
    'name,change\r\n"Acme, Inc.",-0.12\r\n"say ""hi""",3\r\n"\'=HYPERLINK(""x"")",\'+1\r\n',
  );
});
