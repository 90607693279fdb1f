// Malformed YAML front matter, or published fields of the wrong type.
import type { EngineRule } from '../rule';

export const frontMatterInvalid: EngineRule = {
  scope: 'engine',
  meta: {
    id: 'front-matter-invalid',
    category: 'config',
    defaultSeverity: 'error',
    description: 'The post\'s YAML front matter is malformed, so its published fields cannot be checked.',
    note: 'Front-matter fields (title, description, excerpt, tags) are published with the post and must be checked like its body.',
    engine: true,
  },
};
