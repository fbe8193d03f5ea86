import { type Observable, type OperatorFunction, catchError, defer, map, of, startWith, switchMap } from 'rxjs';
import { ApiError, isApiError } from './api-error';

/** What a view shows for data it loads: the last good value stays visible while reloading. */
export type LoadState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'loaded'; value: T }
  | { status: 'error'; value: T | undefined; error: ApiError };

export const INITIAL_LOAD_STATE: LoadState<never> = { status: 'loading', value: undefined };

/**
 * Maps each query to the states of loading it; a newer query cancels the older request.
 * `toSignal(toObservable(query).pipe(loadStates((q) => api.tenants(q))), { initialValue: INITIAL_LOAD_STATE })`
 */
export function loadStates<Q, T>(load: (query: Q) => Observable<T>): OperatorFunction<Q, LoadState<T>> {
  return (queries) =>
    defer(() => {
      let last: T | undefined;
      return queries.pipe(
        switchMap((query) =>
          load(query).pipe(
            map((value): LoadState<T> => {
              last = value;
              return { status: 'loaded', value };
            }),
            catchError((error: unknown) =>
              of<LoadState<T>>({ status: 'error', value: last, error: asApiError(error) }),
            ),
            startWith<LoadState<T>>({ status: 'loading', value: last }),
          ),
        ),
      );
    });
}

function asApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError(0, 'UNEXPECTED_RESPONSE', String(error));
}
