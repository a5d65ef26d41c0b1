export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

/** What the app keeps between turns: a summary of old turns, the recent turns verbatim, and pinned facts. */
export interface ConversationState {
  summary: string | null;
  turns: Turn[];
  /** Facts that must survive every compaction, in the order they were pinned. */
  pinned: string[];
}

export const emptyState = (): ConversationState => ({ summary: null, turns: [], pinned: [] });

export const renderTurns = (turns: Turn[]): string => turns.map((turn) => `${turn.role}: ${turn.text}`).join('\n');

/** A titled block of the context. */
export const section = (title: string, body: string): string => `## ${title}\n${body}`;
