import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** The few icons the shell needs, inline (no icon font is fetched: the app runs offline). */
const ICON_PATHS = {
  menu: 'M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z',
  logout: 'M10 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h5v-2H5V5h5zm6.6 4.4-1.4 1.4 2.2 2.2H9v2h8.4l-2.2 2.2 1.4 1.4L21.2 12z',
  tenants: 'M12 3 2 8v2h20V8zM4 12h2v6H4zm5 0h2v6H9zm4 0h2v6h-2zm5 0h2v6h-2zM2 20h20v2H2z',
  regions: 'M9 3 3 5.5v15.5l6-2.5 6 2.5 6-2.5V3l-6 2.5zm0 2.2 6 2.5v11.1l-6-2.5z',
  add: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  workspace: 'M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z',
  operations: 'M3 13h4v8H3zm7-6h4v14h-4zm7-4h4v18h-4z',
  dossier: 'M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5zM8 13v2h8v-2zm0 4v2h5v-2z',
  applications: 'M9 2h6v2h4a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h4zm1.5 14.6 6.7-6.7-1.4-1.4-5.3 5.3-2.3-2.3-1.4 1.4z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

@Component({
  selector: 'sg-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'sg-icon', 'aria-hidden': 'true' },
  template: `<svg viewBox="0 0 24 24" width="24" height="24" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host { display: inline-flex; width: 24px; height: 24px; flex: none; }
    svg { fill: currentColor; }
  `,
})
export class IconComponent {
  readonly name = input.required<IconName>();
  protected readonly path = computed(() => ICON_PATHS[this.name()]);
}
