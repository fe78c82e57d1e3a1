/**
 * Scenario files built to hurt a checker: nested tens of thousands deep, a
 * customer list of 150,000 names, a 6 MB file, thousands of problems, values
 * thousands of characters long. Each starts from the small fixture, so all
 * around the hostile part is a real scenario. Made on demand and written to
 * a temporary folder, never committed (some are megabytes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Data = Record<string, unknown> & {
  market: { customers: string[] };
  deals: Record<string, unknown>[];
};

const base = (id: string): Data => ({
  ...(JSON.parse(readFileSync('tests/content/fixtures/small.json', 'utf8')) as Data),
  id,
});

const written = (data: Data): string => JSON.stringify(data, null, 2);

/** The data written out with one top-level field's value replaced by raw JSON text. */
function withRaw(data: Data, field: string, raw: string): string {
  return written({ ...data, [field]: '\u0000' }).replace('"\\u0000"', raw);
}

/** Lists in lists, `depth` deep, one bracket a line as a formatter would leave them. */
export function nestedLists(depth: number): string {
  return `${'[\n'.repeat(depth)}1${'\n]'.repeat(depth)}`;
}

/** Objects in objects, `depth` deep, on one line. */
export function nestedObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * `count` more customers: "Customer 17" for the files refused by their size
 * alone, or each starting with a word of its own ("C17 Ltd", as the checker
 * asks of a file it reads).
 */
function withCustomers(data: Data, count: number, name = (i: number) => `Customer ${i}`): Data {
  for (let i = 0; i < count; i += 1) data.market.customers.push(name(i));
  return data;
}

/**
 * `count` copies of the first deal, each owned by a rep who is not on the
 * team, each with a customer of its own (so the rep is the one problem).
 */
function withStrayDeals(data: Data, count: number): Data {
  const deal = data.deals[0]!;
  for (let i = 0; i < count; i += 1) {
    const customer = `S${i} Ltd`;
    data.market.customers.push(customer);
    data.deals.push({ ...deal, id: `stray-${i}`, rep: 'nobody', customer });
  }
  return data;
}

export interface HostileFile {
  /** The file's name without ".json"; also its id. */
  name: string;
  /** What makes it hostile, for a report. */
  what: string;
  text: () => string;
}

const hostile = (name: string, what: string, text: (data: Data) => string): HostileFile => ({
  name,
  what,
  text: () => text(base(name)),
});

export const hostileFiles: readonly HostileFile[] = [
  hostile('nested-20000', 'a list nested 20,000 deep', (d) =>
    withRaw(d, 'summary', nestedLists(20_000)),
  ),
  hostile('nested-40000', 'a list nested 40,000 deep', (d) =>
    withRaw(d, 'summary', nestedLists(40_000)),
  ),
  hostile('objects-40000', 'objects nested 40,000 deep', (d) =>
    withRaw(d, 'summary', nestedObjects(40_000)),
  ),
  hostile('customers-150000', '150,000 customers', (d) => written(withCustomers(d, 150_000))),
  hostile('six-megabytes', '250,000 customers', (d) => written(withCustomers(d, 250_000))),
  hostile('customers-40000', '40,000 customers, just under the size limit', (d) =>
    written(withCustomers(d, 40_000, (i) => `C${i} Ltd`)),
  ),
  hostile('stray-deals-3000', '3,000 deals owned by a rep not on the team', (d) =>
    written(withStrayDeals(d, 3_000)),
  ),
  hostile('long-values', 'a rep id and an unknown field name 100,000 characters long', (d) => {
    const long = 'a'.repeat(100_000);
    d.deals[0]!.rep = long;
    return written({ ...d, [long]: 1 });
  }),
];

/** Writes every hostile file into `dir`; returns their paths by name. */
export function writeHostileFiles(dir: string): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const file of hostileFiles) {
    const path = join(dir, `${file.name}.json`);
    writeFileSync(path, file.text());
    paths[file.name] = path;
  }
  return paths;
}
