/** A benchmark worker: plays the batch it is given and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { shippedScenarios } from '../runner/shippedScenarios';
import { type Batch, playMany } from './playMany';

const { scenario, batch } = workerData as { scenario: string; batch: Batch };
const chosen = shippedScenarios().get(scenario);
if (!chosen) throw new Error(`unknown scenario ${scenario}`);
parentPort?.postMessage(playMany(chosen, batch));
