/**
 * The debrief's place in the flow. The full debrief (charts, loops, the
 * decision log, other policies on the same seed) is another piece of work;
 * this screen shows the final figures and the scenario's questions for the room.
 */
import { describeSeason } from '../app/describeSeason';
import { addLabelledLines } from '../ui/labelledLines';
import { debrief, space } from '../ui/layout';
import { addPanel } from '../ui/Panel';
import { palette } from '../ui/palette';
import { lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export class DebriefScene extends BaseScene {
  constructor() {
    super(SceneKey.debrief);
  }

  create(): void {
    const session = this.session;
    const lines = describeSeason(session.summary(), session.state.currency);
    const questions = session.scenario.debriefQuestions;
    this.enter('debrief', session.state.weeks, {
      heading: 'Debrief',
      lines: [
        ...lines.map((line) => `${line.label}: ${line.text}.`),
        ...questions.map((question, index) => `Question ${index + 1}: ${question}`),
      ],
    });
    this.addHeader('Debrief', session.scenario.title);
    const figures = addPanel(this, debrief.figures, { heading: 'Final figures' });
    addLabelledLines(this, { ...figures, y: figures.y + space.sm }, lines, {
      labelWidth: debrief.labelWidth,
      role: 'small',
      rowGap: space.lg,
    });
    this.add.text(
      figures.x,
      figures.y + figures.height - lineHeight('small'),
      'Charts, the decision log and replays come with the full debrief.',
      textStyle('small', { colour: palette.inkMuted, wrap: figures.width }),
    );
    const room = addPanel(this, debrief.questions, { heading: 'Questions for the room' });
    let qy = room.y + space.sm;
    questions.forEach((question, index) => {
      const text = this.add.text(
        room.x,
        qy,
        `${index + 1}.  ${question}`,
        textStyle('body', { wrap: room.width }),
      );
      if (text.y + text.height > room.y + room.height) text.setMaxLines(1);
      qy += text.height + space.xl;
    });
    this.button({
      region: debrief.continue,
      label: 'New game',
      detail: 'Back to the title',
      action: 'new-game',
      variant: 'primary',
      primary: true,
      autofocus: true,
      onActivate: () => {
        this.app.closeSession();
        this.go(SceneKey.title);
      },
    });
    this.app.page.announce('Debrief. The final figures and the questions for the room.');
    this.focusFirst();
  }
}
