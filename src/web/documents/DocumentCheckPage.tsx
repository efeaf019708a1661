import { Alert, Card, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../app/api';
import { useCurrentUser } from '../app/auth';
import { usePageTitle } from '../app/usePageTitle';
import { type LetterSource, useAnalyzeLetter } from './documents.api';
import { LetterInput } from './LetterInput';
import { LetterResult } from './LetterResult';
import './documents.css';

/** "Kiểm tra văn bản": paste or upload a letter, see its parts and every mistake found, line by line. */
export default function DocumentCheckPage() {
  usePageTitle('Kiểm tra văn bản');
  const me = useCurrentUser();
  const analyze = useAnalyzeLetter();
  const [invalid, setInvalid] = useState<string | null>(null);
  const results = useRef<HTMLDivElement>(null);

  // Bring the results into view once they arrive: the input card can fill the screen.
  useEffect(() => {
    if (analyze.data) results.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [analyze.data]);

  if (me.role === 'unit') {
    return <Result status="warning" title="Không có quyền truy cập" subTitle="Trang này dành cho cán bộ, lãnh đạo và quản trị của cấp ủy." />;
  }
  const run = (source: LetterSource) => {
    setInvalid(null);
    analyze.mutate(source);
  };
  const problem = invalid ?? (analyze.isError ? errorMessage(analyze.error) : null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>Kiểm tra văn bản</Typography.Title>
        <Typography.Text type="secondary">
          Đọc số ký hiệu, cơ quan ban hành, nơi nhận, nhiệm vụ, hạn và số liệu của văn bản; chỉ ra văn bản được dẫn sai ngày, sai mã cơ quan, hạn
          không hợp lý, số liệu không khớp. Văn bản không được lưu lại.
        </Typography.Text>
      </div>
      <LetterInput loading={analyze.isPending} onCheck={run} onInvalid={setInvalid} />
      {problem && <Alert type="error" showIcon role="alert" title="Không kiểm tra được văn bản" description={problem} />}
      <div ref={results} style={{ scrollMarginTop: 16 }}>
        {analyze.isPending ? (
          <Card aria-busy="true" aria-label="Đang kiểm tra"><Skeleton active paragraph={{ rows: 8 }} /></Card>
        ) : analyze.data ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <LetterResult analysis={analyze.data} />
          </Space>
        ) : (
          !problem && <Card><Empty description="Dán nội dung văn bản hoặc chọn tệp, rồi bấm «Kiểm tra»." /></Card>
        )}
      </div>
    </Space>
  );
}
