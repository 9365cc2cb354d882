/** Placeholder while the chapter is being written (replaced by the chapter itself). */
export function PredictorPage() {
  return <article className="page chapter" />;
}
