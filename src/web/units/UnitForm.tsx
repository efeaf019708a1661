import { Form, Input, Select } from 'antd';
import type { TUnit, TUnitCreate, TUnitKind } from '../../modules/units/units.schemas';
import { ZUnitCode, ZUnitName } from '../../modules/units/units.schemas';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { zodRule } from '../app/zodRule';
import { unitKindOptions } from './unitKindOptions';
import { useCreateUnit } from './units.api';
import { UnitSelect } from './UnitSelect';

interface Values {
  parentId: number | null;
  code: string;
  name: string;
  kind: TUnitKind;
}

interface Props {
  open: boolean;
  /** The unit the new one goes under by default (the one selected on the page). */
  parent: TUnit | null;
  onClose: () => void;
  onCreated: (unit: TUnit) => void;
}

/** "Thêm đơn vị": code, name, kind and the unit above it. */
export function UnitForm({ open, parent, onClose, onCreated }: Props) {
  const create = useCreateUnit();
  const feedback = useFeedback();
  const onSubmit = (v: Values) =>
    create.mutate(
      { code: v.code, name: v.name, kind: v.kind, parentId: v.parentId ?? null } satisfies TUnitCreate,
      {
        onSuccess: (unit) => {
          feedback.success(`Đã thêm đơn vị "${unit.name}".`);
          onCreated(unit);
          onClose();
        },
      },
    );
  return (
    <FormModal<Values>
      open={open}
      title="Thêm đơn vị"
      okText="Thêm"
      onCancel={() => {
        create.reset();
        onClose();
      }}
      onSubmit={onSubmit}
      submitting={create.isPending}
      error={create.error}
      initialValues={{ parentId: parent?.id ?? null, kind: parent ? defaultChildKind(parent.kind) : 'dang_uy' }}
    >
      <Form.Item label="Đơn vị cấp trên" name="parentId" extra="Để trống nếu là đơn vị cấp cao nhất.">
        <UnitSelect currentLabel={parent ? `${parent.name} (${parent.code})` : undefined} />
      </Form.Item>
      <Form.Item
        label="Mã đơn vị"
        name="code"
        rules={[{ required: true, message: 'Nhập mã đơn vị' }, zodRule(ZUnitCode)]}
        extra="Chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang; không đổi được sau khi tạo. Ví dụ: cucthongke"
      >
        <Input autoFocus autoCapitalize="none" spellCheck={false} maxLength={64} />
      </Form.Item>
      <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }, zodRule(ZUnitName)]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
        <Select options={unitKindOptions} />
      </Form.Item>
    </FormModal>
  );
}

/** A sensible first guess for the kind of a new child. */
function defaultChildKind(parentKind: TUnitKind): TUnitKind {
  switch (parentKind) {
    case 'co_quan_cap_tren':
      return 'dang_uy';
    case 'dang_uy':
      return 'dang_bo_co_so';
    case 'dang_bo_co_so':
    case 'chi_bo_co_so':
      return 'chi_bo';
    default:
      return parentKind;
  }
}
