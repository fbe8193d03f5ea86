import { StartingConfiguration, StartingConfigurationKey } from '@sinergi/contracts';
import { LOCAL_PRESENCE_CONFIGURATION } from './local-presence.configuration';
import { PERMISSIVE_CONFIGURATION } from './permissive.configuration';
import { STRICT_CONFIGURATION } from './strict.configuration';

/** The presets a new tenant can start from (the onboarding wizard's "starting configuration"). */
export const STARTING_CONFIGURATIONS: readonly StartingConfiguration[] = [STRICT_CONFIGURATION, LOCAL_PRESENCE_CONFIGURATION, PERMISSIVE_CONFIGURATION];

/** A deep copy, so a tenant's edits never touch the shared preset; undefined for an unknown key. */
export function startingConfiguration(key: StartingConfigurationKey | string): StartingConfiguration | undefined {
  const preset = STARTING_CONFIGURATIONS.find((c) => c.key === key);
  return preset && structuredClone(preset);
}
