import { Checkbox, Form, Input, Select, Typography } from 'antd';
import type { TUnitKind, TUnitUpdate } from '../../modules/units/units.schemas';
import { ZUnitName } from '../../modules/units/units.schemas';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { zodRule } from '../app/zodRule';
import { unitKindOptions } from './unitKindOptions';
import { useUpdateUnit, type TUnitDetail } from './units.api';
import { UnitSelect } from './UnitSelect';

export type EditMode = 'rename' | 'kind' | 'move';

interface Values {
  name?: string;
  kind?: TUnitKind;
  parentId?: number | null;
  toTop?: boolean;
}

const TITLES: Record<EditMode, [title: string, ok: string, done: string]> = {
  rename: ['Đổi tên đơn vị', 'Đổi tên', 'Đã đổi tên đơn vị.'],
  kind: ['Đổi loại đơn vị', 'Lưu', 'Đã đổi loại đơn vị.'],
  move: ['Chuyển đơn vị', 'Chuyển', 'Đã chuyển đơn vị cùng các đơn vị trực thuộc.'],
};

function MoveFields({ unit }: { unit: TUnitDetail }) {
  const toTop = Form.useWatch<boolean | undefined>('toTop');
  const parent = unit.ancestors[unit.ancestors.length - 1];
  return (
    <>
      <Typography.Paragraph>
        Chuyển <b>{unit.name}</b> cùng toàn bộ {unit.childCount > 0 ? `${unit.childCount} đơn vị trực thuộc` : 'cây con (nếu có)'} sang đơn vị cấp trên mới.
      </Typography.Paragraph>
      <Form.Item
        label="Đơn vị cấp trên mới"
        name="parentId"
        rules={[{ required: !toTop, message: 'Chọn đơn vị cấp trên mới' }]}
      >
        <UnitSelect excludeIds={[unit.id]} disabled={toTop} currentLabel={parent ? `${parent.name} (${parent.code})` : undefined} />
      </Form.Item>
      <Form.Item name="toTop" valuePropName="checked">
        <Checkbox>Đưa lên cấp cao nhất (không có đơn vị cấp trên)</Checkbox>
      </Form.Item>
    </>
  );
}

/** Rename, change the kind of, or move a unit: three small forms that each send one field. */
export function UnitEditModal({ unit, mode, open, onClose }: { unit: TUnitDetail; mode: EditMode; open: boolean; onClose: () => void }) {
  const update = useUpdateUnit();
  const feedback = useFeedback();
  const [title, okText, done] = TITLES[mode];

  const onSubmit = (v: Values) => {
    const body: TUnitUpdate =
      mode === 'rename' ? { name: v.name } : mode === 'kind' ? { kind: v.kind } : { parentId: v.toTop ? null : (v.parentId ?? null) };
    update.mutate(
      { id: unit.id, ...body },
      {
        onSuccess: () => {
          feedback.success(done);
          onClose();
        },
      },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={title}
      okText={okText}
      onCancel={() => {
        update.reset();
        onClose();
      }}
      onSubmit={onSubmit}
      submitting={update.isPending}
      error={update.error}
      initialValues={{ name: unit.name, kind: unit.kind, parentId: unit.parentId, toTop: false }}
    >
      {mode === 'rename' && (
        <Form.Item label="Tên mới" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }, zodRule(ZUnitName)]}>
          <Input autoFocus maxLength={300} />
        </Form.Item>
      )}
      {mode === 'kind' && (
        <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select options={unitKindOptions} autoFocus />
        </Form.Item>
      )}
      {mode === 'move' && <MoveFields unit={unit} />}
    </FormModal>
  );
}
