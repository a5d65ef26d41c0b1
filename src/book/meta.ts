// Where the book lives. Forking the book means changing these two lines.
export const siteUrl = 'https://ai-engineer-roadmap.github.io';
export const repository = { owner: 'ai-engineer-roadmap', name: 'ai-engineer-roadmap' };
export const repositoryUrl = `https://github.com/${repository.owner}/${repository.name}`;
export const bookTitle = 'AI Engineer Roadmap';
/** The links in the header (and the phone's menu), by Starlight's icon names; src/styles/chrome-icons.css draws each icon. */
export const socialLinks = [{ icon: 'github', label: 'GitHub', href: repositoryUrl }] as const;

/** The one-line command that copies a lab (and the kit it depends on) out of the book's repository. */
export const copyLabCommand = (slug: string): string =>
  `npx degit ${repository.owner}/${repository.name}/labs/${slug} ${slug} && npx degit ${repository.owner}/${repository.name}/labs/_kit _kit && cd ${slug} && npm install`;

/** Where the whole-book PDF is served; `npm run pdf` writes it into dist/ after the build. */
export const pdfHref = '/ai-engineer-roadmap.pdf';
