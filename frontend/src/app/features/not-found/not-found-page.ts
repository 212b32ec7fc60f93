import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | t }}</h1>
    <p>{{ 'notFound.body' | t }}</p>
    <p>
      <a routerLink="/">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class NotFoundPage {}
