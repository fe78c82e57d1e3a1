/** A runner worker thread: plays its share of the seeds and hands back what the summary reads. */
import { parentPort, workerData } from 'node:worker_threads';
import { type RunRecord, runRecord } from '../../src/sim/runSummary';
import { playSeeds, type RunnerJob } from './playSeeds';
import { shippedScenarios } from './shippedScenarios';

const job = workerData as RunnerJob;
const entry = shippedScenarios().get(job.scenario);
if (!entry) throw new Error(`the runner worker has no scenario "${job.scenario}"`);
const records: RunRecord[] = playSeeds(entry.scenario, job).map(runRecord);
parentPort?.postMessage(records);
