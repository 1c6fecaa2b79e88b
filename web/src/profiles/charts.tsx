import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { ProgressSeries } from './logic';

// Charts with Chart.js (docs/dependencies.md). A canvas is an image to assistive technology: each
// chart has role="img" with a label that says what it shows, and every page also shows the same
// numbers in a table next to it.

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Legend, Tooltip);

const COLORS = {
  met: '#2e7d32',
  partly: '#b26a00',
  not_met: '#c62828',
  not_assessed: '#616161',
  capacity: '#1a4d7a',
  demand: '#c62828',
};

/** Bar chart of the number of items per outcome. */
export function OutcomeChart({
  bars,
  label,
}: {
  bars: { key: keyof typeof COLORS; label: string; value: number }[];
  label: string;
}) {
  return (
    <div className="werkpad-chart" data-testid="outcome-chart">
      <Bar
        role="img"
        aria-label={label}
        data={{
          labels: bars.map((b) => b.label),
          datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map((b) => COLORS[b.key]) }],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
      />
    </div>
  );
}

/** Capacity per assessment against the demand line (a dashed horizontal line). */
export function ProgressChart({
  series,
  label,
  capacityLabel,
  demandLabel,
}: {
  series: ProgressSeries;
  label: string;
  capacityLabel: string;
  demandLabel: string;
}) {
  return (
    <div className="werkpad-chart" data-testid="progress-chart">
      <Line
        role="img"
        aria-label={label}
        data={{
          labels: series.labels,
          datasets: [
            {
              label: capacityLabel,
              data: series.capacity,
              borderColor: COLORS.capacity,
              backgroundColor: COLORS.capacity,
              spanGaps: true,
              pointRadius: 5,
            },
            ...(series.demand !== null
              ? [
                  {
                    label: demandLabel,
                    data: series.labels.map(() => series.demand),
                    borderColor: COLORS.demand,
                    backgroundColor: COLORS.demand,
                    borderDash: [6, 4],
                    pointRadius: 0,
                  },
                ]
              : []),
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true } },
        }}
      />
    </div>
  );
}
