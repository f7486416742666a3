/**
 * RFC 4180 records from numbered lines, with recovery that csv-parse lacks
 * (its skip_records_with_error keeps quote state after a stray quote and can
 * swallow the rest of the file):
 * - a stray quote (inside an unquoted field, or not followed by a comma after
 *   a closing quote) makes the record malformed; it ends at the end of that line;
 * - a quote still open at end of input makes its record malformed.
 * The extent of a malformed record is unknown, so when it spans several lines
 * the lines after its first are read again: a bad quote costs one record, not
 * the records it swallowed. Lines are buffered only while a quoted field is open.
 */

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

type Line = [number, string];

export async function* csvRecords(input: AsyncIterable<Line>): AsyncGenerator<CsvRecord> {
  const it = input[Symbol.asyncIterator]();
  let replay: Line[] = [];
  let replayPos = 0;
  const next = async (): Promise<Line | null> => {
    if (replayPos < replay.length) return replay[replayPos++];
    const r = await it.next();
    return r.done ? null : r.value;
  };

  let held: Line[] = []; // lines of the record being read
  let fields: string[] = [];
  let field = '';
  let inQuotes = false; // inside a quoted field
  let closed = false; // right after a quoted field's closing quote
  let error: string | null = null;

  /** The malformed record; its lines after the first are queued to be read again. */
  const fail = (): CsvRecord => {
    const rec = { line: held[0][0], error: error! };
    replay = [...held.slice(1), ...replay.slice(replayPos)];
    replayPos = 0;
    held = [];
    return rec;
  };

  for (;;) {
    const l = await next();
    if (l === null) {
      if (!inQuotes) return;
      error = 'quoted field not closed before end of input';
      inQuotes = false;
      yield fail();
      continue;
    }
    const text = l[1];
    if (inQuotes) {
      field += '\n';
    } else {
      if (/^[ \t]*$/.test(text)) continue; // blank line between records
      held = [];
      fields = [];
      field = '';
      closed = false;
      error = null;
    }
    held.push(l);
    let i = 0;
    while (i < text.length && error === null) {
      if (inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = text.length;
        } else if (text[q + 1] === '"') {
          field += text.slice(i, q + 1);
          i = q + 2;
        } else {
          field += text.slice(i, q);
          inQuotes = false;
          closed = true;
          i = q + 1;
        }
        continue;
      }
      const c = text[i++];
      if (c === ',') {
        fields.push(field);
        field = '';
        closed = false;
      } else if (closed) {
        if (c !== ' ' && c !== '\t') error = `unexpected ${JSON.stringify(c)} after a closing quote`;
      } else if (c === '"') {
        if (field.trim()) error = 'quote inside an unquoted field';
        else {
          inQuotes = true;
          field = '';
        }
      } else {
        field += c;
      }
    }
    if (inQuotes && error === null) continue; // the field goes on on the next line
    inQuotes = false;
    if (error !== null) {
      yield fail();
      continue;
    }
    fields.push(field);
    const line = held[0][0];
    held = [];
    yield { line, fields };
  }
}
