// Excel.ChartCollection and Excel.Chart: adding a chart (name, title, legend, x values, position); nothing is read back.
import type { SimContext } from "./context";
import { expose } from "./expose";
import type { SimRange } from "./range";
import { rectAddress } from "./rects";
import type { SimSheet } from "./sheet";
import { ApiNotImplemented } from "./surface";

export type ChartsApi = { add: (type: string, source: SimRange, seriesBy: string) => unknown };

/** `s` gives the live sheet the chart is added to */
export function chartsApi(ctx: SimContext, s: () => SimSheet): ChartsApi {
  return expose("ChartCollection", {
    add: (type: string, source: SimRange, seriesBy: string) => {
      const chart = { name: "", title: expose("ChartTitle", { text: "" }), legend: expose("ChartLegend", { visible: true }), categories: "", position: ["", ""] as [string, string] };
      ctx.queue({
        bytes: 200,
        apply: () => s().charts.push({ name: chart.name, title: chart.title.text, values: `${rectAddress(source.sheet, source.rect!)}/${type}/${seriesBy}`, categories: chart.categories, position: chart.position }),
      });
      const series = expose("ChartSeries", { setXAxisValues: (r: SimRange) => void (chart.categories = rectAddress(r.sheet, r.rect!)) });
      return expose("Chart", {
        set name(n: string) {
          chart.name = n;
        },
        get name(): string {
          throw new ApiNotImplemented("Chart.name (read)");
        },
        title: chart.title,
        legend: chart.legend,
        series: expose("ChartSeriesCollection", {
          getItemAt: (i: number) => {
            if (i !== 0) throw new ApiNotImplemented(`ChartSeriesCollection.getItemAt(${i})`);
            return series;
          },
        }),
        setPosition: (a: string, b: string) => void (chart.position = [a, b]),
      });
    },
  });
}
