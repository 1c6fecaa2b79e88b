import type { MouseEvent, ReactNode } from 'react';
import { ButtonLink, Link } from '@utrecht/component-library-react';
import { useHref, useLinkClickHandler } from 'react-router';

// NL Design System links that navigate inside the single-page app (no full page load).

function useSpaClick(to: string) {
  const handler = useLinkClickHandler<HTMLAnchorElement>(to);
  return (e: MouseEvent<HTMLAnchorElement>) => handler(e);
}

export function AppLink({
  to,
  children,
  className,
  current,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const href = useHref(to);
  const onClick = useSpaClick(to);
  return (
    <Link href={href} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function AppButtonLink({
  to,
  children,
  appearance = 'secondary-action-button',
}: {
  to: string;
  children: ReactNode;
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
}) {
  const href = useHref(to);
  const onClick = useSpaClick(to);
  return (
    <ButtonLink href={href} onClick={onClick} appearance={appearance}>
      {children}
    </ButtonLink>
  );
}
