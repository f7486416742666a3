import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../../src/ingest/walk.ts';
import { collect, fixture, tempFiles } from './helpers.ts';

test('directory: nested folders walked in name order, hidden and unknown extensions skipped', async () => {
  const root = fixture('tree');
  const { articles, diagnostics } = await collect([root]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    articles.map((a) => [a.origin.file, a.id]),
    [
      [join(root, 'a.txt'), 'a'],
      [join(root, 'b', 'c.jsonl'), 'tree-c1'],
      [join(root, 'b', 'd', 'e.csv'), 'tree-e1'],
      [join(root, 'b', 'f.text'), 'f'],
      [join(root, 'z.ndjson'), 'tree-z1'],
    ],
  );
  assert.equal(articles[2].published, '2020-01-03');
  assert.equal(articles[2].text, 'Freedonian envoy visited Sylvania, calling for calm.');
});

test('directory: the same input gives the same items twice', async () => {
  const paths = [fixture('tree'), fixture('articles.csv'), fixture('articles.jsonl'), fixture('dated-inline.txt')];
  const first = await collect(paths);
  const second = await collect(paths);
  assert.deepEqual(second.items, first.items);
});

test('directory: code-unit name order, upper-case extensions, symlink loops visited once', async () => {
  const dir = tempFiles({
    'B.TXT': 'Sylvania first (upper case sorts before lower case).',
    'a.txt': 'Freedonia second.',
    'sub/Z.Csv': 'text\nSylvania third.\n',
    'sub/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  });
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'sub', 'broken.txt'));
  const files: string[] = [];
  const diags: string[] = [];
  for await (const item of walk(dir, (name) => /\.(txt|csv)$/i.test(name))) {
    if (item.kind === 'file') files.push(item.path.slice(dir.length + 1));
    else diags.push(`${item.diagnostic.code} ${item.diagnostic.file.slice(dir.length + 1)}`);
  }
  assert.deepEqual(files, ['B.TXT', 'a.txt', join('sub', 'Z.Csv')]);
  assert.deepEqual(diags, [`not-found ${join('sub', 'broken.txt')}`]);
  const { articles } = await collect([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['B', 'a', 'Z:2']);
});
