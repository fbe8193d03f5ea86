export * from './errors';
export * from './pagination';
export * from './auth';
export * from './tenancy';
export * from './health';
export * from './permissions';
