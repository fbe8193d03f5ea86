import { DestroyRef, type Signal, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { debounceTime, map } from 'rxjs';

export type QueryPatch = Readonly<Record<string, string | number | null>>;

/** Writes filters into the URL (so reload, back and shared links keep them). Injection context. */
export function injectQueryUpdater(): (patch: QueryPatch, replaceUrl?: boolean) => void {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  return (patch, replaceUrl = false) => {
    void router.navigate([], {
      relativeTo: route,
      queryParams: patch,
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  };
}

/**
 * Two-way binding between a search box and a URL parameter: typing updates the URL after a
 * pause; navigating (back, a link) updates the box, except for the value the box itself pushed.
 */
export function bindSearchToUrl(
  control: FormControl<string>,
  urlValue: Signal<string>,
  push: (value: string) => void,
): void {
  let pushed: string | null = null;
  effect(() => {
    const value = urlValue();
    untracked(() => {
      if (value !== pushed && value !== control.value.trim()) control.setValue(value, { emitEvent: false });
      pushed = null;
    });
  });
  control.valueChanges
    .pipe(
      map((value) => value.trim()),
      debounceTime(300),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((value) => {
      if (value === urlValue()) return;
      pushed = value;
      push(value);
    });
}

/** `?page=3` → 3; anything else → `fallback`. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
