import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildParameters, readGrid } from '../../../src/knowledge/import/parameters.js';
import { aidsFileSchema } from '../../../src/knowledge/schema/aid.js';
import { aliasesFileSchema } from '../../../src/knowledge/schema/alias.js';
import { contactsFileSchema } from '../../../src/knowledge/schema/contact.js';
import { faqFileSchema } from '../../../src/knowledge/schema/faq.js';
import { parametersFileSchema } from '../../../src/knowledge/schema/parameters.js';
import { aidStatus } from '../../../src/rules/aids.js';

const TODAY = '2026-11-27';
const load = (file: string): unknown => parse(readFileSync(`knowledge/${file}`, 'utf8'));

describe('knowledge/parametres.yaml', () => {
  const params = parametersFileSchema.parse(load('parametres.yaml'));

  it('has the SMIC of 1 June 2026', () => {
    expect(params.smic).toMatchObject({ gross_hourly: 12.31, gross_monthly: 1867.02, value_date: '2026-06-01' });
  });

  it('equals what the importer builds from ../shared/data (no hand edit, no drift)', () => {
    expect(params).toEqual(buildParameters(readGrid('../shared/data')));
  });

  it('has the same numbers as the source JSON, read independently', () => {
    const json = JSON.parse(readFileSync('../shared/data/aides/salaire_apprenti_grille.json', 'utf8')) as {
      smic_metropole: { brut_mensuel: number };
      apprentissage_pourcentage_smic: Record<string, Record<string, number>>;
      contrat_professionnalisation_pourcentage_smic: Record<string, Record<string, number>>;
    };
    expect(params.smic.gross_monthly).toBe(json.smic_metropole.brut_mensuel);
    for (const band of params.apprentice_pay.bands) {
      const src = json.apprentissage_pourcentage_smic[band.id];
      expect(src, band.id).toBeDefined();
      expect(band.percent_by_year).toEqual({
        year_1: src?.annee_1,
        year_2: src?.annee_2,
        year_3: src?.annee_3,
        year_4: src?.annee_4,
      });
    }
    const proKeys: Record<string, string> = { 'under-21': '14-20', '21-25': '21-25', '26+': '26+' };
    for (const band of params.professionalisation_pay.bands) {
      const src = json.contrat_professionnalisation_pourcentage_smic[proKeys[band.id] ?? ''];
      expect([band.below_bac, band.bac_or_higher]).toEqual([src?.inferieurBac, src?.bacEtPlus]);
    }
  });

  it('rejects a grid with a gap between age bands', () => {
    const broken = structuredClone(load('parametres.yaml')) as { apprentice_pay: { bands: { min_age: number }[] } };
    const band = broken.apprentice_pay.bands[1];
    if (band) band.min_age = 19;
    expect(parametersFileSchema.safeParse(broken).success).toBe(false);
  });
});

