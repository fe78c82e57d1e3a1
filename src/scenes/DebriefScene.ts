/**
 * The debrief: the season's behaviour over time beside the roads not taken
 * (the same seed played by always coaching early and by always rescuing
 * late), the decisions as marks on the time axis, and the final figures with
 * the scenario's questions for the room. Every figure comes from selectors;
 * every chart is also a table in the DOM layer.
 */

import {
  costTables,
  ledgerHead,
  ledgerLines,
  ledgerRow,
  scorePartNames,
  scoreRule,
} from '../app/costWords';
import { type ChartFigures, chartFigures, chartTables, sideBySide } from '../app/debriefCharts';
import { logHead, logRow, logTable } from '../app/decisionLogWords';
import { describeSeason } from '../app/describeSeason';
import { loopSentence, loopsTable, loopTitles } from '../app/loopWords';
import { type PlayedForward, styleWords } from '../app/playedForward';
import type { Road } from '../app/roadsNotTaken';
import {
  type DecisionLogEntry,
  type LoggedKind,
  loggedKindShort,
  loggedKinds,
} from '../sim/decisionLog';
import { type LongRunScore, scoreParts, scoreWeights } from '../sim/longRunScore';
import type { LoopReading } from '../sim/loopStrengths';
import type { SeasonLedger } from '../sim/seasonLedger';
import { decisionMarks, markLetters, type SeriesWeek } from '../sim/seasonSeries';
import { money, percent, plural, points } from '../ui/format';
import { type ChartSeries, LineChart, type MarkerShape } from '../ui/LineChart';
import { debrief, type Region, space } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { palette } from '../ui/palette';
import { fitWidth, lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

const firstName = (name: string) => name.split(' ')[0] ?? name;

export interface DebriefData {
  tab?: DebriefTab;
  /** The decision log's filters and page. */
  rep?: string;
  kind?: LoggedKind;
  page?: number;
}

/** The debrief's pages, each a tab. */
export const debriefTabs = ['team', 'manager', 'cost', 'log', 'forward', 'summary'] as const;
export type DebriefTab = (typeof debriefTabs)[number];

const tabNames: Record<DebriefTab, string> = {
  team: 'Team',
  manager: 'You',
  cost: 'The cost',
  log: 'Choices',
  forward: 'Long run',
  summary: 'Discuss',
};

/** Which charts each page draws, in its four slots (the team page keeps one for the marks). */
const tabCharts: Record<'team' | 'manager', ChartFigures['chart'][]> = {
  team: ['capability', 'ownership', 'morale'],
  manager: ['energy', 'hoursDemanded', 'bookings', 'helpRequests'],
};

/** What the played-on page charts. */
const forwardChartNames: readonly ChartFigures['chart'][] = ['bookings', 'capability', 'ownership'];

/** The player's line and the two roads: a colour and a marker shape each, never colour alone. */
const lineLooks: { colour: number; marker: MarkerShape }[] = [
  { colour: palette.yellow, marker: 'circle' },
  { colour: palette.bluishGreen, marker: 'square' },
  { colour: palette.orange, marker: 'triangle' },
];

export class DebriefScene extends BaseScene {
  constructor() {
    super(SceneKey.debrief);
  }

  create(data: DebriefData = {}): void {
    const tab = data.tab ?? 'team';
    const session = this.session;
    const currency = session.facts.currency;
    const lines = describeSeason(session.summary(), currency);
    const questions = session.scenario.debriefQuestions;
    const series = session.series();
    const roads = session.roads();
    const charts = chartFigures(series, roads, currency);
    const forward = session.forward();
    const forwardCharts = chartFigures(forward.yours.series, forward.roads, currency).filter(
      (chart) => forwardChartNames.includes(chart.chart),
    );
    const loops = session.loops();
    const ledger = session.ledger();
    const score = session.score();
    const log = session.decisionLog();
    const shownLog = log.filter(
      (entry) =>
        (data.rep === undefined || entry.repId === data.rep) &&
        (data.kind === undefined || entry.kind === data.kind),
    );
    this.enter('debrief', session.facts.weeks, {
      heading: `Debrief: ${tabNames[tab]}`,
      lines: [
        ...lines.map((line) => `${line.label}: ${line.text}.`),
        ...questions.map((question, index) => `Question ${index + 1}: ${question}`),
      ],
      tables: [
        ...chartTables(charts, series),
        ...costTables(ledger, score, roads, currency),
        logTable(shownLog, currency),
        loopsTable(loops, currency),
        sideBySide(
          forwardCharts,
          forward.yours.series,
          `Your style played on to week ${forward.horizon}, beside always coaching early and always rescuing late. ${styleWords(forward.style)}`,
          'forward',
          'your style',
        ),
      ],
    });
    this.addHeader('Debrief', session.scenario.title);
    this.drawTabs(tab);
    if (tab === 'summary') this.drawSummary(loops, currency, questions);
    else if (tab === 'log') this.drawLog(log, shownLog, data, currency);
    else if (tab === 'forward') this.drawForward(forward, forwardCharts);
    else if (tab === 'cost') this.drawCost(ledger, score, roads, currency);
    else {
      const shown = tabCharts[tab].map((chart) => charts.find((c) => c.chart === chart)!);
      shown.forEach((chart, index) => {
        this.drawChart(debrief.chart(index % 2, Math.floor(index / 2)), chart, series);
      });
      if (tab === 'team') this.drawMarks(debrief.chart(1, 1), series);
    }
    this.button({
      region: debrief.continue,
      label: 'New game',
      detail: 'Back to the title',
      action: 'new-game',
      variant: 'primary',
      primary: true,
      onActivate: () => {
        this.app.closeSession();
        this.go(SceneKey.title);
      },
    });
    this.app.page.announce(`Debrief: ${tabNames[tab]}.`);
    this.focusFirst();
  }

  private drawTabs(current: DebriefTab): void {
    const { x, y, width, height, gap } = debrief.tabs;
    debriefTabs.forEach((tab, index) => {
      this.button({
        region: { x: x + index * (width + gap), y, width, height },
        label: tabNames[tab],
        action: 'choose',
        variant: tab === current ? 'primary' : 'secondary',
        shortcut: index + 1,
        ...(tab === current ? { autofocus: true } : {}),
        once: false,
        ...(tab === current ? { description: 'Shown now' } : {}),
        data: { debriefTab: tab, ...(tab === current ? { current: 'true' } : {}) },
        onActivate: () => {
          if (tab !== current) this.scene.restart({ tab });
        },
      });
    });
  }

  private drawChart(region: Region, chart: ChartFigures, series: readonly SeriesWeek[]): void {
    const inner = addPanel(this, region, { heading: chart.title });
    const lines: ChartSeries[] = [
      { name: 'You', ...lineLooks[0]!, values: chart.you },
      ...chart.roads.map((road, index) => ({
        name: road.name,
        ...lineLooks[index + 1]!,
        values: road.values,
        faint: true,
      })),
      ...(chart.reference
        ? [
            {
              name: chart.reference.name,
              colour: palette.inkMuted,
              marker: 'diamond' as const,
              values: chart.reference.values,
              faint: true,
            },
          ]
        : []),
    ];
    new LineChart(
      this,
      inner,
      lines,
      series.map((week) => `W${week.week}`),
      { max: chart.max, label: chart.format },
    );
  }

  /** The decisions as marks on the time axis: a row per kind, a cell per week with the count. */
  private drawMarks(region: Region, series: readonly SeriesWeek[]): void {
    const inner = addPanel(this, region, { heading: 'Your decisions, week by week' });
    const rowHeight = Math.min(56, (inner.height - lineHeight('small')) / decisionMarks.length);
    const cell = (inner.width - debrief.marksLabel) / Math.max(1, series.length);
    const names = { coach: 'coach', rescue: 'rescue', review: 'review', handBack: 'hand back' };
    decisionMarks.forEach((mark, row) => {
      const y = inner.y + row * rowHeight;
      this.add.text(
        inner.x,
        y,
        `${markLetters[mark]}  ${names[mark]}`,
        textStyle('small', { bold: true }),
      );
      series.forEach((week, index) => {
        const count = week.marks[mark];
        if (count === 0) return;
        this.add
          .text(
            inner.x + debrief.marksLabel + (index + 0.5) * cell,
            y,
            String(count),
            textStyle('small', { bold: true, colour: palette.yellow }),
          )
          .setOrigin(0.5, 0);
      });
    });
    const axisY = inner.y + decisionMarks.length * rowHeight;
    series.forEach((week, index) => {
      if (index % Math.max(1, Math.ceil(series.length / 7)) !== 0) return;
      this.add
        .text(
          inner.x + debrief.marksLabel + (index + 0.5) * cell,
          axisY,
          `W${week.week}`,
          textStyle('small', { colour: palette.inkMuted }),
        )
        .setOrigin(0.5, 0);
    });
  }

  /** Your style played on: three charts to the horizon, and how the style was read. */
  private drawForward(forward: PlayedForward, charts: readonly ChartFigures[]): void {
    const weeks = forward.yours.series;
    charts.forEach((chart, index) => {
      this.drawChart(debrief.chart(index % 2, Math.floor(index / 2)), chart, weeks);
    });
    const inner = addPanel(this, debrief.chart(1, 1), {
      heading: `Your style, played on to week ${forward.horizon}`,
    });
    const scores = [
      `Long-run score at week ${forward.horizon}: your style ${forward.yours.score.score}`,
      ...forward.roads.map((road) => `${road.name.toLowerCase()} ${road.score.score}`),
    ].join(', ');
    const text = this.add.text(
      inner.x,
      inner.y,
      `${scores}.`,
      textStyle('small', { bold: true, wrap: inner.width }),
    );
    this.add
      .text(
        inner.x,
        text.y + text.height + space.md,
        `After week ${this.session.lastWeekPlayed}, your style plays on. ${styleWords(forward.style)}`,
        textStyle('small', { colour: palette.inkMuted, wrap: inner.width }),
      )
      .setMaxLines(
        Math.floor(
          (inner.y + inner.height - text.y - text.height - space.md) / lineHeight('small'),
        ),
      );
  }

  /**
   * One row of a table drawn on the canvas: each cell at its column, one line
   * cut to fit, or (with `lines`) wrapped to at most that many.
   */
  private tableRow(
    x: number,
    y: number,
    widths: readonly number[],
    cells: readonly string[],
    look: { head?: boolean; boldColumn?: number; lines?: number } = {},
  ): void {
    let left = x;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      const style = look.head
        ? textStyle('small', { bold: true, colour: palette.inkMuted })
        : textStyle('small', {
            bold: index === look.boldColumn,
            ...(look.lines ? { wrap: width - space.lg } : {}),
          });
      const text = this.add.text(left, y, cell, style);
      if (look.lines) text.setMaxLines(look.lines);
      else fitWidth(text, width - space.sm);
      left += width;
    });
  }

  /** Won, but at what cost: the ledger of wins; and the long-run score beside the roads not taken. */
  private drawCost(
    ledger: SeasonLedger,
    score: LongRunScore,
    roads: readonly Road[],
    currency: string,
  ): void {
    const left = addPanel(this, debrief.cost.left, { heading: 'Won, but at what cost' });
    let y = left.y;
    for (const line of ledgerLines(ledger, currency)) {
      const text = this.add.text(left.x, y, line, textStyle('small', { wrap: left.width }));
      y += text.height + space.md;
    }
    y += space.sm;
    const rescued = ledger.wins.filter((win) => win.concession !== undefined);
    const shown = rescued.length > 0 ? rescued : ledger.wins;
    this.tableRow(left.x, y, debrief.ledgerColumns, ledgerHead, { head: true });
    y += lineHeight('small') + space.sm;
    const rest =
      rescued.length > 0
        ? `These are the rescued wins. The other ${plural(ledger.wins.length - rescued.length, 'win')} your reps made alone, giving nothing away.`
        : 'Every win your reps made alone, giving nothing away.';
    const note = this.add
      .text(
        left.x,
        left.y + left.height,
        rest,
        textStyle('small', { colour: palette.inkMuted, wrap: left.width }),
      )
      .setOrigin(0, 1);
    const room = Math.max(
      0,
      Math.floor((note.y - note.height - space.md - y) / lineHeight('small')),
    );
    const more = shown.length - Math.min(shown.length, room);
    for (const win of shown.slice(0, more > 0 ? room - 1 : room)) {
      this.tableRow(left.x, y, debrief.ledgerColumns, ledgerRow(win, currency));
      y += lineHeight('small');
    }
    if (more > 0) {
      this.add.text(
        left.x,
        y,
        `…and ${more + 1} more, all in the table for screen readers.`,
        textStyle('small', { colour: palette.inkMuted }),
      );
    }

    const right = addPanel(this, debrief.cost.right, { heading: 'The long-run score' });
    const big = this.add.text(
      right.x,
      right.y,
      String(score.score),
      textStyle('title', { bold: true, colour: palette.yellow }),
    );
    this.add
      .text(
        right.x + big.width + space.lg,
        right.y + big.height / 2,
        `of 100. ${roads.map((road) => `${road.name}: ${road.score.score}`).join('. ')}.`,
        textStyle('body', { wrap: right.width - big.width - space.lg }),
      )
      .setOrigin(0, 0.5);
    y = right.y + big.height + space.md;
    const heads = ['', 'You', ...roads.map((road) => road.short)];
    this.tableRow(right.x, y, debrief.scoreColumns, heads, { head: true });
    y += lineHeight('small') + space.xs;
    const rows: string[][] = [
      ...scoreParts.map((part) => [
        `${scorePartNames[part]} ${percent(scoreWeights[part])}`,
        points(score.parts[part]),
        ...roads.map((road) => points(road.score.parts[part])),
      ]),
      [
        'Booked',
        money(ledger.bookings, currency),
        ...roads.map((road) => money(road.bookings, currency)),
      ],
    ];
    for (const row of rows) {
      this.tableRow(right.x, y, debrief.scoreColumns, row, { boldColumn: 1 });
      y += lineHeight('small') + space.xs;
    }
    this.add.text(
      right.x,
      y + space.md,
      `How: ${scoreRule}`,
      textStyle('small', { colour: palette.inkMuted, wrap: right.width }),
    );
  }

  /** The decision log: filters by rep and by kind, then the entries a page at a time. */
  private drawLog(
    all: readonly DecisionLogEntry[],
    shown: readonly DecisionLogEntry[],
    data: DebriefData,
    currency: string,
  ): void {
    const { log } = debrief;
    const reps = [...new Map(all.map((entry) => [entry.repId, entry.repName])).entries()];
    const kinds = loggedKinds.filter((kind) => all.some((entry) => entry.kind === kind));
    let y = log.y;
    const filterRow = (
      label: string,
      options: { name: string; value: string | undefined }[],
      current: string | undefined,
      next: (value: string | undefined) => DebriefData,
    ) => {
      this.add
        .text(log.x, y + log.filter.height / 2, label, textStyle('small', { bold: true }))
        .setOrigin(0, 0.5);
      const width = Math.min(
        log.filter.width,
        (log.width - log.filter.label) / options.length - log.filter.gap,
      );
      options.forEach((option, index) => {
        const on = option.value === current;
        this.button({
          region: {
            x: log.x + log.filter.label + index * (width + log.filter.gap),
            y,
            width,
            height: log.filter.height,
          },
          label: option.name,
          action: 'choose',
          variant: on ? 'primary' : 'secondary',
          once: false,
          ...(on ? { description: 'Shown now' } : {}),
          data: { logFilter: label.toLowerCase(), ...(on ? { current: 'true' } : {}) },
          onActivate: () => {
            if (!on) this.scene.restart(next(option.value));
          },
        });
      });
      y += log.filter.height + log.filter.gap;
    };
    const withFilter = (change: Partial<DebriefData>): DebriefData => {
      const next: DebriefData = { tab: 'log', ...data, ...change, page: 0 };
      for (const key of ['rep', 'kind'] as const) if (next[key] === undefined) delete next[key];
      return next;
    };
    filterRow(
      'Rep',
      [
        { name: 'All', value: undefined },
        ...reps.map(([id, name]) => ({ name: firstName(name), value: id })),
      ],
      data.rep,
      (rep) => withFilter({ rep }),
    );
    filterRow(
      'Kind',
      [
        { name: 'All', value: undefined },
        ...kinds.map((kind) => ({ name: loggedKindShort[kind], value: kind })),
      ],
      data.kind,
      (kind) => withFilter({ kind: kind as LoggedKind | undefined }),
    );
    y += space.sm;
    this.tableRow(log.x, y, log.columns, logHead, { head: true });
    y += lineHeight('small') + space.sm;
    const page = data.page ?? 0;
    const pages = Math.max(1, Math.ceil(shown.length / log.perPage));
    if (shown.length === 0) {
      this.add.text(
        log.x,
        y,
        'No decisions of this kind.',
        textStyle('body', { colour: palette.inkMuted }),
      );
    }
    for (const entry of shown.slice(page * log.perPage, (page + 1) * log.perPage)) {
      this.tableRow(log.x, y, log.columns, logRow(entry, currency), { lines: 2 });
      y += log.rowHeight;
    }
    if (pages > 1) {
      const next = (page + 1) % pages;
      this.button({
        region: { x: log.x, y: debrief.continue.y, width: 560, height: debrief.continue.height },
        label:
          next === 0
            ? `Back to 1–${log.perPage} of ${shown.length}`
            : `More: ${next * log.perPage + 1}–${Math.min(shown.length, (next + 1) * log.perPage)} of ${shown.length}`,
        action: 'choose',
        once: false,
        data: { pager: String(next) },
        onActivate: () => this.scene.restart({ ...data, tab: 'log', page: next }),
      });
    }
  }

  /** The loops, each as strong as it drove this season, and the scenario's questions for the room. */
  private drawSummary(
    loops: readonly LoopReading[],
    currency: string,
    questions: readonly string[],
  ): void {
    const panel = addPanel(this, debrief.discuss.left, {
      heading: 'The loops that drove your season',
    });
    let y = panel.y;
    for (const reading of loops) {
      const title = this.add.text(
        panel.x,
        y,
        `${loopTitles[reading.loop]} · ${reading.kind}`,
        textStyle('small', { bold: true }),
      );
      // A bar as long as the loop was strong, with its number: never the colour alone.
      const barX = panel.x + debrief.loopBar.x;
      const barWidth = Math.max(6, reading.strength * debrief.loopBar.width);
      this.add
        .rectangle(barX, y + title.height / 2, barWidth, debrief.loopBar.height, palette.yellow)
        .setOrigin(0, 0.5);
      this.add
        .text(
          barX + barWidth + space.md,
          y + title.height / 2,
          points(reading.strength),
          textStyle('small', { bold: true }),
        )
        .setOrigin(0, 0.5);
      const said = this.add.text(
        panel.x,
        y + title.height,
        loopSentence(reading, currency),
        textStyle('small', { colour: palette.inkMuted, wrap: panel.width }),
      );
      y = said.y + said.height + space.sm;
    }
    const room = addPanel(this, debrief.discuss.right, { heading: 'Questions for the room' });
    // The questions in body text, or smaller when that does not hold them all.
    for (const role of ['body', 'small'] as const) {
      let qy = room.y + space.sm;
      const texts = questions.map((question, index) => {
        const text = this.add.text(
          room.x,
          qy,
          `${index + 1}.  ${question}`,
          textStyle(role, { wrap: room.width }),
        );
        qy += text.height + space.lg;
        return text;
      });
      if (qy - space.lg <= room.y + room.height || role === 'small') break;
      for (const text of texts) text.destroy();
    }
  }
}
