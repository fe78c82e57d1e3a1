/**
 * Checks on a scenario once its shape is right: the links between its parts.
 * Ids are unique, every rep and customer a deal or event names exists, weeks
 * fall inside the season, story deals arrive while coaching can still shape
 * them and their conversations hold together, and the model's numbers agree.
 */
import { shortCustomerName } from '../sim/customerNames';
import { coachingStages } from '../sim/vocabulary';
import type { ErrorReport } from './errorReport';
import { cut, quote } from './quote';
import type { DataPath } from './scenarioError';
import type { ScenarioFile } from './scenarioSchema';
import { didYouMean, listNames } from './spelling';
import { checkStory } from './storyChecks';
import { checkTuning } from './tuningChecks';

/** The file name without folders and ".json": the id the scenario must carry. */
export function fileId(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.json$/i, '');
}

function checkUnique(
  report: ErrorReport,
  list: string,
  items: readonly { id: string }[],
  what: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      report.add(
        [list, index, 'id'],
        `duplicate id ${quote(item.id)}: ${list}[${earlier}] already uses it`,
        `give each ${what} its own id`,
      );
  });
}

/** Ids the model gives to what it makes during play. */
const reserved = {
  rep: { pattern: /^hire-\d+$/, what: 'reps hired during play' },
  deal: { pattern: /^deal-\d+$/, what: 'deals the market brings' },
};

function checkReserved(
  report: ErrorReport,
  path: DataPath,
  id: string,
  kind: keyof typeof reserved,
): void {
  const { pattern, what } = reserved[kind];
  if (pattern.test(id)) report.add(path, `${quote(id)} is kept for ${what}`, 'choose another id');
}

function checkRep(report: ErrorReport, path: DataPath, repId: string, repIds: string[]): void {
  if (repIds.includes(repId)) return;
  report.add(
    path,
    `unknown rep ${quote(repId)}`,
    `${didYouMean(repId, repIds)}reps: ${listNames(repIds)}`,
  );
}

function checkWeek(report: ErrorReport, path: DataPath, week: number, weeks: number): void {
  if (week <= weeks) return;
  report.add(
    path,
    `week ${week} is after the season ends (week ${weeks})`,
    `use a week from 1 to ${weeks}`,
  );
}

/**
 * A story deal's customer is its own: not one the market draws new deals
 * from (so the market never opens a second deal with them). That no two
 * written deals share a customer is checked for every deal, below.
 */
function checkStoryCustomer(report: ErrorReport, file: ScenarioFile, index: number): void {
  const deal = file.deals[index]!;
  const at: DataPath = ['deals', index, 'customer'];
  if (file.market.customers.includes(deal.customer)) {
    report.add(
      at,
      `"${deal.customer}" is also in market.customers, so the market could open a second deal with the story's customer`,
      'give the story deal a customer of its own, not listed in market.customers',
    );
  }
}

function checkDeals(report: ErrorReport, file: ScenarioFile, repIds: string[]): void {
  const customers = file.market.customers;
  const known = new Set(customers);
  file.deals.forEach((deal, index) => {
    if (report.full) return;
    const at: DataPath = ['deals', index];
    checkReserved(report, [...at, 'id'], deal.id, 'deal');
    checkRep(report, [...at, 'rep'], deal.rep, repIds);
    const story =
      deal.beats !== undefined ||
      deal.start !== undefined ||
      deal.middle !== undefined ||
      deal.crisis !== undefined ||
      deal.rescue !== undefined ||
      deal.review !== undefined;
    if (story) checkStoryCustomer(report, file, index);
    else if (!known.has(deal.customer)) {
      report.add(
        [...at, 'customer'],
        `unknown customer ${quote(deal.customer)}`,
        `${didYouMean(deal.customer, customers)}add it to market.customers, or use one listed there`,
      );
    }
    checkWeek(report, [...at, 'arrivesWeek'], deal.arrivesWeek, file.weeks);
    if (!story) return;
    if (deal.start === undefined) {
      report.add(
        [...at, 'start'],
        'a story deal needs a start beat',
        'add "start": the id of the first beat',
      );
      return;
    }
    if (deal.beats === undefined) {
      report.add(
        [...at, 'beats'],
        'a story deal needs beats',
        'add "beats", or remove "start" for a plain deal',
      );
      return;
    }
    if (!coachingStages.includes(deal.stage)) {
      report.add(
        [...at, 'stage'],
        `a story deal arrives in "${deal.stage}", too late for coaching to shape it`,
        `use one of: ${coachingStages.join(', ')}`,
      );
    }
    checkStory(report, at, deal, { weeks: file.weeks, events: file.events });
  });
}

