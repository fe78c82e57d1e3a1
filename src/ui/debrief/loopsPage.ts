/** The loops, each as strong as it drove this season, with a line from it. */
import { loopSentence, loopTitles } from '../../app/loopWords';
import type { LoopReading } from '../../sim/loopStrengths';
import { points } from '../format';
import { debrief, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { textStyle } from '../typography';
import type { DebriefHost } from './debriefHost';

export function drawLoops(host: DebriefHost, loops: readonly LoopReading[]): void {
  const { scene, currency } = host;
  const panel = addPanel(scene, debrief.discuss.left, {
    heading: 'The loops that drove your season',
  });
  let y = panel.y;
  for (const reading of loops) {
    const title = scene.add.text(
      panel.x,
      y,
      `${loopTitles[reading.loop]} · ${reading.kind}`,
      textStyle('small', { bold: true }),
    );
    // A bar as long as the loop was strong, with its number: never the colour alone.
    const barX = panel.x + debrief.loopBar.x;
    const barWidth = Math.max(6, reading.strength * debrief.loopBar.width);
    scene.add
      .rectangle(barX, y + title.height / 2, barWidth, debrief.loopBar.height, palette.yellow)
      .setOrigin(0, 0.5);
    scene.add
      .text(
        barX + barWidth + space.md,
        y + title.height / 2,
        points(reading.strength),
        textStyle('small', { bold: true }),
      )
      .setOrigin(0, 0.5);
    const said = scene.add.text(
      panel.x,
      y + title.height,
      loopSentence(reading, currency),
      textStyle('small', { colour: palette.inkMuted, wrap: panel.width }),
    );
    y = said.y + said.height + space.sm;
  }
}
