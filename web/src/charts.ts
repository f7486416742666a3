/** ECharts with only the parts the dashboard draws (tree-shaken), and a chart bound to a view's life. */
import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GraphChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, GeoComponent, DataZoomComponent, CanvasRenderer]);

export { echarts };
export type Chart = echarts.ECharts;

/** A chart in `dom` that follows the window's size; `dispose` releases both. */
export function chartIn(dom: HTMLElement): { chart: Chart; dispose: () => void } {
  const chart = echarts.init(dom, undefined, { renderer: 'canvas' });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return {
    chart,
    dispose: () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    },
  };
}

/** Resolves once the chart has drawn the option last set (ECharts' `finished`). */
export function finished(chart: Chart): Promise<void> {
  return new Promise((resolve) => chart.on('finished', function done() {
    chart.off('finished', done);
    resolve();
  }));
}
