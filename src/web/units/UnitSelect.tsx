import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { TUnit } from '../../modules/units/units.schemas';
import { api } from '../app/api';
import { useDebounced } from '../app/useDebounced';
import { searchKey } from '../../vn/text';
import { UNITS_KEY } from './units.api';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** Label of the current value, shown before any search (e.g. the user's current unit). */
  currentLabel?: string;
  /** Units that may not be chosen (a unit cannot move under itself). */
  excludeIds?: number[];
  id?: string;
  placeholder?: string;
  disabled?: boolean;
}

/** Active units the caller may see, searched by name or code as the user types. */
export function UnitSelect({ value, onChange, currentLabel, excludeIds = [], id, placeholder, disabled }: Props) {
  const [text, setText] = useState('');
  // The label of what the user picked, so it still shows once the search results move on.
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);
  const q = useDebounced(text.trim(), 250);
  const found = useQuery({
    queryKey: [...UNITS_KEY, 'pick', q],
    queryFn: () => api<TUnit[]>('/api/units', { query: { q: q || undefined, limit: 50 } }),
    placeholderData: (prev) => prev,
  });

  const options = (found.data ?? [])
    .filter((u) => !excludeIds.includes(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  const selectedLabel = picked && picked.value === value ? picked.label : currentLabel;
  const matches = (label: string) => q === '' || searchKey(label).includes(searchKey(q));
  if (value != null && selectedLabel && matches(selectedLabel) && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: selectedLabel });
  }

  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v, option) => {
        const label = option && !Array.isArray(option) ? option.label : undefined;
        setPicked(v != null && typeof label === 'string' ? { value: v, label } : null);
        onChange?.(v ?? null);
      }}
      options={options}
      loading={found.isFetching}
      placeholder={placeholder ?? 'Gõ tên hoặc mã đơn vị để tìm'}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy đơn vị'}
      disabled={disabled}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
