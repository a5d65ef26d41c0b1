import type { Write } from './shop.ts';

// The 25 seeded tasks. Each starts from the same shop (seedOrders in shop.ts)
// and says what a correct run leaves behind: the writes it makes, and a fact
// its answer must mention. Difficulty sets how often the stand-in agent slips.

export type TaskKind = 'refund-full' | 'refund-part' | 'refund-refused' | 'cancel' | 'address' | 'status';
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface Task {
  id: string;
  kind: TaskKind;
  difficulty: Difficulty;
  prompt: string;
  orderId: string;
  /** Partial refunds: the amount asked for, in pence. */
  amountCents?: number;
  /** Address changes: the new address. */
  address?: string;
  expected: {
    /** Exactly these writes, no more, no fewer. */
    writes: Write[];
    /** Text the answer must contain (case does not matter). */
    answerMentions: string;
  };
}

const pounds = (cents: number) => `£${(cents / 100).toFixed(2)}`;
const totals: Record<string, number> = { 'ord-2001': 3900, 'ord-2002': 6400, 'ord-2003': 2999, 'ord-2004': 1850 };

const fullRefund = (id: string, orderId: string, difficulty: Difficulty, why: string): Task => ({
  id, kind: 'refund-full', difficulty, orderId,
  prompt: `Please refund order ${orderId} in full: ${why}.`,
  expected: { writes: [{ kind: 'refund', orderId, amountCents: totals[orderId] ?? 0 }], answerMentions: `refunded ${pounds(totals[orderId] ?? 0)}` },
});
const partRefund = (id: string, orderId: string, difficulty: Difficulty, amountCents: number, why: string): Task => ({
  id, kind: 'refund-part', difficulty, orderId, amountCents,
  prompt: `Please refund ${pounds(amountCents)} on order ${orderId}: ${why}.`,
  expected: { writes: [{ kind: 'refund', orderId, amountCents }], answerMentions: `refunded ${pounds(amountCents)}` },
});
const refusedRefund = (id: string, orderId: string, difficulty: Difficulty, amountCents: number, why: string): Task => ({
  id, kind: 'refund-refused', difficulty, orderId, amountCents,
  prompt: `Please refund ${pounds(amountCents)} on order ${orderId}: ${why}.`,
  expected: { writes: [], answerMentions: 'in transit' },
});
const cancel = (id: string, orderId: string, difficulty: Difficulty): Task => ({
  id, kind: 'cancel', difficulty, orderId,
  prompt: `Please cancel order ${orderId}; I no longer need it.`,
  expected: { writes: [{ kind: 'cancel', orderId }], answerMentions: 'cancelled' },
});
const moveTo = (id: string, orderId: string, difficulty: Difficulty, address: string): Task => ({
  id, kind: 'address', difficulty, orderId, address,
  prompt: `Please deliver order ${orderId} to ${address} instead.`,
  expected: { writes: [{ kind: 'address', orderId, address }], answerMentions: address.split(',')[0] ?? address },
});
const status = (id: string, orderId: string, difficulty: Difficulty, current: string): Task => ({
  id, kind: 'status', difficulty, orderId,
  prompt: `Where is my order ${orderId}?`,
  expected: { writes: [], answerMentions: current },
});

export const tasks: Task[] = [
  fullRefund('t01', 'ord-2001', 'easy', 'the lamp arrived broken'),
  fullRefund('t02', 'ord-2002', 'easy', 'wrong colour'),
  fullRefund('t03', 'ord-2003', 'medium', 'it leaks'),
  fullRefund('t04', 'ord-2004', 'easy', 'it came blunt'),
  partRefund('t05', 'ord-2005', 'medium', 800, 'it arrived cracked and I will keep it'),
  partRefund('t06', 'ord-2006', 'medium', 500, 'one tumbler was broken'),
  partRefund('t07', 'ord-2007', 'hard', 1500, 'it has a stain'),
  partRefund('t08', 'ord-2008', 'hard', 2000, 'the lid is missing'),
  partRefund('t09', 'ord-2009', 'medium', 900, 'one bowl was chipped'),
  refusedRefund('t10', 'ord-2011', 'hard', 1000, 'it is late'),
  refusedRefund('t11', 'ord-2012', 'hard', 1200, 'I found it cheaper'),
  refusedRefund('t12', 'ord-2013', 'medium', 600, 'the tracking has not moved'),
  refusedRefund('t13', 'ord-2014', 'hard', 500, 'the box looked damaged in the photo'),
  cancel('t14', 'ord-2015', 'easy'),
  cancel('t15', 'ord-2016', 'easy'),
  cancel('t16', 'ord-2017', 'medium'),
  cancel('t17', 'ord-2018', 'easy'),
  moveTo('t18', 'ord-2019', 'medium', '5 Lark Rise, Reading'),
  moveTo('t19', 'ord-2020', 'hard', '40 Kiln Lane, Lincoln'),
  moveTo('t20', 'ord-2021', 'medium', '8 Dock Road, Stoke'),
  status('t21', 'ord-2022', 'easy', 'in transit'),
  status('t22', 'ord-2023', 'easy', 'delivered'),
  status('t23', 'ord-2024', 'medium', 'pending'),
  status('t24', 'ord-2025', 'easy', 'in transit'),
  status('t25', 'ord-2010', 'easy', 'delivered'),
];
