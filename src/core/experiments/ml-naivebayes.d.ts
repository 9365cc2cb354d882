// Types for the parts of ml-naivebayes (mljs) that nonce-model.ts uses; the package ships none.
declare module 'ml-naivebayes' {
  interface MatrixLike {
    to2DArray(): number[][];
  }
  export class MultinomialNB {
    train(trainingSet: number[][], trainingLabels: number[]): void;
    predict(dataset: number[][]): number[];
    toJSON(): {
      name: 'MultinomialNB';
      priorProbability: MatrixLike;
      conditionalProbability: MatrixLike;
    };
  }
}
