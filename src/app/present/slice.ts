// The store slice of presentation mode: on or off. What it changes (full screen, dark theme, autoplay) lives
// in src/app/present/.

export interface PresentationSlice {
  presenting: boolean;
  setPresenting: (presenting: boolean) => void;
}

export function createPresentationSlice(set: (partial: Partial<PresentationSlice>) => void): PresentationSlice {
  return { presenting: false, setPresenting: (presenting) => set({ presenting }) };
}
