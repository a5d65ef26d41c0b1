// The environment the agent acts in: a shop's orders, reset before every trial,
// and four tools that read or change them. Every call is recorded, so a judge
// can look at the path the agent took as well as where it ended up.

export type OrderStatus = 'pending' | 'in transit' | 'delivered';

export interface Order {
  id: string;
  item: string;
  totalCents: number;
  status: OrderStatus;
  address: string;
}

/** A change the agent made: what a judge of the outcome compares with the task's expected changes. */
export type Write =
  | { kind: 'refund'; orderId: string; amountCents: number }
  | { kind: 'cancel'; orderId: string }
  | { kind: 'address'; orderId: string; address: string };

export type ToolName = 'lookupOrder' | 'refundOrder' | 'cancelOrder' | 'changeAddress';

export interface ToolCall {
  tool: ToolName;
  args: Record<string, string | number>;
}

/** The shop's orders at the start of every trial (the seeded database). */
export const seedOrders: Order[] = [
  ['ord-2001', 'Desk lamp', 3900, 'delivered', '4 Quay Street, Bristol'],
  ['ord-2002', 'Wool blanket', 6400, 'delivered', '18 Park Road, York'],
  ['ord-2003', 'Kettle', 2999, 'delivered', '7 Hill Rise, Leeds'],
  ['ord-2004', 'Bread knife', 1850, 'delivered', '2 Orchard Way, Bath'],
  ['ord-2005', 'Plant pot, large', 2400, 'delivered', '31 Mill Lane, Derby'],
  ['ord-2006', 'Six tumblers', 3000, 'delivered', '9 Canal Walk, Leeds'],
  ['ord-2007', 'Linen tablecloth', 4500, 'delivered', '12 Station Road, Ely'],
  ['ord-2008', 'Coffee grinder', 5600, 'delivered', '5 Market Place, Hull'],
  ['ord-2009', 'Salad bowls, set of four', 3600, 'delivered', '40 Bridge Street, Chester'],
  ['ord-2010', 'Teapot', 3900, 'delivered', '3 Abbey Close, Wells'],
  ['ord-2011', 'Wall clock', 2800, 'in transit', '16 High Street, Oxford'],
  ['ord-2012', 'Cast-iron pan', 4200, 'in transit', '22 Church Lane, Kendal'],
  ['ord-2013', 'Bath towels', 3300, 'in transit', '8 Green Lane, Norwich'],
  ['ord-2014', 'Picture frame', 1500, 'in transit', '1 Castle Hill, Durham'],
  ['ord-2015', 'Armchair cushion', 2200, 'pending', '27 River Road, Exeter'],
  ['ord-2016', 'Doormat', 1900, 'pending', '6 Well Street, Ludlow'],
  ['ord-2017', 'Spice rack', 2700, 'pending', '14 Forge Lane, Truro'],
  ['ord-2018', 'Candle set', 1600, 'pending', '11 Elm Grove, Brighton'],
  ['ord-2019', 'Desk chair', 8900, 'pending', '19 Beech Avenue, Reading'],
  ['ord-2020', 'Bookshelf', 12000, 'pending', '2 Holly Row, Lincoln'],
  ['ord-2021', 'Rug', 7500, 'pending', '33 Ash Street, Stoke'],
  ['ord-2022', 'Mirror', 4800, 'in transit', '10 Oak Road, Carlisle'],
  ['ord-2023', 'Side table', 6900, 'delivered', '25 Pine Walk, Bangor'],
  ['ord-2024', 'Lamp shade', 1700, 'pending', '4 Cedar Court, Perth'],
  ['ord-2025', 'Bin, 30 litres', 2500, 'in transit', '13 Yew Lane, Dover'],
].map(([id, item, totalCents, status, address]) => ({ id, item, totalCents, status, address }) as Order);

export type Shop = ReturnType<typeof createShop>;

/** A fresh shop: its own copy of the orders, and empty lists of writes and calls. */
export function createShop(orders: Order[] = seedOrders) {
  const byId = new Map(orders.map((order) => [order.id, { ...order }]));
  const writes: Write[] = [];
  const calls: ToolCall[] = [];

  function find(orderId: string): Order {
    const order = byId.get(orderId);
    if (!order) throw new Error(`No order "${orderId}".`);
    return order;
  }

  // The tools do what they are asked: the shop's policy (refund only delivered
  // orders, cancel only pending ones) is the agent's to follow, as in τ-bench.
  const tools = {
    lookupOrder({ orderId }: { orderId: string }) {
      calls.push({ tool: 'lookupOrder', args: { orderId } });
      return { ...find(orderId) };
    },
    refundOrder({ orderId, amountCents }: { orderId: string; amountCents: number }) {
      calls.push({ tool: 'refundOrder', args: { orderId, amountCents } });
      find(orderId);
      writes.push({ kind: 'refund', orderId, amountCents });
      return { refunded: amountCents, orderId };
    },
    cancelOrder({ orderId }: { orderId: string }) {
      calls.push({ tool: 'cancelOrder', args: { orderId } });
      find(orderId);
      writes.push({ kind: 'cancel', orderId });
      return { cancelled: orderId };
    },
    changeAddress({ orderId, address }: { orderId: string; address: string }) {
      calls.push({ tool: 'changeAddress', args: { orderId, address } });
      find(orderId).address = address;
      writes.push({ kind: 'address', orderId, address });
      return { orderId, address };
    },
  };
  return { tools, writes, calls, order: (orderId: string) => ({ ...find(orderId) }) };
}
