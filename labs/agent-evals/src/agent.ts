import { countTokens } from '@ai-roadmap/kit/tokens';
import type { Shop, ToolName, Write } from './shop.ts';
import type { Difficulty, Task } from './tasks.ts';

// The agent under evaluation: a stand-in for a model in a tool loop. It knows
// the right plan for each kind of task, and it slips the way real agents slip
// (it loops, skips the check before a write, writes the wrong thing, ignores
// the policy, gives up, repeats a write, states a wrong fact), each with a
// chance set by the task's difficulty and drawn from a seeded generator, so a
// trial can fail and the same seed always fails the same way. Every step is
// counted as a model call: its input is the whole transcript so far and its
// output the move it makes, in tokens of the kit's tokenizer.

export const systemPrompt =
  'You are the help desk of a small shop. Policy: look up an order before you change it; refund only delivered orders, ' +
  'never more than their total; cancel only pending orders; answer in one sentence that says what you did.';

/** How likely each slip is, per chance to make it, by difficulty. */
const slipRate: Record<Difficulty, number> = { easy: 0.06, medium: 0.2, hard: 0.38 };

export interface AgentRun {
  /** The final answer; empty when the step cap stopped the run. */
  answer: string;
  /** What the run changed in the shop. */
  writes: Write[];
  /** Every tool call, in order: the path. */
  calls: Array<{ tool: ToolName; args: Record<string, string | number> }>;
  /** Model calls made, the last answer included. */
  steps: number;
  inputTokens: number;
  outputTokens: number;
  stoppedByCap: boolean;
}

const pounds = (cents: number) => `£${(cents / 100).toFixed(2)}`;

export function runAgent(task: Task, shop: Shop, random: () => number, { maxSteps = 8 } = {}): AgentRun {
  const transcript: string[] = [systemPrompt, task.prompt];
  let steps = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  const slips = (share: number) => random() < slipRate[task.difficulty] * share;

  /** One model call: it reads the transcript and says its move. */
  function think(move: string) {
    steps += 1;
    inputTokens += countTokens(transcript.join('\n'));
    outputTokens += countTokens(move);
    transcript.push(move);
  }
  function act<T>(tool: ToolName, args: Record<string, string | number>, run: () => T): T {
    think(JSON.stringify({ tool, args }));
    const result = run();
    transcript.push(JSON.stringify(result));
    return result;
  }
  const finish = (answer: string, stoppedByCap = false): AgentRun => ({
    answer, writes: [...shop.writes], calls: [...shop.calls], steps, inputTokens, outputTokens, stoppedByCap,
  });
  function answer(text: string): AgentRun {
    think(text);
    return finish(text);
  }
  const lookup = () => act('lookupOrder', { orderId: task.orderId }, () => shop.tools.lookupOrder({ orderId: task.orderId }));
  const refund = (amountCents: number) =>
    act('refundOrder', { orderId: task.orderId, amountCents }, () => shop.tools.refundOrder({ orderId: task.orderId, amountCents }));

  // Loops: it keeps checking the order and never acts, until the cap stops it.
  if (slips(0.25)) {
    while (steps < maxSteps) lookup();
    return finish('', true);
  }
  // Skips the check: it acts on what the customer said, without looking the order up.
  const skipsLookup = task.kind !== 'status' && task.kind !== 'refund-full' && slips(0.5);
  const order = skipsLookup ? undefined : lookup();

  switch (task.kind) {
    case 'status': {
      // States a wrong fact: the status it expected, not the one it read.
      const said = slips(0.6) ? 'delivered' : (order?.status ?? 'unknown');
      return answer(`Your order ${task.orderId} is ${said}.`);
    }
    case 'refund-refused': {
      // Ignores the policy: it refunds an order that has not arrived.
      if (!order || slips(0.6)) {
        refund(task.amountCents ?? 0);
        return answer(`I have refunded ${pounds(task.amountCents ?? 0)} on ${task.orderId}.`);
      }
      return answer(`${task.orderId} is still in transit, so it cannot be refunded until it arrives.`);
    }
    case 'refund-full':
    case 'refund-part': {
      if (slips(0.3)) return answer('I am sorry, I cannot help with refunds.'); // gives up
      // Writes the wrong thing: the whole total instead of the part asked for.
      const wrongAmount = task.kind === 'refund-part' && order !== undefined && slips(0.5);
      const amountCents = task.kind === 'refund-full' || wrongAmount ? (order?.totalCents ?? 0) : (task.amountCents ?? 0);
      refund(amountCents);
      if (slips(0.3)) refund(amountCents); // repeats the write: the answer was slow, so it asked again
      return answer(`I have refunded ${pounds(amountCents)} on ${task.orderId}.`);
    }
    case 'cancel': {
      if (slips(0.3)) return answer('I am sorry, I cannot cancel orders.');
      act('cancelOrder', { orderId: task.orderId }, () => shop.tools.cancelOrder({ orderId: task.orderId }));
      return answer(`I have cancelled ${task.orderId}.`);
    }
    case 'address': {
      // Writes the wrong thing: it drops the town from the new address.
      const address = slips(0.5) ? (task.address ?? '').split(',')[0] ?? '' : (task.address ?? '');
      act('changeAddress', { orderId: task.orderId, address }, () => shop.tools.changeAddress({ orderId: task.orderId, address }));
      return answer(`I will deliver ${task.orderId} to ${address}.`);
    }
  }
}
