/** Your style played on: three charts to the horizon, and how the style was read. */
import type { ChartFigures } from '../../app/debriefCharts';
import { type PlayedForward, styleLines } from '../../app/playedForward';
import { debrief, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { textStyle } from '../typography';
import { drawChart } from './chartsPage';
import type { DebriefHost } from './debriefHost';

export function drawForward(
  host: DebriefHost,
  forward: PlayedForward,
  charts: readonly ChartFigures[],
  lastWeekPlayed: number,
): void {
  const scene = host.scene;
  const weeks = forward.yours.series;
  charts.forEach((chart, index) => {
    drawChart(host, debrief.chart(index % 2, Math.floor(index / 2)), chart, weeks);
  });
  const inner = addPanel(scene, debrief.chart(1, 1), {
    heading: `Your style, played on to week ${forward.horizon}`,
  });
  const scores = [
    `Score at week ${forward.horizon}: you ${forward.yours.score.score}`,
    ...forward.roads.map((road) => `${road.short.toLowerCase()} ${road.score.score}`),
  ].join(' · ');
  const text = scene.add.text(
    inner.x,
    inner.y,
    scores,
    textStyle('small', { bold: true, wrap: inner.width }),
  );
  scene.add.text(
    inner.x,
    text.y + text.height + space.sm,
    [
      `Your style from week ${lastWeekPlayed + 1}, read from your decisions:`,
      ...styleLines(forward.style),
    ].join('\n'),
    textStyle('small', { colour: palette.inkMuted, wrap: inner.width }),
  );
}
