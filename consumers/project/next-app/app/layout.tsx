import '@pc-errors/tokens/tokens.css';
import '@pc-errors/react/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Partner portal (Next.js)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
