export { ReportingModule } from './reporting.module';
export { ReportingService } from './reporting.service';
export { REGISTER_COLUMNS } from './register-columns';

/** This module owns no table. */
export const REPORTING_ENTITIES: (new () => object)[] = [];
