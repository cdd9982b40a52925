import { describe, it } from 'vitest';
import { lastReplyOf } from './harness.js';
const AID = "l'aide à l'embauche d'un apprenti c'est combien pour une entreprise de 400 salariés ?";
const RUPT = 'mon patron ma viré au bout de 3 semaines sans raison il a le droit ??';
const RQTH = "Bonjour, je voudrais embaucher un apprenti reconnu travailleur handicapé. Quelles aides existent ?";
const NIGHT = 'jsui apprentie en boulangerie jai 17 ans et il me fait commencer a 4h du mat il a le droit ?';
const cases: string[][] = [
  [AID, "jusqu'à quand peut-on signer ?"], [AID, "on a jusqu'à quand pour embaucher ?"], [AID, "c'est valable jusqu'à quand ?"], [AID, "jusqu'a quand on peut en profiter ?"], [AID, "on peut signer jusqu'à quand ?"], [AID, "jusqu'à quand faut-il conclure le contrat ?"], [AID, "jusqu'à quand est-ce possible ?"], [AID, "jusqu'à quand on peut recruter pour l'avoir ?"], [AID, "jusqu'à quand je la touche ?"], [AID, "elle dure jusqu'à quand ?"],
  ['Quel est mon OPCO ?'], ["c'est qui mon opco ?"], ['Quel est le CFA de mon fils ?'], ['quel est mon contrat ?'], ['quelle est ma convention collective pour l opco ?'], ['Quel est mon maître d apprentissage ?'], ['quel est mon cerfa ?'], ['mon opco ?'], ['et la météo demain ?'], ['tu connais un bon resto à Caen ?'], ['qui a gagné le match hier ?'], ['combien gagne le patron de Renault ?'],
  [RUPT, 'je vais perdre ma place au cfa ?'], [RUPT, 'je peux rester au cfa ?'], [RUPT, "et l'école je peux continuer ?"], [RUPT, 'je garde ma place en formation ?'], [RUPT, 'je dois quitter le cfa ?'], [RUPT, 'je suis viré du cfa aussi ?'], [RUPT, 'est ce que je peux finir ma formation ?'], [RUPT, 'je continue les cours ?'], [RUPT, 'et la météo demain ?'], [RUPT, 'combien gagne le patron de Renault ?'],
  [RQTH, 'Et la durée du contrat peut-elle être allongée ?'], [RQTH, 'le contrat peut durer plus longtemps ?'], [RQTH, 'on peut prolonger la formation ?'], [RQTH, "la formation peut être rallongée d'un an ?"], [RQTH, 'et pour la durée du contrat ?'], [RQTH, 'il peut avoir plus de temps pour son diplôme ?'], [RQTH, 'le contrat peut aller jusqu a 4 ans ?'], [RQTH, 'une durée plus longue est possible ?'],
  [NIGHT, 'jpeux en parler a qui sans que ca se sache'], [NIGHT, 'je peux en parler à qui sans que mon patron le sache ?'], [NIGHT, 'à qui je peux en parler discrètement ?'], [NIGHT, "j'aimerais en parler à quelqu'un, à qui ?"], [NIGHT, 'je voudrais en discuter avec quelqu un, qui ?'], [NIGHT, 'je peux le dire à qui anonymement ?'], [NIGHT, 'qui je peux prévenir de façon confidentielle ?'], [NIGHT, 'je peux en parler à qui sans que ça se sache ?'], ['je peux en parler à qui pour mon orientation ?'],
];
describe('probe', () => {
  it('runs', async () => {
    for (const c of cases) {
      const { text, rule } = await lastReplyOf(c);
      console.log(`#### ${c.at(-1)} [${rule}]\n${text.slice(0, 300)}`);
    }
  }, 1_200_000);
});
