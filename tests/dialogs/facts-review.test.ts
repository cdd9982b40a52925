import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

// Figures are printed with narrow no-break spaces ("6 000 €"): patterns use \s between digit groups.

/**
 * The errors of fact and source found by the review of issue 12, each in a conversation over the real bot and the
 * real knowledge base: the answer must now state what the official source states, with that source.
 */
describe('facts checked against their official source (issue 12)', () => {
  it('the upper age limit is "16 to 29 révolus", under 30 on the day of signing, never "30 ans révolus"', async () => {
    const faq = await startConversation();
    const limit = read(await faq.send("jusqu'à quel âge on peut être apprenti ?"));
    expect(limit).toMatch(/29 ans révolus/);
    expect(limit).toMatch(/moins de 30 ans le jour de la signature/);
    expect(limit).not.toMatch(/30 ans révolus/);

    const pay = await startConversation();
    const tooOld = await pay.send("j'ai 31 ans, je serais payé combien en apprentissage ?");
    // A person of 31 who speaks of themself is past the young public: answered in vous, in their own voice.
    await expectKey(tooOld, 'salary.too_old.for_jeune', 'vous');
    expect(read(tooOld)).toMatch(/moins de 30 ans le jour de la signature \(de 16 à 29 ans révolus\)/);
    expect(read(tooOld)).not.toMatch(/30 ans révolus/);
  });

  it("a disabled apprentice's employer gets 6 000 € whatever the company size and diploma, never told it depends on the diploma", async () => {
    const c = await startConversation();
    const replies = await c.send("j'embauche un apprenti handicapé, quelle aide de l'État ?");
    const text = read(replies);
    expect(text).toMatch(/jusqu'à 6\s000 €/);
    expect(text).toMatch(/quels que soient l'effectif et le diplôme/);
    expect(text).not.toMatch(/dépend aussi du diplôme/);

    // A large firm and a bac+2: still 6 000 €, and no other figure.
    const big = await startConversation();
    const bts = read(await big.send('nous sommes 300 salariés et nous recrutons un apprenti handicapé en BTS, quelle aide ?'));
    expect(bts).toMatch(/6\s000 €/);
    expect(bts).not.toMatch(/1\s500 €|dépend aussi du diplôme/);
  });

  it("a town hall asking for the State's hiring aid is told it is for private employers, never given its amounts; a disabled apprentice then gets the FIPHFP", async () => {
    const c = await startConversation();
    const hiring = read(await c.send("Je travaille pour une mairie, la commune peut-elle toucher l'aide à l'embauche d'un apprenti ?"));
    expect(hiring).toMatch(/réservée aux employeurs privés/);
    expect(hiring).not.toMatch(/5\s000 €|2\s000 €|4\s500 €/);
    const disabled = read(await c.send("et si l'apprenti est reconnu handicapé ?"));
    expect(disabled).toMatch(/FIPHFP/);
    expect(disabled).not.toMatch(/6\s000 €/);
  });

  it('a 14-year-old in 4e is never told "oui, dès 15 ans": 15 only once the 3e is over, 16 otherwise', async () => {
    const c = await startConversation();
    await c.send("j'ai 14 ans et je suis en 4e");
    const start = read(await c.send("je peux commencer l'apprentissage ?"));
    expect(start).not.toMatch(/^oui\b/im);
    expect(start).not.toMatch(/dès 15 ans si tu as fini/);
    expect(start).toMatch(/16 ans, ou 15 ans si tu as terminé ta 3e/);

    const age = await startConversation();
    const minimum = read(await age.send("à partir de quel âge on peut faire un apprentissage ? j'ai 14 ans et je suis en 4e"));
    expect(minimum).toMatch(/seulement si tu as terminé ta 3e/);
    expect(minimum).toMatch(/encore en 4e, il faut d'abord finir le collège/);
  });

  it("the regional plan's aids are ended with what the Région says, one wording everywhere, no invented end day", async () => {
    const card = await startConversation();
    const cja = await card.send("c'est quoi la carte jeunes apprentis normands ?");
    await expectKey(cja, 'aids.ended_undated');
    const cjaText = read(cja);
    expect(cjaText).toMatch(/plan 2016-2021 et n'existe plus/);
    expect(cjaText).toMatch(/la Région ne donne pas de date de fin précise/);
    expect(cjaText).toMatch(/Source : Région Normandie/);
    expect(cjaText).toMatch(/normandie\.fr\/lapprentissage-voie-dexcellence/);
    expect(cjaText).not.toMatch(/a pris fin le \d|31 décembre 2021|readkong/);

    const bonus = await startConversation();
    const prime = read(await bonus.send("La prime régionale de 1 000 € pour les employeurs d'apprentis existe-t-elle encore ?"));
    expect(prime).toMatch(/n'existe plus/);
    expect(prime).toMatch(/Plan normand pour l'apprentissage 2016-2021/);
    expect(prime).toMatch(/La Région ne donne pas de date de fin précise/);
    expect(prime).not.toMatch(/a pris fin le \d|31 décembre 2018|France 3/);
  });

  it('the pay grid is labelled with its own document and date, and the SMIC with its own', async () => {
    const c = await startConversation();
    const apprentice = read(await c.send('combien gagne un apprenti de 17 ans'));
    expect(apprentice).toMatch(/Source : grille du ministère du Travail \(fiche travail-emploi\.gouv\.fr mise à jour le 12 février 2026\)/);
    expect(apprentice).toMatch(/SMIC de 1\s867,02 € brut mensuel au 1er juin 2026/);
    expect(apprentice).not.toMatch(/La bonne alternance \(mis à jour le 12 février 2026\)/);

    const pro = await startConversation();
    const proText = read(await pro.send('salaire contrat pro 22 ans'));
    expect(proText).toMatch(/mise à jour le 6 août 2025/);
  });

  it('ended aids answer to the names people give them, with their end as the source gives it', async () => {
    const transport = read(await (await startConversation()).send('la région donne une aide pour le transport des apprentis ?'));
    expect(transport).toMatch(/Carte Jeunes Apprentis normands/);
    expect(transport).toMatch(/n'existe plus/);

    const equipment = read(await (await startConversation()).send("la région paie quelque chose pour l'équipement des apprentis ?"));
    expect(equipment).toMatch(/Carte Jeunes Apprentis normands/);

    const licence = read(await (await startConversation()).send("l'aide au permis pour les apprentis c'est fini ?"));
    expect(licence).toMatch(/a pris fin le 21 février 2026/);
  });
});
