import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A one-time message carried to the next page in the router state (e.g. "The CoP has been
 * created"). The message is taken out of history so it does not come back on reload or "back".
 * History state must be cloneable, so the message is plain text in the language of the moment.
 */
export interface Flash {
  kind: 'success' | 'info';
  message: string;
}

export function flashState(flash: Flash): { flash: Flash } {
  return { flash };
}

export function useFlash(): Flash | null {
  const location = useLocation();
  const navigate = useNavigate();
  const incoming = (location.state as { flash?: Flash } | null)?.flash ?? null;
  const [flash, setFlash] = useState<Flash | null>(incoming);

  useEffect(() => {
    if (!incoming) return;
    setFlash(incoming);
    navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
  }, [incoming, location.pathname, location.search, location.hash, navigate]);

  return flash;
}
