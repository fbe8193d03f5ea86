import type { Routes } from '@angular/router';
import { TENANT_PAGES } from './tenant-ability';
import { BILLING_SECTIONS, PARTNERSHIP_SECTIONS, PUBLICATION_SECTIONS } from './tenant-sections';

const firstSegments = (routes: Routes) => [...new Set(routes.map((route) => (route.path ?? '').split('/')[0]))].sort();

describe('the sections of the tenant area', () => {
  it('name exactly the first segments of each feature lib’s routes, so that each page finds its lib', async () => {
    // Loaded as the router loads them (the libs are lazy).
    const { PARTNERSHIP_ROUTES } = await import('@sinergi/web/partnership');
    const { PUBLICATION_ROUTES } = await import('@sinergi/web/publication');
    const { BILLING_ROUTES } = await import('@sinergi/web/billing');
    expect([...PARTNERSHIP_SECTIONS].sort()).toEqual(firstSegments(PARTNERSHIP_ROUTES));
    expect([...PUBLICATION_SECTIONS].sort()).toEqual(firstSegments(PUBLICATION_ROUTES));
    expect([...BILLING_SECTIONS].sort()).toEqual(firstSegments(BILLING_ROUTES));
    // The register of issued documents lives with the other registers.
    expect(BILLING_SECTIONS).toContain('documents');
  });

  it('cover every page of the tab bar that lives in a feature lib, each in one lib only', () => {
    const sections: string[] = [...PARTNERSHIP_SECTIONS, ...PUBLICATION_SECTIONS, ...BILLING_SECTIONS];
    expect(new Set(sections).size).toBe(sections.length);
    const shellPages = ['members', 'roles', 'delegations', 'audit', 'profile'];
    for (const page of TENANT_PAGES) expect(shellPages.includes(page.path) || sections.includes(page.path)).toBe(true);
  });
});
