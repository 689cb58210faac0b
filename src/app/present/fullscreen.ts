// Full screen where the browser allows it (a user gesture is needed; refusal is not an error: the dark,
// large-type layout still applies inside the window).

export async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true;
  try {
    await document.documentElement.requestFullscreen?.();
    return !!document.fullscreenElement;
  } catch {
    return false;
  }
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}
