import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useFeedback } from '../app/feedback';
import { useDownload } from './reports.api';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, k) => THIS_YEAR + 1 - k);

/**
 * The three XLSX exports. The progress matrix takes the directive chosen above, or else a year; every file
 * holds only what the caller's scope holds.
 */
export function ExportsCard({ documentId, asOf }: { documentId?: number; asOf?: string }) {
  const [year, setYear] = useState<number | undefined>();
  const [matrixYear, setMatrixYear] = useState<number>(THIS_YEAR);
  const download = useDownload();
  const feedback = useFeedback();
  const get = (path: string, name: string, query?: Record<string, string | number | undefined>) =>
    download.mutate({ path, name, query }, { onError: feedback.error });
  const busy = (path: string) => download.isPending && download.variables?.path === path;
  const matrixQuery = documentId !== undefined ? { documentId, asOf } : { year: matrixYear, asOf };

  const rows = [
    {
      title: 'Danh sách mô hình "Dân vận khéo"', description: 'Mỗi mô hình một dòng theo năm: đơn vị, cấp, lĩnh vực, tiếp tục hay đăng ký mới, ngày gửi.',
      extra: <Select allowClear placeholder="Mọi năm" value={year} onChange={setYear} style={{ width: 120 }} aria-label="Năm đăng ký" options={YEARS.map((y) => ({ value: y, label: `Năm ${y}` }))} />,
      action: () => get('/api/reports/models.xlsx', 'mo-hinh-dan-van-kheo.xlsx', { year }), path: '/api/reports/models.xlsx',
    },
    {
      title: 'Ma trận tiến độ', description: documentId !== undefined
        ? 'Đơn vị × các yêu cầu của văn bản đã chọn ở trên, tình trạng và ngày gửi, tô màu theo tình trạng.'
        : 'Đơn vị × các yêu cầu của năm (hoặc chọn một văn bản ở trên), tình trạng và ngày gửi, tô màu theo tình trạng.',
      extra: documentId === undefined && <Select value={matrixYear} onChange={setMatrixYear} style={{ width: 120 }} aria-label="Năm của các yêu cầu" options={YEARS.map((y) => ({ value: y, label: `Năm ${y}` }))} />,
      action: () => get('/api/reports/progress-matrix.xlsx', 'ma-tran-tien-do.xlsx', matrixQuery), path: '/api/reports/progress-matrix.xlsx',
    },
    {
      title: 'Ban Chỉ đạo Quy chế dân chủ', description: 'Thành viên Ban Chỉ đạo QCDC của mọi đơn vị: chức vụ, nhiệm vụ, từ ngày, đến ngày.',
      extra: null, action: () => get('/api/reports/steering.xlsx', 'ban-chi-dao-qcdc.xlsx'), path: '/api/reports/steering.xlsx',
    },
  ];

  return (
    <Card title="Xuất bảng tính (XLSX)">
      <List
        dataSource={rows}
        renderItem={(r) => (
          <List.Item>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center', width: '100%' }}>
              <div style={{ flex: '1 1 280px' }}>
                <Typography.Text strong>{r.title}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{r.description}</Typography.Text>
              </div>
              <Space wrap>
                {r.extra}
                <Button icon={<FileExcelOutlined aria-hidden />} loading={busy(r.path)} onClick={r.action}>Tải XLSX</Button>
              </Space>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
