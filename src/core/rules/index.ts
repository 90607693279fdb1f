// The rule registry: one line per rule (design.md §4). The registry test checks every entry has
// a module, fixtures under test/fixtures/rules/<id>/, and a doc page docs/rules/<id>.md.
import type { Rule } from '../rule';
import { configInvalid } from './config-invalid';
import { frontMatterInvalid } from './front-matter-invalid';
import { directiveInvalid } from './directive-invalid';
import { ruleFailed } from './rule-failed';
import { emailAddress } from './email-address';
import { exactAge } from './exact-age';
import { ageOver89 } from './age-over-89';
import { phoneNumber } from './phone-number';
import { stigmaTerms } from './stigma-terms';
import { personName } from './person-name';
import { place } from './place';
import { zipCode } from './zip-code';
import { dateElement } from './date-element';
import { ssn } from './ssn';
import { recordNumber } from './record-number';
import { vehicleDeviceId } from './vehicle-device-id';
import { webIdentifier } from './web-identifier';
import { biometric } from './biometric';
import { realtimeCase } from './realtime-case';
import { individualAdvice } from './individual-advice';
import { unsupportedClaim } from './unsupported-claim';
import { testimonial } from './testimonial';
import { patientMockery } from './patient-mockery';
import { publicDiagnosis } from './public-diagnosis';
import { uniqueCharacteristic } from './unique-characteristic';
import { missingDisclosure } from './missing-disclosure';
import { reidentificationRisk } from './reidentification-risk';
import { imageMetadata } from './image-metadata';
import { imageNaming } from './image-naming';
import { patientPhoto } from './patient-photo';

export const RULES: readonly Rule[] = [
  configInvalid,
  frontMatterInvalid,
  directiveInvalid,
  ruleFailed,
  emailAddress,
  exactAge,
  ageOver89,
  phoneNumber,
  stigmaTerms,
  dateElement,
  personName,
  place,
  zipCode,
  ssn,
  recordNumber,
  vehicleDeviceId,
  uniqueCharacteristic,
  webIdentifier,
  biometric,
  realtimeCase,
  individualAdvice,
  unsupportedClaim,
  testimonial,
  patientMockery,
  publicDiagnosis,
  missingDisclosure,
  reidentificationRisk,
  imageMetadata,
  imageNaming,
  patientPhoto,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
