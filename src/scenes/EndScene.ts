/** The end of the season: a short summary of the figures, and the way on to the debrief. */
import { describeSeason } from '../app/describeSeason';
import { money, percent } from '../ui/format';
import { addLabelledLines } from '../ui/labelledLines';
import { end, space } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { palette } from '../ui/palette';
import { addTeamStocksChart } from '../ui/TeamStocksChart';
import { textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export class EndScene extends BaseScene {
  constructor() {
    super(SceneKey.end);
  }

  create(): void {
    const session = this.session;
    const summary = session.summary();
    const currency = session.facts.currency;
    const lines = describeSeason(summary, currency);
    const share = summary.quota > 0 ? summary.bookings / summary.quota : 0;
    const headline = `${summary.weeksPlayed} weeks played. You booked ${money(summary.bookings, currency)}, ${percent(share)} of quota, and kept ${percent(summary.margin)} of the price.`;
    this.enter('end', session.facts.weeks, {
      heading: 'The season is over',
      lines: [headline, ...lines.map((line) => `${line.label}: ${line.text}.`)],
    });
    this.addHeader('The season is over', session.scenario.title);
    this.add.text(
      end.headline.x,
      end.headline.y,
      headline,
      textStyle('subheading', { bold: true, colour: palette.skyBlue, wrap: end.headline.width }),
    );
    const inner = addPanel(this, end.summary, { heading: 'How it went' });
    addLabelledLines(
      this,
      { ...inner, y: inner.y + space.sm, height: inner.height - space.sm },
      lines,
      {
        labelWidth: end.labelWidth,
        role: 'body',
        rowGap: end.rowGap,
      },
    );
    if (summary.stocks.length > 1) {
      const chart = addPanel(this, end.chart, { heading: 'Your team over the season' });
      addTeamStocksChart(this, chart, summary.stocks);
    }
    this.button({
      region: end.continue,
      label: 'Go to the debrief',
      detail: 'Talk the season through',
      action: 'debrief',
      variant: 'primary',
      primary: true,
      autofocus: true,
      onActivate: () => this.go(SceneKey.debrief),
    });
    this.button({
      region: end.secondary,
      label: 'Back to the title',
      action: 'choose',
      onActivate: () => {
        this.app.closeSession();
        this.go(SceneKey.title);
      },
    });
    this.button({
      region: end.download,
      label: 'Download session',
      detail: 'To open again, or compare',
      action: 'download',
      once: false,
      onActivate: () => this.app.downloadSession(),
    });
    this.app.page.announce(`The season is over. ${headline}`);
    this.focusFirst();
  }
}
