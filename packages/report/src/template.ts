export type TemplateData = Readonly<Record<string, string | number>>;

/** Fills `{{name}}` placeholders. A placeholder without data is a bug in the caller, so it throws. */
export function fill(template: string, data: TemplateData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Report template placeholder {{${name}}} has no data.`);
    return String(value);
  });
}

/** Picks the singular or plural template by count, and fills in `count`. */
export function plural(count: number, forms: readonly [one: string, other: string], data: TemplateData = {}): string {
  return fill(count === 1 ? forms[0] : forms[1], { ...data, count });
}
