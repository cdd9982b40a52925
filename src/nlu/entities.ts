import { extractAge } from './entities/age.js';
import { extractCompanySize } from './entities/company.js';
import { extractContractYear, mentionsExtendedContract, mentionsNextContractYear } from './entities/contract-year.js';
import { extractDates } from './entities/date.js';
import { extractDiplomas } from './entities/diploma.js';
import { extractDisability } from './entities/disability.js';
import { extractSituations } from './entities/situations.js';
import { extractEmployerSector } from './entities/employer-sector.js';
import { extractInterests } from './entities/interests.js';
import { extractPersona } from './entities/persona.js';
import { extractDepartement, extractPostcode } from './entities/place.js';
import { departementAfterSubject } from './entities/departement-after-subject.js';
import { extractSchoolLevel } from './entities/school-level.js';
import type { Entities } from './entities/types.js';
import { tokenize } from '../text/normalize.js';

export type {
  CompanyCategory,
  DateMention,
  DiplomaMention,
  DiplomaRelation,
  DiplomaType,
  Entities,
  InterestId,
  Persona,
  SchoolLevel,
} from './entities/types.js';
export { categoryOf } from './entities/company.js';
export { departementOfPostcode } from './entities/place.js';

/** Words beyond this are ignored: entities are stated early, and this bounds the work on long pastes. */
const MAX_ENTITY_TOKENS = 200;

/**
 * Everything we can read from one normalised message (see normalize.ts), without the knowledge base: age,
 * contract year, diplomas (held / current / aimed) and levels, school class, persona, company size, disability,
 * postcode and département, interests, and dates when `today` (ISO) is given (a date without a year is resolved
 * against it). Trades and communes are matched against the knowledge base elsewhere.
 * Pure; never throws; absent fields mean "not said".
 */
export function extractEntities(normalizedText: string, today?: string): Entities {
  const tokens = tokenize(normalizedText).slice(0, MAX_ENTITY_TOKENS);
  const entities: Entities = { diplomas: [], interests: [] };
  if (tokens.length === 0) return entities;

  const age = extractAge(tokens);
  if (age) entities.age = age;
  const contractYear = extractContractYear(tokens);
  if (contractYear) entities.contractYear = contractYear;
  else if (mentionsNextContractYear(tokens)) entities.nextContractYear = true;
  if (mentionsExtendedContract(tokens)) entities.extendedContract = true;

  const diplomas = extractDiplomas(tokens);
  entities.diplomas = diplomas.diplomas;
  if (diplomas.level !== undefined) entities.level = diplomas.level;
  const schoolLevel = extractSchoolLevel(tokens) ?? diplomas.schoolLevel;
  if (schoolLevel) entities.schoolLevel = schoolLevel;

  const companySize = extractCompanySize(tokens);
  if (companySize) entities.companySize = companySize;
  const persona = extractPersona(tokens, { hasCompanySize: companySize !== undefined });
  if (persona) entities.persona = persona;

  const disability = extractDisability(tokens);
  if (disability !== undefined) entities.disability = disability;
  const employerSector = extractEmployerSector(tokens);
  if (employerSector) entities.employerSector = employerSector;
  const situations = extractSituations(tokens);
  if (situations.length > 0) entities.situations = situations;
  const postcode = extractPostcode(tokens);
  if (postcode) entities.postcode = postcode;
  // "cap carrosserie eure": a bare département ending a short search line (departement-after-subject.ts).
  const departement = extractDepartement(tokens, postcode) ?? departementAfterSubject(tokens);
  if (departement) entities.departement = departement;

  entities.interests = extractInterests(tokens);
  if (today !== undefined) {
    const dates = extractDates(tokens, today);
    if (dates.length > 0) entities.dates = dates;
  }
  return entities;
}
