// SGR codes only: enough for a terminal report, without a colour dependency.
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
} as const;

export type Style = keyof typeof CODES;

export type Paint = (style: Style, text: string) => string;

/** A painter that styles text with ANSI codes, or leaves it plain when colour is off. */
export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

const ANSI_SEQUENCE = /\u001b\[[0-9;]*m/gu;

/** The width of text as printed, ignoring colour codes. */
export function visibleLength(text: string): number {
  return text.replace(ANSI_SEQUENCE, '').length;
}
