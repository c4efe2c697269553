import type { Severity } from './finding.js';

export type PresetName = 'recommended' | 'strict' | 'gentle';
export type SeverityOrOff = Severity | 'off';

/**
 * How each preset turns a rule's recommended severity into its own.
 * - recommended: every rule at its own default;
 * - strict: everything one step louder, for coaches reviewing client work;
 * - gentle: errors soften to warnings and info is hidden, for first-time attendees.
 */
export const presets: Readonly<Record<PresetName, { description: string; map: Readonly<Record<Severity, SeverityOrOff>> }>> = {
  recommended: {
    description: 'Every rule at its recommended severity.',
    map: { error: 'error', warning: 'warning', info: 'info' },
  },
  strict: {
    description: 'Every rule one step louder: info becomes a warning, a warning an error.',
    map: { error: 'error', warning: 'error', info: 'warning' },
  },
  gentle: {
    description: 'Softer feedback for beginners: errors become warnings and info notes are hidden.',
    map: { error: 'warning', warning: 'warning', info: 'off' },
  },
};

export const PRESET_NAMES = Object.keys(presets) as PresetName[];
