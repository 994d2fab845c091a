import { useEffect, useState } from 'preact/hooks';
import { grantedSitePatterns } from '@/lib/dashboards';
import type { Pick } from '@/lib/picker/pick';
import { UI_LANGUAGES, type MessageKey } from '@/lib/i18n';
import { DEFAULT_SETTINGS, type StoredSettings } from '@/lib/settings';
import { grantedOrigins, request, revokeOrigin } from './api';
import { downloadText } from './download';
import { TeamSync } from './TeamSync';
import { useI18n, useSettings } from './i18n';

const LANGUAGE_LABEL: Record<(typeof UI_LANGUAGES)[number], MessageKey> = {
  en: 'languageEn',
  fa: 'languageFa',
  ar: 'languageAr',
  'zh-Hant': 'languageZhHant',
  'zh-Hans': 'languageZhHans',
};

type Note = { text: string; error: boolean } | null;

/** "https://Analytics.Example.com/x" or "analytics.example.com" → "analytics.example.com"; null when not a hostname. */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    if (/^[a-z]+:\/\//.test(text)) text = new URL(text).hostname;
  } catch {
    return null;
  }
  text = text.replace(/\/.*$/, '').replace(/:\d+$/, '');
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(text) && text.length <= 253 ? text : null;
}

function Message({ note }: { note: Note }) {
  if (!note) return null;
  return (
    <p role={note.error ? 'alert' : 'status'} class={note.error ? 'error' : 'notice'}>
      {note.text}
    </p>
  );
}

