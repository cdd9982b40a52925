import { aloneInOwnCompany } from './alone-in-company.js';
import type { CompanyCategory } from './types.js';

/** Company size: "12 salariés", "nous sommes 400", "une TPE de 5 personnes", "artisan seul" (0 employees). */

const STAFF = new Set(['salaries', 'salarie', 'employes', 'employe', 'collaborateurs', 'collaborateur', 'agents',
  'etp', 'ouvriers', 'compagnons', 'personnes', 'personne', 'emplois']);
const STRONG_STAFF = new Set(['salaries', 'salarie', 'employes', 'employe', 'collaborateurs', 'etp', 'compagnons']);
const COMPANY_CONTEXT = /\b(?:entreprise|societe|tpe|pme|eti|boite|garage|restaurant|salon|atelier|equipe|nous sommes|on est|cabinet|commerce|structure|artisan|emploie|compte|groupe|usine|magasin|hotel|ferme|exploitation|association|agence|enseigne|boulangerie|mairie|collectivite)\b/;
const CATEGORY_WORDS: ReadonlyArray<[RegExp, CompanyCategory]> = [
  [/\b(?:tpe|tres petite entreprise|microentreprise|micro entreprise)\b/, 'tpe'],
  [/\bpme\b/, 'pme'],
  [/\beti\b/, 'eti'],
  [/\b(?:grande entreprise|grand groupe|grosse entreprise|multinationale)\b/, 'ge'],
];
const ALONE = /\b(?:artisan|employeur|gerant|gerante|patron|patronne|je travaille|auto entrepreneur|independant|independante)\b(?: \w+){0,2} (?:seul|seule|sans salarie|sans salaries|sans employe)\b/;

export function categoryOf(employees: number): CompanyCategory {
  if (employees < 10) return 'tpe';
  if (employees < 250) return 'pme';
  if (employees < 5000) return 'eti';
  return 'ge';
}

export function extractCompanySize(tokens: readonly string[]): { employees?: number; category: CompanyCategory } | undefined {
  const text = tokens.join(' ');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "…quelle aide ? on est 10": the head count may end the message.
    const next = tokens[i + 1] ?? '';
    if (!/^\d{1,6}$/.test(t)) continue;
    const before = tokens.slice(Math.max(0, i - 2), i).join(' ');
    // "moins de 250 salariés" is a threshold from a rule, not this company's size.
    if (/(?:moins de|plus de|au dela de|partir de|jusque a)$/.test(before)) continue;
    const staffNext = STAFF.has(next) || (next === 'dans' && tokens[i + 2] === 'le');
    const weShare = before.endsWith('nous sommes') || before.endsWith('on est');
    if ((STRONG_STAFF.has(next)) || (staffNext && COMPANY_CONTEXT.test(text)) || (weShare && COMPANY_CONTEXT.test(text))) {
      const employees = Number(t);
      return { employees, category: categoryOf(employees) };
    }
  }
  if (ALONE.test(text) || /\bsans (?:aucun )?salaries?\b/.test(text) || aloneInOwnCompany(text)) return { employees: 0, category: 'tpe' };
  for (const [re, category] of CATEGORY_WORDS) if (re.test(text)) return { category };
  return undefined;
}
