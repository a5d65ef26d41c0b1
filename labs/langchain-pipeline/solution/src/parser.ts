// The pipeline's last step: turn the model's text into one of the four teams.
import { BaseOutputParser, OutputParserException } from '@langchain/core/output_parsers';
import { categories, isCategory, type Category } from './categories.ts';

export class CategoryParser extends BaseOutputParser<Category> {
  lc_namespace = ['ai-roadmap', 'langchain-pipeline'];

  /** "Category: Shipping." → 'shipping'. Anything that names no team is an OutputParserException. */
  async parse(text: string): Promise<Category> {
    const word = text.match(/category\s*:\s*([a-z]+)/i)?.[1]?.toLowerCase();
    if (word && isCategory(word)) return word;
    throw new OutputParserException(`Expected "Category: <team>" with a team among ${categories.join(', ')}, got ${JSON.stringify(text)}`, text);
  }

  getFormatInstructions(): string {
    return `Answer with one line, "Category: <team>", where <team> is one of ${categories.join(', ')}.`;
  }
}
