import { format, inspect } from './inspect.ts';

type Write = (stream: 'stdout' | 'stderr', text: string) => void;

/** console, printing through util.format like Node's. */
export function createConsole(write: Write) {
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  let indent = '';
  const out = (stream: 'stdout' | 'stderr') => (...args: unknown[]) => write(stream, `${indent}${format(...args).replace(/\n/g, `\n${indent}`)}\n`);
  const log = out('stdout');
  const error = out('stderr');
  return {
    log,
    info: log,
    debug: log,
    error,
    warn: error,
    trace: (...args: unknown[]) => error(`Trace: ${format(...args)}`),
    dir: (value: unknown, options?: { depth?: number }) => write('stdout', `${inspect(value, options)}\n`),
    table: (rows: unknown) => log(rows),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) error(`Assertion failed${args.length ? `: ${format(...args)}` : ''}`);
    },
    count: (label = 'default') => {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      log(`${label}: ${counts.get(label)}`);
    },
    countReset: (label = 'default') => counts.delete(label),
    time: (label = 'default') => timers.set(label, performance.now()),
    timeLog: (label = 'default', ...args: unknown[]) => log(`${label}: ${(performance.now() - (timers.get(label) ?? performance.now())).toFixed(3)}ms`, ...args),
    timeEnd: (label = 'default') => {
      log(`${label}: ${(performance.now() - (timers.get(label) ?? performance.now())).toFixed(3)}ms`);
      timers.delete(label);
    },
    group: (...args: unknown[]) => {
      if (args.length) log(...args);
      indent += '  ';
    },
    groupEnd: () => {
      indent = indent.slice(2);
    },
  };
}
