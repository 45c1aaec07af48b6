import { create } from 'zustand';

/** Who new labour lines go to: chosen once at the desk and kept while the app is open. */
export const useDefaultMechanic = create<{ id: string | null; set: (id: string | null) => void }>()((set) => ({
  id: null,
  set: (id) => set({ id }),
}));
