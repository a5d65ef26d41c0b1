// Evaluates the rules once a minute over a run, as an alert manager would, and turns the
// minutes each alert fired into episodes: when it fired, when it resolved, its worst value.
import { minute } from './clock.ts';
import { alertNames, defaultThresholds, firingAlerts, type AlertName, type AlertThresholds } from './alerts.ts';
import type { RequestSpan } from './span-types.ts';

export interface AlertEpisode {
  alert: AlertName;
  firedAtMs: number;
  /** The first evaluation at which it no longer fired; null if it still fires at the end. */
  resolvedAtMs: number | null;
  /** The summary at its worst value. */
  worst: string;
}

export function alertTimeline(spans: RequestSpan[], untilMs: number, thresholds: AlertThresholds = defaultThresholds, everyMs = minute): AlertEpisode[] {
  const episodes: AlertEpisode[] = [];
  const open = new Map<AlertName, { episode: AlertEpisode; worstValue: number }>();
  for (let atMs = everyMs; atMs <= untilMs; atMs += everyMs) {
    const firing = new Map(firingAlerts(spans, atMs, thresholds).map((fired) => [fired.alert, fired]));
    for (const name of alertNames) {
      const fired = firing.get(name);
      const current = open.get(name);
      if (fired && !current) {
        const episode: AlertEpisode = { alert: name, firedAtMs: atMs, resolvedAtMs: null, worst: fired.summary };
        episodes.push(episode);
        open.set(name, { episode, worstValue: fired.value });
      } else if (fired && current && fired.value > current.worstValue) {
        current.worstValue = fired.value;
        current.episode.worst = fired.summary;
      } else if (!fired && current) {
        current.episode.resolvedAtMs = atMs;
        open.delete(name);
      }
    }
  }
  return episodes;
}
