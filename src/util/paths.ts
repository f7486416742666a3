/** Locations of the repository's own data, independent of the working directory. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LEXICON_DIR = join(REPO_ROOT, 'lexicon');
