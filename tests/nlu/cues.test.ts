import { describe, expect, it } from 'vitest';
import { readCues } from '../../src/nlu/cues.js';
import { normalize } from '../../src/text/normalize.js';

describe('cue: the message points back at what was just said', () => {
  it.each(['comment on la demande ?', "je l'obtiens où ?", 'on y a droit nous ?', 'et pour mon cousin ?', 'conditions ?', 'les démarches ?', 'il faut la remplir quand'])(
    '"%s" refers back',
    (text) => expect(readCues(normalize(text)).refersBack).toBe(true),
  );
  it.each(['combien gagne un apprenti ?', 'je veux être boulanger', "c'est quoi la période d'essai", 'merci beaucoup'])('"%s" does not', (text) =>
    expect(readCues(normalize(text)).refersBack).toBe(false),
  );
});
