// Safe Harbor items (L) vehicle identifiers and serial numbers, including licence plates, and (M)
// device identifiers and serial numbers, of a patient, relative, employer or household member.
//
// VINs carry their own proof (17 characters without I, O, Q; a valid check digit, a vehicle word
// nearby, or a numeric tail); plates and device serials are flagged only after their label, and
// GS1 UDIs only when they carry a serial number "(21)" (the "(01)" part alone names a model, not
// the patient's device).
import type { BlockRule, ProseFix } from '../rule';
import { labelledRemoval } from '../text/id-removal';
import { removalEdit } from '../text/tidy';
import { hasDigits } from '../text/scan';

type Kind = 'vin' | 'plate' | 'serial' | 'udi' | 'mac';

const NOTE_VEHICLE =
  'Safe Harbor item (L), 45 CFR 164.514(b)(2)(i)(L): vehicle identifiers and serial numbers, including licence plate numbers, must be removed.';
const NOTE_DEVICE =
  'Safe Harbor item (M), 45 CFR 164.514(b)(2)(i)(M): device identifiers and serial numbers (implants, pumps, monitors, UDIs) must be removed.';

const MESSAGES: Record<Kind, string> = {
  vin: 'Unexpected vehicle identification number, expected none: remove it; the vehicle type is enough.',
  plate: 'Unexpected licence plate number, expected none: remove it; the vehicle type is enough.',
  serial: 'Unexpected device serial number, expected none: remove it; the device type is enough.',
  udi: 'Unexpected device identifier with a serial number, expected none: remove it; the device model is enough.',
  mac: 'Unexpected device hardware address, expected none: remove it; the device type is enough.',
};

/** 17 characters from the VIN alphabet (no I, O, Q), written as one uppercase token. */
const VIN = /(?<![\p{L}\p{N}_\-])[A-HJ-NPR-Z0-9]{17}(?![\p{L}\p{N}_]|-[A-Za-z0-9])/gu;
const VEHICLE_CUE = /(?:^|[^\p{L}])(?:vins?|vehicles?|cars?|trucks?|pickups?|vans?|suvs?|sedans?|motorcycles?|motorbikes?|scooters?|registration|title)(?![\p{L}])/iu;

