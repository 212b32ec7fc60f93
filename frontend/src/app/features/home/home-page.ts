import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'app-home-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'app.name' | t }}</h1>
    <p class="subtitle">{{ 'home.subtitle' | t }}</p>
    <p>{{ 'home.body' | t }}</p>
    <p>{{ 'home.raterHint' | t }}</p>
  `,
  styles: `
    .subtitle {
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-primary);
    }
  `,
})
export class HomePage {}
