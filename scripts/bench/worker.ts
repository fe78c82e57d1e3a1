/** A benchmark worker: plays the batch it is given and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { scenarioSetups } from '../runner/scenarioSetups';
import { type Batch, playMany } from './playMany';

const { scenario, batch } = workerData as { scenario: string; batch: Batch };
const setup = scenarioSetups().get(scenario);
if (!setup) throw new Error(`unknown scenario ${scenario}`);
parentPort?.postMessage(playMany(setup, batch));
