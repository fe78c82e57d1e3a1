/** The discussion page: the season in a few figures, and the scenario's questions for the room. */
import type { SummaryLine } from '../../app/describeSeason';
import { debrief, space } from '../layout';
import { addPanel } from '../Panel';
import { palette } from '../palette';
import { textStyle } from '../typography';
import type { DebriefHost } from './debriefHost';

export function drawSummary(
  host: DebriefHost,
  lines: readonly SummaryLine[],
  questions: readonly string[],
): void {
  const scene = host.scene;
  const season = addPanel(scene, debrief.discuss.left, { heading: 'Your season' });
  // The figures in body text, or smaller when that does not hold them all.
  for (const role of ['body', 'small'] as const) {
    let y = season.y;
    const texts = lines.flatMap((line) => {
      const label = scene.add.text(
        season.x,
        y,
        line.label,
        textStyle('small', { colour: palette.inkMuted }),
      );
      const text = scene.add.text(
        season.x,
        label.y + label.height,
        line.text,
        textStyle(role, { bold: true, wrap: season.width }),
      );
      y = text.y + text.height + space.md;
      return [label, text];
    });
    if (y - space.md <= season.y + season.height || role === 'small') break;
    for (const text of texts) text.destroy();
  }
  const room = addPanel(scene, debrief.discuss.right, { heading: 'Questions for the room' });
  // The questions in body text, or smaller when that does not hold them all.
  for (const role of ['subheading', 'body', 'small'] as const) {
    let qy = room.y + space.sm;
    const texts = questions.map((question, index) => {
      const text = scene.add.text(
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
