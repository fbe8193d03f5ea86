import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@sinergi/web/i18n';
import { MediaContextStore } from '../media-context.store';
import { DocumentsComponent } from './documents.component';
import { OutletsComponent } from './outlets.component';
import { PeopleComponent } from './people.component';
import { ProfileFormComponent } from './profile-form.component';

/** `/media/dossier`: the company's dossier, kept once and read by every region it applies to. */
@Component({
  selector: 'sg-media-dossier-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ProfileFormComponent, PeopleComponent, OutletsComponent, DocumentsComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'media.dossier.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'media.dossier.lead' | translate }}</p>
      </div>
    </header>
    @if (store.company(); as company) {
      <nav class="jump" [attr.aria-label]="'media.dossier.sections' | translate">
        <a href="#profile" (click)="jump($event, 'profile')">{{ 'media.profile.title' | translate }}</a>
        <a href="#people" (click)="jump($event, 'people')">{{ 'media.people.title' | translate }}</a>
        <a href="#outlets" (click)="jump($event, 'outlets')">{{ 'media.outlets.title' | translate }}</a>
        <a href="#documents" (click)="jump($event, 'documents')">{{ 'media.documents.title' | translate }}</a>
      </nav>
      <section id="profile" class="card">
        <sg-media-profile-form [companyId]="company.id" [profile]="company" (changed)="store.reload()" />
      </section>
      <section id="people" class="card">
        <sg-media-people [companyId]="company.id" [people]="company.people" (changed)="store.reload()" />
      </section>
      <section id="outlets" class="card">
        <sg-media-outlets [companyId]="company.id" [outlets]="company.outlets" (changed)="store.reload()" />
      </section>
      <section id="documents" class="card">
        <sg-media-documents [companyId]="company.id" [documents]="company.documents" [outlets]="company.outlets" (changed)="store.reload()" />
      </section>
      <p class="next">
        <a routerLink="/media/regions">{{ 'media.dossier.next' | translate }}</a>
      </p>
    }
  `,
  styles: `
    .jump { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-bottom: 16px; }
    .card {
      margin-bottom: 24px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      scroll-margin-top: 72px;
    }
    .next { margin: 0 0 24px; }
  `,
})
export class DossierPage {
  protected readonly store = inject(MediaContextStore);
  private readonly document = inject(DOCUMENT);

  /** In-page links without touching the router's URL (the sections are on one page). */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = this.document.getElementById(id);
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }
}