/** Labels, matched at a word start. Plates: "plate", "license plate", "tag number". */
const PLATE_LABEL = /(?<![\p{L}\p{N}_])(?:(?:licen[cs]e|number|registration|car|vehicle)[ \u00A0-]?plates?|plates?|(?:licen[cs]e|car|vehicle)[ \u00A0]+tags?|tag[ \u00A0]+(?:number|no\.?|#))(?![\p{L}\p{N}_])/giu;
const SERIAL_LABEL = /(?<![\p{L}\p{N}_])(?:serial(?:[ \u00A0-]?(?:numbers?|nos?\.?|#))?|s\/n|sn|s\.n\.|device[ \u00A0]+(?:id|identifier|serial)|imei|meid|udi)(?![\p{L}\p{N}_])/giu;
const TAIL = /(?:[ \u00A0]{0,3}(?:numbers?|nos?\.?|#)(?![\p{L}]))?(?:[ \u00A0]{0,3}(?:is|was|reads|:|=)(?![\p{L}]))?[ \u00A0]{0,3}(?:#[ \u00A0]?)?/iuy;
/** A plate: up to three uppercase/digit chunks, 4-8 characters in all. */
const PLATE = /[A-Z0-9]{1,4}(?:[- \u00A0\u00B7][A-Z0-9]{1,4}){0,2}(?![\p{L}\p{N}_])/uy;
/** A serial: letters, digits and inner dashes, slashes or dots. */
const SERIAL = /[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){3,40}(?![\p{L}\p{N}_])/uy;
/** GS1 element strings in human-readable form: (01) device identifier then production identifiers. */
const UDI = /\(01\)[ \u00A0]?\d{14}(?:[ \u00A0]?\((?:10|11|17|21)\)[ \u00A0]?[A-Za-z0-9\-/.]{1,20}){1,4}/g;
const MAC = /(?<![\p{L}\p{N}_:\-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\p{L}\p{N}_]|[:-][0-9A-Fa-f])/gu;
const YEAR = /^(?:19|20)\d{2}$/;

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North American check digit (position 9): weighted sum mod 11, 10 written as X. */
export function vinCheckDigitValid(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i];
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : VIN_VALUES[ch];
    if (v === undefined) return false;
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

function counts(s: string): { digits: number; letters: number } {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return { digits, letters };
}

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  fix: ProseFix;
}

/** Label, number words, then a token accepted by `accept`; the fix removes label and token together. */
function labelled(text: string, label: RegExp, token: RegExp, kind: Kind, accept: (t: string) => boolean, out: Hit[]): void {
  label.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = label.exec(text))) {
    const labelStart = m.index;
    const labelEnd = labelStart + m[0].length;
    TAIL.lastIndex = labelEnd;
    const tokenStart = TAIL.exec(text) ? TAIL.lastIndex : labelEnd;
    if (tokenStart === labelEnd) continue;
    token.lastIndex = tokenStart;
    const t = token.exec(text);
    if (!t) continue;
    const end = tokenStart + t[0].length;
    if (!accept(t[0])) continue;
    out.push({
      start: tokenStart,
      end,
      kind,
      fix: { title: 'Remove the identifier', edits: [labelledRemoval(text, labelStart, labelEnd, end, { keepLabel: false, noun: false })] },
    });
  }
}

function acceptPlate(t: string): boolean {
  const compact = t.replace(/[^A-Z0-9]/g, '');
  if (compact.length < 4 || compact.length > 8 || YEAR.test(compact)) return false;
  return counts(compact).digits >= 1;
}

function acceptSerial(t: string): boolean {
  const compact = t.replace(/[^A-Za-z0-9]/g, '');
  const { digits } = counts(compact);
  if (YEAR.test(compact)) return false;
  return digits >= 3 && compact.length >= 5 && digits * 3 >= compact.length;
}

export const vehicleDeviceId: BlockRule = {
  scope: 'block',
  meta: {
    id: 'vehicle-device-id',
    category: 'phi.id',
    defaultSeverity: 'error',
    description: 'Vehicle identification numbers, licence plates, device serial numbers and UDIs (Safe Harbor items L and M).',
    note: `${NOTE_VEHICLE} ${NOTE_DEVICE}`,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!hasDigits(text, 1)) return;
    const hits: Hit[] = [];
    const removal = (start: number, end: number): ProseFix => ({ title: 'Remove the identifier', edits: [removalEdit(text, start, end)] });
    let m: RegExpExecArray | null;
    if (text.length >= 17) {
      // Asked only once a VIN-shaped token qualifies on its own letters and digits (it scans the whole block).
      let vehicleCue: boolean | undefined;
      VIN.lastIndex = 0;
      while ((m = VIN.exec(text))) {
        const vin = m[0];
        const { digits, letters } = counts(vin);
        if (digits < 3 || letters < 2) continue;
        if (vinCheckDigitValid(vin) || (vehicleCue ??= VEHICLE_CUE.test(text)) || (letters >= 3 && /\d{4}$/.test(vin))) {
          hits.push({ start: m.index, end: m.index + vin.length, kind: 'vin', fix: removal(m.index, m.index + vin.length) });
        }
      }
    }
    if (/plate|tag/i.test(text)) labelled(text, PLATE_LABEL, PLATE, 'plate', acceptPlate, hits);
    if (/serial|s\/?n|s\.n|device|imei|meid|udi/i.test(text)) labelled(text, SERIAL_LABEL, SERIAL, 'serial', acceptSerial, hits);
    if (text.includes('(01)') && text.includes('(21)')) {
      UDI.lastIndex = 0;
      while ((m = UDI.exec(text))) {
        if (m[0].includes('(21)')) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'udi', fix: removal(m.index, m.index + m[0].length) });
      }
    }
    if (/[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(text)) {
      MAC.lastIndex = 0;
      while ((m = MAC.exec(text))) {
        // Six groups of decimal digits only are more likely a ratio or a score list than an address.
        if (!/[A-Fa-f]/.test(m[0]) && !/(?:mac|hardware|bluetooth|wi-?fi)[^\n]{0,24}$/i.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, kind: 'mac', fix: removal(m.index, m.index + m[0].length) });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      report({
        start: h.start,
        end: h.end,
        message: MESSAGES[h.kind],
        note: h.kind === 'vin' || h.kind === 'plate' ? NOTE_VEHICLE : NOTE_DEVICE,
        fixes: [h.fix],
      });
    }
  },
};
