import { useEffect, type ReactNode } from 'react';

export interface PageTitleProps {
  /** The page's h1 and the first part of the browser tab title. */
  title: string;
  /** Appended to the tab title, e.g. the product name. */
  siteName: string;
  lead?: ReactNode;
}

/** The page heading. Focusable (not tabbable) so the app can move focus here after navigation. */
export function PageTitle({ title, siteName, lead }: PageTitleProps) {
  useEffect(() => {
    document.title = title ? `${title} · ${siteName}` : siteName;
  }, [title, siteName]);
  return (
    <div className="page-title">
      <h1 tabIndex={-1} data-page-title="">
        {title}
      </h1>
      {lead && <p className="page-title__lead">{lead}</p>}
    </div>
  );
}
