// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { mathsFeatures, mathsPlugin } from './src/markdown/maths.ts';
import { anchorIcons } from './src/markdown/anchor-icon.ts';
import { buildSidebar } from './src/book/sidebar.ts';
import { sectionRedirects } from './src/book/section-redirects.ts';
import { siteHeaders } from './src/book/headers.ts';
import { contentSecurityPolicy } from './src/book/csp-integration.ts';
import { stylesheetsOnce } from './src/book/stylesheet-links.ts';
import { siteUrl, repositoryUrl, bookTitle, pdfHref, socialLinks } from './src/book/meta.ts';
import { isolationServiceWorkerHead } from './src/book/isolation-service-worker.ts';
import { printBookPath } from './scripts/lib/pdf-paths.ts';
import { proofLabsPath, proofPath } from './src/labs/proof-projects.ts';
import { dropKnownWarnings } from './src/book/build-warnings.ts';
import { starlightListRule } from './src/book/starlight-list-rule.ts';
import { editorCompileHints } from './src/book/editor-compile-hints.ts';

const docsDir = fileURLToPath(new URL('./src/content/docs/', import.meta.url));

export default defineConfig({
  site: siteUrl,
  // Stylesheets stay files, cached once for every page, rather than repeated inline in each page's HTML.
  build: { inlineStylesheets: 'never' },
  // Keeps Astro's own per-chapter bundling notice out of the build's output (see src/book/build-warnings.ts).
  // Keeps Starlight's list rule from re-checking every style on each keystroke (see src/book/starlight-list-rule.ts).
  // Compiles the editor's code as it loads, not on the first keystroke (see src/book/editor-compile-hints.ts).
  vite: { plugins: [starlightListRule(), editorCompileHints()], build: { rolldownOptions: { onwarn: dropKnownWarnings } } },
  // Astro applies only this top-level setting to pages in `astro dev`.
  server: { headers: siteHeaders },
  redirects: sectionRedirects(docsDir),
  // `$$…$$` is maths, typeset by KaTeX at build time (see src/markdown/maths.ts); a single `$` stays a dollar.
  markdown: { processor: satteri({ features: mathsFeatures, hastPlugins: [mathsPlugin] }) },
  integrations: [
    // Starlight adds this sitemap itself unless one is configured: the print route (the whole book on one
    // page, for the PDF) would duplicate every chapter, so it is left out, as are the runtime's proof pages.
    sitemap({ filter: (page) => ![printBookPath, proofPath, proofLabsPath].includes(new URL(page).pathname) }),
    starlight({
      title: bookTitle,
      description: 'An interactive, open-source book for software engineers becoming AI engineers.',
      social: [...socialLinks],
      editLink: { baseUrl: `${repositoryUrl}/edit/main/` },
      lastUpdated: false,
      sidebar: buildSidebar(docsDir),
      // GitHub Pages cannot send COOP/COEP; a service worker adds them there (see README, Deploying).
      head: isolationServiceWorkerHead(process.env.ISOLATION_SERVICE_WORKER === 'true'),
      components: {
        Search: './src/components/overrides/Search.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        SocialIcons: './src/components/overrides/SocialIcons.astro',
        EditLink: './src/components/overrides/EditLink.astro',
        Pagination: './src/components/overrides/Pagination.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
      },
      // Wrapped code never scrolls sideways: readable on phones, printable, and no unnamed scroll regions.
      expressiveCode: { defaultProps: { wrap: true } },
      customCss: ['./src/styles/book.css', './src/styles/anchor-icon.css'],
      // The PDF is written into dist/ by `npm run pdf`, after the build.
      plugins: [starlightLinksValidator({ exclude: [pdfHref] })],
    }),
    anchorIcons(),
    stylesheetsOnce(),
    // Last, so that it sees every page as built: writes the site's Content-Security-Policy into each.
    contentSecurityPolicy(),
  ],
});
