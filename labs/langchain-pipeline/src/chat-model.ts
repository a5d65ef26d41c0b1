// A LangChain chat model over any AI SDK model (the kit's stand-in or a real
// provider), so that the pipeline is plain LangChain while the model stays
// switchable with LAB_PROVIDER.
import { SimpleChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { generateText, type LanguageModel, type ModelMessage } from 'ai';

function toModelMessage(message: BaseMessage): ModelMessage {
  const text = message.text;
  switch (message.getType()) {
    case 'system':
      return { role: 'system', content: text };
    case 'ai':
      return { role: 'assistant', content: text };
    default:
      return { role: 'user', content: text };
  }
}

export class AiSdkChatModel extends SimpleChatModel {
  model: LanguageModel;

  constructor(model: LanguageModel) {
    super({});
    this.model = model;
  }

  _llmType(): string {
    return 'ai-sdk';
  }

  async _call(messages: BaseMessage[]): Promise<string> {
    // LangChain keeps the system prompt as a message; the AI SDK accepts that when asked to.
    const { text } = await generateText({ model: this.model, messages: messages.map(toModelMessage), allowSystemInMessages: true });
    return text;
  }
}
