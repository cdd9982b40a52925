import { describe, expect, it } from 'vitest';
import { jsonWithoutEtag, rememberStateText, takeStateText } from '../../src/storage/state-text.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';

const options = propertyOptions('tests/storage/state-text.test.ts');

/** What the stores and the change key did before: a copy without the eTag, serialised. */
function byCopy(item: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = item;
  return JSON.stringify(rest);
}

// Strings that look like the member being cut off, to be found inside values and nested objects.
const tricky = fc.constantFrom('eTag', '*', '},"eTag":"*"}', ',"eTag":"a1"}', '"', '\\', 'a1', '');
const text = fc.oneof(fc.string(), tricky);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.oneof(fc.string(), tricky, fc.constantFrom('0', '12', 'eTag')), tie('value'), { maxKeys: 4 }),
})).value;

describe('state text', () => {
  it('serialises an item without its eTag exactly as a copy without it would be, wherever the eTag is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string(), tricky, fc.constantFrom('0', '7')), json), { maxLength: 5 }),
        fc.oneof(text, fc.integer(), fc.constant(undefined)),
        fc.nat(6),
        (entries, etag, at) => {
          const item: Record<string, unknown> = {};
          const position = Math.min(at, entries.length);
          entries.forEach(([k, v], i) => {
            if (i === position) item['eTag'] = etag;
            if (k !== 'eTag' && k !== '__proto__') item[k] = v;
          });
          if (position >= entries.length) item['eTag'] = etag;
          expect(jsonWithoutEtag(item)).toBe(byCopy(item));
        },
      ),
      options,
    );
  });

  it('cuts the last member only when it is the eTag itself', () => {
    expect(jsonWithoutEtag({ a: 1, eTag: '*' })).toBe('{"a":1}');
    expect(jsonWithoutEtag({ eTag: '*' })).toBe('{}');
    expect(jsonWithoutEtag({ eTag: '*', a: { eTag: '*' } })).toBe('{"a":{"eTag":"*"}}');
    expect(jsonWithoutEtag({ a: ',"eTag":"*"}', eTag: '*' })).toBe('{"a":",\\"eTag\\":\\"*\\"}"}');
    expect(jsonWithoutEtag({ a: 1 })).toBe('{"a":1}');
    expect(jsonWithoutEtag({ a: 1, eTag: undefined })).toBe('{"a":1}');
    expect(jsonWithoutEtag({ a: new Date(0), eTag: 'e"1' })).toBe('{"a":"1970-01-01T00:00:00.000Z"}');
  });

  it('hands a remembered text out once', () => {
    const item = { a: 1 };
    rememberStateText(item, '{"a":1}');
    expect(takeStateText(item)).toBe('{"a":1}');
    expect(takeStateText(item)).toBeUndefined();
    expect(takeStateText({ a: 1 })).toBeUndefined();
  });
});
