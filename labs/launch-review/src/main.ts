import ticketSummariser from './data/ticket-summariser.json' with { type: 'json' };
import replyDrafter from './data/reply-drafter.json' with { type: 'json' };
import { readFeature } from './feature.ts';
import { reviewLaunch } from './review.ts';
import { formatReport } from './report.ts';

const launches = [
  readFeature(ticketSummariser, 'data/ticket-summariser.json'),
  readFeature(replyDrafter, 'data/reply-drafter.json'),
];

for (const feature of launches) {
  console.log(formatReport(reviewLaunch(feature)));
  console.log('');
}
