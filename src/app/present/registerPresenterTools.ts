// Puts the presenter's controls into the dashboard through its extension seams: image export in the chart
// panels, and the dashboard image, CSV out and in, and presentation mode in the header.
import { ChartExportTool } from '../export/ChartExportTool';
import { ExportHeaderTool } from '../export/ExportHeaderTool';
import { addHeaderTool, addPanelTool } from '../extensions';
import { ImportTool } from '../importCsv/ImportTool';
import { PresentTool } from './Presentation';
import '../export/export.css';

addPanelTool('map', ChartExportTool);
addPanelTool('timeline', ChartExportTool);
addPanelTool('bars', ChartExportTool);
addHeaderTool(ExportHeaderTool);
addHeaderTool(ImportTool);
addHeaderTool(PresentTool);
