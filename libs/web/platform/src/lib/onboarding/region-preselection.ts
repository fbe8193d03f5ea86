import { type Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, REGION_CODE_PATTERN, type Region } from '@sinergi/contracts';
import { SinergiApi, isApiError } from '@sinergi/web/api-client';
import { type Observable, catchError, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';

export type PreselectionState =
  | { status: 'idle' }
  | { status: 'loading'; code: string }
  | { status: 'done'; region: Region }
  | { status: 'notFound'; code: string }
  | { status: 'error'; message: string };

/**
 * Looks up the region whose code is in the URL and hands it to `apply`. The catalogue is
 * searched by province (`provinceCode` = the code's first two digits), which always holds it.
 */
export function injectRegionPreselection(
  code: Signal<string | undefined>,
  apply: (region: Region) => void,
): Signal<PreselectionState> {
  const api = inject(SinergiApi);

  const lookUp = (regionCode: string): Observable<PreselectionState> =>
    api.regions({ provinceCode: regionCode.slice(0, 2), pageSize: MAX_PAGE_SIZE }).pipe(
      map((page) => page.items.find((region) => region.code === regionCode)),
      tap((region) => region && apply(region)),
      map((region): PreselectionState =>
        region ? { status: 'done', region } : { status: 'notFound', code: regionCode },
      ),
      catchError((error: unknown) =>
        of<PreselectionState>({ status: 'error', message: isApiError(error) ? error.message : '' }),
      ),
      startWith<PreselectionState>({ status: 'loading', code: regionCode }),
    );

  return toSignal(
    toObservable(code).pipe(
      distinctUntilChanged(),
      switchMap((regionCode): Observable<PreselectionState> => {
        if (!regionCode) return of({ status: 'idle' });
        if (!REGION_CODE_PATTERN.test(regionCode)) return of({ status: 'notFound', code: regionCode });
        return lookUp(regionCode);
      }),
    ),
    { initialValue: { status: 'idle' } },
  );
}
