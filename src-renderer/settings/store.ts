import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import i18n, { detectLanguage, type Language } from '../i18n';

type SettingsState = {
  language: Language;
  setLanguage: (language: Language) => void;
};

/** This desk's interface preferences, kept in localStorage (they are not business data). */
export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      language: detectLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    { name: 'garage-desk.settings', partialize: (s) => ({ language: s.language }) },
  ),
);

function applyLanguage(language: Language) {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

applyLanguage(useSettings.getState().language);
useSettings.subscribe((s, prev) => {
  if (s.language !== prev.language) applyLanguage(s.language);
});
