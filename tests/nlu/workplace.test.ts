import { describe, expect, it } from 'vitest';
import { extractInterests } from '../../src/nlu/entities/interests.js';
import { withoutWorkplace } from '../../src/nlu/workplace.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const interestsBeyondWorkplace = (text: string): string[] => extractInterests(tokenize(withoutWorkplace(normalize(text))));

describe('the place where someone already works is not an interest', () => {
  it.each([
    'ça fait 2 semaines que je bosse dans un garage, je peux arrêter ?',
    'je travaille dans un restaurant depuis 10 jours',
    "ma fille travaille chez un coiffeur depuis septembre, elle a droit à des congés ?",
    "j'ai commencé il y a un mois en boulangerie",
    'mon fils est apprenti en menuiserie, il a quel salaire ?',
    'je tiens une boulangerie et mon apprenti arrive toujours en retard',
    'on a un petit garage, on peut prendre un apprenti ?',
  ])('"%s"', (text) => {
    expect(interestsBeyondWorkplace(text)).toEqual([]);
  });

  it.each([
    ["je travaille dans un entrepôt et j'aimerais devenir boulanger", ['alimentation']],
    ["je voudrais travailler dans un garage", ['mecanique']],
    ["je suis en 3e et j'adore la cuisine", ['cuisine']],
    ['je bosse dans la restauration mais je rêve de faire de la mécanique', ['mecanique']],
  ])('"%s" keeps the interests told beside it', (text, expected) => {
    expect(interestsBeyondWorkplace(text)).toEqual(expected);
  });
});
