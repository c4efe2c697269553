/**
 * Colour only for a terminal, and never when the user opts out with --no-color or NO_COLOR
 * (https://no-color.org: any non-empty value). Otherwise --color forces it on, for pagers that
 * can show it, and so does FORCE_COLOR (any value but "0" or "false", which force it off), as
 * in ESLint, for CI logs that show colour.
 */
export function useColor(options: { color?: boolean; noColor?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): boolean {
  if (options.noColor) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  if (options.color) return true;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return options.isTTY;
}
