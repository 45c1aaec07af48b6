import { createTheme, Drawer, Modal } from '@mantine/core';

/**
 * A front desk works all day at one screen: dense defaults, one accent colour, and a focus
 * ring that shows for keyboard users. Built per language because the close buttons of
 * modals and drawers need a name a screen reader (and a test) can use.
 */
export function makeTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'sm',
    focusRing: 'auto',
    fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { sizes: { h1: { fontSize: '1.5rem' }, h2: { fontSize: '1.2rem' }, h3: { fontSize: '1rem' }, h4: { fontSize: '0.9rem' } } },
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps }, styles: { title: { fontWeight: 600 } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps }, styles: { title: { fontWeight: 600 } } }),
    },
  });
}
