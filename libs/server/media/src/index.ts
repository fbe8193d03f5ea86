export { MediaModule } from './media.module';
export { MediaRegistrationService } from './media-registration.service';
import { MediaCompanyEntity } from './media-company.entity';
export { MediaCompanyEntity };
export const MEDIA_ENTITIES = [MediaCompanyEntity];