describe('knowledge/aides.yaml', () => {
  const { aids } = aidsFileSchema.parse(load('aides.yaml'));
  const byId = new Map(aids.map((a) => [a.id, a]));

  it('has at least 12 aids, for young people, families and employers', () => {
    expect(aids.length).toBeGreaterThanOrEqual(12);
    for (const who of ['jeune', 'employeur', 'famille'] as const) expect(aids.some((a) => a.who.includes(who)), who).toBe(true);
  });

  it('has the measures the brief asks for, with the right status today', () => {
    const expected: [string, 'current' | 'ended'][] = [
      ['aide-embauche-apprenti-2026', 'current'],
      ['aide-embauche-apprenti-2026-janvier-mars', 'ended'],
      ['aide-embauche-apprenti-2025-fevrier-decembre', 'ended'],
      ['opco-frais-annexes', 'current'],
      ['aide-permis-apprentis', 'ended'],
      ['carte-jeunes-apprentis-normands', 'ended'],
      ['prime-regionale-employeur-1000', 'ended'],
      ['mobili-jeune', 'current'],
      ['prime-activite-apprenti', 'current'],
    ];
    for (const [id, status] of expected) {
      const a = byId.get(id);
      expect(a, id).toBeDefined();
      if (a) expect(aidStatus(a, TODAY), id).toBe(status);
    }
    expect(byId.get('aide-permis-apprentis')?.valid_to).toBe('2026-02-21');
  });

  it('every aid is sourced, dated and written in both registers', () => {
    for (const a of aids) {
      expect(a.source.url, a.id).toMatch(/^https:\/\//);
      // Checked at the aids audit (2026-11-27) or re-checked since (the prime d'activité's threshold, 2026-12-06).
      expect(a.verified_on >= TODAY && /^\d{4}-\d{2}-\d{2}$/.test(a.verified_on), a.id).toBe(true);
      expect(a.summary.tu, a.id).not.toBe(a.summary.vous);
      expect(a.how_to_apply.tu.length, a.id).toBeGreaterThan(10);
    }
  });

  it('ended aids are worded in the past or say they ended', () => {
    for (const a of aids.filter((x) => aidStatus(x, TODAY) === 'ended')) {
      for (const text of [a.summary.tu, a.summary.vous]) {
        expect(text, a.id).toMatch(/pris fin|n'existe plus|était|recevaient|pouvaient|versait|disparu|ajoutait|s'appliquait/);
      }
    }
  });

  it('rejects an unknown key (strict) and an inverted validity period', () => {
    const raw = structuredClone(load('aides.yaml')) as { aids: Record<string, unknown>[] };
    const first = raw.aids[0];
    if (!first) throw new Error('no aid');
    expect(aidsFileSchema.safeParse({ aids: [{ ...first, montant: 1 }] }).success).toBe(false);
    expect(aidsFileSchema.safeParse({ aids: [{ ...first, valid_from: '2027-01-01' }] }).success).toBe(false);
  });
});

describe('knowledge/faq.yaml', () => {
  const { faq } = faqFileSchema.parse(load('faq.yaml'));
  const aidIds = new Set(aidsFileSchema.parse(load('aides.yaml')).aids.map((a) => a.id));
  const contactIds = new Set(contactsFileSchema.parse(load('contacts.yaml')).contacts.map((c) => c.id));

  it('has at least 45 entries with at least 4 phrasings each', () => {
    expect(faq.length).toBeGreaterThanOrEqual(45);
    for (const f of faq) expect(f.questions.length, f.id).toBeGreaterThanOrEqual(4);
  });

  it('defines each term once, and refuses a term two entries define', () => {
    const defined = faq.flatMap((f) => f.defines ?? []).map((t) => t.toLowerCase());
    expect(defined).toContain('cfa');
    expect(new Set(defined).size).toBe(defined.length);
    const twice = { faq: [...faq, { ...faq[0]!, id: 'autre-definition', questions: ['une autre façon de demander'], defines: ['CFA'] }] };
    expect(faqFileSchema.safeParse(twice).error?.issues.map((i) => i.message)).toContain('term also defined by "cfa-definition"');
  });

  /** Every text an entry can say: its answer and the versions written for a person's case, in both registers. */
  const textsOf = (f: (typeof faq)[number]): string[] =>
    [f.answer, ...(f.answer_when ?? []).map((w) => w.answer)].flatMap((a) => [a.tu, a.vous]);

  // Code du travail L3163-2 and the ministry's page: no work at night before 18, from 22 h, and from 20 h before 16.
  // An answer that gives the 22 h limit to every minor tells a 15-year-old that 21 h is allowed.
  it('states the under-16 night limit (20 h) wherever it states the minors\' one (22 h)', () => {
    for (const f of faq.filter((e) => e.for_minors)) {
      for (const text of textsOf(f)) {
        if (/22 h et 6 h|22 h à 6 h/.test(text)) expect(text, f.id).toMatch(/20 h/);
      }
    }
  });

  // The employer's half of the pass is for the trip between home and work (L3261-2); what applies to CFA trips is the
  // CFA's to say (two entries once told it both ways).
  it('never says the employer\'s half of the transport pass covers the trips to the CFA', () => {
    for (const f of faq) {
      for (const text of textsOf(f)) expect(text, f.id).not.toMatch(/y compris (pour aller au|pour les trajets vers le)\s+CFA/);
    }
  });

  it('covers the topics of the brief', () => {
    const ids = new Set(faq.map((f) => f.id));
    for (const id of [
      'age-minimum', 'age-maximum', 'age-derogation-35-ans', 'age-sans-limite', 'duree-contrat', 'periode-essai',
      'remuneration-calcul', 'conges-payes', 'formation-gratuite', 'sans-employeur', 'rupture-contrat',
      'mediateur-consulaire', 'statut-salarie', 'handicap-rqth', 'contrat-pro-vs-apprentissage', 'employeurs-publics',
      'horaires-mineurs', 'travail-nuit-mineurs', 'trouver-employeur', 'mission-locale', 'la-bonne-alternance',
      '1jeune1solution', 'parcoursup-apprentissage', 'affelnet-apres-3e', 'remuneration-anniversaire',
      'carte-etudiant-des-metiers', 'securite-sociale', 'transport', 'equipement-hebergement-repas', 'conge-examen',
      'echec-examen', 'changer-employeur', 'temps-travail-majeurs', 'arret-maladie', 'retraite',
      'impot-salaire-apprenti', 'numero-vert-0800',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('answers are short (2 to 4 sentences), distinct per register, and sourced', () => {
    const sentences = (s: string): number => s.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9])/).length;
    for (const f of faq) {
      expect(f.answer.tu, f.id).not.toBe(f.answer.vous);
      for (const text of [f.answer.tu, f.answer.vous]) {
        expect(sentences(text), `${f.id}: ${text}`).toBeGreaterThanOrEqual(2);
        expect(sentences(text), `${f.id}: ${text}`).toBeLessThanOrEqual(4);
      }
      expect(f.answer.tu, f.id).toMatch(/\b(tu|te|t'|ton|ta|tes|toi)\b/i);
      expect(f.answer.vous, f.id).not.toMatch(/\b(tu|ton|ta|tes)\b/);
      for (const s of f.sources) expect(s.url, f.id).toMatch(/^https:\/\//);
    }
  });

  it('links only to aids and contacts that exist', () => {
    for (const f of faq) {
      for (const id of f.see_aids) expect(aidIds.has(id), `${f.id} → aid ${id}`).toBe(true);
      for (const id of f.see_contacts) expect(contactIds.has(id), `${f.id} → contact ${id}`).toBe(true);
    }
  });

  it('the employer-aid answer states exactly the amounts of the aid table', () => {
    const { aids } = aidsFileSchema.parse(load('aides.yaml'));
    const table = aids.find((a) => a.id === 'aide-embauche-apprenti-2026')?.amount[0];
    const values = new Set(table?.kind === 'table' ? table.rows.map((r) => r.value) : []);
    const answer = faq.find((f) => f.id === 'employeur-aide-embauche')?.answer.vous ?? '';
    const stated = [...answer.matchAll(/(\d[\d  ]*\d) €/g)].map((m) => Number((m[1] ?? '').replace(/\D/g, '')));
    expect(stated.length).toBeGreaterThanOrEqual(6);
    for (const v of stated) expect(values.has(v), `${v} €`).toBe(true);
  });

  it('says the driving-licence aid has ended, with its date', () => {
    const entry = faq.find((f) => f.id === 'aide-permis-terminee');
    expect(entry?.answer.tu).toMatch(/pris fin le 21 février 2026/);
  });

  it('covers the topics of issue 11 §6 with at least 95 entries, each new one with 25+ phrasings', () => {
    expect(faq.length).toBeGreaterThanOrEqual(95);
    const byId = new Map(faq.map((f) => [f.id, f]));
    for (const id of [
      'travaux-dangereux-mineur', 'signature-contrat-mineur', 'apprenti-moins-de-16-ans', 'travail-dimanche-feries',
      'horaires-non-respectes-mineur', 'heures-sup-non-payees', 'employeur-empeche-cfa', 'taches-sans-rapport-formation',
      'harcelement-apprenti', 'inspection-du-travail', 'accident-travail', 'conges-moins-21-ans',
      'cerfa-contrat-apprentissage', 'date-debut-contrat', 'maitre-apprentissage-absent', 'changer-cfa-ou-diplome',
      'duree-contrat-reduite', 'apprenti-interim', 'apprentissage-saisonnier-deux-employeurs', 'entreprise-liquidation',
      'rupture-par-employeur', 'demission-apprenti-etapes', 'chomage-apres-apprentissage', 'salaire-inferieur-minimum',
      'salaire-brut-net-apprenti', 'aide-embauche-demarches', 'employeur-public-demarches', 'cout-apprenti-employeur',
      'apprentissage-apres-26-ans', 'reconversion-salarie', 'contrat-pro-demandeur-emploi', 'handicap-obtenir-rqth',
      'handicap-amenagements-formation', 'poursuite-apres-cap', 'poursuite-apres-bac-pro', 'apres-bac-general',
      'mobilite-etranger', 'cfa-loin-trajet',
    ]) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(entry?.questions.length ?? 0, id).toBeGreaterThanOrEqual(25);
    }
  });

  it('says Pro-A has been replaced, and sends the long trip to current aids only', () => {
    expect(faq.find((f) => f.id === 'reconversion-salarie')?.answer.vous).toMatch(/remplacées par la\s+période de reconversion/);
    const trip = faq.find((f) => f.id === 'cfa-loin-trajet');
    expect(trip?.answer.tu).toMatch(/a pris fin le 21 février 2026/);
  });
});

describe('knowledge/contacts.yaml', () => {
  const { contacts } = contactsFileSchema.parse(load('contacts.yaml'));
  const byId = new Map(contacts.map((c) => [c.id, c]));

  it('has the free regional line, the Missions Locales, the three mediators and the national services', () => {
    expect(byId.get('numero-vert-0800')?.phone).toEqual({ display: '0800 050 000', e164: '+33800050000', free: true });
    expect(byId.get('missions-locales')).toMatchObject({ count_in_normandy: 24, age: { min: 16, max: 25 } });
    for (const id of ['mediateur-cma', 'mediateur-cci', 'mediateur-chambre-agriculture', 'france-travail']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('la-bonne-alternance')?.url).toBe('https://labonnealternance.apprentissage.beta.gouv.fr');
    expect(byId.get('1jeune1solution')?.url).toBe('https://www.1jeune1solution.gouv.fr');
  });

  it('every contact is sourced and dated', () => {
    for (const c of contacts) {
      expect(c.source.url, c.id).toMatch(/^https:\/\//);
      expect(c.verified_on, c.id).toBe(TODAY);
    }
  });

  it('rejects a telephone contact without a number', () => {
    const raw = structuredClone(load('contacts.yaml')) as { contacts: Record<string, unknown>[] };
    const first = raw.contacts[0];
    if (!first) throw new Error('no contact');
    const { phone: _phone, ...withoutPhone } = first;
    expect(contactsFileSchema.safeParse({ contacts: [withoutPhone] }).success).toBe(false);
  });
});

describe('knowledge/metiers-familiers.yaml', () => {
  const file = aliasesFileSchema.parse(load('metiers-familiers.yaml'));

  it('lists each everyday word once, and refuses a word listed twice', () => {
    const words = file.aliases.flatMap((a) => a.words.map((w) => w.toLowerCase()));
    expect(new Set(words).size).toBe(words.length);
    const twice = { ...file, aliases: [...file.aliases, { rome: 'D1209', words: ['Fleuristerie'] }] };
    expect(aliasesFileSchema.safeParse(twice).error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^"Fleuristerie" is already listed for D1209/)]);
  });
});
