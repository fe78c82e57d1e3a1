/**
 * A line chart in plain DOM (SVG), for pages outside the canvas, such as the
 * tables compared: a thick line a table, each with its own colour, dash and
 * marker (never colour alone), named with its last value in a key under
 * the chart that wraps as it must, the weeks along the bottom. The same figures are in the page's tables.
 */
import { cssColour, palette } from './palette';
import { xLabelIndexes } from './xLabels';

export interface DomChartLine {
  name: string;
  values: readonly number[];
}

export interface DomChart {
  title: string;
  /** The top of the value axis (0 is the bottom). */
  max: number;
  format: (value: number) => string;
  /** A label for each point along the bottom ("W1"…). */
  labels: readonly string[];
  lines: readonly DomChartLine[];
}

const svgNs = 'http://www.w3.org/2000/svg';
/** The chart's own coordinates: the SVG scales to the page's width. */
const size = { width: 1200, height: 420, left: 90, right: 30, top: 24, bottom: 56 };
/** Each line's look, in turn: the colour (the game's palette), the dash, the marker. */
const looks = [
  { colour: cssColour(palette.yellow), dash: '', marker: 'circle' },
  { colour: cssColour(palette.skyBlue), dash: '18 8', marker: 'square' },
  { colour: cssColour(palette.orange), dash: '6 6', marker: 'triangle' },
  { colour: cssColour(palette.bluishGreen), dash: '24 6 6 6', marker: 'diamond' },
  { colour: cssColour(palette.reddishPurple), dash: '2 6', marker: 'circle' },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function marker(shape: string, x: number, y: number, colour: string): SVGElement {
  const r = 9;
  if (shape === 'circle') return svg('circle', { cx: x, cy: y, r, fill: colour });
  if (shape === 'square')
    return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: colour });
  const points =
    shape === 'triangle'
      ? [`${x},${y - r}`, `${x + r},${y + r}`, `${x - r},${y + r}`]
      : [`${x},${y - r}`, `${x + r},${y}`, `${x},${y + r}`, `${x - r},${y}`];
  return svg('polygon', { points: points.join(' '), fill: colour });
}

export function chartElement(chart: DomChart): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'dom-chart';
  const picture = svg('svg', {
    viewBox: `0 0 ${size.width} ${size.height}`,
    role: 'img',
    'aria-label': `${chart.title}: ${chart.lines
      .map((line) => `${line.name} ${chart.format(line.values.at(-1) ?? 0)}`)
      .join(', ')}`,
  });
  const plot = {
    x: size.left,
    y: size.top,
    width: size.width - size.left - size.right,
    height: size.height - size.top - size.bottom,
  };
  const count = Math.max(2, chart.labels.length);
  const xAt = (index: number) => plot.x + (index / (count - 1)) * plot.width;
  const yAt = (value: number) =>
    plot.y + plot.height - (Math.min(chart.max, Math.max(0, value)) / chart.max) * plot.height;
  // The value axis: four steps, each with its figure.
  for (let step = 0; step <= 4; step += 1) {
    const value = (chart.max * step) / 4;
    picture.append(
      svg('line', {
        x1: plot.x,
        x2: plot.x + plot.width,
        y1: yAt(value),
        y2: yAt(value),
        stroke: cssColour(palette.line),
        'stroke-width': 2,
      }),
    );
    const label = svg('text', { x: plot.x - 12, y: yAt(value) + 9, 'text-anchor': 'end' });
    label.textContent = chart.format(value);
    picture.append(label);
  }
  for (const index of xLabelIndexes(chart.labels.length)) {
    const label = svg('text', { x: xAt(index), y: size.height - 16, 'text-anchor': 'middle' });
    label.textContent = chart.labels[index] ?? '';
    picture.append(label);
  }
  chart.lines.forEach((line, index) => {
    const look = looks[index % looks.length]!;
    const points = line.values.map((value, at) => `${xAt(at)},${yAt(value)}`);
    picture.append(
      svg('polyline', {
        points: points.join(' '),
        fill: 'none',
        stroke: look.colour,
        'stroke-width': 6,
        'stroke-dasharray': look.dash,
        'stroke-linejoin': 'round',
      }),
    );
    const last = line.values.length - 1;
    if (last >= 0)
      picture.append(marker(look.marker, xAt(last), yAt(line.values[last]!), look.colour));
  });
  // The key: each line's look, its name and its last figure.
  const key = document.createElement('ul');
  key.className = 'dom-chart-key';
  chart.lines.forEach((line, index) => {
    const look = looks[index % looks.length]!;
    const item = document.createElement('li');
    const swatch = svg('svg', {
      viewBox: '0 0 80 24',
      width: 80,
      height: 24,
      'aria-hidden': 'true',
    });
    swatch.append(
      svg('line', {
        x1: 4,
        x2: 76,
        y1: 12,
        y2: 12,
        stroke: look.colour,
        'stroke-width': 6,
        'stroke-dasharray': look.dash,
      }),
      marker(look.marker, 40, 12, look.colour),
    );
    const last = line.values.at(-1);
    item.append(swatch, ` ${line.name}${last === undefined ? '' : `: ${chart.format(last)}`}`);
    key.append(item);
  });
  const caption = document.createElement('figcaption');
  caption.textContent = chart.title;
  figure.append(caption, picture, key);
  return figure;
}
