/**
 * The oracle's random forest: CART classification trees (Gini impurity) on bootstrap samples,
 * scored as scikit-learn's `predict_proba` scores (the design called it): the mean over trees of
 * the fraction of "hit" rows in the leaf a row lands in; "predicted hit" means score >= 0.5.
 * Trees are fully grown by default (split until a node is pure, its rows cannot be told apart,
 * or it has `minNumSamples` rows), as scikit-learn grows them. Seeded from the experiment's
 * stream.
 *
 * Why a small forest of our own and not ml-random-forest (mljs, installed, and used in the tests
 * as the cross-check: same accuracy on the same data within tolerance): its tree search
 * (ml-cart) evaluates every split point by re-partitioning the node, quadratic in the node's
 * rows. Measured here (Node 20): 100 fully grown trees on 1,000 rows of the design's six string
 * features with fake labels took 103 s, 10 trees on 10,000 rows 170 s: the design's 100 trees
 * on 10,000 rows cannot run in a page. Here each feature is mapped once to the ranks of its
 * distinct values, and a node's best split comes from one class-count histogram over those ranks
 * (O(rows + distinct values) per feature, or a sort of the node's ranks when that is smaller):
 * the same splits; measured 100 fully grown trees on the 10,000 string-feature rows with fake
 * labels in 1.25 s, on 40,000 rows with hits at p = 1/64 in 5.6 s. Its leaves
 * also carry class fractions, which ml-random-forest only exposes as hard votes (every row would
 * tie at 0 when hits are rare, and a "ranking" would be nonce order).
 */
import type { Random } from '../../random';

export interface ForestOptions {
  trees: number;
  /** A node with at most this many rows becomes a leaf (default 1: fully grown). */
  minNumSamples?: number;
  /** Maximum depth (default unlimited). */
  maxDepth?: number;
  /** Bootstrap rows per tree (default true, as scikit-learn). */
  bagging?: boolean;
}

/** A trained forest: `score` gives, per row, the mean leaf fraction of hits over the trees. */
export interface Forest {
  score(rows: readonly (readonly number[])[]): Float64Array;
  trainedRows: number;
  positives: number;
  /** Nodes over all trees (a size check for tests). */
  nodes: number;
}

/** One tree in flat arrays: an internal node sends row[feature] <= threshold to `left`. */
interface FlatTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

interface Context {
  ranks: Uint32Array[]; // per feature, per row: rank of the row's value among distinct values
  values: Float64Array[]; // per feature: the distinct values, ascending
  labels: Uint8Array;
  minNumSamples: number;
  maxDepth: number;
  countAll: Float64Array; // scratch, per rank
  countPos: Float64Array;
}

function leaf(tree: FlatTree, value: number): number {
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(value);
  return tree.value.length - 1;
}

