// Safe Harbor item (P): biometric identifiers (finger and voice prints, retinal and iris patterns)
// of a patient, relative, employer or household member.
//
// Kept precise: talking about fingerprints is fine; showing or playing someone's is not. Flagged are
// links to audio recordings (a voice is a voice print), links to video or audio whose text says
// they hold the patient's own voice, and prose that presents someone's fingerprint, voice
// recording, retinal or iris scan to the reader ("here is her voice memo", "listen to him in his
// own words").
import type { BlockRule, SourceReport } from '../rule';
import type { Target } from '../model';

const NOTE =
  'Safe Harbor item (P), 45 CFR 164.514(b)(2)(i)(P): biometric identifiers, including finger and voice prints, must be removed; a recording of a patient\'s voice, a fingerprint or a retinal or iris image is one. Paraphrase, or obtain an authorization that covers the recording.';
const MESSAGE_AUDIO = 'Unexpected recording of a person\'s voice, expected none: remove it and paraphrase, or cite a signed authorization.';
const MESSAGE_AUDIO_UNCUED =
  'Unexpected audio recording, expected none unless it holds no patient\'s voice: remove it, or cite a signed authorization.';
const MESSAGE_PRINT = 'Unexpected biometric record of a person, expected none: remove it, or cite a signed authorization.';

const AUDIO_FILE = /\.(?:mp3|wav|m4a|aac|oga|ogg|opus|flac|wma|amr|aiff?|caf|weba)(?:[?#]|$)/i;
const VIDEO_FILE = /\.(?:mp4|m4v|mov|webm|avi|wmv|3gp|mkv)(?:[?#]|$)/i;
/** Hosted voice notes and audio clips. */
const AUDIO_HOST = /^(?:https?:\/\/)?(?:www\.)?(?:vocaroo\.com|voca\.ro|soundcloud\.com|clyp\.it|whyp\.it|audioboom\.com)\//i;
/** Words in a link text or nearby prose saying the recording holds the patient's voice. */
const VOICE_CUE =
  /(?:^|[^\p{L}])(?:(?:in|on)[ \u00A0]+(?:his|her|their)[ \u00A0]+own[ \u00A0]+(?:words|voice)|(?:his|her|their|the[ \u00A0]+patient'?s|my[ \u00A0]+patient'?s|patient'?s)[ \u00A0]+(?:own[ \u00A0]+)?(?:voice|voicemail|voice[ \u00A0]+(?:memo|note|message|recording)|recording|interview|testimony|story)|voice(?:mail|[ \u00A0]+(?:memo|note|message|recording))|(?:listen|hear)[ \u00A0]+(?:to[ \u00A0]+)?(?:him|her|them|the[ \u00A0]+patient|my[ \u00A0]+patient))(?![\p{L}])/iu;

/**
 * Prose presenting a biometric record: a presenting word (here is, below, listen to, attached,
 * recording of, scan of) followed closely by whose it is and what it is.
 */
const PRESENTED =
  /(?<![\p{L}])(?:here(?:'s|[ \u00A0]+is|[ \u00A0]+are)|below[ \u00A0]+(?:is|are)|above[ \u00A0]+(?:is|are)|(?:i(?:'ve)?|we(?:'ve)?)[ \u00A0]+(?:have[ \u00A0]+)?(?:attached|embedded|included|uploaded|posted|shared)|listen[ \u00A0]+to|play)[ \u00A0]+(?:a[ \u00A0]+|the[ \u00A0]+)?(?:recording[ \u00A0]+of[ \u00A0]+|scan[ \u00A0]+of[ \u00A0]+|image[ \u00A0]+of[ \u00A0]+|photo[ \u00A0]+of[ \u00A0]+)?(?:his|her|their|the[ \u00A0]+patient'?s|my[ \u00A0]+patient'?s|[A-Z][a-z]{1,20}'s)[ \u00A0]+(?:own[ \u00A0]+)?(?:finger[ \u00A0-]?prints?|thumb[ \u00A0-]?prints?|palm[ \u00A0-]?prints?|voice[ \u00A0-]?prints?|voice(?:mail|[ \u00A0]+(?:memo|note|message|recording|clip))|retina(?:l)?[ \u00A0]+(?:scan|image|photo)s?|iris[ \u00A0]+(?:scan|image|photo)s?|vein[ \u00A0]+(?:scan|pattern|image)s?)(?![\p{L}])/giu;

export const biometric: BlockRule = {
  scope: 'block',
  meta: {
    id: 'biometric',
    category: 'phi.id',
    defaultSeverity: 'error',
    description: 'Recordings of a patient\'s voice, fingerprints and retinal or iris scans (Safe Harbor item P).',
    note: NOTE,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!/print|voice|retina|iris|vein/i.test(text)) return;
    PRESENTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PRESENTED.exec(text))) {
      const voice = /voice/i.test(m[0]) && !/print/i.test(m[0]);
      report({ start: m.index, end: m.index + m[0].length, message: voice ? MESSAGE_AUDIO : MESSAGE_PRINT });
    }
  },
  checkTarget(target: Target, _env, report: (r: SourceReport) => void) {
    const url = target.url;
    const audio = AUDIO_FILE.test(url.split(/[?#]/)[0] + (url.match(/[?#].*$/)?.[0] ?? '')) || AUDIO_HOST.test(url);
    const cue = VOICE_CUE.test(target.label);
    // Audio is a voice by nature; a video counts when its text says whose voice it carries.
    if (!(audio || (cue && VIDEO_FILE.test(url)))) return;
    report({
      start: target.start,
      end: target.end,
      matched: url,
      message: audio && !cue ? MESSAGE_AUDIO_UNCUED : MESSAGE_AUDIO,
      severity: audio && !cue ? 'warning' : 'error',
    });
  },
};