function SettingsForm() {
  const { t, number } = useI18n();
  const { settings: stored, reload } = useSettings();
  const [s, setS] = useState<StoredSettings>(stored);
  const [onTrack, setOnTrack] = useState(String(Math.round(stored.bands.onTrack * 100)));
  const [atRisk, setAtRisk] = useState(String(Math.round(stored.bands.atRisk * 100)));
  const [host, setHost] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [hostNote, setHostNote] = useState<Note>(null);

  const onTrackN = Number(onTrack) / 100;
  const atRiskN = Number(atRisk) / 100;
  const bandsBad = !(onTrack !== '' && atRisk !== '' && onTrackN >= 0 && onTrackN <= 2 && atRiskN >= 0 && atRiskN <= 2 && atRiskN <= onTrackN);
  const focusBad = !(Number.isInteger(s.focusLimit) && s.focusLimit >= 1 && s.focusLimit <= 100);
  const cadenceBad = !(Number.isInteger(s.defaultCadenceDays) && s.defaultCadenceDays >= 1 && s.defaultCadenceDays <= 366);
  const marginBad = !(s.margin >= 0.01 && s.margin <= 1);

  const addHost = () => {
    const h = normaliseHost(host);
    if (!h) return setHostNote({ text: t('invalidHost'), error: true });
    setHostNote(null);
    setHost('');
    if (!s.badgesOffOn.includes(h)) setS({ ...s, badgesOffOn: [...s.badgesOffOn, h].sort() });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (bandsBad || focusBad || cadenceBad || marginBad) return setNote({ text: bandsBad ? t('bandsInvalid') : t('settingsInvalid'), error: true });
    const settings: StoredSettings = { ...DEFAULT_SETTINGS, ...s, bands: { onTrack: onTrackN, atRisk: atRiskN } };
    try {
      await request('page/save-settings', { settings });
      setNote({ text: t('settingsSaved'), error: false });
      reload();
    } catch (err) {
      setNote({ text: t('error', { message: err instanceof Error ? err.message : String(err) }), error: true });
    }
  };

  return (
    <form class="settings-form" onSubmit={save} aria-labelledby="settings-h">
      <h2 id="settings-h" class="visually-hidden">
        {t('optionsTitle')}
      </h2>
      <label>
        {t('uiLanguage')}
        <select name="ui-language" value={s.uiLanguage} onChange={(e) => setS({ ...s, uiLanguage: e.currentTarget.value })}>
          <option value="">{t('languageAuto')}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('statusBandsHeading')}</legend>
        <p class="hint">{t('statusBandsHint')}</p>
        <label>
          {t('bandOnTrack')}
          <input name="band-on-track" type="number" min={0} max={200} step={1} value={onTrack} aria-invalid={bandsBad || undefined} onInput={(e) => setOnTrack(e.currentTarget.value)} />
        </label>
        <label>
          {t('bandAtRisk')}
          <input name="band-at-risk" type="number" min={0} max={200} step={1} value={atRisk} aria-invalid={bandsBad || undefined} onInput={(e) => setAtRisk(e.currentTarget.value)} />
        </label>
      </fieldset>
      <label>
        {t('focusLimit')}
        <input
          name="focus-limit"
          type="number"
          min={1}
          max={100}
          step={1}
          value={String(s.focusLimit)}
          aria-invalid={focusBad || undefined}
          onInput={(e) => setS({ ...s, focusLimit: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('defaultCadence')}
        <input
          name="default-cadence"
          type="number"
          min={1}
          max={366}
          step={1}
          value={String(s.defaultCadenceDays)}
          aria-invalid={cadenceBad || undefined}
          onInput={(e) => setS({ ...s, defaultCadenceDays: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('marginSetting')}
        <input
          name="margin"
          type="number"
          min={1}
          max={100}
          step="any"
          value={String(Math.round(s.margin * 10000) / 100)}
          aria-invalid={marginBad || undefined}
          aria-describedby="margin-hint"
          onInput={(e) => setS({ ...s, margin: Number(e.currentTarget.value) / 100 })}
        />
      </label>
      <p class="hint" id="margin-hint">
        {t('marginHint', { roas: marginBad ? '—' : number(Math.round((1 / s.margin) * 100) / 100) })}
      </p>
      <fieldset>
        <legend>{t('badgesHeading')}</legend>
        <p class="hint">{t('badgesHint')}</p>
        {s.badgesOffOn.length === 0 ? (
          <p class="empty">{t('noBadgeExceptions')}</p>
        ) : (
          <ul class="host-list">
            {s.badgesOffOn.map((h) => (
              <li key={h} data-host={h}>
                <bdi>{h}</bdi>{' '}
                <button type="button" class="link" aria-label={t('removeHost', { host: h })} onClick={() => setS({ ...s, badgesOffOn: s.badgesOffOn.filter((x) => x !== h) })}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="inline-add">
          <label>
            {t('hostInput')}
            <input
              name="badge-host"
              type="text"
              inputMode="url"
              dir="ltr"
              value={host}
              onInput={(e) => setHost(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addHost();
                }
              }}
            />
          </label>
          <button type="button" data-action="add-host" onClick={addHost}>
            {t('addHost')}
          </button>
        </div>
        <Message note={hostNote} />
      </fieldset>
      <button type="submit" class="primary">
        {t('saveSettings')}
      </button>
      <Message note={note} />
    </form>
  );
}

function Transfer() {
  const { t, number } = useI18n();
  const [includeHistory, setIncludeHistory] = useState(true);
  const [note, setNote] = useState<Note>(null);

  const exportGoals = async () => {
    try {
      const { json, filename } = await request('page/export-goals', { includeHistory });
      downloadText(filename, json, 'application/json');
      setNote({ text: t('exported', { filename }), error: false });
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      const { goals, observations } = await request('page/import-goals', { text });
      setNote({ text: t('imported', { goals: number(goals), observations: number(observations) }), error: false });
    } catch (e) {
      setNote({ text: t('importFailed', { message: e instanceof Error ? e.message : String(e) }), error: true });
    } finally {
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="transfer-h">
      <h2 id="transfer-h">{t('transferHeading')}</h2>
      <label class="check">
        <input type="checkbox" name="include-history" checked={includeHistory} onChange={(e) => setIncludeHistory(e.currentTarget.checked)} /> {t('includeHistory')}
      </label>
      <button type="button" data-action="export" onClick={() => void exportGoals()}>
        {t('exportGoals')}
      </button>
      <label class="file-pick">
        {t('importGoals')}
        <input name="import-file" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </label>
      <p class="hint">{t('importHint')}</p>
      <Message note={note} />
    </section>
  );
}

function GrantedSites() {
  const { t } = useI18n();
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [note, setNote] = useState<Note>(null);
  const load = async () => {
    try {
      setOrigins(grantedSitePatterns(await grantedOrigins()));
    } catch {
      setOrigins([]);
    }
  };
  useEffect(() => void load(), []);
  const revoke = async (pattern: string) => {
    try {
      await revokeOrigin(pattern);
      setNote({ text: t('revoked', { origin: pattern }), error: false });
      await load();
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };
  return (
    <section aria-labelledby="granted-h">
      <h2 id="granted-h">{t('grantedHeading')}</h2>
      <p class="hint">{t('grantedHint')}</p>
      {origins === null ? (
        <p class="empty">{t('loading')}</p>
      ) : origins.length === 0 ? (
        <p class="empty">{t('noGrantedSites')}</p>
      ) : (
        <ul class="host-list">
          {origins.map((o) => (
            <li key={o} data-origin={o}>
              <bdi dir="ltr">{o}</bdi>{' '}
              <button type="button" onClick={() => void revoke(o)} aria-label={`${t('revoke')}: ${o}`}>
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Message note={note} />
    </section>
  );
}

/** Numbers picked on other sites, by page; forgetting one stops Goalpost reading it. */
function PickedNumbers() {
  const { t, metricName } = useI18n();
  const [picks, setPicks] = useState<Pick[] | null>(null);
  const [note, setNote] = useState<Note>(null);
  const load = async () => {
    try {
      setPicks((await request('page/list-picks', {})).picks);
    } catch (e) {
      setPicks([]);
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };
  useEffect(() => void load(), []);
  const forget = async (id: string) => {
    try {
      await request('page/delete-pick', { id });
      await load();
    } catch (e) {
      setNote({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };
  return (
    <section aria-labelledby="picks-h">
      <h2 id="picks-h">{t('picksHeading')}</h2>
      <p class="hint">{t('picksHint')}</p>
      {picks === null ? (
        <p class="empty">{t('loading')}</p>
      ) : picks.length === 0 ? (
        <p class="empty">{t('noPicks')}</p>
      ) : (
        <ul class="host-list">
          {picks.map((p) => (
            <li key={p.id} data-pick={p.id}>
              {metricName(p.metric)}: <bdi>{p.locator.label}</bdi> · <bdi dir="ltr">{p.page}</bdi>{' '}
              <button type="button" onClick={() => void forget(p.id)} aria-label={`${t('forgetPick')}: ${p.locator.label}`}>
                {t('forgetPick')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Message note={note} />
    </section>
  );
}

/** Settings, import/export, team sync and granted sites. */
export function Options() {
  const { t } = useI18n();
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
      <Transfer />
      <TeamSync />
      <GrantedSites />
      <PickedNumbers />
    </div>
  );
}
