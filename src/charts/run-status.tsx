/**
 * The status line of a long action (announced politely to screen readers) and, while it runs,
 * a progress bar labelled with the same text.
 */
export function RunStatus(props: {
  text: string;
  testId: string;
  /** Shown while the action runs; null hides the bar. */
  progress: { done: number; total: number } | null;
  progressClassName?: string;
}) {
  return (
    <>
      <p role="status" className="status-line" data-testid={props.testId}>
        {props.text}
      </p>
      {props.progress && (
        <progress
          className={props.progressClassName ?? 'status-progress'}
          value={props.progress.done}
          max={Math.max(1, props.progress.total)}
          aria-label={props.text}
        />
      )}
    </>
  );
}