/** Best split of `rows` on feature f: [gain-free impurity sum, rank threshold] or null. */
function bestSplitOn(
  ctx: Context,
  rows: Int32Array,
  f: number,
  pos: number,
): [number, number] | null {
  const r = ctx.ranks[f]!;
  const n = rows.length;
  let bestImpurity = Infinity;
  let bestRank = -1;
  const consider = (leftAll: number, leftPos: number, rank: number) => {
    const rightAll = n - leftAll;
    const rightPos = pos - leftPos;
    // Weighted Gini of the children, times n: sum over children of all - pos^2/all - neg^2/all.
    const gl = leftAll - (leftPos * leftPos + (leftAll - leftPos) ** 2) / leftAll;
    const gr = rightAll - (rightPos * rightPos + (rightAll - rightPos) ** 2) / rightAll;
    if (gl + gr < bestImpurity) {
      bestImpurity = gl + gr;
      bestRank = rank;
    }
  };
  const distinct = ctx.values[f]!.length;
  if (distinct <= 4 * n) {
    const all = ctx.countAll.subarray(0, distinct).fill(0);
    const hit = ctx.countPos.subarray(0, distinct).fill(0);
    let lo = distinct;
    let hi = -1;
    for (let i = 0; i < n; i++) {
      const k = r[rows[i]!]!;
      all[k]!++;
      hit[k]! += ctx.labels[rows[i]!]!;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
    let la = 0;
    let lp = 0;
    for (let k = lo; k < hi; k++) {
      if (all[k] === 0) continue;
      la += all[k]!;
      lp += hit[k]!;
      consider(la, lp, k);
    }
  } else {
    const order = Array.from(rows).sort((a, b) => r[a]! - r[b]!);
    let lp = 0;
    for (let i = 0; i < n - 1; i++) {
      lp += ctx.labels[order[i]!]!;
      if (r[order[i]!] !== r[order[i + 1]!]) consider(i + 1, lp, r[order[i]!]!);
    }
  }
  return bestRank < 0 ? null : [bestImpurity, bestRank];
}

function grow(ctx: Context, tree: FlatTree, rows: Int32Array, depth: number): number {
  let pos = 0;
  for (let i = 0; i < rows.length; i++) pos += ctx.labels[rows[i]!]!;
  const value = pos / rows.length;
  if (
    pos === 0 ||
    pos === rows.length ||
    rows.length <= ctx.minNumSamples ||
    depth >= ctx.maxDepth
  ) {
    return leaf(tree, value);
  }
  let best: [number, number] | null = null;
  let bestFeature = -1;
  for (let f = 0; f < ctx.ranks.length; f++) {
    const split = bestSplitOn(ctx, rows, f, pos);
    if (split && (!best || split[0] < best[0])) {
      best = split;
      bestFeature = f;
    }
  }
  if (!best) return leaf(tree, value); // no feature varies: these rows cannot be told apart
  const r = ctx.ranks[bestFeature]!;
  const leftRows = rows.filter((i) => r[i]! <= best[1]);
  const rightRows = rows.filter((i) => r[i]! > best[1]);
  const values = ctx.values[bestFeature]!;
  const node = leaf(tree, value);
  tree.feature[node] = bestFeature;
  tree.threshold[node] = (values[best[1]]! + values[best[1] + 1]!) / 2;
  tree.left[node] = grow(ctx, tree, leftRows, depth + 1);
  tree.right[node] = grow(ctx, tree, rightRows, depth + 1);
  return node;
}

function predict(tree: FlatTree, row: readonly number[]): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node =
      row[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}

/** Trains a forest on `rows` with labels (true = hit). */
export function trainForest(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: ForestOptions,
  random: Random,
): Forest {
  const n = rows.length;
  if (n !== labels.length) throw new RangeError('one label per row');
  if (n === 0) throw new RangeError('at least one training row is needed');
  const featureCount = rows[0]!.length;
  const ranks: Uint32Array[] = [];
  const values: Float64Array[] = [];
  let maxDistinct = 1;
  for (let f = 0; f < featureCount; f++) {
    const distinct = Float64Array.from(new Set(rows.map((row) => row[f]!))).sort();
    const index = new Map<number, number>();
    distinct.forEach((v, k) => index.set(v, k));
    ranks.push(Uint32Array.from(rows, (row) => index.get(row[f]!)!));
    values.push(distinct);
    maxDistinct = Math.max(maxDistinct, distinct.length);
  }
  const ctx: Context = {
    ranks,
    values,
    labels: Uint8Array.from(labels, (l) => (l ? 1 : 0)),
    minNumSamples: options.minNumSamples ?? 1,
    maxDepth: options.maxDepth ?? Infinity,
    countAll: new Float64Array(maxDistinct),
    countPos: new Float64Array(maxDistinct),
  };
  const trees: FlatTree[] = [];
  for (let t = 0; t < options.trees; t++) {
    const sample = new Int32Array(n);
    for (let i = 0; i < n; i++) sample[i] = options.bagging === false ? i : random.int(0, n - 1);
    const tree: FlatTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    grow(ctx, tree, sample, 0);
    trees.push(tree);
  }
  return {
    score(toScore) {
      return Float64Array.from(toScore, (row) => {
        let sum = 0;
        for (const tree of trees) sum += predict(tree, row);
        return sum / trees.length;
      });
    },
    trainedRows: n,
    positives: ctx.labels.reduce((s, v) => s + v, 0),
    nodes: trees.reduce((s, t) => s + t.value.length, 0),
  };
}
