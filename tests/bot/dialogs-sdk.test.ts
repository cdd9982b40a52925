import * as dialogsIndex from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import * as lean from '../../src/bot/dialogs-sdk.js';

describe('the botbuilder-dialogs classes taken from their own modules', () => {
  it('are the very objects the package index exports', () => {
    const names = Object.keys(lean) as (keyof typeof lean)[];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(lean[name], name).toBe(dialogsIndex[name]);
  });
});
