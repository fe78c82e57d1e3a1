/** A runner worker thread: plays chunks of seasons until none is left, and hands back what their summaries read. */
import { parentPort, workerData } from 'node:worker_threads';
import { playChunks, type WorkerShare } from './playOnCores';
import { shippedScenarios } from './shippedScenarios';

const share = workerData as WorkerShare;
const scenario = share.jobs[0]?.scenario ?? '';
const entry = shippedScenarios().get(scenario);
if (!entry) throw new Error(`the runner worker has no scenario "${scenario}"`);
parentPort?.postMessage(playChunks(entry.scenario, share));
