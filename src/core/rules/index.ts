// The rule registry: one line per rule (design.md §4). The registry test checks every entry has
// a module, fixtures under test/fixtures/rules/<id>/, and a doc page docs/rules/<id>.md.
import type { Rule } from '../rule';
import { configInvalid } from './config-invalid';
import { frontMatterInvalid } from './front-matter-invalid';
import { directiveInvalid } from './directive-invalid';
import { emailAddress } from './email-address';
import { exactAge } from './exact-age';
import { ageOver89 } from './age-over-89';
import { phoneNumber } from './phone-number';
import { stigmaTerms } from './stigma-terms';

export const RULES: readonly Rule[] = [
  configInvalid,
  frontMatterInvalid,
  directiveInvalid,
  emailAddress,
  exactAge,
  ageOver89,
  phoneNumber,
  stigmaTerms,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
