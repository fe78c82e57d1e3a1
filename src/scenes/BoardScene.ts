/**
 * The week board, the hub of the game: the team with their meters, the
 * pipeline in stage columns, the manager's week and energy, the quarter,
 * and the inbox of decisions waiting. Inbox items open the decision screen;
 * "End week" plays the week out and shows its results.
 */
import { describeBoard, inboxKindNames } from '../app/describeBoard';
import {
  type BoardView,
  type InboxItem,
  type InboxKind,
  type RepView,
  weeksPerQuarter,
} from '../sim/selectors';
import { dealIdeas } from '../sim/vocabulary';
import { Avatar } from '../ui/Avatar';
import { cardHeight, DealCard } from '../ui/DealCard';
import { money, percent, plural } from '../ui/format';
import { HoursBar } from '../ui/HoursBar';
import { type IconKey, ideaIcon } from '../ui/icons';
import { iconTexture } from '../ui/iconTexture';
import { ideaKeyWords } from '../ui/ideaKey';
import {
  board,
  corner,
  header,
  iconSize,
  meterNumberWidth,
  notice,
  panel,
  type Region,
  smallGap,
  space,
  stroke,
} from '../ui/layout';
import { Meter } from '../ui/Meter';
import { addPanel } from '../ui/Panel';
import { meaning, palette, repColours } from '../ui/palette';
import { fitName, lineHeight, textStyle } from '../ui/typography';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export interface BoardData {
  /** The inbox page to show (when there are more items than fit). */
  page?: number;
  /** Which inbox item to focus (its index on the page). */
  focus?: number;
  notice?: string;
}

const kindIcons: Record<InboxKind, { icon: IconKey; colour: number }> = {
  help: { icon: 'help', colour: meaning.help },
  'coach-window': { icon: 'sprout', colour: meaning.coached },
  'going-south': { icon: 'trendDown', colour: meaning.warning },
  'loss-to-review': { icon: 'lesson', colour: palette.skyBlue },
};

const stockMeters = [
  { stock: 'capability', icon: 'capability', colour: meaning.capability, name: 'Capability' },
  { stock: 'ownership', icon: 'ownership', colour: meaning.ownership, name: 'Ownership' },
  { stock: 'morale', icon: 'morale', colour: meaning.morale, name: 'Morale' },
] as const;

export class BoardScene extends BaseScene {
  constructor() {
    super(SceneKey.board);
  }

  create(data: BoardData = {}): void {
    const session = this.session;
    const view = session.board();
    this.enter('week', view.week, {
      heading: `Week board: week ${view.week} of ${view.weeks}`,
      lines: describeBoard(view),
    });
    this.addHeader(`Week ${view.week} of ${view.weeks}`);
    this.drawQuarter(view);
    this.drawTeam(view);
    this.drawPipeline(view);
    const inboxTop = this.drawManager(view);
    this.drawInbox(view, inboxTop, data);
    this.drawEndWeek(view);
    const pending = data.notice ?? this.app.pendingNotice;
    this.app.pendingNotice = undefined;
    if (pending) this.showNotice(pending, notice.board);
    else
      this.app.page.announce(
        `Week ${view.week} of ${view.weeks}. ${
          view.inbox.length === 0
            ? 'Nothing waiting in the inbox.'
            : `${plural(view.inbox.length, 'decision')} waiting.`
        }`,
      );
    this.focusFirst();
  }

  private repColour(repId: string): number {
    const index = Math.max(0, this.session.repSlot(repId));
    return repColours[index % repColours.length] ?? palette.skyBlue;
  }

