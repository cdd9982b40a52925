import { describe, expect, it } from 'vitest';
import { asksWhereSpoken } from '../../src/nlu/where-asked.js';
import { normalize } from '../../src/text/normalize.js';

const of = (text: string) => asksWhereSpoken(text, normalize(text));

describe('asksWhereSpoken (round 28)', () => {
  it.each(['la mission locale elle est ou', "c'est où ?", "ou je m'inscris", 'ca se trouve ou le cio', 'on la trouve ou', 'ou aller pour ca', 'elle se situe ou'])('%s → where', (text) => {
    expect(of(text)).toBe(true);
  });
  it.each(['mission locale ou france travail', 'un cap ou un bac pro', "c'est quoi une mission locale", 'cap ou bts ?'])('%s → not where', (text) => {
    expect(of(text)).toBe(false);
  });
});
