// Seams for features that live in their own folders (image export, CSV import/export, presentation mode):
// they add controls to a panel's toolbar or to the header without the panels knowing about them.
// Register at start-up (import the registering module from src/main.tsx).
import type { ComponentType } from 'react';
import type { ChartId } from './charts/registry';

export type PanelId = 'map' | 'table' | 'timeline' | 'bars' | 'articles';

export interface PanelToolProps {
  panel: PanelId;
  /** The charts drawn in this panel. */
  charts: ChartId[];
}

const panelTools: { panel: PanelId | '*'; Component: ComponentType<PanelToolProps> }[] = [];
const headerTools: ComponentType[] = [];

export function addPanelTool(panel: PanelId | '*', Component: ComponentType<PanelToolProps>): void {
  panelTools.push({ panel, Component });
}

export function addHeaderTool(Component: ComponentType): void {
  headerTools.push(Component);
}

export function panelToolsFor(panel: PanelId): ComponentType<PanelToolProps>[] {
  return panelTools.filter((t) => t.panel === panel || t.panel === '*').map((t) => t.Component);
}

export function getHeaderTools(): ComponentType[] {
  return headerTools;
}
