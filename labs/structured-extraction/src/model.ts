import type { LanguageModel } from 'ai';
import { getModel } from '@ai-roadmap/kit';
import { extractionRule } from './stand-in/extractor.ts';

/** The model the lab extracts with: the stand-in with its extraction rule, or a real provider (LAB_PROVIDER). */
export const extractionModel = (): LanguageModel => getModel({}, { rules: [extractionRule] });
