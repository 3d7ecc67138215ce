import { updateCommunitySchema, type CommunityView } from '@mao/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api';
import { useT } from '../i18n';
import { Badge, Button, LiveStatus } from '../ui';
import { CommunityForm, valuesFromCommunity } from './CommunityForm';

interface Props {
  community: CommunityView;
  canEdit: boolean;
  onChange: (next: CommunityView) => void;
}

export function CommunityDetails({ community, canEdit, onChange }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  const formRef = useRef<HTMLDivElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input')?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <section className="card section cop-details" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {editing ? t.cop.editTitle : t.cop.aboutTitle}
      </h2>
      {!editing && (
        <>
          {community.description && <p className="cop-details__description">{community.description}</p>}
          <dl className="facts">
            {community.myRole && (
              <div>
                <dt>{t.cop.yourRole}</dt>
                <dd>
                  <Badge tone={community.myRole === 'facilitator' ? 'accent' : 'neutral'}>{t.common.roles[community.myRole]}</Badge>
                </dd>
              </div>
            )}
            {community.themes.length > 0 && (
              <div>
                <dt>{t.cop.themes}</dt>
                <dd>
                  <ul className="tags">
                    {community.themes.map((theme) => (
                      <li key={theme} className="tag">
                        {theme}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <p className="muted">{t.cop.retention(community.caseRetentionDays)}</p>
          {canEdit && (
            <Button
              ref={editButtonRef}
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t.cop.editOpen}
            </Button>
          )}
        </>
      )}
      {editing && (
        <div ref={formRef}>
          <CommunityForm
            schema={updateCommunitySchema}
            initial={valuesFromCommunity(community)}
            submitLabel={t.common.save}
            busyLabel={t.common.saving}
            onSubmit={async (input) => {
              onChange(await api.communities.update(community.id, input));
              setSaved(true);
              close();
            }}
            onCancel={close}
          />
        </div>
      )}
      <LiveStatus message={saved ? t.cop.editSaved : null} />
    </section>
  );
}
