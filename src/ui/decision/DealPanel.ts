/**
 * The deal panel on the left of the decision screen: the customer, value
 * and stage, the rep with their meters, the warning signs (or what went
 * wrong, for a loss), what you already did here and the hours left. Drawn
 * from the decision view; the same deal in words for screen readers.
 */
import type Phaser from 'phaser';
import type { DecisionView } from '../../sim/decisionView';
import { dealIdeaNames, dealStageNames, dealStages } from '../../sim/vocabulary';
import { Avatar } from '../Avatar';
import { hours, money } from '../format';
import { ideaIcon } from '../icons';
import { iconTexture } from '../iconTexture';
import { corner, decision, iconSize, space, stroke } from '../layout';
import { Meter } from '../Meter';
import { addPanel } from '../Panel';
import { meaning, palette, repColours } from '../palette';
import { fitWidth, lineHeight, textStyle } from '../typography';

const stockMeters = [
  { stock: 'capability', icon: 'capability', colour: meaning.capability, name: 'Capability' },
  { stock: 'ownership', icon: 'ownership', colour: meaning.ownership, name: 'Ownership' },
  { stock: 'morale', icon: 'morale', colour: meaning.morale, name: 'Morale' },
] as const;

export interface DealPanelFacts {
  currency: string;
  /** A rep's place on the team, which picks their colour. */
  repSlot: (repId: string) => number;
}

/** The deal in words: what the panel shows, for the screen's description. */
export function dealWords(view: DecisionView, currency: string): string[] {
  const rep = view.rep;
  return [
    `${view.customer}, ${money(view.value, currency)}, ${view.status === 'lost' ? 'lost' : view.status === 'won' ? 'won' : dealStageNames[view.status]}. ${rep ? `${rep.name}'s deal.` : ''}`,
    ...(rep
      ? [
          `${rep.name}: capability ${Math.round(rep.capability * 100)}, ownership ${Math.round(rep.ownership * 100)}, morale ${Math.round(rep.morale * 100)}.`,
        ]
      : []),
    view.warnings.length > 0
      ? `Warning signs: ${view.warnings.map((w) => w.text).join('; ')}.`
      : 'No warning signs showing.',
    `You have ${hours(view.hoursLeft)} free this week.`,
  ];
}

