/**
 * The quarter looked back on: bookings against quota, what was given away,
 * the deals, the manager's hours, and the team's stocks week by week.
 */
import { money, percent, plural } from '../ui/format';
import { quarter as layout, space } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { meaning, palette } from '../ui/palette';
import { addTeamStocksChart } from '../ui/TeamStocksChart';
import { fitWidth, lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export interface QuarterData {
  quarter: number;
  week: number;
}

export class QuarterScene extends BaseScene {
  constructor() {
    super(SceneKey.quarter);
  }

  create(data: QuarterData): void {
    const session = this.session;
    const review = session.quarterReview(data.quarter);
    if (!review) {
      session.continueFromQuarter();
      this.go(session.ended ? SceneKey.end : SceneKey.board);
      return;
    }
    const currency = session.facts.currency;
    const share = review.quota > 0 ? review.bookings / review.quota : 0;
    const figures: { label: string; value: string; note: string; colour: number }[] = [
      {
        label: 'Bookings',
        value: money(review.bookings, currency),
        note: `${percent(share)} of the ${money(review.quota, currency)} quota`,
        colour: meaning.bookings,
      },
      {
        label: 'Margin',
        value: percent(review.margin),
        note: `${money(review.discountGiven, currency)} given away in discounts`,
        colour: meaning.discount,
      },
      {
        label: 'Deals',
        value: `${review.dealsWon} won`,
        note: `${review.dealsLost} lost`,
        colour: palette.ink,
      },
      {
        label: 'Your hours a week',
        value: `${Math.round(review.meanHoursDemanded)} h`,
        note: `asked of you on average; normal is ${review.normalHours} h; ${plural(review.overloadWeeks, 'week')} over`,
        colour: meaning.committed,
      },
      {
        label: 'Requests for help',
        value: String(review.helpRequests),
        note: 'from reps asking you to step in',
        colour: meaning.help,
      },
      {
        label: 'Burned out',
        value: plural(review.burnedOutWeeks, 'week'),
        note: `${plural(review.repsQuit, 'rep')} quit`,
        colour: meaning.energy,
      },
    ];
    const headline = `Quarter ${review.quarter}: ${money(review.bookings, currency)} booked, ${percent(share)} of quota.`;
    this.enter('quarter', data.week, {
      heading: `Quarter ${review.quarter} review`,
      lines: [
        headline,
        ...figures.map((f) => `${f.label}: ${f.value}, ${f.note}.`),
        ...this.stockWords(review.stocks),
      ],
    });
    this.addHeader(
      `Quarter ${review.quarter} review`,
      `Weeks ${review.firstWeek}–${review.lastWeek}`,
    );
    const inner = addPanel(this, layout.figures, { heading: 'The quarter in figures' });
    // Two columns of figures: a label, the figure, and a note under it; each row as tall as
    // its taller cell, so a note that wraps never runs into the figure below it.
    const columns = 2;
    const cellWidth = (inner.width - space.xl) / columns;
    let rowTop = inner.y + space.sm;
    for (let row = 0; row * columns < figures.length; row += 1) {
      let rowBottom = rowTop;
      for (const [column, figure] of figures.slice(row * columns, (row + 1) * columns).entries()) {
        const x = inner.x + column * (cellWidth + space.xl);
        this.add.text(x, rowTop, figure.label, textStyle('small', { colour: palette.inkMuted }));
        const value = this.add.text(
          x,
          rowTop + lineHeight('small') + space.xs,
          figure.value,
          textStyle('figure', { bold: true, colour: figure.colour }),
        );
        fitWidth(value, cellWidth);
        const note = this.add.text(
          x,
          value.y + value.height + space.xs,
          figure.note,
          textStyle('small', { wrap: cellWidth }),
        );
        rowBottom = Math.max(rowBottom, note.y + note.height);
      }
      rowTop = rowBottom + space.lg;
    }
    const chart = addPanel(this, layout.chart, { heading: 'Your team, week by week' });
    addTeamStocksChart(this, chart, review.stocks);
    this.button({
      region: layout.continue,
      label: 'Continue',
      detail: session.ended ? 'To the end of the season' : `On to week ${data.week + 1}`,
      action: 'advance',
      variant: 'primary',
      primary: true,
      autofocus: true,
      onActivate: () => {
        session.continueFromQuarter();
        this.go(session.ended ? SceneKey.end : SceneKey.board);
      },
    });
    this.app.page.announce(headline);
    this.focusFirst();
  }

  private stockWords(
    stocks: {
      week: number;
      capability: number;
      ownership: number;
      morale: number;
      energy: number;
    }[],
  ): string[] {
    const first = stocks[0];
    const last = stocks.at(-1);
    if (!first || !last) return [];
    const pct = (v: number) => Math.round(v * 100);
    return [
      `Team capability ${pct(first.capability)} to ${pct(last.capability)}, ownership ${pct(first.ownership)} to ${pct(last.ownership)}, morale ${pct(first.morale)} to ${pct(last.morale)}; your energy ${pct(first.energy)} to ${pct(last.energy)} (${first.week === 0 ? 'as week 1 opened' : `end of week ${first.week}`} to end of week ${last.week}).`,
    ];
  }
}
