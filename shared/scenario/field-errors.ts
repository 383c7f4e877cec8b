/**
 * The one shape of a problem found in a project file, and the list that collects them.
 */
import { shortPath } from './field-path.ts';
import { MAX_LISTED_ERRORS, ROOT_PATH } from './project-limits.ts';

/** One problem in a project file. */
export interface FieldError {
  /** Where, e.g. `scenarios[0].cluster.acceleratorCount`; `(file)` or `(project)` for the whole. */
  path: string;
  /** Short rendering of the bad value (see describeValue), e.g. `0`, `"x"`, `a list of 3`, `nothing`. */
  value: string;
  /** What is allowed, e.g. `must be a whole number from 1 to 4000000 accelerators`. */
  message: string;
}

/** Errors for a terminal: one line each, `path: message (got value)`. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message} (got ${e.value})`).join('\n');
}

/** Collects errors, listing at most MAX_LISTED_ERRORS and counting the rest. */
export class ErrorList {
  readonly listed: FieldError[] = [];
  private readonly seen = new Set<string>();
  private unlisted = 0;

  add(found: FieldError): void {
    const error = { ...found, path: shortPath(found.path) };
    const key = `${error.path}\u0000${error.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
    else this.unlisted++;
  }

  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ERRORS;
  }

  result(): FieldError[] {
    if (this.unlisted === 0) return this.listed;
    return [
      ...this.listed,
      {
        path: ROOT_PATH,
        value: `${this.listed.length + this.unlisted} errors`,
        message: `${this.unlisted} more errors are not listed; fix the ones above first`,
      },
    ];
  }
}
