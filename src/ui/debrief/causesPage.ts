/**
 * What led to this: the season's outcomes as a list to pick from (a page
 * of them at a time), and for the one picked the chain of earlier decisions
 * and changes that fed it, a sentence each, beside its chart with the
 * chain's weeks marked on the time axis.
 */
import {
  chainCharts,
  linkSentence,
  noOutcomes,
  outcomeLabel,
  outcomeTitle,
} from '../../app/causeWords';
import type { ChartFigures } from '../../app/debriefCharts';
import type { CauseChain } from '../../sim/outcomeCauses';
import type { SeriesWeek } from '../../sim/seasonSeries';
import { debrief, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { lineHeight, textStyle } from '../typography';
import { lineChartOf } from './chartsPage';
import type { DebriefData, DebriefHost } from './debriefHost';

export function drawCauses(
  host: DebriefHost,
  chains: readonly CauseChain[],
  charts: readonly ChartFigures[],
  series: readonly SeriesWeek[],
  data: DebriefData,
): void {
  const { scene, currency } = host;
  const { item } = debrief.causes;
  const left = addPanel(scene, debrief.causes.left, { heading: 'Pick an outcome' });
  const picked = chains.find((chain) => chain.outcome.id === data.outcome) ?? chains[0];
  const perPage = Math.max(1, Math.floor((left.height - item.height) / (item.height + item.gap)));
  const pages = Math.max(1, Math.ceil(chains.length / perPage));
  const page = Math.min(data.outcomePage ?? 0, pages - 1);
  chains.slice(page * perPage, (page + 1) * perPage).forEach((chain, index) => {
    const on = chain === picked;
    const key = `outcome:${chain.outcome.id}`;
    host.button({
      region: {
        x: left.x,
        y: left.y + index * (item.height + item.gap),
        width: left.width,
        height: item.height,
      },
      label: outcomeLabel(chain),
      action: 'choose',
      variant: on ? 'primary' : 'secondary',
      align: 'left',
      once: false,
      ...(on ? { description: 'Shown now' } : {}),
      ...(data.keep === key ? { autofocus: true } : {}),
      data: { outcome: chain.outcome.id, ...(on ? { current: 'true' } : {}) },
      onActivate: () =>
        host.show({ tab: 'causes', outcome: chain.outcome.id, outcomePage: page, keep: key }),
    });
  });
  if (pages > 1) {
    const next = (page + 1) % pages;
    host.button({
      region: {
        x: left.x,
        y: left.y + left.height - item.height,
        width: left.width,
        height: item.height,
      },
      label: next === 0 ? 'Back to the first outcomes' : `More outcomes (${page + 1} of ${pages})`,
      action: 'choose',
      once: false,
      ...(data.keep === 'outcomes:more' ? { autofocus: true } : {}),
      data: { pager: String(next) },
      onActivate: () =>
        host.show({
          tab: 'causes',
          ...(picked ? { outcome: picked.outcome.id } : {}),
          outcomePage: next,
          keep: 'outcomes:more',
        }),
    });
  }
  if (chains.length === 0) {
    scene.add.text(left.x, left.y, noOutcomes, textStyle('body', { wrap: left.width }));
  }
  if (!picked) return;

  const right = addPanel(scene, debrief.causes.right, { heading: outcomeTitle(picked, currency) });
  const chart = charts.find((c) => c.chart === chainCharts[picked.outcome.kind])!;
  const title = scene.add.text(
    right.x,
    right.y,
    `${chart.title}, the weeks that fed it marked`,
    textStyle('small', { colour: palette.inkMuted }),
  );
  const region = {
    x: right.x,
    y: title.y + title.height,
    width: right.width,
    height: debrief.causes.chartHeight,
  };
  const drawn = lineChartOf(scene, region, chart, series);
  // Each week the chain names: a bar across the plot, the outcome's own thicker, never colour alone.
  const marks = scene.add.graphics();
  for (const week of picked.weeks) {
    const index = series.findIndex((w) => w.week === week);
    if (index < 0) continue;
    const x = drawn.xAt(index);
    const last = week === picked.outcome.week;
    const colour = last ? palette.vermillion : palette.ink;
    marks.lineStyle(last ? 6 : 3, colour, last ? 1 : 0.7);
    marks.lineBetween(x, drawn.plot.y, x, drawn.plot.y + drawn.plot.height);
    marks.fillStyle(colour, 1);
    marks.fillTriangle(x - 10, drawn.plot.y - 14, x + 10, drawn.plot.y - 14, x, drawn.plot.y);
  }
  let y = region.y + region.height + space.md;
  const bottom = right.y + right.height;
  const sentences = picked.links.map((link) => linkSentence(link, picked.names));
  if (sentences.length === 0)
    sentences.push('Nothing earlier in the log fed it: it came with the market.');
  for (const [index, sentence] of sentences.entries()) {
    const text = scene.add.text(
      right.x,
      y,
      `• ${sentence}`,
      textStyle('small', { wrap: right.width }),
    );
    const room = bottom - lineHeight('small') - space.sm;
    if (text.y + text.height > room && index < sentences.length - 1) {
      text.destroy();
      scene.add.text(
        right.x,
        y,
        `…and ${sentences.length - index} more, in the table for screen readers.`,
        textStyle('small', { colour: palette.inkMuted }),
      );
      break;
    }
    y = text.y + text.height + space.sm;
  }
}
