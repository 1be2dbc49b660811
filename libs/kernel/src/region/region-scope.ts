import { DomainError } from '../errors/domain-error';
import { isWithinRegion, parseRegionCode, type RegionCode } from './region-code';

/**
 * The region a caller may see and change: that region and everything under it.
 * Every read and write in a subgraph passes through one of these.
 */
export class RegionScope {
  private constructor(readonly root: RegionCode) {}

  static of(code: string): RegionScope {
    return new RegionScope(parseRegionCode(code, 'region scope'));
  }

  /** The SQL LIKE pattern that selects the scope's rows by their region code column. */
  get likePattern(): string {
    return `${this.root}%`;
  }

  covers(code: string): boolean {
    return isWithinRegion(code, this.root);
  }

  /** An ancestor of the scope root: its name may be shown, nothing under it outside scope. */
  isAncestorOfRoot(code: string): boolean {
    return code.length < this.root.length && this.root.startsWith(code);
  }

  /** Throws FORBIDDEN unless `code` lies within the scope. */
  assertCovers(code: string, what = 'region'): void {
    if (!this.covers(code)) {
      throw new DomainError('FORBIDDEN', `${what} ${code} is outside your region scope ${this.root}`, {
        regionCode: code,
        scope: this.root,
      });
    }
  }

  /**
   * The narrower of the scope and a requested region, or FORBIDDEN if they do not overlap; the
   * scope itself when no region is asked for (an optional `within` argument left out).
   */
  narrowTo(code: string | null | undefined): RegionScope {
    if (!code) return this;
    const requested = parseRegionCode(code);
    if (this.covers(requested)) return new RegionScope(requested);
    if (isWithinRegion(this.root, requested)) return this;
    this.assertCovers(requested);
    return this;
  }
}