  private drawQuarter(view: BoardView): void {
    const { quarter, currency } = view;
    const area = header.quarter;
    const top = this.add.text(
      area.x,
      area.y - space.xs,
      `Bookings ${money(quarter.bookings, currency)} of ${money(quarter.quota, currency)}`,
      textStyle('small', { bold: true }),
    );
    this.add
      .text(
        area.x + area.width,
        area.y - space.xs,
        `Discount given ${money(quarter.discountGiven, currency)}`,
        textStyle('small', { colour: palette.inkMuted }),
      )
      .setOrigin(1, 0);
    const barY = area.y + top.height + space.xs;
    this.add
      .rectangle(area.x, barY, area.width, area.barHeight, palette.track)
      .setOrigin(0, 0)
      .setStrokeStyle(stroke.thin, palette.inkMuted);
    const share = quarter.quota > 0 ? Math.min(1, quarter.bookings / quarter.quota) : 0;
    this.add
      .rectangle(area.x, barY, area.width * share, area.barHeight, meaning.bookings)
      .setOrigin(0, 0);
    this.add.text(
      area.x,
      barY + area.barHeight + space.xs,
      `Quarter ${quarter.quarter} · week ${quarter.weekInQuarter} of ${weeksPerQuarter}`,
      textStyle('small', { colour: palette.inkMuted }),
    );
    this.add
      .text(
        area.x + area.width,
        barY + area.barHeight + space.xs,
        `${percent(share)} of quota`,
        textStyle('small', { colour: palette.inkMuted }),
      )
      .setOrigin(1, 0);
  }

  private drawTeam(view: BoardView): void {
    const area = board.team;
    const inner = addPanel(this, area, { heading: 'Team' });
    // The key to the meters, beside the heading: icon and word for each.
    let x = Math.max(area.x + board.legend.x, inner.headingRight + board.legend.itemGap);
    const keyY = area.y + panel.padding + board.legend.y;
    for (const meter of stockMeters) {
      const word = this.iconWord(x, keyY, meter.icon, meter.colour, meter.name, space.sm, {
        colour: palette.inkMuted,
      });
      x = word.x + word.width + board.legend.itemGap;
    }
    const count = Math.max(1, view.team.length);
    const width = Math.min(board.rep.maxWidth, (inner.width - board.rep.gap * (count - 1)) / count);
    view.team.forEach((rep, index) => {
      this.drawRep(rep, {
        x: inner.x + index * (width + board.rep.gap),
        y: inner.y,
        width,
        height: inner.height,
      });
    });
  }

  private drawRep(rep: RepView, card: Region): void {
    const { avatar, nameHeight, meterRow, padding: pad } = board.rep;
    this.add
      .rectangle(card.x, card.y, card.width, card.height, palette.panelRaised, 0.6)
      .setOrigin(0, 0)
      .setRounded(corner.card);
    new Avatar(this, card.x + pad + avatar / 2, card.y + pad + avatar / 2, avatar, {
      name: rep.name,
      colour: this.repColour(rep.id),
      mood: rep.morale,
      isNew: rep.isNew,
    });
    const textX = card.x + pad + avatar + board.rep.textGap;
    const textWidth = card.x + card.width - pad - textX;
    const name = this.add.text(
      textX,
      card.y + pad - space.hair,
      rep.name,
      textStyle('small', { bold: true }),
    );
    fitName(name, textWidth);
    // Under the name: deals, requests for help, losses to review.
    const infoY = card.y + pad + board.rep.infoY;
    const deals = this.add
      .text(
        textX,
        infoY,
        plural(rep.openDeals, 'deal'),
        textStyle('small', { colour: palette.inkMuted }),
      )
      .setOrigin(0, 0.5);
    let badgeX = deals.x + deals.width + space.md;
    const badges: { icon: IconKey; colour: number; count: number }[] = [
      { icon: 'help', colour: meaning.help, count: rep.helpRequests },
      { icon: 'lesson', colour: palette.skyBlue, count: rep.lessonsToReview },
    ];
    for (const badge of badges) {
      if (badge.count <= 0 || badgeX + iconSize.small + space.xl > card.x + card.width) continue;
      const number = this.iconWord(
        badgeX,
        infoY,
        badge.icon,
        badge.colour,
        String(badge.count),
        space.hair,
        {
          bold: true,
        },
      );
      badgeX = number.x + number.width + space.md;
    }
    const barWidth = Math.max(
      space.xxl,
      card.width - 2 * pad - iconSize.small - space.sm - space.md - meterNumberWidth,
    );
    stockMeters.forEach((meter, index) => {
      new Meter(this, card.x + pad, card.y + pad + nameHeight + meterRow / 2 + index * meterRow, {
        icon: meter.icon,
        colour: meter.colour,
        barWidth,
        value: rep[meter.stock],
      });
    });
  }

