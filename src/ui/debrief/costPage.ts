/** Won, but at what cost: the ledger of wins; and the long-run score beside the roads not taken. */
import { ledgerHead, ledgerLines, ledgerRow, scorePartNames, scoreRule } from '../../app/costWords';
import type { Road } from '../../app/roadsNotTaken';
import { type LongRunScore, scoreParts, scoreWeights } from '../../sim/longRunScore';
import type { SeasonLedger } from '../../sim/seasonLedger';
import { money, percent, plural, points } from '../format';
import { debrief, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { lineHeight, textStyle } from '../typography';
import { tableRow } from './canvasTable';
import type { DebriefHost } from './debriefHost';

export function drawCost(
  host: DebriefHost,
  ledger: SeasonLedger,
  score: LongRunScore,
  roads: readonly Road[],
): void {
  const { scene, currency } = host;
  const left = addPanel(scene, debrief.cost.left, { heading: 'Won, but at what cost' });
  let y = left.y;
  for (const line of ledgerLines(ledger, currency)) {
    const text = scene.add.text(left.x, y, line, textStyle('small', { wrap: left.width }));
    y += text.height + space.md;
  }
  y += space.sm;
  const rescued = ledger.wins.filter((win) => win.concession !== undefined);
  const shown = rescued.length > 0 ? rescued : ledger.wins;
  tableRow(scene, left.x, y, debrief.ledgerColumns, ledgerHead, { head: true });
  y += lineHeight('small') + space.sm;
  const rest =
    rescued.length > 0
      ? `These are the rescued wins. The other ${plural(ledger.wins.length - rescued.length, 'win')} your reps made alone, giving nothing away.`
      : 'Every win your reps made alone, giving nothing away.';
  const note = scene.add
    .text(
      left.x,
      left.y + left.height,
      rest,
      textStyle('small', { colour: palette.inkMuted, wrap: left.width }),
    )
    .setOrigin(0, 1);
  const room = Math.max(0, Math.floor((note.y - note.height - space.md - y) / lineHeight('small')));
  const more = shown.length - Math.min(shown.length, room);
  for (const win of shown.slice(0, more > 0 ? room - 1 : room)) {
    tableRow(scene, left.x, y, debrief.ledgerColumns, ledgerRow(win, currency));
    y += lineHeight('small');
  }
  if (more > 0) {
    scene.add.text(
      left.x,
      y,
      `…and ${more + 1} more, all in the table for screen readers.`,
      textStyle('small', { colour: palette.inkMuted }),
    );
  }

  const right = addPanel(scene, debrief.cost.right, { heading: 'The long-run score' });
  const big = scene.add.text(
    right.x,
    right.y,
    String(score.score),
    textStyle('figure', { bold: true, colour: palette.yellow }),
  );
  scene.add
    .text(
      right.x + big.width + space.lg,
      right.y + big.height / 2,
      `of 100. ${roads.map((road) => `${road.name}: ${road.score.score}`).join('. ')}.`,
      textStyle('body', { wrap: right.width - big.width - space.lg }),
    )
    .setOrigin(0, 0.5);
  y = right.y + big.height + space.md;
  const heads = ['', 'You', ...roads.map((road) => road.short)];
  tableRow(scene, right.x, y, debrief.scoreColumns, heads, { head: true });
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
    tableRow(scene, right.x, y, debrief.scoreColumns, row, { boldColumn: 1 });
    y += lineHeight('small') + space.xs;
  }
  scene.add.text(
    right.x,
    y + space.md,
    `How: ${scoreRule}`,
    textStyle('small', { colour: palette.inkMuted, wrap: right.width }),
  );
}
