import { MultinomialNB } from 'ml-naivebayes';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { nonceByteFeatures, trainNonceModel } from './nonce-model';

describe('trainNonceModel(nonces, labels)', () => {
  const random = createRandom('model');
  const nonces = Array.from({ length: 600 }, () => random.nextUint32());
  // A learnable rule: a hit when the top byte is below 32 (1 in 8).
  const labels = nonces.map((n) => n >>> 24 < 32);

  it('fits the same probabilities as MultinomialNB on full one-hot rows', () => {
    const model = trainNonceModel(nonces, labels);
    const nb = new MultinomialNB();
    nb.train(
      nonces.map(nonceByteFeatures),
      labels.map((l) => (l ? 1 : 0)),
    );
    const json = nb.toJSON();
    const prior = json.priorProbability.to2DArray();
    const cond = json.conditionalProbability.to2DArray();
    for (const n of [0, 0xffffffff, 0x1f00ff00, nonces[3]!]) {
      const f = nonceByteFeatures(n);
      let expected = prior[1]![0]! - prior[0]![0]!;
      f.forEach((x, i) => (expected += x * (cond[1]![i]! - cond[0]![i]!)));
      expect(model.score(n)).toBeCloseTo(expected, 9);
    }
  });

  it('learns a top-byte rule: held-out winners score above losers', () => {
    const model = trainNonceModel(nonces, labels);
    expect(model.score(0x05000000)).toBeGreaterThan(model.score(0xf0000000));
    expect(model.positives).toBe(labels.filter(Boolean).length);
  });

  it('scores every nonce the same when one class is missing', () => {
    const model = trainNonceModel([1, 2, 3], [false, false, false]);
    expect(model.score(1)).toBe(model.score(99));
  });
});