  /**
   * The key to the card icons under the columns: what happened to a deal on
   * one line, the warning signs on the next (each wraps if it must). Returns its height.
   */
  private drawCardKey(bottom: number): number {
    type Key = { icon?: IconKey; colour: number; word: string };
    const lines: Key[][] = [
      [
        { icon: 'atRisk', colour: meaning.warning, word: 'At risk' },
        { icon: 'help', colour: meaning.help, word: 'Help asked' },
        { icon: 'coached', colour: meaning.coached, word: 'Coached' },
        { icon: 'rescued', colour: meaning.rescued, word: 'Rescued' },
      ],
      [
        { colour: palette.inkMuted, word: 'Warning signs:' },
        ...dealIdeas.map((idea) => ({
          icon: ideaIcon(idea),
          colour: palette.inkMuted,
          word: ideaKeyWords[idea],
        })),
      ],
    ];
    const left = board.pipeline.x + space.sm;
    const right = board.pipeline.x + board.pipeline.width;
    const rowHeight = Math.max(iconSize.small, lineHeight('small')) + space.sm;
    const placed: { key: Key; x: number; row: number }[] = [];
    let row = -1;
    for (const line of lines) {
      row += 1;
      let x = left;
      for (const key of line) {
        const iconWidth = key.icon ? iconSize.small + board.cardKey.iconGap : 0;
        const width = iconWidth + this.measure(key.word);
        if (x + width > right && x > left) {
          row += 1;
          x = left;
        }
        placed.push({ key, x, row });
        x += width + board.cardKey.itemGap;
      }
    }
    const height = (row + 1) * rowHeight + 6;
    const top = bottom - height + space.xs;
    for (const item of placed) {
      const y = top + item.row * rowHeight + rowHeight / 2;
      let x = item.x;
      if (item.key.icon) {
        this.add
          .image(x, y, iconTexture(this, item.key.icon))
          .setOrigin(0, 0.5)
          .setDisplaySize(iconSize.small, iconSize.small)
          .setTint(item.key.colour);
        x += iconSize.small + board.cardKey.iconGap;
      }
      this.add
        .text(x, y, item.key.word, textStyle('small', { colour: palette.inkMuted }))
        .setOrigin(0, 0.5);
    }
    return height;
  }

  /** The width a small text would take. */
  private measure(text: string): number {
    const probe = this.add.text(0, 0, text, textStyle('small'));
    const width = probe.width;
    probe.destroy();
    return width;
  }

