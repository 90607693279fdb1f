// The JSON Schema of .clearpost.yml, built from the rule registry so the two cannot drift.
// scripts/gen-schema.ts writes it to schemas/clearpost.schema.json (shipped for the editor's
// yamlValidation); a test fails when that file is out of date.
import { CATEGORIES, SEVERITIES } from './types';
import { RULES } from './rules/index';
import { BUILT_IN_CHECKS, ITEM_KINDS } from './checklist/types';

export const LEVELS = ['off', ...SEVERITIES] as const;
export type Level = (typeof LEVELS)[number];

export function buildConfigSchema(): Record<string, unknown> {
  const level = { $ref: '#/definitions/level' };
  const ruleProps: Record<string, unknown> = {};
  for (const rule of RULES) {
    if (rule.meta.fixed) continue;
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
      checklist: {
        description: 'The per-post compliance checklist and sign-off rules (docs/checklist.md). Without `items`, the default checklist drawn from the rules catalog applies.',
        type: 'object',
        additionalProperties: false,
        properties: {
          items: { description: 'The checklist items, in display order; ids must be unique.', type: 'array', items: { $ref: '#/definitions/checklistItem' } },
          requiredRoles: {
            description: 'Roles that must each sign a post off before it is cleared. Default: [clinical, compliance].',
            type: 'array',
            items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          },
          authorMayNotSign: { description: "Refuse sign-offs and overrides by the post's author. Default: true.", type: 'boolean' },
          authorFields: {
            description: 'Front-matter fields naming the author. Default: {name: author, email: author_email}.',
            type: 'object',
            additionalProperties: false,
            properties: { name: { type: 'string', minLength: 1 }, email: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
    definitions: {
      checklistItem: {
        description: 'One checklist item. auto: computed by a built-in check, never ticked by hand; assisted: pre-filled by Clearpost, a reviewer ticks it; manual: a reviewer ticks it with a note.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'kind'],
        properties: {
          id: { description: 'Stable kebab-case id, used by `clearpost tick` and in the audit log.', type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          title: { description: 'What the reviewer confirms.', type: 'string', minLength: 1 },
          kind: { description: 'auto, assisted or manual.', enum: [...ITEM_KINDS] },
          check: { description: `Built-in check: required for auto items, a pre-fill for assisted ones. One of ${BUILT_IN_CHECKS.join(', ')}.`, enum: [...BUILT_IN_CHECKS] },
          categories: {
            description: 'Finding categories summarised as the pre-fill of an assisted item; a prefix ending in "." (such as "phi.") matches the whole family.',
            type: 'array',
            items: { type: 'string', minLength: 1 },
          },
          prompt: { description: 'What the note of a manual item must say, e.g. "authorization reference id and scope".', type: 'string', minLength: 1 },
        },
        if: { properties: { kind: { const: 'auto' } }, required: ['kind'] },
        then: { required: ['check'] },
      },
      level: {
        description: 'off, error, warning, information or hint.',
        enum: [...LEVELS],
      },
    },
  };
}
