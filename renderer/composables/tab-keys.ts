/**
 * Arrow keys, Home and End move between the tabs of a `role="tablist"` (the WAI-ARIA tabs
 * pattern): attach `@keydown="onTablistKey"` to the list; the next tab is clicked and focused.
 */
export function onTablistKey(e: KeyboardEvent): void {
  const list = e.currentTarget as HTMLElement | null;
  if (!list) return;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const i = tabs.indexOf(e.target as HTMLElement);
  if (i < 0) return;
  const n = tabs.length;
  const to =
    e.key === 'ArrowRight' || e.key === 'ArrowDown'
      ? (i + 1) % n
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
        ? (i - 1 + n) % n
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? n - 1
            : undefined;
  if (to === undefined) return;
  e.preventDefault();
  tabs[to]!.click();
  tabs[to]!.focus();
}
