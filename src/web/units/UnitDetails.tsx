import { EditOutlined, PlusOutlined, StopOutlined, SwapOutlined, TagsOutlined, TrophyOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';
import { PageError } from '../app/PageState';
import { scorecardPath } from '../scorecard/scorecard.api';
import { useFeedback } from '../app/feedback';
import { useUnitDetail, useUpdateUnit, type TUnitDetail } from './units.api';
import { UnitEditModal, type EditMode } from './UnitEditModal';
import { InactiveTag } from './UnitLabel';

interface Props {
  id: number | null;
  isAdmin: boolean;
  onSelect: (id: number) => void;
  onAddChild: (parent: TUnitDetail) => void;
}

function useToggleActive() {
  const { modal } = App.useApp();
  const update = useUpdateUnit();
  const feedback = useFeedback();
  return (unit: TUnitDetail) => {
    const stopping = unit.active;
    modal.confirm({
      title: stopping ? `Ngừng hoạt động "${unit.name}"?` : `Cho "${unit.name}" hoạt động lại?`,
      content: stopping
        ? 'Đơn vị sẽ bị ẩn khỏi danh sách và không thể chọn cho việc mới. Đơn vị không bao giờ bị xóa: toàn bộ dữ liệu và lịch sử vẫn được giữ, và có thể cho hoạt động lại bất cứ lúc nào.'
        : 'Đơn vị sẽ xuất hiện lại trong danh sách và có thể được chọn cho việc mới.',
      okText: stopping ? 'Ngừng hoạt động' : 'Hoạt động lại',
      okButtonProps: { danger: stopping },
      cancelText: 'Hủy',
      onOk: () =>
        update
          .mutateAsync({ id: unit.id, active: !stopping })
          .then(() => void feedback.success(stopping ? 'Đã ngừng hoạt động đơn vị.' : 'Đơn vị đã hoạt động lại.'))
          .catch((err: unknown) => void feedback.error(err)),
    });
  };
}

function AdminActions({ unit, onAddChild }: { unit: TUnitDetail; onAddChild: (parent: TUnitDetail) => void }) {
  // The mode outlives the modal's closing, so its title does not change while it fades out.
  const [mode, setMode] = useState<EditMode>('rename');
  const [open, setOpen] = useState(false);
  const edit = (m: EditMode) => {
    setMode(m);
    setOpen(true);
  };
  const toggleActive = useToggleActive();
  return (
    <>
      <Space wrap>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onAddChild(unit)} disabled={!unit.active}>
          Thêm đơn vị trực thuộc
        </Button>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => edit('rename')}>
          Đổi tên
        </Button>
        <Button icon={<TagsOutlined aria-hidden />} onClick={() => edit('kind')}>
          Đổi loại
        </Button>
        <Button icon={<SwapOutlined aria-hidden />} onClick={() => edit('move')}>
          Chuyển đơn vị
        </Button>
        {unit.active ? (
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => toggleActive(unit)}>
            Ngừng hoạt động
          </Button>
        ) : (
          <Button icon={<UndoOutlined aria-hidden />} onClick={() => toggleActive(unit)}>
            Hoạt động lại
          </Button>
        )}
      </Space>
      <UnitEditModal unit={unit} mode={mode} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The selected unit: where it sits (breadcrumb), what it is, and the admin's actions on it. */
export function UnitDetails({ id, isAdmin, onSelect, onAddChild }: Props) {
  const detail = useUnitDetail(id);
  if (id === null) {
    return (
      <Card>
        <Empty description="Chọn một đơn vị trong cây hoặc trong kết quả tìm kiếm để xem chi tiết" />
      </Card>
    );
  }
  if (detail.isPending) return <Card><Spin description="Đang tải thông tin đơn vị…" style={{ display: 'block', padding: 24 }} /></Card>;
  if (detail.isError) return <Card><PageError error={detail.error} onRetry={() => void detail.refetch()} /></Card>;
  const unit = detail.data;
  const crumbs = [
    ...unit.ancestors.map((a) => ({ key: a.id, title: <a onClick={(e) => { e.preventDefault(); onSelect(a.id); }} href={`?chon=${a.id}`}>{a.name}</a> })),
    { key: unit.id, title: unit.name },
  ];
  return (
    <Card aria-label={`Thông tin đơn vị ${unit.name}`}>
      {unit.ancestors.length > 0 && <Breadcrumb items={crumbs} style={{ marginBottom: 8 }} />}
      <Typography.Title level={4} style={{ marginTop: 0, color: unit.active ? undefined : '#8c8c8c' }}>
        {unit.name}
        {!unit.active && <InactiveTag />}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        bordered
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: 'Mã đơn vị', children: <Typography.Text code copyable>{unit.code}</Typography.Text> },
          { key: 'kind', label: 'Loại', children: UNIT_KIND_LABELS[unit.kind] },
          { key: 'status', label: 'Trạng thái', children: unit.active ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Ngừng hoạt động</Tag> },
          { key: 'children', label: 'Đơn vị trực thuộc', children: unit.childCount },
          { key: 'parent', label: 'Cấp trên trực tiếp', children: unit.parentId === null ? '— (cấp cao nhất)' : (unit.ancestors[unit.ancestors.length - 1]?.name ?? 'Ngoài phạm vi quản lý của bạn') },
        ]}
      />
      <Link to={scorecardPath(unit.id)} style={{ display: 'inline-block', marginBottom: 16 }}>
        <TrophyOutlined aria-hidden /> Kết quả thực hiện
      </Link>
      {isAdmin && <AdminActions unit={unit} onAddChild={onAddChild} />}
    </Card>
  );
}
