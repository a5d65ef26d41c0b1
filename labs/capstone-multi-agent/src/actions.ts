// An action is a call to a tool that changes something: money, a running
// service, data. Agents only propose actions; the gate decides; the act node
// performs them through MCP.
import { pounds } from './world.ts';

export type SideEffectTool = 'issue_credit' | 'restart_service' | 'delete_backups';
export const sideEffectTools: readonly SideEffectTool[] = ['issue_credit', 'restart_service', 'delete_backups'];

export interface Action {
  tool: SideEffectTool;
  /** issue_credit: the account credited. */
  account?: string;
  /** issue_credit: how much, in pence. */
  amountPence?: number;
  /** restart_service and delete_backups: which service. */
  service?: string;
}

/** The same action always has the same key, whatever order its fields were written in. */
export function actionKey(action: Action): string {
  const { tool, account, amountPence, service } = action;
  return [tool, account ?? '', amountPence ?? '', service ?? ''].join('|');
}

/** "issue_credit £15.00 to ACC-1", for reports and approval requests. */
export function describeAction(action: Action): string {
  if (action.tool === 'issue_credit') return `issue_credit ${pounds(action.amountPence ?? 0)} to ${action.account ?? '?'}`;
  return `${action.tool} ${action.service ?? '?'}`;
}
