import { RandomForestClassifier } from 'ml-random-forest';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../random';
import { trainForest } from './forest';

/** Rows of 4 bytes; a hit when the top byte is below 64 or byte 0 is above 200, 5% noise. */
function dataset(random: Random, n: number): { x: number[][]; y: boolean[] } {
  const x: number[][] = [];
  const y: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const row = [random.int(0, 255), random.int(0, 255), random.int(0, 255), random.int(0, 255)];
    const truth = row[3]! < 64 || row[0]! > 200;
    x.push(row);
    y.push(random.next() < 0.05 ? !truth : truth);
  }
  return { x, y };
}

const accuracy = (predicted: boolean[], y: boolean[]) =>
  predicted.filter((p, i) => p === y[i]).length / y.length;

describe('trainForest (the oracle forest)', () => {
  it('matches ml-random-forest on held-out accuracy within 0.05 on small data', () => {
    const random = createRandom('forest-cross-check');
    const train = dataset(random, 400);
    const test = dataset(random, 1000);
    const ours = trainForest(train.x, train.y, { trees: 10 }, random.derive('ours'));
    const oursAcc = accuracy(
      Array.from(ours.score(test.x), (s) => s >= 0.5),
      test.y,
    );
    const theirs = new RandomForestClassifier({
      nEstimators: 10,
      maxFeatures: 4,
      replacement: false,
      useSampleBagging: true,
      noOOB: true,
      seed: 7,
      treeOptions: {},
      isClassifier: true,
    });
    theirs.train(
      train.x,
      train.y.map((v) => (v ? 1 : 0)),
    );
    const theirsAcc = accuracy(
      theirs.predict(test.x).map((v) => v === 1),
      test.y,
    );
    expect(oursAcc).toBeGreaterThan(0.85);
    expect(Math.abs(oursAcc - theirsAcc)).toBeLessThan(0.05);
  });

  it('one fully grown tree without bootstrap memorises distinct rows (training accuracy 1)', () => {
    const random = createRandom('memorise');
    const x = Array.from({ length: 300 }, (_, i) => [i % 7, i]);
    const y = x.map((_, i) => random.next() < 0.5 || i === 0);
    const forest = trainForest(x, y, { trees: 1, bagging: false }, random);
    expect(
      accuracy(
        Array.from(forest.score(x), (s) => s >= 0.5),
        y,
      ),
    ).toBe(1);
  });

  it('rows it cannot tell apart get the fraction of hits among them', () => {
    const x = [[1], [1], [1], [1], [2], [2]];
    const y = [true, false, false, false, true, true];
    const forest = trainForest(x, y, { trees: 1, bagging: false }, createRandom(1));
    expect(Array.from(forest.score([[1], [2], [0], [5]]))).toEqual([0.25, 1, 0.25, 1]);
    expect(forest.nodes).toBe(3);
  });

  it('one class only: every row scores the same, and bad input throws', () => {
    const forest = trainForest([[1], [2]], [false, false], { trees: 3 }, createRandom(1));
    expect(Array.from(forest.score([[5]]))).toEqual([0]);
    expect(() => trainForest([[1]], [true, false], { trees: 1 }, createRandom(1))).toThrow(
      RangeError,
    );
    expect(() => trainForest([], [], { trees: 1 }, createRandom(1))).toThrow(RangeError);
  });
});