  private drawPipeline(view: BoardView): void {
    const keyHeight = this.drawCardKey(board.pipeline.y + board.pipeline.height);
    const area = { ...board.pipeline, height: board.pipeline.height - keyHeight };
    const columns = view.pipeline.length;
    const columnWidth = (area.width - board.column.gap * (columns - 1)) / columns;
    const session = this.session;
    const previous = new Map(session.shownStages);
    const columnX = new Map<string, number>();
    view.pipeline.forEach((column, index) => {
      columnX.set(column.stage, area.x + index * (columnWidth + board.column.gap));
    });
    session.shownStages.clear();
    view.pipeline.forEach((column, index) => {
      const x = area.x + index * (columnWidth + board.column.gap);
      this.add
        .rectangle(x, area.y, columnWidth, area.height, palette.panel)
        .setOrigin(0, 0)
        .setRounded(corner.panel)
        .setStrokeStyle(stroke.thin, palette.line);
      this.add
        .text(
          x + board.column.inset,
          area.y + board.column.headerY,
          column.name,
          textStyle('body', { bold: true }),
        )
        .setOrigin(0, 0);
      this.add
        .text(
          x + columnWidth - board.column.inset,
          area.y + board.column.headerY,
          String(column.deals.length),
          textStyle('body', { colour: palette.inkMuted }),
        )
        .setOrigin(1, 0);
      const top = area.y + board.column.headerHeight;
      const room = area.y + area.height - top - space.sm;
      const cardWidth = columnWidth - 2 * board.column.cardInset;
      // The densest cards that still show every deal, or the mini ones and "+N more".
      const density =
        (['full', 'compact', 'mini'] as const).find(
          (d) => column.deals.length * (cardHeight(d) + board.card.gap) <= room + board.card.gap,
        ) ?? 'mini';
      const step = cardHeight(density) + board.card.gap;
      const fits = Math.floor((room + board.card.gap) / step);
      const shown = column.deals.length > fits ? column.deals.slice(0, fits - 1) : column.deals;
      shown.forEach((deal, row) => {
        const targetX = x + board.column.cardInset;
        const targetY = top + row * step;
        const card = new DealCard(this, targetX, targetY, {
          deal,
          repColour: this.repColour(deal.repId),
          currency: view.currency,
          width: cardWidth,
          density,
        });
        const before = previous.get(deal.id);
        if (before && before !== deal.stage) {
          // It moved on since the board was last drawn: slide it over from its old column.
          card.x = (columnX.get(before) ?? x) + board.column.cardInset;
          this.animate({
            targets: card,
            x: targetX,
            duration: board.moveMs,
            ease: 'Cubic.easeInOut',
          });
        } else if (!before && previous.size > 0) {
          card.setAlpha(0);
          this.animate({ targets: card, alpha: 1, duration: board.moveMs });
        }
      });
      if (shown.length < column.deals.length) {
        this.add
          .text(
            x + columnWidth / 2,
            top + shown.length * step + space.lg,
            `+${column.deals.length - shown.length} more`,
            textStyle('small', { bold: true, colour: palette.inkMuted }),
          )
          .setOrigin(0.5, 0);
      }
      for (const deal of column.deals) session.shownStages.set(deal.id, column.stage);
    });
  }

  /** The manager's panel, as tall as its content; returns where the inbox starts. */
  private drawManager(view: BoardView): number {
    const area = board.side;
    const h = view.hours;
    const region = { x: area.x, y: area.y, width: area.width, height: board.manager.height };
    const inner = addPanel(this, region, {
      heading: 'Your week',
      aside: `${Math.round(h.capacity)} h available`,
      asideShort: `${Math.round(h.capacity)} h`,
    });
    const bar = new HoursBar(this, inner.x, inner.y + space.md, inner.width, h);
    const energyY = bar.y + bar.height + space.lg + lineHeight('small') / 2;
    new Meter(this, inner.x, energyY, {
      icon: 'energy',
      colour: meaning.energy,
      barWidth: board.manager.energyBar,
      value: h.energy,
      label: 'Energy',
    });
    const flags = [
      ...(h.burnedOut ? ['Burned out'] : []),
      ...(h.sickWeek ? ['Off sick'] : []),
      ...(h.backlog > 0 ? [`Backlog ${Math.round(h.backlog)} h`] : []),
    ];
    if (flags.length > 0) {
      this.add
        .text(
          inner.x + inner.width,
          energyY,
          flags.join(' · '),
          textStyle('small', { bold: true, colour: meaning.warning }),
        )
        .setOrigin(1, 0.5);
    }
    const height = energyY + lineHeight('small') / 2 + panel.padding + space.xs - region.y;
    inner.frame.setSize(region.width, height);
    return region.y + height + smallGap;
  }

