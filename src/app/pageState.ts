/**
 * What the page says about the game for tests and assistive technology:
 * #app carries the current screen and week, #announcer speaks what changed.
 */
export const screens = [
  'title',
  'week',
  'decision',
  'results',
  'quarter',
  'end',
  'debrief',
] as const;
export type Screen = (typeof screens)[number];

export class PageState {
  private current: Screen | 'loading' = 'loading';
  private currentWeek = 0;
  /** Hears every screen the game opens (a facilitated session paces by them). */
  onScreen: ((screen: Screen, week: number) => void) | undefined;

  constructor(
    private readonly app: HTMLElement,
    private readonly announcer: HTMLElement,
  ) {}

  get screen(): Screen | 'loading' {
    return this.current;
  }

  /** The week the root's data-week shows. */
  get week(): number {
    return this.currentWeek;
  }

  setScreen(screen: Screen, week: number): void {
    this.current = screen;
    this.currentWeek = week;
    this.app.dataset.screen = screen;
    this.app.dataset.week = String(week);
    this.onScreen?.(screen, week);
  }

  /** Says this to screen-reader users (politely, after what they are hearing). */
  announce(text: string): void {
    // Clearing first makes the same words heard again when they repeat.
    this.announcer.textContent = '';
    requestAnimationFrame(() => {
      this.announcer.textContent = text;
    });
  }
}
