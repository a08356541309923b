/** A 0–100 bar; green when done, red when the task is late. */
export function ProgressBar({ value, late = false, label }: { value: number; late?: boolean; label?: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  const tone = clamped >= 100 ? 'done' : late ? 'late' : '';
  return (
    <div
      className={`progress ${tone}`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-label={label}
    >
      <span style={{ width: `${clamped}%` }} />
    </div>
  );
}
