// The labelled set: questions a rider or a support agent would ask, each with the exact
// words of the handbook that answer it (evidence). A retrieved chunk is relevant when it
// contains the evidence, so the labels do not depend on how the corpus was chunked.
// Some questions use the handbook's words; some say the same thing in other words, which
// the offline embeddings (spelling, not meaning) are expected to miss.
export interface LabelledQuestion {
  id: string;
  question: string;
  evidence: string;
}

export const questions: LabelledQuestion[] = [
  { id: 'q01', question: 'How much does the Monthly plan cost?', evidence: 'Monthly costs 14 pounds' },
  { id: 'q02', question: 'How many minutes of each ride does the Annual plan include?', evidence: 'Annual costs 120 pounds a year and includes the first 60 minutes' },
  { id: 'q03', question: 'How often can a member switch plans?', evidence: 'switch plans once per calendar month' },
  { id: 'q04', question: 'What discount do students get on the Annual plan?', evidence: 'Students with a valid university email get 30 percent off' },
  { id: 'q05', question: 'What is the unlock fee for an e-bike ride?', evidence: 'unlock fee of 1 pound' },
  { id: 'q06', question: 'What is the parking fee for a ride that ends outside a docking station?', evidence: 'parking fee of 5 pounds' },
  { id: 'q07', question: 'What happens to a ride longer than 24 hours?', evidence: 'A ride longer than 24 hours is treated as a bike not returned' },
  { id: 'q08', question: 'What should I do if the lock does not open?', evidence: 'wait thirty seconds and try once more' },
  { id: 'q09', question: 'How do I end a ride at a dock?', evidence: 'push the bike firmly into a free dock' },
  { id: 'q10', question: 'What is the range of an e-bike battery?', evidence: 'range of about 55 kilometres' },
  { id: 'q11', question: 'Who swaps the e-bike batteries?', evidence: 'Batteries are swapped by the operations crew' },
  { id: 'q12', question: 'How fast does the e-bike motor assist?', evidence: 'The motor assists up to 25 kilometres per hour' },
  { id: 'q13', question: 'How do riders report a fault with the brakes?', evidence: 'Report a problem in the app' },
  { id: 'q14', question: 'Is a bike with a bent frame repaired?', evidence: 'A bike with a bent frame is never repaired' },
  { id: 'q15', question: 'What is the replacement fee for a stolen e-bike without a crime reference number?', evidence: '1,200 pounds for an e-bike' },
  { id: 'q16', question: 'How often does the GPS tracker report its position?', evidence: 'reports its position every two minutes' },
  { id: 'q17', question: 'How far ahead can adapted cycles be booked?', evidence: 'booked up to seven days ahead' },
  { id: 'q18', question: 'How long is the route of each ride kept?', evidence: 'keeps the route of each ride for 90 days' },
  { id: 'q19', question: 'When are helmets lent for free?', evidence: 'borrow a helmet from the Harbour Hub station for free' },
  { id: 'q20', question: 'What are the support chat hours?', evidence: 'Support answers in the app chat from 07:00 to 22:00' },
  // The same needs, in words the handbook does not use.
  { id: 'q21', question: 'Can my kid use the scheme on their own at fifteen?', evidence: 'Riders must be at least 16 years old' },
  { id: 'q22', question: 'Is cycling allowed along the waterfront walkway at lunchtime?', evidence: 'Bikes must not be ridden on the harbour promenade' },
  { id: 'q23', question: 'Do you follow my phone around town when I am not cycling?', evidence: 'The app never tracks a rider' },
  { id: 'q24', question: 'Who do I go to when a complaint gets nowhere?', evidence: 'escalated to the customer relations manager' },
];
