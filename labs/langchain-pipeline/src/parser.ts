// The pipeline's last step: turn the model's text into one of the four teams.
import { BaseOutputParser, OutputParserException } from '@langchain/core/output_parsers';
import { categories, isCategory, type Category } from './categories.ts';

export class CategoryParser extends BaseOutputParser<Category> {
  lc_namespace = ['ai-roadmap', 'langchain-pipeline'];

  /** "Category: Shipping." → 'shipping'. Anything that names no team is an OutputParserException. */
  async parse(text: string): Promise<Category> {
    // TODO (task 2): read the word after "Category:" (any case, any spaces, a
    // full stop or not), lower-case it, and return it if isCategory says it is a
    // team. Otherwise throw an OutputParserException whose message quotes the text.
    throw new OutputParserException(`TODO: parse ${JSON.stringify(text)}`);
  }

  getFormatInstructions(): string {
    return `Answer with one line, "Category: <team>", where <team> is one of ${categories.join(', ')}.`;
  }
}
