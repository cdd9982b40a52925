import { createRequire } from 'node:module';
import { jsonWithoutEtag, takeStateText } from '../storage/state-text.js';

/**
 * Three narrow fixes to the Bot Framework SDK's per-turn overhead, applied once when the adapter is loaded. The SDK
 * is archived upstream and pinned to an exact version here; each fix checks that version and is skipped (and
 * reported by `sdkTuning()`) on any other, so an upgrade can never run a fix against code it was not written for.
 *
 * 1. `calculateChangeHash` (botbuilder-core/lib/storage): BotState calls it three times per turn (load, the change
 *    check of saveChanges, after the write), each a JSON.stringify with a JavaScript replacer called for every key,
 *    then a SHA-256. The hash is only ever compared for equality with another one, so the serialisation itself is a
 *    valid change key: native JSON.stringify without a replacer gives the same text (no botbuilder type defines
 *    `_replacer`, the replacer's only purpose) at a fraction of the cost. Circular states keep the SDK's own path.
 *    Right after a state store read or wrote the item, the text it holds is the key (storage/state-text.ts).
 * 2. `DialogsComponentRegistration` (botbuilder-dialogs): every DialogStateManager, i.e. every DialogContext and
 *    WaterfallStepContext (several per turn), constructs a new registration, which builds a dependency-injection
 *    container of memory scopes and path resolvers and throws it away (the registry keeps one per class name).
 *    One instance serves: the registry keeps only one anyway, and the adapter already reuses the scopes it holds.
 * 3. `DialogStateManager.parsePath` splits a memory path ('this.stepIndex', 'turn.activity') character by
 *    character on every get/set, ~3.6 KB of garbage per waterfall turn. A path without brackets always splits the
 *    same way (only bracketed segments can depend on memory), so those are memoised; callers get a copy.
 * Measured with the in-process turn of the channel's two-step waterfall: see bench/ (npm run bench).
 */

const require = createRequire(import.meta.url);
const SDK_VERSION = '4.23.3';

interface TuningReport {
  changeHash: boolean;
  dialogsRegistration: boolean;
  pathParsing: boolean;
}

type PathSegment = string | number;
type ParsePath = (this: unknown, path: string, allowNestedPaths?: boolean) => PathSegment[];
/** Bot code names its memory paths; user text never reaches parsePath. The cap only guards against a bot that would. */
const PATH_MEMO_MAX = 2_000;

let report: TuningReport | undefined;

function versionOf(pkg: string): string | undefined {
  try {
    return (require(`${pkg}/package.json`) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function tuneChangeHash(): boolean {
  if (versionOf('botbuilder-core') !== SDK_VERSION) return false;
  const storage = require('botbuilder-core/lib/storage') as { calculateChangeHash?: (item: object) => string };
  const original = storage.calculateChangeHash;
  if (typeof original !== 'function') return false;
  storage.calculateChangeHash = function changeKey(item: object): string {
    // The text a state store has just read this item from or written it as, if it offered it: the same text as
    // below, without serialising the item again (see storage/state-text.ts).
    const known = item !== null && typeof item === 'object' ? takeStateText(item) : undefined;
    if (known !== undefined) return known;
    // Same input as the SDK's: the item without its eTag.
    let text: string | undefined;
    try {
      text = jsonWithoutEtag(item);
    } catch {
      return original(item);
    }
    return text ?? '';
  };
  return true;
}

function tuneDialogsRegistration(): boolean {
  if (versionOf('botbuilder-dialogs') !== SDK_VERSION) return false;
  const module = require('botbuilder-dialogs/lib/dialogsComponentRegistration') as {
    DialogsComponentRegistration?: new () => object;
  };
  const found = module.DialogsComponentRegistration;
  if (typeof found !== 'function') return false;
  const Original = found;
  let shared: object | undefined;
  // `new` on a function that returns an object yields that object: every `new DialogsComponentRegistration()`
  // of the SDK now gets the one shared instance (its constructor name, the registry's key, is unchanged).
  function SharedDialogsComponentRegistration(): object {
    shared ??= new Original();
    return shared;
  }
  SharedDialogsComponentRegistration.prototype = Original.prototype;
  module.DialogsComponentRegistration = SharedDialogsComponentRegistration as unknown as new () => object;
  return true;
}

function tunePathParsing(): boolean {
  if (versionOf('botbuilder-dialogs') !== SDK_VERSION) return false;
  const module = require('botbuilder-dialogs/lib/memory/dialogStateManager') as {
    DialogStateManager?: { prototype: { parsePath?: ParsePath } };
  };
  const proto = module.DialogStateManager?.prototype;
  const original = proto?.parsePath;
  if (!proto || typeof original !== 'function') return false;
  const memo = new Map<string, PathSegment[]>();
  proto.parsePath = function memoisedParsePath(path: string, allowNestedPaths = true): PathSegment[] {
    if (typeof path !== 'string' || path.includes('[')) return original.call(this, path, allowNestedPaths);
    let segments = memo.get(path);
    if (segments === undefined) {
      // An invalid path throws here, as before, and is not memoised.
      segments = original.call(this, path, allowNestedPaths);
      if (memo.size < PATH_MEMO_MAX) memo.set(path, segments.slice());
      return segments;
    }
    return segments.slice();
  };
  return true;
}

/** Applies the fixes once; returns which ones are in effect. */
export function sdkTuning(): TuningReport {
  report ??= {
    changeHash: tuneChangeHash(),
    dialogsRegistration: tuneDialogsRegistration(),
    pathParsing: tunePathParsing(),
  };
  return report;
}
