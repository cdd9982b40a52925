import { describe, expect, it } from 'vitest';
import { distanceKm, nearestWithin } from '../../src/rules/geo.js';

const caen = { lat: 49.1829, lon: -0.3707 };
const lisieux = { lat: 49.1459, lon: 0.2262 };
const rouen = { lat: 49.4431, lon: 1.0993 };

describe('distanceKm', () => {
  it('measures known distances between Normandy towns', () => {
    expect(distanceKm(caen, lisieux)).toBeGreaterThan(42);
    expect(distanceKm(caen, lisieux)).toBeLessThan(46);
    expect(distanceKm(caen, rouen)).toBeGreaterThan(105);
    expect(distanceKm(caen, rouen)).toBeLessThan(112);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(caen, caen)).toBe(0);
    expect(distanceKm(caen, rouen)).toBeCloseTo(distanceKm(rouen, caen), 9);
  });
});

describe('nearestWithin', () => {
  const places = [
    { name: 'Rouen', ...rouen },
    { name: 'Caen', ...caen },
  ];
  it('widens the radius until something is found', () => {
    const r = nearestWithin(lisieux, places, (p) => p);
    expect(r.radiusKm).toBe(100);
    expect(r.results.map((x) => x.item.name)).toEqual(['Caen', 'Rouen']);
  });
  it('uses the first radius when something is close', () => {
    const r = nearestWithin(caen, places, (p) => p);
    expect(r.radiusKm).toBe(20);
    expect(r.results[0]?.km).toBe(0);
  });
  it('returns nothing beyond the largest radius', () => {
    const r = nearestWithin({ lat: 43.3, lon: 5.4 }, places, (p) => p);
    expect(r).toEqual({ radiusKm: undefined, results: [] });
  });
});

describe('nearestWithin, widening to enough places to compare (review 15, J7)', () => {
  const leHavre = { lat: 49.4944, lon: 0.1079 };
  const alencon = { lat: 48.4329, lon: 0.0913 };
  const places = [
    { name: 'Le Havre', ...leHavre },
    { name: 'Caen', ...caen },
    { name: 'Alençon', ...alencon },
  ];
  it('does not stop at a single place just inside 40 km when the next is a few km further', () => {
    const r = nearestWithin(lisieux, places, (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3 });
    expect(r.radiusKm).toBe(100);
    expect(r.results.map((x) => x.item.name)).toEqual(['Le Havre', 'Caen', 'Alençon']);
  });
  it('a place within the first radius is enough on its own', () => {
    const r = nearestWithin(caen, places, (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3 });
    expect(r.radiusKm).toBe(20);
    expect(r.results.map((x) => x.item.name)).toEqual(['Caen']);
  });
  it('asks for no more places than exist or than the limit', () => {
    const two = places.slice(0, 2);
    const r = nearestWithin(lisieux, two, (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3 });
    expect(r.radiusKm).toBe(100);
    expect(r.results).toHaveLength(2);
    const one = nearestWithin(lisieux, places, (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3, limit: 1 });
    expect(one.radiusKm).toBe(40);
    expect(one.results.map((x) => x.item.name)).toEqual(['Le Havre']);
  });
  it('without the option, the first non-empty radius is kept as before', () => {
    const r = nearestWithin(lisieux, places, (p) => p, { radii: [20, 40, 100, Infinity] });
    expect(r.radiusKm).toBe(40);
  });
});

describe('nearestWithin: an infinite last radius only when nothing is within reach', () => {
  it('does not widen a finite radius into the infinite one to fill it up', () => {
    const far = [
      { name: 'Caen', ...caen },
      { name: 'Rouen', ...rouen },
    ];
    const r = nearestWithin(lisieux, far.slice(0, 1), (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3 });
    expect(r.radiusKm).toBe(100);
    const nothingNear = nearestWithin({ lat: 48.0, lon: -2.5 }, far, (p) => p, { radii: [20, 40, 100, Infinity], enoughWhenWidened: 3 });
    expect(nothingNear.radiusKm).toBe(Infinity);
    expect(nothingNear.results).toHaveLength(2);
  });
});
