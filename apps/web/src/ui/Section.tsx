import { useId, type ReactNode } from 'react';

export interface SectionProps {
  title: ReactNode;
  /** Heading level inside the page; pages use h1 for their title, so sections default to h2. */
  level?: 2 | 3;
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled part of a page; named by its heading so it is a navigable region for screen readers. */
export function Section({ title, level = 2, intro, className, children }: SectionProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['section', 'card', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <Heading id={id} className="section__title">
        {title}
      </Heading>
      {intro && <p className="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
