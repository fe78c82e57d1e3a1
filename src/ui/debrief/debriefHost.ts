/**
 * What a debrief page draws with: the scene's canvas, buttons with DOM twins,
 * a way to show the debrief again in another state (a page, a filter, a
 * pick), and the DOM layer for words that change without a new screen.
 * Each page of the debrief is a function over a host and the figures it draws.
 */
import type Phaser from 'phaser';
import type { LoggedKind } from '../../sim/decisionLog';
import type { ActionButton, ActionButtonConfig } from '../ActionButton';
import type { DomLayer } from '../DomLayer';

/** The debrief's pages, each a tab. */
export const debriefTabs = [
  'team',
  'manager',
  'cost',
  'log',
  'forward',
  'causes',
  'loops',
  'lab',
  'summary',
] as const;
export type DebriefTab = (typeof debriefTabs)[number];

export const debriefTabNames: Record<DebriefTab, string> = {
  team: 'Team',
  manager: 'You',
  cost: 'The cost',
  log: 'Choices',
  forward: 'Long run',
  causes: 'Causes',
  loops: 'Loops',
  lab: 'Policy lab',
  summary: 'Discuss',
};

export interface DebriefData {
  tab?: DebriefTab;
  /** The decision log's filters and page. */
  rep?: string;
  kind?: LoggedKind;
  page?: number;
  /** The outcome picked on the "what led to this" page, by its id. */
  outcome?: string;
  /** The list of outcomes' page. */
  outcomePage?: number;
  /** The button that keeps focus when the page is shown again (its key on the page). */
  keep?: string;
}

export interface DebriefHost {
  readonly scene: Phaser.Scene;
  readonly dom: DomLayer;
  readonly currency: string;
  button(config: ActionButtonConfig): ActionButton;
  /** Shows the debrief again in this state. */
  show(data: DebriefData): void;
  /** Tells a screen reader something that changed on the page. */
  announce(text: string): void;
}
