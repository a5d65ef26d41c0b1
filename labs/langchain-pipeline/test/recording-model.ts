// A test helper: the lab's chat model, recording every prompt it is sent.
import type { BaseMessage } from '@langchain/core/messages';
import { AiSdkChatModel } from '../src/chat-model.ts';
import { routingModel } from '../src/stand-in.ts';

export interface SeenPrompt {
  system: string;
  human: string;
}

export class RecordingModel extends AiSdkChatModel {
  seen: SeenPrompt[] = [];

  constructor() {
    super(routingModel());
  }

  override async _call(messages: BaseMessage[]): Promise<string> {
    const textOf = (type: string) => messages.filter((message) => message.getType() === type).map((message) => message.text).join('\n');
    this.seen.push({ system: textOf('system'), human: textOf('human') });
    return super._call(messages);
  }
}
