/**
 * The content width of an element, kept up to date by a ResizeObserver, so that charts can
 * build their scales for the space they really have (visx's ParentSize, in a dozen lines).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Returns a ref callback to put on the element and its current content width in CSS pixels.
 * Until the first measurement (and where ResizeObserver is missing, e.g. server rendering)
 * the width is `fallbackWidth`.
 */
export function useElementWidth<T extends Element>(
  fallbackWidth = 640,
): [ref: (element: T | null) => void, width: number] {
  const [width, setWidth] = useState(fallbackWidth);
  const [element, setElement] = useState<T | null>(null);
  const frame = useRef(0);

  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured === undefined || measured <= 0) return;
      // Coalesce bursts of resize events into one render per frame.
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setWidth(Math.round(measured)));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [element]);

  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, width];
}