/** Draws the deal panel into the scene (the caller gathers what it adds). */
export function drawDealPanel(
  scene: Phaser.Scene,
  view: DecisionView,
  facts: DealPanelFacts,
): void {
  const currency = facts.currency;
  const inner = addPanel(scene, decision.deal);
  let y = inner.y;
  const name = scene.add.text(
    inner.x,
    y,
    view.customer,
    textStyle('heading', { bold: true, wrap: inner.width }),
  );
  y += name.height + space.xs;
  const stageWord =
    view.status === 'lost' ? 'Lost' : view.status === 'won' ? 'Won' : dealStageNames[view.status];
  scene.add.text(
    inner.x,
    y,
    `${money(view.value, currency)} · ${stageWord}`,
    textStyle('body', { colour: palette.inkMuted }),
  );
  y += lineHeight('body') + space.lg;
  // The stage track: where the deal is on its way to a decision. One row
  // when every stage name fits its pill, else two (at a large text size).
  const track = decision.stageTrack;
  const names = dealStages.map((stage) => {
    const probe = scene.add.text(0, 0, dealStageNames[stage], textStyle('small'));
    const width = probe.width;
    probe.destroy();
    return width;
  });
  const oneRowWidth = (inner.width - track.gap * (dealStages.length - 1)) / dealStages.length;
  const perRow = names.every((w) => w + space.lg <= oneRowWidth) ? dealStages.length : 3;
  const pillWidth = (inner.width - track.gap * (perRow - 1)) / perRow;
  dealStages.forEach((stage, index) => {
    const x = inner.x + (index % perRow) * (pillWidth + track.gap);
    const pillY = y + Math.floor(index / perRow) * (track.height + track.gap);
    const current = index === view.stageIndex;
    const past = view.stageIndex >= 0 && index < view.stageIndex;
    scene.add
      .rectangle(
        x,
        pillY,
        pillWidth,
        track.height,
        current ? palette.skyBlue : past ? palette.panelRaised : palette.panel,
      )
      .setOrigin(0, 0)
      .setRounded(corner.badge)
      .setStrokeStyle(
        current ? stroke.thick : stroke.thin,
        current ? palette.yellow : palette.line,
      );
    const label = scene.add
      .text(
        x + pillWidth / 2,
        pillY + track.height / 2,
        dealStageNames[stage],
        textStyle('small', {
          colour: current ? palette.inkDark : past ? palette.ink : palette.inkMuted,
        }),
      )
      .setOrigin(0.5);
    fitWidth(label, pillWidth - space.sm);
  });
  const rows = Math.ceil(dealStages.length / perRow);
  y += rows * track.height + (rows - 1) * track.gap + space.xxl;
  const rep = view.rep;
  if (rep) {
    const index = facts.repSlot(rep.id);
    new Avatar(
      scene,
      inner.x + decision.repAvatar / 2,
      y + decision.repAvatar / 2,
      decision.repAvatar,
      {
        name: rep.name,
        colour: repColours[index % repColours.length] ?? palette.skyBlue,
        mood: rep.morale,
        isNew: rep.isNew,
      },
    );
    const textX = inner.x + decision.repAvatar + space.lg;
    const repName = scene.add.text(
      textX,
      y + space.hair,
      rep.name,
      textStyle('body', { bold: true }),
    );
    fitWidth(repName, inner.x + inner.width - textX);
    scene.add.text(
      textX,
      repName.y + repName.height + space.xs,
      `${rep.openDeals} open deals${rep.isNew ? ' · new on the team' : ''}`,
      textStyle('small', { colour: palette.inkMuted }),
    );
    y += decision.repAvatar + space.lg;
    const bio = scene.add.text(
      inner.x,
      y,
      rep.bio,
      textStyle('small', {
        colour: palette.inkMuted,
        wrap: inner.width,
        maxLines: decision.bioLines,
      }),
    );
    y += bio.height + space.md;
    stockMeters.forEach((meter) => {
      new Meter(scene, inner.x, y + decision.meterRow / 2, {
        icon: meter.icon,
        colour: meter.colour,
        barWidth: decision.meterBar,
        value: rep[meter.stock],
        label: meter.name,
      });
      y += decision.meterRow;
    });
    y += space.md;
  }
  scene.add.text(
    inner.x,
    y,
    view.kind === 'loss' ? 'What went wrong' : 'Warning signs',
    textStyle('body', { bold: true }),
  );
  y += lineHeight('body', true) + space.md;
  if (view.kind === 'loss') {
    const weak = scene.add.text(
      inner.x,
      y,
      `The plan was weakest on ${dealIdeaNames[view.weakIdea]}.`,
      textStyle('small', { wrap: inner.width, colour: palette.inkMuted }),
    );
    y += weak.height + space.md;
  } else if (view.warnings.length === 0) {
    scene.add.text(inner.x, y, 'None showing.', textStyle('small', { colour: palette.inkMuted }));
    y += decision.warningRow;
  }
  for (const warning of view.warnings) {
    scene.add
      .image(inner.x, y + lineHeight('small') / 2, iconTexture(scene, ideaIcon(warning.idea)))
      .setOrigin(0, 0.5)
      .setDisplaySize(iconSize.small, iconSize.small)
      .setTint(meaning.warning);
    const text = scene.add.text(
      inner.x + iconSize.small + space.md,
      y,
      warning.text,
      textStyle('small'),
    );
    fitWidth(text, inner.width - iconSize.small - space.md);
    y += decision.warningRow;
    if (y > inner.y + inner.height - decision.footerRoom) break;
  }
  const flags = [
    ...(view.rescued ? ['You rescued this deal'] : []),
    ...(view.coachedStages > 0
      ? [`Coached in ${view.coachedStages} stage${view.coachedStages === 1 ? '' : 's'}`]
      : []),
  ];
  // At the foot: the hours left this week, and above it what you already did here.
  const footY = inner.y + inner.height - space.lg;
  scene.add
    .image(inner.x, footY, iconTexture(scene, 'hours'))
    .setOrigin(0, 0.5)
    .setDisplaySize(iconSize.small, iconSize.small)
    .setTint(meaning.committed);
  scene.add
    .text(
      inner.x + iconSize.small + space.md,
      footY,
      `${hours(view.hoursLeft)} free this week`,
      textStyle('small', { bold: true }),
    )
    .setOrigin(0, 0.5);
  if (flags.length > 0) {
    scene.add
      .text(
        inner.x,
        footY - lineHeight('small') - space.sm,
        flags.join(' · '),
        textStyle('small', { colour: palette.inkMuted, wrap: inner.width }),
      )
      .setOrigin(0, 0.5);
  }
}
