import type { ThemeConfig } from 'antd';

/** Party red as the primary colour; system fonts that carry every Vietnamese diacritic. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    borderRadius: 6,
  },
  components: {
    Layout: { siderBg: '#7f0000', triggerBg: '#5c0000' },
    Menu: { darkItemBg: '#7f0000', darkSubMenuItemBg: '#6d0000', darkPopupBg: '#7f0000', darkItemSelectedBg: '#c62828' },
  },
};
