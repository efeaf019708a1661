import type { ReactNode } from 'react';

/**
 * The frame of the pages shown before the app itself: the product's name above a centred panel.
 * Plain elements, no antd Card or Typography: this is on the login page's first download.
 */
export function AuthScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        boxSizing: 'border-box',
        background: 'linear-gradient(180deg, #fdf3f2 0%, #f5f5f5 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 420 }}>
        <header style={{ textAlign: 'center', marginBottom: 24 }}>
          <div aria-hidden style={{ fontSize: 40, lineHeight: 1, color: '#b71c1c' }}>★</div>
          <p style={{ margin: '8px 0 4px', color: '#b71c1c', fontSize: 30, fontWeight: 600 }}>Dân vận</p>
          <p style={{ margin: 0, color: 'rgba(0,0,0,0.55)' }}>Hệ thống quản lý công tác Dân vận</p>
        </header>
        <section
          aria-labelledby="auth-title"
          style={{ background: '#fff', borderRadius: 8, padding: 24, boxShadow: '0 1px 2px rgba(0,0,0,0.06), 0 2px 8px rgba(0,0,0,0.06)' }}
        >
          <h1 id="auth-title" style={{ margin: '0 0 16px', fontSize: 24, fontWeight: 600 }}>
            {title}
          </h1>
          {children}
        </section>
      </div>
    </main>
  );
}
