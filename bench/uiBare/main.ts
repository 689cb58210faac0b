// The reference the dashboard's map paint is measured against: a page with nothing but an ECharts China
// map, a line and a bar chart (tree-shaken echarts/core, canvas), the map fetched from the same origin.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, LineChart, BarChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const months = Array.from({ length: 36 }, (_, i) => `${2021 + Math.floor(i / 12)}-${(i % 12) + 1}`);
const values = months.map((_, i) => 10 + ((i * 37) % 23));

echarts.init(document.getElementById('line')!).setOption({
  xAxis: { type: 'category', data: months },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: values }],
});
echarts.init(document.getElementById('bar')!).setOption({
  xAxis: { type: 'category', data: months },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values }],
});
fetch('./geo/china.json')
  .then((r) => r.json())
  .then((geo) => {
    echarts.registerMap('china', geo);
    echarts.init(document.getElementById('map')!).setOption({
      tooltip: {},
      visualMap: { min: 0, max: 100, left: 8, bottom: 8 },
      series: [{ type: 'map', map: 'china', roam: true, data: [{ name: '内蒙古', value: 80 }, { name: '广东', value: 40 }] }],
    });
  });
