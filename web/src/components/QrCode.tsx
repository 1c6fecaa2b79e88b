import { useMemo } from 'react';
import { sanitizeSvg } from './sanitizeSvg';

/**
 * Shows the server's QR code SVG inline (so a strict Content-Security-Policy without `data:`
 * images still allows it), after removing anything active from it.
 */
export function QrCode({ svg, label }: { svg: string; label: string }) {
  const clean = useMemo(() => sanitizeSvg(svg), [svg]);
  if (clean === null) return null;
  return <div className="werkpad-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: clean }} />;
}
