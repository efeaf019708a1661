import { SearchOutlined } from '@ant-design/icons';
import { Card, Col, Grid, Input, Row, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TUnit } from '../../modules/units/units.schemas';
import { useCurrentUser } from '../app/auth';
import { useDebounced } from '../app/useDebounced';
import { usePageTitle } from '../app/usePageTitle';
import { ImportModal } from './ImportModal';
import { UnitDetails } from './UnitDetails';
import { UnitForm } from './UnitForm';
import { useUnitDetail } from './units.api';
import { UnitSearchResults } from './UnitSearchResults';
import { UnitsToolbar } from './UnitsToolbar';
import { UnitTree } from './UnitTree';

/** The selected unit lives in the address (`/don-vi?chon=12`), so it survives a reload and can be shared. */
function useSelectedUnit(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('chon'));
  const id = Number.isInteger(raw) && raw > 0 ? raw : null;
  const select = (next: number) =>
    setParams((p) => {
      p.set('chon', String(next));
      return p;
    });
  return [id, select];
}

/** "Đơn vị": the organisation tree (or search results) beside the selected unit's details. */
export default function UnitsPage() {
  usePageTitle('Đơn vị');
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const [selectedId, select] = useSelectedUnit();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [adding, setAdding] = useState<{ parent: TUnit | null } | null>(null);
  const [importing, setImporting] = useState(false);
  // On a wide screen the tree scrolls inside its panel, so the details beside it stay in view.
  const wide = Grid.useBreakpoint().lg === true;
  const listStyle = wide ? { maxHeight: 'calc(100vh - 290px)', minHeight: 240, overflowY: 'auto' as const } : undefined;

  // Open the tree down to the selected unit, wherever it was picked from.
  const detail = useUnitDetail(selectedId);
  const ancestorKeys = detail.data?.ancestors.map((a) => String(a.id)).join(',');
  useEffect(() => {
    if (!ancestorKeys) return;
    setExpandedKeys((keys) => [...new Set([...keys, ...ancestorKeys.split(',')])]);
  }, [ancestorKeys]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Đơn vị
        </Typography.Title>
        <UnitsToolbar
          canEdit={isAdmin}
          canExport={me.role !== 'unit'}
          includeInactive={includeInactive}
          onAdd={() => setAdding({ parent: detail.data ?? null })}
          onImport={() => setImporting(true)}
        />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Input
                allowClear
                prefix={<SearchOutlined aria-hidden />}
                placeholder="Tìm theo tên hoặc mã (gõ không dấu cũng được)"
                aria-label="Tìm đơn vị"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
                <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />
                Hiện đơn vị ngừng hoạt động
              </label>
              <div style={listStyle}>
                {q ? (
                  <UnitSearchResults q={q} includeInactive={includeInactive} selectedId={selectedId} onSelect={select} />
                ) : (
                  <UnitTree
                    includeInactive={includeInactive}
                    selectedId={selectedId}
                    onSelect={select}
                    expandedKeys={expandedKeys}
                    onExpandedKeysChange={setExpandedKeys}
                  />
                )}
              </div>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <UnitDetails id={selectedId} isAdmin={isAdmin} onSelect={select} onAddChild={(parent) => setAdding({ parent })} />
        </Col>
      </Row>
      {isAdmin && (
        <>
          <UnitForm open={adding !== null} parent={adding?.parent ?? null} onClose={() => setAdding(null)} onCreated={(u) => select(u.id)} />
          <ImportModal open={importing} onClose={() => setImporting(false)} />
        </>
      )}
    </Space>
  );
}
