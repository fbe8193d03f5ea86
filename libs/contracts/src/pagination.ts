export type Page<T> = {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
};

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
