/**
 * The policy lab: pick a built-in player or a mix of the coach and the
 * rescuer (two shares in steps of a tenth and a review switch, each a
 * button), run it over many seasons in a worker, and see each key figure's
 * mean in its 10th–90th percentile band beside this season's own line.
 */
import { type LabBench, mixStep } from '../../app/labBench';
import { labChartFigures, labStatusWords } from '../../app/labWords';
import { labChoiceWords, labPolicyNames, labSeasons } from '../../app/policyLab';
import type { SeriesWeek } from '../../sim/seasonSeries';
import type { PolicyName } from '../../sim/vocabulary';
import { percent } from '../format';
import { LineChart } from '../LineChart';
import { debrief, type Region, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { textStyle } from '../typography';
import type { DebriefData, DebriefHost } from './debriefHost';

const policiesOffered = Object.keys(labPolicyNames) as PolicyName[];

export function drawLab(
  host: DebriefHost,
  bench: LabBench,
  season: readonly SeriesWeek[],
  data: DebriefData,
  run: () => void,
): void {
  const { scene } = host;
  const { control } = debrief.lab;
  const again = (keep: string) => host.show({ tab: 'lab', keep });
  const left = addPanel(scene, debrief.lab.left, { heading: 'Choose a player' });
  const half = (left.width - space.lg) / 2;
  const picks: (PolicyName | 'mix')[] = [...policiesOffered, 'mix'];
  picks.forEach((pick, index) => {
    const on = bench.picked === pick;
    const key = `pick:${pick}`;
    host.button({
      region: {
        x: left.x + (index % 2) * (half + space.lg),
        y: left.y + Math.floor(index / 2) * (control.height + control.gap),
        width: half,
        height: control.height,
      },
      label: pick === 'mix' ? 'A mix' : (labPolicyNames[pick] ?? pick),
      action: 'choose',
      variant: on ? 'primary' : 'secondary',
      once: false,
      ...(on ? { description: 'Picked' } : {}),
      ...(data.keep === key ? { autofocus: true } : {}),
      data: { labPolicy: pick, ...(on ? { current: 'true' } : {}) },
      onActivate: () => {
        bench.picked = pick;
        again(key);
      },
    });
  });
  let y = left.y + Math.ceil(picks.length / 2) * (control.height + control.gap) + space.md;
  const step = percent(mixStep);
  const stepper = (share: 'coachEarly' | 'rescueLate', label: string) => {
    scene.add
      .text(left.x, y + control.height / 2, label, textStyle('small', { bold: true }))
      .setOrigin(0, 0.5);
    const value = `${percent(bench.mix[share])}`;
    const right = left.x + left.width;
    ([-1, 1] as const).forEach((steps) => {
      const key = `${share}:${steps}`;
      host.button({
        region: {
          x: steps < 0 ? right - 4.2 * control.height : right - control.height,
          y,
          width: control.height,
          height: control.height,
        },
        label: steps < 0 ? '−' : '+',
        action: 'choose',
        once: false,
        description: `${steps < 0 ? 'Less' : 'More'}, by ${step}: ${label.toLowerCase()} is ${value}`,
        ...(data.keep === key ? { autofocus: true } : {}),
        data: { labControl: key },
        onActivate: () => {
          bench.nudge(share, steps);
          again(key);
        },
      });
    });
    scene.add
      .text(
        right - 2.1 * control.height,
        y + control.height / 2,
        value,
        textStyle('body', { bold: true }),
      )
      .setOrigin(0.5, 0.5);
    y += control.height + control.gap;
  };
  stepper('coachEarly', 'Coach early deals');
  stepper('rescueLate', 'Rescue late deals');
  scene.add
    .text(left.x, y + control.height / 2, 'Loss reviews', textStyle('small', { bold: true }))
    .setOrigin(0, 0.5);
  host.button({
    region: {
      x: left.x + left.width - 2 * control.height,
      y,
      width: 2 * control.height,
      height: control.height,
    },
    label: bench.mix.reviewLosses ? 'On' : 'Off',
    action: 'choose',
    once: false,
    description: 'Loss reviews in the mix, on or off',
    ...(data.keep === 'reviews' ? { autofocus: true } : {}),
    data: { labControl: 'reviews' },
    onActivate: () => {
      bench.toggleReviews();
      again('reviews');
    },
  });
  const running = bench.status === 'running';
  host.button({
    region: {
      x: left.x,
      y: left.y + left.height - control.height - space.lg,
      width: left.width,
      height: control.height + space.lg,
    },
    label: running ? `Playing ${labSeasons} seasons…` : `Run ${labSeasons} seasons`,
    action: 'run-lab',
    variant: 'primary',
    once: false,
    description: labChoiceWords(bench.choice),
    ...(data.keep === 'run' ? { autofocus: true } : {}),
    onActivate: () => {
      if (!running) run();
    },
  });
  drawResults(host, bench, season, debrief.lab.right);
}

function drawResults(
  host: DebriefHost,
  bench: LabBench,
  season: readonly SeriesWeek[],
  region: Region,
): void {
  const { scene, currency } = host;
  const right = addPanel(scene, region, { heading: `Over ${labSeasons} seasons` });
  const said = scene.add.text(
    right.x,
    right.y,
    labStatusWords(bench.status, bench.result, bench.workMs, bench.failure),
    textStyle('small', { colour: palette.inkMuted, wrap: right.width }),
  );
  const result = bench.result;
  if (!result || bench.status !== 'done') return;
  const top = said.y + said.height + space.md;
  const width = (right.width - space.xl) / 2;
  const height = (right.y + right.height - top - space.lg) / 2;
  const weeks = result.weeks.map((week) => `W${week.week}`);
  labChartFigures(result, season, currency).forEach((chart, index) => {
    const x = right.x + (index % 2) * (width + space.xl);
    const y = top + Math.floor(index / 2) * (height + space.lg);
    const title = scene.add.text(x, y, chart.title, textStyle('small', { bold: true }));
    new LineChart(
      scene,
      { x, y: title.y + title.height, width, height: height - title.height },
      [
        {
          name: 'Mean',
          colour: palette.skyBlue,
          marker: 'square',
          values: chart.mean,
          band: { low: chart.low, high: chart.high },
        },
        { name: 'You', colour: palette.yellow, marker: 'circle', values: chart.you, faint: true },
      ],
      weeks,
      { max: chart.max, label: chart.format },
    );
  });
}
