import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SourcePolicy } from '../../src/knowledge/source-policy.js';
import { sourcesPolicyFileSchema } from '../../src/knowledge/schema/sources-policy.js';
import { formatLocatedError } from '../../src/knowledge/yaml-file.js';
import { copyOfKnowledge } from '../helpers/knowledge.js';

/** Applies edits to files of a private copy of knowledge/ and returns kb:check's located errors (file:line path: message). */
async function errorsAfter(edits: Record<string, (text: string) => string>): Promise<string[]> {
  const dir = await copyOfKnowledge();
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = await readFile(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(path, after);
  }
  const outcome = await loadKnowledge(dir);
  return outcome.ok ? [] : outcome.errors.map(formatLocatedError);
}

/** The 1-based line of the first occurrence of `needle` in a knowledge file. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(join('knowledge', file), 'utf8')).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in ${file}`);
  return i + 1;
}

const policy = new SourcePolicy(sourcesPolicyFileSchema.parse(parse(await readFile('knowledge/sources-policy.yaml', 'utf8'))));

describe('the source policy (knowledge/sources-policy.yaml)', () => {
  it('knows the primary publishers by domain, sub-domains included', () => {
    expect(policy.standing({ url: 'https://www.service-public.fr/particuliers/vosdroits/F2918' })).toMatchObject({ kind: 'primary', scope: 'national' });
    expect(policy.standing({ url: 'https://olympiades.normandie.fr/valorisation-des-metiers' })).toMatchObject({ kind: 'primary', scope: 'normandie' });
    expect(policy.standing({ url: 'https://ac-normandie.fr/certificat-d-aptitude-professionnelle-121528' })).toMatchObject({ kind: 'primary', scope: 'normandie' });
    expect(policy.standing({ url: 'https://www.akto.fr/regles' })).toMatchObject({ kind: 'primary', scope: 'opco' });
    expect(policy.standing({ file: 'regional-context.md' })).toMatchObject({ kind: 'primary', scope: 'data' });
  });

  it('refuses lookalike hosts: a domain counts only whole ("notnormandie.fr" is not normandie.fr)', () => {
    expect(policy.standing({ url: 'https://notnormandie.fr/page' })).toMatchObject({ kind: 'not_primary' });
    expect(policy.standing({ url: 'https://service-public.fr.example.com/x' })).toMatchObject({ kind: 'not_primary' });
  });

  it('names other regions and académies, whatever the sub-domain', () => {
    expect(policy.standing({ url: 'https://ac-dijon.fr/cap' })).toMatchObject({ kind: 'other_region' });
    expect(policy.standing({ url: 'https://www.ac-limoges.fr/bp' })).toMatchObject({ kind: 'other_region' });
    expect(policy.standing({ url: 'https://ideo.bretagne.bzh/formations' })).toMatchObject({ kind: 'other_region' });
    expect(policy.standing({ url: 'https://bretagne.dreets.gouv.fr/Titres-professionnels' })).toMatchObject({ kind: 'other_region' });
    expect(policy.standing({ url: 'https://normandie.dreets.gouv.fr/x' })).toMatchObject({ kind: 'primary', scope: 'normandie' });
    expect(policy.standing({ url: 'https://www.toutsurmesfinances.com/x' })).toMatchObject({ kind: 'not_primary' });
  });
});

describe('npm run kb:check enforces the source policy, with located errors', () => {
  it('accepts the real knowledge base', async () => {
    const outcome = await loadKnowledge('knowledge');
    expect(outcome.ok ? [] : outcome.errors.map(formatLocatedError)).toEqual([]);
  });

  it('fails on a hand-written record citing a non-primary source without secondary: true and a reason', async () => {
    const line = await lineOf('faq.yaml', 'https://www.ameli.fr/assure/droits-demarches/etudes-emploi-retraite/etudes-stages/apprenti');
    const errors = await errorsAfter({ 'faq.yaml': (t) => t.replace('https://www.ameli.fr/assure/droits-demarches/etudes-emploi-retraite/etudes-stages/apprenti', 'https://www.un-blog-de-finances.fr/apprenti') });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`(?:^|/)faq\\.yaml:${line} faq\\[\\d+\\]\\.sources\\[0\\]\\.url: www\\.un-blog-de-finances\\.fr is not a primary publisher`)));
  });

  it('accepts a secondary source with a reason next to a primary one, and refuses one without its reason', async () => {
    const secondary = '      - {url: "https://www.un-blog.fr/x", producer: "Un blog", secondary: true, reason: "explique le même point avec un exemple"}\n';
    const ok = await errorsAfter({ 'faq.yaml': (t) => t.replace(/(  - id: conges-payes\n[\s\S]*?    sources:\n)/, `$1${secondary}`) });
    expect(ok).toEqual([]);
    const noReason = await errorsAfter({ 'faq.yaml': (t) => t.replace(/(  - id: conges-payes\n[\s\S]*?    sources:\n)/, '$1      - {url: "https://www.un-blog.fr/x", producer: "Un blog", secondary: true}\n') });
    expect(noReason).toContainEqual(expect.stringMatching(/(?:^|\/)faq\.yaml:\d+ faq\[\d+\]\.sources\[0\]\.reason: a secondary source needs/));
  });

  it('never lets a secondary source support an amount: an aid whose only source is secondary fails, located on the aid', async () => {
    const line = await lineOf('aides.yaml', '  - id: aide-embauche-contrat-pro-45-ans');
    const errors = await errorsAfter({
      'aides.yaml': (t) =>
        t.replace(
          '      url: https://travail-emploi.gouv.fr/laide-lembauche-dun-demandeur-demploi-de-45-ans-et-plus-en-contrat-de-professionnalisation\n      producer: Ministère du Travail (travail-emploi.gouv.fr)\n',
          '      url: https://www.un-blog.fr/aide-45-ans\n      producer: Un blog\n      secondary: true\n      reason: "la seule page trouvée qui en parle"\n',
        ),
    });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`(?:^|/)aides\\.yaml:${line} aids\\[\\d+\\]: aide-embauche-contrat-pro-45-ans cites no primary source but states amount "2 000 €"`)));
    expect(errors).toContainEqual(expect.stringMatching(/aids\[\d+\]\.source\.secondary: the source shown on the card must be a primary one/));
  });

  it('never accepts another region or académie, even marked secondary with a reason', async () => {
    const errors = await errorsAfter({
      'faq.yaml': (t) =>
        t.replace(/(  - id: diplome-cap\n[\s\S]*?    sources:\n)/, '$1      - {url: "https://ac-dijon.fr/cap", producer: "Académie de Dijon", secondary: true, reason: "même texte national repris par une autre académie"}\n'),
    });
    expect(errors).toContainEqual(expect.stringMatching(/(?:^|\/)faq\.yaml:\d+ faq\[\d+\]\.sources\[0\]\.url: ac-dijon\.fr is a site of another region or académie/));
  });

  it('fails on a date or amount written in a message with no source, located on the message', async () => {
    const line = await lineOf('messages.fr.yaml', '  aids.dates_note:');
    const errors = await errorsAfter({
      'messages.fr.yaml': (t) => t.replace('  aids.dates_note: "Aides en vigueur au {today}.', '  aids.dates_note: "Aides en vigueur au {today}, jusqu\'à 1 500 € depuis le 1er mars 2026.'),
    });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`(?:^|/)messages\\.fr\\.yaml:${line} messages\\.aids\\.dates_note: states amount "1 500 €" and 1 more fact\\(s\\) with no source`)));
  });

  it('fails when a figure rests on OPCO pages only: an OPCO speaks for its own rules', async () => {
    const errors = await errorsAfter({
      'faq.yaml': (t) => t.replace(/(  - id: equipement-hebergement-repas\n[\s\S]*?    sources:\n)      - &frais-annexes \{[^\n]*\}\n/, '$1      - &frais-annexes {url: "https://www.akto.fr/autre-page", producer: "AKTO"}\n'),
    });
    expect(errors).toContainEqual(expect.stringMatching(/(?:^|\/)faq\.yaml:\d+ faq\[\d+\]: equipement-hebergement-repas states amount "6 €" and \d+ more fact\(s\) on OPCO pages only/));
  });

  it('fails on a message source given for a message that does not exist', async () => {
    const errors = await errorsAfter({ 'messages-sources.yaml': (t) => t.replace('  salary.too_young:\n', '  salary.trop_jeune:\n    - *ca\n  salary.too_young:\n') });
    expect(errors).toContainEqual(expect.stringMatching(/(?:^|\/)messages-sources\.yaml:\d+ messages\.salary\.trop_jeune: unknown message key "salary\.trop_jeune"/));
  });
});
