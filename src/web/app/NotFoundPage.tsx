import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không tồn tại trong hệ thống."
      extra={<Button type="primary" onClick={() => navigate('/')}>Về trang Tổng quan</Button>}
    />
  );
}
