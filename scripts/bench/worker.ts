/** A benchmark worker: plays the batch of the scenario it is handed and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../src/content/scenario';
import { type Batch, playMany } from './playMany';

const { scenario, batch } = workerData as { scenario: Scenario; batch: Batch };
parentPort?.postMessage(playMany(scenario, batch));
