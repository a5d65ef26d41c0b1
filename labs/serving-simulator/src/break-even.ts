import type { PriceRow } from '@ai-roadmap/kit';

/**
 * What an API charges per million output tokens once the input that comes with them is counted:
 * a workload that sends `inputPerOutput` input tokens for every output token pays both.
 */
export function apiUsdPerMillionOutput(row: PriceRow, inputPerOutput: number): number {
  if (!(inputPerOutput >= 0)) throw new Error(`apiUsdPerMillionOutput: inputPerOutput must be 0 or more, got ${inputPerOutput}`);
  return row.outputPerMTok + row.inputPerMTok * inputPerOutput;
}

/**
 * What one self-hosted GPU costs per million output tokens. You pay for every hour; it produces
 * tokens only for the share of the hour (utilisation) that it is busy at `outputTokensPerSecond`.
 */
export function selfHostedUsdPerMillionOutput(gpuUsdPerHour: number, outputTokensPerSecond: number, utilisation: number): number {
  if (!(gpuUsdPerHour > 0)) throw new Error(`selfHostedUsdPerMillionOutput: gpuUsdPerHour must be more than 0, got ${gpuUsdPerHour}`);
  if (!(outputTokensPerSecond > 0)) throw new Error(`selfHostedUsdPerMillionOutput: outputTokensPerSecond must be more than 0, got ${outputTokensPerSecond}`);
  if (!(utilisation > 0 && utilisation <= 1)) throw new Error(`selfHostedUsdPerMillionOutput: utilisation must be in (0, 1], got ${utilisation}`);
  // TODO: the dollars for one hour, divided by the millions of tokens made in that hour.
  return gpuUsdPerHour / outputTokensPerSecond;
}

/**
 * The utilisation at which self-hosting costs the same per token as the API. Above it, the GPU is
 * cheaper. A value above 1 means the GPU never breaks even, however busy you keep it.
 */
export function breakEvenUtilisation(gpuUsdPerHour: number, outputTokensPerSecond: number, apiUsdPerMillion: number): number {
  if (!(apiUsdPerMillion > 0)) throw new Error(`breakEvenUtilisation: apiUsdPerMillion must be more than 0, got ${apiUsdPerMillion}`);
  // TODO: find the utilisation at which the two costs per million are equal.
  return 1;
}
