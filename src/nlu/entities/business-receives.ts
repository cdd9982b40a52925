/**
 * A business as the one that receives money ("combien touche une PME pour un apprenti ?", "l'entreprise perçoit
 * combien ?", "qu'est-ce que l'employeur reçoit ?"): what a business receives for an apprentice is an aid, and the one
 * who asks it speaks from the employer's side (persona.ts; the routing's employer-receives.ts).
 */
const BUSINESS = String.raw`(?:une?|la|le|l|notre|mon|ma|cette|cet) (?:pme|tpe|petite entreprise|entreprise|societe|boite|employeur|employeuse|artisan|commerce|patron|patronne|structure|association|collectivite|mairie|commune)`;
const RECEIVES = String.raw`(?:touche|touchent|percoit|percoivent|recoit|recoivent|gagne|gagnent|obtient|obtiennent|beneficie|beneficient)`;
/** The business as the subject of receiving, before or after the verb ("une PME touche", "combien touche une PME"). */
const BUSINESS_RECEIVES = new RegExp(String.raw`\b${BUSINESS} ${RECEIVES}\b|\b${RECEIVES} (?:en tant que |comme )?${BUSINESS}\b`);

export function businessReceives(normalized: string): boolean {
  return BUSINESS_RECEIVES.test(normalized);
}
