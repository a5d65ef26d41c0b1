// A default Starlight site, nothing added: the bench's baseline for a chapter page (scripts/bench/starlight-baseline.ts).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });
