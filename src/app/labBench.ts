/**
 * The policy lab as the debrief keeps it for one game: the player picked
 * (a built-in or the mix, with the mix's settings), and the last run, its
 * status and its figures. A run goes to a Web Worker; the debrief is told
 * when it comes back. The time from pressing run to the figures shown is
 * measured as `debrief.lab` (User Timing) for the browser benchmark.
 */
import type { Scenario } from '../content/scenario';
import type { PolicyMix } from '../sim/policies';
import type { PolicyName } from '../sim/vocabulary';
import type { LabReply, LabRequest } from './labWorker';
import { type LabChoice, type LabResult, labSeeds } from './policyLab';

export type LabStatus = 'ready' | 'running' | 'done' | 'failed';

/** The mix's settings move in steps of a tenth. */
export const mixStep = 0.1;

export const labMeasure = 'debrief.lab';
const startMark = 'debrief.lab.start';

export class LabBench {
  picked: PolicyName | 'mix' = 'coach-early';
  mix: PolicyMix = { coachEarly: 0.5, rescueLate: 0.5, reviewLosses: true };
  status: LabStatus = 'ready';
  result: LabResult | undefined;
  /** The worker's own time for the last run, in milliseconds. */
  workMs = 0;
  failure: string | undefined;
  private worker: Worker | undefined;

  get choice(): LabChoice {
    return this.picked === 'mix' ? { mix: { ...this.mix } } : { policy: this.picked };
  }

  /** Moves one of the mix's shares a step up or down, within 0..1, and picks the mix. */
  nudge(share: 'coachEarly' | 'rescueLate', steps: number): void {
    const next = Math.round((this.mix[share] + steps * mixStep) * 10) / 10;
    this.mix = { ...this.mix, [share]: Math.min(1, Math.max(0, next)) };
    this.picked = 'mix';
  }

  toggleReviews(): void {
    this.mix = { ...this.mix, reviewLosses: !this.mix.reviewLosses };
    this.picked = 'mix';
  }

  /** Runs the picked player over the seeds in a worker; `onChange` hears when it is done. */
  run(scenario: Scenario, seed: number, onChange: () => void): void {
    this.worker?.terminate();
    const worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    this.status = 'running';
    this.failure = undefined;
    performance.mark(startMark);
    const finish = (reply: LabReply) => {
      worker.terminate();
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (reply.ok) {
        this.result = reply.result;
        this.workMs = reply.ms;
        this.status = 'done';
      } else {
        this.status = 'failed';
        this.failure = reply.message;
      }
      onChange();
    };
    worker.onmessage = (event: MessageEvent<LabReply>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, message: event.message || 'the lab could not start' });
    };
    const request: LabRequest = { scenario, choice: this.choice, seeds: labSeeds(seed) };
    worker.postMessage(request);
  }

  /** Called once the figures are on screen: the run's time, press to picture. */
  shown(): void {
    if (performance.getEntriesByName(startMark).length === 0) return;
    performance.measure(labMeasure, startMark);
    performance.clearMarks(startMark);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}

const benches = new WeakMap<object, LabBench>();

/** The lab of this game (one per game session). */
export function labBenchOf(game: object): LabBench {
  let bench = benches.get(game);
  if (!bench) {
    bench = new LabBench();
    benches.set(game, bench);
  }
  return bench;
}
