/** The team's capability, ownership and morale and the manager's energy, week by week, as one chart. */
import type Phaser from 'phaser';
import type { StockPoint } from '../sim/quarterReview';
import { LineChart } from './LineChart';
import type { Region } from './layout';
import { meaning } from './palette';

export function addTeamStocksChart(
  scene: Phaser.Scene,
  region: Region,
  stocks: readonly StockPoint[],
): LineChart {
  return new LineChart(
    scene,
    region,
    [
      {
        name: 'Capability',
        colour: meaning.capability,
        marker: 'circle',
        values: stocks.map((p) => p.capability),
      },
      {
        name: 'Ownership',
        colour: meaning.ownership,
        marker: 'square',
        values: stocks.map((p) => p.ownership),
      },
      {
        name: 'Morale',
        colour: meaning.morale,
        marker: 'triangle',
        values: stocks.map((p) => p.morale),
      },
      {
        name: 'Your energy',
        colour: meaning.energy,
        marker: 'diamond',
        values: stocks.map((p) => p.energy),
      },
    ],
    stocks.map((p) => (p.week === 0 ? 'Start' : `W${p.week}`)),
  );
}
