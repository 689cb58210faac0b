// Whether to offer "copy image": the async clipboard with ClipboardItem (secure pages in current browsers).

export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}
