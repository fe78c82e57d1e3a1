/** A runner worker thread: plays its share of the seasons and hands back what their summaries read. */
import { parentPort, workerData } from 'node:worker_threads';
import { playShare } from './playOnCores';
import type { RunnerJob } from './playSeeds';
import { shippedScenarios } from './shippedScenarios';

const share = workerData as RunnerJob[];
const scenario = share[0]?.scenario ?? '';
const entry = shippedScenarios().get(scenario);
if (!entry) throw new Error(`the runner worker has no scenario "${scenario}"`);
parentPort?.postMessage(playShare(entry.scenario, share));
