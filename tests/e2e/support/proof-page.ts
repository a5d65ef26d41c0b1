import { expect, type Locator, type Page } from '@playwright/test';

/** One item of /runtime-proof/ or /runtime-proof/labs/ (see src/runtime/proof/proof-page.ts). */
export const proofItem = (page: Page, name: string): Locator => page.locator(`[data-proof="${name}"]`);

/** Presses the item's Test or Run and waits for its verdict: 'passed' or 'failed'. */
export async function runProofItem(page: Page, name: string, button: 'Test' | 'Run' | 'Test the starter' = 'Test', timeoutMs = 120_000): Promise<string> {
  const item = proofItem(page, name);
  await item.getByRole('button', { name: button, exact: true }).click();
  await expect(item).toHaveAttribute('data-result', /passed|failed/, { timeout: timeoutMs });
  return (await item.getAttribute('data-result')) ?? '';
}
