/** Placeholder while the chapter is being written (replaced by the chapter itself). */
export function InsidePage() {
  return <article className="page chapter" />;
}