function checkEvents(report: ErrorReport, file: ScenarioFile, repIds: string[]): void {
  file.events.forEach((event, index) => {
    if (report.full) return;
    const at: DataPath = ['events', index];
    checkWeek(report, [...at, 'week'], event.week, file.weeks);
    const effects = event.effects;
    if (effects.rep !== undefined) checkRep(report, [...at, 'effects', 'rep'], effects.rep, repIds);
    else if (effects.repMorale !== undefined || effects.repOwnership !== undefined) {
      report.add(
        [...at, 'effects'],
        'repMorale and repOwnership need a rep to touch',
        'add "rep": the id of the rep',
      );
    }
  });
}

function checkNamesOnce(
  report: ErrorReport,
  names: readonly string[],
  place: (index: number) => DataPath,
): void {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (seen.has(name))
      report.add(place(index), `${quote(name)} is listed twice`, 'use each name once');
    seen.add(name);
  });
}

/** A crowded card shows a customer by its first word: no two may share it. */
function checkShortNames(report: ErrorReport, customers: readonly string[]): void {
  const seen = new Map<string, string>();
  customers.forEach((customer, index) => {
    if (report.full) return;
    const short = shortCustomerName(customer);
    const first = seen.get(short);
    if (first !== undefined && first !== customer) {
      report.add(
        ['market', 'customers', index],
        `${quote(customer)} starts with the same word as ${quote(first)}, and a crowded card shows only ${quote(short)}`,
        'start each customer with a word of its own',
      );
    }
    seen.set(short, first ?? customer);
  });
}

export function checkScenario(report: ErrorReport, file: string, scenario: ScenarioFile): void {
  const expected = fileId(file);
  if (scenario.id !== expected) {
    report.add(
      ['id'],
      `the id ${quote(scenario.id)} does not match the file name ${quote(expected)}`,
      `set "id": ${quote(expected)}, or rename the file to ${cut(scenario.id)}.json`,
    );
  }
  checkUnique(report, 'team', scenario.team, 'rep');
  checkUnique(report, 'deals', scenario.deals, 'deal');
  checkUnique(report, 'events', scenario.events, 'event');
  scenario.team.forEach((rep, index) => {
    checkReserved(report, ['team', index, 'id'], rep.id, 'rep');
  });
  checkNamesOnce(
    report,
    scenario.team.map((rep) => rep.name),
    (index) => ['team', index, 'name'],
  );
  checkNamesOnce(report, scenario.market.customers, (index) => ['market', 'customers', index]);
  checkShortNames(report, scenario.market.customers);
  const written = new Set<string>();
  scenario.deals.forEach((deal, index) => {
    if (report.full) return;
    if (written.has(deal.customer))
      report.add(
        ['deals', index, 'customer'],
        `${quote(deal.customer)} already has a written deal, and two deals for one customer cannot be told apart`,
        'give each written deal a customer of its own',
      );
    written.add(deal.customer);
  });

  const [low, high] = scenario.market.valueRange;
  if (low > high) {
    report.add(
      ['market', 'valueRange'],
      `[${low}, ${high}] runs high to low`,
      'write the smallest value first, then the largest',
    );
  }
  const repIds = scenario.team.map((rep) => rep.id);
  checkDeals(report, scenario, repIds);
  checkEvents(report, scenario, repIds);
  checkTuning(report, scenario);
}
