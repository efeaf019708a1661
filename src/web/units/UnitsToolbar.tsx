import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useFeedback } from '../app/feedback';
import { useExportUnits } from './units.api';

interface Props {
  canEdit: boolean;
  canExport: boolean;
  /** The export follows the page's "show inactive units" switch. */
  includeInactive: boolean;
  onAdd: () => void;
  onImport: () => void;
}

/** The page's commands: add and import for the admin, the Excel export for whoever may read the whole tree. */
export function UnitsToolbar({ canEdit, canExport, includeInactive, onAdd, onImport }: Props) {
  const exporter = useExportUnits();
  const feedback = useFeedback();
  return (
    <Space wrap>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          Thêm đơn vị
        </Button>
      )}
      {canEdit && (
        <Button icon={<UploadOutlined aria-hidden />} onClick={onImport}>
          Nhập từ tệp
        </Button>
      )}
      {canExport && (
        <Button icon={<DownloadOutlined aria-hidden />} loading={exporter.isPending} onClick={() => exporter.mutate(includeInactive, { onError: feedback.error })}>
          Xuất Excel
        </Button>
      )}
    </Space>
  );
}
