import { handwrittenRecords, type CitedSource, type HandwrittenFileKey, type HandwrittenFiles, type HandwrittenRecord } from './facts.js';
import type { OtherRegion, Publisher, PublisherScope, SourcesPolicyFile } from './schema/sources-policy.js';
import { formatPath, locator, type LocatedError } from './yaml-file.js';

/** What a cited source is under the policy. `data`: a file of ../shared/data. */
export type SourceStanding =
  | { kind: 'primary'; scope: PublisherScope | 'data'; publisher: string }
  | { kind: 'other_region'; host: string; name: string }
  | { kind: 'not_primary'; host: string };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

/** `ac-*.fr` → matches ac-dijon.fr and www.ac-dijon.fr; `*` stays inside one label. */
function hostPatternRegex(pattern: string): RegExp {
  const body = pattern
    .split('.')
    .map((label) => label.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('[a-z0-9-]*'))
    .join('\\.');
  return new RegExp(`^(?:[a-z0-9-]+\\.)*${body}$`);
}

/** The policy of knowledge/sources-policy.yaml, ready to classify sources. */
export class SourcePolicy {
  private readonly publishers: Publisher[];
  private readonly otherRegions: { region: OtherRegion; regex: RegExp }[];

  constructor(policy: SourcesPolicyFile) {
    // Longest domain first: normandie.dreets.gouv.fr before a shorter parent that might be listed one day.
    this.publishers = [...policy.publishers].sort((a, b) => b.domain.length - a.domain.length);
    this.otherRegions = policy.other_regions.map((region) => ({ region, regex: hostPatternRegex(region.host) }));
  }

  standing(source: { url?: string | undefined; file?: string | undefined }): SourceStanding {
    if (source.url === undefined) return { kind: 'primary', scope: 'data', publisher: `../shared/data/${source.file ?? ''}` };
    const host = hostOf(source.url);
    const publisher = this.publishers.find((p) => host === p.domain || host.endsWith(`.${p.domain}`));
    if (publisher) return { kind: 'primary', scope: publisher.scope, publisher: publisher.publisher };
    const other = this.otherRegions.find((o) => o.regex.test(host));
    if (other) return { kind: 'other_region', host, name: other.region.name };
    return { kind: 'not_primary', host };
  }
}

type Report = (key: HandwrittenFileKey, path: PropertyKey[], message: string) => void;

function describeFacts(record: HandwrittenRecord): string {
  const first = record.facts[0];
  if (!first) return '';
  const more = record.facts.length > 1 ? ` and ${record.facts.length - 1} more fact(s)` : '';
  return `states ${first.kind} "${first.value}"${more}`;
}

function checkRecord(record: HandwrittenRecord, policy: SourcePolicy, report: Report): void {
  const primary: { source: CitedSource; scope: PublisherScope | 'data' }[] = [];
  for (const source of record.sources) {
    const standing = policy.standing(source);
    if (standing.kind === 'other_region') {
      report(
        source.fileKey,
        [...source.path, 'url'],
        `${standing.host} is a site of another region or académie (${standing.name}): it never supports a national or Normandy fact, even as secondary; cite the national or Normandy page`,
      );
    } else if (standing.kind === 'not_primary') {
      if (!source.secondary) {
        report(
          source.fileKey,
          [...source.path, 'url'],
          `${standing.host} is not a primary publisher (knowledge/sources-policy.yaml): cite the official page that states it, or mark this source secondary: true with a reason`,
        );
      }
    } else if (source.secondary) {
      report(source.fileKey, [...source.path, 'secondary'], `${standing.publisher} is a primary publisher: drop secondary and reason`);
    } else {
      primary.push({ source, scope: standing.scope });
    }
  }
  if (record.mainSource?.secondary && policy.standing(record.mainSource).kind !== 'primary') {
    report(record.mainSource.fileKey, [...record.mainSource.path, 'secondary'], 'the source shown on the card must be a primary one: put a secondary page under see_also');
  }
  const facts = describeFacts(record);
  if (primary.length === 0) {
    if (record.fileKey === 'messages' && record.sources.length === 0) {
      report('messages', record.path, `${facts} with no source: add the message to knowledge/messages-sources.yaml with the official page or the ../shared/data file that states it`);
    } else {
      report(record.fileKey, record.path, `${record.id} cites no primary source${facts ? ` but ${facts}` : ''}: cite the official page (knowledge/sources-policy.yaml lists the publishers)`);
    }
    return;
  }
  if (record.facts.length > 0 && primary.every((p) => p.scope === 'opco')) {
    report(
      record.fileKey,
      record.path,
      `${record.id} ${facts} on OPCO pages only: an OPCO supports its own rules, not a national amount, rate, age or date; cite the law or the ministry`,
    );
  }
}

/**
 * The source policy over every hand-written record: primary publishers only (or secondary with a reason, never for
 * a figure or a date), never another region's or académie's page, and a source for every fact a message writes out.
 */
export function checkSourcePolicy(
  files: HandwrittenFiles & { sourcesPolicy: SourcesPolicyFile },
  info: (key: HandwrittenFileKey) => { display: string; text: string },
): LocatedError[] {
  const errors: LocatedError[] = [];
  const locators = new Map<HandwrittenFileKey, (path: readonly PropertyKey[]) => number | undefined>();
  const report: Report = (key, path, message) => {
    if (errors.length >= 50) return;
    let locate = locators.get(key);
    if (!locate) locators.set(key, (locate = locator(info(key).text)));
    errors.push({ file: info(key).display, line: locate(path), path: formatPath(path), message });
  };
  const policy = new SourcePolicy(files.sourcesPolicy);
  for (const record of handwrittenRecords(files)) checkRecord(record, policy, report);
  for (const key of Object.keys(files.messagesSources.messages)) {
    if (!Object.hasOwn(files.messages.messages, key)) report('messagesSources', ['messages', key], `unknown message key "${key}"`);
  }
  return errors;
}
