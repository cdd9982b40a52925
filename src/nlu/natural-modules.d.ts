// Types for the deep `natural` modules we import (the package only types its root index, which pulls in
// every sub-module; deep imports keep start-up small).

declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const PorterStemmerFr: { stem(token: string): string };
  export default PorterStemmerFr;
}

declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    addDocument(text: string | string[], classification: string): void;
    train(): void;
    getClassifications(observation: string | string[]): Array<{ label: string; value: number }>;
    classify(observation: string | string[]): string;
  }
  export default BayesClassifier;
}
