// The shapes of three published models, enough to count LoRA adapters.
// Every attention projection (q, k, v, o) is width × width in these three models;
// models with grouped-query attention have smaller k and v, so count those by hand.
export interface ModelShape {
  name: string;
  parameters: number;
  layers: number;
  /** The model (hidden) width. */
  width: number;
  /** The inner width of the feed-forward block. */
  ffnWidth: number;
}

/** GPT-3 175B: Brown et al., 2020, arXiv:2005.14165, table 2.1. */
export const gpt3: ModelShape = { name: 'GPT-3 175B', parameters: 175e9, layers: 96, width: 12_288, ffnWidth: 49_152 };

/** LLaMA 65B: Touvron et al., 2023, arXiv:2302.13971 (the model QLoRA fine-tuned on one 48 GB GPU). */
export const llama65b: ModelShape = { name: 'LLaMA 65B', parameters: 65e9, layers: 80, width: 8_192, ffnWidth: 22_016 };

/** Llama 2 7B, from its published configuration: Touvron et al., 2023, arXiv:2307.09288. */
export const llama2_7b: ModelShape = { name: 'Llama 2 7B', parameters: 7e9, layers: 32, width: 4_096, ffnWidth: 11_008 };
