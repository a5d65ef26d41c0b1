// A ticket as the desk receives it. `from` is the authenticated sender (the
// login behind the form or the email's verified address); everything else is
// typed by the sender and may say anything.
export interface Ticket {
  id: string;
  from: string;
  text: string;
  /** The account the sender's form named, if any. */
  account?: string;
  /** The service the sender's form named, if any. */
  service?: string;
}
