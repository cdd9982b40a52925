import { createRequire } from 'node:module';
import { ComponentRegistration, ConversationState, MemoryStorage, TestAdapter, type StoreItems } from 'botbuilder';
import { DialogSet, DialogStateManager, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { sdkTuning } from '../../src/bot/sdk-tuning.js';

const require = createRequire(import.meta.url);
const report = sdkTuning();
const { calculateChangeHash } = require('botbuilder-core/lib/storage') as { calculateChangeHash: (item: object) => string };
const { DialogsComponentRegistration } = require('botbuilder-dialogs/lib/dialogsComponentRegistration') as {
  DialogsComponentRegistration: new () => object;
};

/** A MemoryStorage that counts writes: the change key must still decide when BotState writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    await super.write(changes);
  }
}

describe('sdk tuning', () => {
  it('is in effect on the pinned SDK version', () => {
    expect(report).toEqual({ changeHash: true, dialogsRegistration: true, pathParsing: true });
  });

  it('change keys ignore the eTag, tell different states apart, and survive circular states', () => {
    expect(calculateChangeHash({ a: 1, eTag: '1' })).toBe(calculateChangeHash({ a: 1, eTag: '2' }));
    expect(calculateChangeHash({ a: 1 })).not.toBe(calculateChangeHash({ a: 2 }));
    expect(calculateChangeHash({ a: { b: [1, 2] } })).not.toBe(calculateChangeHash({ a: { b: [1, 3] } }));
    const circular: Record<string, unknown> = { a: 1 };
    circular['self'] = circular;
    expect(typeof calculateChangeHash(circular)).toBe('string');
  });

  it('ConversationState writes when the state changed and only then', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    const count = state.createProperty<number>('count');
    const adapter = new TestAdapter(async (context) => {
      const text = context.activity.text ?? '';
      if (text === 'plus') await count.set(context, ((await count.get(context, 0)) ?? 0) + 1);
      else await count.get(context, 0);
      await state.saveChanges(context);
      await state.saveChanges(context); // nothing new: no second write
      await context.sendActivity(String(await count.get(context, 0)));
    });
    await adapter.send('plus').assertReply('1');
    expect(storage.writes).toBe(1);
    await adapter.send('rien').assertReply('1');
    await adapter.send('rien').assertReply('1');
    expect(storage.writes).toBe(1);
    await adapter.send('plus').assertReply('2');
    expect(storage.writes).toBe(2);
  });

  it('every dialog context shares one registration, still registered under its own name', async () => {
    const a = new DialogsComponentRegistration();
    const b = new DialogsComponentRegistration();
    expect(a).toBe(b);
    expect(a).toBeInstanceOf(DialogsComponentRegistration);
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(new WaterfallDialog('w', [async (step) => step.endDialog()]));
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      await dc.beginDialog('w');
      await context.sendActivity('ok');
    });
    await adapter.send('x').assertReply('ok');
    const registered = [...ComponentRegistration.components].filter((c) => c.constructor.name === 'DialogsComponentRegistration');
    expect(registered).toEqual([a]);
  });

  it('memoised paths are copies, and bracketed paths still read memory', async () => {
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    let seen: unknown[] = [];
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      const manager = new DialogStateManager(dc);
      const first = manager.parsePath('turn.x.y');
      first.push('mutated');
      expect(manager.parsePath('turn.x.y')).toEqual(['turn', 'x', 'y']);
      manager.setValue('turn.key', 'choisi');
      manager.setValue('turn.map.choisi', 42);
      seen = [manager.parsePath('turn.map[turn.key]'), manager.getValue('turn.map[turn.key]')];
      expect(() => manager.parsePath('turn.a b')).toThrow(/Invalid path/);
      await context.sendActivity('ok');
    });
    await adapter.send('x').assertReply('ok');
    expect(seen).toEqual([['turn', 'map', 'choisi'], 42]);
  });
});
