// Problems in .clearpost.yml: reported by the engine at the exact position in the config file.
import type { EngineRule } from '../rule';

export const configInvalid: EngineRule = {
  scope: 'engine',
  meta: {
    id: 'config-invalid',
    category: 'config',
    defaultSeverity: 'error',
    description: 'The workspace configuration file is malformed or does not match the schema.',
    note: 'Clearpost cannot honour a configuration it cannot read; the invalid parts are ignored and defaults apply.',
    engine: true,
  },
};
