import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder until the live board (issue 4) lands.
function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
      <h1>Tiến độ</h1>
      <p>Theo dõi tiến độ thực hiện kế hoạch. API GraphQL: /graphql</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
