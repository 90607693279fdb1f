// A rule that throws: reported by the engine where the rule was checking, never a crashed lint.
import type { EngineRule } from '../rule';

export const ruleFailed: EngineRule = {
  scope: 'engine',
  meta: {
    id: 'rule-failed',
    category: 'config',
    defaultSeverity: 'error',
    description: 'A rule failed with an internal error, so part of the post was not checked by it.',
    note: 'Text a rule could not check is unchecked text: the finding keeps the post from being cleared until the failure is fixed. It cannot be turned off, downgraded or suppressed. Please report it with the message (it names the rule and the error, never your text).',
    engine: true,
    fixed: true,
  },
};
