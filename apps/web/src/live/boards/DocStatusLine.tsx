import { useT } from '../../i18n';
import type { DocStatus, PresentUser } from '../collab';

/**
 * Where a shared document stands: online (and saved), offline, unsynced local edits, or refused
 * by the server (then it does not retry, and says why).
 */
export function DocStatusLine({ status, present = [] }: { status: DocStatus; present?: PresentUser[] }) {
  const t = useT();
  const typing = present.filter((user) => user.typing).map((user) => user.name);
  let tone: 'ok' | 'warning' | 'error' | 'muted' = 'ok';
  let text: string;
  if (status.connection === 'refused') {
    tone = 'error';
    text = (status.refusal && t.live.refusals[status.refusal]) || t.live.refusalFallback;
  } else if (status.unsynced) {
    tone = 'warning';
    text = t.live.status.unsynced;
  } else if (status.connection === 'offline') {
    tone = 'warning';
    text = t.live.status.offline;
  } else if (status.connection === 'connecting' || !status.synced) {
    tone = 'muted';
    text = t.live.status.connecting;
  } else {
    text = `${t.live.status.online} · ${t.live.status.saved}`;
  }
  return (
    <div className="doc-status">
      <p className={`doc-status__line doc-status__line--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
        <span className="doc-status__dot" aria-hidden="true" />
        {text}
      </p>
      {present.length > 0 && (
        <p className="doc-status__present muted">
          {t.live.board.present(present.map((user) => user.name).join(', '))}
          {typing.length > 0 && <> · {t.live.board.typing(typing.join(', '))}</>}
        </p>
      )}
    </div>
  );
}
