// The build's own warnings that say nothing a contributor can act on, kept out of its output.

interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Astro marks every MDX page that propagates styles with the directive "use astro:head-inject".
 * Rolldown warns, once per chapter, that it may not keep a module-level directive when bundling;
 * Astro reads the directive before bundling, so nothing is lost.
 */
export const isAstroDirectiveWarning = (warning: BuildWarning): boolean =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');

/** For Vite's `build.rolldownOptions.onwarn`: drops the warnings above, passes every other one on. */
export function dropKnownWarnings<W extends BuildWarning>(warning: W, warn: (warning: W) => void): void {
  if (!isAstroDirectiveWarning(warning)) warn(warning);
}
