import type { CaseSubmittedEvent } from '@panama311/elements';
import { createClient } from '@panama311/sdk';
import { useEffect, useMemo, useRef, useState } from 'react';

type Lang = 'es' | 'en';
type View = 'report' | 'track';

/** A case to follow: from the form's `p311-case-submitted`, or from a tracking link. */
interface Tracked {
  number: string;
  token: string;
  trackingUrl: string;
}

const TEXT = {
  es: {
    title: 'Atención ciudadana 311',
    intro: 'Una aplicación React que usa los elementos de Panamá 311 con un cliente del SDK.',
    language: 'Idioma',
    sections: 'Secciones',
    report: 'Reportar',
    track: 'Seguimiento',
    filed: (n: string) => `Caso ${n} registrado`,
    keepLink: 'Guarde este enlace para consultar su caso:',
    status: 'Estado según la aplicación:',
    another: 'Nuevo reporte',
  },
  en: {
    title: 'Citizen services 311',
    intro: 'A React app using the Panamá 311 elements with an SDK client.',
    language: 'Language',
    sections: 'Sections',
    report: 'Report',
    track: 'Track',
    filed: (n: string) => `Case ${n} filed`,
    keepLink: 'Keep this link to check on your case:',
    status: 'Status as the app sees it:',
    another: 'New report',
  },
} as const;

/** The tracking link's `?case=…&token=…`, when the page was opened from one. */
function trackedFromUrl(): Tracked | undefined {
  const params = new URLSearchParams(location.search);
  const number = params.get('case');
  const token = params.get('token');
  return number && token ? { number, token, trackingUrl: location.href } : undefined;
}

export function App() {
  const [lang, setLang] = useState<Lang>('es');
  const [tracked, setTracked] = useState(trackedFromUrl);
  const [view, setView] = useState<View>(tracked ? 'track' : 'report');
  const [justFiled, setJustFiled] = useState(false);
  const [status, setStatus] = useState<string>();
  const filedHeading = useRef<HTMLHeadingElement>(null);
  const t = TEXT[lang];

  // One SDK client for both elements, injected as their `client` property. The API is the
  // demo server's own origin; a real app uses its publishable key and the default base URL.
  const client = useMemo(
    () => createClient({ apiKey: 'pk_test_demo', baseUrl: location.origin, locale: lang }),
    [lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The form that had focus is gone: take the reader to what replaced it.
  useEffect(() => {
    if (justFiled) filedHeading.current?.focus();
  }, [justFiled]);

  const onSubmitted = (event: CaseSubmittedEvent) => {
    // The tracking link carries the token: keep it in state, never in logs or analytics.
    const token = new URL(event.trackingUrl).searchParams.get('token') ?? '';
    setTracked({ number: event.number, token, trackingUrl: event.trackingUrl });
    setJustFiled(true);
    setStatus(undefined);
    setView('track');
  };

  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <div role="group" aria-label={t.language} className="langs">
          {(['es', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'es' ? 'Español' : 'English'}
            </button>
          ))}
        </div>
        <nav className="tabs" aria-label={t.sections}>
          {(['report', 'track'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-current={view === v ? 'page' : undefined}
              onClick={() => setView(v)}
            >
              {t[v]}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {view === 'report' ? (
          <p311-case-form
            entity="idaan"
            lang={lang}
            client={client}
            onp311-case-submitted={onSubmitted}
            onp311-error={(event) => console.warn('p311-error', event.code)}
          />
        ) : (
          <>
            {tracked && justFiled && (
              <section className="filed" role="status" data-testid="filed">
                <h2 ref={filedHeading} tabIndex={-1}>
                  {t.filed(tracked.number)}
                </h2>
                <p>
                  {t.keepLink} <a href={tracked.trackingUrl}>{tracked.number}</a>
                </p>
                <button
                  type="button"
                  onClick={() => {
                    setJustFiled(false);
                    setView('report');
                  }}
                >
                  {t.another}
                </button>
              </section>
            )}
            {status && (
              <p className="app-status" data-testid="status">
                {t.status} <strong>{status}</strong>
              </p>
            )}
            <p311-case-status
              key={tracked?.number ?? 'ask'}
              lang={lang}
              client={client}
              number={tracked?.number ?? ''}
              token={tracked?.token ?? ''}
              onp311-case-loaded={(event) => setStatus(event.status)}
              onp311-case-updated={(event) => setStatus(event.status)}
              onp311-error={(event) => console.warn('p311-error', event.code)}
            />
          </>
        )}
      </main>
    </>
  );
}
