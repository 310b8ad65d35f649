import { ninjsExtensionKey } from "./extensions.js";
import type { ConversionWarning, WarningCode } from "./warnings.js";

/**
 * What an import has found it cannot map: warnings, and the values kept for `extensions` under
 * `dev.communique.ninjs:<property>` (whole values, or the list entries the mapping did not use).
 */
export class ImportContext {
  readonly warnings: ConversionWarning[] = [];
  private readonly kept = new Map<string, unknown>();

  /** Records a warning. */
  warn(path: string, code: WarningCode, message: string): void {
    this.warnings.push({ path, code, message });
  }

  /** Keeps a whole property the model has no field for. */
  keepValue(property: string, value: unknown, why: string): void {
    this.kept.set(property, value);
    this.warn(
      `/${property}`,
      "kept-in-extensions",
      `${why}; kept in extensions["${ninjsExtensionKey(property)}"]`,
    );
  }

  /** Keeps one entry of a list property that the mapping did not use. */
  keepEntry(property: string, index: number, entry: unknown, why: string): void {
    const list = (this.kept.get(property) as unknown[] | undefined) ?? [];
    list.push(entry);
    this.kept.set(property, list);
    this.warn(
      `/${property}/${index}`,
      "kept-in-extensions",
      `${why}; kept in extensions["${ninjsExtensionKey(property)}"]`,
    );
  }

  /** The extensions holding what was kept, by namespaced key; empty when nothing was. */
  extensions(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.kept].map(([property, value]) => [ninjsExtensionKey(property), value]),
    );
  }
}
