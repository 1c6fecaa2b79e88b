import type { ReactNode } from 'react';
import { Outlet, useHref, useLinkClickHandler, useLocation } from 'react-router';
import {
  Button,
  NavList,
  NavListLink,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { nl, roleLabel } from '../i18n/nl';
import { useActiveSession, useSession } from '../session/context';
import { navItems, type NavItem } from '../session/roles';
import { AppLink } from './AppLink';

function Brand() {
  return (
    <div className="werkpad-brand">
      <AppLink to="/" className="werkpad-brand__link">
        {nl.app.name}
      </AppLink>
      <span className="werkpad-brand__tagline">{nl.app.tagline}</span>
    </div>
  );
}

function Footer() {
  return (
    <PageFooter className="werkpad-footer">
      <div className="werkpad-container">
        <Paragraph>{nl.app.footer}</Paragraph>
        <Paragraph>{nl.app.footerPrivacy}</Paragraph>
      </div>
    </PageFooter>
  );
}

function NavEntry({ item, current }: { item: NavItem; current: boolean }) {
  const href = useHref(item.to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(item.to);
  return (
    <NavListLink href={href} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {nl.nav[item.key]}
    </NavListLink>
  );
}

/** Frame for pages without a session (login): brand, main, footer. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-page werkpad-page">
      <PageHeader className="werkpad-header">
        <SkipLink href="#inhoud">{nl.app.skipLink}</SkipLink>
        <div className="werkpad-container werkpad-header__bar">
          <Brand />
        </div>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="werkpad-main werkpad-container werkpad-container--narrow">
        {children}
      </main>
      <Footer />
    </div>
  );
}

/** Frame for logged-in pages: header with user and logout, navigation per role, main, footer. */
export function AppLayout() {
  const session = useActiveSession();
  const { logout } = useSession();
  const location = useLocation();
  const items = navItems(session.user.role);
  const isCurrent = (to: string) => location.pathname === to || location.pathname.startsWith(`${to}/`);
  // Mark the longest matching entry as the current page.
  const currentTo = items
    .filter((i) => isCurrent(i.to))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  return (
    <div className="utrecht-page werkpad-page">
      <PageHeader className="werkpad-header">
        <SkipLink href="#inhoud">{nl.app.skipLink}</SkipLink>
        <div className="werkpad-container werkpad-header__bar">
          <Brand />
          <div className="werkpad-user" aria-label={nl.header.userMenu} role="group">
            <span className="werkpad-user__name">
              <span className="werkpad-visually-hidden">{nl.header.loggedInAs} </span>
              <strong data-testid="user-name">{session.user.display_name}</strong>
              <span className="werkpad-user__role" data-testid="user-role">
                {roleLabel(session.user.role)}
              </span>
            </span>
            <AppLink to="/account/wachtwoord">{nl.header.changePassword}</AppLink>
            <Button appearance="secondary-action-button" onClick={() => void logout()}>
              {nl.header.logout}
            </Button>
          </div>
        </div>
        <nav aria-label={nl.nav.label} className="werkpad-nav">
          <div className="werkpad-container">
            <NavList>
              {items.map((item) => (
                <NavEntry key={item.to} item={item} current={item.to === currentTo} />
              ))}
            </NavList>
          </div>
        </nav>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="werkpad-main werkpad-container">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
