// The PDF's appendix "Answers to the checkpoint questions". On the site each answer
// is folded under its question (<Answer>, a <details>); on paper it would be printed
// open, right under the question. So the print route moves every answer out of its
// chapter into the appendix, grouped by chapter, with the question repeated, and
// leaves a line under each chapter's questions that points to them.
import type { Element, ElementContent, Root } from 'hast';

/** Marks the element of the appendix that receives the answers: <div data-answers-appendix>. */
export const answersPlaceholderAttribute = 'data-answers-appendix';

interface Located {
  element: Element;
  ancestors: Element[];
}

function* locate(node: Root | Element, ancestors: Element[] = []): Generator<Located> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield { element: child, ancestors };
    yield* locate(child, [...ancestors, child]);
  }
}

const hasClass = (element: Element, name: string): boolean => ((element.properties['className'] as string[] | undefined) ?? []).includes(name);
const textOf = (node: ElementContent | Element): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child)).join('') : '');
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The anchor of a chapter's group of answers in the appendix. */
export const answersAnchor = (chapterAnchor: string): string => `answers-${chapterAnchor}`;

interface ChapterAnswers {
  anchor: string;
  title: string;
  entries: { number: number; question: ElementContent[]; answer: ElementContent[] }[];
}

/** The chapters of the print route: each article with data-print-chapter-href, its anchor, title and content. */
function chaptersOf(tree: Root): { anchor: string; href: string; title: string; content: Element }[] {
  const chapters = [];
  for (const { element: article } of locate(tree)) {
    const href = article.properties['dataPrintChapterHref'];
    if (article.tagName !== 'article' || typeof href !== 'string') continue;
    const inside = [...locate(article)].map(({ element }) => element);
    const title = inside.find((candidate) => candidate.properties['dataPrintChapterTitle'] !== undefined);
    const content = inside.find((candidate) => typeof candidate.properties['dataPrintContent'] === 'string');
    if (!title || !content) throw new Error(`print-book: the chapter ${href} has no title or no content element.`);
    chapters.push({ anchor: String(content.properties['dataPrintContent']), href, title: textOf(title).trim(), content });
  }
  return chapters;
}

/** Takes one chapter's answers out of it, leaving its questions and a pointer to the appendix under each list of them. */
function takeAnswers(chapter: { anchor: string; href: string; title: string; content: Element }): ChapterAnswers {
  const found: ChapterAnswers = { anchor: chapter.anchor, title: chapter.title, entries: [] };
  const answers = [...locate(chapter.content)].filter(({ element }) => element.tagName === 'details' && element.properties['dataCheckpointAnswer'] !== undefined);
  const lists = new Set<Element>();
  for (const { element: details, ancestors } of answers) {
    const item = ancestors.findLast((ancestor) => ancestor.tagName === 'li');
    const list = item && ancestors[ancestors.indexOf(item) - 1];
    if (!item || !list || list.tagName !== 'ol') {
      throw new Error(`print-book: an <Answer> in ${chapter.href} is not in a numbered list item; put it under its question ("1. The question?" then <Answer>…</Answer>, indented).`);
    }
    const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    const number = Number(list.properties['start'] ?? 1) + items.indexOf(item);
    item.children = item.children.filter((child) => child !== details);
    const body = details.children.find((child): child is Element => child.type === 'element' && hasClass(child, 'checkpoint-answer-body'));
    found.entries.push({ number, question: structuredClone(item.children), answer: body?.children ?? [] });
    lists.add(list);
  }
  for (const list of lists) {
    const note = element('p', { className: ['print-answers-note'] }, [
      text('The worked answers to these questions are in the appendix: '),
      element('a', { href: `#${answersAnchor(chapter.anchor)}` }, [text(`Answers to the checkpoint questions, ${chapter.title}`)]),
      text('.'),
    ]);
    const parent = [...locate(chapter.content)].find(({ element: candidate }) => candidate === list)?.ancestors.at(-1) ?? chapter.content;
    parent.children.splice(parent.children.indexOf(list) + 1, 0, note);
  }
  return found;
}

/** One chapter's group in the appendix: its title, then each question (as numbered in the chapter) and its answer. */
function appendixSection({ anchor, title, entries }: ChapterAnswers): Element {
  const headingId = answersAnchor(anchor);
  // A section without a name, so that it is no landmark: its heading may repeat the name of a lab's section.
  return element('section', { className: ['print-answers'] }, [
    element('h2', { id: headingId }, [text(title)]),
    element(
      'ol',
      { className: ['print-answers-list'] },
      entries.map(({ number, question, answer }) =>
        element('li', { value: String(number) }, [
          // Marked as the chapter's content, so that its ids and links are resolved as they were in the chapter.
          element('div', { className: ['print-answer-question'], dataPrintContent: anchor }, question),
          element('div', { className: ['print-answer-body'], dataPrintContent: anchor }, answer),
        ]),
      ),
    ),
  ]);
}

/**
 * Moves every checkpoint answer of the print route's chapters into the element marked data-answers-appendix.
 * With no answers in the book, the appendix and its contents entry are removed.
 * @param appendixAnchor the id of the appendix's article, which its contents entry points to
 */
export function moveAnswersToAppendix(tree: Root, appendixAnchor: string): void {
  const groups = chaptersOf(tree)
    .map(takeAnswers)
    .filter((group) => group.entries.length > 0);
  const all = [...locate(tree)];
  const placeholder = all.find(({ element: candidate }) => candidate.properties['dataAnswersAppendix'] !== undefined);
  if (!placeholder) {
    if (groups.length > 0) throw new Error(`print-book: the book has checkpoint answers but no element marked ${answersPlaceholderAttribute} to print them in.`);
    return;
  }
  if (groups.length > 0) {
    placeholder.element.children.push(...groups.map(appendixSection));
    return;
  }
  // Nothing to print: drop the appendix and the line of the contents that leads to it.
  const remove = (target: Located | undefined) => {
    if (!target) return;
    const parent: Root | Element = target.ancestors.at(-1) ?? tree;
    parent.children = parent.children.filter((child) => child !== target.element) as typeof parent.children;
  };
  remove(all.find(({ element: candidate }) => candidate.tagName === 'article' && candidate.properties['id'] === appendixAnchor));
  const slot = all.find(({ element: candidate }) => candidate.properties['dataTocPage'] === appendixAnchor);
  remove(all.find(({ element: candidate }) => candidate.tagName === 'li' && slot?.ancestors.includes(candidate)));
}
