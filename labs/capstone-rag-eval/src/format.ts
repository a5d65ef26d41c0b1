import type { Interval } from './interval.ts';

/** A share with two decimals: 0.8333 → "0.83". */
export const share = (value: number): string => value.toFixed(2);

/** An interval as the report writes it: "0.83 (95% CI 0.64–0.93)". */
export const formatInterval = ({ rate, low, high }: Interval): string => `${share(rate)} (95% CI ${share(low)}–${share(high)})`;

/** Text safe inside a markdown table cell. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