  private drawInbox(view: BoardView, top: number, data: BoardData): void {
    const area = board.side;
    const bottom = area.y + area.height - board.endWeek.height - smallGap;
    const region = { x: area.x, y: top, width: area.width, height: bottom - top };
    const inner = addPanel(this, region, {
      heading: 'Inbox',
      aside: view.inbox.length === 0 ? 'empty' : plural(view.inbox.length, 'item'),
    });
    const itemHeight = Math.max(
      board.inbox.itemHeight,
      lineHeight('body') + lineHeight('small') + space.xs + 2 * space.sm,
    );
    const step = itemHeight + board.inbox.gap;
    const all = view.inbox;
    if (all.length === 0) {
      this.add.text(
        inner.x,
        inner.y + space.sm,
        'Nothing waiting. End the week when you are ready.',
        textStyle('body', { colour: palette.inkMuted, wrap: inner.width }),
      );
      return;
    }
    const fitsAll = Math.floor((inner.height - board.inbox.top + board.inbox.gap) / step);
    const perPage =
      all.length > fitsAll
        ? Math.max(1, Math.floor((inner.height - board.inbox.top - board.inbox.pagerHeight) / step))
        : fitsAll;
    const pages = Math.max(1, Math.ceil(all.length / perPage));
    const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
    const items = all.slice(page * perPage, page * perPage + perPage);
    const focus = Math.min(data.focus ?? 0, items.length - 1);
    items.forEach((item, index) => {
      const onPage = page;
      this.drawInboxItem(
        item,
        {
          x: inner.x - board.inbox.bleed,
          y: inner.y + board.inbox.top + index * step,
          width: inner.width + 2 * board.inbox.bleed,
          height: itemHeight,
        },
        index,
        index === focus,
        onPage,
      );
    });
    if (pages > 1) {
      const next = (page + 1) % pages;
      this.button({
        region: {
          x: inner.x - board.inbox.bleed,
          y: inner.y + inner.height - board.inbox.pagerHeight + space.sm,
          width: inner.width + 2 * board.inbox.bleed,
          height: board.inbox.pagerHeight - space.sm,
        },
        label:
          next === 0
            ? `Back to 1–${perPage} of ${all.length}`
            : `More: ${next * perPage + 1}–${Math.min(all.length, (next + 1) * perPage)} of ${all.length}`,
        action: 'choose',
        variant: 'quiet',
        data: { pager: String(next) },
        onActivate: () => this.scene.restart({ page: next, focus: 0 } satisfies BoardData),
      });
    }
  }

  private drawInboxItem(
    item: InboxItem,
    region: Region,
    index: number,
    autofocus: boolean,
    page: number,
  ): void {
    const kind = kindIcons[item.kind];
    this.button({
      region,
      label: inboxKindNames[item.kind],
      detail: `${item.repName} · ${item.customer}`,
      icon: kind.icon,
      iconColour: kind.colour,
      action: 'choose',
      variant: 'choice',
      shortcut: index + 1,
      autofocus,
      description: item.title,
      data: { deal: item.dealId, kind: item.kind },
      onActivate: () => {
        this.app.playChoice();
        this.go(SceneKey.decision, {
          dealId: item.dealId,
          kind: item.kind,
          title: item.title,
          index,
          page,
        });
      },
    });
  }

  private drawEndWeek(view: BoardView): void {
    const area = board.side;
    const height = board.endWeek.height;
    this.button({
      region: { x: area.x, y: area.y + area.height - height, width: area.width, height },
      label: view.week === view.weeks ? 'End the last week' : 'End week',
      detail: `Play out week ${view.week}`,
      action: 'advance',
      variant: 'primary',
      primary: true,
      autofocus: view.inbox.length === 0,
      onActivate: () => {
        const week = this.session.endWeek();
        this.go(SceneKey.results, { week });
      },
    });
  }

  /** A small tinted icon with a word after it, both centred on y; returns the word. */
  private iconWord(
    x: number,
    y: number,
    icon: IconKey,
    colour: number,
    word: string,
    gap: number,
    style: Parameters<typeof textStyle>[1],
  ): Phaser.GameObjects.Text {
    this.add
      .image(x, y, iconTexture(this, icon))
      .setOrigin(0, 0.5)
      .setDisplaySize(iconSize.small, iconSize.small)
      .setTint(colour);
    return this.add
      .text(x + iconSize.small + gap, y, word, textStyle('small', style))
      .setOrigin(0, 0.5);
  }
}
