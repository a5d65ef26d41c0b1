// Serves the built site with the cross-origin isolation headers.
// Usage: node scripts/serve.ts [--port 4321] [--root dist] [--no-isolation]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    root: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-isolation': { type: 'boolean', default: false },
  },
});

if (!existsSync(values.root)) {
  console.error(`Nothing to serve: ${values.root}/ does not exist. Run \`npm run build\` first (or \`npm start\`).`);
  process.exit(1);
}

const { url } = await serveStatic({
  root: values.root,
  port: Number(values.port),
  host: values.host,
  isolate: !values['no-isolation'],
});
console.log(`AI Engineer Roadmap is being served at ${url}/ (Ctrl+C to stop)`);
