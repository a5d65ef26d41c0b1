import type { FileSystemTree } from '@webcontainer/api';
import type { FileMap } from '../../runner.ts';

/** The nested tree WebContainer.mount() wants, from flat "a/b/c.ts" paths. */
export function toFileSystemTree(files: FileMap): FileSystemTree {
  const root: FileSystemTree = {};
  for (const [path, contents] of Object.entries(files)) {
    const parts = path.split('/');
    const name = parts.pop();
    if (!name) continue;
    let folder = root;
    for (const part of parts) {
      const existing = folder[part];
      if (!existing || !('directory' in existing)) folder[part] = { directory: {} };
      folder = (folder[part] as { directory: FileSystemTree }).directory;
    }
    folder[name] = { file: { contents } };
  }
  return root;
}
