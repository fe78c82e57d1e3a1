/**
 * The week board, the hub of the game: the team with their meters, the
 * pipeline in stage columns, the manager's week and energy, the quarter,
 * and the inbox of decisions waiting. Inbox items open the decision screen;
 * "End week" plays the week out and shows its results.
 */
import { describeBoard, inboxKindNames } from '../app/describeBoard';
import {
  type BoardView,
  type DealCardView,
  type InboxItem,
  type InboxKind,
  type RepView,
  weeksPerQuarter,
} from '../sim/selectors';
import { dealIdeas, dealStageNames } from '../sim/vocabulary';
import { Avatar } from '../ui/Avatar';
import { tellCanvasChanged } from '../ui/canvasChanged';
import { cardHeight, DealCard, miniNameRoom } from '../ui/DealCard';
import { firstName, money, percent, plural } from '../ui/format';
import { type IconKey, ideaIcon } from '../ui/icons';
import { iconTexture } from '../ui/iconTexture';
import { ideaKeyWords } from '../ui/ideaKey';
import {
  type InboxGroup,
  type InboxPlacement,
  type InboxSlot,
  placeInbox,
} from '../ui/inboxLayout';
import {
  board,
  boardRegions,
  button,
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
  type TextRole,
} from '../ui/layout';
import { Meter } from '../ui/Meter';
import { addPanel } from '../ui/Panel';
import { meaning, palette, repColours } from '../ui/palette';
import { fitName, lineHeight, textStyle } from '../ui/typography';
import { WeekStrip } from '../ui/WeekStrip';
import { BaseScene } from './BaseScene';
import type { DecisionData } from './DecisionScene';
import { SceneKey } from './sceneKeys';

export interface BoardData {
  /** The first inbox item shown, for a pile too big for one screen (0 otherwise). */
  page?: number;
  /** The pipeline card to focus (back from looking at its deal). */
  card?: string;
  /** Which inbox item to focus (its place in the whole inbox). */
  focus?: number;
  notice?: string;
}

interface InboxPlan {
  sideWidth: number;
  placement: InboxPlacement<InboxKind>;
  /** The first item shown (past 0 only for a pile too big for one screen). */
  from: number;
  focus: number;
  itemHeight: number;
  headerHeight: number;
  twoColumns?: boolean;
}

