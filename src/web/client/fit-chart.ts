/**
 * The fit page island: draws the fit history the page carries in `data-chart` as a uPlot chart,
 * one line per path, with the plausible range of each path being tested as a shaded band. The same numbers are in the
 * table under it, so without this script (or if it fails) nothing is lost. Colours come from the
 * stylesheet's custom properties, so the chart follows the light or dark scheme.
 */
import uPlot from 'uplot';

interface Series {
  title: string;
  /** Whether its plausible range is drawn as a band (only for the paths being tested). */
  shaded: boolean;
  fit: number[];
  low: number[];
  high: number[];
}

interface ChartData {
  dates: string[];
  series: Series[];
}

const HEIGHT = 320;

function isChartData(value: unknown): value is ChartData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<ChartData>;
  return Array.isArray(data.dates) && Array.isArray(data.series);
}

/** "2030-01-05" → seconds since the epoch at UTC midnight: the chart's x values. */
function toSeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** "#1f5aa6" → "#1f5aa61f": the same colour, mostly see-through, so overlapping bands stay readable. */
function translucent(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}1f` : colour;
}

const DAY = 86_400;
/** Ticks fall on whole days only: a day, two, a week, two weeks, about a month, a quarter. */
const DAY_STEPS = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY];
const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

function draw(container: HTMLElement, figure: HTMLElement, data: ChartData): void {
  // Shown first: a hidden figure has no width to draw in.
  figure.hidden = false;
  const style = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = token('--muted', '#545d66');
  const grid = token('--border', '#d9dcdf');
  const x = data.dates.map(toSeconds);
  const columns: (number | null)[][] = [];
  const series: uPlot.Series[] = [{}];
  const bands: uPlot.Band[] = [];
  data.series.forEach((path, index) => {
    const colour = token(`--chart-${index + 1}`, '#1f5aa6');
    const first = columns.length + 1;
    columns.push(path.fit, path.high, path.low);
    series.push(
      { label: path.title, stroke: colour, width: 2, points: { show: true, size: 6, fill: colour } },
      { label: `${path.title} (high)`, stroke: 'transparent', points: { show: false } },
      { label: `${path.title} (low)`, stroke: 'transparent', points: { show: false } },
    );
    if (path.shaded) bands.push({ series: [first + 1, first + 2], fill: translucent(colour) });
  });
  const percent = (_u: uPlot, values: number[]) => values.map((v) => `${Math.round(v * 100)}%`);
  const options: uPlot.Options = {
    width: container.clientWidth,
    height: HEIGHT,
    series,
    bands,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range: [0, 1] } },
    axes: [
      {
        stroke: text,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
        incrs: DAY_STEPS,
        values: (_u, splits) => splits.map((s) => dayLabel.format(new Date(s * 1000))),
      },
      { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, values: percent },
    ],
  };
  const chart = new uPlot(options, [x, ...columns], container);
  new ResizeObserver(() => {
    const width = container.clientWidth;
    if (width > 0 && width !== chart.width) chart.setSize({ width, height: HEIGHT });
  }).observe(container);
}

const container = document.getElementById('fit-chart');
const figure = document.getElementById('fit-chart-figure');
if (container && figure && container.dataset.chart) {
  const data: unknown = JSON.parse(container.dataset.chart);
  if (isChartData(data) && data.dates.length > 1) draw(container, figure, data);
}
