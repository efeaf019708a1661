import { Card, Statistic } from 'antd';

interface Props {
  title: string;
  value: number | undefined;
  color?: string;
  pressed: boolean;
  /** What the click shows, for screen readers: "xem danh sách đơn vị". */
  action?: string;
  unit?: string;
  onToggle: () => void;
}

/** A number that shows what is behind it: a button (Enter or Space), pressed while its list is open. */
export function CountCard({ title, value, color, pressed, action = 'xem danh sách', unit = 'đơn vị', onToggle }: Props) {
  return (
    <Card
      hoverable
      size="small"
      role="button"
      tabIndex={0}
      aria-pressed={pressed}
      aria-label={`${title}: ${value ?? '…'} ${unit} — ${action}`}
      onClick={onToggle}
      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onToggle(); } }}
      style={{ height: '100%', borderColor: pressed ? '#b71c1c' : undefined, boxShadow: pressed ? '0 0 0 1px #b71c1c' : undefined }}
    >
      <Statistic title={title} value={value} loading={value === undefined} styles={{ content: { color } }} />
    </Card>
  );
}
