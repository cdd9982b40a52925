// Minimal types for the part of node-nlp (NLP.js v4) that nlu:eval uses as a baseline.
declare module 'node-nlp' {
  export class NlpManager {
    constructor(settings: { languages: string[]; forceNER?: boolean; autoSave?: boolean; nlu?: Record<string, unknown> });
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
  }
}
