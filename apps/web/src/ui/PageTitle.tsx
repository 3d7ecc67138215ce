import { useEffect, useRef, type ReactNode } from 'react';

export interface PageTitleProps {
  /** The page's h1 and the first part of the browser tab title. */
  title: string;
  /** Appended to the tab title, e.g. the product name. */
  siteName: string;
  lead?: ReactNode;
}

/** The page heading. Focusable (not tabbable) so the app can move focus here after navigation. */
export function PageTitle({ title, siteName, lead }: PageTitleProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = title ? `${title} · ${siteName}` : siteName;
  }, [title, siteName]);

  // If the app moved focus to <main> while this page was loading, take it over now.
  useEffect(() => {
    const main = headingRef.current?.closest<HTMLElement>('main');
    if (main?.dataset.focusTitle !== 'pending') return;
    delete main.dataset.focusTitle;
    if (document.activeElement === main) headingRef.current?.focus();
  }, []);

  return (
    <div className="page-title">
      <h1 tabIndex={-1} data-page-title="" ref={headingRef}>
        {title}
      </h1>
      {lead && <p className="page-title__lead">{lead}</p>}
    </div>
  );
}
