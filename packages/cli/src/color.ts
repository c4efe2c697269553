/**
 * Colour only for a terminal, and never when the user opts out with --no-color or NO_COLOR
 * (https://no-color.org: any non-empty value). --color forces it on, for pagers that can show it.
 */
export function useColor(options: { color?: boolean; noColor?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): boolean {
  if (options.noColor) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  if (options.color) return true;
  return options.isTTY;
}
