/** A problem in one file, located well enough for a coach to fix it without a stack trace. */
export interface FileIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** Dotted path of the offending field, or the part of the file, e.g. `goals.avoid.0`. */
  field: string;
  message: string;
}

/** One line: `file:line: field: message`. */
export function formatFileIssue(issue: FileIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}
