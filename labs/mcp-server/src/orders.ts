// The helpdesk's seeded data: a few orders and the refund policy.
export interface Order {
  orderId: string;
  item: string;
  status: 'processing' | 'dispatched' | 'delivered' | 'returned';
  totalPence: number;
}

export const orders: Order[] = [
  { orderId: 'ORD-1041', item: 'Loose-leaf tea, 250 g', status: 'delivered', totalPence: 1_850 },
  { orderId: 'ORD-1042', item: 'Three-seat sofa', status: 'dispatched', totalPence: 34_900 },
  { orderId: 'ORD-1043', item: 'Wireless headphones', status: 'processing', totalPence: 12_000 },
];

export const refundPolicyUri = 'helpdesk://policies/refunds';

export const refundPolicy = `# Refund policy

- Refunds of £100.00 or less are approved automatically.
- Larger refunds wait for a member of staff.
- Goods must be returned within 30 days of delivery.
`;
