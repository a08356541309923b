// Vietnamese first, English on a switch. No central dictionary: each feature keeps its own
// messages.ts (defineMessages) and reads it with useT(messages), so features never edit a shared file.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
const STORAGE_KEY = 'tiendo.locale';

/** A feature's messages: Vietnamese is the reference, English must have the same keys. */
export type Messages<K extends string> = { vi: Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(messages: { vi: Record<K, string>; en: Record<NoInfer<K>, string> }) {
  return messages as Messages<K>;
}

/** Replaces {name} placeholders. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'vi', setLocale: () => {} });

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}

/** A translator for one feature's messages: t('key', { n: 3 }). */
export function useT<K extends string>(messages: Messages<K>) {
  const { locale } = useLocale();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => interpolate(messages[locale][key], vars),
    [messages, locale],
  );
}
