// Define the elements before React renders them: React 19 sets a prop as a property only when
// the element already has it (`client` must never become an attribute).
import '@panama311/elements/define/case-form';
import '@panama311/elements/define/case-status';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
