import { Directive, Input } from '@angular/core';

/**
 * Types `let row` in `*matCellDef` (Material types it `any`):
 * `<td mat-cell *matCellDef="let region; dataSource: regions()">` makes `region` a `Region`.
 * It adds no behaviour; the type check reads `matCellDefDataSource`.
 */
@Directive({ selector: '[matCellDef]' })
export class TypedCellDefDirective<T> {
  @Input() matCellDefDataSource: readonly T[] | null | undefined;

  static ngTemplateContextGuard<T>(
    _directive: TypedCellDefDirective<T>,
    context: unknown,
  ): context is { $implicit: T; index: number } {
    return context !== null;
  }
}
