import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';

/**
 * Keys whose list items are written one per line as flow mappings (`- {insee: "14001", name: Ablon, …}`):
 * compact, fast to parse, and a changed record is a one-line diff.
 */
const FLOW_ITEMS = new Set(['communes', 'anciennes_communes', 'offers', 'unmatched_offers', 'outcomes', 'regions', 'departements']);

/**
 * Deterministic YAML: keys in insertion order (the builders fix it), lists of scalars in flow style,
 * no line folding, a header comment without any run date.
 */
export function toYaml(value: unknown, header: string): string {
  const doc = new Document(value);
  // A long list of records written as strings ("Rennes|35|230890") stays one per line.
  const oneRecordPerLine = new WeakSet<object>();
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isSeq(pair.value)) return;
      if (FLOW_ITEMS.has(String(pair.key.value))) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
        oneRecordPerLine.add(pair.value);
      }
    },
    Seq(_key, seq) {
      if (seq.items.every((i) => isScalar(i)) && !oneRecordPerLine.has(seq)) seq.flow = true;
    },
  });
  doc.commentBefore = header
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}
