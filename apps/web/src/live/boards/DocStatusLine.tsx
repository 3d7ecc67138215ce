import { useT } from '../../i18n';
import { DISCARD_LOCAL_COPY_REFUSALS, type DocStatus, type PresentUser } from '../collab';

/** Refusals a reload gets past: the local copy with the refused change is gone, or other windows were closed. */
const RELOAD_HELPS: readonly string[] = [...DISCARD_LOCAL_COPY_REFUSALS, 'too_many_connections', 'rate_limited', 'invalid_awareness'];

/**
 * Where a shared document stands: online and saved (or not yet saved, when the server's storage
 * is away), offline, unsynced local edits, an edit the server did not keep because the board had
 * closed for its author, or refused by the server (then it does not retry, and
 * says why, with a reload button where a reload helps).
 */
export function DocStatusLine({ status, present = [] }: { status: DocStatus; present?: PresentUser[] }) {
  const t = useT();
  // One name per person: someone may have the board open twice (the facilitator's privacy check opens every board).
  const names = [...new Set(present.map((user) => user.name))];
  const typing = [...new Set(present.filter((user) => user.typing).map((user) => user.name))];
  let tone: 'ok' | 'warning' | 'error' | 'muted' = 'ok';
  let text: string;
  if (status.connection === 'refused') {
    tone = 'error';
    text = (status.refusal && t.live.refusals[status.refusal]) || t.live.refusalFallback;
  } else if (status.notKept) {
    tone = 'warning';
    text = t.live.status.notKept;
  } else if (status.unsynced) {
    tone = 'warning';
    text = t.live.status.unsynced;
  } else if (!status.saved && status.connection !== 'online') {
    // The server closed for a moment because it could not reach its storage; y-websocket retries.
    tone = 'warning';
    text = t.live.status.notSavedRetrying;
  } else if (status.connection === 'offline') {
    tone = 'warning';
    text = t.live.status.offline;
  } else if (status.connection === 'connecting' || !status.synced) {
    tone = 'muted';
    text = t.live.status.connecting;
  } else if (!status.saved) {
    tone = 'warning';
    text = `${t.live.status.online} · ${t.live.status.notSaved}`;
  } else {
    text = `${t.live.status.online} · ${t.live.status.saved}`;
  }
  const reload = status.connection === 'refused' && status.refusal !== null && RELOAD_HELPS.includes(status.refusal);
  return (
    <div className="doc-status">
      <p className={`doc-status__line doc-status__line--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
        <span className="doc-status__dot" aria-hidden="true" />
        {text}
      </p>
      {reload && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
            {t.live.status.reload}
          </button>
        </p>
      )}
      {present.length > 0 && (
        <p className="doc-status__present muted">
          {t.live.board.present(names.join(', '))}
          {typing.length > 0 && <> · {t.live.board.typing(typing.join(', '))}</>}
        </p>
      )}
    </div>
  );
}
