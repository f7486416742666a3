/**
 * The founding checks on ../shared/seeds (read at run time): what issue 2 expects dyad to read
 * in the two real reports, printed as pass/fail lines with the evidence.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/index.ts';
import { codeArticle, type Coder } from '../src/pipeline/coder.ts';
import type { Article, CodedEvent } from '../src/document/types.ts';
import { sharedPath } from './common.ts';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

async function article(file: string, published?: string): Promise<Article | null> {
  for await (const item of readInputs([file], { published: published ?? null })) if (item.kind === 'article') return item.article;
  return null;
}

const show = (e: CodedEvent | undefined) => (e ? `${e.source.code}->${e.target?.code ?? '-'} ${e.cameo} ${e.date?.value ?? 'no date'} "${e.verb.text}"` : 'none');

export async function evaluateSeeds(coder: Coder): Promise<Check[] | null> {
  const dir = sharedPath('seeds');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).sort();
  const dated = files.find((f) => f.startsWith('004'));
  const undated = files.find((f) => f.startsWith('000'));
  const checks: Check[] = [];
  if (dated) {
    const a = await article(join(dir, dated));
    const events = a ? codeArticle(coder, a).events : [];
    const goAhead = events.find((e) => e.source.code.startsWith('PAK') && e.target?.code === 'CHN' && e.cameo.startsWith('03') && e.date?.value === '2016-07-15');
    checks.push({ name: `${dated}: Cabinet go-ahead PAK* -> CHN, root 03, 2016-07-15`, ok: !!goAhead, detail: show(goAhead) });
    const visit = events.find((e) => e.source.country === 'CHN' && e.target?.country === 'PAK' && e.cameo.startsWith('04') && e.date?.value === '2015-04');
    checks.push({ name: `${dated}: Xi Jinping's April 2015 visit CHN -> PAK, root 04, 2015-04`, ok: !!visit, detail: show(visit) });
    const self = events.filter((e) => e.source.code === e.target?.code);
    checks.push({ name: `${dated}: no event with the same source and target code`, ok: !self.length, detail: `${self.length} such events` });
  }
  if (undated) {
    const plain = await article(join(dir, undated));
    const events = plain ? codeArticle(coder, plain).events : [];
    const days = events.filter((e) => e.date?.precision === 'day');
    checks.push({ name: `${undated}: without --published no day-precision date`, ok: !days.length, detail: `${days.length} day-precision events of ${events.length}` });
    const withDate = await article(join(dir, undated), '2017-02-08');
    const dated2 = withDate ? codeArticle(coder, withDate).events : [];
    const wednesday = dated2.find((e) => /Wednesday/.test(e.date?.text ?? '') || (e.sentenceIndex === 0 && e.date?.basis === 'text'));
    checks.push({ name: `${undated} --published 2017-02-08: "Wednesday" is 2017-02-08`, ok: wednesday?.date?.value === '2017-02-08', detail: show(wednesday) });
    const tuesday = dated2.find((e) => /Tuesday/.test(e.date?.text ?? ''));
    checks.push({ name: `${undated} --published 2017-02-08: "on Tuesday" is 2017-02-07`, ok: tuesday?.date?.value === '2017-02-07', detail: show(tuesday) });
    const self = dated2.filter((e) => e.source.code === e.target?.code);
    checks.push({ name: `${undated}: no event with the same source and target code`, ok: !self.length, detail: `${self.length} such events` });
  }
  return checks;
}

export function formatSeeds(checks: Check[] | null): string {
  if (!checks) return '\nSeeds: ../shared/seeds not found, skipped';
  const lines = ['', 'Seed articles (issue 2 checks)', '=============================='];
  for (const c of checks) lines.push(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}\n      ${c.detail}`);
  lines.push(`${checks.filter((c) => c.ok).length} of ${checks.length} checks pass`);
  return lines.join('\n');
}
