/** Collects reasons lazily: only the first few are ever formatted, the rest are counted. */
export class Findings {
  readonly cited: string[] = [];
  count = 0;

  constructor(private readonly max: number) {}

  add(format: () => string): void {
    this.count++;
    if (this.cited.length < this.max) this.cited.push(format());
  }

  /** The cited phrases, with "N more" when some were only counted. */
  phrases(): string[] {
    const rest = this.count - this.cited.length;
    return rest > 0 ? [...this.cited, `${rest} more`] : [...this.cited];
  }
}
