/** One error class with stable codes; data errors name their file and line. */
export type DyadErrorCode =
  | 'LEXICON_INVALID'
  | 'INPUT_INVALID'
  | 'USAGE'
  | 'NOT_FOUND';

export class DyadError extends Error {
  readonly code: DyadErrorCode;
  readonly file?: string;
  readonly line?: number;

  constructor(code: DyadErrorCode, message: string, where?: { file?: string; line?: number }) {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    super(at + message);
    this.name = 'DyadError';
    this.code = code;
    this.file = where?.file;
    this.line = where?.line;
  }
}
