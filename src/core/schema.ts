// The JSON Schema of .clearpost.yml, built from the rule registry so the two cannot drift.
// scripts/gen-schema.ts writes it to schemas/clearpost.schema.json (shipped for the editor's
// yamlValidation); a test fails when that file is out of date.
import { CATEGORIES, SEVERITIES } from './types';
import { RULES } from './rules/index';

export const LEVELS = ['off', ...SEVERITIES] as const;
export type Level = (typeof LEVELS)[number];

export function buildConfigSchema(): Record<string, unknown> {
  const level = { $ref: '#/definitions/level' };
  const ruleProps: Record<string, unknown> = {};
  for (const rule of RULES) {
    const options = rule.meta.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} };
    ruleProps[rule.meta.id] = {
      description: `${rule.meta.description} Default: ${rule.meta.defaultSeverity}. Category: ${rule.meta.category}.`,
      anyOf: [
        level,
        {
          type: 'object',
          additionalProperties: false,
          properties: { severity: level, options },
        },
      ],
    };
  }
  const categoryProps: Record<string, unknown> = {};
  for (const c of CATEGORIES) categoryProps[c] = { ...level, description: `Severity for every rule of category ${c}, unless the rule sets its own.` };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:clearpost:config:v1',
    title: 'Clearpost workspace configuration (.clearpost.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        description: 'Per-rule severity ("off" disables the rule) or {severity, options}.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProps,
      },
      categories: {
        description: 'Per-category severity; a rule\'s own entry wins over its category.',
        type: 'object',
        additionalProperties: false,
        properties: categoryProps,
      },
      allow: {
        description:
          'Terms that are never findings: the author\'s own name, the practice\'s public phone number, email and town. Compared case-insensitively; phone numbers by their digits.',
        type: 'array',
        items: { type: ['string', 'number'], minLength: 1 },
      },
    },
    definitions: {
      level: {
        description: 'off, error, warning, information or hint.',
        enum: [...LEVELS],
      },
    },
  };
}
