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
