import { useEffect, useState } from 'react';

/** The page's header bottom edge, so the editor sits below it however the header wraps. */
export function useBelowHeader(): number {
  const [top, setTop] = useState(56);
  useEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header) return;
    const measure = () => setTop(Math.round(header.getBoundingClientRect().bottom));
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return top;
}
