import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeFiles, type KnowledgeFileKey } from '../../src/knowledge/files.js';
import { parseYamlFile } from '../../src/knowledge/yaml-file.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';

const options = propertyOptions('tests/knowledge/yaml-edits.property.test.ts');

/**
 * Hand-written files (the generated ones are rebuilt by the import, not edited), the smaller ones so that 1,000
 * runs stay within CI time: the parser and the locator are the same for every file.
 */
const HANDWRITTEN: KnowledgeFileKey[] = ['contacts', 'intents', 'interets', 'metiersFamiliers', 'parametres'];
const texts = new Map(HANDWRITTEN.map((k) => [k, readFileSync(join('knowledge', knowledgeFiles[k].file), 'utf8')]));

/** What people do to a YAML file by mistake: characters that mean something in YAML, lost lines, bad indentation. */
const yamlish = fc.oneof(
  fc.constantFrom(':', '- ', '  ', '\t', '\n', '"', "'", '[', ']', '{', '}', '#', '&a', '*a', '!!', '%', '|', '>', '? ', '---', '...', '\\', 'é', '\u0000', '\ufeff'),
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[a-z_]{1,12}: [^\n]{0,20}$/),
);

const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: yamlish }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indentLine' as const), at: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2, 4) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  if (e.kind === 'insert') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === 'delete') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + e.length);
  }
  const lines = text.split('\n');
  const i = e.at % lines.length;
  if (e.kind === 'dropLine') lines.splice(i, 1);
  else lines[i] = e.by > 0 ? ' '.repeat(e.by) + lines[i] : (lines[i] ?? '').slice(-e.by);
  return lines.join('\n');
}

describe('knowledge files with random edits', () => {
  it('property: parsing never throws and never hangs; a broken file gives errors located by file and line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HANDWRITTEN), fc.array(edit, { minLength: 1, maxLength: 3 }), (key, edits) => {
        const text = edits.reduce(apply, texts.get(key) as string);
        const name = `knowledge/${knowledgeFiles[key].file}`;
        const started = performance.now();
        const result = parseYamlFile(name, text, knowledgeFiles[key].schema);
        expect(performance.now() - started).toBeLessThan(2_000);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        const lines = text.split('\n').length;
        for (const e of result.errors) {
          expect(e.file).toBe(name);
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.line, `${e.path}: ${e.message}`).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines + 1);
        }
      }),
      options,
    );
  });
});
