/** The decision log: filters by rep and by kind, then the entries a page at a time. */
import { logHead, logRow } from '../../app/decisionLogWords';
import {
  type DecisionLogEntry,
  type LoggedKind,
  loggedKindShort,
  loggedKinds,
} from '../../sim/decisionLog';
import { firstName } from '../format';
import { debrief, space } from '../layout';
import { palette } from '../palette';
import { lineHeight, textStyle } from '../typography';
import { tableRow } from './canvasTable';
import type { DebriefData, DebriefHost } from './debriefHost';

/** The log's entries the filters let through. */
export function filteredLog(
  log: readonly DecisionLogEntry[],
  data: DebriefData,
): DecisionLogEntry[] {
  return log.filter(
    (entry) =>
      (data.rep === undefined || entry.repId === data.rep) &&
      (data.kind === undefined || entry.kind === data.kind),
  );
}

export function drawLog(
  host: DebriefHost,
  all: readonly DecisionLogEntry[],
  data: DebriefData,
): void {
  const { scene, currency } = host;
  const shown = filteredLog(all, data);
  const { log } = debrief;
  const reps = [...new Map(all.map((entry) => [entry.repId, entry.repName])).entries()];
  const kinds = loggedKinds.filter((kind) => all.some((entry) => entry.kind === kind));
  let y = log.y;
  const filterRow = (
    label: string,
    options: { name: string; value: string | undefined }[],
    current: string | undefined,
    next: (value: string | undefined) => DebriefData,
  ) => {
    scene.add
      .text(log.x, y + log.filter.height / 2, label, textStyle('small', { bold: true }))
      .setOrigin(0, 0.5);
    const width = Math.min(
      log.filter.width,
      (log.width - log.filter.label) / options.length - log.filter.gap,
    );
    options.forEach((option, index) => {
      const on = option.value === current;
      host.button({
        region: {
          x: log.x + log.filter.label + index * (width + log.filter.gap),
          y,
          width,
          height: log.filter.height,
        },
        label: option.name,
        action: 'choose',
        variant: on ? 'primary' : 'secondary',
        once: false,
        ...(on ? { description: 'Shown now' } : {}),
        data: { logFilter: label.toLowerCase(), ...(on ? { current: 'true' } : {}) },
        onActivate: () => {
          if (!on) host.show(next(option.value));
        },
      });
    });
    y += log.filter.height + log.filter.gap;
  };
  const withFilter = (change: Partial<DebriefData>): DebriefData => {
    const next: DebriefData = { tab: 'log', ...data, ...change, page: 0 };
    for (const key of ['rep', 'kind'] as const) if (next[key] === undefined) delete next[key];
    return next;
  };
  filterRow(
    'Rep',
    [
      { name: 'All', value: undefined },
      ...reps.map(([id, name]) => ({ name: firstName(name), value: id })),
    ],
    data.rep,
    (rep) => withFilter({ rep }),
  );
  filterRow(
    'Kind',
    [
      { name: 'All', value: undefined },
      ...kinds.map((kind) => ({ name: loggedKindShort[kind], value: kind })),
    ],
    data.kind,
    (kind) => withFilter({ kind: kind as LoggedKind | undefined }),
  );
  y += space.sm;
  tableRow(scene, log.x, y, log.columns, logHead, { head: true });
  y += lineHeight('small') + space.sm;
  const page = data.page ?? 0;
  const pages = Math.max(1, Math.ceil(shown.length / log.perPage));
  if (shown.length === 0) {
    scene.add.text(
      log.x,
      y,
      'No decisions of this kind.',
      textStyle('body', { colour: palette.inkMuted }),
    );
  }
  for (const entry of shown.slice(page * log.perPage, (page + 1) * log.perPage)) {
    tableRow(scene, log.x, y, log.columns, logRow(entry, currency), { lines: 2 });
    y += log.rowHeight;
  }
  if (pages > 1) {
    const next = (page + 1) % pages;
    host.button({
      region: { x: log.x, y: debrief.continue.y, width: 560, height: debrief.continue.height },
      label:
        next === 0
          ? `Back to 1–${log.perPage} of ${shown.length}`
          : `More: ${next * log.perPage + 1}–${Math.min(shown.length, (next + 1) * log.perPage)} of ${shown.length}`,
      action: 'choose',
      once: false,
      data: { pager: String(next) },
      onActivate: () => host.show({ ...data, tab: 'log', page: next }),
    });
  }
}
