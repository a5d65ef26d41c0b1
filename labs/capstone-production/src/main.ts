// npm start: runs the chaos script, draws the latency and cost dashboards, and prints the
// incident report (markdown). In CI: npm start > incident-report.md.
import { plot } from '@ai-roadmap/kit';
import { hour, minute } from './clock.ts';
import { runChaos, verdicts } from './chaos.ts';
import { costPerHour, latencyOverTime } from './dashboard.ts';
import { renderReport } from './report.ts';

const run = runChaos();
const latency = latencyOverTime(run.spans, 10 * minute);
const cost = costPerHour(run.spans);
// The charts go to stderr in Node, so that `npm start > report.md` keeps only the report;
// in the page they are drawn in the output panel.
const quietly = (draw: () => void): void => {
  const log = console.log;
  console.log = console.error;
  try {
    draw();
  } finally {
    console.log = log;
  }
};

if (latency.length === 0 || cost.length === 0) {
  console.error('The dashboards are empty: finish milestone 2 (src/dashboard.ts) to draw them.\n');
} else {
  quietly(() => {
    plot({
      kind: 'line',
      title: 'Request latency, per 10 minutes',
      x: { label: 'hours into the run' },
      y: { label: 'seconds', min: 0 },
      series: [
        { label: 'p50', points: latency.map((point) => [point.startMs / hour, point.p50Ms / 1000]) },
        { label: 'p95', points: latency.map((point) => [point.startMs / hour, point.p95Ms / 1000]) },
      ],
    });
    plot({
      kind: 'bar',
      title: 'Cost per hour, in US dollars',
      x: { label: 'hour of the run' },
      y: { label: 'US dollars' },
      series: [{ label: 'cost', points: cost.map((point) => [`${point.hour}:00`, Number(point.usd.toFixed(4))]) }],
    });
  });
}

console.log(renderReport(run, verdicts(run)));
