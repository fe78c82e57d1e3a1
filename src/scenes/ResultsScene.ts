/**
 * A week's results, with causes: the deals won and lost (and what a rescue
 * gave away), each rep's meters sliding from where they were to where they
 * are, why the biggest changes happened, and the manager's hours and energy.
 */

import { weekReasons } from '../app/weekReasons';
import { weeksPerQuarter } from '../sim/selectors';
import { concessionNames } from '../sim/vocabulary';
import type { WeekReport } from '../sim/weekReport';
import type { RepWeekStocks } from '../sim/weekStocks';
import { Avatar } from '../ui/Avatar';
import { firstName, hours, money, signedPoints } from '../ui/format';
import { iconTexture } from '../ui/iconTexture';
import { button, iconSize, panel, results, space } from '../ui/layout';
import { Meter } from '../ui/Meter';
import { addPanel } from '../ui/Panel';
import { meaning, palette, repColours } from '../ui/palette';
import { fitWidth, lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export interface ResultsData {
  week: number;
  /** The first reason shown, when the week had more than the panel holds. */
  reasonsFrom?: number;
}

const stockColumns = [
  { stock: 'capability', icon: 'capability', colour: meaning.capability, name: 'Capability' },
  { stock: 'ownership', icon: 'ownership', colour: meaning.ownership, name: 'Ownership' },
  { stock: 'morale', icon: 'morale', colour: meaning.morale, name: 'Morale' },
] as const;

export class ResultsScene extends BaseScene {
  constructor() {
    super(SceneKey.results);
  }

  create(data: ResultsData): void {
    const session = this.session;
    const week = data.week;
    const report = session.report(week);
    if (!report) {
      this.go(SceneKey.board);
      return;
    }
    const why = weekReasons(report);
    const managerLine = this.managerLine(report);
    this.enter('results', week, {
      heading: `Week ${week} results`,
      lines: [
        report.headline,
        ...report.deals.map((deal) => this.dealWords(deal, session.facts.currency)),
        ...report.events,
        ...why.map((line) => line.text),
        managerLine,
      ],
    });
    this.addHeader(`Week ${week} results`);
    this.add.text(
      results.headline.x,
      results.headline.y,
      report.headline,
      textStyle('subheading', {
        bold: true,
        colour: palette.skyBlue,
        wrap: results.headline.width,
      }),
    );
    // The team's table sets the top row's height; the deals sit beside it, the reasons below both.
    const teamBottom = this.drawTeam(session.stocks(week));
    this.drawDeals(report, teamBottom);
    this.drawWhy([managerLine, ...why.map((line) => line.text)], teamBottom + space.lg, data);
    this.drawContinue(week);
    this.app.page.announce(report.headline);
    this.focusFirst();
  }

  private dealWords(deal: WeekReport['deals'][number], currency: string): string {
    const base = `${deal.customer} (${deal.repName}, ${money(deal.value, currency)})`;
    if (deal.outcome === 'lost') {
      return deal.concession ? `${base} lost, even after your rescue.` : `${base} lost.`;
    }
    if (!deal.concession) return `${base} won by ${deal.repName} on their own.`;
    if (deal.concession === 'discount') {
      return `${base} won after your rescue, with a discount of ${money(deal.discount, currency)}.`;
    }
    return `${base} won after your rescue, with ${concessionNames[deal.concession].toLowerCase()}.`;
  }

  private managerLine(report: WeekReport): string {
    const m = report.manager;
    const delta = m.energy?.delta ?? 0;
    const moved = Math.round(delta * 100) !== 0 ? `Energy ${signedPoints(delta)}` : 'Energy steady';
    const energy = ` ${moved}: ${m.energyWords}.`;
    const state = m.burnedOut
      ? ' You are burned out.'
      : m.recovered
        ? ' You have recovered from burnout.'
        : '';
    return `You: ${hours(m.hoursDemanded)} asked of you, ${hours(m.hoursWorked)} worked.${energy}${state}`;
  }

  private drawDeals(report: WeekReport, bottom: number): void {
    const currency = this.session.facts.currency;
    const inner = addPanel(
      this,
      { ...results.deals, height: bottom - results.deals.y },
      { heading: 'Deals decided' },
    );
    const row = results.dealRow;
    let y = inner.y;
    if (report.deals.length === 0) {
      const none = this.add.text(
        inner.x,
        y,
        'No deal was decided this week.',
        textStyle('body', { colour: palette.inkMuted, wrap: inner.width }),
      );
      y += none.height + row.gap;
    }
    const newsLines = [
      ...report.events,
      ...report.quits.map((name) => `${name} quit.`),
      ...report.hires.map((name) => `${name} joins the team to take over.`),
    ];
    const newsLine = lineHeight('small') + space.md;
    const newsHeading = lineHeight('body', true) + space.lg;
    const newsRoom =
      newsLines.length > 0 ? newsHeading + space.sm + newsLines.length * newsLine : 0;
    const fits = Math.max(
      1,
      Math.floor((inner.y + inner.height - newsRoom - y + row.gap) / (row.height + row.gap)),
    );
    const shown = report.deals.length > fits ? report.deals.slice(0, fits - 1) : report.deals;
    for (const deal of shown) {
      const won = deal.outcome === 'won';
      this.add
        .image(inner.x, y + row.height / 2, iconTexture(this, won ? 'won' : 'lost'))
        .setOrigin(0, 0.5)
        .setDisplaySize(row.icon, row.icon)
        .setTint(won ? meaning.good : meaning.bad);
      const textX = inner.x + row.icon + space.md;
      const width = inner.x + inner.width - textX;
      const title = this.add.text(
        textX,
        y + space.sm,
        `${won ? 'Won' : 'Lost'}: ${deal.customer}`,
        textStyle('body', { bold: true }),
      );
      fitWidth(title, width);
      const detail = deal.concession
        ? won
          ? deal.concession === 'discount'
            ? `Rescued, discount ${money(deal.discount, currency)}`
            : `Rescued, ${concessionNames[deal.concession].toLowerCase()}`
          : 'Lost even after your rescue'
        : won
          ? `${firstName(deal.repName)}’s own win`
          : `${firstName(deal.repName)}’s deal`;
      const second = this.add.text(
        textX,
        title.y + title.height + space.xs,
        `${money(deal.value, currency)} · ${detail}`,
        textStyle('small', { colour: palette.inkMuted }),
      );
      fitWidth(second, width);
      y += row.height + row.gap;
    }
    if (shown.length < report.deals.length) {
      this.add.text(
        inner.x,
        y,
        `+${report.deals.length - shown.length} more deals decided`,
        textStyle('small', { bold: true, colour: palette.inkMuted }),
      );
      y += newsLine;
    }
    if (newsLines.length > 0) {
      const newsTop = inner.y + inner.height - newsRoom + space.sm;
      this.add.text(inner.x, newsTop, 'News', textStyle('body', { bold: true }));
      newsLines.forEach((line, index) => {
        const text = this.add.text(
          inner.x,
          newsTop + newsHeading + index * newsLine,
          line,
          textStyle('small', { colour: palette.yellow }),
        );
        fitWidth(text, inner.width);
      });
    }
  }

  /** The team's table: a row a rep, meters sliding to where they are now. Returns its foot. */
  private drawTeam(stocks: RepWeekStocks[]): number {
    const area = results.team;
    const row = results.repRow;
    const rows = stocks.length;
    const teamHeight = panel.headingHeight + row.columnsHeight + rows * row.height + panel.padding;
    const inner = addPanel(this, { ...area, height: teamHeight }, { heading: 'Team this week' });
    const meterX = inner.x + row.avatar + space.lg + row.nameWidth;
    stockColumns.forEach((column, index) => {
      const x = meterX + index * row.meterWidth;
      this.add
        .image(x, inner.y + row.columnsHeight / 2, iconTexture(this, column.icon))
        .setOrigin(0, 0.5)
        .setDisplaySize(iconSize.small, iconSize.small)
        .setTint(column.colour);
      this.add
        .text(
          x + iconSize.small + space.sm,
          inner.y + row.columnsHeight / 2,
          column.name,
          textStyle('small', { colour: palette.inkMuted }),
        )
        .setOrigin(0, 0.5);
    });
    const duration = this.app.still ? 0 : results.meterMs;
    // The bar takes what the icon, the number and the change leave of the column.
    const probe = (text: string, bold: boolean) => {
      const made = this.add.text(0, 0, text, textStyle('body', { bold }));
      const width = made.width;
      made.destroy();
      return width;
    };
    const barWidth = Math.max(
      space.xxl,
      Math.min(
        row.meterBar,
        row.meterWidth -
          (iconSize.medium +
            space.sm +
            space.md +
            probe('100', true) +
            space.md +
            probe('(−12)', false) +
            space.md),
      ),
    );
    stocks.forEach((rep, index) => {
      const y = inner.y + row.columnsHeight + index * row.height + row.height / 2;
      const colourIndex = this.session.repSlot(rep.repId);
      new Avatar(this, inner.x + row.avatar / 2, y, row.avatar, {
        name: rep.name,
        colour: repColours[colourIndex % repColours.length] ?? palette.skyBlue,
        mood: rep.after.morale,
      });
      const name = this.add
        .text(inner.x + row.avatar + space.lg, y, rep.name, textStyle('body', { bold: true }))
        .setOrigin(0, 0.5);
      fitWidth(name, row.nameWidth - space.lg);
      stockColumns.forEach((column, columnIndex) => {
        const meter = new Meter(this, meterX + columnIndex * row.meterWidth, y, {
          icon: column.icon,
          colour: column.colour,
          barWidth,
          value: rep.before[column.stock],
          large: true,
        });
        const delta = rep.after[column.stock] - rep.before[column.stock];
        meter.setDelta(Math.abs(delta) < 1e-9 ? undefined : delta);
        meter.setValue(rep.after[column.stock], duration);
      });
    });
    return area.y + teamHeight;
  }

  /**
   * Why it changed: the manager's week first, then every change's cause,
   * grouped, biggest first; a week with more than fit pages on.
   */
  private drawWhy(lines: readonly string[], top: number, data: ResultsData): void {
    const region = { ...results.why, y: top, height: results.why.bottom - top };
    const whyInner = addPanel(this, region, { heading: 'Why it changed' });
    const from = Math.min(Math.max(0, data.reasonsFrom ?? 0), lines.length - 1);
    const pagerHeight = button.smallHeight - space.lg;
    const bottom = whyInner.y + whyInner.height;
    let y = whyInner.y;
    let shown = from;
    for (const line of lines.slice(from)) {
      const first = shown === 0;
      const text = this.add.text(
        whyInner.x,
        y,
        first ? line : `• ${line}`,
        textStyle('small', { wrap: whyInner.width, bold: first }),
      );
      const room = shown + 1 < lines.length ? bottom - pagerHeight - space.sm : bottom;
      if (y + text.height > room && shown > from) {
        text.destroy();
        break;
      }
      y += text.height + results.why.lineGap;
      shown += 1;
    }
    if (lines.length === 1) {
      this.add.text(
        whyInner.x,
        y,
        'Nobody’s meters moved this week.',
        textStyle('small', { colour: palette.inkMuted }),
      );
    }
    if (from > 0 || shown < lines.length) {
      const next = shown < lines.length ? shown : 0;
      const label =
        next === 0
          ? 'Back to the first reasons'
          : `More reasons: ${shown + 1}–${lines.length} of ${lines.length}`;
      const width = Math.min(whyInner.width, 520);
      this.button({
        region: {
          x: whyInner.x + whyInner.width - width,
          y: bottom - pagerHeight + space.xs,
          width,
          height: pagerHeight,
        },
        label,
        action: 'choose',
        variant: 'quiet',
        data: { reasons: String(next) },
        onActivate: () =>
          this.scene.restart({ week: data.week, reasonsFrom: next } satisfies ResultsData),
      });
    }
  }

  private drawContinue(week: number): void {
    const session = this.session;
    const quarterEnds = session.closedQuarter(week);
    const next = quarterEnds
      ? 'To the quarter review'
      : session.ended
        ? 'To the end of the season'
        : `On to week ${week + 1}`;
    this.button({
      region: results.continue,
      label: 'Continue',
      detail: next,
      action: 'advance',
      variant: 'primary',
      primary: true,
      autofocus: true,
      onActivate: () => {
        if (quarterEnds) this.go(SceneKey.quarter, { quarter: week / weeksPerQuarter, week });
        else if (session.ended) this.go(SceneKey.end);
        else this.go(SceneKey.board);
      },
    });
  }
}
