// A titled dashboard panel with a toolbar where registered tools (export …) appear.
import type { ReactNode } from 'react';
import type { ChartId } from '../charts/registry';
import type { PanelId } from '../extensions';
import { panelToolsFor } from '../extensions';

export interface PanelProps {
  id: PanelId;
  title: ReactNode;
  charts?: ChartId[];
  tools?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Panel({ id, title, charts = [], tools, className, children }: PanelProps) {
  const extra = panelToolsFor(id);
  return (
    <section className={`panel panel-${id} ${className ?? ''}`} data-panel={id} aria-label={typeof title === 'string' ? title : undefined}>
      <header className="panel-head">
        <h2>{title}</h2>
        <div className="panel-tools">
          {tools}
          {extra.map((Tool, k) => (
            <Tool key={k} panel={id} charts={charts} />
          ))}
        </div>
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
