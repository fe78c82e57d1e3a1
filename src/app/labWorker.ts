/**
 * The policy lab's worker: plays the chosen player over the seeds off the
 * page's thread, so the debrief stays answering while it runs, and posts back
 * the spread and the time it took.
 */
import type { Scenario } from '../content/scenario';
import { type LabChoice, type LabResult, runLab } from './policyLab';

export interface LabRequest {
  scenario: Scenario;
  choice: LabChoice;
  seeds: number[];
}

export type LabReply = { ok: true; result: LabResult; ms: number } | { ok: false; message: string };

const worker = self as unknown as {
  onmessage: ((event: MessageEvent<LabRequest>) => void) | null;
  postMessage(reply: LabReply): void;
};

worker.onmessage = (event) => {
  const { scenario, choice, seeds } = event.data;
  try {
    const started = performance.now();
    const result = runLab(scenario, choice, seeds);
    worker.postMessage({ ok: true, result, ms: performance.now() - started });
  } catch (error) {
    worker.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
