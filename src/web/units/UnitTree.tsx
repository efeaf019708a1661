import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Spin, Tree, type TreeDataNode } from 'antd';
import type { TUnit } from '../../modules/units/units.schemas';
import { PageError } from '../app/PageState';
import { unitChildrenQuery } from './units.api';
import { UnitLabel } from './UnitLabel';

interface Props {
  includeInactive: boolean;
  selectedId: number | null;
  onSelect: (id: number) => void;
  expandedKeys: string[];
  onExpandedKeysChange: (keys: string[]) => void;
}

/**
 * The organisation tree, loaded one level at a time: the top of the caller's scope first,
 * then the children of each node the user opens. Each level is its own cached query, so
 * any change to units refreshes exactly the open levels.
 */
export function UnitTree({ includeInactive, selectedId, onSelect, expandedKeys, onExpandedKeysChange }: Props) {
  const qc = useQueryClient();
  // Previous data stays on screen while the "show inactive" switch reloads each level, so the tree does not blink.
  const roots = useQuery({ ...unitChildrenQuery(null, includeInactive), placeholderData: keepPreviousData });
  const levels = useQueries({
    queries: expandedKeys.map((k) => ({ ...unitChildrenQuery(Number(k), includeInactive), placeholderData: keepPreviousData })),
  });

  const childrenOf = new Map<string, TUnit[]>();
  expandedKeys.forEach((k, i) => {
    const data = levels[i]?.data;
    if (data) childrenOf.set(k, data);
  });

  const toNode = (u: TUnit): TreeDataNode => {
    const key = String(u.id);
    const children = childrenOf.get(key);
    return {
      key,
      title: <UnitLabel unit={u} />,
      isLeaf: u.childCount === 0 || (children !== undefined && children.length === 0),
      children: children?.map(toNode),
    };
  };

  if (roots.isPending) return <Spin description="Đang tải cây đơn vị…" style={{ display: 'block', padding: 24 }} />;
  if (roots.isError) return <PageError error={roots.error} onRetry={() => void roots.refetch()} />;
  if (roots.data.length === 0) return <Empty description="Không có đơn vị nào trong phạm vi của bạn" />;

  return (
    <Tree
      aria-label="Cây đơn vị"
      blockNode
      showLine
      // Expanded keys are ours, used as given: a key whose node has not loaded yet must not be dropped.
      autoExpandParent={false}
      defaultExpandParent={false}
      treeData={roots.data.map(toNode)}
      expandedKeys={expandedKeys}
      loadedKeys={[...childrenOf.keys()]}
      selectedKeys={selectedId === null ? [] : [String(selectedId)]}
      onExpand={(keys) => onExpandedKeysChange(keys.map(String))}
      loadData={async (node) => {
        await qc.ensureQueryData(unitChildrenQuery(Number(node.key), includeInactive));
      }}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
    />
  );
}
