import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlFile } from '../../src/knowledge/yaml-file.js';

/**
 * A parse error js-yaml reports without a position still points at a line (found by the property test
 * yaml-edits.property.test.ts, seed 1496876909: "..." typed at the start of a line ends the document).
 */
describe('parseYamlFile errors without a position', () => {
  const schema = z.object({ items: z.array(z.string()) });

  it('a "..." at the start of a line: the line of that marker', () => {
    const result = parseYamlFile('knowledge/x.yaml', 'items:\n  - a\n...\n  - b\n', schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/single document/);
    expect(result.errors[0]?.line).toBe(3);
  });

  it('a second "---" document: the line of that marker', () => {
    const result = parseYamlFile('knowledge/x.yaml', 'items:\n  - a\n---\nitems: []\n', schema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(3);
  });
});