/** The inbox's items are in kind order already (src/sim/inbox.ts); these are its runs. */
function groupInbox(items: readonly InboxItem[]): InboxGroup<InboxKind>[] {
  const groups: InboxGroup<InboxKind>[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.kind === item.kind) last.count += 1;
    else groups.push({ kind: item.kind, count: 1 });
  }
  return groups;
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
    const inbox = this.planInbox(view, data);
    const regions = boardRegions(inbox.sideWidth);
    this.drawTeam(view, regions.team);
    const week = new WeekStrip(this, regions.left, regions.team.y - smallGap, view.hours);
    this.drawPipeline(view, data, inbox.from, {
      ...regions.left,
      height: week.top - smallGap - regions.left.y,
    });
    this.drawInbox(view, regions.side, inbox);
    this.drawEndWeek(view, regions.side);
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
    // The bar fills at quota; the words say how far past it the quarter went.
    const share = quarter.quota > 0 ? quarter.bookings / quarter.quota : 0;
    this.add
      .rectangle(area.x, barY, area.width * Math.min(1, share), area.barHeight, meaning.bookings)
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

  private drawTeam(view: BoardView, area: Region): void {
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
  private drawCardKey(area: Region): number {
    const bottom = area.y + area.height;
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
    const left = area.x + space.sm;
    const right = area.x + area.width;
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

  /** The width a text would take, as a text object draws it (fit decisions need the drawn width). */
  private measure(text: string, role: TextRole = 'small', bold = false): number {
    const probe = this.add.text(0, 0, text, textStyle(role, { bold }));
    const width = probe.width;
    probe.destroy();
    return width;
  }

  /** The pipeline's columns; `from` is the inbox's first item shown (a card opening one returns there). */
  private drawPipeline(view: BoardView, data: BoardData, from: number, pipeline: Region): void {
    const keyHeight = this.drawCardKey(pipeline);
    const area = { ...pipeline, height: pipeline.height - keyHeight };
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
      const name = this.add
        .text(
          x + board.column.inset,
          area.y + board.column.headerY,
          column.name,
          textStyle('body', { bold: true }),
        )
        .setOrigin(0, 0);
      const count = this.add
        .text(
          x + columnWidth - board.column.inset,
          area.y + board.column.headerY,
          String(column.deals.length),
          textStyle('body', { colour: palette.inkMuted }),
        )
        .setOrigin(1, 0);
      // A narrow column keeps its stage's name whole; its count is then read off the cards.
      if (name.x + name.width + space.sm > count.x - count.width) count.destroy();
      const top = area.y + board.column.headerHeight;
      const room = area.y + area.height - top - space.sm;
      const cardWidth = columnWidth - 2 * board.column.cardInset;
      // The densest cards that still show every deal, or the mini ones and "+N more".
      // A mini card is one line: only where every short name fits beside the rep's initial.
      const miniFits = column.deals.every(
        (deal) => this.measure(deal.shortCustomer, 'small', true) <= miniNameRoom(cardWidth),
      );
      const densities = miniFits
        ? (['full', 'compact', 'mini'] as const)
        : (['full', 'compact'] as const);
      const density =
        densities.find(
          (d) => column.deals.length * (cardHeight(d) + board.card.gap) <= room + board.card.gap,
        ) ?? (miniFits ? 'mini' : 'compact');
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
        this.cardButton(
          deal,
          card,
          { x: targetX, y: targetY, width: cardWidth, height: card.cardHeight },
          view,
          from,
          data.card === deal.id,
        );
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

  /**
   * How the inbox will be laid: a compact line an item, grouped by kind, in
   * one column or, for a big pile, two (the side column widens to hold the
   * longest short name). Only a pile too big for two columns pages.
   */
  private planInbox(view: BoardView, data: BoardData): InboxPlan {
    const itemHeight = lineHeight('label') + 2 * board.inbox.padY;
    const headerHeight = lineHeight('small', true) + board.inbox.headerGap;
    const page = Math.max(0, data.page ?? 0);
    const items = view.inbox;
    const listHeight = (side: number) => {
      const { side: region } = boardRegions(side);
      return (
        region.height -
        board.endWeek.height -
        smallGap -
        panel.headingHeight -
        panel.padding -
        board.inbox.top
      );
    };
    const sizes = (side: number, maxColumns: number) => ({
      height: listHeight(side),
      itemHeight,
      headerHeight,
      gap: board.inbox.gap,
      maxColumns,
    });
    const focus = data.focus ?? 0;
    const oneColumn = placeInbox(groupInbox(items), sizes(board.sideWidth, 1));
    if (!oneColumn.more)
      return {
        sideWidth: board.sideWidth,
        placement: oneColumn,
        from: 0,
        focus,
        itemHeight,
        headerHeight,
      };
    // Two columns: each as wide as its longest line (key, short name), the side no wider than it must be.
    const longest = Math.max(...items.map((item) => this.measure(item.shortCustomer, 'label')));
    const line = 2 * button.compactPaddingX + button.compactKeyBadge + space.md + longest;
    const sideWidth = Math.min(
      board.maxSideWidth,
      Math.max(
        board.sideWidth,
        2 * line + board.inbox.columnGap - 2 * board.inbox.bleed + 2 * panel.padding,
      ),
    );
    const from = Math.min(page, Math.max(0, items.length - 1));
    const placement = placeInbox(groupInbox(items.slice(from)), sizes(sideWidth, 2));
    return { sideWidth, placement, from, focus, itemHeight, headerHeight, twoColumns: true };
  }

  private drawInbox(view: BoardView, area: Region, plan: InboxPlan): void {
    const bottom = area.y + area.height - board.endWeek.height - smallGap;
    const region = { ...area, height: bottom - area.y };
    const inner = addPanel(this, region, {
      heading: 'Inbox',
      aside: view.inbox.length === 0 ? 'empty' : plural(view.inbox.length, 'item'),
    });
    if (view.inbox.length === 0) {
      this.add.text(
        inner.x,
        inner.y + space.sm,
        'Nothing waiting. End the week when you are ready.',
        textStyle('body', { colour: palette.inkMuted, wrap: inner.width }),
      );
      return;
    }
    const { placement } = plan;
    const columnWidth =
      (inner.width + 2 * board.inbox.bleed - (placement.columns - 1) * board.inbox.columnGap) /
      placement.columns;
    const slot = (at: InboxSlot, height: number): Region => ({
      x: inner.x - board.inbox.bleed + at.column * (columnWidth + board.inbox.columnGap),
      y: inner.y + board.inbox.top + at.y,
      width: columnWidth,
      height,
    });
    for (const header of placement.headers) {
      const at = slot(header, plan.headerHeight);
      const kind = kindIcons[header.kind];
      this.iconWord(
        at.x + board.inbox.bleed,
        at.y + plan.headerHeight / 2,
        kind.icon,
        kind.colour,
        `${inboxKindNames[header.kind]} · ${header.count}`,
        space.sm,
        { bold: true, colour: palette.inkMuted },
      );
    }
    const items = view.inbox.slice(plan.from);
    placement.items.forEach((at, index) => {
      const item = items[index];
      const place = plan.from + index;
      const focused = Math.min(
        Math.max(plan.focus, plan.from),
        plan.from + placement.items.length - 1,
      );
      if (item) this.drawInboxItem(item, slot(at, plan.itemHeight), place, place === focused, plan);
    });
    if (placement.more) {
      const shown = placement.items.length;
      this.button({
        region: slot(placement.more, plan.itemHeight),
        label: `+${items.length - shown} more`,
        action: 'choose',
        variant: 'quiet',
        data: { pager: String(plan.from + shown) },
        onActivate: () =>
          this.scene.restart({
            page: plan.from + shown,
            focus: plan.from + shown,
          } satisfies BoardData),
      });
    }
  }

  private drawInboxItem(
    item: InboxItem,
    region: Region,
    index: number,
    autofocus: boolean,
    plan: InboxPlan,
  ): void {
    this.button({
      region,
      label: plan.twoColumns ? item.shortCustomer : item.customer,
      shortLabel: item.shortCustomer,
      ...(plan.twoColumns ? {} : { aside: firstName(item.repName) }),
      compact: true,
      action: 'choose',
      variant: 'choice',
      ...(index - plan.from < 9 ? { shortcut: index - plan.from + 1 } : {}),
      autofocus,
      description: item.title,
      data: { deal: item.dealId, kind: item.kind },
      onActivate: () => this.openItem(item, index, plan.from),
    });
  }

  /** Opens an inbox item's decision; back from it, the board focuses the same place. */
  private openItem(item: InboxItem, index: number, from: number): void {
    this.app.playChoice();
    this.go(SceneKey.decision, {
      dealId: item.dealId,
      kind: item.kind,
      title: item.title,
      index,
      page: from,
    });
  }

  /**
   * A card's DOM twin: pressing it opens the deal's decision when the inbox
   * holds one, or else the deal itself to look at, with nothing to decide.
   */
  private cardButton(
    deal: DealCardView,
    card: DealCard,
    at: Region,
    view: BoardView,
    from: number,
    focused: boolean,
  ): void {
    const index = view.inbox.findIndex((item) => item.dealId === deal.id);
    const item = view.inbox[index];
    const outline = this.add
      .rectangle(0, 0, at.width, card.cardHeight)
      .setOrigin(0, 0)
      .setStrokeStyle(stroke.focus / 2, palette.yellow)
      .setVisible(false);
    card.add(outline);
    const facts = `${money(deal.value, view.currency)}, ${firstName(deal.repName)}’s deal in ${dealStageNames[deal.stage].toLowerCase()}`;
    this.app.dom.button({
      text: [deal.customer, facts],
      action: 'open-deal',
      region: { ...at, height: card.cardHeight },
      data: { card: deal.id },
      ...(item ? { description: item.title } : {}),
      ...(focused ? { autofocus: true } : {}),
      onHighlight: (on) => {
        outline.setVisible(on);
        tellCanvasChanged(this, card);
      },
      onActivate: () => {
        if (item) {
          this.openItem(item, index, from);
          return;
        }
        this.app.playChoice();
        this.go(SceneKey.decision, {
          dealId: deal.id,
          kind: 'look',
          title: `${deal.customer}: nothing to decide this week`,
          index: 0,
          card: deal.id,
        } satisfies DecisionData);
      },
    });
  }

  private drawEndWeek(view: BoardView, area: Region): void {
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
