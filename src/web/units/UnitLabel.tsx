import { Tag, Typography } from 'antd';
import type { TUnit } from '../../modules/units/units.schemas';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';

/** "Cục Thống kê tỉnh Yên Bái  cucthongke", greyed with a tag when the unit no longer operates. */
export function UnitLabel({ unit, showKind = false }: { unit: TUnit; showKind?: boolean }) {
  return (
    <span style={{ color: unit.active ? undefined : '#8c8c8c' }}>
      <span style={{ textDecoration: unit.active ? undefined : 'line-through' }}>{unit.name}</span>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unit.code}
      </Typography.Text>
      {showKind && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          · {UNIT_KIND_LABELS[unit.kind]}
        </Typography.Text>
      )}
      {!unit.active && <InactiveTag />}
    </span>
  );
}

export function InactiveTag() {
  return (
    <Tag style={{ marginLeft: 6 }} color="default">
      Ngừng hoạt động
    </Tag>
  );
}
