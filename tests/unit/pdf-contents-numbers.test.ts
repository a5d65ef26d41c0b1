import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { numberContents, type ContentsSlot } from '../../scripts/lib/pdf-contents-numbers.ts';

/** A two-page PDF as Chromium writes one: a contents row on page 1 links by name to a chapter on page 2. */
async function book(): Promise<PDFDocument> {
  const rowWidthPt = 450;
  const document = await PDFDocument.create();
  const contents = document.addPage([595, 842]);
  const chapter = document.addPage([595, 842]);
  const { context } = document;
  document.catalog.set(PDFName.of('Dests'), context.obj({ 'chapter-1': [chapter.ref, 'XYZ', null, null, null] }));
  const link = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [45, 700, 45 + rowWidthPt, 718], Dest: PDFString.of('chapter-1') });
  contents.node.set(PDFName.of('Annots'), context.obj([context.register(link)]));
  return document;
}

const slot = (anchor: string): ContentsSlot => ({ anchor, title: 'Tokens', rowWidth: 600, slotRight: 600, baseline: 14, fontSize: 16, color: [23, 24, 28] });

test('each slot gets the page its row links to, written on the contents page', async () => {
  const document = await book();
  const before = (await document.save()).length;
  const numbers = await numberContents(document, [slot('chapter-1')]);
  assert.deepEqual([...numbers], [['chapter-1', 2]]);
  assert.ok((await document.save()).length > before, 'nothing was drawn');
});

test('a slot whose destination is missing fails, naming the entry', async () => {
  await assert.rejects(numberContents(await book(), [slot('chapter-9')]), /no destination "#chapter-9" for "Tokens"/);
});

test('a slot with no link before the book starts fails, naming the entry', async () => {
  const document = await book();
  document.getPage(0).node.delete(PDFName.of('Annots'));
  await assert.rejects(numberContents(document, [slot('chapter-1')]), /no link to "#chapter-1" before page 2, where the book starts, for the contents entry "Tokens"/);
});
