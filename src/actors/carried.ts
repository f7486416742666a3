/**
 * A title cut off by the sentence splitter: "Adm. William Crowe said" is split after "Adm."
 * (wink takes the full stop for a sentence end), leaving "Adm ." and "William Crowe said ...".
 * A name opening a sentence right after such a title gets the title: one person mention over
 * the name (mentions stay within their sentence), with the title in the evidence.
 */
import type { Ctx, Step } from './mentions.ts';
import { emitRole } from './mentions.ts';
import { isCapitalised } from './normalise.ts';
import { nameRun } from './persons.ts';
import { evidence, resolveRole, tokenText } from './resolve.ts';
import { qualifierAt, titleAt, type RoleParse } from './roles.ts';
import { SentenceScanner } from './scanner.ts';

export function carriedTitle(ctx: Ctx, i: number): Step | null {
  const { scan } = ctx;
  const { doc } = scan;
  const index = scan.sentence.index;
  if (i !== scan.start || index === 0) return null;
  const prev = doc.sentences[index - 1];
  const dot = prev.tokenEnd - 1;
  const abbr = doc.tokens[dot - 1];
  // Cheap test first: the previous sentence ends "Xxx ." with a short capitalised word.
  if (dot - 1 < prev.tokenStart || doc.tokens[dot].text !== '.' || !abbr || abbr.text.length > 5 || abbr.text.includes('.') || !isCapitalised(abbr.text)) return null;
  const before = new SentenceScanner(doc, scan.kb, scan.keys, prev);
  let link = null;
  for (let s = Math.max(prev.tokenStart, dot - 3); s < dot && !link; s++) {
    const t = titleAt(before, s);
    if (t && t.atom.end === dot && !t.plural && (t.title.type === 'name' || t.title.type === 'person')) link = t;
  }
  if (!link) return null;
  const name = nameRun(scan, i, true);
  if (!name || name.possessive) return null;
  let end = name.end;
  const role: RoleParse = { start: i, end, chainStart: link.atom.start, chainEnd: link.atom.end, qualifier: null, unknownQualifier: null, collective: null, chain: [link], head: link };
  if (scan.lower(end) === 'of') {
    const of = qualifierAt(scan, scan.lower(end + 1) === 'the' ? end + 2 : end + 1, false); // "Adm. | Mark Jones of Britain"
    if (of && !scan.atomAt(of.qualifier.start)?.possessive) {
      role.qualifier = of.qualifier;
      end = role.end = of.next;
    }
  }
  const resolved = resolveRole(scan, ctx.state, role, name);
  resolved.evidence.unshift(evidence('title.carried', tokenText(doc, link.atom.start, dot + 1), 'title at the end of the previous sentence: the splitter cut after its abbreviation'));
  return emitRole(ctx, i, end, role, name, resolved);
}
