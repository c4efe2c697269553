import { lineColumn } from '@kindling/rules';

/**
 * Where JSON.parse gave up, as a 1-based line and column. V8's messages only sometimes carry a
 * position (and sometimes echo the whole input instead), so this re-scans the text with a small
 * validating parser. It runs only after JSON.parse has failed, so speed does not matter.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
  reason: string;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    reason: string,
  ) {
    super(reason);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  fail(reason: string): never {
    throw new JsonSyntaxError(this.pos, reason);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  expect(char: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== char) this.fail(this.pos >= this.text.length ? `expected "${char}" but the input ended` : `expected "${char}"`);
    this.pos++;
  }

  value(): void {
    this.skipSpace();
    const char = this.text[this.pos];
    if (char === undefined) this.fail('the input ended where a value was expected');
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.pos));
    if (literal) {
      this.pos += literal.length;
      return;
    }
    NUMBER.lastIndex = this.pos;
    if (NUMBER.test(this.text)) {
      this.pos = NUMBER.lastIndex;
      return;
    }
    this.fail(`unexpected "${char}" where a value was expected`);
  }

  string(): void {
    this.pos++;
    STRING_BODY.lastIndex = this.pos;
    STRING_BODY.test(this.text);
    this.pos = STRING_BODY.lastIndex;
    if (this.text[this.pos] !== '"') this.fail(this.pos >= this.text.length ? 'a string is never closed' : 'invalid character in a string');
    this.pos++;
  }

  array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return;
      }
      if (this.text[this.pos] !== ',') this.fail('expected "," or "]" after an array element');
      this.pos++;
    }
  }

  object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
      this.string();
      this.expect(':');
      this.value();
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      if (this.text[this.pos] !== ',') this.fail('expected "," or "}" after a property');
      this.pos++;
    }
  }

  document(): void {
    this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value');
  }
}

/** Finds the first JSON syntax error in `text`; undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorPlace | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ...lineColumn(text, error.offset), reason: error.message };
  }
}
