// Misspelled clearpost directives or unknown rule names inside them.
import type { EngineRule } from '../rule';

export const directiveInvalid: EngineRule = {
  scope: 'engine',
  meta: {
    id: 'directive-invalid',
    category: 'config',
    defaultSeverity: 'warning',
    description: 'An inline clearpost directive is misspelled or names an unknown rule or category.',
    note: 'A directive that names nothing suppresses nothing: the author believes a finding is waived when it is not.',
    engine: true,
  },
};
