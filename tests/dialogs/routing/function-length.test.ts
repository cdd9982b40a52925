import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11: routing is an ordered table of named rules over small modules with one job, and no routing function is
 * over 60 lines. This test parses every module under dialogs/routing/ and lists the functions (declarations,
 * methods, function expressions and arrow functions) whose body is longer than that, so that a long one is split by
 * meaning when it is written, not found later.
 */
const ROUTING_DIR = join(import.meta.dirname, '../../../dialogs/routing');
const MAX_BODY_LINES = 60;

interface LongFunction {
  readonly where: string;
  readonly lines: number;
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

/** The functions of one source text whose body spans more than MAX_BODY_LINES lines. */
function longFunctionsOf(fileName: string, text: string): LongFunction[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const body = node.body as ts.Node;
      const first = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(body.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_BODY_LINES) found.push({ where: `${fileName}:${first + 1} ${nameOf(node)}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('routing functions are short', () => {
  it('finds a function over the limit (the check itself works)', () => {
    const long = `function f() {\n${'  g();\n'.repeat(MAX_BODY_LINES)}}\nconst h = () => {\n  g();\n};\n`;
    expect(longFunctionsOf('sample.ts', long).map((f) => f.where)).toEqual(['sample.ts:1 f']);
  });

  it(`has no function body over ${MAX_BODY_LINES} lines under dialogs/routing/`, () => {
    const files = readdirSync(ROUTING_DIR).filter((f) => f.endsWith('.ts'));
    const long = files.flatMap((f) => longFunctionsOf(f, readFileSync(join(ROUTING_DIR, f), 'utf8')));
    expect(long).toEqual([]);
  });
});
