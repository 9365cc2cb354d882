/**
 * A learned "hit or miss" model of a nonce: naive Bayes over the nonce's four bytes, each byte
 * one-hot encoded (4 x 256 features), trained with ml-naivebayes' MultinomialNB (mljs). With
 * exactly one active feature per byte this is categorical naive Bayes: it learns, for each byte
 * position and value, how much more often that value came with a hit.
 *
 * Why this model: it can represent exactly the weakness that SHA-256d cut to 4 rounds has (a hit
 * depends on the nonce's top byte and the job), so the positive control shows that the pipeline
 * detects a real signal; against the full hash the same model learns nothing. Scores are the
 * model's log-odds, read from its fitted log-probabilities (the library's own `predict` returns
 * only a class, and ranking needs a score).
 */
import { MultinomialNB } from 'ml-naivebayes';

/** The 1024 one-hot features of a nonce. */
export function nonceByteFeatures(nonce: number): number[] {
  const features = new Array<number>(1024).fill(0);
  for (let b = 0; b < 4; b++) features[b * 256 + ((nonce >>> (8 * b)) & 0xff)] = 1;
  return features;
}

/** A fitted model: score(nonce) is the log-odds of a hit (constant if a class was missing). */
export interface NonceModel {
  score(nonce: number): number;
  /** Training rows that were hits, and all training rows. */
  positives: number;
  rows: number;
}

/** Trains the model on nonces and their labels (true = hit). */
export function trainNonceModel(nonces: ArrayLike<number>, labels: ArrayLike<boolean>): NonceModel {
  if (nonces.length !== labels.length) throw new RangeError('one label per nonce');
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives++;
  const rows = nonces.length;
  if (positives === 0 || positives === rows) {
    // One class only: nothing to learn, every nonce scores the same.
    return { score: () => 0, positives, rows };
  }
  // Multinomial naive Bayes depends on the training rows only through each class's summed
  // feature counts (and the class sizes), so the library is given one summed row per class:
  // the same fitted probabilities as 1024-wide rows one per nonce, without a rows x 1024 matrix
  // (measured: 2,048 one-hot rows took 330 ms to fit, the two summed rows about 1 ms). The
  // class prior is taken from the real class sizes below.
  const sums = [new Array<number>(1024).fill(0), new Array<number>(1024).fill(0)];
  for (let i = 0; i < rows; i++) {
    const row = sums[labels[i] ? 1 : 0]!;
    const nonce = nonces[i]!;
    for (let b = 0; b < 4; b++) row[b * 256 + ((nonce >>> (8 * b)) & 0xff)]! += 1;
  }
  const nb = new MultinomialNB();
  nb.train(sums, [0, 1]);
  const cond = nb.toJSON().conditionalProbability.to2DArray();
  const bias = Math.log(positives) - Math.log(rows - positives);
  const weight = new Float64Array(1024);
  for (let f = 0; f < 1024; f++) weight[f] = cond[1]![f]! - cond[0]![f]!;
  return {
    score(nonce) {
      let s = bias;
      for (let b = 0; b < 4; b++) s += weight[b * 256 + ((nonce >>> (8 * b)) & 0xff)]!;
      return s;
    },
    positives,
    rows,
  };
}
