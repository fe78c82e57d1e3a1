/**
 * The debrief: the season's behaviour over time beside the roads not taken,
 * what the wins cost, the decision log, the style played on, what led to
 * each outcome, the loops, the policy lab and the questions for the room, a
 * page each (src/ui/debrief). Every figure comes from selectors; every page's
 * figures are also tables in the DOM layer, all of them on every page.
 */

import { causesTable } from '../app/causeWords';
import { costTables } from '../app/costWords';
import { type ChartFigures, chartFigures, chartTables, sideBySide } from '../app/debriefCharts';
import { logTable } from '../app/decisionLogWords';
import { describeSeason } from '../app/describeSeason';
import { labBenchOf } from '../app/labBench';
import { labTable } from '../app/labWords';
import { loopsTable } from '../app/loopWords';
import { measured, roadsMeasure } from '../app/measured';
import { styleWords } from '../app/playedForward';
import { roomVoteWords } from '../app/roomVoteWords';
import { drawCauses } from '../ui/debrief/causesPage';
import { drawChart, drawMarks } from '../ui/debrief/chartsPage';
import { drawCost } from '../ui/debrief/costPage';
import {
  type DebriefData,
  type DebriefHost,
  type DebriefTab,
  debriefTabNames,
  debriefTabs,
} from '../ui/debrief/debriefHost';
import { drawForward } from '../ui/debrief/forwardPage';
import { drawLab } from '../ui/debrief/labPage';
import { drawLog, filteredLog } from '../ui/debrief/logPage';
import { drawLoops } from '../ui/debrief/loopsPage';
import { drawSummary } from '../ui/debrief/summaryPage';
import { debrief } from '../ui/layout';
import { BaseScene } from './BaseScene';
import { SceneKey } from './sceneKeys';

export type { DebriefData, DebriefTab };

/** Which charts each page draws, in its four slots (the team page keeps one for the marks). */
const tabCharts: Record<'team' | 'manager', ChartFigures['chart'][]> = {
  team: ['capability', 'ownership', 'morale'],
  manager: ['energy', 'hoursDemanded', 'bookings', 'helpRequests'],
};

/** What the played-on page charts. */
const forwardChartNames: readonly ChartFigures['chart'][] = ['bookings', 'capability', 'ownership'];

export class DebriefScene extends BaseScene {
  constructor() {
    super(SceneKey.debrief);
  }

  /** What the pages draw with. */
  private host(): DebriefHost {
    return {
      scene: this,
      dom: this.app.dom,
      currency: this.session.facts.currency,
      button: (config) => this.button(config),
      show: (data) => this.scene.restart(data),
      announce: (text) => this.app.page.announce(text),
    };
  }

  /** The page on screen. */
  private tab: DebriefTab = 'team';

  create(data: DebriefData = {}): void {
    const tab = data.tab ?? 'team';
    this.tab = tab;
    const session = this.session;
    const currency = session.facts.currency;
    // The season in figures, and how the room voted when a room played it.
    const votes = session.roomVotes();
    const lines = [
      ...describeSeason(session.summary(), currency),
      ...(votes.votes > 0 ? [{ label: 'How the room voted', text: roomVoteWords(votes) }] : []),
    ];
    const questions = session.scenario.debriefQuestions;
    const series = session.series();
    const roads = measured(roadsMeasure, () => session.roads());
    // The roads not taken, then any other road the room played after a rewind.
    const charts = chartFigures(series, [...roads, ...session.playedRoads()], currency);
    const forward = session.forward();
    const forwardCharts = chartFigures(forward.yours.series, forward.roads, currency).filter(
      (chart) => forwardChartNames.includes(chart.chart),
    );
    const loops = session.loops();
    const ledger = session.ledger();
    const score = session.score();
    const log = session.decisionLog();
    const lab = labBenchOf(session);
    const chains = session.causeChains();
    this.enter('debrief', session.facts.weeks, {
      heading: `Debrief: ${debriefTabNames[tab]}`,
      lines: [
        ...lines.map((line) => `${line.label}: ${line.text}.`),
        ...questions.map((question, index) => `Question ${index + 1}: ${question}`),
      ],
      tables: [
        ...chartTables(charts, series),
        ...costTables(ledger, score, roads, currency),
        logTable(filteredLog(log, data), currency),
        loopsTable(loops, currency),
        sideBySide(
          forwardCharts,
          forward.yours.series,
          `Your style played on to week ${forward.horizon}, beside always coaching early and always rescuing late. ${styleWords(forward.style)}`,
          'forward',
          'your style',
        ),
        causesTable(chains, currency),
        labTable(lab.status, lab.result, currency),
      ],
    });
    this.addHeader('Debrief', session.scenario.title);
    this.drawTabs(tab, data.keep === undefined);
    const host = this.host();
    switch (tab) {
      case 'team':
      case 'manager': {
        const shown = tabCharts[tab].map((chart) => charts.find((c) => c.chart === chart)!);
        shown.forEach((chart, index) => {
          drawChart(host, debrief.chart(index % 2, Math.floor(index / 2)), chart, series);
        });
        if (tab === 'team') drawMarks(host, debrief.chart(1, 1), series);
        break;
      }
      case 'cost':
        drawCost(host, ledger, score, roads);
        break;
      case 'log':
        drawLog(host, log, data);
        break;
      case 'forward':
        drawForward(host, forward, forwardCharts, session.lastWeekPlayed);
        break;
      case 'loops':
        drawLoops(host, loops);
        break;
      case 'lab':
        drawLab(host, lab, series, data, () => {
          lab.run(session.scenario, session.seed, () => {
            // Back with figures: drawn if the lab is still on screen (the loop may be asleep).
            if (!this.scene.isActive() || this.tab !== 'lab') return;
            this.scene.restart({ tab: 'lab', keep: 'run' });
            this.app.wake();
          });
          this.scene.restart({ tab: 'lab', keep: 'run' });
        });
        if (lab.status === 'done') lab.shown();
        break;
      case 'causes':
        drawCauses(host, chains, charts, series, data);
        break;
      case 'summary':
        drawSummary(host, lines, questions);
        break;
    }
    this.button({
      region: debrief.continue,
      label: 'New game',
      detail: 'Back to the title',
      action: 'new-game',
      variant: 'primary',
      primary: true,
      onActivate: () => {
        lab.dispose();
        this.app.closeSession();
        this.go(SceneKey.title);
      },
    });
    this.app.page.announce(`Debrief: ${debriefTabNames[tab]}.`);
    this.focusFirst();
  }

  private drawTabs(current: DebriefTab, focusCurrent: boolean): void {
    const { x, y, width, height, gap, columnGap, perRow } = debrief.tabs;
    debriefTabs.forEach((tab, index) => {
      const column = index % perRow;
      const row = Math.floor(index / perRow);
      this.button({
        region: { x: x + column * (width + columnGap), y: y + row * (height + gap), width, height },
        label: debriefTabNames[tab],
        action: 'choose',
        variant: tab === current ? 'primary' : 'secondary',
        shortcut: index + 1,
        ...(tab === current && focusCurrent ? { autofocus: true } : {}),
        once: false,
        ...(tab === current ? { description: 'Shown now' } : {}),
        data: { debriefTab: tab, ...(tab === current ? { current: 'true' } : {}) },
        onActivate: () => {
          if (tab !== current) this.scene.restart({ tab });
        },
      });
    });
  }
}
