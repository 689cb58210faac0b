// Last line of defence: an error while rendering shows what happened instead of a blank page.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { MESSAGES } from '../i18n';
import { useStore } from '../state/store';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = MESSAGES[useStore.getState().view.lang];
    return (
      <div className="explain" role="alert" data-testid="app-crash">
        <h1>{t.crashTitle}</h1>
        <p>{t.crashHelp}</p>
        <pre>{String(this.state.error.message || t.unknownError)}</pre>
      </div>
    );
  }
}
