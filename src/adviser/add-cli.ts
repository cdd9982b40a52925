import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openStorage } from '../storage/open.js';
import { AdviserAccounts, isEmail, normalizeEmail } from './accounts.js';
import { passwordProblem } from './password.js';
import { isRole, type Role } from './roles.js';

/**
 * `npm run adviser:add -- --email E` — creates an adviser account (or sets a new password for an existing one,
 * which also ends its open sessions). The password is read from stdin, first line, so it never shows in the
 * process list or the shell history: `printf '%s\n' "$PW" | npm run adviser:add -- --email a@b.fr`.
 */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Mot de passe (12 caractères au moins), puis Entrée : ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    // Interactive use: stop at the first line instead of waiting for Ctrl-D.
    if (process.stdin.isTTY && Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help || !values.email) {
    process.stderr.write(
      'Usage : npm run adviser:add -- --email conseiller@example.fr [--role adviser|editor|admin]   (mot de passe lu sur l’entrée standard)\n',
    );
    return values.help ? 0 : 2;
  }
  if (values.role !== undefined && !isRole(values.role)) {
    process.stderr.write(`Rôle inconnu : ${values.role} (adviser, editor ou admin)\n`);
    return 2;
  }
  const role: Role | undefined = values.role;
  const email = normalizeEmail(values.email);
  if (!isEmail(email)) {
    process.stderr.write(`Adresse e-mail invalide : ${email}\n`);
    return 2;
  }
  const password = await readStdin();
  const problem = passwordProblem(password);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 2;
  }
  const config = loadConfig();
  const storage = await openStorage(config);
  try {
    const { created } = await new AdviserAccounts(storage.advisers).upsert(email, password, role);
    process.stdout.write(
      created
        ? `Compte conseiller créé : ${email} (rôle ${role ?? 'adviser'})\n`
        : `Mot de passe mis à jour pour ${email} (sessions ouvertes fermées)${role ? `, rôle ${role}` : ''}.\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Erreur : ${err instanceof Error ? err.message : String(err)}`}\n`);
    process.exit(1);
  },
);
